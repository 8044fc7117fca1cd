import { afterLabel, findLabels, findEmail } from './label-values';
import { LABELS, LEGAL_FORM, TITLE, classifyTotalLabel } from './labels';
import { cellUnder, type Line } from './layout';
import { isItemHeader } from './line-items';
import { emptyParty, type InvoiceParty } from './types';

/** EU VAT numbers (and Swiss UID) once spaces/dots are removed. */
const VAT_PATTERN =
  /^(?:NO\d{9}(?:MVA)?|ATU\d{8}|BE[01]\d{9}|BG\d{9,10}|CHE\d{9}(?:MWST|TVA|IVA)?|CY\d{8}[A-Z]|CZ\d{8,10}|DE\d{9}|DK\d{8}|EE\d{9}|EL\d{9}|ES[A-Z0-9]\d{7}[A-Z0-9]|FI\d{8}|FR[A-HJ-NP-Z0-9]{2}\d{9}|GB(?:\d{9}|\d{12})|HR\d{11}|HU\d{8}|IE\d{7}[A-Z]{1,2}|IT\d{11}|LT(?:\d{9}|\d{12})|LU\d{8}|LV\d{11}|MT\d{8}|NL\d{9}B\d{2}|PL\d{10}|PT\d{9}|RO\d{2,10}|SE\d{12}|SI\d{8}|SK\d{10}|XI\d{9})$/;

const ANY_LABEL = [LABELS.invoiceNumber, LABELS.issueDate, LABELS.dueDate, LABELS.buyer, LABELS.seller];

interface Block {
  lines: number[];
  texts: string[];
  /** left edge of the block's cells (a party block shares its lines with what stands beside it) */
  x?: number;
}

/** VAT ids in a text: the pattern on compacted tokens, or a labelled id with enough digits. */
/** IBANs ("DE44 3705 0198 1934 5678 90") start like VAT ids; they are blanked out first. */
const IBAN = /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){3,7}(?:[ ]?[A-Z0-9]{1,3})?\b/g;

/** "Your VAT no.", "Ihre MWST-Nr.": the buyer's id, wherever it is printed. */
// (or after it: "UID Kunde", "VAT no. customer", "N° TVA client")
const THEIR_VAT_ID =
  /(?<![\p{L}])(?:your|ihre?|votre|uw|su|vostra|sua|customer|client|kunden)(?![\p{L}])[^:\d]{0,14}(?:vat|mwst|ust|tva|btw|iva|uid|tax|nif|cif)|(?<![\p{L}])(?:vat|mwst|ust|tva|btw|iva|uid|nif|cif)(?:[-\s.]*(?:id|nr|no|n°|number))?[-\s.]*(?:des\s*|du\s*|del\s*|van\s*de\s*)?(?:kunden?|customer|client|cliente|klant)(?![\p{L}])/iu;

/** Norway prints its VAT number as the organisation number with "MVA": "Org.nr. 912 345 678 MVA". */
const DANISH_CVR = /\bCVR(?:-?nr\.?)?:?\s*(\d{2}\s?\d{2}\s?\d{2}\s?\d{2})(?!\d)/i;
const NORWEGIAN_VAT = /(?<![\d])(\d{3})\s?(\d{3})\s?(\d{3})\s?MVA\b/;

export function findVatIds(text: string): string[] {
  const out: string[] = [];
  text = text.replace(IBAN, (iban) => ' '.repeat(iban.length));
  const norwegian = NORWEGIAN_VAT.exec(text);
  if (norwegian && !/\bNO\s?\d/.test(text)) out.push(`NO${norwegian[1]}${norwegian[2]}${norwegian[3]}MVA`);
  // Denmark: the CVR number is the VAT number without "DK"
  const danish = DANISH_CVR.exec(text);
  if (danish && !/\bDK\s?\d/.test(text)) out.push(`DK${danish[1].replace(/\s/g, '')}`);
  // every place a country code could start (a match may hide inside another: "SIRET 812 … - TVA FR40…")
  for (const start of text.matchAll(/\b[A-Z]{2}(?=\s?[A-Z0-9])/g)) {
    const m = /^[A-Z]{2}\s?[A-Z0-9][A-Z0-9 .\-]{5,16}[A-Z0-9]\b/.exec(text.slice(start.index ?? 0));
    if (!m) continue;
    for (let len = m[0].length; len >= 8; len--) {
      const compact = m[0].slice(0, len).replace(/[ .\-]/g, '');
      if (VAT_PATTERN.test(compact)) {
        if (!out.includes(compact)) out.push(compact);
        break;
      }
    }
  }
  // India: the GSTIN (state code, PAN, entity, Z, check character)
  // Japan: the qualified invoice issuer's registration number (T and 13 digits)
  for (const t of text.matchAll(/(?<![A-Z0-9])T\d{13}(?!\d)/g)) if (!out.includes(t[0])) out.push(t[0]);
  for (const gstin of text.matchAll(/(?<![A-Z0-9])\d{2}[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z](?![A-Z0-9])/g)) if (!out.includes(gstin[0])) out.push(gstin[0]);
  const labelled = LABELS.vatId.exec(text);
  if (!out.length && labelled) {
    // up to the next part of the line ("P.IVA 01234567890 - C.F. NRECHR…")
    const rest = text.slice((labelled.index ?? 0) + labelled[0].length).replace(/^[\s:#.\-：]+/, '').split(/\s[-–—·|]\s|\s{2,}|,\s/)[0];
    const token = /^[A-Z0-9][A-Z0-9 .\/-]{4,20}[A-Z0-9]/i.exec(rest)?.[0];
    if (token && (token.match(/\d/g) ?? []).length >= 6) out.push(token.replace(/[ .]/g, '').toUpperCase());
  }
  return out;
}

/** A cell that is only a VAT id's label ("ABN", "VAT No.:"). */
function onlyVatLabel(text: string): boolean {
  const m = LABELS.vatId.exec(text);
  return m !== null && text.slice(0, m.index).trim() === '' && /^\s*[:#.]?\s*$/.test(text.slice(m.index + m[0].length));
}

/** A VAT id printed under its label, in a meta column of the document ("ABN" over "75 248 175 360"): the seller's, unless in the buyer's block. */
function idUnderItsLabel(lines: Line[], inBuyer: Set<number>, buyerVatId: string | null): string | null {
  for (let i = 0; i + 1 < lines.length; i++) {
    if (inBuyer.has(i) || THEIR_VAT_ID.test(lines[i].text)) continue;
    const below = lines[i + 1];
    if (below.page !== lines[i].page || below.y - lines[i].y > 2.5) continue;
    for (let k = 0; k < lines[i].cells.length; k++) {
      if (!onlyVatLabel(lines[i].cells[k].text)) continue;
      const value = cellUnder(lines[i], k, below);
      const id = value ? findVatIds(`${lines[i].cells[k].text} ${value.text}`).find((v) => v !== buyerVatId) : undefined;
      if (id) return id;
    }
  }
  return null;
}

function isPartyLabelCell(text: string, label: RegExp): boolean {
  const m = label.exec(text);
  if (!m || (m.index ?? 0) > 1) return false;
  const after = text.slice((m.index ?? 0) + m[0].length);
  // a bilingual heading: "FACTURER À / BILL TO"
  const translation = /^\s*\/\s*(.+)$/.exec(after);
  if (translation && label.exec(translation[1])?.index === 0) return isPartyLabelCell(translation[1], label);
  // "Buyer (Bill to)", "Consignee (Ship to)": the heading with a gloss
  const gloss = /^\s*\(([^)]{2,30})\)\s*:?\s*$/.exec(after);
  if (gloss && label.exec(gloss[1])?.index === 0) return true;
  return after.trim() === '' || /^\s*:/.test(after);
}

/** A line that ends a party block: another field label, a totals line, a title or a table header. */
const MONEY = /[€$£¥]\s?\d|\d[.,]\d{2}\s?(?:€|EUR|USD|GBP|CHF)\b/;

function endsBlock(line: Line, text: string): boolean {
  if (ANY_LABEL.some((re) => isPartyLabelCell(text, re)) || MONEY.test(text)) return true;
  if (isItemHeader(line)) return true;
  if (TITLE.test(text) && text.length < 14) return true;
  // a line of prose ("Questions about your bill? Call us on …"): no address goes on after it
  if (text.length > 45 && SENTENCE.test(text) && /\p{Ll}{3,}\s+\p{Ll}{3,}\s+\p{Ll}{3,}/u.test(text)) return true;
  // "Org.nr. 923 118 543 MVA" names a tax, but is the party's own id
  return !LABELS.vatId.test(text) && !REGISTRATION.test(text) && !findVatIds(text).length && classifyTotalLabel(text) !== null && /\d/.test(text);
}

/** Lines under (or right after) a party label, left-aligned with it, until a gap or another label. */
function blockAfter(lines: Line[], li: number, ci: number, label: RegExp | null): Block {
  const line = lines[li];
  const labelCell = line.cells[ci];
  // "Billed to | Brightwater Dental Ltd" with the address under the name: the block is the value's column
  const beside = line.cells[ci + 1];
  const next = lines[li + 1];
  // (a form's next label under it, "Customer | …" over "Invoice Number | …", is no column under a heading)
  const under = next?.page === line.page ? next.cells.find((c) => Math.abs(c.x - labelCell.x) < 3) : undefined;
  const headingOverColumn = under !== undefined && !ANY_LABEL.some((re) => re.test(under.text));
  const valueBeside =
    label !== null &&
    beside !== undefined &&
    !headingOverColumn &&
    afterLabel(labelCell.text, label)?.trim() === '' &&
    !ANY_LABEL.some((re) => re.test(beside.text)) &&
    // not the document's title or something else far off across the page ("Furnizor ……… FACTURĂ")
    !(TITLE.test(beside.text) && beside.text.length < 20) &&
    beside.x - labelCell.x2 < 30;
  if (valueBeside) return blockAfter(lines, li, ci + 1, null);
  const cell = labelCell;
  const block: Block = { lines: [], texts: [], x: cell.x };
  const rest = label ? (afterLabel(cell.text, label) ?? cell.text).trim() : cell.text;
  if (rest) {
    block.lines.push(li);
    block.texts.push(rest);
  }
  let lastY = line.y;
  for (let k = li + 1; k < lines.length && block.texts.length < 7; k++) {
    const l = lines[k];
    if (l.page !== line.page || l.y - lastY > 2.6) break;
    const c = l.cells.find((x) => Math.abs(x.x - cell.x) < 3);
    if (!c) continue;
    if (endsBlock(l, c.text)) break;
    // a form of field labels with their values beside them ("Nosaukums | AS Baltijas …", "PVN reģ. Nr. | LV4000…")
    const value = l.cells[l.cells.indexOf(c) + 1];
    const field = value && value.x - c.x2 < 25 && c.text.length <= 20 && !/\d/.test(c.text) && FIELD_LABEL.test(c.text.trim());
    block.lines.push(k);
    block.texts.push(field ? `${c.text.replace(/[:\s]+$/, '')}: ${value.text}` : c.text);
    lastY = l.y;
  }
  return block;
}

// a letter-aware boundary: "Hôtel" is a name, "Tél." is a phone
const NOT_ADDRESS = /@|(?<![\p{L}])(?:tel|phone|fax|mobile|telefon|tél|teléfono|telefone|puh|tlf|tfn|mob|gsm|www\.|https?:|iban|bic|swift|bank|banca|banco|banque|capital\s+social|share\s+capital|kapita[łl]\s+zak[łl]adowy)(?![\p{L}])|^\+?\d[\d\s()/-]{6,}$/iu;
/** Company registration numbers and registers: "Org.nr 556677-8899", "KvK 12345678", "HRB 1234", "SIRET …", "Company no. …" */
const REGISTRATION = /^(?:org\.?\s?nr|organisationsnummer|kvk|siret|siren|rcs|hr[ab]|handelsregister|amtsgericht|registergericht|registro|rea|cif|nif|nipc|p\.?\s?iva|partita iva|codice fiscale|c\.?\s?f\.|regon|krs|cvr|kbo|rpr|ondernemingsnummer|company\s+(?:no|number|reg)|reg(?:istration)?\.?\s+no|crn|ein|abn|i[čc]o?|y-tunnus|business\s+id|nr\.?\s*reg\.?\s*com|reg\.?\s*com|cnpj|gstin|oib|mb)(?![a-z])/i;
const SEGMENT = /\s+[·•|–—-]\s+|\s*\|\s*/;
const DOT_SEGMENT = /\s+[·•]\s+|\s*\|\s*/;
// OCR reads a middle dot as a hyphen: "Name - Street 1 - 12345 City"
const DASH_SEGMENT = /\s+[–—-]\s+|(?<=[\p{L}\d.])-\s+(?=\p{Lu})/u;

/** "Name · Street 1 · 12345 City" in its parts; a dash separates parts only in a run of three or more ("Lusoclima – Instalações, Lda." is one name). */
function segments(text: string): string[] {
  return text.split(DOT_SEGMENT).flatMap((part) => {
    const dashed = part.split(DASH_SEGMENT);
    return dashed.length >= 3 ? dashed : [part];
  });
}

/**
 * "Nordisk Kontorsservice AB, Org.nr 556677-8899, Momsreg.nr SE556677889901": a party on one line
 * with its ids, in its comma-separated parts (a legal form stays with the name before it).
 */
function withoutInlineIds(text: string): string[] {
  if (!text.includes(',')) return [text];
  const pieces = text.split(/,\s+/);
  const last = pieces[pieces.length - 1];
  // or a whole address on one line: "Café Havnen ApS, Nyhavn 17, 1051 København K"
  const oneLineAddress = POSTCODE_LINE.test(last) && (pieces.length >= 3 || LEGAL_FORM.test(pieces[0]));
  if (!oneLineAddress && !(LABELS.vatId.test(text) || findVatIds(text).length)) return [text];
  const parts: string[] = [];
  for (const part of pieces) {
    if (parts.length && LEGAL_FORM.test(part) && part.replace(LEGAL_FORM, '').replace(/[\s.]/g, '') === '') parts[parts.length - 1] += `, ${part}`;
    else parts.push(part);
  }
  return parts;
}

function partyFromBlock(block: Block): InvoiceParty {
  const party = emptyParty();
  // "Name · Street 1 · 12345 City" lines are split into their parts
  const texts = block.texts.flatMap(segments).flatMap(withoutInlineIds).map((t) => t.trim()).filter(Boolean);
  for (const t of texts) party.email ??= findEmail(t);
  // a VAT number with its country code ("IČ DPH: SK2020187653") over a labelled tax number without one ("DIČ: 2020187653")
  party.vatId = texts.flatMap((t) => findVatIds(t)).find((v) => VAT_PATTERN.test(v)) ?? texts.filter((t) => LABELS.vatId.test(t)).flatMap((t) => findVatIds(t))[0] ?? null;
  const plain = texts.filter((t) => !NOT_ADDRESS.test(t) && !REGISTRATION.test(t) && !new RegExp(IBAN.source).test(t) && !LABELS.vatId.test(t) && !findVatIds(t).length && !/^[\d\s\p{P}]+$/u.test(t));
  // "Herrn" / "Familie" / "Firma" on a line of its own over the name is no name
  if (plain.length > 1 && LONE_SALUTATION.test(plain[0])) plain.shift();
  party.name = plain[0]?.replace(NAME_LABEL, '') ?? null;
  // a tagline under the name ("boekhandel · drukkerij") is no address: it starts at the first line with a number
  const rest = plain.slice(1);
  const street = rest.findIndex((t) => /\d/.test(t));
  // no line with a number: a tagline ("Autorisert regnskapsførerselskap"), no address
  const address = (street < 0 ? [] : rest)
    .slice(street > 0 ? street : 0, (street > 0 ? street : 0) + 4)
    .map((t) => t.replace(ADDRESS_LABEL, '').replace(/,$/, ''))
    .join(', ');
  party.address = address || null;
  return party;
}

const ADDRESS_WORDS = String.raw`sediul(?:\s+social)?|adresa|address|adresse|adrese|anschrift|direcci[óo]n|indirizzo|endere[çc]o|adres|adresi|osoite|siedziba|adresas|aadress|δι[εέ]ύ?θυνση|адрес|адреса`;
const NAME_WORDS = String.raw`nosaukums|pavadinimas|nimi|nimetus|name|company(?:\s+name)?|naam|bedrijfsnaam|nom|raison\s+sociale|nombre|raz[óo]n\s+social|nome|ragione\s+sociale|firma|firmenname|n[áa]zev|nazwa|denumire|megnevez[ée]s|c[ée]gn[ée]v|επωνυμ[ίι]α|ονομασ[ίι]α|(?:ticaret\s+)?unvan[ıi]?|naziv|nazov|наименование|назва|название`;
/** "Sediul: Str. …", "Address: …": the label in front of an address line. */
const ADDRESS_LABEL = new RegExp(String.raw`^(?:${ADDRESS_WORDS})\s*:\s*`, 'i');
/** "Nosaukums: …", "Name: …": the label in front of a party's name in a form. */
const NAME_LABEL = new RegExp(String.raw`^(?:${NAME_WORDS})\s*:\s*`, 'i');
/** The labels of a party's form whose values stand beside them ("Nosaukums | AS …", "PVN reģ. Nr. | LV…"). */
const FIELD_LABEL = new RegExp(
  String.raw`^(?:${NAME_WORDS}|${ADDRESS_WORDS}|e-?pasts|e-?mail|tel(?:efons|efon|\.)?|phone|(?:pvn|pvm|vat|btw|mwst|ust|iva|tva|dph)\s*(?:reģ\.?|reg\.?)?\s*(?:nr\.?|no\.?|id)?|reģ\.?\s*nr\.?|reg\.?\s*(?:nr|no)\.?)\s*:?$`,
  'iu',
);

/** "t.a.v. de directie", "Attn: Accounts Payable", "z. H. Frau Weber", "à l'attention de": whom the letter is for. */
const ATTENTION =
  /^(?:t\.?\s?a\.?\s?v\b\.?|attn\b\.?|attention\b|z\.\s?h(?:d)?\.|zu\s+h(?:ä|ae)nden|(?:à|a)\s+l['’]attention|c\/o\b|all['’]attenzione|alla\s+c\.\s?a\.|c\.\s?a\.|a\/a\b|a\s+la\s+atenci[oó]n|ao\s+cuidado)/i;

const LONE_SALUTATION = /^(?:herrn?|frau|familie|firma|eheleute|mr\.?|mrs\.?|ms\.?|messrs\.?|monsieur|madame|m\.|mme\.?|sr\.|sra\.|spett\.?le|dhr\.?|mevr\.?|fam\.?)$/i;

/** "Herr Daniel Steiner", "Mrs Jane Doe", "Mme Claire Martin": a person a letter is addressed to. */
const PERSON = /^(?:herrn?|frau|mr\.?|mrs\.?|ms\.?|miss|mme\.?|monsieur|madame|sig\.(?:ra)?|sr\.|sra\.|dhr\.|mevr\.|de heer|mevrouw)\s+\p{Lu}/u;
const isPerson = (text: string) => PERSON.test(text.replace(/^\S+/, (title) => title.toLowerCase()));
/** "8800 Thalwil", "75008 Paris", "Madison, WI 53719", "Bristol BS1 5UH" */
const POSTCODE_LINE = /(?<![\d.,])\d{4,5}\s+\p{Lu}|\b[A-Z]{2,3}\s+\d{4,5}(?:-\d{4})?\b|\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b|(?<!\d)\d{3}\s\d{2}\s+\p{Lu}/u;

/**
 * An unlabelled addressee: the address block (above the item table) holding an attention line,
 * wherever it stands — beside the letterhead, right or left. The attention line itself is no
 * part of the address.
 */
function addresseeByAttention(lines: Line[]): Block | null {
  const headerAt = lines.findIndex((l) => isItemHeader(l));
  const end = Math.min(headerAt >= 0 ? headerAt : lines.length, 40);
  for (let i = 0; i < end; i++) {
    const ci = lines[i].cells.findIndex((c) => ATTENTION.test(c.text) || (i > 0 && isPerson(c.text)));
    if (ci < 0) continue;
    const x = lines[i].cells[ci].x;
    // (a mail's table may indent the company over the attention line by an empty cell: a line of one cell
    // naming a company with its legal form is the name above, wherever it starts)
    const inColumn = (k: number) => lines[k].cells.find((c) => Math.abs(c.x - x) < 3) ?? (k < i && lines[k].cells.length === 1 && LEGAL_FORM.test(lines[k].cells[0].text) ? lines[k].cells[0] : undefined);
    // the name (one or two lines) right above it, if any
    let top = i;
    while (top > 0 && i - top < 2 && lines[top - 1].page === lines[i].page && lines[top].y - lines[top - 1].y <= 2.6) {
      const c = inColumn(top - 1);
      if (!c || endsBlock(lines[top - 1], c.text) || ANY_LABEL.some((re) => re.test(c.text))) break;
      top -= 1;
    }
    const below = blockAfter(lines, i, ci, null);
    const above = Array.from({ length: i - top }, (_, k) => top + k);
    const block: Block = { lines: [...above, ...below.lines], texts: [...above.map((k) => inColumn(k)!.text), ...below.texts.slice(1)], x };
    // "Herr Daniel Steiner" under a company name is whom a letter is for only in a block of its
    // own with a postcode line, not in the letterhead (the owner's name under the firm's)
    const standsAlone = top > 0 && (lines[top].y - lines[top - 1].y > 2.6 || !inColumn(top - 1));
    const person = !ATTENTION.test(lines[i].cells[ci].text);
    if (person && (!above.length || !standsAlone || !block.texts.some((t) => POSTCODE_LINE.test(t)))) continue;
    if (block.texts.length >= 2) return block;
  }
  return null;
}

/**
 * A letterhead prints the brand ("De Letterzetter"), the footer the company it belongs to
 * ("De Letterzetter BV · Kerkstraat 56 …"): the name with its legal form, where one is printed.
 */
function legalName(lines: Line[], name: string): string {
  if (LEGAL_FORM.test(name)) return name;
  const lower = name.toLowerCase();
  for (const line of lines) {
    for (const cell of line.cells) {
      for (const part of segments(cell.text)) {
        const t = part.trim().replace(/[,;]$/, '');
        if (t.length > name.length && t.length <= name.length + 12 && t.toLowerCase().startsWith(`${lower} `) && LEGAL_FORM.test(t.slice(name.length))) return t;
      }
    }
  }
  return name;
}

/** Ids and contact details a company prints of itself: a VAT or registration number, an e-mail, a phone, a website. */
const SELF_DETAILS = /@|(?<![\p{L}])(?:tel|phone|puh|www\.)(?![\p{L}])/iu;

/**
 * Two company blocks side by side and no label says which is which (a Finnish "LASKU" with the
 * customer's window address left, the caterer's own block right): the issuer prints its ids and
 * contact details under its name, the addressee's block has none. The first one wins a tie.
 */
function issuerAmong(lines: Line[], li: number, cellIndexes: number[]): number {
  if (cellIndexes.length < 2) return cellIndexes[0] ?? 0;
  const evidence = (ci: number) => {
    const x = lines[li].cells[ci].x;
    let score = 0;
    let lastY = lines[li].y;
    for (let k = li + 1; k < lines.length && k < li + 8; k++) {
      if (lines[k].page !== lines[li].page || lines[k].y - lastY > 2.6) break;
      const c = lines[k].cells.find((cell) => Math.abs(cell.x - x) < 3);
      if (!c) continue;
      lastY = lines[k].y;
      if (findVatIds(c.text).length || LABELS.vatId.test(c.text) || REGISTRATION.test(c.text) || SELF_DETAILS.test(c.text)) score += 1;
    }
    return score;
  };
  const scores = cellIndexes.map(evidence);
  return cellIndexes[scores.indexOf(Math.max(...scores))];
}

export interface Parties {
  seller: InvoiceParty;
  buyer: InvoiceParty;
  sellerLabelled: boolean;
  buyerLabelled: boolean;
}

/** "Name GmbH · Street 1 · 12345 City", or with commas "Pedalwerk AG, Industriestrasse 21, 8404 Winterthur": a sender on one line. */
function isSenderLine(text: string): boolean {
  if (text.split(SEGMENT).length >= 3) return LEGAL_FORM.test(text) || /\d{4,5}\s+\p{Lu}/u.test(text);
  const parts = text.split(/,\s+/);
  return parts.length >= 3 && parts.length <= 5 && LEGAL_FORM.test(parts[0]) && POSTCODE_LINE.test(parts[parts.length - 1]);
}

/**
 * DIN 5008 / window-envelope letters: a one-line sender "Name · Street · City" directly
 * above the unlabelled recipient address.
 */
function returnAddress(lines: Line[]): { sender: Block; recipient: Block } | null {
  for (let i = 0; i < Math.min(lines.length - 2, 30); i++) {
    // the sender line, first on its line or beside the letterhead (meta fields may sit to its right)
    const cell = lines[i].cells.find((c) => isSenderLine(c.text));
    if (!cell) continue;
    // the first line below with a cell under the sender line (the meta block beside it may come first)
    let n = i + 1;
    while (n < Math.min(lines.length - 1, i + 4) && lines[n].y - lines[i].y <= 8 && !lines[n].cells.some((x) => Math.abs(x.x - cell.x) < 6)) n++;
    const next = lines[n];
    const c = next.cells.findIndex((x) => Math.abs(x.x - cell.x) < 6);
    if (c < 0 || next.y - lines[i].y > 8) continue;
    const recipient = blockAfter(lines, n, c, null);
    // right under the sender line, or a little lower when the block is plainly an address (a postcode line)
    const postal = recipient.texts.some((t) => /(?<!\d)\d{4,5}\s+\p{Lu}/u.test(t));
    if (recipient.texts.length >= 2 && (next.y - lines[i].y <= 4 || postal)) return { sender: { lines: [i], texts: [cell.text] }, recipient };
  }
  return null;
}

/**
 * Where a party's block starts: its heading ("Bill to", "Client"). A label with a code beside it
 * ("Client   CL-0457", "Customer | 10482") is a customer-number field, not a heading.
 */
function partyHeading(lines: Line[], label: RegExp) {
  return findLabels(lines, label, (t) => isPartyLabelCell(t, label)).find((hit) => {
    const beside = lines[hit.line].cells[hit.cell + 1]?.text.trim() ?? '';
    return !(/\d/.test(beside) && !/\s/.test(beside));
  });
}

/**
 * The other address block of the header when nothing names the buyer (a Xero-style "TAX INVOICE"
 * with the customer's address under it, the seller's beside): a name over a few lines, one of
 * them with a postcode, standing apart from the seller's block and saying nothing of the seller.
 */
function otherAddressBlock(lines: Line[], sellerBlock: Block, seller: InvoiceParty): Block | null {
  const headerAt = lines.findIndex((l) => isItemHeader(l));
  const end = Math.min(headerAt >= 0 ? headerAt : lines.length, 30);
  const sellerLines = new Set(sellerBlock.lines);
  const key = (t: string | null) => (t ?? '').toLowerCase().replace(/[^\p{L}\d]/gu, '');
  const ofSeller = (t: string) => (seller.name && key(t) === key(seller.name)) || (seller.vatId && key(t).includes(key(seller.vatId))) || (seller.email && t.includes(seller.email));
  for (let i = 0; i < end; i++) {
    for (let ci = 0; ci < lines[i].cells.length; ci++) {
      const cell = lines[i].cells[ci];
      if (sellerLines.has(i) && (sellerBlock.x === undefined || Math.abs(cell.x - sellerBlock.x) < 3)) continue;
      const t = cell.text;
      // a name with a number ("Brf Linden 4") only at the top of its block, where no street line can be
      const topOfColumn = i === 0 || lines[i].y - lines[i - 1].y > 2.6 || !lines[i - 1].cells.some((c) => Math.min(c.x2, cell.x2) > Math.max(c.x, cell.x));
      if (!/\p{L}{2}/u.test(t) || endsBlock(lines[i], t) || ANY_LABEL.some((re) => re.test(t)) || TITLE.test(t) || NOT_ADDRESS.test(t) || LABELS.vatId.test(t)) continue;
      if (/\d/.test(t) && (!topOfColumn || /^\d/.test(t) || POSTCODE_LINE.test(t))) continue;
      const block = blockAfter(lines, i, ci, null);
      // its lines hold no label's value: a label column beside ("Invoice Date") ends the search there
      if (block.texts.length < 2 || block.texts.length > 6 || !block.texts.slice(1).some((x) => POSTCODE_LINE.test(x))) continue;
      if (block.texts.some((x) => ofSeller(x) || ANY_LABEL.some((re) => re.test(x))) || block.lines.some((k) => sellerLines.has(k) && sellerBlock.x !== undefined && Math.abs(cell.x - sellerBlock.x) < 3)) continue;
      return block;
    }
  }
  return null;
}

export function extractParties(lines: Line[]): Parties {
  const buyerHit = partyHeading(lines, LABELS.buyer);
  const sellerHit = partyHeading(lines, LABELS.seller);
  const window = buyerHit ? null : returnAddress(lines);
  const addressee = buyerHit || window ? null : (addresseeByHonorific(lines) ?? addresseeByAttention(lines));
  const buyerBlock = buyerHit ? blockAfter(lines, buyerHit.line, buyerHit.cell, LABELS.buyer) : (window?.recipient ?? addressee);
  const sellerBlock = sellerHit ? blockAfter(lines, sellerHit.line, sellerHit.cell, LABELS.seller) : letterhead(lines, buyerBlock, window?.sender ?? null);
  const seller = sellerBlock ? partyFromBlock(sellerBlock) : emptyParty();
  const otherBlock = buyerBlock || !sellerBlock ? null : otherAddressBlock(lines, sellerBlock, seller);
  const buyer = buyerBlock ? partyFromBlock(buyerBlock) : otherBlock ? partyFromBlock(otherBlock) : emptyParty();
  if (seller.name && !sellerHit) seller.name = legalName(lines, seller.name);
  const sellerVatFromBlock = seller.vatId !== null;
  const buyerLines = buyerBlock ?? otherBlock;
  const inBuyer = new Set(buyerLines?.lines ?? []);
  // seller contact data often sits in a footer: take what is outside the buyer block
  lines.forEach((line, li) => {
    for (const cell of line.cells) {
      // what stands beside the buyer's block on its lines is still the seller's
      if (inBuyer.has(li) && (buyerLines?.x === undefined || Math.abs(cell.x - buyerLines.x) < 3)) continue;
      // (a VAT number with its country code, in a footer too, over a domestic tax number found before it)
      if ((!seller.vatId || (!sellerVatFromBlock && !VAT_PATTERN.test(seller.vatId))) && !THEIR_VAT_ID.test(line.text)) {
        const ids = findVatIds(cell.text).filter((v) => v !== buyer.vatId);
        if (ids.length && (LABELS.vatId.test(cell.text) || VAT_PATTERN.test(ids[0])) && (!seller.vatId || VAT_PATTERN.test(ids[0]))) seller.vatId = ids[0];
      }
      if (!seller.email) {
        const email = findEmail(cell.text);
        if (email && email !== buyer.email) seller.email = email;
      }
    }
  });
  if (!seller.vatId) seller.vatId = idUnderItsLabel(lines, inBuyer, buyer.vatId);
  seller.name = cleanName(seller.name);
  buyer.name = cleanName(buyer.name) ?? (buyerBlock || otherBlock ? null : greetedCompany(lines));
  return { seller, buyer, sellerLabelled: !!sellerHit, buyerLabelled: !!buyerHit || !!window || !!addressee || !!otherBlock };
}

/** Words of a sentence that mentions a company ("Here's your invoice from Fieldnote Software Ltd."), not of its name. */
const SENTENCE = /(?<![\p{L}])(?:here'?s|your|our|you|we|thank|ihre?|unsere?|wir|vielen|votre|notre|nous|vous|merci|su|nuestra|gracias|uw|onze|bedankt|grazie|vostra|nostra|obrigad[oa])(?![\p{L}])/iu;

/** The salutation of an e-mail or letter ("Hi Sam,", "Sehr geehrte Frau …"): no letterhead. */
const GREETING =
  /^(?:hi|hello|dear|hey|hallo|hej|hei|hoi|moi|ciao|bonjour|bonsoir|cher|ch[èe]re|hola|ol[áa]|bom dia|boa tarde|prezad[oa]s?|sehr geehrte[rs]?|liebe[rs]?|guten tag|beste|geachte|goedemorgen|goedemiddag|gentile|egregio|buongiorno|car[oa]|estimad[oa]s?|buenos d[íi]as|madame|monsieur|say[ıi]n|szanown\p{L}*|witam|dzie[ńn] dobry|ahoj|dobr[ýy] den|v[áa][žz]en[ýá]\p{L}*|hyv[äa] |tere|labdien|zdravo|здравствуйте|добрый день|уважаем\p{L}*|шановн\p{L}*|αγαπητ\p{L}*|καλημ[έε]ρα)(?![\p{L}])/iu;

/** "Receipt from Quillmate, Inc.", "Rechnung von …": what a mail's heading says around the seller's name. */
const NAME_LEAD = /^(?:(?:your\s+)?(?:receipt|invoice|bill|order)|rechnung|quittung|facture|re[çc]u|factura|recibo|fattura|ricevuta|factuur|faktura|kvitto)\s+(?:from|von|de|da|di|van|fr[åa]n|od|från)\s+/iu;
/** Share capital after the name ("Les Tables de Margaux SARL au capital de 8 000 €", "… GmbH, Stammkapital 25.000 €"). */
const SHARE_CAPITAL = /\s*[,·–-]?\s*(?:au capital(?: social)? de|with (?:a )?share capital of|share capital|capital social(?: de)?|stammkapital|grundkapital|kapita[łl] zak[łl]adowy|capitale sociale)\b.*$/iu;

/** A footer written as one paragraph ("Larkspur Fibre Ltd, 3 Calder Park Way, Wakefield. Registered in …"): the name ends at its legal form. */
function upToLegalForm(text: string): string {
  if (text.length <= 60) return nameBeforeContact(text) ?? text;
  const m = LEGAL_FORM.exec(text);
  return m && m.index + m[0].length <= 60 ? text.slice(0, m.index + m[0].length).replace(/[\s,]+$/, '') : text;
}

/** A footer line that goes on with the phone after the name's legal form ("Brandauer Klimatechnik GmbH Tel. +49 711 …"): the name. */
function nameBeforeContact(text: string): string | null {
  const m = LEGAL_FORM.exec(text);
  if (!m || !/^[\s,·|–-]*(?:tel(?:efon)?|phone|fax|mob(?:il)?|e-?mail|www)\b/i.test(text.slice(m.index + m[0].length))) return null;
  return text.slice(0, m.index + m[0].length).trim();
}

/** A Japanese sentence ("株式会社アオバ珈琲商会 経理担当の佐藤でございます。"): the writer introducing herself, not a letterhead. */
const JAPANESE_SENTENCE = /(?:です|ます)。?$|。$/u;

const nameKey = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** A party's name as printed, without what a heading or a register line puts around it. */
function cleanName(name: string | null): string | null {
  if (!name) return name;
  const clean = name.replace(NAME_LEAD, '').replace(SHARE_CAPITAL, '').trim();
  return clean || name;
}

/** The company a mail greets ("Hi Hollins & Reed Joinery Ltd,", "Sayın Karadeniz Lojistik Ltd. Şti.,"): whom the invoice is for. */
function greetedCompany(lines: Line[]): string | null {
  for (const line of lines.slice(0, 40)) {
    const m = GREETING.exec(line.text.trim());
    if (!m) continue;
    const rest = line.text.trim().slice(m[0].length).replace(/^[\s,]+/, '').replace(/[\s,:!]+$/, '');
    if (rest && rest.length < 60 && LEGAL_FORM.test(rest)) return rest;
  }
  return null;
}

/** Japanese and Korean letters name the addressee with an honorific after it: "合同会社さくらデリ 御中", "山田太郎 様", "OO 귀하". */
/** A company's honorific (御中, 귀중), then a person's (様, 殿, 귀하): after a name, or in a cell of its own beside it. */
const HONORIFICS = ['御中|귀중', '様|殿|귀하'].map((h) => ({ after: new RegExp(`^(.+?)\\s*(?:${h})$`, 'u'), alone: new RegExp(`^(?:${h})$`, 'u') }));

function addresseeByHonorific(lines: Line[]): Block | null {
  // a company's honorific (御中, 귀중) first: "経理ご担当者様" above it is a person of that company
  for (const honorific of HONORIFICS) {
    for (let i = 0; i < Math.min(lines.length, 30); i++) {
      const cells = lines[i].cells;
      for (let ci = 0; ci < cells.length; ci++) {
        const own = honorific.after.exec(cells[ci].text.trim());
        const beside = honorific.alone.test(cells[ci + 1]?.text.trim() ?? '');
        // ("お客様", "皆様": a salutation or a label, not a name)
        if ((!own && !beside) || (own && /^(?:お客|皆|各位)/u.test(own[1]))) continue;
        const block = blockAfter(lines, i, ci, null);
        block.texts[0] = own ? own[1] : cells[ci].text.trim();
        return block;
      }
    }
  }
  return null;
}

/** A line holds a VAT id or a registration number ("Y-tunnus 3182457-1", "ALV-nro FI31824571", "USt-IdNr."). */
function holdsIds(line: Line): boolean {
  return findVatIds(line.text).length > 0 || line.cells.some((c) => LABELS.vatId.test(c.text) || REGISTRATION.test(c.text.trim()));
}

/** The words of a company name that tell it apart (its legal form aside). */
function nameWords(text: string): Set<string> {
  return new Set(text.replace(LEGAL_FORM, ' ').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4));
}

/**
 * A seller named only in the footer, with its ids ("Pyynikin Leipomo Oy · Y-tunnus 3182457-1 ·
 * ALV-nro FI31824571"), where the first company at the top has no id near it and shares no name
 * with it: the company at the top is the addressee in the window, the footer's is the issuer.
 */
function footerIssuer(lines: Line[], top: number, headerAt: number, isLegalName: (i: number, c: { text: string; x: number }) => boolean): number | undefined {
  if (headerAt < 0 || top >= headerAt) return undefined;
  const near = (i: number, span: number) => lines.slice(i, i + span + 1).filter((l) => l.page === lines[i].page && l.y - lines[i].y < 8);
  if (near(top, 5).some(holdsIds)) return undefined;
  const topWords = nameWords(lines[top].cells.find((c) => isLegalName(top, c))?.text ?? '');
  for (let i = lines.length - 1; i > headerAt; i--) {
    if (lines[i].page !== lines[top].page) continue;
    const cell = lines[i].cells.find((c) => isLegalName(i, c));
    if (!cell || !near(i, 2).some(holdsIds) || /\d[.,]\d{2}(?!\d)/.test(lines[i].text)) continue;
    const words = nameWords(cell.text);
    return [...words].some((w) => topWords.has(w)) ? undefined : i;
  }
  return undefined;
}

/**
 * Nothing names the seller above the items: the footer's address block with the ids beside it
 * ("Schreinerei Matthias Huber / Inh. … / Kirchweg 7 / 83646 Bad Tölz" beside "USt-IdNr.: DE …").
 */
function footerAddress(lines: Line[], headerAt: number): number | undefined {
  if (headerAt < 0) return undefined;
  for (let i = headerAt + 1; i < lines.length && lines[i].page === lines[headerAt].page; i++) {
    const cell = lines[i].cells[0];
    if (!/^\p{Lu}/u.test(cell.text) || MONEY.test(lines[i].text) || ANY_LABEL.some((re) => re.test(cell.text)) || classifyTotalLabel(cell.text)) continue;
    const block = lines.slice(i, i + 5).filter((l, k) => l.page === lines[i].page && l.y - lines[i].y < 2.6 * (k + 1) && l.cells.some((c) => Math.abs(c.x - cell.x) < 3));
    const footer = lines.slice(i, i + 6).filter((l) => l.page === lines[i].page);
    if (block.length >= 3 && block.slice(1).some((l) => l.cells.some((c) => Math.abs(c.x - cell.x) < 3 && POSTCODE_LINE.test(c.text))) && footer.some(holdsIds)) return i;
  }
  return undefined;
}

/**
 * Unlabelled seller: a company name with a legal form (top of page 1 first, then the
 * footer; the footer's first when it carries the ids and the top one does not), else the first
 * substantial line of page 1 that is not a title or a field, else the footer's address block.
 */
function letterhead(lines: Line[], buyerBlock: Block | null, sender: Block | null): Block | null {
  const taken = new Set(buyerBlock?.lines ?? []);
  const headerAt = lines.findIndex((l) => isItemHeader(l));
  const usable = (i: number): boolean => !taken.has(i) && !isItemHeader(lines[i]);
  // a cell beside the buyer block (not in its column) is still the letterhead's
  const besideBuyer = (i: number, x: number): boolean => taken.has(i) && buyerBlock?.x !== undefined && Math.abs(x - buyerBlock.x) > 6 && !isItemHeader(lines[i]);
  const firstPage = lines.filter((l) => l.page === lines[0]?.page).length;
  const order = [...Array(firstPage).keys()];
  // the sender line of a window letter names the seller outright
  if (sender && LEGAL_FORM.test(withoutInlineIds(segments(sender.texts[0])[0])[0])) return sender;
  // not an item row ("Kartoffeln, 12,5-kg-Sack … 59,60" is no KG)
  // the cell, or the first part of a "Name Ltd · Street · City" line (a footer)
  const isLegalName = (i: number, c: { text: string; x: number }) => {
    // (an e-mail address or a web address is no name: "…@ingpec.eu" has no e.U. in it)
    const name = upToLegalForm(segments(c.text)[0]).replace(/\S+@\S+|(?:https?:\/\/|www\.)\S+/gi, ' ');
    // (the account holder of the bank details is no letterhead)
    if (/^(?:account\s*(?:name|holder)|kontoinhaber(?:in)?|titulaire(?:\s+du\s+compte)?|beneficiary|beneficiario|begünstigter|intestat[oa]\s+a|rekeninghouder|kontohavare)\b/i.test(name.trim())) return false;
    // (the buyer's name printed again, above the letter: "合同会社ミナト設計事務所" over "経理ご担当者様")
    const buyersName = buyerBlock !== null && nameKey(name) === nameKey(buyerBlock.texts[0] ?? '');
    // (a name has words besides its legal form: "AB-2026-0311" is an order number, not a Swedish AB)
    // (nor is a Dutch postcode's letter pair a legal form: "3511 NV Utrecht")
    return (usable(i) || besideBuyer(i, c.x)) && LEGAL_FORM.test(name.replace(/\b\d{4}\s?[A-Z]{2}\b/g, ' ')) && /\p{L}{2}/u.test(name.replace(LEGAL_FORM, ' ')) && name.length < 60 && !LABELS.vatId.test(name) && !SENTENCE.test(name) && !GREETING.test(name.trim()) && !buyersName && !JAPANESE_SENTENCE.test(name.trim());
  };
  const firstLegal = order.find((i) => !/\d[.,]\d{2}(?!\d)/.test(lines[i].text) && lines[i].cells.some((c) => isLegalName(i, c)));
  const legal = firstLegal === undefined ? undefined : (footerIssuer(lines, firstLegal, headerAt, isLegalName) ?? firstLegal);
  const top = order.slice(0, headerAt >= 0 ? headerAt : 12).find((i) => {
    const c = lines[i].cells[0];
    // (a sentence's last words, "folgt zu berechnen:", are no name)
    return usable(i) && /\p{L}{2}/u.test(c.text) && !/^\p{Ll}|:$/u.test(c.text.trim()) && !GREETING.test(c.text) && !MONEY.test(c.text) && !classifyTotalLabel(c.text) && !(TITLE.test(c.text) && c.text.length < 20) && !ANY_LABEL.some((re) => re.test(c.text)) && !LABELS.vatId.test(c.text);
  });
  // a letterhead without its legal form whose footer gives it ("Usinage Lyonnais de Précision" over
  // "Usinage Lyonnais de Précision – SAS au capital …") is the seller, not a company further down with one
  const key = top === undefined ? '' : nameKey(lines[top].cells[0].text);
  const brandInFooter =
    top !== undefined &&
    key.length >= 6 &&
    !LEGAL_FORM.test(lines[top].cells[0].text) &&
    (legal === undefined || (legal > top && !lines[legal].cells.some((c) => nameKey(c.text).startsWith(key)))) &&
    lines.some((l, i) => i > (headerAt >= 0 ? headerAt : top) && l.cells.some((c) => nameKey(c.text).startsWith(key) && LEGAL_FORM.test(c.text)));
  const start = brandInFooter ? top : (legal ?? top ?? (sender ? undefined : footerAddress(lines, headerAt)));
  if (start === undefined) return sender;
  const first = lines[start];
  const cellIndex = legal !== undefined && start === legal ? issuerAmong(lines, start, first.cells.flatMap((c, ci) => (isLegalName(start, c) ? [ci] : []))) : 0;
  const cell = first.cells[cellIndex];
  if (sender && !LEGAL_FORM.test(cell.text)) return sender;
  const block: Block = { lines: [start], texts: [nameBeforeContact(cell.text) ?? cell.text], x: cell.x };
  let lastY = first.y;
  for (let k = start + 1; k < lines.length && block.texts.length < 5; k++) {
    const l = lines[k];
    if (l.page !== first.page || l.y - lastY > 2.6) break;
    // left-aligned, or right-aligned like a letterhead in the top right corner
    const c = l.cells.find((x) => Math.abs(x.x - cell.x) < 3) ?? l.cells.find((x) => Math.abs(x.x2 - cell.x2) < 1.5 && x.x > cell.x - 20);
    // the buyer's block may stand beside this one: its lines go on, its cells are not ours
    if (taken.has(k) && !(c && besideBuyer(k, c.x))) {
      if (!c && buyerBlock?.x !== undefined && buyerBlock.x > cell.x + 20) {
        lastY = l.y;
        continue;
      }
      break;
    }
    // a line with nothing in this column, only far beside it (the addressee's block), does not end it
    if (!c && l.cells.every((x) => Math.abs(x.x - cell.x) > 20)) {
      lastY = l.y;
      continue;
    }
    if (!c || endsBlock(l, c.text) || ANY_LABEL.some((re) => re.test(c.text))) break;
    block.lines.push(k);
    block.texts.push(c.text);
    lastY = l.y;
  }
  return block;
}
