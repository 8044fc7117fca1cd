import { foldText } from '../email-sorter/tokenize';
import { findDates } from '../invoice-processor/dates';
import { isPersonField, normalizeHeader } from './concepts';
import { EMAIL_RE, keyedLine, looksLikeName, personName, PHONE_RE, type RawRecord, signerOf } from './free-text';
import { patternMatches } from './keyed-blocks';
import type { FieldSpec } from './target.types';

/** A bullet or a number starts an entry. */
const BULLET = /^\s*(?:[-*•·–—]\s+|\d{1,2}[.)]\s+)/;
const URL = /\bhttps?:\/\/\S+[^\s.,;)]/i;
/** "040 555 1234", "+358 50 555 6677": the free-text reader's phone numbers, all of them */
const PHONE = new RegExp(PHONE_RE.source, 'g');
/** "02.11.", "03-11", "12/11", "2026-11-03", "30.11.2026": a date in a line, with or without its year */
const DATE = /(?<![\d.,/-])(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}(?:[./-](?:\d{4}|\d{2}))?\.?)(?![\d/-]|[.,]\d)/g;
const AMOUNT = String.raw`\d{1,3}(?:[ .,']\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
/** A sum of money with its currency, either side, and what it is per ("1.450 kr./dag", "€ 38,60", "£12.50", "89,-", "15,–") */
const MONEY = new RegExp(
  String.raw`(?:[€$£¥₺₹]|\b(?:eur|usd|gbp|chf|sek|nok|dkk|pln|czk|huf|try|tl|kr|zł|r\$))\s?(?:${AMOUNT})(?:,[-–])?|(?:${AMOUNT})(?:,[-–]|\s?(?:[€$£¥₺₹]|(?:eur|euro|usd|gbp|chf|sek|nok|dkk|pln|czk|huf|try|tl|kr|kn|zł|kč|ft|lei|lv)\b\.?))(?:\s?(?:\/|pr\.?|per|pro|par|por|je)\s?\p{L}+\.?)?`,
  'giu',
);
const NEGATION = /(?<![\p{L}])(?:no|not|none|nein|nicht|kein|keine|ohne|nej|ikke|ej|inte|uden|utan|nee|niet|geen|zonder|non|pas|sans|sin|sem|não|nao|nie|brak|bez|ei|yok|hayır|hayir|değil|degil|nu|nem|ne|не|ні|нет|без|μη|δεν|χωρις|✗|✘|❌)(?![\p{L}])|\b(?:missing|mangler|fehlt|ontbreekt|manque|falta|manca|saknas|puuttuu)\b/iu;
/** Where the parts of an entry end: arrows, commas (not decimal ones), semicolons, bars, spaced dashes, a colon, a sentence's end. */
const SEGMENT_SPLIT = /\s*(?:→|->|=>|,(?!\d)|[;|]|\s[–—-]\s|:\s|\.\s+(?=\p{Lu}))\s*/u;
/** Clauses of an entry, for what is said about a field ("depositum: nej", "dep. betalt") */
const CLAUSE_SPLIT = /\s*(?:→|->|=>|,(?!\d)|[;|()])\s*/u;

const SHORT_WORDS = new Set(['the', 'and', 'for', 'per', 'von', 'der', 'die', 'das', 'les', 'des', 'con', 'van', 'met', 'och', 'med', 'por', 'par', 'not', 'all', 'any', 'was', 'ist', 'est', 'incl', 'inkl', 'eur', 'usd']);

const fieldWordCache = new WeakMap<FieldSpec, string[]>();

/**
 * A field's words, three letters or more: its name split at capitals and its title ("bonAanwezig" → bon,
 * aanwezig) — words that say what a field is, also before its value ("retur 06.11.", "dagspris 650 kr.").
 */
function fieldWords(field: FieldSpec): string[] {
  let words = fieldWordCache.get(field);
  if (!words) {
    const all = [field.name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]/g, ' '), ...field.synonyms].flatMap((name) => normalizeHeader(name).split(' '));
    words = [...new Set(all.filter((w) => w.length >= 3 && !SHORT_WORDS.has(w)))];
    fieldWordCache.set(field, words);
  }
  return words;
}

/** Whether a text names the field: one of its words, or the start of one ("retur" for "returneret", "dep." for "depositum"). */
function names(text: string, field: FieldSpec): boolean {
  const words = normalizeHeader(text).split(' ').filter(Boolean);
  return fieldWords(field).some((fw) => words.some((w) => w === fw || (w.length >= 3 && fw.length >= 4 && (fw.startsWith(w) || (w.length >= 5 && w.startsWith(fw))))));
}

/**
 * An organization's own records written one per line or bullet, the values in the writer's order
 * (an expense list: "- 03-11 treinkaartje Utrecht–Zwolle v.v. € 38,60"; a rental log: "02.11. UD-0107
 * Minigraver → Bygmester Holm ApS, 1.450 kr./dag, depositum betalt ✔, retur 06.11."). Each entry is
 * read by what its values are: the text of a field's pattern, e-mail addresses and links, dates (a date
 * after a field's word is that field's; the others in order), sums of money and numbers after a
 * field's word, yes/no said about a field's word ("geen bon", "depositum: nej"), a value of a field's
 * list; what is left, part by part, fills the text fields in order, and a field for a person's name
 * the line does not give is the writer's (who signed the message). Null unless two entries or more
 * give two values or more, one of them read by its kind.
 */
export function parseCustomEntries(text: string, fields: FieldSpec[]): RawRecord[] | null {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  // "Key: value" lines are records of their own, read by parseFreeText
  if (lines.filter((line) => keyedLine(line, fields)).length >= 2) return null;
  const signer = fields.some(isPersonField) ? signerOf(text) : null;
  const required = fields.filter((f) => f.required);
  // the reading (by bullet, line by line, by paragraph) whose entries give the most records with every required value
  let best: { records: RawRecord[]; complete: number } | null = null;
  for (const entries of readings(lines)) {
    const records: RawRecord[] = [];
    for (const entry of entries) {
      const { record, typed } = readEntry(entry, fields, signer);
      if (typed >= 1 && Object.keys(record).length >= 2) records.push(record);
    }
    const complete = records.filter((record) => required.every((f) => record[f.name])).length;
    // (as many complete either way: the earlier reading — bullets, then lines, then paragraphs)
    if (records.length >= 2 && (!best || complete > best.complete)) best = { records, complete };
  }
  return best?.records ?? null;
}

/** The entries of a text: its bullets (two or more), its lines, its paragraphs (two or more). */
function readings(lines: string[]): string[][] {
  const out: string[][] = [];
  // a bullet with the lines under it, up to a blank line or the next bullet
  const bullets: string[][] = [];
  let current: string[] | null = null;
  for (const line of lines) {
    if (BULLET.test(line)) bullets.push((current = [line.replace(BULLET, '').trim()]));
    else if (!line.trim()) current = null;
    else current?.push(line.trim());
  }
  if (bullets.length >= 2) out.push(bullets.map((entry) => entry.join(' | ')));
  const paragraphs = lines
    .join('\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim().replace(/\s*\n\s*/g, ' | '))
    .filter(Boolean);
  out.push(lines.map((line) => line.replace(BULLET, '').trim()).filter(Boolean));
  if (paragraphs.length >= 2 && paragraphs.length < lines.filter((line) => line.trim()).length) out.push(paragraphs);
  return out;
}

/** "Από: Νίκος … <…>", "From: …", "Von: …": who wrote, not a value of the record */
const FROM_LABEL = /^(?:from|sender|von|absender|de|da|od|fra|från|van|kimden|lähettäjä|από|от|від|差出人|发件人|보낸\s*사람)\s*:\s*/iu;

function readEntry(entry: string, fields: FieldSpec[], signer: string | null): { record: RawRecord; typed: number } {
  const record: RawRecord = {};
  let rest = entry.replace(FROM_LABEL, '');
  let typed = 0;
  const take = (field: FieldSpec, raw: string, confidence: number, found?: string) => {
    record[field.name] = { raw: raw.trim(), confidence };
    if (found) rest = rest.replace(found, ' | ');
    typed += 1;
  };
  for (const field of fields.filter((f) => f.pattern && f.type === 'string')) {
    const found = patternMatches(field.pattern!, rest);
    if (found.length === 1) take(field, found[0], 0.7, found[0]);
  }
  const email = EMAIL_RE.exec(rest);
  const emailField = fields.find((f) => f.type === 'email');
  if (email && emailField) take(emailField, email[0].replace(/^mailto:/i, ''), 0.75, email[0]);
  const url = URL.exec(rest);
  const urlField = fields.find((f) => f.type === 'url');
  if (url && urlField) take(urlField, url[0], 0.7, url[0]);
  const phoneField = fields.find((f) => f.type === 'phone');
  const phone = phoneField ? [...rest.matchAll(PHONE)].find((m) => m[0].replace(/\D/g, '').length >= 7 && !/^\d{1,4}[./-]\d{1,2}[./-]\d{2,4}$/.test(m[0].trim())) : undefined;
  if (phoneField && phone) take(phoneField, phone[0], 0.65, phone[0]);
  // money before dates: "£12.50" is no 12 May
  readAmounts(fields, rest, record, take);
  rest = rest.replace(MONEY, ' | ');
  readDates(fields, rest, take);
  rest = rest.replace(DATE, (date) => (dayMonth(date) ? ' | ' : date)).replace(/[(<]\s*(?:\|\s*)+[)>]/g, ' | ');
  rest = readNamedNumbers(fields, rest, record, take);
  const segments = rest.split(SEGMENT_SPLIT).map((s) => s.replace(/^[|\s–—-]+|[|\s,:;–—-]+$/g, '').trim()).filter((s) => /\p{L}{2}/u.test(s));
  const clauses = rest.split(CLAUSE_SPLIT).map((s) => s.trim()).filter(Boolean);
  const others = fields.filter((f) => !record[f.name] && (f.type === 'boolean' || f.enum));
  /** list values read: no text field takes them again */
  const taken: string[] = [];
  for (const field of others) {
    if (field.type === 'boolean') {
      const said = clauses.find((s) => names(s, field));
      if (said) take(field, NEGATION.test(said) ? 'no' : 'yes', 0.6);
      continue;
    }
    const words = ` ${foldText(entry).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
    const entryWords = words.trim().split(' ');
    const options = field.enum!.filter((option) => {
      const o = foldText(option).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
      // also with a case ending ("trukinkuljettajaksi" for Trukinkuljettaja)
      return (o.length >= 3 && words.includes(` ${o} `)) || inflected(o.split(' '), entryWords);
    });
    if (options.length === 1) {
      take(field, options[0], 0.6);
      taken.push(foldText(options[0]));
    }
  }
  // what is left: the parts that name no field of another kind, for the text fields in order
  const labelled = fields.filter((f) => f.type !== 'string' || f.enum || f.pattern);
  const free = segments.filter((s) => !labelled.some((f) => names(s, f)) && !/^\p{Ll}{1,4}$/u.test(s) && !taken.includes(foldText(s)));
  const textFields = fields.filter((f) => f.type === 'string' && !f.enum && !f.pattern && !record[f.name]);
  const person = textFields.find(isPersonField);
  // a note in brackets after a name is about the person ("Lars Winther (privat)")
  const nameIn = (part: string) => personName(part.replace(/\s*\([^)]*\)\s*$/, ''));
  const personInLine = person ? free.find((s) => looksLikeName(nameIn(s))) : undefined;
  for (const field of textFields) {
    if (field === person && !personInLine) {
      if (signer) record[field.name] = { raw: signer, confidence: 0.55 };
      continue;
    }
    const part = field === person ? personInLine : free.find((s) => s !== personInLine);
    if (!part) continue;
    record[field.name] = { raw: field === person ? nameIn(part) : part, confidence: 0.5 };
    free.splice(free.indexOf(part), 1);
  }
  return { record, typed };
}

/** Dates: one after a field's word is that field's ("retur 06.11."); the others go to the date fields left, in order. */
function readDates(fields: FieldSpec[], text: string, take: (field: FieldSpec, raw: string, confidence: number, found?: string) => void) {
  const dateFields = fields.filter((f) => f.type === 'date');
  if (!dateFields.length) return;
  // written dates with their year ("2 de diciembre de 2026", "4. März 2027") and numeric ones, with or without it
  const written = findDates(text).map((d) => ({ raw: d.iso, found: text.slice(d.index, d.end), index: d.index }));
  const numeric = [...text.matchAll(DATE)]
    .filter((m) => dayMonth(m[0]) && !written.some((w) => (m.index ?? 0) >= w.index && (m.index ?? 0) < w.index + w.found.length))
    .map((m) => ({ raw: m[0], found: m[0], index: m.index ?? 0 }));
  const found = [...written, ...numeric].sort((a, b) => a.index - b.index).map((d) => ({ ...d, before: text.slice(Math.max(0, d.index - 24), d.index) }));
  const open = new Set(dateFields);
  const unlabelled: { raw: string; found: string }[] = [];
  for (const date of found) {
    const words = date.before.split(/[\s,;:(]+/).filter(Boolean).slice(-2).join(' ');
    const field = [...open].find((f) => words && names(words, f));
    if (field) {
      take(field, date.raw, 0.65, date.found);
      open.delete(field);
    } else unlabelled.push(date);
  }
  for (const field of open) {
    const date = unlabelled.shift();
    if (!date) break;
    take(field, date.raw, 0.6, date.found);
  }
}

/**
 * A list value written with a case or gender ending: "trukinkuljettajaksi" for Trukinkuljettaja,
 * "Diseñadora UX" for Diseñador UX — its words in a row, each starting the text's word (up to four
 * letters more on words of five letters or more, none on shorter ones).
 */
function inflected(option: string[], words: string[]): boolean {
  if (option.join('').length < 6) return false;
  for (let i = 0; i + option.length <= words.length; i++) {
    if (option.every((o, k) => words[i + k] === o || (o.length >= 5 && words[i + k].startsWith(o) && words[i + k].length - o.length <= 4))) return true;
  }
  return false;
}

/** A number beside a field's word ("Rida 184 300 km", "4,5 v kokemusta", "2019 m."): that field's. Returns the text without the numbers read. */
function readNamedNumbers(fields: FieldSpec[], text: string, record: RawRecord, take: (field: FieldSpec, raw: string, confidence: number) => void): string {
  let rest = text;
  for (const field of fields.filter((f) => (f.type === 'number' || f.type === 'integer') && !f.enum && !record[f.name])) {
    // (not the digits of a name or code: "e-NV200", "UD-0107")
    const numbers = [...rest.matchAll(/(?<![\p{L}\d.,-])(?:\d{1,3}(?:[ .]\d{3})+|\d+(?:[.,]\d+)?)(?![\p{L}\d])/gu)];
    const named = numbers.filter((m) => {
      const before = rest.slice(Math.max(0, (m.index ?? 0) - 24), m.index).split(/[\s,;:(]+/).filter(Boolean).slice(-1).join(' ');
      const after = rest.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 24).split(/[\s,;:)]+/).filter(Boolean).slice(0, 2).join(' ');
      return (before && names(before, field)) || (after && names(after, field));
    });
    if (named.length !== 1) continue;
    take(field, named[0][0], 0.55);
    rest = rest.replace(named[0][0], ' | ');
  }
  return rest;
}

/** A numeric date whose day and month can be a day and a month (not a price "12.50"). */
function dayMonth(date: string): boolean {
  const parts = date.split(/[./-]/).filter(Boolean).map(Number);
  if (parts[0] > 31) return parts[1] >= 1 && parts[1] <= 12 && parts[2] >= 1 && parts[2] <= 31;
  return parts[0] >= 1 && parts[1] >= 1 && parts[0] <= 31 && parts[1] <= 31 && (parts[0] <= 12 || parts[1] <= 12);
}

const MONEY_FIELD = /(?:price|prijs|pris|preis|prix|precio|preco|prezzo|cena|fiyat|ucret|amount|bedrag|belob|belopp|betrag|montant|importe|importo|valor|kwota|tutar|fee|cost|kost|kosten|total|totaal|summe|salar|gehalt|loon|lohn|sueldo|palkka|plat|wynagrodzen|maas|wage|rate|tarif|tarifa|pretension)/i;

/** Sums of money: one after a field's word is that field's; else the one money field (or the only number field) takes the first. */
function readAmounts(fields: FieldSpec[], text: string, record: RawRecord, take: (field: FieldSpec, raw: string, confidence: number) => void) {
  const numberFields = fields.filter((f) => (f.type === 'number' || f.type === 'integer') && !f.enum && !record[f.name]);
  if (!numberFields.length) return;
  const sums = [...text.matchAll(MONEY)].map((m) => ({ raw: m[0].replace(/\s?(?:\/|pr\.?|per|pro|par|por|je)\s?\p{L}+\.?$/u, '').replace(/,[-–]$/, ''), before: text.slice(Math.max(0, (m.index ?? 0) - 24), m.index) }));
  const open = new Set(numberFields);
  for (const sum of sums) {
    const words = sum.before.split(/[\s,;:(]+/).filter(Boolean).slice(-2).join(' ');
    const field = [...open].find((f) => words && names(words, f)) ?? (open.size === numberFields.length ? (numberFields.length === 1 ? numberFields[0] : numberFields.find((f) => MONEY_FIELD.test(foldText([f.name, ...f.synonyms].join(' '))))) : undefined);
    if (!field || !open.has(field)) continue;
    take(field, sum.raw, 0.6);
    open.delete(field);
  }
}
