import { type AmountMatch, addDecimals, decimalsClose, type DecimalSeparator, findAmounts } from './amounts';
import { classifyTotalLabel, EXPLICIT_GRAND_TOTAL, LABELS, type TotalKind } from './labels';
import { type Cell, cellUnder, type Line, overlapping } from './layout';

export interface TotalCandidate {
  /** 'adjust': a discount, coupon, shipping or handling line in the totals block, between the items' subtotal and the net */
  kind: TotalKind | 'adjust';
  value: string;
  line: number;
  /** label says "grand total", "TTC", "Gesamtbetrag"… */
  explicit: boolean;
  money: boolean;
  /** net and tax read from a "Total" row of two sums ("Total  4.134,00  785,46"): only good for a sum that adds up */
  split?: boolean;
}

const CURRENCY_NOISE = /(?<![\p{L}])(?:EUR|USD|GBP|CHF|JPY|CAD|AUD|NZD|SEK|NOK|DKK|PLN|CZK|HUF|RON|INR|CNY|HKD|SGD|ZAR|BRL|MXN|TRY|BGN|AED)(?![\p{L}])|(?<![\p{L}])(?:[A-Z]{1,3})?\$|[€$£¥₹₺₽]|[()\[\]:=*（）：]/gu;

function cleanLabel(text: string): string {
  return text.replace(CURRENCY_NOISE, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Label/amount pairs of one line: "Net 100.00   VAT 19% 19.00   Total 119.00" gives three
 * pairs. A run of amounts after a label belongs to it; the last of the run is the value.
 */
interface LabelledAmount {
  label: string;
  nearLabel: string;
  amount: AmountMatch;
  /** the run's first amount */
  first: AmountMatch;
  runLength: number;
}

function pairsOfLine(text: string, decimalHint?: DecimalSeparator): LabelledAmount[] {
  const amounts = findAmounts(text, decimalHint);
  const pairs: LabelledAmount[] = [];
  let cursor = 0;
  let i = 0;
  while (i < amounts.length) {
    const raw = text.slice(cursor, amounts[i].index).replace(/\d+(?:[.,]\d+)?\s?%/g, ' ');
    const label = cleanLabel(raw);
    // the cell right before the amount ("Summary of VAT   Total net   100.00": "Total net")
    const nearLabel = raw.split(/\s{3,}/).map(cleanLabel).filter(Boolean).pop() ?? '';
    let j = i;
    // (a minus before a currency sign, "-€ 20,90", belongs to the amount, not to a label between)
    while (j + 1 < amounts.length && cleanLabel(text.slice(amounts[j].end, amounts[j + 1].index).replace(/\d+(?:[.,]\d+)?\s?%/g, ' ').replace(/[-−–]/g, ' ')) === '') j++;
    pairs.push({ label, nearLabel, amount: amounts[j], first: amounts[i], runLength: j - i + 1 });
    cursor = amounts[j].end;
    i = j + 1;
  }
  // the amount first, its label after it ("€ 4.574,00   Totaal te betalen"): a layout whose amount column comes first
  if (pairs.length === 1 && pairs[0].runLength === 1 && !pairs[0].label) {
    const after = cleanLabel(text.slice(pairs[0].amount.end));
    if (after && classifyTotalLabel(after)) pairs[0] = { ...pairs[0], label: after, nearLabel: after };
  }
  return pairs;
}

/** A discount, coupon, shipping or handling line of a totals block ("Discount (PADDLE15) -$72.74", "Shipping $22.00", "Versand 4,90 €"). */
const ADJUSTMENT =
  /^(?:(?:order|cart|coupon|volume|early payment)\s+)?(?:discount|coupon|promo(?:tion)?|rabatt|nachlass|remise|r[ée]duction|descuento|sconto|desconto|korting|rabat|alennus|shipping|postage|delivery|freight|handling|versand(?:kosten)?|porto|fracht|frais de (?:port|livraison|transport)|livraison|env[ií]o|gastos de env[ií]o|spedizione|spese di (?:spedizione|trasporto)|frete|portes|verzend(?:ing|kosten)|bezorg(?:ing|kosten)|frakt|fragt|toimitus|wysy[lł]ka|dostawa|doprava|po[sš]tovn[eé])\b/iu;

/** Six or more digits without a separator or decimals: a tax or company registration number, not money. */
const REGISTRATION_NUMBER = /^\d{6,}$/;

/** Totals candidates from lines not belonging to the line-item table. */
export function findTotalCandidates(lines: Line[], skip: Set<number>, decimalHint?: DecimalSeparator): TotalCandidate[] {
  const out: TotalCandidate[] = [];
  lines.forEach((line, li) => {
    if (skip.has(li)) return;
    const pairs = pairsOfLine(line.text, decimalHint);
    for (const pair of pairs) {
      const near = pair.nearLabel !== pair.label ? classifyTotalLabel(pair.nearLabel) : null;
      const kind = near ?? classifyTotalLabel(pair.label) ?? (ADJUSTMENT.test(pair.label) && pair.amount.money ? 'adjust' : null);
      if (!kind || pair.runLength > 2) continue;
      if (!pair.amount.money && (pairs.length > 1 || REGISTRATION_NUMBER.test(pair.amount.raw.trim()))) continue;
      // a VAT id in groups of digits ("TVA intracom. : FR 47 512 345 678"): no amount of tax
      if (!pair.amount.money && LABELS.vatId.test(line.text)) continue;
      // a law cited in the label ("TVA non applicable, art. 293 B du CGI", "§ 19 UStG"): no amount
      if (!pair.amount.money && /(?:\bart(?:icle|ikel|\.)?|§)\s*$/i.test(line.text.slice(0, pair.amount.index))) continue;
      const label = near ? pair.nearLabel : pair.label;
      out.push({ kind, value: pair.amount.value, line: li, explicit: EXPLICIT_GRAND_TOTAL.test(label), money: pair.amount.money });
      // the footer of a table with net and tax columns ("Total | 4.134,00 | 785,46"): maybe net and tax
      if (kind === 'total' && pair.runLength === 2 && pair.first.money && pair.amount.money) {
        out.push({ kind: 'subtotal', value: pair.first.value, line: li, explicit: false, money: true, split: true });
        out.push({ kind: 'tax', value: pair.amount.value, line: li, explicit: false, money: true, split: true });
      }
    }
    out.push(...stackedCandidates(lines, li, skip, decimalHint));
  });
  return out;
}

/** Label cells with the amounts in the row below ("Net | VAT | Total" over "100 | 19 | 119"), wherever on the page the row is. */
function stackedCandidates(lines: Line[], li: number, skip: Set<number>, decimalHint?: DecimalSeparator): TotalCandidate[] {
  const line = lines[li];
  const kinds = line.cells.map((cell) => classifyTotalLabel(cleanLabel(cell.text)));
  const firstLabel = line.cells.find((_, ci) => kinds[ci]);
  if (!firstLabel) return [];
  // an amount and then its label ("€ 4.574,00   Totaal te betalen"): the pair heads nothing below it
  if (line.cells.length === 2 && !kinds[0] && findAmounts(line.cells[0].text, decimalHint).some((a) => a.money)) return [];
  const below = summaryRow(lines, li, firstLabel);
  // a heading's second line ("Cena za MJ bez" over "DPH") over the first item row
  if (!below || skip.has(below.index)) return [];
  const out: TotalCandidate[] = [];
  line.cells.forEach((cell, ci) => {
    const kind = kinds[ci];
    // a label with its amount beside it is read on its own line ("Total  119.00")
    const beside = line.cells[ci + 1];
    if (!kind || /\d/.test(cell.text.replace(/\d+(?:[.,]\d+)?\s?%/g, '')) || (beside && findAmounts(beside.text, decimalHint).length)) return;
    const target = cellUnder(line, ci, below.line);
    if (!target || classifyTotalLabel(cleanLabel(target.text.replace(/[\d.,'\s-]+/g, ' '))) !== null) return;
    const amounts = findAmounts(target.text, decimalHint);
    if (amounts.length !== 1) return;
    out.push({ kind, value: amounts[0].value, line: below.index, explicit: EXPLICIT_GRAND_TOTAL.test(cell.text), money: amounts[0].money });
  });
  return out;
}

/**
 * The row under a row of total labels that holds the document's sums: the next row, or, when
 * the labels head a summary table with a row per VAT rate ("Stawka VAT | Wartość netto | …"
 * over "23% | …", "5% | …", "Razem | …"), that table's row labelled total left of the first sum column.
 */
function summaryRow(lines: Line[], li: number, firstLabel: Cell): { line: Line; index: number } | null {
  const line = lines[li];
  const next = lines[li + 1];
  if (!next || next.page !== line.page || next.y - line.y > 4) return null;
  const sums = sumRowOfRates(lines, li, firstLabel);
  if (sums) return sums;
  for (let k = li + 1, previous = line; k < Math.min(lines.length, li + 8); k++) {
    const row = lines[k];
    if (row.page !== line.page || row.y - previous.y > 4) break;
    if (k > li + 1 && row.cells.some((cell) => cell.x < firstLabel.x2 && classifyTotalLabel(cleanLabel(cell.text)) === 'total')) return { line: row, index: k };
    previous = row;
  }
  return { line: next, index: li + 1 };
}

/**
 * A summary table with a row per VAT rate and, last, their sums without a label ("Base imponible |
 * % IVA | Cuota IVA" over "399,26 | 4,00 | 15,97", …, "1.160,09 | | 147,71"): the last of the rows
 * of numbers under the first sum column, when it is the sum of the rows above it.
 */
function sumRowOfRates(lines: Line[], li: number, firstLabel: Cell): { line: Line; index: number } | null {
  const numeric = (row: Line) => row.cells.every((cell) => !/\p{L}/u.test(cell.text.replace(/%|[€$£¥]|\b[A-Z]{3}\b/g, '')));
  const rows: { line: Line; index: number }[] = [];
  for (let k = li + 1, previous = lines[li]; k < Math.min(lines.length, li + 12); k++) {
    const row = lines[k];
    if (row.page !== previous.page || row.y - previous.y > 4 || !numeric(row)) break;
    rows.push({ line: row, index: k });
    previous = row;
  }
  if (rows.length < 3) return null;
  const under = (row: Line) => {
    const cell = overlapping(row, firstLabel.x, firstLabel.x2, 3)[0];
    const amounts = cell ? findAmounts(cell.text) : [];
    return amounts.length === 1 ? amounts[0].value : null;
  };
  const last = rows[rows.length - 1];
  const parts = rows.slice(0, -1).map((row) => under(row.line));
  const total = under(last.line);
  return total !== null && parts.every((v): v is string => v !== null) && decimalsClose(addDecimals(parts), total, '0.02') ? last : null;
}
