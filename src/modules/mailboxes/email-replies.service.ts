import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { CreditsService } from '../credits/credits.service';
import { Task } from '../tasks/entities/task.entity';
import { InboundMessage } from './entities/inbound-message.entity';
import { Mailbox } from './entities/mailbox.entity';
import type { SmtpConnectionSettings } from './mailbox.settings';
import { MailboxesService } from './mailboxes.service';
import { ComposedReply, composeReply, ReplyItem } from './reply-composer';

export interface PreparedReply {
  smtp: SmtpConnectionSettings;
  /** null when no mail should go out (already sent, or the mailbox does not answer sorted mail) */
  reply: ComposedReply | null;
  outcome: { status: 'done' | 'failed'; category: string | null };
  alreadySent: boolean;
}

function domainOf(from: string): string {
  const address = /<([^>]+)>/.exec(from)?.[1] ?? from;
  return address.split('@')[1]?.trim().replace(/[^A-Za-z0-9.-]/g, '') || 'steward.invalid';
}

/** Builds the one reply to a mail from its committed task results, the cost and the balance. */
@Injectable()
export class EmailRepliesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly mailboxes: MailboxesService,
    private readonly credits: CreditsService,
  ) {}

  async prepare(inboundMessageId: string, headers: { to: string | null; subject: string; messageId: string | null; references: string[] }): Promise<PreparedReply | null> {
    const row = await this.db.getRepository(InboundMessage).findOneBy({ id: inboundMessageId });
    if (!row || (row.status !== 'routed' && row.status !== 'refused') || row.actionDueAt) return null;
    const mailbox = await this.db.getRepository(Mailbox).findOneByOrFail({ id: row.mailboxId });
    const connection = await this.mailboxes.connection(mailbox.id);
    const taskIds = row.parts.map((p) => p.taskId).filter((id): id is string => Boolean(id));
    const tasks = new Map((taskIds.length ? await this.db.getRepository(Task).findBy({ id: In(taskIds), organizationId: row.organizationId }) : []).map((t) => [t.id, t]));
    const items: ReplyItem[] = row.parts.map((part) => {
      if (part.kind === 'command' || part.kind === 'limit') return { kind: part.kind, status: 'answered', message: part.message };
      const task = part.taskId ? tasks.get(part.taskId) : undefined;
      if (!task) return { kind: part.kind, filename: part.filename, status: 'refused', error: part.refusal ?? { code: 'unavailable', message: 'The task could not be created.' } };
      return {
        kind: part.kind,
        filename: part.filename,
        status: task.status === 'succeeded' ? 'succeeded' : task.status === 'refused' ? 'refused' : 'failed',
        output: task.output,
        mode: task.mode,
        cost: task.cost,
        breakdown: task.costBreakdown,
        error: task.error,
      };
    });
    const ok = items.every((item) => item.status === 'succeeded' || (item.status === 'answered' && item.kind === 'command'));
    const sortTask = row.route === 'sort' ? tasks.get(row.parts[0]?.taskId ?? '') : undefined;
    const category = sortTask?.status === 'succeeded' ? String((sortTask.output as { category?: string } | null)?.category ?? '') || null : null;
    const outcome = { status: ok ? ('done' as const) : ('failed' as const), category };
    const silent = row.route === 'sort' && ok && !mailbox.replyToSorted;
    if (row.repliedAt || silent || !headers.to) return { smtp: connection!.smtp, reply: null, outcome, alreadySent: Boolean(row.repliedAt) };
    const balance = await this.credits.getBalance(row.organizationId).catch(() => null);
    const reply = composeReply({
      to: headers.to,
      from: mailbox.smtpFrom,
      subject: headers.subject,
      inReplyTo: headers.messageId,
      references: headers.references,
      // deterministic: a resend after a crash carries the same id, so it threads as one reply
      messageId: `<reply.${row.id}@${domainOf(mailbox.smtpFrom)}>`,
      items,
      balance: balance ? { available: balance.available, balance: balance.balance } : null,
    });
    return { smtp: connection!.smtp, reply, outcome, alreadySent: false };
  }
}
