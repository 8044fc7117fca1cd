import type { ScoreReason } from '../entities/lead.entity';
import { LeadFacts, reason, sigmoid, sourceBucket } from './features';

export interface Score {
  score: number;
  reasons: ScoreReason[];
  method: 'heuristic' | 'model';
}

const SOURCE_EFFECT: Record<string, number> = { referral: 0.7, event: 0.3, website: 0.2, outbound: -0.3, other: 0 };

/**
 * The transparent rule set used until an organization has enough won/lost history: every
 * rule is a fixed log-odds step, and every step that applies is listed as a reason.
 */
export function heuristicScore(facts: LeadFacts): Score {
  const parts: ScoreReason[] = [];
  const add = (factor: string, effect: number, text: string) => {
    if (effect !== 0) parts.push(reason(factor, effect, text));
  };
  add('priority', facts.priority === 'high' ? 0.8 : facts.priority === 'low' ? -0.6 : 0, `${facts.priority} priority`);
  add('company', facts.hasCompany ? 0.3 : -0.2, facts.hasCompany ? 'company is known' : 'no company on record');
  add('contact', (facts.hasEmail ? 0.2 : 0) + (facts.hasPhone ? 0.1 : 0), [facts.hasEmail && 'e-mail', facts.hasPhone && 'phone'].filter(Boolean).join(' and ') + ' on record');
  add('activity', Math.min(1.2, 0.35 * Math.log1p(facts.activityCount)), `${facts.activityCount} recorded ${facts.activityCount === 1 ? 'activity' : 'activities'}`);
  const days = Math.round(facts.daysSinceActivity);
  add('recency', days <= 7 ? 0.5 : days <= 30 ? 0 : days <= 90 ? -0.4 : -0.8, days <= 7 ? `touched ${days} days ago` : `no activity for ${days} days`);
  const bucket = sourceBucket(facts.source);
  add('source', SOURCE_EFFECT[bucket], `source "${facts.source}" counts as ${bucket}`);
  const logit = -0.8 + parts.reduce((sum, p) => sum + p.effect, 0);
  parts.sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect));
  return { score: round(sigmoid(logit)), reasons: parts, method: 'heuristic' };
}

export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
