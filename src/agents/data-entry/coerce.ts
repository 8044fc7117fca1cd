import { foldText } from '../email-sorter/tokenize';
import type { FieldSpec } from './target.types';

export type Coerced = { ok: true; value: string | number | boolean; confidence: number } | { ok: false; reason: string };

const EMAIL_RE = /^[\w.!#$%&'*+/=?^`{|}~-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/i;

/** "1.234,56 €" → 1234.56, "$1,234.56" → 1234.56, "12k" → 12000; ambiguity lowers confidence. */
export function parseNumber(raw: string): { value: number; confidence: number } | null {
  let s = raw.trim().replace(/^\((.*)\)$/, '-$1');
  const thousandsSuffix = /\s*k$/i.test(s) ? 1000 : /\s*(m|mio)$/i.test(s) ? 1_000_000 : 1;
  s = s.replace(/\s*(k|m|mio)$/i, '').replace(/[€$£¥]|\b(eur|usd|gbp|chf)\b|[\s\u00a0']/gi, '');
  if (!/^[-+]?[\d.,]+$/.test(s) || !/\d/.test(s)) return null;
  let confidence = 0.95;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    s = s.split(decimal === '.' ? ',' : '.').join('').replace(',', '.');
  } else if (lastComma >= 0 || lastDot >= 0) {
    const sep = lastComma >= 0 ? ',' : '.';
    const parts = s.split(sep);
    const groupedThousands = parts.length > 1 && parts.slice(1).every((p) => p.length === 3) && parts[0].replace(/^[-+]/, '').length <= 3;
    if (parts.length > 2 || groupedThousands) {
      // "1.234" or "1,234": a thousands separator more often than a 3-decimal number.
      s = parts.join('');
      if (parts.length === 2) confidence = 0.7;
    } else {
      s = parts.join('.');
    }
  }
  const value = Number(s) * thousandsSuffix;
  return Number.isFinite(value) ? { value, confidence } : null;
}

export function normalizeEmail(raw: string): string | null {
  const s = raw
    .trim()
    .replace(/^mailto:/i, '')
    .replace(/^<|>$/g, '')
    .replace(/\s*[[(]\s*at\s*[\])]\s*|\s+at\s+/gi, '@')
    .replace(/\s*[[(]\s*dot\s*[\])]\s*|\s+dot\s+/gi, '.')
    .toLowerCase();
  return EMAIL_RE.test(s) ? s : null;
}

/** "+49 (0)30 123-456" → "+4930123456"; "0049…" → "+49…"; national numbers keep their digits. */
export function normalizePhone(raw: string): string | null {
  let s = raw.trim().replace(/\(0\)/g, '').replace(/\s*(ext\.?|x|durchwahl)\s*\d+$/i, '');
  if (!/^[+\d(][\d\s()./-]*$/.test(s)) return null;
  const international = s.startsWith('+') || s.startsWith('00');
  const digits = s.replace(/\D/g, '').replace(/^00/, '');
  if (digits.length < 6 || digits.length > 15) return null;
  s = international ? `+${digits}` : digits;
  return s;
}

const BOOLEAN_WORDS: Record<string, boolean> = {
  true: true, yes: true, y: true, ja: true, oui: true, si: true, x: true, '1': true,
  false: false, no: false, n: false, nein: false, non: false, '0': false, '': false,
};

const ENUM_SYNONYMS: Record<string, string[]> = {
  high: ['hoch', 'alta', 'alto', 'haute', 'elevee', 'urgent', 'dringend', 'h'],
  medium: ['mittel', 'media', 'medio', 'moyenne', 'normal', 'med', 'm'],
  low: ['niedrig', 'baja', 'bajo', 'basse', 'faible', 'gering', 'l'],
  new: ['neu', 'nuevo', 'nouveau', 'nouvelle', 'open', 'offen'],
  contacted: ['kontaktiert', 'contactado', 'contacte', 'in contact', 'reached out'],
  qualified: ['qualifiziert', 'cualificado', 'calificado', 'qualifie'],
  proposal: ['angebot', 'propuesta', 'proposition', 'offer', 'quote sent'],
  won: ['gewonnen', 'ganado', 'gagne', 'closed won', 'customer'],
  lost: ['verloren', 'perdido', 'perdu', 'closed lost'],
};

function matchEnum(raw: string, options: string[]): { value: string; confidence: number } | null {
  const folded = foldText(raw.trim());
  const direct = options.find((o) => foldText(o) === folded);
  if (direct) return { value: direct, confidence: 1 };
  for (const option of options) {
    if ((ENUM_SYNONYMS[foldText(option)] ?? []).includes(folded)) return { value: option, confidence: 0.85 };
  }
  const prefix = options.filter((o) => folded.length >= 3 && foldText(o).startsWith(folded));
  return prefix.length === 1 ? { value: prefix[0], confidence: 0.7 } : null;
}

/** Turn a raw cell into the field's type, then check the field's constraints. */
export function coerceValue(raw: string, field: FieldSpec): Coerced {
  const text = raw.trim();
  let value: string | number | boolean = text;
  let confidence = 1;
  switch (field.type) {
    case 'number':
    case 'integer': {
      const n = parseNumber(text);
      if (!n) return { ok: false, reason: `${field.name}: "${text}" is not a number` };
      if (field.type === 'integer' && !Number.isInteger(n.value)) return { ok: false, reason: `${field.name}: "${text}" is not a whole number` };
      value = n.value;
      confidence = n.confidence;
      break;
    }
    case 'email': {
      const email = normalizeEmail(text);
      if (!email) return { ok: false, reason: `${field.name}: "${text}" is not an e-mail address` };
      value = email;
      break;
    }
    case 'phone': {
      const phone = normalizePhone(text);
      if (!phone) return { ok: false, reason: `${field.name}: "${text}" is not a phone number` };
      value = phone;
      confidence = phone.startsWith('+') ? 0.95 : 0.85;
      break;
    }
    case 'boolean': {
      const b = BOOLEAN_WORDS[foldText(text)];
      if (b === undefined) return { ok: false, reason: `${field.name}: "${text}" is not yes/no` };
      value = b;
      break;
    }
    case 'date': {
      const date = parseDate(text);
      if (!date) return { ok: false, reason: `${field.name}: "${text}" is not a date` };
      value = date;
      confidence = 0.9;
      break;
    }
    case 'url':
      if (!/^(https?:\/\/)?[\w-]+(\.[\w-]+)+\S*$/i.test(text)) return { ok: false, reason: `${field.name}: "${text}" is not a URL` };
      value = /^https?:\/\//i.test(text) ? text : `https://${text}`;
      break;
    case 'string':
      value = text.replace(/\s+/g, ' ');
      break;
  }
  if (field.enum && typeof value === 'string') {
    const match = matchEnum(value, field.enum);
    if (!match) return { ok: false, reason: `${field.name}: "${text}" is not one of ${field.enum.join(', ')}` };
    value = match.value;
    confidence = Math.min(confidence, match.confidence);
  }
  const violation = constraintViolation(value, field);
  return violation ? { ok: false, reason: violation } : { ok: true, value, confidence };
}

function constraintViolation(value: string | number | boolean, field: FieldSpec): string | null {
  if (typeof value === 'number') {
    if (field.minimum !== undefined && value < field.minimum) return `${field.name}: ${value} is below ${field.minimum}`;
    if (field.maximum !== undefined && value > field.maximum) return `${field.name}: ${value} is above ${field.maximum}`;
  }
  if (typeof value === 'string') {
    if (field.minLength !== undefined && value.length < field.minLength) return `${field.name}: shorter than ${field.minLength}`;
    if (field.maxLength !== undefined && value.length > field.maxLength) return `${field.name}: longer than ${field.maxLength}`;
    if (field.pattern && !safeRegExp(field.pattern)?.test(value)) return `${field.name}: "${value}" does not match ${field.pattern}`;
  }
  return null;
}

function safeRegExp(pattern: string): RegExp | null {
  try {
    return new RegExp(pattern, 'u');
  } catch {
    return null;
  }
}

/** ISO (2024-03-01), European (01.03.2024, 01/03/2024) → "YYYY-MM-DD". */
function parseDate(text: string): string | null {
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(text);
  if (m) return iso(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{2,4})$/.exec(text);
  if (m) {
    const year = m[3].length === 2 ? 2000 + +m[3] : +m[3];
    // Day first unless that is impossible (US 03/25/2024).
    return +m[2] > 12 ? iso(year, +m[1], +m[2]) : iso(year, +m[2], +m[1]);
  }
  return null;
}

function iso(y: number, mo: number, d: number): string | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
