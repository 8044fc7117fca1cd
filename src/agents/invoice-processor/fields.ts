import { addDecimals, decimalsClose, detectDecimalSeparator, compareDecimals, findAmounts } from './amounts';
import { applyArithmeticConfidence, checkArithmetic } from './arithmetic';
import { detectCurrency } from './currency';
import { type DayMonthOrder, detectDayMonthOrder, findDates } from './dates';
import { LABELS, TITLE } from './labels';
import { valuesForLabel } from './label-values';
import { type Line, linesToText, overlapping } from './layout';
import { equationItems } from './equation-items';
import { extractLineItems, isItemHeader } from './line-items';
import { dueDateInTerms } from './payment-terms';
import { extractParties } from './parties';
import { findTotalCandidates, type TotalCandidate } from './totals';
import { emptyInvoice, type ExtractedInvoice } from './types';

const INVOICE_NUMBER = /^[#:]?\s*([\p{L}0-9][\p{L}0-9\-/._]{0,30}\d[\p{L}0-9\-/._]*|\d)(?![\p{L}\d])/iu;

/** A series code before the number, as Portuguese and Spanish invoices print it: "FT A2026/218". */
const SERIES_AND_NUMBER = /^([A-Z]{1,4})\s+([A-Z0-9]*\d[A-Z0-9\-/._]*)(?![\p{L}\d])/u;

function parseInvoiceNumber(text: string): string | null {
  const cleaned = text.replace(/^(?:no\.?|nr\.?|n[°º]|#|:)\s*/i, '').trim();
  const series = SERIES_AND_NUMBER.exec(cleaned);
  if (series && !findDates(series[2]).length) return `${series[1]} ${series[2].replace(/[.\-/]+$/, '')}`;
  const m = INVOICE_NUMBER.exec(cleaned);
  if (!m) return null;
  const value = m[1].replace(/[.\-/]+$/, '');
  if (findDates(value).length || value.length < 2 && !/^\d$/.test(value)) return null;
  return value;
}

/** "Invoice 2025-17", "FATURA FT 2025/312" (a series code before the number, as Portuguese invoices print it). */
/** An invoice number, with its series when the two are printed apart ("FT 2026/312", "A 1588"). */
function seriesAndNumber(text: string): string | null {
  const series = /^([A-Z]{1,4})\s+(\S*\d\S*)$/.exec(text.trim());
  return series ? parseInvoiceNumber(series[2]) && `${series[1]} ${parseInvoiceNumber(series[2])}` : parseInvoiceNumber(text);
}

function numberAfterTitle(lines: Line[]): string | null {
  // (in any cell of the line: "Fatura FT 2026A/118" in the top right corner beside the letterhead)
  for (const cell of lines.slice(0, 40).flatMap((line) => line.cells)) {
    const m = /^(?:invoice|rechnung|facture|factura|factuur|fattura|fatura|faktura)\s*[:#]?\s*(.+)$/i.exec(cell.text);
    if (!m || !TITLE.test(cell.text)) continue;
    const value = seriesAndNumber(m[1]);
    if (value && /\d/.test(value)) return value;
  }
  return null;
}

/** The title alone, its number on the line below: "FACTURE" over "N° F-2025-0042". */
function numberBelowTitle(lines: Line[]): string | null {
  for (let i = 0; i + 1 < Math.min(lines.length, 40); i++) {
    const title = lines[i].cells.find((cell) => TITLE.test(cell.text) && /^\p{L}+$/u.test(cell.text.trim()) && cell.text.length <= 20);
    const below = lines[i + 1];
    if (!title || below.page !== lines[i].page || below.y - lines[i].y > 3) continue;
    const cell = below.cells.find((c) => Math.abs(c.x - title.x) < 4);
    const m = cell && /^(?:n[°º.o]|no\.?|nr\.?|#|num(?:ber|[ée]ro)?\.?)\s*:?\s*(\S.*)$/i.exec(cell.text.trim());
    const value = m ? parseInvoiceNumber(m[1]) : null;
    if (value && /\d/.test(value)) return value;
  }
  return null;
}

/** A row of headings with a bare "Number" over a row that names the document ("Tipo documento | Numero" over "FATTURA | 184/2025"). */
function numberUnderTitleRow(lines: Line[]): string | null {
  for (let i = 0; i + 1 < Math.min(lines.length, 60); i++) {
    const below = lines[i + 1];
    if (below.page !== lines[i].page || below.y - lines[i].y > 4 || !below.cells.some((cell) => TITLE.test(cell.text) && cell.text.length <= 20)) continue;
    const heading = lines[i].cells.find((cell) => /^(?:numero|number|nummer|n[úu]mero|n[°º.]|nr\.?|no\.?)$/i.test(cell.text.trim()));
    const cell = heading && overlapping(below, heading.x, heading.x2)[0];
    const value = cell ? parseInvoiceNumber(cell.text) : null;
    if (value && /\d/.test(value)) return value;
  }
  return null;
}

/** "N° : NC-2026-0009" (or "Nº" over "000482") alone in the header of a titled document (a credit note, a receipt): its number. */
function numberAfterBareNo(lines: Line[]): string | null {
  const headerAt = lines.findIndex((l) => isItemHeader(l));
  const top = lines.slice(0, Math.min(headerAt >= 0 ? headerAt : 30, 30));
  if (!top.some((line) => line.cells.some((cell) => TITLE.test(cell.text) && cell.text.length <= 24))) return null;
  for (const [i, line] of top.entries()) {
    for (const cell of line.cells) {
      // ("č." Czech and Slovak, "br." Croatian, Serbian and Bosnian)
      const m = /^(?:n[°º]|no\.|nr\.|#|№|č\.|br\.)\s*:?\s*(\S+)$/i.exec(cell.text.trim());
      // or the mark alone with the number beside it ("N° | F-2026-031", "Número | FT 2026/312") or under it ("Nº" over "000482")
      const alone = !m && /^(?:n[°º]|no\.?|nr\.?|#|№|n[úu]mero|numero|number|nummer|č\.|br\.)\s*:?$/i.test(cell.text.trim());
      const beside = alone ? line.cells[line.cells.indexOf(cell) + 1] : undefined;
      const below = alone && !beside && top[i + 1] && top[i + 1].y - line.y <= 2.5 ? overlapping(top[i + 1], cell.x - 4, cell.x2 + 4)[0] : undefined;
      const value = m ? parseInvoiceNumber(m[1]) : beside ? seriesAndNumber(beside.text) : below ? parseInvoiceNumber(below.text) : null;
      if (value && value.length >= 3 && /\d/.test(value)) return value;
    }
  }
  return null;
}

function dateParser(order: DayMonthOrder) {
  return (text: string) => {
    const d = findDates(text, order)[0];
    return d && d.index < 25 ? d : null;
  };
}

/** The date printed right after the invoice number ("n. 1482/2026 del 05/11/2026", "Nr. 17 vom 3.11.2026", "n° 12 du 4 mars 2026"). */
function dateAfterNumber(lines: Line[], number: string, parse: (text: string) => { iso: string } | null): string | null {
  for (const line of lines) {
    const at = line.text.indexOf(number);
    if (at < 0) continue;
    const rest = /^\s*(?:del|dell['’]|vom|du|de\s+fecha|de|dated|of|fr[åa]n|z\s+dnia|ze\s+dne|от|с)\s+(.{6,30})/iu.exec(line.text.slice(at + number.length));
    const date = rest ? parse(rest[1]) : null;
    if (date) return date.iso;
  }
  return null;
}

const notOtherDate = (t: string): boolean => !LABELS.otherDate.test(t);
/** "Invoice date / Delivery date 14.03.2025": one date for both. */
const sharedWithOtherDate = (t: string): boolean => t.includes('/') && LABELS.issueDate.test(t.split('/')[0]) && !LABELS.otherDate.test(t.split('/')[0]);

/** A document title alone on its line ("FATTURA", "RECHNUNG", "INVOICE"). */
const TITLE_ALONE = /^\s*(?:fattura|rechnung|facture|factura|fatura|factuur|faktura|invoice|tax invoice|lasku|счёт|τιμολ[οό]γιο)\s*$/i;
/** A number label opening the line under it ("n. 27/2026 del 16/03/2026", "Nr. 4711 vom …"). */
const NUMBER_FIRST = /^\s*(?:n|nr|no|num|nº|n°|№|#)\.?\s*\S/i;

/**
 * "FATTURA" over "n. 27/2026 del 16/03/2026" (a title cell and the number cell under it, wherever on
 * the page): read as one cell ("FATTURA n. 27/2026 del 16/03/2026"), as most invoices print it.
 */
function joinTitleWithNumber(lines: Line[]): Line[] {
  return lines.map((line, i) => {
    const prev = lines[i - 1];
    if (!prev || prev.page !== line.page || line.y - prev.y > 2.5) return line;
    const titles = prev.cells.filter((cell) => TITLE_ALONE.test(cell.text));
    if (!titles.length) return line;
    let joined = false;
    const cells = line.cells.map((cell) => {
      const title = titles.find((t) => Math.abs(t.x - cell.x) < 12);
      if (!title || !NUMBER_FIRST.test(cell.text)) return cell;
      joined = true;
      return { ...cell, text: `${title.text.trim()} ${cell.text}` };
    });
    return joined ? { ...line, cells, text: cells.map((cell) => cell.text).join('   ') } : line;
  });
}

export function extractFields(allLines: Line[], source: 'text' | 'ocr'): ExtractedInvoice {
  const lines = joinTitleWithNumber(allLines);
  const inv = emptyInvoice(source);
  const c = inv.confidence;
  const text = linesToText(lines);
  if (!text.trim()) {
    inv.warnings.push('no text found');
    return inv;
  }
  const decimalHint = detectDecimalSeparator(text);
  const currency = detectCurrency(text);
  inv.currency = currency.code;
  c.currency = currency.confidence;
  const { order, certain } = detectDayMonthOrder(text, currency.code);
  const base = source === 'ocr' ? 0.85 : 1;

  // invoice number
  const numbers = valuesForLabel(lines, LABELS.invoiceNumber, parseInvoiceNumber);
  if (numbers.length) {
    inv.invoiceNumber = numbers[0].value;
    c.invoiceNumber = (numbers[0].placement === 'inline' ? 0.85 : 0.75) * base;
  } else {
    const titled = numberAfterTitle(lines) ?? numberUnderTitleRow(lines) ?? numberBelowTitle(lines) ?? numberAfterBareNo(lines);
    if (titled) {
      inv.invoiceNumber = titled;
      c.invoiceNumber = 0.6 * base;
    }
  }

  // dates
  const parse = dateParser(order);
  const due = valuesForLabel(lines, LABELS.dueDate, parse, notOtherDate);
  const issue = valuesForLabel(lines, LABELS.issueDate, parse, (t) => (notOtherDate(t) || sharedWithOtherDate(t)) && !LABELS.dueDate.test(t));
  const ambiguityPenalty = (ambiguous: boolean): number => (ambiguous && !certain ? 0.55 : 1);
  const dueInTerms = due.length ? null : dueDateInTerms(lines, order);
  const numberDate = issue.length || !inv.invoiceNumber ? null : dateAfterNumber(lines, inv.invoiceNumber, parse);
  if (due.length) {
    inv.dueDate = due[0].value.iso;
    c.dueDate = 0.85 * base * ambiguityPenalty(due[0].value.ambiguous);
  } else if (dueInTerms) {
    inv.dueDate = dueInTerms.iso;
    c.dueDate = 0.6 * base * ambiguityPenalty(dueInTerms.ambiguous);
  }
  if (issue.length) {
    inv.issueDate = issue[0].value.iso;
    c.issueDate = 0.85 * base * ambiguityPenalty(issue[0].value.ambiguous);
  } else if (numberDate) {
    // "FATTURA N. 1482/2026 del 05/11/2026", "Rechnung Nr. 17 vom 03.11.2026": the number's own date
    inv.issueDate = numberDate;
    c.issueDate = 0.7 * base;
  } else {
    const all = new Set(lines.flatMap((l) => findDates(l.text, order).map((d) => d.iso)).filter((d) => d !== inv.dueDate));
    if (all.size === 1) {
      inv.issueDate = [...all][0];
      c.issueDate = 0.5 * base;
      inv.warnings.push('issue date is the only unlabelled date in the document');
    }
  }
  if ((issue[0]?.value.ambiguous || due[0]?.value.ambiguous) && !certain) {
    inv.warnings.push(`day/month order is ambiguous; read as ${order === 'mdy' ? 'month/day' : 'day/month'}`);
  }

  // line items, then totals from the lines outside the item table
  const found = extractLineItems(lines, decimalHint);
  // no item table: items typed as sums ("2 x 12,00 € = 24,00 €"), as in a mail
  const table = found.items.length ? found : equationItems(lines, decimalHint);
  inv.lineItems = table.items;
  if (source === 'ocr') inv.warnings.push(...quantitiesFromAmounts(table.items));
  c.lineItems = table.items.length ? (table.consistent ? 0.8 : 0.6) * base : 0;
  const itemsSum = table.items.length && table.items.every((i) => i.amount) ? addDecimals(table.items.map((i) => i.amount as string)) : null;
  selectTotals(inv, findTotalCandidates(lines, table.rows, decimalHint), itemsSum, base);
  // "TVA non applicable, art. 293 B du CGI", "Nejsem plátce DPH", reverse charge: no tax, the total is the net sum
  if (inv.taxTotal === null && inv.total !== null && lines.some((line) => NO_VAT.test(line.text))) {
    inv.subtotal ??= inv.total;
    if (compareDecimals(inv.subtotal, inv.total) === 0) {
      inv.taxTotal = '0.00';
      c.taxTotal = 0.7 * base;
      c.subtotal = Math.max(c.subtotal, 0.7 * base);
    }
  }

  // parties
  const parties = extractParties(lines);
  inv.seller = parties.seller;
  inv.buyer = parties.buyer;
  c.seller = parties.seller.name ? (parties.sellerLabelled ? 0.75 : 0.55) * base : 0;
  c.buyer = parties.buyer.name ? (parties.buyerLabelled ? 0.75 : 0.5) * base : 0;

  const report = checkArithmetic(inv, withholdingAmount(lines, decimalHint));
  applyArithmeticConfidence(inv, report);
  inv.warnings.push(...report.warnings);
  return inv;
}

/** A seller that charges no VAT: small-business exemptions, not VAT-registered, reverse charge. */
const NO_VAT =
  /(?<![\p{L}])(?:tva\s+non\s+applicable|non\s+assujetti|(?:nejsem|není|nie\s+je|nie\s+jestem)\s+pl[áa]tc(?:e|om)\s+dph|neplátce\s+dph|kleinunternehmer|§\s*19\s*ustg|umsatzsteuer\s*befreit|not\s+(?:vat|gst)[-\s]registered|reverse\s+charge|autoliquidation|steuerschuldnerschaft\s+des\s+leistungsempf[äa]ngers|inversi[óo]n\s+del\s+sujeto\s+pasivo|verlegd|omvendt\s+betalingspligt|omv[äa]nd\s+skattskyldighet|odwrotne\s+obci[ąa][żz]enie|r[ée]gime\s+(?:de\s+)?franchise|regime\s+forfettario|senza\s+applicazione\s+dell['’]iva|(?:operazione\s+)?esente\s+(?:da\s+)?iva|fuori\s+campo\s+(?:di\s+applicazione\s+dell['’])?iva|non\s+soggett[oa]\s+(?:ad?\s+)?iva|exento\s+de\s+iva|isento\s+de\s+iva)(?![\p{L}])/iu;

/** Withholding taxes: Spanish IRPF, Italian ritenuta d'acconto, Portuguese retenção na fonte, … */
const WITHHOLDING = /(?<![\p{L}])(?:irpf|retenci[óo]n|ritenuta|reten[çc][ãa]o|withholding|quellensteuer|retenue\s+à\s+la\s+source)(?![\p{L}])/iu;

/** The amount withheld, as a positive decimal, when a line says so. */
function withholdingAmount(lines: Line[], decimalHint: ReturnType<typeof detectDecimalSeparator>): string | null {
  for (const line of lines) {
    if (!WITHHOLDING.test(line.cells[0]?.text ?? '')) continue;
    const amounts = findAmounts(line.text, decimalHint).filter((a) => a.money);
    const last = amounts[amounts.length - 1];
    if (last) return last.value.replace(/^-/, '');
  }
  return null;
}

function distinct(values: string[]): string[] {
  const out: string[] = [];
  for (const v of values) if (!out.some((o) => compareDecimals(o, v) === 0)) out.push(v);
  return out;
}

/** Picks subtotal/tax/total among labelled candidates, preferring a combination that adds up. */
function selectTotals(inv: ExtractedInvoice, cands: TotalCandidate[], itemsSum: string | null, base: number): void {
  const of = (kind: TotalCandidate['kind']): TotalCandidate[] => cands.filter((x) => x.kind === kind && !x.split);
  const split = (kind: TotalCandidate['kind']) => cands.filter((x) => x.kind === kind && x.split).map((x) => x.value);
  const splitSubs = split('subtotal');
  const subs = distinct(of('subtotal').map((x) => x.value));
  const taxLines = of('tax');
  const taxes = distinct(taxLines.map((x) => x.value));
  // per-rate lines may print equal amounts (CGST 9 % and SGST 9 %): their sum counts every line
  const everyTaxLine = taxLines.length > 1 ? [addDecimals(taxLines.map((x) => x.value))] : [];
  const taxOptions = distinct([...taxes, ...(taxes.length > 1 ? [addDecimals(taxes)] : []), ...everyTaxLine, ...split('tax')]);
  const explicit = distinct(of('total').filter((x) => x.explicit).map((x) => x.value));
  const totals = distinct(of('total').map((x) => x.value)).sort((a, b) => compareDecimals(b, a));
  const dues = of('due').map((x) => x.value);
  const totalOptions = distinct([...explicit, ...totals, ...dues]);
  // a shop's "Subtotal" is the items before its coupon and shipping: the net is that plus the adjustment lines under it
  const adjusted = adjustedSubtotals(cands);
  const subOptions = distinct([...subs, ...(itemsSum ? [itemsSum] : []), ...splitSubs, ...adjusted]);
  const c = inv.confidence;

  for (const T of totalOptions) {
    for (const s of subOptions) {
      for (const t of taxOptions) {
        if (decimalsClose(addDecimals([s, t]), T, '0.02')) {
          inv.total = T;
          // a printed subtotal, or the items' sum when it adds up with the tax to the total (Tally prints none)
          inv.subtotal = [...subs, ...splitSubs, ...adjusted, ...(itemsSum ? [itemsSum] : [])].some((x) => compareDecimals(x, s) === 0) ? s : null;
          inv.taxTotal = t;
          c.total = 0.8 * base;
          c.subtotal = inv.subtotal ? 0.8 * base : 0;
          c.taxTotal = 0.8 * base;
          setDue(inv, dues, base);
          return;
        }
      }
    }
  }
  inv.total = explicit[explicit.length - 1] ?? totals[0] ?? dues[dues.length - 1] ?? null;
  c.total = inv.total ? (explicit.length ? 0.75 : totals.length ? 0.65 : 0.55) * base : 0;
  inv.subtotal = subs[subs.length - 1] ?? null;
  c.subtotal = inv.subtotal ? 0.6 * base : 0;
  inv.taxTotal = taxes.length === 1 ? taxes[0] : taxes.length > 1 ? addDecimals(taxes) : null;
  c.taxTotal = inv.taxTotal ? (taxes.length === 1 ? 0.6 : 0.45) * base : 0;
  if (inv.total && inv.subtotal && !inv.taxTotal && decimalsClose(inv.total, inv.subtotal, '0')) {
    c.subtotal = 0.7 * base;
  }
  setDue(inv, dues, base);
}

/**
 * OCR loses a quantity's decimal point ("35" for 3.5) or a digit to the description ("4 1fm Wandregal"
 * read as 2): where quantity × unit price is not the line's amount but amount ÷ unit price is a plain
 * quantity (at most two decimals), that is the quantity. Returns a warning per line it changed.
 */
function quantitiesFromAmounts(items: ExtractedInvoice['lineItems']): string[] {
  const warnings: string[] = [];
  items.forEach((item, i) => {
    if (!item.unitPrice || !item.amount) return;
    const price = Number(item.unitPrice);
    const amount = Number(item.amount);
    if (!(price > 0) || !(amount > 0)) return;
    if (item.quantity !== null && Math.abs(Number(item.quantity) * price - amount) < 0.015) return;
    const quantity = amount / price;
    const cents = Math.round(quantity * 100);
    if (cents <= 0 || Math.abs(quantity * 100 - cents) > 1e-6 || Math.abs((cents / 100) * price - amount) >= 0.005) return;
    const read = String(cents / 100);
    warnings.push(`line ${i + 1}: quantity ${item.quantity ?? 'missing'} does not give the amount; read as ${read} (amount ÷ unit price)`);
    item.quantity = read;
  });
  return warnings;
}

/** Each printed subtotal plus the discount, coupon and shipping lines after it and before the first total. */
function adjustedSubtotals(cands: TotalCandidate[]): string[] {
  const out: string[] = [];
  for (const sub of cands.filter((x) => x.kind === 'subtotal' && !x.split)) {
    const end = Math.min(...cands.filter((x) => (x.kind === 'total' || x.kind === 'due') && x.line > sub.line).map((x) => x.line));
    const adjustments = cands.filter((x) => x.kind === 'adjust' && x.line > sub.line && x.line < end).map((x) => x.value);
    if (adjustments.length) out.push(addDecimals([sub.value, ...adjustments]));
  }
  return out;
}

function setDue(inv: ExtractedInvoice, dues: string[], base: number): void {
  if (!dues.length) return;
  inv.amountDue = dues[dues.length - 1];
  inv.confidence.amountDue = 0.75 * base;
}
