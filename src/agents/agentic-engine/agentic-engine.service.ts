import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError } from '../../common/domain-error';
import { DomainEvents } from '../../common/domain-events';
import { formatCredits } from '../../common/money';
import { PricingService } from '../../modules/credits/pricing.service';
import { AgenticEngineRepository } from './agentic-engine.repository';
import { AgenticRun } from './entities/agentic-run.entity';
import { Proposal } from './entities/proposal.entity';
import { findInsights, proposalsFor, type Insight } from './insights';
import { proposalView, ProposalsService } from './proposals.service';

export const AGENTIC_DIGEST = 'agentic.digest';

export interface AnalyzeResult {
  runId: string;
  insights: Insight[];
  /** proposals this run filed, plus those still pending from earlier runs */
  proposals: ReturnType<typeof proposalView>[];
  filed: number;
  autoApproved: number;
  creditCap: string;
  committed: string;
  durationMs: number;
}

/**
 * One pass over an organization: snapshot → insights with confidences → proposals above the
 * threshold, de-duplicated against earlier runs → auto-approval by policy within the run's
 * credit cap → a digest event for the organization's chosen channel.
 */
@Injectable()
export class AgenticEngineService {
  private readonly logger = new Logger('AgenticEngine');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: AgenticEngineRepository,
    private readonly proposals: ProposalsService,
    private readonly pricing: PricingService,
    private readonly events: DomainEvents,
  ) {}

  async analyze(organizationId: string, trigger: 'schedule' | 'manual'): Promise<AnalyzeResult> {
    const started = Date.now();
    const policy = await this.proposals.policy(organizationId);
    const snapshot = await this.repository.snapshot(organizationId, policy);
    const insights = findInsights(snapshot);
    const drafts = proposalsFor(insights, snapshot, policy.confidenceThreshold);
    const run = await this.db.getRepository(AgenticRun).save(
      this.db.getRepository(AgenticRun).create({ organizationId, trigger, insights, creditCap: policy.runCreditCap, committed: 0n }),
    );
    const estimates = new Map<string, bigint>();
    const filed: Proposal[] = [];
    for (const draft of drafts) {
      if (await this.repository.recentlyProposed(organizationId, draft.dedupeKey)) continue;
      if (!estimates.has(draft.action)) estimates.set(draft.action, await this.estimate(organizationId, draft.action));
      const inserted = await this.db.query(
        `INSERT INTO agentic_proposals (organization_id, run_id, insight_type, action, dedupe_key, reason, confidence, estimated_cost, params)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb)
         ON CONFLICT (organization_id, dedupe_key) WHERE status = 'pending' DO NOTHING RETURNING id`,
        [organizationId, run.id, draft.insightType, draft.action, draft.dedupeKey, draft.reason, draft.confidence, estimates.get(draft.action)!.toString(), JSON.stringify(draft.params)],
      );
      const id = rows(inserted)[0]?.id as string | undefined;
      if (id) filed.push(await this.db.getRepository(Proposal).findOneByOrFail({ id }));
    }
    let committed = 0n;
    let autoApproved = 0;
    if (policy.autoApprove) {
      for (const proposal of filed) {
        if (committed + proposal.estimatedCost > policy.runCreditCap) continue; // over the run's cap: a person decides
        try {
          await this.proposals.decide(organizationId, proposal.id, 'approve', { via: 'policy', by: 'auto-approve' });
          committed += proposal.estimatedCost;
          autoApproved += 1;
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          this.logger.warn({ msg: 'auto-approval refused', organizationId, proposalId: proposal.id, error: error.message });
        }
      }
    }
    const durationMs = Date.now() - started;
    await this.db.getRepository(AgenticRun).update({ id: run.id }, { proposalsFiled: filed.length, autoApproved, committed, durationMs });
    const pending = await this.db.getRepository(Proposal).find({ where: { organizationId, status: 'pending' }, order: { createdAt: 'DESC' }, take: 50 });
    const filedIds = new Set(filed.map((p) => p.id));
    const current = await Promise.all(filed.map((p) => this.db.getRepository(Proposal).findOneByOrFail({ id: p.id })));
    const proposals = [...current, ...pending.filter((p) => !filedIds.has(p.id))].map(proposalView);
    const result: AnalyzeResult = {
      runId: run.id, insights, proposals, filed: filed.length, autoApproved,
      creditCap: formatCredits(policy.runCreditCap), committed: formatCredits(committed), durationMs,
    };
    if (insights.length || filed.length) {
      this.events.publish(AGENTIC_DIGEST, organizationId, {
        runId: run.id,
        channel: policy.digestChannel,
        target: policy.digestTarget,
        insights,
        proposals: current.map(proposalView),
        text: digestText(insights, current.map(proposalView), autoApproved),
      });
    }
    this.logger.log({ msg: 'agentic run', organizationId, trigger, insights: insights.length, filed: filed.length, autoApproved, durationMs });
    return result;
  }

  async runs(organizationId: string, limit = 20) {
    const rows = await this.db.getRepository(AgenticRun).find({ where: { organizationId }, order: { createdAt: 'DESC' }, take: Math.min(limit, 100) });
    return {
      items: rows.map((r) => ({
        id: r.id, trigger: r.trigger, insights: r.insights, proposalsFiled: r.proposalsFiled, autoApproved: r.autoApproved,
        creditCap: formatCredits(r.creditCap), committed: formatCredits(r.committed), durationMs: r.durationMs, createdAt: r.createdAt,
      })),
    };
  }

  /** A run's digest as it stands now (proposals filed by the run, with their current status) and where the policy sends it. */
  async digest(organizationId: string, runId: string) {
    const run = await this.db.getRepository(AgenticRun).findOneBy({ organizationId, id: runId });
    if (!run) return null;
    const policy = await this.proposals.policy(organizationId);
    const filed = await this.db.getRepository(Proposal).find({ where: { organizationId, runId }, order: { createdAt: 'ASC', id: 'ASC' } });
    return {
      runId,
      insights: run.insights as Insight[],
      proposals: filed.map(proposalView),
      autoApproved: run.autoApproved,
      channel: policy.digestChannel,
      target: policy.digestTarget,
    };
  }

  private async estimate(organizationId: string, action: string): Promise<bigint> {
    if (action === 'review_task_backlog') return 0n;
    return (await this.pricing.estimate(organizationId, action)).total;
  }
}

/** The digest as plain text, for channels that post it as is. */
export function digestText(insights: Insight[], proposals: ReturnType<typeof proposalView>[], autoApproved: number): string {
  const lines = ['Steward digest'];
  for (const insight of insights) lines.push(`• ${insight.reason} (confidence ${Math.round(insight.confidence * 100)}%)`);
  if (proposals.length) {
    lines.push(`Proposals (${proposals.length}${autoApproved ? `, ${autoApproved} approved by policy` : ''}):`);
    for (const p of proposals) lines.push(`  – [${p.status}] ${p.action}: ${p.reason} ~${p.estimatedCost} credits (id ${p.id})`);
  }
  return lines.join('\n');
}

function rows(result: unknown): { id: string }[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0];
  return Array.isArray(result) ? result : [];
}
