import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import nodemailer, { type Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { AGENTIC_DIGEST, AgenticEngineService } from '../../agents/agentic-engine/agentic-engine.service';
import { DomainEvents } from '../../common/domain-events';
import { AppConfig } from '../../config/app-config';
import { JobHandler } from '../../queue/job-handler.decorator';
import { JobName, JobPayloads, jobId, PermanentJobError } from '../../queue/job-names';
import { QueueService } from '../../queue/queue.service';
import { ChatProvider, ChatWorkspace } from '../conversations/entities/chat-workspace.entity';
import type { CommandReply } from './command-reply';
import { digestReply } from './handlers/proposal.replies';
import { renderEmail } from './render/text.renderer';

export interface DigestDelivery {
  organizationId: string;
  runId: string;
  /** channel id (Slack, Discord) or address (e-mail) from the policy */
  target: string;
  /** the organization's linked Slack workspace / Discord guild */
  workspaceId: string | null;
  reply: CommandReply;
}

/** A channel adapter's way to post a digest; it throws to retry, PermanentJobError when retrying cannot help. */
export type DigestSender = (delivery: DigestDelivery) => Promise<void>;

/**
 * Takes the engine's `agentic.digest` event to the organization's chosen channel. The event
 * only enqueues a job whose id is the run's, so a digest is delivered once however often the
 * event or the enqueue repeats; the job rebuilds the digest from the run (ids, not documents).
 * Slack and Discord register their senders at start; e-mail goes out over CAMPAIGN_SMTP_URL.
 */
@Injectable()
export class DigestDeliveryService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('DigestDelivery');
  private readonly senders = new Map<string, DigestSender>();
  private unsubscribe?: () => void;
  private mailer?: Transporter;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly engine: AgenticEngineService,
    private readonly events: DomainEvents,
    private readonly queue: QueueService,
    private readonly config: AppConfig,
  ) {
    this.senders.set('email', (delivery) => this.sendEmail(delivery));
  }

  onModuleInit() {
    this.unsubscribe = this.events.subscribe(AGENTIC_DIGEST, async (event) => {
      const payload = event.payload as { runId?: string; channel?: string };
      if (!event.organizationId || !payload.runId || !payload.channel || payload.channel === 'none') return;
      await this.enqueue(event.organizationId, payload.runId);
    });
  }

  onModuleDestroy() {
    this.unsubscribe?.();
    this.mailer?.close();
  }

  /** One sender per channel name ('slack', 'discord'). */
  register(channel: ChatProvider, sender: DigestSender): void {
    if (this.senders.has(channel)) throw new Error(`a digest sender for "${channel}" is already registered`);
    this.senders.set(channel, sender);
  }

  enqueue(organizationId: string, runId: string): Promise<void> {
    return this.queue.enqueue(JobName.DeliverAgenticDigest, { organizationId, runId }, { jobId: jobId('agentic-digest', runId), attempts: 5, backoffMs: 2000 });
  }

  @JobHandler(JobName.DeliverAgenticDigest)
  async deliver({ organizationId, runId }: JobPayloads[JobName.DeliverAgenticDigest]): Promise<void> {
    const digest = await this.engine.digest(organizationId, runId);
    if (!digest || digest.channel === 'none') return;
    const sender = this.senders.get(digest.channel);
    if (!sender) throw new PermanentJobError(`digest channel "${digest.channel}" is not configured on this server`);
    if (!digest.target) throw new PermanentJobError(`the agentic policy sends digests to ${digest.channel} but names no target`);
    let workspaceId: string | null = null;
    if (digest.channel === 'slack' || digest.channel === 'discord') {
      workspaceId = await this.linkedWorkspace(organizationId, digest.channel);
      if (!workspaceId) throw new PermanentJobError(`no ${digest.channel} workspace is linked to organization ${organizationId}`);
    }
    await sender({ organizationId, runId, target: digest.target, workspaceId, reply: digestReply(digest) });
    this.logger.log({ msg: 'digest delivered', organizationId, runId, channel: digest.channel });
  }

  private async linkedWorkspace(organizationId: string, provider: ChatProvider): Promise<string | null> {
    const row = await this.db.getRepository(ChatWorkspace).findOne({ where: { organizationId, provider }, order: { linkedAt: 'DESC' } });
    return row?.externalId ?? null;
  }

  private async sendEmail(delivery: DigestDelivery): Promise<void> {
    if (!this.config.campaignSmtpUrl) throw new PermanentJobError('e-mail digests need an SMTP server: set CAMPAIGN_SMTP_URL');
    this.mailer ??= nodemailer.createTransport(this.config.campaignSmtpUrl);
    const { subject, text } = renderEmail(delivery.reply);
    await this.mailer.sendMail({
      from: this.config.campaignFrom,
      to: delivery.target,
      subject,
      text,
      // the same Message-ID on a retry lets receiving servers drop a duplicate
      messageId: `<agentic-digest-${delivery.runId}@steward.invalid>`,
      headers: { 'Auto-Submitted': 'auto-generated' },
    });
  }
}
