import { ADDRESS_PART_SYNONYMS, CONCEPT_SYNONYMS, NOTES_HEADINGS, normalizeHeader, personFieldOf } from './concepts';
import type { FieldSpec } from './target.types';

export interface ColumnMapping {
  /** column index → field name */
  fields: Map<number, string>;
  /** column index → match score 0..1 */
  scores: Map<number, number>;
  /** columns holding first / last name, combined into "name" when the target has one */
  firstName?: number;
  lastName?: number;
  /** the field they are joined into */
  nameField?: string;
  /** field → further columns that also mean it ("Phone", "Mobile"): read, left to right, when its own column is empty */
  alternates: Map<string, number[]>;
  /** an address exported in columns of its own (street, postcode, city, country): joined into the address */
  addressParts?: Partial<Record<keyof typeof ADDRESS_PART_SYNONYMS, number>>;
  /** a notes column, read for a value said in words when no column holds the value ("Budget ca. 25.000 €") */
  valueNotes?: number;
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

/** Scores already worked out, per field and heading: the table finder tries the same cells in several layouts and rows. */
const scoreCache = new WeakMap<FieldSpec, Map<string, number>>();

function scoreNormalized(header: string, h: string, field: FieldSpec): number {
  // a value, not a heading: long text, an address, a number (data rows are tried as headers too);
  // a form's question or statement may be long ("¿Cuál es tu correo electrónico profesional?", "He leído y acepto la política de privacidad")
  const long = /[?？¿]/.test(header) || (!/\d/.test(header) && !/[.!]\s*$/.test(header));
  if (!h || h.length > (long ? 120 : 40) || header.includes('@') || !/\p{L}/u.test(h)) return 0;
  let cache = scoreCache.get(field);
  if (!cache) scoreCache.set(field, (cache = new Map()));
  const key = /\.\s*$/.test(header) ? `${h}.` : h;
  let score = cache.get(key);
  if (score === undefined) {
    score = computeScore(header, h, field);
    if (cache.size > 20_000) cache.clear();
    cache.set(key, score);
  }
  return score;
}

/** A field's names indexed for lookup: exact texts, every run of whole words of a name, names by length. */
interface NameIndex {
  exact: Set<string>;
  /** a name's runs of whole words ("deal value" in "est deal value") → for the heading contained in a longer name */
  runs: Set<string>;
  /** length → names of that length (the edit distance only compares names of about the heading's length) */
  byLength: Map<number, string[]>;
  compacts: string[];
}

const nameIndexes = new WeakMap<FieldSpec, NameIndex>();

function indexOf(field: FieldSpec): NameIndex {
  let index = nameIndexes.get(field);
  if (!index) {
    index = { exact: new Set(), runs: new Set(), byLength: new Map(), compacts: [] };
    for (const c of namesOf(field)) {
      index.exact.add(c.text);
      index.exact.add(c.compact);
      index.compacts.push(c.compact);
      const words = c.text.split(' ');
      for (let i = 0; i < words.length; i++) for (let j = i + 1; j <= words.length; j++) index.runs.add(words.slice(i, j).join(' '));
      index.byLength.set(c.text.length, [...(index.byLength.get(c.text.length) ?? []), c.text]);
    }
    nameIndexes.set(field, index);
  }
  return index;
}

function computeScore(header: string, h: string, field: FieldSpec): number {
  const index = indexOf(field);
  const compact = h.replace(/ /g, '');
  if (index.exact.has(h) || index.exact.has(compact)) return 1;
  const headingWords = h.split(' ');
  const words = headingWords.length;
  let best = 0;
  // a name as whole words of a longer heading ("Variant SKU", "Persoon - E-mail", "Telefon komórkowy");
  // the longer name is the more telling ("Est. Deal Value" over "Annual Revenue")
  for (let i = 0; i < words; i++) {
    for (let j = i + 1; j <= words; j++) {
      const run = headingWords.slice(i, j).join(' ');
      if (run.length >= 2 && index.exact.has(run)) best = Math.max(best, (run.length >= 4 || words <= 3 ? 0.85 : 0.7) + Math.min(run.length, 20) / 1000);
    }
  }
  // the heading as whole words of a longer name ("Deal" for "deal value")
  if (h.length >= 4 && index.runs.has(h)) best = Math.max(best, 0.8);
  // "Immat." for "immatriculation", "Cant." for "cantidad": an abbreviation cut short
  if (/\.\s*$/.test(header) && h.length >= 3 && words === 1 && index.compacts.some((c) => c.startsWith(h))) best = Math.max(best, 0.75);
  // a typo ("Compnay"): the edit distance to names that start alike and whose length allows 75 % similarity
  if (best < 0.9 && h.length >= 4) {
    for (let length = Math.ceil(h.length / 1.25); length <= Math.floor(h.length * 1.25); length++) {
      for (const name of index.byLength.get(length) ?? []) {
        // (a typo keeps the word's first letter: "Compnay", "Telefn")
        if (name[0] !== h[0] || Math.min(name.length, h.length) < 4 || Math.abs(name.length - h.length) > 0.25 * Math.max(name.length, h.length)) continue;
        const sim = 1 - levenshtein(name, h) / Math.max(name.length, h.length);
        if (sim >= 0.75) best = Math.max(best, sim * 0.9);
      }
    }
  }
  // a telling word of the field's own name in the heading: "Which session?" for sessionDate, "ticket" for ticketId
  if (best < 0.7 && fieldWords(field).some((w) => h.split(' ').some((hw) => hw === w || (w.length >= 5 && hw.length >= 5 && (hw.startsWith(w) || w.startsWith(hw)))))) best = 0.7;
  // "E-mail 1 - Label", "Phone 1 - Type": what kind of address or number, not the address or number;
  // "track_inventory", "is_active": a flag about the field, not its value
  return / (?:label|type|typ|art|tyyppi|typu|tipo)$/.test(` ${h}`) || /^(?:track|manage|is|has|enable|use)\s/.test(h) ? best * 0.5 : best;
}

/**
 * Assign each header to at most one field (greedy by score), ignoring weak matches. First- and
 * last-name columns make the name of a target that has one (a "First Name" heading is no name).
 */
export function mapHeaders(headers: string[], fields: FieldSpec[], minScore = 0.6): ColumnMapping {
  const nameField = personFieldOf(fields)?.name;
  const wantsName = nameField !== undefined;
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
  if (fields.some((f) => f.name === 'address')) addressColumns(normalized, mapping);
  if (fields.some((f) => f.name === 'value' && f.type === 'number') && ![...mapping.fields.values()].includes('value')) {
    const notes = normalized.findIndex((h, col) => !mapping.fields.has(col) && NOTES_HEADINGS.includes(h));
    if (notes >= 0) mapping.valueNotes = notes;
  }
  if (first >= 0 || last >= 0) {
    const nameCol = [...mapping.fields].find(([, field]) => field === nameField)?.[0];
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
      mapping.nameField = nameField;
    }
  }
  return mapping;
}

/**
 * Street, postcode, city and country in columns of their own (Salesforce "MailingStreet |
 * MailingCity | MailingPostalCode", Outlook "Gade (arbejde) | Postnummer | By"): with a postcode or
 * a city among them they make the address, and a column taken for the address is its street.
 */
const ADDRESS_PARTS = (Object.entries(ADDRESS_PART_SYNONYMS) as [keyof typeof ADDRESS_PART_SYNONYMS, string[]][]).map(
  ([part, names]) => [part, names.map((name) => name.replace(/ /g, ''))] as const,
);

function addressColumns(normalized: string[], mapping: ColumnMapping): void {
  const parts: NonNullable<ColumnMapping['addressParts']> = {};
  const addressCol = [...mapping.fields].find(([, field]) => field === 'address')?.[0];
  normalized.forEach((h, col) => {
    const taken = mapping.fields.get(col);
    if (taken && taken !== 'address') return;
    // ("Business Street", "Gade (arbejde)": the part with the kind of address beside it)
    // ("MAILINGSTREET" is "mailing street" written together: headings compared without their spaces)
    const bare = h.replace(/\s(?:arbejde|privat|work|home|business|geschaftlich|travail|domicile)$/, '').replace(/ /g, '');
    for (const [part, names] of ADDRESS_PARTS) {
      if (parts[part] === undefined && names.includes(bare)) {
        parts[part] = col;
        break;
      }
    }
  });
  if (parts.postcode === undefined && parts.city === undefined) return;
  if (parts.street === undefined && addressCol !== undefined) parts.street = addressCol;
  if (addressCol !== undefined) mapping.fields.delete(addressCol);
  mapping.addressParts = parts;
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
