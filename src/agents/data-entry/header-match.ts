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
  /** field → further columns that also mean it ("Phone", "Mobile"): read, left to right, when its own column is empty */
  alternates: Map<string, number[]>;
}

/** A bare "Name" column: beside a first-name column it is the surname ("Prénom | Nom"), beside a surname the first name ("Nome | Cognome"). */
const BARE_NAME = new Set(['name', 'nom', 'nome', 'nombre', 'naam', 'namn', 'navn', 'nimi', 'nume']);

interface Name {
  text: string;
  compact: string;
  padded: string;
}

const normalizedNames = new WeakMap<FieldSpec, Name[]>();

/** A field's name and synonyms as headings are compared (normalized once per field). */
function namesOf(field: FieldSpec): Name[] {
  let names = normalizedNames.get(field);
  if (!names) {
    names = [normalizeHeader(field.name.replace(/([a-z])([A-Z])/g, '$1 $2')), ...field.synonyms.map(normalizeHeader)]
      .filter(Boolean)
      .map((text) => ({ text, compact: text.replace(/ /g, ''), padded: ` ${text} ` }));
    normalizedNames.set(field, names);
  }
  return names;
}

/** Words of a field's name that tell it apart ("sessionDate" → session; "unitPrice" → price), five letters or more. */
const GENERIC_WORDS = new Set(['number', 'total', 'amount', 'value', 'first', 'other', 'field', 'string', 'email', 'phone']);
const fieldWordCache = new WeakMap<FieldSpec, string[]>();
function fieldWords(field: FieldSpec): string[] {
  let words = fieldWordCache.get(field);
  if (!words) {
    words = normalizeHeader(field.name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]/g, ' '))
      .split(' ')
      .filter((w) => w.length >= 5 && !GENERIC_WORDS.has(w));
    fieldWordCache.set(field, words);
  }
  return words;
}

/** Similarity of a header to a field: exact synonym 1, contained synonym ~0.85, edit distance below. */
export function headerScore(header: string, field: FieldSpec): number {
  return scoreNormalized(header, normalizeHeader(header), field);
}

function scoreNormalized(header: string, h: string, field: FieldSpec): number {
  // a value, not a heading: long text, an address, a number (data rows are tried as headers too)
  if (!h || h.length > 40 || header.includes('@') || !/\p{L}/u.test(h)) return 0;
  const compact = h.replace(/ /g, '');
  const padded = ` ${h} `;
  const words = h.split(' ').length;
  let best = 0;
  // "Immat." for "immatriculation", "Cant." for "cantidad": an abbreviation cut short
  const abbreviation = /\.\s*$/.test(header) && h.length >= 3 && words === 1 ? h : null;
  for (const c of namesOf(field)) {
    if (c.text === h || c.compact === compact) return 1;
    // the synonym as whole words of a longer heading ("Variant SKU", "Persoon - E-mail", "Telefon komórkowy")
    // (the longer synonym is the more telling: "Est. Deal Value" over "Annual Revenue")
    if (c.text.length >= 2 && padded.includes(c.padded)) best = Math.max(best, (c.text.length >= 4 || words <= 3 ? 0.85 : 0.7) + Math.min(c.text.length, 20) / 1000);
    if (c.text.length >= 4 && h.length >= 4 && c.padded.includes(padded)) best = Math.max(best, 0.8);
    if (abbreviation && c.compact.startsWith(abbreviation)) best = Math.max(best, 0.75);
    // a typo ("Compnay"): only worth the edit distance when the lengths allow 75 % similarity
    if (Math.min(c.text.length, h.length) < 4 || Math.abs(c.text.length - h.length) > 0.25 * Math.max(c.text.length, h.length) || best >= 0.9) continue;
    const sim = 1 - levenshtein(c.text, h) / Math.max(c.text.length, h.length);
    if (sim >= 0.75) best = Math.max(best, sim * 0.9);
  }
  // a telling word of the field's own name in the heading: "Which session?" for sessionDate, "ticket" for ticketId
  if (best < 0.7 && fieldWords(field).some((w) => h.split(' ').some((hw) => hw === w || (w.length >= 5 && hw.length >= 5 && (hw.startsWith(w) || w.startsWith(hw)))))) best = 0.7;
  // "E-mail 1 - Label", "Phone 1 - Type": what kind of address or number, not the address or number
  return / (?:label|type|typ|art|tyyppi|typu|tipo)$/.test(padded.trimEnd()) ? best * 0.5 : best;
}

/**
 * Assign each header to at most one field (greedy by score), ignoring weak matches. First- and
 * last-name columns make the name of a target that has one (a "First Name" heading is no name).
 */
export function mapHeaders(headers: string[], fields: FieldSpec[], minScore = 0.6): ColumnMapping {
  const wantsName = fields.some((f) => f.name === 'name' && f.synonyms.includes('full name'));
  const normalized = headers.map(normalizeHeader);
  const exactly = (concept: string) => normalized.findIndex((h) => CONCEPT_SYNONYMS[concept].includes(h));
  let first = wantsName ? exactly('firstName') : -1;
  let last = wantsName ? exactly('lastName') : -1;
  const pairs: { col: number; field: string; score: number }[] = [];
  headers.forEach((header, col) => {
    if (col === first || col === last) return;
    for (const f of fields) {
      const score = scoreNormalized(header, normalized[col], f);
      if (score >= minScore) pairs.push({ col, field: f.name, score });
    }
  });
  pairs.sort((a, b) => b.score - a.score || a.col - b.col);
  const mapping: ColumnMapping = { fields: new Map(), scores: new Map(), alternates: new Map() };
  const used = new Set<string>();
  for (const p of pairs) {
    if (mapping.fields.has(p.col) || used.has(p.field)) continue;
    mapping.fields.set(p.col, p.field);
    mapping.scores.set(p.col, p.score);
    used.add(p.field);
  }
  for (const p of [...pairs].sort((a, b) => a.col - b.col)) {
    if (mapping.fields.has(p.col)) continue;
    mapping.alternates.set(p.field, [...(mapping.alternates.get(p.field) ?? []), p.col]);
  }
  if (first >= 0 || last >= 0) {
    const nameCol = [...mapping.fields].find(([, field]) => field === 'name')?.[0];
    // "Prénom | Nom", "Nome | Cognome": the bare name column is the other half
    if (nameCol !== undefined && BARE_NAME.has(normalized[nameCol]) && (first < 0 || last < 0)) {
      if (first < 0) first = nameCol;
      else last = nameCol;
    }
    // first and last name outrank a column only like a name ("Contact owner")
    const looseName = nameCol !== undefined && first >= 0 && last >= 0 && (mapping.scores.get(nameCol) ?? 0) < 0.95;
    if (looseName) mapping.scores.delete(nameCol);
    if (nameCol === undefined || nameCol === first || nameCol === last || looseName) {
      if (nameCol !== undefined) mapping.fields.delete(nameCol);
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
