import type { LeadPriority, ScoreReason } from '../entities/lead.entity';

/** What scoring looks at, for one lead, as of a moment (now for open leads, closing time for closed ones). */
export interface LeadFacts {
  priority: LeadPriority;
  source: string | null;
  hasCompany: boolean;
  hasEmail: boolean;
  hasPhone: boolean;
  activityCount: number;
  /** days since the last activity (or since the lead was created, when there is none) */
  daysSinceActivity: number;
  /** deal value, or null */
  value: number | null;
}

export const SOURCE_BUCKETS = ['referral', 'website', 'event', 'outbound'] as const;
export type SourceBucket = (typeof SOURCE_BUCKETS)[number] | 'other';

/** Free-text sources ("Trade fair", "Empfehlung", "cold call") grouped into a few buckets. */
export function sourceBucket(source: string | null): SourceBucket {
  const s = (source ?? '').toLowerCase();
  if (!s) return 'other';
  if (/referr|recommend|empfehl|recomend|parrain|word of mouth|partner/.test(s)) return 'referral';
  if (/web|site|seo|inbound|form|google|organic|ads?\b|linkedin|social/.test(s)) return 'website';
  if (/event|fair|messe|salon|expo|conference|trade ?show|meetup|webinar/.test(s)) return 'event';
  if (/cold|outbound|list|purchas|scrap|prospect/.test(s)) return 'outbound';
  return 'other';
}

export const FEATURE_NAMES = [
  'priority',
  'has_company',
  'has_email',
  'has_phone',
  'activities',
  'recency',
  'source_referral',
  'source_website',
  'source_event',
  'source_outbound',
  'value',
] as const;

/** Numeric feature vector in FEATURE_NAMES order (unscaled). */
export function featureVector(facts: LeadFacts): number[] {
  const bucket = sourceBucket(facts.source);
  return [
    facts.priority === 'high' ? 1 : facts.priority === 'low' ? -1 : 0,
    facts.hasCompany ? 1 : 0,
    facts.hasEmail ? 1 : 0,
    facts.hasPhone ? 1 : 0,
    Math.log1p(Math.max(0, facts.activityCount)),
    Math.log1p(Math.min(365, Math.max(0, facts.daysSinceActivity))),
    bucket === 'referral' ? 1 : 0,
    bucket === 'website' ? 1 : 0,
    bucket === 'event' ? 1 : 0,
    bucket === 'outbound' ? 1 : 0,
    Math.log1p(Math.max(0, facts.value ?? 0) / 1000),
  ];
}

/** A person-readable sentence for one feature's contribution. */
export function describe(feature: string, facts: LeadFacts, effect: number): string {
  const dir = effect >= 0 ? 'raises' : 'lowers';
  switch (feature) {
    case 'priority':
      return `${facts.priority} priority ${dir} the score`;
    case 'has_company':
      return facts.hasCompany ? `a known company ${dir} the score` : `no company on record ${dir} the score`;
    case 'has_email':
      return facts.hasEmail ? `an e-mail address ${dir} the score` : `no e-mail address ${dir} the score`;
    case 'has_phone':
      return facts.hasPhone ? `a phone number ${dir} the score` : `no phone number ${dir} the score`;
    case 'activities':
      return `${facts.activityCount} recorded ${facts.activityCount === 1 ? 'activity' : 'activities'} ${dir} the score`;
    case 'recency':
      return `last touch ${Math.round(facts.daysSinceActivity)} days ago ${dir} the score`;
    case 'value':
      return facts.value ? `deal value ${facts.value} ${dir} the score` : `no deal value ${dir} the score`;
    default:
      if (feature.startsWith('source_')) return `source "${facts.source ?? 'unknown'}" (${feature.slice(7)}) ${dir} the score`;
      return `${feature} ${dir} the score`;
  }
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

export function reason(factor: string, effect: number, text: string): ScoreReason {
  return { factor, effect: Math.round(effect * 100) / 100, text };
}
