import { foldText } from '../email-sorter/tokenize';
import { headerScore } from './header-match';
import { fillFromText, keyedBlocks } from './keyed-blocks';
import type { FieldSpec } from './target.types';

/** Raw string values per field with how sure the parser is of each, before coercion. */
/** A field's text as found; `others`: what other columns meaning the same field hold, tried in turn when `raw` cannot be read. */
export type RawRecord = Record<string, { raw: string; confidence: number; others?: string[] }>;

const KEY_VALUE_RE = /^\s*([\p{L}][\p{L} .#/_-]{0,30}?)\s*[:：=]\s*(.+?)\s*$/u;
export const EMAIL_RE = /(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/i;
export const PHONE_RE = /(?:\+|00)?\d[\d\s()./-]{5,}\d/;
const CLOSING_RE =
  /^(best|kind|warm)?\s*(regards|wishes)|^(thanks|thank you|cheers|best|sincerely|mit freundlichen gr|viele gr|beste gr|freundliche gr|lg\b|gruss|cordialement|bien a vous|bien cordialement|salutations|saludos|atentamente|un saludo|un abrazo|distinti saluti|cordiali saluti|groet|groeten|met vriendelijke groet|hartelijke groet|mvg\b|mvh\b|med venlig hilsen|venlig hilsen|med vennlig hilsen|vennlig hilsen|hilsen|med vanliga halsningar|vanliga halsningar|halsningar|ystavallisin terveisin|terveisin|pozdrawiam|z powazaniem|s pozdravem|s pozdravom|udvozlettel|saygilarimla|atenciosamente|cumprimentos|saudacoes|cordialmente)/i;
export const TITLE_RE = new RegExp(
  String.raw`\b(ceo|cto|cfo|coo|founder|co-founder|owner|manager|director|head of|lead|engineer|developer|consultant|assistant|sales|marketing|accountant|partner|president|vp|officer|specialist|partner(in)?|geschaftsfuhrer(in)?|inhaber(in)?|leiter(in)?|vertrieb|einkauf|referent(in)?|berater(in)?|directeur|directrice|responsable|gerant|charge d|ingenieur|gerente|director(a)?|jefe|jefa|comercial|asesor(a)?|ingeniero|responsabile|hoofd|inkoop|inkoper|chargee? d|acquisti|vendite|amministrazione|diretor(a)?|gestor(a)?|coordinat(or|rice)|coordinador(a)?|sachbearbeiter(in)?|procurement|purchasing|buyer|operations|kierownik|dyrektor|specjalista|chef|cheffe|directeur commercial|socio|socia|titolare|eigenaar|zaakvoerder|verkoper|adviseur|inkopare|saljare|vd|ekonomichef)\b|(berater|leiter|referent|fuhrer|verkaufer|manager)(in)?\b` +
    // compounds ending in a title word: "Projectdirecteur", "Praktijkhouder", "Vertriebsleiterin", "Filiaalbeheerder"
    String.raw`|\p{L}{3,}(?:directeur|direktor|direktør|leider|houder|eigenaar|beheerder|adviseur|chef)\b` +
    // titles in other scripts: Cyrillic, CJK, Hebrew, Arabic
    String.raw`|(?<!\p{L})(?:руководител|директор|менеджер|начальник|специалист|инженер|бухгалтер|заместител|керівни|головн|фахів|部长|经理|总监|主管|工程师|부장|과장|팀장|대리|이사|대표|課長|部長|マネージャー|מנהל|סמנכ|مدير|رئيس)`,
  'iu',
);
export const COMPANY_RE = new RegExp(
  String.raw`\b(gmbh|ag|kg|ug|e\.?k|ltd|limited|inc|llc|plc|corp|co\.|sa|sarl|sas|s\.?a\.?s?|s\.?l\.?u?|s\.?r\.?l|bv|b\.v\.|nv|oy|ab|as|aps|a\/s|spa|s\.p\.a|gbr|ohg|llp|lda|ltda|s\.?r\.?o|sp\.?\s?z\s?o\.?o|kft|d\.?o\.?o|uab|sia|ou|group|gruppe|stichting|stiftung|e\.v)(?![a-z0-9])\.?` +
    // legal forms in other scripts: ООО, ТОВ, 株式会社, 有限公司, (주), בע"מ, ذ.م.م
    String.raw`|(?<!\p{L})(?:ооо|оао|зао|пао|ао|ип|тов|прат|фоп|еоод|оод|ад)(?!\p{L})|株式会社|有限会社|合同会社|有限公司|股份|\(주\)|㈜|주식회사|בע"מ|ذ\.م\.م|ش\.م\.م`,
  'iu',
);
const ADDRESS_RE = new RegExp(
  String.raw`\b(\d{4,5}\s+\p{L}+|str\.|strasse|straße|weg|platz|allee|street|st\.|road|rd\.|avenue|ave\.|rue|boulevard|bd|calle|avenida|plaza|c\/)\b` +
    // Cyrillic street and town abbreviations: "ул. Лесная, д. 7", "вул. Шевченка", "г. Москва"
    String.raw`|(?<!\p{L})(?:ул|улица|просп|пр-т|пер|вул|г|м|д|буд)\.\s*\p{L}`,
  'iu',
);
const PHONE_LABEL_RE = /^(t|tel|phone|mobile|mob|m|cell|fon|telefon|handy|tél|tel\.|móvil|movil|p)\b\.?\s*[:.]?\s*/i;

/**
 * Free text, e-mail bodies and signature blocks: "Key: value" lines first (fuzzy keys in any
 * language), then signature heuristics for the remaining lines. Returns one raw record per
 * block; a repeated key starts the next record ("Name: A … Name: B …").
 */
/** The values of a vCard property: "ADR;TYPE=WORK:;;Sveavägen 44;Stockholm;;111 34;Sweden" → its ;-separated parts. */
function vcardParts(value: string): string[] {
  return value.split(/(?<!\\);/).map((part) => part.replace(/\\([,;\\])/g, '$1').replace(/\\n/gi, ' ').trim());
}

/** A quoted-printable value ("Tr=E1=BA=A7n") in its charset (UTF-8 unless the card says otherwise). */
function quotedPrintable(value: string, charset = 'utf-8'): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const hex = value[i] === '=' ? /^[0-9A-F]{2}/i.exec(value.slice(i + 1)) : null;
    if (hex) {
      bytes.push(parseInt(hex[0], 16));
      i += 2;
    } else bytes.push(...Buffer.from(value[i], 'utf8'));
  }
  try {
    return new TextDecoder(charset).decode(Uint8Array.from(bytes));
  } catch {
    return new TextDecoder('utf-8').decode(Uint8Array.from(bytes));
  }
}

/** Contacts pasted as vCards (BEGIN:VCARD … END:VCARD), one record per card; null when there are none. */
function parseVCards(text: string, has: (f: string) => boolean): RawRecord[] | null {
  const cards = [...text.matchAll(/BEGIN:VCARD([\s\S]*?)END:VCARD/gi)].map((m) => m[1]);
  if (!cards.length) return null;
  return cards.map((card) => {
    const record: RawRecord = {};
    const set = (f: string, raw: string) => {
      if (has(f) && !record[f] && raw.trim()) record[f] = { raw: raw.trim(), confidence: 0.95 };
    };
    // folded lines continue with a space or tab; a quoted-printable value (vCard 2.1) with "=" at the line's end
    const lines = card.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
      let line = lines[i].trim();
      const m = /^(?:[\w-]+\.)?([A-Z-]+)((?:;[^:]*)?):(.*)$/i.exec(line);
      if (!m) continue;
      const params = m[2];
      const quoted = /QUOTED-PRINTABLE/i.test(params);
      while (quoted && line.endsWith('=') && i + 1 < lines.length) line = line.slice(0, -1) + lines[++i].trim();
      const rawValue = line.slice(line.indexOf(':', m[1].length + params.length) + 1);
      const key = m[1].toUpperCase();
      const value = quoted ? quotedPrintable(rawValue, /CHARSET=([\w-]+)/i.exec(params)?.[1]) : rawValue;
      const parts = vcardParts(value);
      // the name as the person writes it (family name first in Vietnamese, Hungarian…) over the name's parts
      if (key === 'FN') {
        if (has('name') && value.trim()) record.name = { raw: value.trim(), confidence: 0.95 };
      }
      else if (key === 'N') set('name', [parts[3], parts[1], parts[2], parts[0], parts[4]].filter(Boolean).join(' '));
      else if (key === 'ORG') set('company', parts[0]);
      else if (key === 'TITLE') set('title', value);
      else if (key === 'TEL') set('phone', value.replace(/^tel:/i, ''));
      else if (key === 'EMAIL') set('email', value);
      else if (key === 'ADR') {
        const [, , street, city, region, postal, country] = parts;
        set('address', [street, [postal, city].filter(Boolean).join(' '), region, country].filter(Boolean).join(', '));
      }
    }
    return record;
  });
}

/** Who signed the text: the name on the line under its last closing ("Groet,\nBram de Wit"). */
export function signerOf(text: string): string | null {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim());
  const closing = lines.findLastIndex((l) => CLOSING_RE.test(foldText(l)) && l.length < 40);
  if (closing < 0) return null;
  const name = lines.slice(closing + 1).find(Boolean);
  return name && looksLikeName(personName(name)) ? personName(name) : null;
}

/**
 * Two people signing one letter, each with a block of their own under the closing ("Camille Morel /
 * Responsable commerciale / … / camille@…", a blank line, "Julien Petit / … / julien@…"): the
 * blocks, when at least two start with a name and give an address or a number. Null otherwise
 * (one signature, also one with a blank line between the name and the contact lines).
 */
function signatureBlocks(text: string): string[] | null {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const closing = lines.map((l) => l.trim()).findLastIndex((l) => CLOSING_RE.test(foldText(l)) && l.length < 40);
  if (closing < 0) return null;
  const blocks: string[][] = [[]];
  for (const line of lines.slice(closing + 1)) {
    if (/^--\s*$/.test(line) || /^\s*>/.test(line)) break;
    if (line.trim() === '') {
      if (blocks[blocks.length - 1].length) blocks.push([]);
    } else blocks[blocks.length - 1].push(line.trim());
  }
  const people = blocks.filter((b) => b.length >= 2 && looksLikeName(b[0].replace(NAME_TITLE_RE, '')) && b.some((l) => EMAIL_RE.test(l) || PHONE_RE.test(l)));
  return people.length >= 2 ? people.map((b) => b.join('\n')) : null;
}

export function parseFreeText(text: string, fields: FieldSpec[], fallback: { name?: string; email?: string } = {}): RawRecord[] {
  const vcards = parseVCards(text, (f) => fields.some((x) => x.name === f));
  if (vcards) return vcards.filter((r) => Object.keys(r).length > 0);
  const signers = signatureBlocks(text);
  if (signers) return signers.flatMap((block) => parseFreeText(block, fields));
  const blocks = keyedBlocks(text, (line) => keyedLine(line, fields));
  if (blocks) return blocks.flatMap((block) => parseFreeText(block, fields));
  const records: RawRecord[] = [];
  let current: RawRecord = {};
  const leftovers: string[] = [];
  const has = (f: string) => fields.some((x) => x.name === f);
  // "Tél. : +33 4 72 10 20 30 | Port. : 06 12 34 56 78": key/value pairs side by side are read one by one
  const pieces = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .flatMap((line) => {
      const parts = line.split(/\s+[|·•–—]\s+/);
      return parts.length > 1 && parts.every((part) => KEY_VALUE_RE.test(part)) ? parts : [line];
    });
  for (const line of pieces) {
    const kv = KEY_VALUE_RE.exec(line);
    const field = kv ? bestField(kv[1], fields) : null;
    if (kv && field) {
      if (current[field.name]) {
        // A second phone line (Tel. / Mobil) is not a new person; a second name or e-mail is.
        if (!isIdentityField(field)) continue;
        records.push(current);
        current = {};
      }
      current[field.name] = { raw: kv[2], confidence: 0.9 };
    } else {
      leftovers.push(line);
    }
  }
  if (Object.keys(current).length > 0 || records.length === 0) {
    // Heuristics fill what key/value lines did not give, for the last (or only) record.
    const guessed = signatureFields(leftovers, has, { senderEmail: Boolean(fallback.email) });
    for (const [k, v] of Object.entries(guessed)) if (!current[k]) current[k] = v;
    if (has('name') && !current.name && fallback.name) current.name = { raw: fallback.name, confidence: 0.6 };
    if (has('email') && !current.email && fallback.email) current.email = { raw: fallback.email, confidence: 0.6 };
    records.push(current);
  }
  // what the keyed lines of a single record did not give, its whole text may
  if (records.length === 1) fillFromText(records[0], text, fields);
  return records.filter((r) => Object.keys(r).length > 0);
}

function isIdentityField(field: FieldSpec): boolean {
  return field.required || field.type === 'email' || field.name === 'name';
}

/** A "Key: value" line whose key names a field of the target ("Klant: Kroes B.V."). */
export function keyedLine(line: string, fields: FieldSpec[]): boolean {
  const kv = KEY_VALUE_RE.exec(line);
  return kv !== null && bestField(kv[1], fields) !== null;
}

function bestField(key: string, fields: FieldSpec[]): FieldSpec | null {
  let best: FieldSpec | null = null;
  let bestScore = 0.7;
  for (const f of fields) {
    const s = headerScore(key, f);
    if (s > bestScore) {
      best = f;
      bestScore = s;
    }
  }
  return best;
}

/** Signature block heuristics over lines that were not "Key: value". */
export function signatureFields(lines: string[], has: (f: string) => boolean, options: { senderEmail?: boolean } = {}): RawRecord {
  const out: RawRecord = {};
  const set = (f: string, raw: string, confidence: number) => {
    if (has(f) && !out[f] && raw.trim()) out[f] = { raw: raw.trim(), confidence };
  };
  const all = lines.map((l) => l.trim());
  // The signature starts after the last closing phrase ("Best regards,") or "-- " that a name or a
  // contact follows (a "--" before a legal disclaimer under the signature does not start it).
  const starts = all.flatMap((l, i) => (l === '--' || (CLOSING_RE.test(foldText(l)) && l.length < 40) ? [i + 1] : []));
  const signs = (from: number) => all.slice(from).some((l) => EMAIL_RE.test(l) || PHONE_LABEL_RE.test(l) || looksLikeName(l.replace(NAME_TITLE_RE, '')));
  const start = [...starts].reverse().find(signs) ?? starts[starts.length - 1] ?? 0;
  const block = all.slice(start).filter(Boolean);
  const searchAll = all.join('\n');

  // an e-mail's sender address comes from the signature, else from its header (options.senderEmail), not from the message
  // (in a forwarded message, the header of the original: "De : Arnaud Lefebvre <a.lefebvre@…>")
  const forwardedFrom = /^\s*(?:from|de|von|od|da|van|fra|från)\s?:\s*[^<\n]*<([^>\s]+@[^>\s]+)>/im.exec(searchAll);
  const email = EMAIL_RE.exec(block.join('\n')) ?? (forwardedFrom && EMAIL_RE.exec(forwardedFrom[1])) ?? (options.senderEmail ? null : EMAIL_RE.exec(searchAll));
  if (email) set('email', email[0], 0.85);
  for (const l of all) {
    const labelled = PHONE_LABEL_RE.test(l) ? l.replace(PHONE_LABEL_RE, '') : null;
    const candidate = PHONE_RE.exec(labelled ?? l);
    // labelled, international, with a trunk 0, or a North American "(828) 555-0163" on a line of its own
    const northAmerican = candidate !== null && /^\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}$/.test(l.trim());
    if (candidate && (labelled !== null || northAmerican || /^\+|^00|^\(?0\d/.test(candidate[0].trim()))) {
      set('phone', candidate[0], labelled !== null ? 0.85 : 0.7);
      break;
    }
  }

  const used = new Set<number>();
  block.forEach((l, i) => {
    if (EMAIL_RE.test(l) || PHONE_RE.test(l) || /^(www\.|https?:)/i.test(l)) used.add(i);
  });
  // "Jane Doe | Sales Director | Acme GmbH" or "Jane Doe, CEO": split composite lines.
  const parts = block.flatMap((l, i) => (used.has(i) ? [] : l.split(/\s+[|·•–—]\s+|,\s+(?=\p{Lu})(?!(?:Lda|Ltda|Ltd|Inc|LLC|GmbH|SARL|SAS|S\.?[LA]|B\.?V|AB|AS|Oy|SRL|S\.?r\.?l|Kft)\b)/u).map((p) => p.trim())));
  for (const p of parts) {
    const folded = foldText(p);
    if (!out.company && COMPANY_RE.test(folded) && !ADDRESS_RE.test(p)) set('company', p, 0.75);
    else if (!out.title && TITLE_RE.test(folded) && p.split(/\s+/).length <= 6) {
      // "Sales Director at Acme": not "Directora de Operaciones", a title of its own
      const at = /^(.*?)\s+(?:at|@|bei|chez|von)\s+(.+)$/i.exec(p);
      if (at && TITLE_RE.test(foldText(at[1]))) {
        set('title', at[1], 0.7);
        set('company', at[2], 0.65);
      } else set('title', p, 0.7);
    } else if (!out.address && ADDRESS_RE.test(p) && /\d/.test(p)) {
      // the street line over a postcode line ("Gewerbepark Nord 7" / "93055 Regensburg"), or the postcode line under a street
      const k = parts.indexOf(p);
      const postcode = (t: string | undefined) => t !== undefined && /^\d{4,5}\s+\p{L}/u.test(t);
      // "Hauptstraße 12", or the number first: "27 avenue Jean Jaurès", "14 Canal Street"
      const street = (t: string | undefined) => t !== undefined && (/\p{L}{3,}.*\s\d+\s?[a-z]?$/iu.test(t) || /^\d{1,4}[a-z]?,?\s+\p{L}{2,}(?:\s+\p{L}+){1,5}$/iu.test(t)) && !PHONE_RE.test(t);
      const lines = postcode(p) && street(parts[k - 1]) ? [parts[k - 1], p] : street(p) && postcode(parts[k + 1]) ? [p, parts[k + 1]] : [p];
      set('address', lines.join(', '), 0.6);
    } else if (!out.name && looksLikeName(personName(p))) set('name', personName(p), 0.7);
  }
  // "Praktijkhouder, Fysiotherapie Smeets": without a company of a legal form, the capitalised words after the title on its line
  if (out.name && out.title && !out.company) {
    const line = block.find((l) => l.includes(out.title.raw) && l.trim() !== out.title.raw);
    const after = line?.slice(line.indexOf(out.title.raw) + out.title.raw.length).replace(/^\s*(?:[,|·•–—-]\s*)/, '').trim();
    if (after && /^\p{Lu}/u.test(after) && !/\d/.test(after) && after.split(/\s+/).length <= 6) set('company', after, 0.55);
  }
  freeSentenceFields(searchAll, set);
  return out;
}

/** Academic and professional titles in front of a name: "Dott.ssa Federica Danieli", "Dipl.-Ing. Jan Kühn", "Mag. Eva Gruber". */
export const NAME_TITLE_RE =
  /^(?:(?:dr|dra|prof|dott(?:\.?ssa)?|ing|eng(?:\.?[ªº])?|sr\.?[ªa]|mag|dipl\.?-?\s?(?:ing|kfm|kffr)|arch|avv|rag|geom|drs|ir|mr|mrs|ms|mme|mlle|herrn?|frau|sr|sra|dhr|mevr|mgr|in[żz]|hab|doc|bc|mudr|judr|phdr|pharmdr|rndr|paeddr|mvdr|lic|univ\.?-?prof|priv\.?-?doz|bapak|pak|ibu|bu|sdr|sdri|[مد]\.|السيد|السيدة|الدكتور|د\.|г-н|г-жа|пан|пані|ông|bà|anh|chị)\.?\s+)+/iu;
/** Degrees written after a name: "Anna Berg, PhD", "Jan Novák Ph.D.", "Lea Moser MBA". */
const NAME_DEGREE_RE = /,?\s+(?:ph\.?\s?d\.?|mba|m\.?\s?sc\.?|b\.?\s?sc\.?|csc\.?|dis\.?|esq\.?|cpa|cfa|acca|pmp|s\.\s?e\.?|s\.\s?h\.?|s\.\s?kom\.?|s\.\s?t\.?|m\.\s?m\.?)$/i;
/** Emoji and pictographs people add to their display name ("Chloé Martin 🌱"). */
const PICTOGRAPHS = /[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu;

/** A person's name as the record keeps it: academic titles and honorifics in front, degrees behind, left out. */
export function personName(raw: string): string {
  return raw.replace(PICTOGRAPHS, '').trim().replace(NAME_TITLE_RE, '').replace(NAME_DEGREE_RE, '').trim();
}

export function looksLikeName(s: string): boolean {
  const words = s.split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    !/\d/.test(s) &&
    words.every((w) => /^(\p{Lu}[\p{L}'’.-]*|von|van|de|del|der|la|le|da|di)$/u.test(w)) &&
    !CLOSING_RE.test(foldText(s))
  );
}

const HONORIFIC_RE = /^(?:herrn?|frau|mr|mrs|ms|dr|monsieur|madame|señora?|sr|sra|signora?|sig|dhr|mevr)\.?\s+/i;
const LEADING_VERB_RE = /^(met|spoke|talked|called|call|meeting|lunch|with|mit|traf|getroffen|rencontre|rencontré|avec|conocí|hablé|con)\s+/i;

/** A deal's value said in prose: "budget ... 30.000 €", "orçamento ... 25 000 euros", "thinking around $18k". */
export function valueInProse(text: string): string | null {
  const budget =
    /\b(?:budget|value|worth|deal|wert|volumen|presupuesto|or[çc]amento|valor|montant|valeur|bilancio|budżet|rozpočet|budjetti|budsjett|around|roughly|approximately|about|circa|ungefähr|etwa|environ|unos|cerca de)\b[^\d€$£]{0,40}?((?:[€$£]\s?)?\d[\d.,\s]*\d\s?(?:k\b|€|eur(?:os?)?\b|usd\b|\$|£)|[€$£]\s?\d[\d.,]*\s?k?)/iu.exec(text);
  return budget ? budget[1].replace(/\s*(?:euros?|eur|usd)$/i, '') : null;
}

/** Prose such as "Met Anna Berg from Nordlicht GmbH, budget about 12.000 €". */
function freeSentenceFields(text: string, set: (f: string, raw: string, c: number) => void): void {
  const nameCompany = /\b(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,2})\s+(?:from|of|at|von|bei|de|chez|del)\s+(?:(?:der|dem|den|the|la|le|el)\s+)?(\p{Lu}[\p{L}&.-]*(?:\s(?:\p{Lu}[\p{L}&.-]*|GmbH|AG|Inc\.?|Ltd\.?|SA|SL|SARL))*)/u.exec(text);
  if (nameCompany) {
    set('name', nameCompany[1].replace(LEADING_VERB_RE, '').replace(HONORIFIC_RE, ''), 0.6);
    set('company', nameCompany[2], 0.6);
  }
  const value = valueInProse(text);
  if (value) set('value', value, 0.6);
  const source = /\b(trade ?fair|trade ?show|messe|salon|feria|website|webseite|site web|referral|empfehlung|recommandation|linkedin|cold call|newsletter)\b/i.exec(text);
  if (source) set('source', source[1].toLowerCase(), 0.5);
}
