import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CLOSED_STATUSES, Lead } from './entities/lead.entity';
import { LeadScoringModel } from './entities/lead-scoring-model.entity';
import type { LeadFacts } from './scoring/features';
import { heuristicScore, type Score } from './scoring/heuristic';
import { auc, crossValidatedAuc, Example, LogisticParameters, modelScore, trainLogistic } from './scoring/logistic';

/** Closed leads an organization needs before its own model replaces the heuristic. */
export const MIN_CLOSED_FOR_MODEL = 30;
const DAY_MS = 86_400_000;
const UPDATE_CHUNK = 1000;

type ScorableLead = Pick<Lead, 'priority' | 'source' | 'company' | 'email' | 'phone' | 'activityCount' | 'lastActivityAt' | 'createdAt' | 'closedAt' | 'value'>;

export function factsOf(lead: ScorableLead, now = new Date()): LeadFacts {
  const asOf = lead.closedAt ?? now;
  const touched = lead.lastActivityAt ?? lead.createdAt ?? now;
  return {
    priority: lead.priority,
    source: lead.source,
    hasCompany: Boolean(lead.company),
    hasEmail: Boolean(lead.email),
    hasPhone: Boolean(lead.phone),
    activityCount: lead.activityCount ?? 0,
    daysSinceActivity: Math.max(0, (new Date(asOf).getTime() - new Date(touched).getTime()) / DAY_MS),
    value: lead.value === null || lead.value === undefined ? null : Number(lead.value),
  };
}

export interface Scorer {
  method: 'heuristic' | 'model';
  score(facts: LeadFacts): Score;
}

export interface TrainingReport {
  organizationId: string;
  closedLeads: number;
  won: number;
  lost: number;
  method: 'heuristic' | 'model';
  modelAuc: number | null;
  heuristicAuc: number | null;
  why: string;
  rescored: number;
}

/**
 * Conversion scores 0–1 with reasons. The organization's own logistic model is used once it
 * has MIN_CLOSED_FOR_MODEL won/lost leads and its cross-validated AUC is at least the
 * heuristic's on the same history; otherwise the transparent heuristic.
 */
@Injectable()
export class LeadScoringService {
  private readonly logger = new Logger('LeadScoring');

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async scorer(organizationId: string, manager: EntityManager = this.db.manager): Promise<Scorer> {
    const model = await manager.getRepository(LeadScoringModel).findOneBy({ organizationId });
    if (model && model.auc >= model.heuristicAuc) {
      const parameters = model.parameters as LogisticParameters;
      return { method: 'model', score: (facts) => modelScore(parameters, facts) };
    }
    return { method: 'heuristic', score: heuristicScore };
  }

  /** Scores one lead and stores it (inside the caller's transaction when given). */
  async rescoreLead(organizationId: string, leadId: string, manager: EntityManager = this.db.manager, scorer?: Scorer): Promise<void> {
    const lead = await manager.getRepository(Lead).findOneBy({ id: leadId, organizationId });
    if (!lead) return;
    const result = (scorer ?? (await this.scorer(organizationId, manager))).score(factsOf(lead));
    await manager.getRepository(Lead).update({ id: leadId, organizationId }, { score: result.score, scoreReasons: result.reasons, scoreMethod: result.method, scoredAt: new Date() });
  }

  /** Retrains from won/lost history (when there is enough) and rescores every lead of the organization. */
  async retrain(organizationId: string): Promise<TrainingReport> {
    const leads = await this.loadScorable(organizationId);
    const closed = leads.filter((l) => CLOSED_STATUSES.includes(l.status));
    const examples: Example[] = closed.map((l) => ({ facts: factsOf(l), won: l.status === 'won' }));
    const won = examples.filter((e) => e.won).length;
    const lost = examples.length - won;
    let report: Omit<TrainingReport, 'rescored'>;
    if (examples.length < MIN_CLOSED_FOR_MODEL || won < 3 || lost < 3) {
      await this.db.getRepository(LeadScoringModel).delete({ organizationId });
      report = {
        organizationId, closedLeads: examples.length, won, lost, method: 'heuristic', modelAuc: null, heuristicAuc: null,
        why: `${examples.length} closed leads (${won} won, ${lost} lost); a model needs ${MIN_CLOSED_FOR_MODEL} with at least 3 of each`,
      };
    } else {
      const parameters = trainLogistic(examples);
      const modelAuc = crossValidatedAuc(examples);
      const heuristicAuc = auc(examples.map((e) => heuristicScore(e.facts).score), examples.map((e) => e.won));
      await this.db.query(
        `INSERT INTO crm_scoring_models (organization_id, parameters, trained_on, won, lost, auc, heuristic_auc, trained_at)
         VALUES ($1, $2::jsonb, $3, $4, $5, $6, $7, now())
         ON CONFLICT (organization_id) DO UPDATE SET parameters = EXCLUDED.parameters, trained_on = EXCLUDED.trained_on, won = EXCLUDED.won,
           lost = EXCLUDED.lost, auc = EXCLUDED.auc, heuristic_auc = EXCLUDED.heuristic_auc, trained_at = EXCLUDED.trained_at`,
        [organizationId, JSON.stringify(parameters), examples.length, won, lost, modelAuc, heuristicAuc],
      );
      const method = modelAuc >= heuristicAuc ? 'model' : 'heuristic';
      report = {
        organizationId, closedLeads: examples.length, won, lost, method, modelAuc: round(modelAuc), heuristicAuc: round(heuristicAuc),
        why: method === 'model'
          ? `the model's cross-validated AUC ${round(modelAuc)} beats the heuristic's ${round(heuristicAuc)}`
          : `the model's cross-validated AUC ${round(modelAuc)} does not beat the heuristic's ${round(heuristicAuc)}, so the heuristic stays`,
      };
    }
    const rescored = await this.rescoreAll(organizationId, leads);
    this.logger.log({ msg: 'lead scorer retrained', ...report, rescored });
    return { ...report, rescored };
  }

  async modelInfo(organizationId: string) {
    const model = await this.db.getRepository(LeadScoringModel).findOneBy({ organizationId });
    if (!model) return { method: 'heuristic' as const, minimumClosedLeads: MIN_CLOSED_FOR_MODEL, model: null };
    return {
      method: model.auc >= model.heuristicAuc ? ('model' as const) : ('heuristic' as const),
      minimumClosedLeads: MIN_CLOSED_FOR_MODEL,
      model: { trainedOn: model.trainedOn, won: model.won, lost: model.lost, auc: round(model.auc), heuristicAuc: round(model.heuristicAuc), trainedAt: model.trainedAt },
    };
  }

  private loadScorable(organizationId: string): Promise<Lead[]> {
    return this.db.getRepository(Lead).find({
      where: { organizationId },
      select: { id: true, status: true, priority: true, source: true, company: true, email: true, phone: true, activityCount: true, lastActivityAt: true, createdAt: true, closedAt: true, value: true },
    });
  }

  /** Bulk update in chunks: one statement per thousand leads. */
  private async rescoreAll(organizationId: string, leads: Lead[]): Promise<number> {
    const scorer = await this.scorer(organizationId);
    const now = new Date();
    for (let start = 0; start < leads.length; start += UPDATE_CHUNK) {
      const chunk = leads.slice(start, start + UPDATE_CHUNK);
      const ids: string[] = [];
      const scores: number[] = [];
      const reasons: string[] = [];
      for (const lead of chunk) {
        const result = scorer.score(factsOf(lead, now));
        ids.push(lead.id);
        scores.push(result.score);
        reasons.push(JSON.stringify(result.reasons));
      }
      await this.db.query(
        `UPDATE crm_leads AS l SET score = v.score, score_reasons = v.reasons::jsonb, score_method = $5, scored_at = $6
           FROM (SELECT unnest($2::uuid[]) AS id, unnest($3::float8[]) AS score, unnest($4::text[]) AS reasons) AS v
          WHERE l.id = v.id AND l.organization_id = $1`,
        [organizationId, ids, scores, reasons, scorer.method, now],
      );
    }
    return leads.length;
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
