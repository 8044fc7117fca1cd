import { foldText } from '../email-sorter/tokenize';
import { COMPANY_RE, EMAIL_RE, looksLikeName, PHONE_RE, personName, type RawRecord, signatureFields, TITLE_RE } from './free-text';
import { headerScore } from './header-match';
import type { FieldSpec } from './target.types';

/**
 * Notes that list one entry per bullet, number, keyed line or paragraph ("- Met Jana Nováková
 * (Head of Ops, Brnotech s.r.o.), jana@…", "K3-01: Art. 40-1180 Kabelverschraubung M20 – 212
 * Stück", a business card per paragraph): each entry is read as a record of its own. Null when
 * the text is not such a list (fewer than two entries that name someone or something).
 */
export function parseNoteList(text: string, fields: FieldSpec[], options: { email?: boolean } = {}): RawRecord[] | null {
  const has = (f: string) => fields.some((x) => x.name === f);
  const inventory = has('sku') || has('quantity');
  const person = has('name') && (has('email') || has('phone') || has('company'));
  if (!inventory && !person) return null;
  // "Name: … / E-Mail: …" blocks are key/value records, read by parseFreeText
  // (two keys naming different fields; lines that all name the same one, "varasto takana: …", are a list by place)
  const keys = new Set(
    text.split('\n').flatMap((line) => {
      const m = FIELD_LINE.exec(line);
      return m ? fields.filter((field) => headerScore(m[1], field) >= 0.8).map((field) => field.name) : [];
    }),
  );
  if (keys.size >= 2) return null;
  // the reading that finds the most entries naming someone or something: by bullet, by paragraph, or line by line
  const named = (record: RawRecord) => Boolean(inventory ? record.sku || record.quantity : record.email || record.phone || (record.name && record.company));
  // how the readings compare: entries that are whole records (a card's lines one by one are not)
  const whole = (record: RawRecord) => Boolean(inventory ? record.sku && (record.name || record.quantity) : record.name && (record.email || record.phone || record.company));
  let best: { records: RawRecord[]; whole: number } = { records: [], whole: 0 };
  for (const mode of ['bullets', 'paragraphs', 'lines'] as const) {
    // an e-mail's paragraphs and lines are its message, its signature and quoted history: only its bullets may be a list
    if (mode !== 'bullets' && options.email) continue;
    const entries = splitEntries(text, mode);
    if (entries.length < 2) continue;
    const records = (inventory ? stockEntries(entries, has) : entries.map((entry) => personEntry(entry, has))).filter(named);
    const count = records.filter(whole).length;
    // (two whole entries at least: a note of one person over two lines is one record, read by parseFreeText)
    if (count >= 2 && count > best.whole) best = { records, whole: count };
  }
  return best.records.length >= 2 ? best.records : null;
}

/** A bullet ("-", "•", "*"), a number ("1)", "2."), or a code before a colon ("K3-01:") starts an entry. */
const ENTRY_START = /^\s*(?:[-*•·–—]\s+|\d{1,2}[.)]\s+|\p{Lu}{0,3}\d[\p{L}\d./-]{0,10}:\s+)/u;
const FIELD_LINE = /^\s*([\p{L}][\p{L} .#/_-]{0,30}?)\s*[:：=]\s*\S/u;
const SEPARATOR_LINE = /^\s*(?:-{3,}|_{3,}|\*{3,}|={3,})\s*$/;

/** A chat export's line prefix: "21/11/2026 18:02 - Camila Rocha: ", "[09:14] Tom: ", "09:05  OUT  ". */
const CHAT_PREFIX =
  /^\s*(?:\[?\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AP]M)?\]?\s*[-–]?\s*[^:]{1,40}:\s+|\[?\d{1,2}:\d{2}(?:\s?[AP]M)?\]?\s+(?:(?:IN|OUT|INBOUND|OUTBOUND|MISSED)\s+)?)/i;

/**
 * A chat export's header line, the sender and the time on a line of their own: Telegram Desktop's
 * "Zuzana Hrušková, [20.11.2026 8:41]", Slack's "Rohit Sharma  10:14 AM". The name is whoever
 * pasted the message, not a contact in it.
 */
const CHAT_HEADER_LINE =
  /^[ \t]*(?:\p{L}[\p{L}\p{M} .'’-]{1,40},[ \t]*\[\d{1,2}[./]\d{1,2}[./]\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AP]M)?\]|\p{L}[\p{L}\p{M} .'’-]{1,40}?[ \t]{2,}\d{1,2}:\d{2}(?:[ \t]?[AP]M)?)[ \t]*$/gimu;

export function withoutChatHeaders(text: string): string {
  return text.replace(CHAT_HEADER_LINE, '');
}

function splitEntries(text: string, mode: 'bullets' | 'paragraphs' | 'lines'): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((line) => line.replace(CHAT_PREFIX, ''));
  if (mode === 'lines') return lines.filter((line) => line.trim() && !SEPARATOR_LINE.test(line));
  const bulleted = mode === 'bullets';
  if (bulleted && lines.filter((line) => ENTRY_START.test(line)).length < 2) return [];
  const entries: string[][] = [];
  let current: string[] | null = null;
  for (const line of lines) {
    if (!line.trim() || SEPARATOR_LINE.test(line)) {
      // a paragraph ends at a blank line; in a bulleted list a blank line ends the entry too
      current = null;
      continue;
    }
    if (bulleted ? ENTRY_START.test(line) : current === null) {
      current = [line];
      entries.push(current);
    } else if (current) {
      current.push(line);
    }
  }
  return entries.map((entry) => entry.join('\n'));
}

/** "samir.haddad [at] atlascoldchain [dot] co [dot] uk" */
function deobfuscate(text: string): string {
  return text.replace(/\s*[[(]\s*at\s*[\])]\s*/gi, '@').replace(/\s*[[(]\s*dot\s*[\])]\s*/gi, '.');
}

const LEADING_WORDS =
  /^(?:(?:met|spoke to|talked to|called|quick chat with|also|then|and|plus|träffade(?:\s+även)?|traf|getroffen|dann(?:\s+noch)?|außerdem|rencontré|rencontre|avec|conocí|hablé con|ho incontrato|gesproken met|sprak)\s+)+/i;
/** Between a person and where they work: "from", "von der", "chez", "på", "bij"… */
const AT_COMPANY = /\s+(?:from|of|at|with|von(?:\s+der)?|bei|chez|de\s+la|del|de|hos|på|från|bij|van|presso|di|da|en)\s+(?=\p{Lu})/gu;
const PRIORITY =
  /(?:priorit(?:y|ät|é|à|eit|et|eetti)|prioridad|prioridade|priorytet)\s*:?\s*(\p{L}+)|(\p{L}+)\s+(?:priority|priorität|prioriteit|prioritet)|\b(hot|warm|cold|heiß|lauwarm|kalt|chaud|froid)\b/iu;
const MONEY =
  /(?:[€$£]\s?\d[\d.,\s]*\d(?:\s?k)?|[€$£]\s?\d(?:\s?k)?|\d[\d.,\s]*\d\s?k?\s?(?:€|eur(?:o|os)?\b|usd\b|\$|£|gbp\b|chf\b|sek\b|kr\b)|\d\s?k?\s?(?:€|eur\b))/i;

/** One person of a list: e-mail, phone, then the parts of the sentence (name, title, company), priority and value. */
function personEntry(entry: string, has: (f: string) => boolean): RawRecord {
  const text = deobfuscate(entry.replace(ENTRY_START, ''));
  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
  // a business card, one detail per line
  if (lines.length >= 3) return withLeadFields(signatureFields(lines, has), text, has);
  const out: RawRecord = {};
  const set = (f: string, raw: string, confidence: number) => {
    if (has(f) && !out[f] && raw.trim()) out[f] = { raw: raw.trim(), confidence };
  };
  const email = EMAIL_RE.exec(text);
  if (email) set('email', email[0], 0.85);
  const withoutMoney = text.replace(new RegExp(MONEY.source, 'gi'), ' ');
  for (const m of withoutMoney.matchAll(new RegExp(PHONE_RE.source, 'g'))) {
    const digits = m[0].replace(/\D/g, '');
    // not a date ("19/11/2026") or a year range
    if (digits.length >= 8 && digits.length <= 15 && !/\d{1,2}[./]\d{1,2}[./]\d{2,4}/.test(m[0])) {
      set('phone', m[0], 0.75);
      break;
    }
  }
  const parts = text
    .replace(EMAIL_RE, ' ')
    .split(/\s+[–—|·•-]\s+|[,;:]\s+|\s*[()]\s*|\.\s+(?=\p{Lu})|\n/u)
    .map((part) => part.trim().replace(/[.!]+$/, ''))
    .filter((part) => /\p{L}{2}/u.test(part) && !/\d{3}/.test(part));
  for (const raw of parts) {
    const part = personName(raw.replace(LEADING_WORDS, ''));
    const folded = foldText(part);
    // "Pieter de Wit from Hollandse Kaasmakerij", "vd på Lundgrens Åkeri AB", "compras en Conservas Aguirre S.L."
    const split = splitAtCompany(part);
    if (split) {
      if (looksLikeName(split.left)) set('name', split.left, 0.7);
      else if (TITLE_RE.test(foldText(split.left))) set('title', split.left, 0.65);
      set('company', split.right, 0.65);
      continue;
    }
    if (COMPANY_RE.test(folded) && !out.company) set('company', part, 0.75);
    else if (TITLE_RE.test(folded) && part.split(/\s+/).length <= 5 && !out.title) set('title', part, 0.65);
    else if (!out.name && looksLikeName(part)) set('name', part, 0.7);
    // the capitalised part after the name: where they work ("Ricardo Salas – Talleres Salas")
    else if (out.name && !out.company && /^\p{Lu}/u.test(part) && part.split(/\s+/).length >= 2 && part.split(/\s+/).length <= 6) set('company', part, 0.55);
  }
  return withLeadFields(out, text, has);
}

function splitAtCompany(part: string): { left: string; right: string } | null {
  for (const m of part.matchAll(AT_COMPANY)) {
    const left = part.slice(0, m.index).trim();
    const right = part.slice((m.index ?? 0) + m[0].length).trim();
    if ((looksLikeName(left) || TITLE_RE.test(foldText(left))) && /^\p{Lu}/u.test(right)) return { left, right };
  }
  return null;
}

/** Priority words ("Hot lead!", "Priorité haute") and the first sum of money (the deal's value). */
function withLeadFields(record: RawRecord, text: string, has: (f: string) => boolean): RawRecord {
  const priority = PRIORITY.exec(text);
  const word = priority && (priority[1] ?? priority[2] ?? priority[3]);
  if (has('priority') && word && !record.priority) record.priority = { raw: word, confidence: 0.6 };
  const money = MONEY.exec(text);
  if (has('value') && money && !record.value) record.value = { raw: money[0], confidence: 0.6 };
  return record;
}

const BULLET = /^\s*(?:[-*•·–—]\s+|\d{1,2}[.)]\s+)/;
const KEY = /^\s*([\p{Lu}\d][\p{L}\d/-]{0,9}\d)\s*:\s+/u;
const LABELLED_SKU = /(?:\b(?:art(?:ikel)?\.?(?:\s*-?\s*nr\.?)?|sku|item|ref\.?|c[oó]d(?:igo)?\.?|codice|kod|varenr\.?)\s*[:#]?\s*|#)([A-Z0-9][A-Z0-9./-]*\d[A-Z0-9./-]*)/i;
const SKU = /\b(?:[A-Z]{1,5}\d*(?:-[A-Z0-9]{1,6}){1,3}|\d{2,3}-\d{3,5})\b/;
const QUANTITY = [
  /\b(\d[\d.']*)\s?(?:x|×)(?=\s|$)/i,
  /(?:^|\s)(?:x|×)\s?(\d+)\b/i,
  /\b(\d[\d.' ]*?)\s*(?:stück|stk\.?|st\.?|pcs\.?|pieces|units?|bags?|boxes|cases|rollen|rolls?|kartons?|packs?|pakete?|left|on hand|vorhanden|unidades|uds\.?|un\.?|cx|caixas?|pezzi|pz\.?|pièces|stuks?|kpl|ks|szt\.?|adet)(?![\p{L}])/iu,
  /\((\d+)\s*(?:st|pcs|un|ks|szt)?\)/i,
  /\bonly\s+(\d+)\b/i,
  /^(\d+)\s+(?:of\s+the|of|von\s+den)\b/i,
  /\b(?:bestand|stock|count|anzahl|menge|qty)\s*(?:also|:|=)?\s*(\d[\d.']*)\b/i,
];
const NUMBER = String.raw`\d{1,3}(?:[ .,']\d{3})*(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
const PRICE = new RegExp(
  String.raw`(?:\b(?:ek|vk|preis|price|prix|precio|preço|prezzo|pris|cena|fiyat)\s*:?\s*|[àá@]\s*|(?:R\$|US\$|€|\$|£)\s?)(${NUMBER})\s*(?:€|eur|kr|:-|,-|zł|kč|ft|lei|tl|\$|£)?(?:\s*\/\s*\p{L}+)?|(${NUMBER})\s*(?:€|eur|kr\.?|:-|,-|zł|kč|ft|lei|tl)(?:\s*\/\s*\p{L}+)?`,
  'iu',
);
const LOCATION = /(?<![\p{L}])((?:bottom\s+|top\s+|upper\s+|lower\s+)?(?:shelf|rack|bin|aisle|zone|zon|regal|fach|lagerplatz|platz|étagère|rayon|estante|prateleira|depósito|scaffale|hylla|hylde|reol|stelling|hyllypaikka|hylly|polc|regał|półka|raf|regál|police|polica|lentyna|riiul)\s+[\p{Lu}\d][\w/-]*|(?:prateleira|depósito|estante|regał|półka)\b)/iu;

/** Stock lines in order: a line that only names a place ("*Prateleira B*", "Regal 3:") is where the lines under it are. */
function stockEntries(entries: string[], has: (f: string) => boolean): RawRecord[] {
  let section: string | null = null;
  // "K3-01: Art. 40-1180 …": when most keyed lines name their own article, every key is a bin
  const keyNamesArticle = entries.map((entry) => {
    const line = entry.replace(BULLET, '');
    const key = KEY.exec(line);
    if (!key) return null;
    const rest = line.slice(key[0].length);
    return LABELLED_SKU.test(rest) || SKU.test(rest);
  });
  const keysAreBins = keyNamesArticle.filter((k) => k === true).length > keyNamesArticle.filter((k) => k === false).length;
  return entries.map((entry) => {
    // a place alone on its line ("*Prateleira B*", "Regal 3:"): the section the lines under it are in
    const heading = /^\s*[*_]*\s*(.{2,40}?)\s*[*_]*\s*:?\s*[*_]*\s*$/.exec(entry);
    const place = heading && LOCATION.exec(heading[1]);
    if (place && place[0].length >= heading[1].length - 2) {
      section = heading[1].replace(/[*_:]/g, '').trim();
      return {};
    }
    // or in bold before the line's own content ("*Depósito*: COD 3100 …")
    let line = entry;
    const bold = /^\s*[*_]+([^*_]{2,40})[*_]+\s*:?\s*/.exec(entry);
    if (bold && LOCATION.test(bold[1])) {
      section = bold[1].trim();
      line = entry.slice(bold[0].length);
    }
    const record = stockEntry(keysAreBins, line, has);
    if (section && !record.location && (record.sku || record.quantity) && has('location')) record.location = { raw: section, confidence: 0.55 };
    return record;
  });
}

/** One stock line: article number, count, price, place; the name is what remains. */
function stockEntry(keysAreBins: boolean, entry: string, has: (f: string) => boolean): RawRecord {
  const out: RawRecord = {};
  const set = (f: string, raw: string, confidence: number) => {
    if (has(f) && !out[f] && raw.trim()) out[f] = { raw: raw.trim(), confidence };
  };
  let text = entry.replace(BULLET, '').replace(/\s+/g, ' ').trim();
  const key = KEY.exec(text);
  if (key) text = text.slice(key[0].length);
  // takes what the pattern finds out of the line (the value: its first group that matched, or all of it)
  const take = (re: RegExp, field: string, confidence: number, group = 1) => {
    const m = re.exec(text);
    if (!m) return;
    set(field, m[group] ?? m[group + 1] ?? m[0], confidence);
    text = `${text.slice(0, m.index)} | ${text.slice(m.index + m[0].length)}`;
  };
  take(LABELLED_SKU, 'sku', 0.8);
  if (!out.sku) take(SKU, 'sku', 0.65, 0);
  // "K3-01: Art. 40-1180 …": a key before the line's own article number is the bin; alone, it is the article
  if (key) set(out.sku || keysAreBins ? 'location' : 'sku', key[1], 0.6);
  take(PRICE, 'unitPrice', 0.65);
  for (const re of QUANTITY) {
    if (out.quantity) break;
    take(re, 'quantity', 0.65);
  }
  take(LOCATION, 'location', 0.6);
  const name = text
    .split(/\s+[–—-]\s+|\s*[|,;:()]\s*|!+/)
    .map((part) => part.trim().replace(/^(?:und|and|et|y|e|the|die|der|das|le|la|el|il)\s+/i, ''))
    .find((part) => /\p{L}{3}/u.test(part));
  if (name) set('name', name, 0.6);
  return out;
}
