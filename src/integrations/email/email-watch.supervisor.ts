import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { DomainEvents } from '../../common/domain-events';
import { AppConfig } from '../../config/app-config';
import { InboundMessagesService, MAILBOX_ACTION_DUE } from '../../modules/mailboxes/inbound-messages.service';
import { MailboxLeasesService } from '../../modules/mailboxes/mailbox-leases.service';
import { MailboxesService } from '../../modules/mailboxes/mailboxes.service';
import { MailboxWatcher } from './email.watcher';

/**
 * Runs a watcher for every enabled mailbox whose lease this process holds. Every third of the
 * lease TTL it renews its leases, takes expired ones, stops watchers whose lease was lost, and
 * raises `mailbox.alert` for mailboxes that stopped syncing.
 */
@Injectable()
export class EmailWatchSupervisor implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('EmailWatchSupervisor');
  readonly holderId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly watchers = new Map<string, MailboxWatcher>();
  private timer?: NodeJS.Timeout;
  private ticking: Promise<void> | null = null;
  private unsubscribe?: () => void;
  private stopped = false;

  constructor(
    private readonly config: AppConfig,
    private readonly mailboxes: MailboxesService,
    private readonly inbound: InboundMessagesService,
    private readonly leases: MailboxLeasesService,
    private readonly events: DomainEvents,
  ) {}

  onApplicationBootstrap() {
    if (!this.config.mailWatchersEnabled) return;
    this.start();
  }

  /** Starts watching (also used by tests and the bench to run a second "process"). */
  start() {
    this.stopped = false;
    this.unsubscribe = this.events.subscribe(MAILBOX_ACTION_DUE, (event) => {
      this.watchers.get(String(event.payload.mailboxId))?.nudge();
    });
    this.timer = setInterval(() => void this.tick(), Math.max(100, Math.floor(this.config.mailLeaseTtlMs / 3)));
    this.timer.unref();
    void this.tick();
  }

  watching(): string[] {
    return [...this.watchers.keys()];
  }

  watcher(mailboxId: string): MailboxWatcher | undefined {
    return this.watchers.get(mailboxId);
  }

  /** One round: renew/take leases, start/stop watchers, stale alerts. Rounds never overlap. */
  tick(): Promise<void> {
    this.ticking ??= this.round()
      .catch((error: Error) => this.logger.warn({ msg: 'watch round failed', error: error.message }))
      .finally(() => (this.ticking = null));
    return this.ticking;
  }

  private async round() {
    if (this.stopped) return;
    const ids = new Set(await this.mailboxes.watchableIds());
    for (const [id, watcher] of this.watchers) {
      if (!ids.has(id)) await this.retire(id, watcher, true);
    }
    for (const id of ids) {
      if (this.stopped) return;
      const held = await this.leases.acquire(id, this.holderId, this.config.mailLeaseTtlMs);
      const watcher = this.watchers.get(id);
      if (held && !watcher) {
        const fresh = new MailboxWatcher(
          id,
          { mailboxes: this.mailboxes, inbound: this.inbound, leases: this.leases },
          {
            holderId: this.holderId,
            pollMs: this.config.mailPollIntervalMs,
            backoffMaxMs: this.config.mailBackoffMaxMs,
            connectMs: this.config.mailConnectTimeoutMs,
            maxMessageBytes: this.config.mailMaxMessageBytes,
          },
          (lost) =>
            void this.tick().then(async () => {
              if (this.watchers.get(lost) === fresh) await this.retire(lost, fresh, false);
            }),
        );
        this.watchers.set(id, fresh);
        fresh.start();
      } else if (!held && watcher) {
        this.logger.warn({ msg: 'mailbox lease lost; stopping its watcher', mailboxId: id });
        await this.retire(id, watcher, false);
      }
    }
    await this.mailboxes.alertStale(this.config.mailStaleAfterMs);
  }

  private async retire(id: string, watcher: MailboxWatcher, release: boolean) {
    this.watchers.delete(id);
    await watcher.stop();
    if (release) await this.leases.release(id, this.holderId);
  }

  /** Graceful stop: log out and hand the leases back so another process takes over at once. */
  async stop() {
    this.stopped = true;
    clearInterval(this.timer);
    this.unsubscribe?.();
    await this.ticking;
    const all = [...this.watchers.entries()];
    this.watchers.clear();
    await Promise.all(all.map(([, watcher]) => watcher.stop()));
    await Promise.all(all.map(([id]) => this.leases.release(id, this.holderId).catch(() => undefined)));
  }

  /** Fault injection: die like a killed process — sockets dropped, leases left to expire. */
  async crash() {
    this.stopped = true;
    clearInterval(this.timer);
    this.unsubscribe?.();
    await this.ticking;
    const all = [...this.watchers.values()];
    this.watchers.clear();
    await Promise.all(all.map((watcher) => watcher.stop(true)));
  }

  async onModuleDestroy() {
    await this.stop();
  }
}
