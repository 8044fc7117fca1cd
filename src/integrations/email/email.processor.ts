import { Injectable } from '@nestjs/common';
import { JobHandler } from '../../queue/job-handler.decorator';
import { JobContext, JobName, JobPayloads } from '../../queue/job-names';
import { EmailRepliesService } from '../../modules/mailboxes/email-replies.service';
import { InboundMessagesService } from '../../modules/mailboxes/inbound-messages.service';
import type { InboundEmail } from '../../modules/mailboxes/inbound-email';
import { parseEmail, parseReplyHeaders } from './email.mapper';
import { EmailSender } from './email.sender';

/** The e-mail jobs: map the stored mail with mailparser, hand it to the core, send the reply. */
@Injectable()
export class EmailJobs {
  constructor(
    private readonly inbound: InboundMessagesService,
    private readonly replies: EmailRepliesService,
    private readonly sender: EmailSender,
  ) {}

  @JobHandler(JobName.IngestEmail)
  async ingest({ inboundMessageId }: JobPayloads[JobName.IngestEmail], job: JobContext): Promise<void> {
    const loaded = await this.inbound.loadForIngest(inboundMessageId);
    if (!loaded) return;
    let mail: InboundEmail | null = null;
    let problem: string | undefined;
    if (loaded.raw && loaded.row.status === 'received') {
      try {
        mail = await parseEmail(loaded.raw);
      } catch (error) {
        problem = `The mail could not be read (${(error as Error).message}).`;
      }
    }
    try {
      await this.inbound.ingest(inboundMessageId, mail, problem);
    } catch (error) {
      if (job.attempt >= job.maxAttempts) await this.inbound.markIngestFailed(inboundMessageId, `Giving up: ${(error as Error).message}`);
      throw error;
    }
  }

  @JobHandler(JobName.SendEmailReply)
  async reply({ inboundMessageId }: JobPayloads[JobName.SendEmailReply]): Promise<void> {
    const loaded = await this.inbound.loadForIngest(inboundMessageId);
    if (!loaded) return;
    const { row, raw } = loaded;
    const headers = raw
      ? await parseReplyHeaders(raw)
      : { to: row.fromAddress, subject: row.subject ?? '', messageId: row.messageId || null, references: [] };
    const prepared = await this.replies.prepare(inboundMessageId, headers);
    if (!prepared) return;
    let replyMessageId: string | null = null;
    if (prepared.reply) {
      await this.sender.send(prepared.smtp, prepared.reply);
      replyMessageId = prepared.reply.messageId;
    }
    await this.inbound.finish(inboundMessageId, { ...prepared.outcome, replyMessageId });
  }
}
