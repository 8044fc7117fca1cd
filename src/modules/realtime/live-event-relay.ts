import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import IORedis, { Redis } from 'ioredis';
import { AppConfig } from '../../config/app-config';
import { DomainEvent, DomainEvents } from '../../common/domain-events';

/** Events pushed to an organization's live clients. */
export const LIVE_EVENT_TYPES = new Set(['task.updated', 'credits.changed', 'budget.alert', 'credits.low_balance', 'mailbox.alert', 'proposal.created', 'agentic.digest']);

type LiveListener = (event: DomainEvent) => void;

/**
 * Carries live events to the process holding the WebSocket. Without Redis everything runs in one
 * process, so local events are enough; with Redis, workers publish their events on a channel that
 * every API process subscribes to. Domain listeners stay local: only the live fan-out crosses.
 */
@Injectable()
export class LiveEventRelay implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('LiveEventRelay');
  private readonly listeners = new Set<LiveListener>();
  private publisher?: Redis;
  private subscriber?: Redis;
  private unsubscribe?: () => void;

  constructor(
    private readonly events: DomainEvents,
    private readonly config: AppConfig,
  ) {}

  private get channel() {
    return `${this.config.queuePrefix}:live-events`;
  }

  async onModuleInit() {
    if (this.config.redisUrl) {
      this.publisher = new IORedis(this.config.redisUrl, { maxRetriesPerRequest: 2 });
      this.publisher.on('error', () => undefined);
      if (this.config.servesHttp) {
        this.subscriber = new IORedis(this.config.redisUrl);
        this.subscriber.on('error', () => undefined);
        await this.subscriber.subscribe(this.channel);
        this.subscriber.on('message', (_channel, message) => this.deliver(JSON.parse(message) as DomainEvent));
      }
    }
    this.unsubscribe = this.events.subscribe('*', (event) => {
      if (!event.organizationId || !LIVE_EVENT_TYPES.has(event.type)) return;
      if (!this.publisher) return this.deliver(event);
      const body = JSON.stringify(event, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));
      void this.publisher.publish(this.channel, body).catch((error: Error) => this.logger.warn({ msg: 'live event not relayed', error: error.message }));
    });
  }

  async onModuleDestroy() {
    this.unsubscribe?.();
    await this.subscriber?.quit().catch(() => undefined);
    await this.publisher?.quit().catch(() => undefined);
  }

  onEvent(listener: LiveListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private deliver(event: DomainEvent) {
    for (const listener of this.listeners) listener(event);
  }
}
