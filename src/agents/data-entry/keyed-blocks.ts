import { foldText } from '../email-sorter/tokenize';
import { conceptsForFieldName } from './concepts';
import type { FieldSpec } from './target.types';

/** A raw record as the free-text readers build it (free-text.ts). */
type Raw = Record<string, { raw: string; confidence: number; others?: string[] }>;

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/i;
/** "30-11-2026", "28.11.2026", "2026-11-30", "5/12/26" */
const NUMERIC_DATE = /(?<![\d.\/-])(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2}))(?![\d.\/-]*\d)/g;
/** "Hoogwerker 12 m × 1", "Steiger 6 m x 2": how many, after the thing */
const TIMES_COUNT = /\s+[×x]\s*(\d{1,5})\s*$/i;

/**
 * A record's text says more than its "Key: value" lines give; for the fields still empty:
 * - an e-mail address written inside another value ("Klant: Kroes B.V. (planning@kroes.example)")
 *   is that field's e-mail (the e-mail field named after it, else the only e-mail field), and the
 *   value keeps the rest;
 * - a field with a pattern takes the one text in the record that matches it ("Boeking VH-2026-481"
 *   for `^VH-\d{4}-\d{3}$`);
 * - two date fields side by side in the schema take a line's two dates in order ("Periode:
 *   30-11-2026 t/m 04-12-2026" for van/tot);
 * - a count after the thing ("Steiger 6 m × 2") is the quantity field's.
 * Nothing is taken when the text allows two readings.
 */
export function fillFromText(record: Raw, text: string, fields: FieldSpec[]): void {
  const empty = (field: FieldSpec) => !record[field.name] || record[field.name].raw.trim() === '';
  emailsInsideValues(record, fields, empty);
  for (const field of fields) {
    if (!empty(field) || !field.pattern || field.type !== 'string') continue;
    const found = patternMatches(field.pattern, text);
    if (found.length === 1) record[field.name] = { raw: found[0], confidence: 0.6 };
  }
  dateRanges(record, text, fields, empty);
  const quantity = fields.find((f) => (f.type === 'integer' || f.type === 'number') && empty(f) && conceptsForFieldName(f.name).includes('quantity'));
  if (quantity) {
    const counted = Object.entries(record).filter(([name, cell]) => name !== quantity.name && TIMES_COUNT.test(cell.raw));
    if (counted.length === 1) {
      const [name, cell] = counted[0];
      record[quantity.name] = { raw: TIMES_COUNT.exec(cell.raw)![1], confidence: 0.6 };
      record[name] = { ...cell, raw: cell.raw.replace(TIMES_COUNT, '') };
    }
  }
}

function emailsInsideValues(record: Raw, fields: FieldSpec[], empty: (field: FieldSpec) => boolean): void {
  const emailFields = fields.filter((f) => f.type === 'email');
  for (const field of fields) {
    const cell = record[field.name];
    if (field.type === 'email' || !cell) continue;
    const email = EMAIL.exec(cell.raw);
    if (!email) continue;
    const rest = cell.raw
      .replace(new RegExp(`\\s*[(<\\[]?\\s*(?:mailto:)?${escapeRegExp(email[0])}\\s*[)>\\]]?`), '')
      .replace(/\s*[–—|,;-]\s*$/, '')
      .trim();
    const own = emailFields.filter((f) => empty(f) && foldText(f.name).startsWith(foldText(field.name)));
    const target = own.length === 1 ? own[0] : emailFields.length === 1 && empty(emailFields[0]) ? emailFields[0] : null;
    if (!target || !/\p{L}/u.test(rest)) continue;
    record[target.name] = { raw: email[0], confidence: 0.7 };
    record[field.name] = { ...cell, raw: rest };
  }
}

/** The distinct texts matching a whole-value pattern ("^VH-\d{4}-\d{3}$") inside a longer text. */
export function patternMatches(pattern: string, text: string): string[] {
  const inner = /^\^(.+)\$$/.exec(pattern)?.[1];
  // a pattern of digits or letters alone would match any number or word of the text
  // (letters and digits in a set order, "[A-Z]{3} [0-9]{3}", are specific enough too)
  if (!inner) return [];
  const mixed = /\[(?:A-Z|a-z|A-Za-z)[^\]]*\]|\\p\{L/.test(inner) && /\[0-9\]|\\d/.test(inner);
  if ((!mixed && !/[A-Za-z\u00C0-\uFFFF]{2}|[-/#]/.test(inner.replace(/\\[a-zA-Z]|\[[^\]]*\]|\{[^}]*\}/g, '')))) return [];
  let re: RegExp;
  try {
    re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${inner})(?![\\p{L}\\p{N}])`, 'gu');
  } catch {
    return [];
  }
  return [...new Set([...text.matchAll(re)].map((m) => m[0]))];
}

function dateRanges(record: Raw, text: string, fields: FieldSpec[], empty: (field: FieldSpec) => boolean): void {
  for (let i = 0; i + 1 < fields.length; i++) {
    const [from, to] = [fields[i], fields[i + 1]];
    if (from.type !== 'date' || to.type !== 'date' || !empty(from) || !empty(to)) continue;
    const ranges = text.split('\n').map((line) => line.match(NUMERIC_DATE) ?? []).filter((dates) => dates.length === 2);
    if (ranges.length !== 1) return;
    record[from.name] = { raw: ranges[0][0], confidence: 0.6 };
    record[to.name] = { raw: ranges[0][1], confidence: 0.6 };
    return;
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const RULE_LINE = /^\s*(?:-{3,}|_{3,}|\*{3,}|={3,}|[─━═]{3,})\s*$/;

/**
 * Records written as blocks of "Key: value" lines between ruling or blank lines (a booking
 * system's digest, a form's submissions one under the other): the blocks with two keyed lines
 * or more, each with its other lines ("Boeking VH-2026-481" above its keys). Null unless there
 * are two such blocks.
 */
export function keyedBlocks(text: string, keyed: (line: string) => boolean): string[] | null {
  const blocks: string[][] = [[]];
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.trim() === '' || RULE_LINE.test(line)) {
      if (blocks[blocks.length - 1].length) blocks.push([]);
    } else blocks[blocks.length - 1].push(line);
  }
  const records = blocks.filter((lines) => lines.filter(keyed).length >= 2);
  return records.length >= 2 ? records.map((lines) => lines.join('\n')) : null;
}
