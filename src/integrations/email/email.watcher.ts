import { Logger } from '@nestjs/common';
import type { FetchMessageObject, ImapFlow } from 'imapflow';
import type { InboundMessagesService } from '../../modules/mailboxes/inbound-messages.service';
import type { MailboxLeasesService } from '../../modules/mailboxes/mailbox-leases.service';
import type { MailboxConnection } from '../../modules/mailboxes/mailbox.settings';
import type { MailboxesService } from '../../modules/mailboxes/mailboxes.service';
import { classifyMailError, createImapClient } from './email.client';
import { identifyHeadersOnly, identifyMail } from './email.mapper';

export interface WatcherSettings {
  holderId: string;
  pollMs: number;
  backoffMaxMs: number;
  connectMs: number;
  maxMessageBytes: number;
}

export interface WatcherServices {
  mailboxes: MailboxesService;
  inbound: InboundMessagesService;
  leases: MailboxLeasesService;
}

const BATCH = 50;

/** Capped exponential backoff with jitter: 0.5 s, 1 s, 2 s … up to the cap. */
export function backoffDelay(failures: number, capMs: number): number {
  const base = Math.min(500 * 2 ** Math.max(0, failures - 1), capMs);
  return Math.round(base * (0.75 + Math.random() * 0.5));
}

function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    work,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(Object.assign(new Error(`${what} got no answer within ${ms} ms`), { code: 'ETIMEOUT' })), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * Watches one mailbox while this process holds its lease: a fresh IMAP client per connection,
 * IDLE (imapflow auto-IDLE, `exists` events) plus a poll, reconnect with capped backoff.
 * Each pass records new mail, re-enqueues stuck work and applies due mailbox actions;
 * passes never overlap.
 */
export class MailboxWatcher {
  private readonly logger = new Logger('MailboxWatcher');
  private stopped = false;
  private client: ImapFlow | null = null;
  private dirty = true;
  private wakeUp: (() => void) | null = null;
  private running: Promise<void> = Promise.resolve();
  private readonly ensuredFolders = new Set<string>();
  private syncedInSession = false;
  /** passes completed; tests and the bench read it */
  passes = 0;

  constructor(
    readonly mailboxId: string,
    private readonly services: WatcherServices,
    private readonly settings: WatcherSettings,
    private readonly onLeaseLost: (mailboxId: string) => void,
  ) {}

  start() {
    this.running = this.loop();
  }

  /** New mail or a due action: run a pass soon. */
  nudge() {
    this.dirty = true;
    this.wakeUp?.();
  }

  /** Stops and logs out. `abrupt` drops the socket without a goodbye (fault injection). */
  async stop(abrupt = false) {
    this.stopped = true;
    this.wakeUp?.();
    const client = this.client;
    if (client) {
      if (abrupt) client.close();
      else await withDeadline(client.logout(), 2000, 'LOGOUT').catch(() => client.close());
    }
    await this.running;
  }

  /** Whether the connection sits in IDLE right now (fault injection cuts it there). */
  get idling(): boolean {
    return this.client?.idling ?? false;
  }

  /** Drops the IMAP connection as a network failure would (fault injection); the watcher reconnects. */
  dropConnection() {
    this.client?.close();
  }

  private async loop() {
    let failures = 0;
    while (!this.stopped) {
      this.syncedInSession = false;
      try {
        await this.session();
      } catch (error) {
        if (this.stopped) break;
        const problem = classifyMailError(error);
        // a connection that worked for a while starts the backoff over
        failures = this.syncedInSession ? 1 : failures + 1;
        this.logger.warn({ msg: 'mailbox connection failed', mailboxId: this.mailboxId, code: problem.code, error: (error as Error).message, failures });
        await this.services.mailboxes.setState(this.mailboxId, 'error', problem.message).catch(() => undefined);
      }
      if (this.stopped) break;
      await this.sleep(backoffDelay(Math.max(failures, 1), this.settings.backoffMaxMs));
    }
  }

  /** One connection's life; throws when it breaks. */
  private async session(): Promise<void> {
    const connection = await this.services.mailboxes.connection(this.mailboxId);
    if (!connection) {
      this.stopped = true;
      return;
    }
    await this.services.mailboxes.setState(this.mailboxId, 'connecting');
    const client = createImapClient(connection.imap, { connectMs: this.settings.connectMs });
    this.client = client;
    let closedError: Error | null = null;
    const closed = new Promise<void>((resolve) => client.once('close', () => resolve()));
    client.on('error', (error: Error) => (closedError = error));
    client.on('exists', () => this.nudge());
    try {
      await client.connect();
      await client.mailboxOpen(connection.imap.folder);
      this.dirty = true;
      let lastPass = 0;
      while (!this.stopped && client.usable) {
        if (Date.now() - lastPass >= this.settings.pollMs) {
          // the safety net: a silently dead IDLE shows up as a NOOP without an answer
          await withDeadline(client.noop(), this.settings.connectMs, 'NOOP');
          this.dirty = true;
        }
        if (this.dirty) {
          this.dirty = false;
          if (!(await this.services.leases.holds(this.mailboxId, this.settings.holderId))) {
            this.stopped = true;
            this.onLeaseLost(this.mailboxId);
            break;
          }
          await this.pass(client, connection);
          this.syncedInSession = true;
          lastPass = Date.now();
          this.passes += 1;
        }
        await Promise.race([closed, this.sleep(Math.max(50, this.settings.pollMs - (Date.now() - lastPass)))]);
      }
    } finally {
      this.client = null;
      if (client.usable) {
        if (this.stopped) await withDeadline(client.logout(), 2000, 'LOGOUT').catch(() => client.close());
        else client.close();
      }
    }
    if (!this.stopped) throw closedError ?? Object.assign(new Error('The IMAP connection closed.'), { code: 'EConnectionClosed' });
  }

  private async pass(client: ImapFlow, connection: MailboxConnection) {
    const { mailboxes, inbound } = this.services;
    const opened = client.mailbox;
    if (!opened) throw new Error('no folder is open');
    const uidValidity = String(opened.uidValidity);
    const cursor = await mailboxes.cursor(this.mailboxId);
    let from = cursor.lastUid + 1;
    if (cursor.uidValidity !== uidValidity) {
      // a new UIDVALIDITY: look at the whole folder again; recorded mail is recognised by Message-ID + hash
      if (cursor.uidValidity !== null) this.logger.warn({ msg: 'UIDVALIDITY changed; rescanning', mailboxId: this.mailboxId, before: cursor.uidValidity, now: uidValidity });
      await mailboxes.resetCursor(this.mailboxId, uidValidity);
      from = 1;
    }
    const uids = await this.unmarked(client, connection, from);
    for (let i = 0; i < uids.length && !this.stopped; i += BATCH) {
      const batch = uids.slice(i, i + BATCH);
      await this.recordBatch(client, connection, uidValidity, batch);
      await mailboxes.advanceCursor(this.mailboxId, uidValidity, batch[batch.length - 1]!);
    }
    if (from > 1 && !this.stopped) await this.recordWaitingCopies(client, connection, uidValidity, from - 1);
    if (this.stopped) return;
    await inbound.requeueStuck(this.mailboxId);
    await this.applyActions(client, uidValidity);
    await mailboxes.recordSynced(this.mailboxId);
  }

  /** UIDs from `from` (up to `to`, or the end) without the processed keyword, ascending. */
  private async unmarked(client: ImapFlow, connection: MailboxConnection, from: number, to?: number): Promise<number[]> {
    const found = (await client.search({ uid: `${from}:${to ?? '*'}`, unKeyword: connection.processedKeyword }, { uid: true })) || [];
    // `n:*` also matches the highest UID when it is below n
    return [...new Set(found)].filter((uid) => Number.isInteger(uid) && uid >= from && (to === undefined || uid <= to)).sort((a, b) => a - b);
  }

  /**
   * Unmarked mail below the cursor that no record points at: a second copy of a recorded mail
   * (re-delivered, or duplicated in the folder) that arrived while the first still waited for its
   * action. Recording it again moves the record to it once the first copy is done, so it is marked too.
   */
  private async recordWaitingCopies(client: ImapFlow, connection: MailboxConnection, uidValidity: string, upTo: number) {
    const waiting = await this.services.inbound.unplacedUids(this.mailboxId, uidValidity, await this.unmarked(client, connection, 1, upTo));
    for (let i = 0; i < waiting.length && !this.stopped; i += BATCH) await this.recordBatch(client, connection, uidValidity, waiting.slice(i, i + BATCH));
  }

  private async recordBatch(client: ImapFlow, connection: MailboxConnection, uidValidity: string, uids: number[]) {
    const sizes = (await client.fetchAll(uids.join(','), { uid: true, size: true }, { uid: true })).filter((m) => Number.isInteger(m.uid) && m.uid > 0);
    const small = sizes.filter((m) => (m.size ?? 0) <= this.settings.maxMessageBytes).map((m) => m.uid);
    const big = sizes.filter((m) => (m.size ?? 0) > this.settings.maxMessageBytes).map((m) => m.uid);
    const messages: FetchMessageObject[] = [];
    if (small.length) messages.push(...(await client.fetchAll(small.join(','), { uid: true, size: true, source: true }, { uid: true })));
    if (big.length) messages.push(...(await client.fetchAll(big.join(','), { uid: true, size: true, headers: true }, { uid: true })));
    messages.sort((a, b) => a.uid - b.uid);
    for (const message of messages) {
      const size = message.size ?? message.source?.length ?? 0;
      const raw = message.source ?? null;
      const identity = raw ? identifyMail(raw) : identifyHeadersOnly(message.headers ?? Buffer.alloc(0), size);
      await this.services.inbound.record(
        { id: this.mailboxId, organizationId: connection.organizationId },
        { uidValidity, uid: message.uid, messageId: identity.messageId, contentHash: identity.contentHash, fromAddress: identity.fromAddress, subject: identity.subject, size, raw },
      );
    }
  }

  private async applyActions(client: ImapFlow, uidValidity: string) {
    const due = await this.services.inbound.dueActions(this.mailboxId, uidValidity);
    const groups = new Map<string, typeof due>();
    for (const item of due) {
      const key = JSON.stringify([item.plan.keywords, item.plan.moveTo]);
      groups.set(key, [...(groups.get(key) ?? []), item]);
    }
    for (const items of groups.values()) {
      const { keywords, moveTo } = items[0]!.plan;
      const uids = items.map((item) => item.uid).join(',');
      if (keywords.length) await client.messageFlagsAdd(uids, keywords, { uid: true });
      if (moveTo) {
        await this.ensureFolder(client, moveTo);
        await client.messageMove(uids, moveTo, { uid: true });
      }
      await this.services.inbound.markActionsApplied(uidValidity, items);
    }
  }

  private async ensureFolder(client: ImapFlow, path: string) {
    if (this.ensuredFolders.has(path)) return;
    try {
      await client.mailboxCreate(path);
    } catch (error) {
      if (!/ALREADYEXISTS|already exists/i.test(`${(error as { responseText?: string }).responseText ?? ''} ${(error as Error).message}`)) throw error;
    }
    this.ensuredFolders.add(path);
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wakeUp = () => {
        this.wakeUp = null;
        done();
      };
    });
  }
}
