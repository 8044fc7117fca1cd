import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError, NotFoundError } from '../../common/domain-error';
import { DomainEvents } from '../../common/domain-events';
import { AppConfig } from '../../config/app-config';
import { JobName, jobId } from '../../queue/job-names';
import { QueueService } from '../../queue/queue.service';
import type { Principal } from '../auth/principal';
import { CommandsService } from '../commands/commands.service';
import { renderText } from '../commands/render/text.renderer';
import type { Role } from '../organizations/entities/membership.entity';
import { FINAL_STATUSES, Task } from '../tasks/entities/task.entity';
import { TaskCompletionHooks } from '../tasks/task-completion.hooks';
import { TasksService } from '../tasks/tasks.service';
import { InboundMessage, InboundPart, InboundStatus } from './entities/inbound-message.entity';
import { Mailbox } from './entities/mailbox.entity';
import type { InboundEmail, InboundEnvelope } from './inbound-email';
import { actionPlan, ActionPlan, DueAction } from './mailbox-actions';
import { MailboxesService } from './mailboxes.service';
import { planRoute } from './routing';
import { failedAuthentication, normaliseAddress, senderAllowed } from './sender-rules';

export const MAILBOX_ACTION_DUE = 'mailbox.action_due';
const TASK_KEY = /^email-([0-9a-f-]{36})-(\d+)$/;
/** a received/routed row older than this with no job behind it is picked up again */
const STUCK_AFTER_MS = 5_000;

function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as T[];
}

/**
 * The exactly-once rules of inbound mail: record first (unique on mailbox+UIDVALIDITY+UID and on
 * mailbox+Message-ID+hash), then ingest by job, one task per invoice, one reply per mail after
 * every task is final, and only then the mailbox action.
 */
@Injectable()
export class InboundMessagesService implements OnModuleInit {
  private readonly logger = new Logger('InboundMail');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly queue: QueueService,
    private readonly tasks: TasksService,
    private readonly hooks: TaskCompletionHooks,
    private readonly mailboxes: MailboxesService,
    private readonly events: DomainEvents,
    private readonly config: AppConfig,
    private readonly commands: CommandsService,
  ) {}

  onModuleInit() {
    this.hooks.register('email', (task) => this.onTaskFinal(task));
  }

  /** Watcher: commit the record, then enqueue its ingest. A mail seen before is not recorded again. */
  async record(mailbox: { id: string; organizationId: string }, mail: InboundEnvelope): Promise<{ id: string; created: boolean }> {
    const inserted = rowsOf<{ id: string }>(
      await this.db.query(
        `INSERT INTO inbound_messages (organization_id, mailbox_id, uid_validity, uid, message_id, content_hash, from_address, subject, size, raw, status, parts)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'received', '[]')
         ON CONFLICT DO NOTHING RETURNING id`,
        [mailbox.organizationId, mailbox.id, mail.uidValidity, mail.uid, mail.messageId.slice(0, 998), mail.contentHash, mail.fromAddress?.slice(0, 320) ?? null, mail.subject?.slice(0, 998) ?? null, mail.size, mail.raw],
      ),
    );
    if (inserted[0]) {
      await this.enqueueIngest(inserted[0].id);
      return { id: inserted[0].id, created: true };
    }
    const here = await this.db.getRepository(InboundMessage).findOne({ select: { id: true }, where: { mailboxId: mailbox.id, uidValidity: mail.uidValidity, uid: String(mail.uid) } });
    if (here) return { id: here.id, created: false };
    // the same mail again (re-delivery, or UIDVALIDITY changed): never processed again, only marked where it is now
    const same = await this.db.getRepository(InboundMessage).findOneOrFail({ select: { id: true }, where: { mailboxId: mailbox.id, messageId: mail.messageId.slice(0, 998), contentHash: mail.contentHash } });
    await this.relocate(mailbox.id, same.id, mail.uidValidity, mail.uid);
    return { id: same.id, created: false };
  }

  /**
   * A record points at one copy of its mail, the one its mailbox action is (or will be) applied to.
   * It moves to another copy once its current copy is gone (another UIDVALIDITY) or has had its
   * action; the action then becomes due again for the new copy. A copy seen while the current one
   * still waits for its action is left alone; the watcher offers it again later (`unplacedUids`).
   */
  private async relocate(mailboxId: string, id: string, uidValidity: string, uid: number): Promise<void> {
    await this.db.query(
      `UPDATE inbound_messages SET uid_validity = $2, uid = $3, action_applied_at = NULL
        WHERE id = $1 AND (uid_validity <> $2 OR action_applied_at IS NOT NULL)
          AND NOT EXISTS (SELECT 1 FROM inbound_messages o WHERE o.mailbox_id = $4 AND o.uid_validity = $2 AND o.uid = $3)`,
      [id, uidValidity, uid, mailboxId],
    );
  }

  /** Of these UIDs under `uidValidity`, the ones no record points at: copies of recorded mail still to be marked. */
  async unplacedUids(mailboxId: string, uidValidity: string, uids: number[]): Promise<number[]> {
    if (!uids.length) return [];
    const placed = rowsOf<{ uid: string }>(
      await this.db.query(`SELECT uid FROM inbound_messages WHERE mailbox_id = $1 AND uid_validity = $2 AND uid = ANY($3::bigint[])`, [mailboxId, uidValidity, uids]),
    );
    const known = new Set(placed.map((row) => Number(row.uid)));
    return uids.filter((uid) => !known.has(uid));
  }

  /** Job: route one recorded mail. `mail` is null when it could not be parsed or was too big. */
  async ingest(id: string, mail: InboundEmail | null, problem?: string): Promise<void> {
    const row = await this.db.getRepository(InboundMessage).findOneBy({ id });
    if (!row) return;
    if (row.status !== 'received') {
      if (row.status === 'routed') await this.maybeReply(id);
      return;
    }
    const mailbox = await this.db.getRepository(Mailbox).findOneBy({ id: row.mailboxId });
    if (!mailbox) return;
    const sender = normaliseAddress(mail?.from?.address ?? row.fromAddress);
    const member = sender ? await this.memberBySender(row.organizationId, sender) : null;
    if (!senderAllowed(sender, member ? new Set([sender!]) : new Set<string>(), mailbox.allowedSenders)) {
      return this.settle(row, 'ignored', `${sender ?? 'The sender'} is not a member of the organization or on the mailbox allow-list; recorded, not answered.`);
    }
    if (!mail) {
      const limit = `The mail is ${(row.size / 1048576).toFixed(1)} MB; the limit is ${(this.config.mailMaxMessageBytes / 1048576).toFixed(1)} MB per mail.`;
      return this.route(row, 'limit', [{ kind: 'limit', message: problem ?? limit }], 'refused');
    }
    const failures = failedAuthentication(mail.authentication);
    if (mail.authentication) await this.db.getRepository(InboundMessage).update({ id }, { authResults: mail.authentication });
    if (failures.length && mailbox.authPolicy === 'refuse') {
      return this.settle(row, 'refused', `Authentication failed (${failures.join(', ')}); refused by the mailbox setting, not answered.`);
    }
    const plan = planRoute(mail, { maxAttachmentBytes: this.config.mailMaxAttachmentBytes, maxAttachments: this.config.mailMaxAttachments });
    const principal: Principal = { kind: 'channel', userId: member?.id ?? null, apiKeyId: null, isPlatformAdmin: false, organizationId: row.organizationId, role: member?.role ?? 'member' };
    const parts: InboundPart[] = [];
    if (plan.route === 'command') {
      const reply = await this.commands.execute(
        { channel: 'email', organizationId: row.organizationId, principal, threadKey: `email:${mail.messageId ?? row.id}`, idempotencyKey: `email-${row.id}-command` },
        plan.command,
      );
      parts.push({ kind: 'command', message: renderText(reply) });
      return this.route(row, 'command', parts, 'refused');
    }
    if (plan.route === 'limit') return this.route(row, 'limit', [{ kind: 'limit', message: plan.message }], 'refused');
    if (plan.route === 'invoice') {
      const inputs = plan.useBodyText
        ? [{ text: `Subject: ${mail.subject}\n\n${mail.text}`, filename: null as string | null, mimeType: 'text/plain' }]
        : plan.invoices.map((a) => ({ contentBase64: a.content.toString('base64'), filename: a.filename, mimeType: a.contentType }));
      for (const [index, input] of inputs.entries()) {
        parts.push({ kind: 'invoice', filename: input.filename, ...(await this.createTask(row, index, 'invoice-processor', { ...input, filename: input.filename ?? undefined }, principal)) });
      }
    } else {
      const raw = await this.raw(id);
      const input = raw ? { contentBase64: raw.toString('base64'), filename: 'message.eml', mimeType: 'message/rfc822' } : { text: `Subject: ${mail.subject}\n\n${mail.text}` };
      parts.push({ kind: 'sort', ...(await this.createTask(row, 0, 'email-sorter', input, principal)) });
    }
    await this.route(row, plan.route, parts, 'routed');
  }

  /** Task completion hook: once every task of the mail is final, the reply job is enqueued. */
  async onTaskFinal(task: Task): Promise<void> {
    const match = TASK_KEY.exec(task.idempotencyKey ?? '');
    if (match) await this.maybeReply(match[1]!);
  }

  async maybeReply(id: string): Promise<void> {
    const row = await this.db.getRepository(InboundMessage).findOneBy({ id });
    if (!row || row.status !== 'routed') return;
    const taskIds = row.parts.map((p) => p.taskId).filter((t): t is string => Boolean(t));
    if (taskIds.length) {
      const pending = rowsOf<{ n: string }>(await this.db.query(`SELECT count(*)::int AS n FROM tasks WHERE id = ANY($1::uuid[]) AND status NOT IN ('succeeded', 'failed', 'refused')`, [taskIds]));
      if (Number(pending[0]?.n ?? 0) > 0) return;
    }
    await this.queue.enqueue(JobName.SendEmailReply, { inboundMessageId: id }, { jobId: jobId('email-reply', id), attempts: 8, backoffMs: 2000 });
  }

  /** The row with the raw mail, for the ingest job. */
  async loadForIngest(id: string): Promise<{ row: InboundMessage; raw: Buffer | null } | null> {
    const row = await this.db.getRepository(InboundMessage).findOneBy({ id });
    return row ? { row, raw: await this.raw(id) } : null;
  }

  async markIngestFailed(id: string, reason: string) {
    const row = await this.db.getRepository(InboundMessage).findOneBy({ id });
    if (row?.status === 'received') await this.settle(row, 'failed', reason);
  }

  /** Reply sent (or not needed): the final status, and the mailbox action becomes due. */
  async finish(id: string, outcome: { status: 'done' | 'failed'; category: string | null; replyMessageId: string | null }) {
    const result = await this.db.query(
      `UPDATE inbound_messages SET status = $2, category = $3, reply_message_id = COALESCE($4, reply_message_id),
              replied_at = CASE WHEN $4::varchar IS NULL THEN replied_at ELSE now() END, action_due_at = now(), updated_at = now()
        WHERE id = $1 AND status IN ('routed', 'refused') AND action_due_at IS NULL RETURNING mailbox_id, organization_id`,
      [id, outcome.status, outcome.category, outcome.replyMessageId],
    );
    const updated = rowsOf<{ mailbox_id: string; organization_id: string }>(result)[0];
    if (updated) await this.afterSettled(updated.mailbox_id, updated.organization_id, id);
  }

  /** Rows whose outcome is committed but whose mailbox action is not applied yet, where the watcher sees them. */
  async dueActions(mailboxId: string, uidValidity: string, limit = 500): Promise<(DueAction & { plan: ActionPlan })[]> {
    const mailbox = await this.db.getRepository(Mailbox).findOneBy({ id: mailboxId });
    if (!mailbox) return [];
    const rows = rowsOf<{ id: string; uid: string; status: InboundStatus; category: string | null; reply_message_id: string | null; route: string | null }>(
      await this.db.query(
        `SELECT id, uid, status, category, reply_message_id, route FROM inbound_messages
          WHERE mailbox_id = $1 AND uid_validity = $2 AND action_due_at IS NOT NULL AND action_applied_at IS NULL
          ORDER BY uid LIMIT $3`,
        [mailboxId, uidValidity, limit],
      ),
    );
    return rows
      .map((row) => {
        const due = { id: row.id, uid: Number(row.uid), status: row.status, category: row.category };
        return { ...due, plan: actionPlan(mailbox, { ...due, answered: row.reply_message_id !== null || row.route !== null }) };
      });
  }

  /**
   * The action was applied to these copies. Only records still pointing at the copy the action
   * went to count as applied: one moved to another copy meanwhile (by a second watcher) stays due.
   */
  async markActionsApplied(uidValidity: string, applied: { id: string; uid: number }[]) {
    if (!applied.length) return;
    await this.db.query(
      `UPDATE inbound_messages i SET action_applied_at = now()
         FROM unnest($2::uuid[], $3::bigint[]) AS a(id, uid)
        WHERE i.id = a.id AND i.uid = a.uid AND i.uid_validity = $1 AND i.action_due_at IS NOT NULL`,
      [uidValidity, applied.map((item) => item.id), applied.map((item) => item.uid)],
    );
  }

  /** Crash recovery, run by the watcher each pass: rows whose job vanished get it again (same job id). */
  async requeueStuck(mailboxId: string): Promise<number> {
    const rows = rowsOf<{ id: string; status: InboundStatus }>(
      await this.db.query(
        `SELECT id, status FROM inbound_messages WHERE mailbox_id = $1 AND status IN ('received', 'routed') AND updated_at < now() - ($2::bigint * interval '1 millisecond') ORDER BY created_at LIMIT 200`,
        [mailboxId, STUCK_AFTER_MS],
      ),
    );
    for (const row of rows) {
      if (row.status === 'received') await this.enqueueIngest(row.id);
      else await this.maybeReply(row.id);
    }
    return rows.length;
  }

  async list(organizationId: string, mailboxId: string, limit = 100) {
    await this.mailboxes.load(organizationId, mailboxId);
    const rows = await this.db.getRepository(InboundMessage).find({ where: { organizationId, mailboxId }, order: { createdAt: 'DESC' }, take: Math.min(Math.max(limit, 1), 500) });
    return {
      items: rows.map((row) => ({
        id: row.id,
        messageId: row.messageId,
        from: row.fromAddress,
        subject: row.subject,
        status: row.status,
        reason: row.reason,
        route: row.route,
        category: row.category,
        tasks: row.parts.map((p) => ({ kind: p.kind, filename: p.filename ?? null, taskId: p.taskId ?? null, refusal: p.refusal ?? null })),
        authResults: row.authResults,
        repliedAt: row.repliedAt,
        replyMessageId: row.replyMessageId,
        actionAppliedAt: row.actionAppliedAt,
        createdAt: row.createdAt,
      })),
    };
  }

  async get(id: string): Promise<InboundMessage> {
    const row = await this.db.getRepository(InboundMessage).findOneBy({ id });
    if (!row) throw new NotFoundError('Inbound message');
    return row;
  }

  private async raw(id: string): Promise<Buffer | null> {
    const rows = rowsOf<{ raw: Buffer | Uint8Array | null }>(await this.db.query(`SELECT raw FROM inbound_messages WHERE id = $1`, [id]));
    const raw = rows[0]?.raw;
    return raw ? Buffer.from(raw) : null;
  }

  private async createTask(row: InboundMessage, index: number, agent: string, input: Record<string, unknown>, principal: Principal): Promise<Pick<InboundPart, 'taskId' | 'refusal'>> {
    try {
      const task = await this.tasks.create(row.organizationId, { agent, input, channel: 'email', idempotencyKey: `email-${row.id}-${index}` }, principal);
      return { taskId: task.id, refusal: null };
    } catch (error) {
      // 402 refusals, too-large or invalid files: answered in the reply; anything else retries the job
      if (error instanceof DomainError && error.status < 500) return { taskId: null, refusal: { code: error.code, message: error.message } };
      throw error;
    }
  }

  private async route(row: InboundMessage, route: NonNullable<InboundMessage['route']>, parts: InboundPart[], status: 'routed' | 'refused') {
    const result = await this.db.query(`UPDATE inbound_messages SET status = $2, route = $3, parts = $4::jsonb, updated_at = now() WHERE id = $1 AND status = 'received' RETURNING id`, [
      row.id,
      // a mail whose every part was refused at creation is answered straight away
      status === 'routed' && parts.every((p) => !p.taskId) ? 'refused' : status,
      route,
      JSON.stringify(parts),
    ]);
    if (!rowsOf(result).length) return;
    if (status === 'routed' && parts.some((p) => p.taskId)) await this.maybeReply(row.id);
    else await this.queue.enqueue(JobName.SendEmailReply, { inboundMessageId: row.id }, { jobId: jobId('email-reply', row.id), attempts: 8, backoffMs: 2000 });
  }

  /** Ignored / refused-unanswered / failed without a reply: final at once, mailbox action due. */
  private async settle(row: InboundMessage, status: 'ignored' | 'refused' | 'failed', reason: string) {
    const result = await this.db.query(
      `UPDATE inbound_messages SET status = $2, reason = $3, action_due_at = now(), updated_at = now() WHERE id = $1 AND status = 'received' RETURNING id`,
      [row.id, status, reason],
    );
    if (rowsOf(result).length) await this.afterSettled(row.mailboxId, row.organizationId, row.id);
  }

  private async afterSettled(mailboxId: string, organizationId: string, id: string) {
    await this.mailboxes.countProcessed(mailboxId);
    this.events.publish(MAILBOX_ACTION_DUE, organizationId, { mailboxId, inboundMessageId: id });
  }

  private async enqueueIngest(id: string) {
    await this.queue.enqueue(JobName.IngestEmail, { inboundMessageId: id }, { jobId: jobId('email-ingest', id), attempts: 6, backoffMs: 1000 });
  }

  private async memberBySender(organizationId: string, address: string): Promise<{ id: string; role: Role } | null> {
    const rows = rowsOf<{ id: string; role: Role }>(
      await this.db.query(`SELECT u.id, m.role FROM users u JOIN memberships m ON m.user_id = u.id WHERE m.organization_id = $1 AND u.email = $2 LIMIT 1`, [organizationId, address]),
    );
    return rows[0] ?? null;
  }
}
