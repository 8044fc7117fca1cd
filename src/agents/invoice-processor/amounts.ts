/**
 * Amount parsing and exact decimal arithmetic. Amounts travel as decimal strings
 * ("1234.56"); arithmetic uses scaled BigInts so 0.1 + 0.2 is exactly 0.3.
 */

import { CURRENCY_AFTER, CURRENCY_BEFORE } from './currency';

export type DecimalSeparator = ',' | '.';

const GROUP_SPACES = /[\u00a0\u202f\u2009 ]/;

/**
 * Parses one amount token: `1.234,56`, `1,234.56`, `1 234,56`, `1'234.56`, `-12.00`,
 * `(12.00)`, `12.00-`, `€ 1.234,56`, `1234.56 EUR`. Returns a plain decimal string or null.
 * `decimalHint` resolves a lone separator followed by exactly three digits ("1.234").
 */
export function parseAmount(raw: string, decimalHint?: DecimalSeparator): string | null {
  let s = raw.trim().replace(/[−–]/g, '-');
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
  }
  s = s.replace(/^[^\d\-+(]+/, '').replace(/[^\d)\-]+$/, '');
  if (s.startsWith('-')) {
    negative = true;
    s = s.slice(1);
  } else if (s.endsWith('-')) {
    negative = true;
    s = s.slice(0, -1);
  }
  s = s.replace(/^\+/, '').trim();
  // thousands groups separated by apostrophes or (narrow) spaces
  s = s.replace(/(\d)['’](?=\d{3}\b)/g, '$1');
  s = s.replace(new RegExp(`(\\d)${GROUP_SPACES.source}(?=\\d{3}(?!\\d))`, 'g'), '$1');
  if (!/^\d[\d.,]*$/.test(s) || /[.,]$/.test(s)) return null;
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  let intPart: string;
  let fracPart = '';
  if (dots && commas) {
    const decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    if ((s.match(decimal === '.' ? /\./g : /,/g) ?? []).length > 1) return null;
    const [i, f] = s.split(decimal);
    if (!validGroups(i, group)) return null;
    intPart = i.split(group).join('');
    fracPart = f;
  } else if (dots + commas === 0) {
    intPart = s;
  } else {
    const sep = dots ? '.' : ',';
    const parts = s.split(sep);
    if (parts.length > 2) {
      if (!validGroups(s, sep)) return null;
      intPart = parts.join('');
    } else {
      const [i, f] = parts;
      const looksGrouped = f.length === 3 && i.length <= 3 && i !== '0';
      // "4.23750" where the decimal mark is a comma: a thousands group and cents whose comma OCR lost
      const lostDecimalMark = decimalHint !== undefined && decimalHint !== sep && f.length === 5 && i.length <= 3 && i !== '0';
      if (lostDecimalMark) {
        intPart = i + f.slice(0, 3);
        fracPart = f.slice(3);
      } else if (looksGrouped && decimalHint !== sep) {
        intPart = i + f;
      } else {
        intPart = i;
        fracPart = f;
      }
    }
  }
  if (!intPart) intPart = '0';
  intPart = intPart.replace(/^0+(?=\d)/, '');
  const value = fracPart ? `${intPart}.${fracPart}` : intPart;
  return negative && !/^0(\.0+)?$/.test(value) ? `-${value}` : value;
}

function validGroups(s: string, group: string): boolean {
  // Indian grouping: lakh and crore ("2,57,204")
  if (group === ',' && /^\d{1,2}(?:,\d{2})+,\d{3}$/.test(s)) return true;
  const parts = s.split(group);
  return parts.length === 1 || (parts[0].length >= 1 && parts[0].length <= 3 && parts.slice(1).every((p) => p.length === 3));
}

export interface AmountMatch {
  value: string;
  raw: string;
  index: number;
  end: number;
  /** has two decimal places, the usual shape of money */
  money: boolean;
}

// A number that is not part of a longer word/number, optionally grouped (also as "2,57,204"), optionally signed;
// five or six decimals after a currency or below one ("€ 0,24350" per kWh)
const AMOUNT_TOKEN =
  /(?<![\p{L}\d.,/-])(?:\(\s*)?-?\s?(?:\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:(?:[.,'’]|[\u00a0\u202f\u2009 ](?=\d{3}(?!\d)))\d{3})+|\d+)(?:[.,]\d{1,4}|[.,]\d{5}(?=\s?(?:[€$£]|EUR|USD|GBP|CHF))|(?<=(?<![\d.,'’])0)[.,]\d{5,6})?(?:\s*\))?-?(?!(?![円元圓원])[\p{L}\d]|[.,/]\d|\s?%)/gu;

/** All amount-like tokens of a line, left to right (percentages and dates excluded). */
export function findAmounts(line: string, decimalHint?: DecimalSeparator): AmountMatch[] {
  const masked = maskNonAmounts(line);
  const out: AmountMatch[] = [];
  for (const m of masked.matchAll(AMOUNT_TOKEN)) {
    const raw = m[0];
    let value = parseAmount(raw, decimalHint);
    if (value === null) continue;
    const before = line.slice(0, m.index ?? 0);
    // "-€ 425,10": the minus before the currency sign; "¥107,743-": a dash after yen is no minus (it closes the sum)
    if (!value.startsWith('-') && /(?:^|\s)[-−–]\s?(?:[€$£¥₹]|[A-Z]{1,3}\$|[A-Z]{3})\s?$/.test(before)) value = `-${value}`;
    else if (value.startsWith('-') && /[-−–]\s*$/.test(raw) && /[¥￥]\s?$/.test(before)) value = value.slice(1);
    // "4.23750" before a currency: cents whose decimal mark OCR dropped (parseAmount restores it)
    // or a whole amount with its currency beside it ("389 900 Ft", "¥12,000"): currencies without cents
    const end = (m.index ?? 0) + raw.length;
    const money =
      /[.,]\d{2}(?!\d)\s*\)?-?$/.test(raw.trim()) ||
      /^\d{1,3}[.,]\d{5}$/.test(raw.trim()) ||
      (/\d$/.test(raw.trim()) && (CURRENCY_AFTER.test(line.slice(end)) || CURRENCY_BEFORE.test(before))) ||
      // a whole sum grouped by commas where no decimals are written ("29,900" on a yen invoice)
      (decimalHint === undefined && /^\d{1,3}(?:,\d{3})+$/.test(raw.trim()));
    out.push({ value, raw, index: m.index ?? 0, end, money });
  }
  return out;
}

/** Blanks out dates, times, IBAN-like and phone-like runs so their digits are not read as money. */
function maskNonAmounts(line: string): string {
  const blank = (m: string): string => ' '.repeat(m.length);
  return line
    .replace(/\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b/g, blank)
    .replace(/\b\d{1,2}:\d{2}(:\d{2})?\b/g, blank)
    .replace(/\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,8}(?: ?[A-Z0-9]{1,4})?\b/g, blank)
    .replace(/\+\d[\d ()/-]{7,}\d/g, blank);
}

/** Which decimal separator a text mostly uses, from money-shaped tokens ("12,50" vs "12.50"). */
export function detectDecimalSeparator(text: string): DecimalSeparator | undefined {
  const comma = (text.match(/\d,\d{2}(?![\d.,])/g) ?? []).length;
  const dot = (text.match(/\d\.\d{2}(?![\d.,])/g) ?? []).length;
  if (comma === dot) return undefined;
  return comma > dot ? ',' : '.';
}

// ---- exact decimal arithmetic -------------------------------------------------------

interface Scaled {
  units: bigint;
  scale: number;
}

function toScaled(value: string): Scaled {
  const negative = value.startsWith('-');
  const [i, f = ''] = value.replace(/^-/, '').split('.');
  const units = BigInt((i || '0') + f);
  return { units: negative ? -units : units, scale: f.length };
}

function align(a: Scaled, scale: number): bigint {
  return a.units * 10n ** BigInt(scale - a.scale);
}

function fromUnits(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const body = scale ? `${digits.slice(0, -scale)}.${digits.slice(-scale)}` : digits;
  return negative ? `-${body}` : body;
}

export function addDecimals(values: string[]): string {
  const scaled = values.map(toScaled);
  const scale = Math.max(0, ...scaled.map((s) => s.scale));
  return fromUnits(scaled.reduce((sum, s) => sum + align(s, scale), 0n), scale);
}

export function subtractDecimals(a: string, b: string): string {
  return addDecimals([a, b.startsWith('-') ? b.slice(1) : `-${b}`]);
}

export function multiplyDecimals(a: string, b: string): string {
  const x = toScaled(a);
  const y = toScaled(b);
  return fromUnits(x.units * y.units, x.scale + y.scale);
}

/** |a - b| <= tolerance (default one cent). */
export function decimalsClose(a: string, b: string, tolerance = '0.01'): boolean {
  const diff = subtractDecimals(a, b).replace(/^-/, '');
  const d = toScaled(diff);
  const t = toScaled(tolerance);
  const scale = Math.max(d.scale, t.scale);
  return align(d, scale) <= align(t, scale);
}

export function compareDecimals(a: string, b: string): number {
  const diff = toScaled(subtractDecimals(a, b)).units;
  return diff === 0n ? 0 : diff < 0n ? -1 : 1;
}

/** Normalises a decimal string from structured data ("+0100.50" → "100.50"). */
export function normaliseDecimal(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const s = String(value).trim();
  if (!/^[-+]?\d*\.?\d+$/.test(s)) return null;
  const negative = s.startsWith('-');
  let body = s.replace(/^[-+]/, '');
  if (body.startsWith('.')) body = `0${body}`;
  body = body.replace(/^0+(?=\d)/, '');
  return negative && !/^0(\.0+)?$/.test(body) ? `-${body}` : body;
}
