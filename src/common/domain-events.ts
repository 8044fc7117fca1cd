import { Injectable, Logger } from '@nestjs/common';
import { EventEmitter } from 'node:events';

/**
 * In-process domain events (task.updated, credits.changed, budget.alert, ...). Publishers
 * emit after their transaction commits; listeners (the live WebSocket gateway, chat and mail
 * notifiers) must not throw into the publisher.
 */
export interface DomainEvent<T = Record<string, unknown>> {
  type: string;
  organizationId: string | null;
  payload: T;
  at: string;
}

type Listener = (event: DomainEvent) => void | Promise<void>;

@Injectable()
export class DomainEvents {
  private readonly logger = new Logger('DomainEvents');
  private readonly emitter = new EventEmitter().setMaxListeners(100);

  publish<T extends Record<string, unknown>>(type: string, organizationId: string | null, payload: T): void {
    const event: DomainEvent = { type, organizationId, payload, at: new Date().toISOString() };
    for (const listener of [...this.emitter.listeners(type), ...this.emitter.listeners('*')] as Listener[]) {
      Promise.resolve()
        .then(() => listener(event))
        .catch((error: Error) => this.logger.warn({ msg: 'event listener failed', type, error: error.message }));
    }
  }

  /** `type` '*' receives every event. Returns an unsubscribe function. */
  subscribe(type: string, listener: Listener): () => void {
    this.emitter.on(type, listener);
    return () => this.emitter.off(type, listener);
  }
}
