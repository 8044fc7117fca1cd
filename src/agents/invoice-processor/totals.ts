import { type AmountMatch, type DecimalSeparator, findAmounts } from './amounts';
import { classifyTotalLabel, EXPLICIT_GRAND_TOTAL, type TotalKind } from './labels';
import { type Line, overlapping } from './layout';

export interface TotalCandidate {
  kind: TotalKind;
  value: string;
  line: number;
  /** label says "grand total", "TTC", "Gesamtbetrag"… */
  explicit: boolean;
  money: boolean;
}

const CURRENCY_NOISE = /(?<![\p{L}])(?:EUR|USD|GBP|CHF|JPY|CAD|AUD|NZD|SEK|NOK|DKK|PLN|CZK|HUF|RON|INR|CNY|HKD|SGD|ZAR|BRL|MXN|TRY)(?![\p{L}])|[€$£¥₹]|[()\[\]:=*]/gu;

function cleanLabel(text: string): string {
  return text.replace(CURRENCY_NOISE, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Label/amount pairs of one line: "Net 100.00   VAT 19% 19.00   Total 119.00" gives three
 * pairs. A run of amounts after a label belongs to it; the last of the run is the value.
 */
function pairsOfLine(text: string, decimalHint?: DecimalSeparator): { label: string; nearLabel: string; amount: AmountMatch; runLength: number }[] {
  const amounts = findAmounts(text, decimalHint);
  const pairs: { label: string; nearLabel: string; amount: AmountMatch; runLength: number }[] = [];
  let cursor = 0;
  let i = 0;
  while (i < amounts.length) {
    const raw = text.slice(cursor, amounts[i].index).replace(/\d+(?:[.,]\d+)?\s?%/g, ' ');
    const label = cleanLabel(raw);
    // the cell right before the amount ("Summary of VAT   Total net   100.00": "Total net")
    const nearLabel = raw.split(/\s{3,}/).map(cleanLabel).filter(Boolean).pop() ?? '';
    let j = i;
    while (j + 1 < amounts.length && cleanLabel(text.slice(amounts[j].end, amounts[j + 1].index).replace(/\d+(?:[.,]\d+)?\s?%/g, ' ')) === '') j++;
    pairs.push({ label, nearLabel, amount: amounts[j], runLength: j - i + 1 });
    cursor = amounts[j].end;
    i = j + 1;
  }
  return pairs;
}

/** Totals candidates from lines not belonging to the line-item table. */
export function findTotalCandidates(lines: Line[], skip: Set<number>, decimalHint?: DecimalSeparator): TotalCandidate[] {
  const out: TotalCandidate[] = [];
  lines.forEach((line, li) => {
    if (skip.has(li)) return;
    const pairs = pairsOfLine(line.text, decimalHint);
    for (const pair of pairs) {
      const near = pair.nearLabel !== pair.label ? classifyTotalLabel(pair.nearLabel) : null;
      const kind = near ?? classifyTotalLabel(pair.label);
      if (!kind || pair.runLength > 2) continue;
      if (!pair.amount.money && pairs.length > 1) continue;
      const label = near ? pair.nearLabel : pair.label;
      out.push({ kind, value: pair.amount.value, line: li, explicit: EXPLICIT_GRAND_TOTAL.test(label), money: pair.amount.money });
    }
    if (pairs.length === 0) out.push(...stackedCandidates(lines, li, decimalHint));
  });
  return out;
}

/** Label cells with the amounts in the row below ("Net | VAT | Total" over "100 | 19 | 119"). */
function stackedCandidates(lines: Line[], li: number, decimalHint?: DecimalSeparator): TotalCandidate[] {
  const line = lines[li];
  const below = lines[li + 1];
  if (!below || below.page !== line.page || below.y - line.y > 4) return [];
  const out: TotalCandidate[] = [];
  for (const cell of line.cells) {
    const kind = classifyTotalLabel(cleanLabel(cell.text));
    if (!kind) continue;
    const target = overlapping(below, cell.x, cell.x2)[0];
    if (!target || classifyTotalLabel(cleanLabel(target.text.replace(/[\d.,'\s-]+/g, ' '))) !== null) continue;
    const amounts = findAmounts(target.text, decimalHint);
    if (amounts.length !== 1) continue;
    out.push({ kind, value: amounts[0].value, line: li + 1, explicit: EXPLICIT_GRAND_TOTAL.test(cell.text), money: amounts[0].money });
  }
  return out;
}
