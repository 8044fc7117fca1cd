import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import IORedis, { Redis } from 'ioredis';
import { AppConfig } from '../../config/app-config';
import { DomainEvent, DomainEvents } from '../../common/domain-events';

/** Events pushed to an organization's live clients. */
export const LIVE_EVENT_TYPES = new Set(['task.updated', 'credits.changed', 'budget.alert', 'credits.low_balance', 'mailbox.alert', 'proposal.created', 'agentic.digest']);

type LiveListener = (event: DomainEvent) => void;

/** JSON of an event; only events that carry bigints pay for the replacer. */
function eventJson(event: DomainEvent): string {
  try {
    return JSON.stringify(event);
  } catch {
    return JSON.stringify(event, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));
  }
}

/**
 * Carries live events to the process holding the WebSocket. Without Redis everything runs in one
 * process, so local events are enough; with Redis, workers publish their events on a channel that
 * every API process subscribes to. Domain listeners stay local: only the live fan-out crosses.
 */
@Injectable()
export class LiveEventRelay implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('LiveEventRelay');
  private readonly listeners = new Map<LiveListener, () => boolean>();
  private publisher?: Redis;
  private subscriber?: Redis;
  private unsubscribe?: () => void;
  /** events of this turn of the event loop, published together as one message */
  private pending: string[] = [];

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
        this.subscriber.on('message', (_channel, message) => {
          // nobody connected to this process: not worth parsing
          if (![...this.listeners.values()].some((hasAudience) => hasAudience())) return;
          const events = JSON.parse(message) as DomainEvent | DomainEvent[];
          for (const event of Array.isArray(events) ? events : [events]) this.deliver(event);
        });
      }
    }
    this.unsubscribe = this.events.subscribe('*', (event) => {
      if (!event.organizationId || !LIVE_EVENT_TYPES.has(event.type)) return;
      if (!this.publisher) return this.deliver(event);
      this.pending.push(eventJson(event));
      if (this.pending.length === 1) setImmediate(() => this.flush());
    });
  }

  /** One PUBLISH per turn of the event loop (a round trip to Redis costs more than the bytes); order is kept. */
  private flush() {
    const bodies = this.pending;
    this.pending = [];
    if (!bodies.length || !this.publisher) return;
    const message = bodies.length === 1 ? bodies[0] : `[${bodies.join(',')}]`;
    void this.publisher.publish(this.channel, message).catch((error: Error) => this.logger.warn({ msg: 'live events not relayed', count: bodies.length, error: error.message }));
  }

  async onModuleDestroy() {
    this.unsubscribe?.();
    this.flush();
    await this.subscriber?.quit().catch(() => undefined);
    await this.publisher?.quit().catch(() => undefined);
  }

  /** `hasAudience` says whether the listener has anyone to tell (relayed events are not even parsed otherwise). */
  onEvent(listener: LiveListener, hasAudience: () => boolean = () => true): () => void {
    this.listeners.set(listener, hasAudience);
    return () => this.listeners.delete(listener);
  }

  private deliver(event: DomainEvent) {
    for (const listener of this.listeners.keys()) listener(event);
  }
}
