import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AgenticPolicy } from './entities/agentic-policy.entity';
import type { EngineSnapshot } from './insights';

/** A proposal key decided (or filed) within this window is not proposed again. */
export const PROPOSAL_COOLDOWN_DAYS = 7;
/** At most this many follow-ups wait for a decision at once, and this many are added per run. */
export const MAX_PENDING_FOLLOWUPS = 10;
export const MAX_FOLLOWUPS_PER_RUN = 5;

/**
 * The engine's reads. It looks across modules (leads, posts, tasks) with a few aggregate
 * queries, each served by an index, so a run over 10,000 leads stays in the milliseconds.
 */
@Injectable()
export class AgenticEngineRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async snapshot(organizationId: string, policy: AgenticPolicy): Promise<EngineSnapshot> {
    const [stale] = await this.db.query(
      `SELECT count(*)::int AS count FROM crm_leads
        WHERE organization_id = $1 AND status IN ('new', 'contacted', 'qualified')
          AND COALESCE(last_activity_at, created_at) < now() - make_interval(days => $2)`,
      [organizationId, policy.staleLeadDays],
    );
    const [pending] = await this.db.query(
      `SELECT count(*)::int AS count FROM agentic_proposals WHERE organization_id = $1 AND status = 'pending' AND action = 'lead_followup'`,
      [organizationId],
    );
    const slots = Math.max(0, Math.min(MAX_FOLLOWUPS_PER_RUN, MAX_PENDING_FOLLOWUPS - pending.count));
    const candidates = slots === 0 || stale.count === 0 ? [] : await this.db.query(
      `SELECT l.id, l.name, l.company, l.score,
              EXTRACT(EPOCH FROM (now() - COALESCE(l.last_activity_at, l.created_at))) / 86400 AS idle_days
         FROM crm_leads l
        WHERE l.organization_id = $1 AND l.status IN ('new', 'contacted', 'qualified')
          AND COALESCE(l.last_activity_at, l.created_at) < now() - make_interval(days => $2)
          AND NOT EXISTS (
            SELECT 1 FROM agentic_proposals p
             WHERE p.organization_id = l.organization_id AND p.dedupe_key = 'lead_followup:' || l.id::text
               AND (p.status = 'pending' OR p.created_at > now() - make_interval(days => $3)))
        ORDER BY l.score DESC NULLS LAST, l.id
        LIMIT $4`,
      [organizationId, policy.staleLeadDays, PROPOSAL_COOLDOWN_DAYS, slots],
    );
    const [posts] = await this.db.query(
      `SELECT count(*)::int AS count FROM content_posts
        WHERE organization_id = $1 AND (
          (status = 'published' AND published_at > now() - interval '7 days') OR
          (status IN ('scheduled', 'publishing') AND scheduled_at BETWEEN now() - interval '7 days' AND now() + interval '7 days'))`,
      [organizationId],
    );
    const [backlog] = await this.db.query(
      `SELECT count(*)::int AS count, EXTRACT(EPOCH FROM (now() - min(created_at))) / 60 AS oldest_minutes
         FROM tasks WHERE organization_id = $1 AND status = 'queued'`,
      [organizationId],
    );
    const [linkedin] = await this.db.query(`SELECT count(*)::int AS count FROM content_channel_connections WHERE organization_id = $1 AND provider = 'linkedin'`, [organizationId]);
    return {
      staleLeadDays: policy.staleLeadDays,
      staleLeads: stale.count,
      staleCandidates: candidates.map((c: { id: string; name: string; company: string | null; score: number | null; idle_days: string | number }) => ({
        id: c.id, name: c.name, company: c.company, score: c.score === null ? null : Number(c.score), idleDays: Number(c.idle_days),
      })),
      postsLast7Days: posts.count,
      weeklyPostTarget: policy.weeklyPostTarget,
      queuedTasks: backlog.count,
      oldestQueuedMinutes: backlog.oldest_minutes === null ? null : Number(backlog.oldest_minutes),
      backlogThreshold: policy.backlogThreshold,
      linkedinConnected: linkedin.count > 0,
    };
  }

  /** Whether a proposal with this key is pending or was filed within the cool-down. */
  async recentlyProposed(organizationId: string, dedupeKey: string): Promise<boolean> {
    const rows = await this.db.query(
      `SELECT 1 FROM agentic_proposals WHERE organization_id = $1 AND dedupe_key = $2
          AND (status = 'pending' OR created_at > now() - make_interval(days => $3)) LIMIT 1`,
      [organizationId, dedupeKey, PROPOSAL_COOLDOWN_DAYS],
    );
    return rows.length > 0;
  }

  async organizationsOnPlans(plans: string[]): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT o.id FROM organizations o LEFT JOIN agentic_policies p ON p.organization_id = o.id
        WHERE o.plan = ANY($1::text[]) AND COALESCE(p.enabled, true) ORDER BY o.id`,
      [plans],
    );
    return rows.map((r) => r.id);
  }
}
