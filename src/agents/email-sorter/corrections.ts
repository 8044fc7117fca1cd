import { EMAIL_CATEGORIES, isEmailCategory, type EmailCategory } from './categories';
import { words } from './tokenize';

export interface EmailCorrection {
  /** subject + body of a mail the organization re-labelled */
  text: string;
  category: string;
}

export interface CorrectionMatch {
  category: EmailCategory;
  similarity: number;
}

export interface CorrectionEvidence {
  /** nearest correction at or above the override threshold, if any */
  override: CorrectionMatch | null;
  /** log-score adjustments from similar corrections and the org's label mix */
  boosts: Partial<Record<EmailCategory, number>>;
  reasons: string[];
}

/** Cosine similarity at which a correction decides the label outright. */
export const OVERRIDE_SIMILARITY = 0.55;
/** Below this a correction is considered unrelated. */
const RELATED_SIMILARITY = 0.2;

/**
 * Per-organization corrections: a near-duplicate of a re-labelled mail gets that label
 * (the same sender's template, the same kind of request), somewhat similar mail is nudged
 * toward it, and categories the organization often corrects to get a small prior boost.
 */
export function correctionEvidence(text: string, corrections: EmailCorrection[] | undefined): CorrectionEvidence {
  const usable = (corrections ?? []).filter((c) => isEmailCategory(c.category) && c.text.trim().length > 0);
  const boosts: Partial<Record<EmailCategory, number>> = {};
  const reasons: string[] = [];
  if (usable.length === 0) return { override: null, boosts, reasons };

  const docs = usable.map((c) => termSet(c.text));
  const idf = inverseDocumentFrequency(docs);
  const query = termSet(text);
  let best: CorrectionMatch | null = null;
  usable.forEach((c, i) => {
    const similarity = cosine(query, docs[i], idf);
    const category = c.category as EmailCategory;
    if (similarity >= RELATED_SIMILARITY) boosts[category] = (boosts[category] ?? 0) + 4 * similarity;
    if (!best || similarity > best.similarity) best = { category, similarity };
  });

  const counts = new Map<EmailCategory, number>();
  for (const c of usable) counts.set(c.category as EmailCategory, (counts.get(c.category as EmailCategory) ?? 0) + 1);
  for (const category of EMAIL_CATEGORIES) {
    const n = counts.get(category) ?? 0;
    if (n > 0) boosts[category] = (boosts[category] ?? 0) + 0.25 * Math.log1p(n);
  }

  const nearest = best as CorrectionMatch | null;
  if (nearest && nearest.similarity >= RELATED_SIMILARITY) {
    reasons.push(`correction:similar(${nearest.similarity.toFixed(2)})→${nearest.category}`);
  }
  const override = nearest && nearest.similarity >= OVERRIDE_SIMILARITY ? nearest : null;
  return { override, boosts, reasons };
}

function termSet(text: string): Set<string> {
  return new Set(words(text).filter((w) => w.length > 2));
}

function inverseDocumentFrequency(docs: Set<string>[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const d of docs) for (const t of d) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [t, n] of df) idf.set(t, Math.log(1 + (docs.length + 1) / n));
  return idf;
}

/** Cosine over binary term vectors weighted by idf (unseen terms weigh as rare ones). */
function cosine(a: Set<string>, b: Set<string>, idf: Map<string, number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const fallback = Math.log(1 + (idf.size + 1));
  const weight = (t: string) => idf.get(t) ?? fallback;
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const t of a) {
    const w = weight(t) ** 2;
    na += w;
    if (b.has(t)) dot += w;
  }
  for (const t of b) nb += weight(t) ** 2;
  return dot / Math.sqrt(na * nb);
}
