import { addDecimals, type AmountMatch, compareDecimals, type DecimalSeparator, decimalsClose, findAmounts, multiplyDecimals } from './amounts';
import { CURRENCY_MARK } from './currency';
import { LINE_HEADER, namesATotal } from './labels';
import type { Cell, Line } from './layout';
import type { InvoiceLineItem } from './types';

type Column = 'description' | 'quantity' | 'unitPrice' | 'amount' | 'code' | 'unit' | 'vat' | 'date';
/** (a heading is the first of these it names: "Unit price" is a price, "Total incl. VAT" an amount) */
const COLUMN_ORDER: Column[] = ['code', 'unitPrice', 'quantity', 'amount', 'unit', 'vat', 'date', 'description'];
/** columns whose words are not the item's description */
const NOT_DESCRIPTION: Column[] = ['code', 'unit', 'vat', 'date'];
const NUMBER_COLUMNS: Column[] = ['quantity', 'unitPrice', 'amount'];
/** Headings that name the description outright; beside one, "Item"/"Article" is the code column. */
const PLAIN_DESCRIPTION = /descri|beschreibung|bezeichnung|d[ée]signation|concepto|omschrijving|libell/i;
/** A line that only gives the item's article code ("SKU: HH-NAT-CDR", "Art.-Nr.: 4711"): not its description. */
/** A note under the rows, marked as one: "* GST-free item", "¹ incl. deposit", "(1) …". */
const FOOTNOTE = /^\s*(?:\*{1,3}|[†‡¹²³]|\(\d\))\s*\p{L}/u;

/**
 * A description's next line after the one before: with a space, except after a dash that ends a
 * word ("10.–" + "13.05.2026", "français–" + "luxembourgeois"), which the line break split.
 */
function joinWrapped(before: string | null, next: string | null): string | null {
  if (!before || !next) return before || next;
  return /[\p{L}\d.][-–—/]$/u.test(before) ? `${before}${next}` : `${before} ${next}`;
}

/** The running sum at the foot of a page or the head of the next: "Übertrag", "Carried forward", "À reporter", "Riporto", "Z przeniesienia". */
const CARRIED_FORWARD =
  /^\s*(?:(?:zwischensumme\s*)?(?:ü|ue)bertrag|carried\s*(?:forward|over)|brought\s*forward|c\/f|b\/f|à\s*reporter|report[ée]|riporto|a\s*riportare|suma\s*y\s*sigue|a\s*transportar|transporteras|overf[øo]rt|overf[øo]res|siirretty|z\s*przeniesienia|do\s*przeniesienia)\s*:?\s*$/iu;

const CODE_LINE = /^(?:sku|art(?:ikel)?\.?\s*-?\s*nr\.?|artikelnummer|item\s*(?:no\.?|#|code)|product\s*code|r[ée]f(?:[ée]rence)?\.?|ean|gtin|upc|part\s*(?:no\.?|#))\s*[:#]\s*\S+$/i;
/** A price heading that says it is per unit ("Unit price", "Einzelpreis", "Rate"), not just "Price". */
const PER_UNIT_PRICE = /unit|einzel|st[üu]ck|e-?preis|p\.\s*u|pu\b|jedn|yksikk|enhe[dt]s|eenheid|stuk|(?:^|\s)[àa]\s*-?\s*(?:pris|hinta)|rate|per\b|単価|单价|단가|μον|ед\.|birim|egys[ée]g/iu;

interface HeaderColumn {
  kind: Column;
  x: number;
  x2: number;
  text: string;
}

export interface LineItemTable {
  items: InvoiceLineItem[];
  /** line indices that belong to the table (excluded from totals search) */
  rows: Set<number>;
  /** every item satisfied quantity × unit price = amount */
  consistent: boolean;
}

/** The kinds a heading could name, most likely first ("Unit" is a quantity, or else the unit column). */
function headerCellKinds(text: string): Column[] {
  if (text.length > 40) return [];
  return COLUMN_ORDER.filter((kind) => LINE_HEADER[kind].test(text));
}

export function isItemHeader(line: Line): boolean {
  return headerOf(line) !== null;
}

function headerOf(line: Line): HeaderColumn[] | null {
  if (findAmounts(line.text).some((a) => a.money)) return null;
  const cols: HeaderColumn[] = [];
  const plainDescription = line.cells.some((cell) => PLAIN_DESCRIPTION.test(cell.text) && cell.text.length <= 40);
  for (const cell of line.cells) {
    const kinds = headerCellKinds(cell.text).map((kind) => (kind === 'description' && plainDescription && !PLAIN_DESCRIPTION.test(cell.text) ? 'code' : kind));
    // a second heading of a kind already taken names the next kind it can ("Quantity | Unit")
    const kind = kinds.find((k) => !cols.some((c) => c.kind === k));
    if (kind) cols.push({ kind, x: cell.x, x2: cell.x2, text: cell.text });
  }
  const numeric = cols.filter((c) => NUMBER_COLUMNS.includes(c.kind)).length;
  const main = cols.filter((c) => !NOT_DESCRIPTION.includes(c.kind)).length;
  return numeric >= 1 && main >= 2 && line.cells.length >= 2 ? cols : null;
}

/** Finds the item table under a header row and reads its rows. */
export function extractLineItems(lines: Line[], decimalHint?: DecimalSeparator): LineItemTable {
  for (let h = 0; h < lines.length; h++) {
    let header = headerOf(lines[h]);
    if (!header) continue;
    // a heading row printed as two lines ("Ед. цена | Стойност" a little above "№ | Наименование | Количество"): one header
    const next = lines[h + 1];
    let headerLine = lines[h];
    if (next && next.page === lines[h].page && next.y - lines[h].y < 1.5 && !findAmounts(next.text, decimalHint).some((a) => a.money)) {
      const cells = [...lines[h].cells, ...next.cells].sort((a, b) => a.x - b.x);
      const both: Line = { ...next, cells, text: cells.map((c) => c.text).join('   ') };
      const merged = headerOf(both);
      if (merged && merged.length > header.length) {
        header = merged;
        headerLine = both;
        h += 1;
      }
    }
    const table = readRows(lines, h, header, decimalHint, headerLine);
    if (table.items.length) return table;
  }
  return { items: [], rows: new Set(), consistent: false };
}

function readRows(lines: Line[], h: number, header: HeaderColumn[], decimalHint?: DecimalSeparator, headerLine: Line = lines[h]): LineItemTable {
  const items: InvoiceLineItem[] = [];
  const rows = new Set<number>([h, ...(headerLine === lines[h] ? [] : [h - 1])]);
  const descCol = header.find((c) => c.kind === 'description');
  // a wrapped description line's words are those left of the next column (not a speck under a number column)
  const nextColumnX = descCol ? Math.min(...header.filter((c) => c.x > descCol.x).map((c) => c.x)) : Infinity;
  /** a cell under a code, unit or VAT heading (a wrapped "Unidad de / servicio"): not the description's */
  const otherColumn = (cell: Cell) => NOT_DESCRIPTION.includes(nearestColumn(cell, header) as Column);
  const descriptionText = (line: Line) => {
    const inColumn = line.cells.filter((cell) => cell.x < nextColumnX - 1 && !otherColumn(cell));
    return (inColumn.length ? inColumn : line.cells).map((cell) => cell.text).join(' ');
  };
  let pending: string[] = [];
  /** where the pending description lines start */
  let pendingX: number | null = null;
  /** how far apart the last two rows were */
  let pitch = 0;
  let lastY = lines[h].y;
  let lastPage = lines[h].page;
  // a sidebar left of the table (contact details beside the items) is not part of it
  const tableLeft = headerLine.cells[0].x - 2;
  /** where the last (repeated) heading stood, until a row follows it */
  let headerY: number | null = lines[h].y;
  /** where the rows' descriptions start (a heading may be indented from them) */
  let rowDescriptionX: number | null = null;
  /** The table goes on under its header repeated on the next page, after this page's footer (no totals line between). */
  const resumesAt = (i: number) => {
    for (let j = i; j < lines.length && j < i + 40; j++) {
      if (lines[j].page > lastPage && headerOf(lines[j])) return j;
      if (lines[j].page !== lastPage) continue;
      // (a footer's ids and account numbers are no totals: a totals line holds money)
      const amounts = findAmounts(lines[j].text, decimalHint);
      if (amounts.some((a) => a.money) && isTotalsLine(lines[j], amounts, header, decimalHint)) return -1;
    }
    return -1;
  };
  for (let i = h + 1; i < lines.length && i < h + 300; i++) {
    const cells = lines[i].cells.filter((cell) => cell.x2 >= tableLeft);
    if (!cells.length) continue;
    const line = cells.length === lines[i].cells.length ? lines[i] : { ...lines[i], cells, text: cells.map((cell) => cell.text).join('   ') };
    // a new page before its repeated header ("Tax Invoice (Page 2)", the invoice number again): the table goes on under the header
    if (line.page > lastPage && !headerOf(line)) {
      const resumes = resumesAt(i);
      if (resumes >= 0) {
        i = resumes - 1;
        continue;
      }
    }
    if (line.page === lastPage && line.y - lastY > 5) {
      // the page's footer: the table may go on under a repeated header on the next page
      const resumes = resumesAt(i + 1);
      if (resumes < 0) break;
      i = resumes - 1;
      lastPage = lines[resumes].page;
      lastY = lines[resumes].y;
      continue;
    }
    // a rule under the heading or between rows ("-----", "═════") in a typed table
    if (/^[\s\-=_─━═—–~*·.]+$/u.test(line.text)) {
      rows.add(i);
      continue;
    }
    if (headerOf(line)) {
      rows.add(i); // repeated header on a following page
      lastY = line.y;
      lastPage = line.page;
      headerY = line.y;
      continue;
    }
    const amounts = findAmounts(line.text, decimalHint);
    // the second line of a repeated heading ("Iznos" over "(EUR)"), before any row under it
    // (or short words under several headings: "No." under "Sl", "Rate" under "GST")
    const headingWords = line.cells.length >= 2 && line.cells.every((cell) => cell.text.trim().length <= 10);
    if (headerY !== null && !amounts.length && line.y - headerY <= 2 && (headingWords || !line.cells.some((cell) => cell.x < nextColumnX - 1))) {
      rows.add(i);
      continue;
    }
    headerY = null;
    // the sum carried to the next page, or brought from the last one: the rows go on
    if (items.length && amounts.length === 1 && line.cells.some((cell) => CARRIED_FORWARD.test(cell.text))) {
      rows.add(i);
      continue;
    }
    if (isTotalsLine(line, amounts, header, decimalHint)) break;
    // a line of words only ("Verkaufstheke Eiche, 3,20 m, nach Maß") under a table with number columns is description, numbers and all
    const endsWithAmount = amounts.length > 0 && amounts[amounts.length - 1].money && /^\s*(?:[€$£¥]|[A-Z]{3})?\s*\)?$/.test(line.text.slice(amounts[amounts.length - 1].end));
    // a description's second line may hold a number of its own ("0,75 L"): nothing stands under the number columns
    const inDescriptionColumn = descCol !== undefined && nextColumnX < Infinity && line.cells.every((cell) => cell.x >= descCol.x - 3 && cell.x2 < nextColumnX);
    const wordsOnly = line.cells.length <= 2 && !endsWithAmount && (inDescriptionColumn || line.cells.every((cell) => numericCell(cell, decimalHint) === null));
    if (!amounts.some((a) => a.money) || wordsOnly) {
      const prev = items[items.length - 1];
      const descriptionCells = line.cells.filter((cell) => !otherColumn(cell));
      // (a heading centred over its column: the words stand under it, left of the next column, but not
      // left of where the rows' descriptions start: "All prices include GST." under the table is a note)
      // A note marked as one ("* GST-free item") is no description either.
      const alignedWithDescription =
        !descCol ||
        (descriptionCells.some(
          (cell) =>
            Math.abs(cell.x - descCol.x) < 3 ||
            (rowDescriptionX !== null && Math.abs(cell.x - rowDescriptionX) < 3) ||
            (cell.x < descCol.x2 && cell.x2 > descCol.x && cell.x2 < nextColumnX && (rowDescriptionX === null || cell.x > rowDescriptionX - 3)),
        ) &&
          !(items.length && FOOTNOTE.test(line.text)));
      // a code or unit cell wrapped onto a line of its own, beside its row
      if (prev && wordsOnly && !descriptionCells.length && line.page === lastPage && line.y - lastY < 2.5) {
        rows.add(i);
        lastY = line.y;
        continue;
      }
      // a description that wraps around its row's numbers (vertically centred cells): its first line comes first
      const next = lines[i + 1];
      const nextRow = next && next.page === line.page && next.y - line.y < 2.5 && !isTotalsLine(next, findAmounts(next.text, decimalHint), header, decimalHint) ? itemRow(next, header, decimalHint) : null;
      // or the numbers sit on the description's last line, which is nearer to it than the row above is (or
      // no row is above: nothing else it could belong to)
      const opensNextRow = nextRow !== null && (nextRow.description === null || !prev || next.y - line.y < (line.y - lastY) * 0.75);
      // a row wrapped on two lines sits further from the row above than rows do from each other: allow for the table's own pitch
      if (wordsOnly && alignedWithDescription && opensNextRow && (!prev || line.y - lastY < Math.max(2.5, Math.min(pitch * 1.6, 5)))) {
        pending.push(descriptionText(line));
        pendingX ??= descriptionCells[0]?.x ?? null;
        rows.add(i);
        lastY = line.y;
        continue;
      }
      if (prev && wordsOnly && line.page === lastPage && line.y - lastY < 2.5 && CODE_LINE.test(line.text.trim())) {
        rows.add(i);
        lastY = line.y;
        continue;
      }
      if (prev && wordsOnly && alignedWithDescription && line.page === lastPage && line.y - lastY < 2.5) {
        prev.description = joinWrapped(prev.description, descriptionText(line));
        rows.add(i);
        lastY = line.y;
        continue;
      }
      if (items.length) {
        // a page footer under the rows: the table may go on on the next page
        const resumes = resumesAt(i);
        if (resumes < 0) break;
        i = resumes - 1;
        continue;
      }
      continue;
    }
    const item = readRow(line, header, decimalHint);
    if (!item) break;
    // a row without a quantity whose amount is the sum of the items above it ("Varer 3 095,00"): the items'
    // subtotal under an unfamiliar label, where the totals block starts
    if (item.quantity === null && item.amount && items.length >= 2 && items.every((it) => it.amount && it.quantity !== null) && compareDecimals(addDecimals(items.map((it) => it.amount as string)), item.amount) === 0) break;
    if (item.description) rowDescriptionX = descriptionX(line, item.description);
    else if (pendingX !== null) rowDescriptionX = pendingX;
    if (pending.length) item.description = [...pending, item.description].reduce<string | null>(joinWrapped, null);
    pending = [];
    pendingX = null;
    if (items.length && line.page === lastPage) pitch = line.y - lastY;
    items.push(item);
    rows.add(i);
    lastY = line.y;
    lastPage = line.page;
  }
  const consistent =
    items.length > 0 &&
    items.every((it) => it.quantity && it.unitPrice && it.amount && decimalsClose(multiplyDecimals(it.quantity, it.unitPrice), it.amount, '0.02'));
  return { items, rows, consistent };
}

const totalLabel = (cell: Cell) => namesATotal(cell.text.replace(/[^\p{L}\s.-]/gu, ' '));

/**
 * A totals line: "Subtotal 100.00", "Total before discount 5,278.00", also beside a note on the
 * left ("Payment terms: 30 days   Subtotal   100.00"), or a totals row under the columns
 * ("Razem:   10 928,00   X   1 379,44   12 307,44") whose only words name the total and that has
 * nothing under the quantity and price headings (an item "MVA-melding 3. termin" has).
 */
function isTotalsLine(line: Line, amounts: AmountMatch[], header: HeaderColumn[], decimalHint?: DecimalSeparator): boolean {
  if (!amounts.length || !line.cells.some(totalLabel)) return false;
  if (amounts.length <= 2) return true;
  const itemColumns = line.cells.some((cell) => numericCell(cell, decimalHint) && ['quantity', 'unitPrice'].includes(nearestColumn(cell, header) ?? ''));
  return !itemColumns && line.cells.every((cell) => totalLabel(cell) || !/\p{L}{2}/u.test(cell.text));
}

/** Where a row's description starts: the cell its text begins with. */
function descriptionX(line: Line, description: string): number | null {
  return line.cells.find((cell) => description.startsWith(cell.text))?.x ?? null;
}

/** A price with the VAT rate printed right after it ("650,00 € 21 %"): the rate is a column of its own. */
function withoutRate(text: string): string {
  return text.trim().replace(/(\d(?:\s?[€$£¥]|\s?[A-Z]{3}|\s?\p{L}{1,10}\.?)?)\s+\d{1,2}(?:[.,]\d{1,3})?\s?%$/u, '$1');
}

/** The one amount of a cell that holds a number (units and currency signs aside), else null. */
function numericCell(cell: Cell, decimalHint?: DecimalSeparator): { value: string; money: boolean } | null {
  const text = withoutRate(cell.text);
  const withUnit = /^(\d+(?:[.,]\d+)?)\s*\p{L}{1,8}\.?$/u.exec(text);
  if (withUnit && !/^\d+(?:[.,]\d+)?\s*(?:[A-Z]{3})$/.test(text)) {
    const amounts = findAmounts(withUnit[1], decimalHint);
    if (amounts.length === 1) return { value: amounts[0].value, money: false };
  }
  const stripped = text.replace(CURRENCY_MARK, '').replace(/(?<![\p{L}])(?:pcs?|stk|st|h|hrs?|std|x|uds?|un|pz|kg|m|days?|tage?)\.?(?![\p{L}])|%/giu, '').trim()
    // ("- € 524,95": the minus stays with its number once the sign between is gone)
    .replace(/^([-−–(])\s+/, '$1');
  if (stripped === '' || !/^[-(]?[\d\s.,'’)-]+$/.test(stripped)) return null;
  const amounts = findAmounts(stripped, decimalHint);
  return amounts.length === 1 ? { value: amounts[0].value, money: amounts[0].money } : null;
}

function nearestColumn(cell: Cell, header: HeaderColumn[]): Column | null {
  return nearestColumnAt(cell, header)?.kind ?? null;
}

/** The heading a cell stands under (or nearest to it, within 6 units), and how far: overlap counts below zero. */
function nearestColumnAt(cell: Cell, header: HeaderColumn[]): { kind: Column; dist: number } | null {
  let best: HeaderColumn | null = null;
  let bestDist = Infinity;
  for (const col of header) {
    const overlap = Math.min(cell.x2, col.x2) - Math.max(cell.x, col.x);
    const dist = overlap > 0 ? -overlap : Math.min(Math.abs(cell.x - col.x2), Math.abs(cell.x2 - col.x));
    if (dist < bestDist) {
      bestDist = dist;
      best = col;
    }
  }
  return best && bestDist < 6 ? { kind: best.kind, dist: bestDist } : null;
}

function readRow(line: Line, header: HeaderColumn[], decimalHint?: DecimalSeparator): InvoiceLineItem | null {
  const numeric: { cell: Cell; value: string; money: boolean }[] = [];
  const texts: Cell[] = [];
  for (const cell of line.cells) {
    const number = numericCell(cell, decimalHint);
    if (number) {
      if (!/%/.test(withoutRate(cell.text))) numeric.push({ cell, ...number });
    } else {
      texts.push(cell);
    }
  }
  // a leading position number ("1", "01") is not a quantity, unless it stands under the quantity heading
  if (numeric.length && texts.length && numeric[0].cell.x < texts[0].x && /^\d{1,3}\.?$/.test(numeric[0].cell.text.trim()) && nearestColumn(numeric[0].cell, header) !== 'quantity') numeric.shift();
  if (!numeric.length) {
    const inline = findAmounts(line.text, decimalHint);
    if (!inline.length) return null;
    return { description: line.text.slice(0, inline[0].index).trim() || null, quantity: null, unitPrice: null, amount: inline[inline.length - 1].value };
  }
  const item: InvoiceLineItem = { description: null, quantity: null, unitPrice: null, amount: null };
  // each number column takes the number standing most squarely under it (a price column without a heading may sit next to it)
  const nearest: Partial<Record<Column, number>> = {};
  let placed = 0;
  for (const n of numeric) {
    const at = nearestColumnAt(n.cell, header);
    if (!at || !NUMBER_COLUMNS.includes(at.kind) || (nearest[at.kind] ?? Infinity) <= at.dist) continue;
    if (nearest[at.kind] === undefined) placed += 1;
    nearest[at.kind] = at.dist;
    item[at.kind as 'quantity' | 'unitPrice' | 'amount'] = n.value;
  }
  const numberColumns = header.filter((c) => NUMBER_COLUMNS.includes(c.kind)).sort((a, b) => a.x - b.x);
  if (numeric.length === numberColumns.length) {
    // a plain "Price" heading and no amount column: the price is the line's (shop orders print no unit price)
    const price = numberColumns.find((c) => c.kind === 'unitPrice');
    const priceIsAmount = price !== undefined && !numberColumns.some((c) => c.kind === 'amount') && !PER_UNIT_PRICE.test(price.text);
    // numbers centred or right-aligned under left-aligned headings: as many numbers as number headings take them in order
    if (placed < numeric.length || priceIsAmount) {
      Object.assign(item, { quantity: null, unitPrice: null, amount: null });
      numberColumns.forEach((col, k) => (item[col === price && priceIsAmount ? 'amount' : (col.kind as 'quantity' | 'unitPrice' | 'amount')] = numeric[k].value));
    }
  }
  const values = numeric.map((n) => n.value);
  const byColumnsOk = item.quantity && item.unitPrice && item.amount && decimalsClose(multiplyDecimals(item.quantity, item.unitPrice), item.amount, '0.02');
  if (!byColumnsOk) {
    const sequential = fromSequence(values, item.amount);
    if (sequential) Object.assign(item, sequential);
    else if (item.amount === null) item.amount = values[values.length - 1];
  }
  const firstNumX = numeric[0].cell.x;
  // article numbers, units and VAT markers stay out of the description
  const quantityCell = numeric.find((n) => n.value === item.quantity)?.cell;
  // (a mark alone in a cell, "※" for the reduced tax rate, "*": not part of the description)
  const words = texts.filter((t) => !NOT_DESCRIPTION.includes(nearestColumn(t, header) as Column) && !unitBeside(t, quantityCell) && !/^[^\p{L}\p{N}]{1,2}$/u.test(t.text.trim()));
  const desc = words.filter((t) => t.x < firstNumX);
  // (a trailing "*" or "¹" refers to a note under the table)
  item.description = (desc.length ? desc : words).map((t) => t.text).join(' ').replace(/\s+(?:\*{1,3}|[†‡¹²³])$/u, '').trim() || null;
  return item;
}

/** Units of measure as printed after a quantity ("4 lfm", "14,5 Std", "3 pcs", "2 szt."). */
const UNIT_WORD = /^(?:stk|st|stück|stck|lfm|std|h|hrs?|hours?|psch|pausch|pcs?|ea|each|units?|m|m2|m²|m3|m³|kg|g|l|km|sets?|pkg|paar|tage?|days?|mon|monate?|months?|uds?|unid|pz|pezzi|nr|stuks?|un|kpl|szt|x)\.?$/i;

/** A unit in a cell of its own right after the quantity (OCR splits "4 lfm" in two): not part of the description. */
function unitBeside(cell: { x: number; text: string }, quantity: { x2: number } | undefined): boolean {
  return quantity !== undefined && cell.x >= quantity.x2 && cell.x - quantity.x2 < 4 && UNIT_WORD.test(cell.text.trim());
}

/** The item a line holds (money in it, an amount read), else null. */
function itemRow(line: Line, header: HeaderColumn[], decimalHint?: DecimalSeparator): InvoiceLineItem | null {
  if (!findAmounts(line.text, decimalHint).some((a) => a.money)) return null;
  const item = readRow(line, header, decimalHint);
  return item?.amount != null ? item : null;
}

/**
 * Reads "… qty … price … amount" by arithmetic when the columns did not settle it: the amount is
 * the one its column gave, else the last number, else any number that is the product of two
 * others (a VAT-rate column may come last).
 */
function fromSequence(values: string[], columnAmount: string | null = null): Partial<InvoiceLineItem> | null {
  const n = values.length;
  if (n < 2) return n === 1 ? { amount: values[0] } : null;
  const candidates = [...new Set([...(columnAmount ? [values.indexOf(columnAmount)] : []), n - 1, ...Array.from({ length: n - 1 }, (_, k) => n - 2 - k)])].filter((k) => k >= 0);
  for (const k of candidates) {
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        if (i === j || i === k || j === k) continue;
        if (decimalsClose(multiplyDecimals(values[i], values[j]), values[k], '0.02')) {
          return { quantity: values[i], unitPrice: values[j], amount: values[k] };
        }
      }
    }
  }
  return null;
}
