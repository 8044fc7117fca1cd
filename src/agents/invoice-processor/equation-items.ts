import { type AmountMatch, type DecimalSeparator, decimalsClose, findAmounts, multiplyDecimals } from './amounts';
import { LINE_HEADER } from './labels';
import type { Line } from './layout';
import type { LineItemTable } from './line-items';
import type { InvoiceLineItem } from './types';

/** The sign between a quantity and its price: "12 h x 65,00 €", "14.5 hrs @ $85.00", "3 × 4,50", "2 à 12,00 €". */
const TIMES = /^\s*(?:\p{L}{1,6}\.?|m²|m³)?\s*(?:[x×*@]|à)\s*$/iu;
/** A position number before a description ("Pos. 2", "2.", "#2", "- ", "• "). */
const BULLET = /^\s*(?:(?:pos(?:ition)?\.?|nr\.?|#)\s*\d+[.)]?|\d{1,3}[.)]|[-*•·–])\s+/iu;

/** Currency signs and words around a number ("3,200円", "€ 12,00"), left out when the label before the next number is read. */
const CURRENCY_WORDS = /[€$£¥円元원]|\b(?:EUR|USD|GBP|CHF|JPY|SEK|NOK|DKK|PLN|CZK)\b/g;
/** The quantity label a labelled sum begins with ("数量 3", "Menge: 3"). */
const LABEL_AT_END = new RegExp(`(?:${LINE_HEADER.quantity.source})\\s*[:：]?\\s*$`, 'iu');
/** The unit price's and the amount's labels, alone between two numbers ("単価", "Preis"; "金額", "Betrag"). */
const UNIT_PRICE_LABEL = new RegExp(`^(?:${LINE_HEADER.unitPrice.source})$`, 'iu');
const AMOUNT_LABEL = new RegExp(`^(?:${LINE_HEADER.amount.source})$`, 'iu');

/**
 * A sum written with its labels: "数量 3　単価 3,200円　金額 9,600円", "Menge: 3  Preis: 12,00 €  Betrag: 36,00 €".
 * Returns the amount when the three numbers stand after the quantity, unit price and amount labels.
 */
function labelledSum(text: string, quantity: AmountMatch, price: AmountMatch, amount: AmountMatch | undefined): AmountMatch | null {
  if (!amount) return null;
  const gap = (from: number, to: number) => text.slice(from, to).replace(CURRENCY_WORDS, '').replace(/[:：]/g, ' ').trim();
  const before = text.slice(0, quantity.index);
  return LABEL_AT_END.test(before) && UNIT_PRICE_LABEL.test(gap(quantity.end, price.index)) && AMOUNT_LABEL.test(gap(price.end, amount.index)) ? amount : null;
}

function description(text: string): string {
  return text.replace(BULLET, '').replace(/[\s:=–-]+$/u, '').trim();
}

/**
 * Items written as sums in running text, as people type invoices into a mail: "- Refonte du site :
 * 1 x 2.400,00 € = 2.400,00 €", "Stock image licenses: 6 @ $12.00 = $72.00", or the sum on the
 * line under its description ("Pos. 2 Wandflächen spachteln" over "86,5 m² x 9,80 € …… 847,70 €").
 * A line counts when its last amount is the product of two amounts before it joined by a
 * multiplication sign. Read only where no item table was found.
 */
export function equationItems(lines: Line[], decimalHint?: DecimalSeparator): LineItemTable {
  const items: InvoiceLineItem[] = [];
  const rows = new Set<number>();
  lines.forEach((line, i) => {
    const amounts = findAmounts(line.text, decimalHint);
    if (amounts.length < 3) return;
    const amount = amounts[amounts.length - 1];
    const closesLine = /^[\s=.…_:-]*(?:[€$£¥]|[A-Z]{3})?\s*$/u.test(line.text.slice(amount.end));
    for (let q = 0; q < amounts.length - 2; q++) {
      const quantity = amounts[q];
      const price = amounts[q + 1];
      const labelled = labelledSum(line.text, quantity, price, amounts[q + 2]);
      const sum = labelled ?? (TIMES.test(line.text.slice(quantity.end, price.index).replace(/[€$£¥]/g, '')) && closesLine ? amount : null);
      if (!sum || !decimalsClose(multiplyDecimals(quantity.value, price.value), sum.value, '0.02')) continue;
      let text = description(line.text.slice(0, quantity.index).replace(labelled ? LABEL_AT_END : /$^/, ''));
      // the description on the line above, alone ("Pos. 2  Wandflächen spachteln und schleifen, Q2")
      if (!text && i > 0 && !rows.has(i - 1) && !findAmounts(lines[i - 1].text, decimalHint).some((a) => a.money)) {
        text = description(lines[i - 1].text);
        if (text) rows.add(i - 1);
      }
      items.push({ description: text || null, quantity: quantity.value, unitPrice: price.value, amount: sum.value });
      rows.add(i);
      return;
    }
  });
  return { items, rows, consistent: items.length > 0 };
}
