import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { LlmClient, TokenUsage } from '../../agents/llm/llm.types';
import type { PostAuthor, PostChannel } from './entities/content-post.entity';

export interface OrganizationFacts {
  name: string;
  openLeads: number;
  wonLast30Days: number;
  meetingsLast30Days: number;
  topSource: string | null;
}

export interface GeneratedText {
  text: string;
  generatedBy: Exclude<PostAuthor, 'manual'>;
  usage: TokenUsage;
}

const NO_USAGE: TokenUsage = { inputTokens: 0, outputTokens: 0 };

/**
 * Writes posts and campaign mails: with the model when one is configured, otherwise from
 * templates filled with the organization's own numbers. The result always says which
 * (`generatedBy`), so nobody mistakes a template for the model's writing.
 */
@Injectable()
export class ContentGenerator {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async facts(organizationId: string): Promise<OrganizationFacts> {
    const [row] = await this.db.query(
      `SELECT o.name,
              (SELECT count(*)::int FROM crm_leads l WHERE l.organization_id = o.id AND l.status NOT IN ('won', 'lost')) AS open_leads,
              (SELECT count(*)::int FROM crm_leads l WHERE l.organization_id = o.id AND l.status = 'won' AND l.closed_at > now() - interval '30 days') AS won,
              (SELECT count(*)::int FROM crm_meetings m WHERE m.organization_id = o.id AND m.starts_at > now() - interval '30 days') AS meetings,
              (SELECT l.source FROM crm_leads l WHERE l.organization_id = o.id AND l.source IS NOT NULL GROUP BY l.source ORDER BY count(*) DESC LIMIT 1) AS top_source
         FROM organizations o WHERE o.id = $1`,
      [organizationId],
    );
    return { name: row?.name ?? 'our team', openLeads: row?.open_leads ?? 0, wonLast30Days: row?.won ?? 0, meetingsLast30Days: row?.meetings ?? 0, topSource: row?.top_source ?? null };
  }

  async post(organizationId: string, channel: PostChannel, topic: string | undefined, llm: LlmClient | null, signal?: AbortSignal): Promise<GeneratedText> {
    const facts = await this.facts(organizationId);
    if (llm) {
      const system = `You write short, concrete ${channel} posts for a small business. No hashtags spam (two at most), no invented numbers, under 1200 characters.`;
      const user = `Business: ${facts.name}. Topic: ${topic ?? 'what we have been working on'}. Facts you may use: ${facts.wonLast30Days} new customers and ${facts.meetingsLast30Days} meetings in the last 30 days.`;
      const { text, usage } = await llm.complete(system, user, { signal });
      return { text: text.trim().slice(0, 3000), generatedBy: 'llm', usage };
    }
    return { text: postTemplate(facts, channel, topic), generatedBy: 'template', usage: { ...NO_USAGE } };
  }

  async campaignBody(organizationId: string, subject: string, llm: LlmClient | null, signal?: AbortSignal): Promise<GeneratedText> {
    const facts = await this.facts(organizationId);
    if (llm) {
      const system = 'You write brief, friendly business e-mails. Start with "Hi {{name}}," and keep the {{name}} placeholder literally. No invented facts. Under 150 words. Sign with the business name.';
      const { text, usage } = await llm.complete(system, `Business: ${facts.name}. Subject: ${subject}.`, { signal });
      return { text: text.trim(), generatedBy: 'llm', usage };
    }
    return {
      text: `Hi {{name}},\n\n${subject}. We would love to hear how things are going at {{company}} and whether we can help.\n\nJust reply to this e-mail and we will get back to you.\n\nBest regards,\n${facts.name}`,
      generatedBy: 'template',
      usage: { ...NO_USAGE },
    };
  }

  async followUp(organizationId: string, lead: { name: string; company: string | null; lastActivity?: string | null }, llm: LlmClient | null, signal?: AbortSignal): Promise<GeneratedText> {
    const facts = await this.facts(organizationId);
    const first = lead.name.split(/[\s,]+/).filter(Boolean)[lead.name.includes(',') ? 1 : 0] ?? lead.name;
    if (llm) {
      const system = 'You draft short sales follow-up e-mails: polite, specific, one clear question, under 120 words. No invented facts.';
      const user = `From: ${facts.name}. To: ${lead.name}${lead.company ? ` at ${lead.company}` : ''}. Last contact: ${lead.lastActivity ?? 'none recorded'}.`;
      const { text, usage } = await llm.complete(system, user, { signal });
      return { text: text.trim(), generatedBy: 'llm', usage };
    }
    const context = lead.lastActivity ? `Following up on our last conversation (${lead.lastActivity.slice(0, 120)}). ` : 'I wanted to follow up on your interest. ';
    return {
      text: `Hi ${first},\n\n${context}Is there anything we can help ${lead.company ? `${lead.company} ` : 'you '}with right now? If it is easier, reply with a good time for a 15-minute call this week.\n\nBest regards,\n${facts.name}`,
      generatedBy: 'template',
      usage: { ...NO_USAGE },
    };
  }
}

export function postTemplate(facts: OrganizationFacts, channel: PostChannel, topic?: string): string {
  const lines = [topic ? `${topic} — an update from ${facts.name}.` : `A quick update from ${facts.name}.`];
  if (facts.wonLast30Days > 0) lines.push(`In the last 30 days we welcomed ${facts.wonLast30Days} new ${facts.wonLast30Days === 1 ? 'customer' : 'customers'}. Thank you for your trust!`);
  if (facts.meetingsLast30Days > 0) lines.push(`We met ${facts.meetingsLast30Days} ${facts.meetingsLast30Days === 1 ? 'team' : 'teams'} this month to learn what they need next.`);
  if (lines.length === 1) lines.push('We are busy building what our customers ask for, and we would love to hear what you need.');
  lines.push(channel === 'newsletter' ? 'Reply to this e-mail and tell us what you would like to see next.' : 'Get in touch — we are happy to help.');
  return lines.join('\n\n');
}
