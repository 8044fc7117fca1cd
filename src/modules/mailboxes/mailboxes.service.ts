import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NotFoundError } from '../../common/domain-error';
import { DomainEvents } from '../../common/domain-events';
import { SecretBox } from '../../common/secret-box';
import { AppConfig } from '../../config/app-config';
import type { CreateMailboxDto, UpdateMailboxDto } from './dto/mailbox.dto';
import { Mailbox, MailboxState } from './entities/mailbox.entity';
import type { MailboxConnection } from './mailbox.settings';
import { InvalidCategoryTargetsError, MailboxSecretMissingError, MailboxSecretUnreadableError } from './mailboxes.errors';

export const MAILBOX_ALERT = 'mailbox.alert';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface SealedSecret {
  kind: 'password' | 'oauth2';
  value: string;
}

/** Mailbox settings (secrets sealed at rest, never returned), watcher status and sync cursor. */
@Injectable()
export class MailboxesService {
  private readonly box: SecretBox;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: DomainEvents,
    config: AppConfig,
  ) {
    this.box = new SecretBox(config.encryptionKey);
  }

  async create(organizationId: string, input: CreateMailboxDto) {
    if (!input.imap.password && !input.imap.accessToken) throw new MailboxSecretMissingError();
    this.assertCategoryTargets(input.categoryTargets);
    const repo = this.db.getRepository(Mailbox);
    const row = repo.create({ organizationId, imapSecretSealed: '', smtpSecretSealed: null });
    this.apply(row, input);
    const saved = await this.db.transaction(async (tx) => {
      const inserted = await tx.getRepository(Mailbox).save(row);
      // the row id is the sealing context, so it is known only after the insert
      this.sealSecrets(inserted, input);
      return tx.getRepository(Mailbox).save(inserted);
    });
    return this.view(saved);
  }

  async list(organizationId: string) {
    const rows = await this.db.getRepository(Mailbox).find({ where: { organizationId }, order: { createdAt: 'ASC' } });
    return { items: rows.map((row) => this.view(row)) };
  }

  async get(organizationId: string, id: string) {
    return this.view(await this.load(organizationId, id));
  }

  async update(organizationId: string, id: string, input: UpdateMailboxDto) {
    const row = await this.load(organizationId, id);
    this.assertCategoryTargets(input.categoryTargets);
    this.apply(row, input);
    this.sealSecrets(row, input);
    return this.view(await this.db.getRepository(Mailbox).save(row));
  }

  async remove(organizationId: string, id: string) {
    const row = await this.load(organizationId, id);
    await this.db.transaction(async (tx) => {
      await tx.query(`DELETE FROM mailbox_leases WHERE mailbox_id = $1`, [row.id]);
      await tx.query(`DELETE FROM inbound_messages WHERE mailbox_id = $1 AND organization_id = $2`, [row.id, organizationId]);
      await tx.getRepository(Mailbox).delete({ id: row.id, organizationId });
    });
  }

  async load(organizationId: string, id: string): Promise<Mailbox> {
    const row = UUID.test(id) ? await this.db.getRepository(Mailbox).findOneBy({ id, organizationId }) : null;
    if (!row) throw new NotFoundError('Mailbox');
    return row;
  }

  /** For the watcher and the sender: decrypted settings of one mailbox (any organization). */
  async connection(mailboxId: string): Promise<MailboxConnection | null> {
    const row = await this.db.getRepository(Mailbox).findOneBy({ id: mailboxId });
    return row ? this.connectionOf(row) : null;
  }

  async connectionFor(organizationId: string, mailboxId: string): Promise<MailboxConnection> {
    return this.connectionOf(await this.load(organizationId, mailboxId));
  }

  /** Enabled mailboxes a watcher should run for. */
  async watchableIds(): Promise<string[]> {
    const rows = await this.db.getRepository(Mailbox).find({ select: { id: true }, where: { enabled: true }, order: { createdAt: 'ASC' } });
    return rows.map((row) => row.id);
  }

  async setState(mailboxId: string, state: MailboxState, error?: string | null) {
    const changes: Partial<Mailbox> = { state };
    if (error !== undefined) changes.lastError = error ? error.slice(0, 2000) : null;
    await this.db.getRepository(Mailbox).update({ id: mailboxId }, changes);
  }

  /** A sync pass finished: the mailbox is healthy again. */
  async recordSynced(mailboxId: string) {
    await this.db.getRepository(Mailbox).update({ id: mailboxId }, { state: 'watching', lastSyncedAt: new Date(), lastError: null, staleAlertedAt: null });
  }

  async cursor(mailboxId: string): Promise<{ uidValidity: string | null; lastUid: number }> {
    const row = await this.db.getRepository(Mailbox).findOne({ select: { id: true, uidValidity: true, lastUid: true }, where: { id: mailboxId } });
    if (!row) throw new NotFoundError('Mailbox');
    return { uidValidity: row.uidValidity, lastUid: Number(row.lastUid) };
  }

  /** UIDVALIDITY changed: start the folder over; recorded mails are recognised by Message-ID + hash. */
  async resetCursor(mailboxId: string, uidValidity: string) {
    await this.db.getRepository(Mailbox).update({ id: mailboxId }, { uidValidity, lastUid: '0' });
  }

  /** Only moves forward, and only under the UIDVALIDITY it was read with. */
  async advanceCursor(mailboxId: string, uidValidity: string, lastUid: number) {
    await this.db.query(`UPDATE mailboxes SET last_uid = GREATEST(last_uid, $3) WHERE id = $1 AND uid_validity = $2`, [mailboxId, uidValidity, lastUid]);
  }

  async countProcessed(mailboxId: string) {
    await this.db.query(`UPDATE mailboxes SET processed_count = processed_count + 1 WHERE id = $1`, [mailboxId]);
  }

  /**
   * Mailboxes that have not synced for `staleAfterMs` get one `mailbox.alert` per stale spell,
   * whichever process notices first (the conditional update decides).
   */
  async alertStale(staleAfterMs: number): Promise<number> {
    const rows: { id: string; organization_id: string; name: string; last_synced_at: Date | null; last_error: string | null; state: string }[] = await this.db.query(
      `UPDATE mailboxes SET stale_alerted_at = now()
        WHERE enabled AND stale_alerted_at IS NULL
          AND COALESCE(last_synced_at, created_at) < now() - ($1::bigint * interval '1 millisecond')
        RETURNING id, organization_id, name, last_synced_at, last_error, state`,
      [staleAfterMs],
    ).then((result: unknown) => (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as never);
    for (const row of rows) {
      this.events.publish(MAILBOX_ALERT, row.organization_id, {
        mailboxId: row.id,
        name: row.name,
        reason: 'stale',
        message: `Mailbox "${row.name}" has not synced since ${row.last_synced_at ? new Date(row.last_synced_at).toISOString() : 'it was added'}${row.last_error ? `: ${row.last_error}` : '.'}`,
        lastSyncedAt: row.last_synced_at,
        state: row.state,
      });
    }
    return rows.length;
  }

  view(row: Mailbox) {
    return {
      id: row.id,
      name: row.name,
      enabled: row.enabled,
      state: row.enabled ? row.state : 'disabled',
      lastSyncedAt: row.lastSyncedAt,
      lastError: row.lastError,
      processedCount: row.processedCount,
      imap: { host: row.imapHost, port: row.imapPort, secure: row.imapSecure, user: row.imapUser, auth: row.imapAuth, folder: row.folder },
      smtp: { host: row.smtpHost, port: row.smtpPort, secure: row.smtpSecure, user: row.smtpUser, from: row.smtpFrom, hasPassword: row.smtpSecretSealed !== null },
      allowedSenders: row.allowedSenders,
      processedAction: row.processedAction,
      processedKeyword: row.processedKeyword,
      processedFolder: row.processedFolder,
      failedFolder: row.failedFolder,
      categoryAction: row.categoryAction,
      categoryTargets: row.categoryTargets,
      authPolicy: row.authPolicy,
      replyToSorted: row.replyToSorted,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
  }

  private apply(row: Mailbox, input: UpdateMailboxDto) {
    if (input.name !== undefined) row.name = input.name.trim();
    if (input.imap) {
      row.imapHost = input.imap.host;
      row.imapPort = input.imap.port;
      row.imapSecure = input.imap.secure;
      row.imapUser = input.imap.user;
      if (input.imap.folder !== undefined) row.folder = input.imap.folder;
    }
    if (input.smtp) {
      row.smtpHost = input.smtp.host;
      row.smtpPort = input.smtp.port;
      row.smtpSecure = input.smtp.secure;
      row.smtpUser = input.smtp.user ?? null;
      row.smtpFrom = input.smtp.from;
    }
    if (input.allowedSenders !== undefined) row.allowedSenders = [...new Set(input.allowedSenders.map((s) => s.trim().toLowerCase()))];
    if (input.processedAction !== undefined) row.processedAction = input.processedAction;
    if (input.processedKeyword !== undefined) row.processedKeyword = input.processedKeyword;
    if (input.processedFolder !== undefined) row.processedFolder = input.processedFolder;
    if (input.failedFolder !== undefined) row.failedFolder = input.failedFolder;
    if (input.categoryAction !== undefined) row.categoryAction = input.categoryAction;
    if (input.categoryTargets !== undefined) row.categoryTargets = input.categoryTargets;
    if (input.authPolicy !== undefined) row.authPolicy = input.authPolicy;
    if (input.replyToSorted !== undefined) row.replyToSorted = input.replyToSorted;
    if (input.enabled !== undefined) row.enabled = input.enabled;
  }

  private sealSecrets(row: Mailbox, input: UpdateMailboxDto) {
    if (input.imap?.accessToken || input.imap?.password) {
      const secret: SealedSecret = input.imap.accessToken ? { kind: 'oauth2', value: input.imap.accessToken } : { kind: 'password', value: input.imap.password! };
      row.imapAuth = secret.kind;
      row.imapSecretSealed = this.box.seal(secret.value, `imap:${row.id}`);
    }
    if (input.smtp) {
      if (input.smtp.password) row.smtpSecretSealed = this.box.seal(input.smtp.password, `smtp:${row.id}`);
      else if (!input.smtp.user) row.smtpSecretSealed = null;
    }
  }

  private connectionOf(row: Mailbox): MailboxConnection {
    let imapSecret: string;
    let smtpSecret: string | undefined;
    try {
      imapSecret = this.box.open(row.imapSecretSealed, `imap:${row.id}`);
      smtpSecret = row.smtpSecretSealed ? this.box.open(row.smtpSecretSealed, `smtp:${row.id}`) : undefined;
    } catch {
      throw new MailboxSecretUnreadableError();
    }
    return {
      mailboxId: row.id,
      organizationId: row.organizationId,
      processedKeyword: row.processedKeyword,
      imap: {
        host: row.imapHost,
        port: row.imapPort,
        secure: row.imapSecure,
        user: row.imapUser,
        folder: row.folder,
        ...(row.imapAuth === 'oauth2' ? { accessToken: imapSecret } : { password: imapSecret }),
      },
      smtp: { host: row.smtpHost, port: row.smtpPort, secure: row.smtpSecure, user: row.smtpUser ?? undefined, password: smtpSecret, from: row.smtpFrom },
    };
  }

  private assertCategoryTargets(targets: Record<string, unknown> | undefined) {
    if (targets === undefined) return;
    for (const [key, value] of Object.entries(targets)) {
      if (typeof value !== 'string' || !value.trim() || value.length > 255 || key.length > 64) throw new InvalidCategoryTargetsError();
    }
  }
}
