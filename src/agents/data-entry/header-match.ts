import { CONCEPT_SYNONYMS, normalizeHeader } from './concepts';
import type { FieldSpec } from './target.types';

export interface ColumnMapping {
  /** column index → field name */
  fields: Map<number, string>;
  /** column index → match score 0..1 */
  scores: Map<number, number>;
  /** columns holding first / last name, combined into "name" when the target has one */
  firstName?: number;
  lastName?: number;
}

/** Similarity of a header to a field: exact synonym 1, contained synonym ~0.85, edit distance below. */
export function headerScore(header: string, field: FieldSpec): number {
  const h = normalizeHeader(header);
  if (!h) return 0;
  const candidates = [normalizeHeader(field.name.replace(/([a-z])([A-Z])/g, '$1 $2')), ...field.synonyms.map(normalizeHeader)];
  let best = 0;
  for (const c of candidates) {
    if (!c) continue;
    if (c === h || c.replace(/ /g, '') === h.replace(/ /g, '')) return 1;
    if (c.length >= 4 && (` ${h} `.includes(` ${c} `) || ` ${c} `.includes(` ${h} `))) best = Math.max(best, 0.85);
    const sim = 1 - levenshtein(c, h) / Math.max(c.length, h.length);
    if (sim >= 0.75 && Math.min(c.length, h.length) >= 4) best = Math.max(best, sim * 0.9);
  }
  return best;
}

/** Assign each header to at most one field (greedy by score), ignoring weak matches. */
export function mapHeaders(headers: string[], fields: FieldSpec[], minScore = 0.6): ColumnMapping {
  const pairs: { col: number; field: string; score: number }[] = [];
  headers.forEach((header, col) => {
    for (const f of fields) {
      const score = headerScore(header, f);
      if (score >= minScore) pairs.push({ col, field: f.name, score });
    }
  });
  pairs.sort((a, b) => b.score - a.score);
  const mapping: ColumnMapping = { fields: new Map(), scores: new Map() };
  const used = new Set<string>();
  for (const p of pairs) {
    if (mapping.fields.has(p.col) || used.has(p.field)) continue;
    mapping.fields.set(p.col, p.field);
    mapping.scores.set(p.col, p.score);
    used.add(p.field);
  }
  if (fields.some((f) => f.name === 'name') && !used.has('name')) {
    const first = headers.findIndex((h, i) => !mapping.fields.has(i) && CONCEPT_SYNONYMS.firstName.includes(normalizeHeader(h)));
    const last = headers.findIndex((h, i) => !mapping.fields.has(i) && CONCEPT_SYNONYMS.lastName.includes(normalizeHeader(h)));
    if (first >= 0 || last >= 0) {
      if (first >= 0) mapping.firstName = first;
      if (last >= 0) mapping.lastName = last;
    }
  }
  return mapping;
}

/** Edit distance counting an adjacent transposition ("Compnay") as one edit. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) cur[j] = Math.min(cur[j], before[j - 2] + 1);
    }
    before = prev;
    prev = cur;
  }
  return prev[b.length];
}
