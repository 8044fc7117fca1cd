import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError } from '../../common/domain-error';
import { CampaignsService } from '../../modules/content/campaigns.service';
import { ContentGenerator } from '../../modules/content/content-generator';
import { ContentService } from '../../modules/content/content.service';
import { POST_CHANNELS, type PostChannel } from '../../modules/content/entities/content-post.entity';
import { ChannelConnectionsService } from '../../modules/content/channel-connections.service';
import { PlanLimitsService } from '../../modules/credits/plan-limits.service';
import { CrmService } from '../../modules/crm/crm.service';
import { LeadsService } from '../../modules/crm/leads.service';
import type { AgentRunner } from '../../modules/tasks/agent-runner';
import { PermanentAgentError, type AgentRunContext, type AgentRunResult } from '../agent.types';
import { AutonomousInput, structuredText, taskKey } from './task-key';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A 402 (plan limit, credits) or 422 inside a runner cannot be fixed by retrying. */
async function permanentOnRefusal<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DomainError && [402, 404, 422].includes(error.status)) throw new PermanentAgentError(error.code, error.message);
    throw error;
  }
}

/**
 * The autonomous task types the executor runs and bills like any agent: social_media_post,
 * email_campaign and lead_followup. Each side effect is keyed by the task, so a redelivered
 * job repeats nothing.
 */
@Injectable()
export class AutonomousRunners {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly content: ContentService,
    private readonly generator: ContentGenerator,
    private readonly connections: ChannelConnectionsService,
    private readonly campaigns: CampaignsService,
    private readonly planLimits: PlanLimitsService,
    private readonly leads: LeadsService,
    private readonly crm: CrmService,
  ) {}

  runners(): AgentRunner[] {
    return [
      { name: 'social_media_post', operation: 'social_media_post', timeoutMs: 60_000, accepts: ['text'], run: (input, ctx) => this.socialMediaPost(input as AutonomousInput, ctx) },
      { name: 'email_campaign', operation: 'email_campaign', timeoutMs: 300_000, accepts: ['text'], run: (input, ctx) => this.emailCampaign(input as AutonomousInput, ctx) },
      { name: 'lead_followup', operation: 'lead_followup', timeoutMs: 60_000, accepts: ['text'], run: (input, ctx) => this.leadFollowup(input as AutonomousInput, ctx) },
    ];
  }

  /** Writes a post (model or template) and publishes it when the channel is connected; otherwise it stays a draft. */
  async socialMediaPost(input: AutonomousInput, ctx: AgentRunContext): Promise<AgentRunResult> {
    const key = taskKey(ctx, input);
    const params = { ...input, ...(structuredText(input.text) ?? {}) };
    const channel = (POST_CHANNELS.includes(params.channel as PostChannel) ? params.channel : 'linkedin') as PostChannel;
    const topic = typeof params.topic === 'string' ? params.topic : structuredText(input.text) ? undefined : input.text;
    let post = await this.db.query('SELECT id FROM content_posts WHERE organization_id = $1 AND task_id = $2', [ctx.organizationId, key]);
    let usage = { inputTokens: 0, outputTokens: 0 };
    let generatedBy: string;
    if (post.length) {
      generatedBy = (await this.content.load(ctx.organizationId, post[0].id)).generatedBy;
    } else {
      await permanentOnRefusal(() => this.planLimits.consume(ctx.organizationId, 'posts', `post-task-${key}`));
      const written = await this.generator.post(ctx.organizationId, channel, topic, ctx.llm, ctx.signal);
      usage = written.usage;
      generatedBy = written.generatedBy;
      post = [await this.content.create(ctx.organizationId, { channel, text: written.text, generatedBy: written.generatedBy, taskId: key })];
    }
    const postId = post[0].id as string;
    const connected = channel === 'linkedin' && (await this.connections.credentials(ctx.organizationId, 'linkedin')) !== null;
    let current = await this.content.load(ctx.organizationId, postId);
    if (connected && params.publish !== false && ['draft', 'scheduled'].includes(current.status)) {
      // published here, inside the task, not by a separate publish job
      await permanentOnRefusal(() => this.content.schedule(ctx.organizationId, postId, new Date(), { enqueue: false }));
      await this.content.publish(postId);
      current = await this.content.load(ctx.organizationId, postId);
      if (current.status === 'failed') throw new PermanentAgentError('publish_failed', current.lastError ?? 'Publishing failed.');
    }
    const note = current.status === 'published' ? `Published on ${channel}.` : connected ? 'Saved as a draft.' : `Saved as a draft: ${channel} is not connected.`;
    return {
      output: { postId, channel, status: current.status, externalId: current.externalId, text: current.text, generatedBy, note },
      mode: generatedBy === 'llm' ? 'llm' : 'offline',
      usage,
    };
  }

  /** Mails the organization's open leads (or the given ones), skipping unsubscribed addresses; one plan 'emails' unit per campaign. */
  async emailCampaign(input: AutonomousInput, ctx: AgentRunContext): Promise<AgentRunResult> {
    const key = taskKey(ctx, input);
    const params = { ...input, ...(structuredText(input.text) ?? {}) };
    let subject = typeof params.subject === 'string' ? params.subject : undefined;
    let body = typeof params.body === 'string' ? params.body : undefined;
    if (!subject && !structuredText(input.text) && input.text) {
      const [first, ...rest] = input.text.trim().split(/\r?\n/);
      subject = first.replace(/^subject:\s*/i, '').slice(0, 300);
      body = rest.join('\n').trim() || undefined;
    }
    if (!subject) throw new PermanentAgentError('invalid_input', 'An e-mail campaign needs a subject (first line of the text, or {"subject": …}).');
    let usage = { inputTokens: 0, outputTokens: 0 };
    let generatedBy = 'manual';
    await permanentOnRefusal(() => this.planLimits.consume(ctx.organizationId, 'emails', `campaign-${key}`));
    if (!body) {
      const written = await this.generator.campaignBody(ctx.organizationId, subject, ctx.llm, ctx.signal);
      body = written.text;
      usage = written.usage;
      generatedBy = written.generatedBy;
    }
    const statuses = Array.isArray(params.statuses) ? params.statuses.map(String) : undefined;
    const leadIds = Array.isArray(params.leadIds) ? params.leadIds.map(String).filter((id) => UUID.test(id)) : undefined;
    const result = await permanentOnRefusal(() => this.campaigns.send(ctx.organizationId, { campaignKey: key, subject: subject!, body: body!, statuses, leadIds }));
    if (result.sent === 0 && result.failed.length > 0 && result.alreadySent === 0) {
      // nothing got through (SMTP down?): retry the job; delivered addresses are skipped next time
      throw new Error(`No campaign e-mail could be sent: ${result.failed[0].error}`);
    }
    return { output: { campaign: key, subject, generatedBy, ...result }, mode: generatedBy === 'llm' ? 'llm' : 'offline', usage };
  }

  /** Drafts a follow-up for one lead and records it as the lead's activity. */
  async leadFollowup(input: AutonomousInput, ctx: AgentRunContext): Promise<AgentRunResult> {
    const key = taskKey(ctx, input);
    const params = { ...input, ...(structuredText(input.text) ?? {}) };
    const reference = String(params.leadId ?? input.text ?? '').trim();
    if (!reference) throw new PermanentAgentError('invalid_input', 'Name the lead to follow up (its id or name).');
    const lead = await permanentOnRefusal(async () =>
      UUID.test(reference) ? await this.leads.load(ctx.organizationId, reference) : await this.leads.load(ctx.organizationId, (await this.crm.lead(ctx.organizationId, reference)).lead.id),
    );
    const existing = await this.db.query('SELECT id, body FROM crm_activities WHERE organization_id = $1 AND idempotency_key = $2', [ctx.organizationId, `followup-${key}`]);
    if (existing.length) {
      return { output: { leadId: lead.id, activityId: existing[0].id, draft: existing[0].body, repeated: true }, mode: 'offline', usage: { inputTokens: 0, outputTokens: 0 } };
    }
    const [last] = await this.db.query('SELECT type, body FROM crm_activities WHERE organization_id = $1 AND lead_id = $2 ORDER BY occurred_at DESC LIMIT 1', [ctx.organizationId, lead.id]);
    const draft = await this.generator.followUp(ctx.organizationId, { name: lead.name, company: lead.company, lastActivity: last ? `${last.type}: ${last.body}` : null }, ctx.llm, ctx.signal);
    const activity = await this.leads.recordActivity(ctx.organizationId, lead.id, {
      type: 'note',
      body: `Follow-up drafted (${draft.generatedBy === 'llm' ? 'by the model' : 'from a template'}), ready to send${lead.email ? ` to ${lead.email}` : ''}:\n\n${draft.text}`,
      createdBy: 'lead_followup',
      idempotencyKey: `followup-${key}`,
    });
    return {
      output: { leadId: lead.id, leadName: lead.name, email: lead.email, activityId: activity.id, draft: draft.text, generatedBy: draft.generatedBy },
      mode: draft.generatedBy === 'llm' ? 'llm' : 'offline',
      usage: draft.usage,
    };
  }
}
