import { foldText } from '../email-sorter/tokenize';
import { parseDate as readDate } from '../invoice-processor/dates';
import type { FieldSpec } from './target.types';

/** `unreadable`: the text is not of the field's type or among its values; otherwise a constraint (minimum, pattern…) is broken. */
export type Coerced = { ok: true; value: string | number | boolean; confidence: number } | { ok: false; reason: string; unreadable?: boolean };

const EMAIL_RE = /^[\w.!#$%&'*+/=?^`{|}~-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/i;

/** "12k", "12 tys.", "12 Tsd.", "12 tusen"; "1,2 mio", "1,2 mill.", "1,2 mln". */
const THOUSANDS = /\s*(?:k|tys\.?|tsd\.?|tusen|tuhatta|tuhat|bin)$/i;
const MILLIONS = /\s*(?:m|mio\.?|mill\.?|million(?:s|er)?|miljoner|miljoonaa|mln\.?|milion(?:y|ów)?|milyon)$/i;

/** "1.234,56 €" → 1234.56, "$1,234.56" → 1234.56, "12k" → 12000; ambiguity lowers confidence. */
export function parseNumber(raw: string): { value: number; confidence: number } | null {
  // (a currency written after a multiplier goes first: "1,2 mill. kr", "12 tys. zł")
  let s = raw.trim().replace(/^\((.*)\)$/, '-$1').replace(/(?<=\p{L}\.?)\s*(?:kr\.?|zł|kč|€|eur|sek|nok|dkk|pln|czk)$/iu, '');
  const thousandsSuffix = THOUSANDS.test(s) ? 1000 : MILLIONS.test(s) ? 1_000_000 : 1;
  s = s
    .replace(THOUSANDS, '')
    .replace(MILLIONS, '')
    // a currency sign or code before or after the number ("R$ 15.000,00", "125 000 SEK", "48 500 kr", "12 300 zł")
    .replace(/^(?:[a-z]{1,3}\$|[a-z]{3}|kr\.?)\s*(?=[-+\d(])|(?<=\d)\s*(?:[a-z]{3}|kr\.?|zł|kč|ft|lei|:-|,-)$/gi, '')
    .replace(/[€$£¥]|\b(eur|usd|gbp|chf)\b|[\s\u00a0'’]/gi, '');
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
  if (EMAIL_RE.test(s)) return s;
  // OCR reads "@" as "©" (a business card scan)
  const scanned = s.includes('@') ? s : s.replace('©', '@');
  return EMAIL_RE.test(scanned) ? scanned : null;
}

/** "+49 (0)30 123-456" → "+4930123456"; "0049…" → "+49…"; national numbers keep their digits. */
export function normalizePhone(raw: string): string | null {
  return phoneNumber(raw) ?? phoneNumber(readAsDigits(raw)) ?? firstOfSeveral(raw);
}

function phoneNumber(raw: string): string | null {
  // an extension after the number goes: "x204", "ext. 12", "DW 15", "доб. 215", "poste 31", "wew. 12"
  // (a note in brackets after the number goes too: "+36 62 555 0123 (115-ös mellék)", "(office)")
  let s = raw.trim().replace(/\s*\([^)]*\p{L}[^)]*\)\s*$/u, '').replace(/\(0\)/g, '').replace(/[,;]?\s*(?:ext\.?|x|durchwahl|dw|доб\.?|вн\.?|poste|wew\.?|linka|int\.?)\s*\d+$/iu, '');
  if (!/^[+\d(][\d\s()./-]*$/.test(s)) return null;
  const international = s.startsWith('+') || s.startsWith('00');
  const digits = s.replace(/\D/g, '').replace(/^00/, '');
  if (digits.length < 6 || digits.length > 15) return null;
  s = international ? `+${digits}` : digits;
  return s;
}

/** A scanned number with letters OCR took for digits beside real digits: "O1632 96O 7l4" → "01632 960 714". */
function readAsDigits(raw: string): string {
  return raw.replace(/\((?:O|o)\)/g, '(0)').replace(/[OoIl|](?=\d)|(?<=\d)[OoIl|]/g, (c) => (/[Oo]/.test(c) ? '0' : '1'));
}

/** Several numbers in one value ("+351 253 555 190 / telemóvel 936 555 402", "030 555 12 ou 06 55"): the first. */
function firstOfSeveral(raw: string): string | null {
  const parts = raw.split(/\s+\/\s+|\s*[;|]\s*|,\s+|\s+(?:or|oder|ou|o|of|eller|tai|albo|lub|nebo|vagy|sau|veya)\s+/iu);
  if (parts.length < 2) return null;
  // a label before a number ("telemóvel 936…", "mobil: 0905…") is not part of it
  const first = parts[0].replace(/^[\p{L}.\s]*[:.]?\s*(?=[+\d(])/u, '');
  return phoneNumber(first);
}

const BOOLEAN_WORDS: Record<string, boolean> = {
  true: true, yes: true, y: true, ja: true, oui: true, si: true, x: true, '1': true, sim: true, tak: true, kylla: true, sí: true, 'yes please': true, '✓': true, '✔': true, checked: true, wahr: true, vrai: true, vero: true, verdadero: true,
  false: false, no: false, n: false, nein: false, non: false, '0': false, '': false, nee: false, nej: false, nao: false, nie: false, ei: false, falsch: false, faux: false, falso: false, unchecked: false, '-': false,
  // (as foldText writes them) uk/ru, cs/sk, hu, tr, el, ja, zh, ko, he, ar, id/ms, vi, ro
  так: true, да: true, ano: true, igen: true, evet: true, ναι: true, はい: true, 是: true, 예: true, 네: true, כן: true, نعم: true, ya: true, co: true, da: true,
  ні: false, нет: false, ne: false, nem: false, hayır: false, hayir: false, οχι: false, いいえ: false, 否: false, 아니오: false, 아니요: false, לא: false, لا: false, tidak: false, khong: false, nu: false,
};

const ENUM_SYNONYMS: Record<string, string[]> = {
  high: ['상', 'heiss', 'sehr heiss', 'hot lead', 'hoch', 'alta', 'alto', 'haute', 'elevee', 'urgent', 'dringend', 'h', 'hot', 'hog', 'hoog', 'wysoki', 'wysoka', 'korkea', 'hoj', 'høj', 'høy', 'hoy', 'top', 'a', 'yuksek', 'vysoka', 'vysoky', 'ridicata', 'mare', 'υψηλη', 'magas', '高', 'высокий'],
  medium: ['중', 'mittel', 'media', 'medio', 'moyenne', 'normal', 'med', 'm', 'warm', 'medel', 'gemiddeld', 'normaal', 'sredni', 'srednia', 'średni', 'keskitaso', 'middel', 'middels', 'b', 'orta', 'stredni', 'medie', 'μεσαια', 'kozepes', '中', 'средний'],
  low: ['하', 'niedrig', 'baja', 'bajo', 'basse', 'faible', 'gering', 'l', 'cold', 'kalt', 'lag', 'laag', 'lav', 'bassa', 'basso', 'baixa', 'baixo', 'niski', 'niska', 'matala', 'c', 'dusuk', 'nizka', 'nizky', 'scazuta', 'χαμηλη', 'alacsony', '低', 'низкий'],
  new: ['신규', '新建', '新线索', 'nyinkommen', 'nicht kontaktiert', 'no contactado', 'non contacte', 'niet gecontacteerd', 'nie skontaktowano', 'nowy lead', 'new lead', 'yeni', 'nový', 'novy', 'nou', 'νεο', 'neu', 'nuevo', 'nouveau', 'nouvelle', 'open', 'offen', 'not contacted', 'nieuw', 'ny', 'nytt', 'novo', 'nova', 'nuovo', 'nowy', 'uusi', 'ouvert', 'abierto', 'aperto', 'unworked', 'lead in'],
  contacted: ['attempted to contact', 'connected', 'gebeld', 'ringt', 'oppringt', 'contactada', '연락 완료', '연락함', '已联系', '联系中', 'kontaktiert', 'contactado', 'contacte', 'in contact', 'reached out', 'working', 'gecontacteerd', 'in gesprek', 'kontaktad', 'kontaktet', 'contatado', 'em contato', 'em contacto', 'contattato', 'in contatto', 'w kontakcie', 'skontaktowano', 'contacted', 'erstkontakt', 'in bearbeitung', 'en cours', 'en contacto'],
  qualified: ['open deal', '검증 완료', '已确认', '已验证', 'qualifiziert', 'cualificado', 'calificado', 'qualifie', 'gekwalificeerd', 'kvalificerad', 'kvalifisert', 'qualificado', 'qualificato', 'zakwalifikowany', 'sql', 'mql'],
  proposal: ['negocjacje', 'negociacao', 'negociação', 'onderhandeling', 'forhandling', 'förhandling', 'neuvottelu', 'vyjednavani', '제안서 발송', '제안', '已报价', '报价', 'angebot', 'propuesta', 'proposition', 'offer', 'quote sent', 'quote', 'quotation', 'proposal sent', 'angebot verschickt', 'angebot gesendet', 'offerte', 'offerte verstuurd', 'voorstel', 'voorstel gedaan', 'offert', 'offert skickad', 'tilbud', 'tilbud sendt', 'proposta', 'proposta enviada', 'offerta', 'offerta inviata', 'oferta', 'oferta enviada', 'oferta wyslana', 'oferta wysłana', 'teklif gonderildi', 'teklif', 'nabidka odeslana', 'oferta trimisa', 'devis', 'devis envoye', 'negotiation', 'verhandlung', 'negociacion', 'trattativa'],
  won: ['수주', '成交', '赢单', 'gewonnen', 'ganado', 'gagne', 'closed won', 'customer', 'converted', 'closed converted', 'vunnen', 'vundet', 'ganho', 'vinto', 'wygrany', 'wygrana', 'wygrane', 'voitettu', 'kunde', 'auftrag', 'beauftragt', 'signed', 'unterschrieben'],
  lost: ['nicht konvertiert', 'geschlossen nicht konvertiert', 'non converti', 'no convertido', '실주', '丢单', '输单', 'verloren', 'perdido', 'perdu', 'closed lost', 'not converted', 'closed not converted', 'unqualified', 'forlorad', 'tapt', 'perso', 'przegrany', 'przegrana', 'przegrane', 'havitty', 'abgesagt', 'absage', 'rejected', 'declined', 'disqualified'],
};

function matchEnum(raw: string, options: string[]): { value: string; confidence: number } | null {
  // ("🔥 Alta", "⭐ High": the emoji a board puts before its labels)
  const folded = foldText(raw.replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, '').trim());
  const direct = options.find((o) => foldText(o) === folded);
  if (direct) return { value: direct, confidence: 1 };
  for (const option of options) {
    if ((ENUM_SYNONYMS[foldText(option)] ?? []).includes(folded)) return { value: option, confidence: 0.85 };
  }
  const prefix = options.filter((o) => folded.length >= 3 && foldText(o).startsWith(folded));
  if (prefix.length === 1) return { value: prefix[0], confidence: 0.7 };
  // a CRM's own wording around it ("Open - Not Contacted", "Working - Contacted", "Closed - Converted"): the longest option or synonym it names
  const words = ` ${folded.replace(/[^a-z0-9]+/g, ' ').trim()} `;
  let best: { value: string; length: number } | null = null;
  for (const option of options) {
    for (const name of [foldText(option), ...(ENUM_SYNONYMS[foldText(option)] ?? [])]) {
      if (name.length >= 3 && words.includes(` ${name} `) && (!best || name.length > best.length)) best = { value: option, length: name.length };
    }
  }
  if (best) return { value: best.value, confidence: 0.6 };
  // an option written with other spacing and a word more ("Hoogwerker 12 m (schaarlift)" for "Hoogwerker 12m",
  // "Minigraver 1,5 ton" for "Minigraver 1,5t"): the one option its letters and digits start with or hold
  const compact = (s: string) => foldText(s).replace(/[^\p{L}\p{N}]+/gu, '');
  const text = compact(raw);
  const held = options.filter((o) => {
    const option = compact(o);
    return (option.length >= 6 || (option.length >= 3 && /\p{N}/u.test(option))) && text.includes(option);
  });
  const longest = held.sort((a, b) => compact(b).length - compact(a).length);
  if (longest.length === 1 || (longest.length > 1 && compact(longest[0]).length > compact(longest[1]).length && compact(longest[0]).includes(compact(longest[1])))) {
    return { value: longest[0], confidence: 0.55 };
  }
  return null;
}

/** What the whole input says that a single value may leave out: the year of a date written without one ("03-11", "2 Nov"). */
export interface CoerceContext {
  year?: number;
}

/** Turn a raw cell into the field's type, then check the field's constraints. */
export function coerceValue(raw: string, field: FieldSpec, context: CoerceContext = {}): Coerced {
  // Arabic-Indic and Persian digits ("٠٧٩٥٥٥٠١٨٧") read as the digits they are
  const text = raw.trim().replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10));
  let value: string | number | boolean = text;
  let confidence = 1;
  switch (field.type) {
    case 'number':
    case 'integer': {
      const n = parseNumber(text);
      if (!n) return { ok: false, reason: `${field.name}: "${text}" is not a number`, unreadable: true };
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
      if (b === undefined) return { ok: false, reason: `${field.name}: "${text}" is not yes/no`, unreadable: true };
      value = b;
      break;
    }
    case 'date': {
      const date = parseDate(text) ?? (context.year ? parseDateInYear(text, context.year) : null);
      if (!date) return { ok: false, reason: `${field.name}: "${text}" is not a date`, unreadable: true };
      value = date;
      confidence = 0.9;
      break;
    }
    case 'url':
      if (!/^(https?:\/\/)?[\w-]+(\.[\w-]+)+\S*$/i.test(text)) return { ok: false, reason: `${field.name}: "${text}" is not a URL`, unreadable: true };
      value = /^https?:\/\//i.test(text) ? text : `https://${text}`;
      break;
    case 'string':
      value = text.replace(/\s+/g, ' ');
      break;
  }
  if (field.enum && typeof value === 'string') {
    const match = matchEnum(value, field.enum);
    if (!match) return { ok: false, reason: `${field.name}: "${text}" is not one of ${field.enum.join(', ')}`, unreadable: true };
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

/**
 * ISO (2024-03-01), European (01.03.2024, 01/03/2024), US when the day cannot come first
 * (03/25/2024), and written dates in many languages ("3 March 2026", "4. März 2026",
 * "2 de diciembre de 2026"): the invoice reader's date parser, day first.
 */
function parseDate(text: string): string | null {
  const m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{2,4})$/.exec(text);
  // day first unless that is impossible (US 03/25/2024)
  if (m && +m[2] > 12) return readDate(text, 'mdy');
  return readDate(text, 'dmy');
}

/** A day and month without a year ("03-11", "02.11.", "12/11", "2 Nov", "3. März"), in the year the input is about. */
function parseDateInYear(text: string, year: number): string | null {
  const numeric = /^(\d{1,2})([./-])(\d{1,2})\.?$/.exec(text);
  if (numeric) return parseDate(`${numeric[1]}${numeric[2]}${numeric[3]}${numeric[2]}${year}`);
  return /\p{L}/u.test(text) && !/\d{3,}/.test(text) ? parseDate(`${text.replace(/[.,]\s*$/, '')} ${year}`) : null;
}

/**
 * The year a text is about, for its dates written without one: the year its dates and headings name
 * most often ("November 2026", "w/c 2 Nov 2026", "12.11.2026"), else none.
 */
export function yearOfText(text: string): number | undefined {
  const counts = new Map<number, number>();
  for (const m of text.matchAll(/(?<![\d.,-])(?:19[89]\d|20\d\d)(?![\d,]|\.\d)/g)) counts.set(Number(m[0]), (counts.get(Number(m[0])) ?? 0) + 1);
  let best: [number, number] | undefined;
  for (const entry of counts) if (!best || entry[1] > best[1] || (entry[1] === best[1] && entry[0] > best[0])) best = entry;
  return best?.[0];
}

