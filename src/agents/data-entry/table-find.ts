import { mapByContent } from './content-columns';
import { mapHeaders, type ColumnMapping } from './header-match';
import { parseDelimited } from './table-parse';
import type { FieldSpec } from './target.types';

/**
 * A table somewhere in a text: under a title line or a greeting ("Hallo, hier die Liste …"),
 * between notes, as CSV/TSV/semicolons, pipes (Markdown or box-drawn), or columns aligned with
 * spaces (a report or a PDF copied as text). Its header row is the row, among the first ones,
 * that names the most fields of the target; its rows run until the text stops being a table.
 */
export interface FoundTable {
  header: string[];
  rows: string[][];
  mapping: ColumnMapping;
  layout: string;
}

/** How far down a header row may sit (titles, notes and blank lines above it). */
const HEADER_SEARCH_ROWS = 15;

type Row = string[];

const isBlank = (row: Row) => row.every((cell) => cell.trim() === '');
const filled = (row: Row) => row.filter((cell) => cell.trim() !== '').length;

/** A ruling line: "|---|:--:|", "+------+-----+", "=====  =====". */
const RULE = /^[\s|:+=\-–—_]+$/;

/** A Markdown cell's text: "**Ingrid**" → "Ingrid", "[a@b.no](mailto:a@b.no)" → "a@b.no", a dash alone → empty. */
function markdownCell(cell: string): string {
  const text = cell
    .trim()
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(?<![\w*])\*([^*\s][^*]*?)\*(?![\w*])/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .trim();
  return /^[-–—]$/.test(text) ? '' : text;
}

function pipeRows(lines: string[]): Row[] {
  return lines.map((line) => {
    // (a box's ruling line "+-----+----+" has no pipe in it)
    if (line.trim() !== '' && RULE.test(line)) return [];
    if (!line.includes('|')) return [line.trim()];
    return line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map(markdownCell);
  });
}

/** Cells of an aligned line: runs of text separated by two or more spaces (or a tab), with where they start and end. */
function runs(line: string): { text: string; start: number; end: number }[] {
  return [...line.matchAll(/\S+(?: \S+)*/g)].map((m) => ({ text: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

/**
 * A data line cut into the header's columns. A column reaches from just after the heading on its
 * left to just before the heading on its right (text runs on to the right, numbers align right
 * under their heading's end); each run of text goes to the column it overlaps most.
 */
function alignedRow(line: string, header: { start: number; end: number }[]): Row {
  const cells: string[] = header.map(() => '');
  const spans = header.map((_, k) => ({ from: k === 0 ? -Infinity : header[k - 1].end + 1, to: k === header.length - 1 ? Infinity : header[k + 1].start - 1 }));
  for (const run of runs(line.replace(/\t/g, '  '))) {
    let best = 0;
    let bestOverlap = -Infinity;
    spans.forEach((span, k) => {
      const overlap = Math.min(run.end, span.to) - Math.max(run.start, span.from);
      if (overlap > bestOverlap) [best, bestOverlap] = [k, overlap];
    });
    cells[best] = cells[best] ? `${cells[best]} ${run.text}` : run.text;
  }
  return cells;
}

/** Whether a line is laid out in columns (two or more spaces, or a tab, between its parts). */
const COLUMNS = /\S(?: {2,}|\t)\S/;

const sameRow = (a: Row, b: Row) => a.length === b.length && a.every((cell, k) => cell.trim().toLowerCase() === (b[k] ?? '').trim().toLowerCase());

/**
 * Rows after the header while the text is still the table: a line of prose, or the end, stops it
 * (empty rows and ruling lines are passed over). A board exported in groups ("Nieuwe leads", its
 * heading again, its rows; "Afgesloten", …) is read as one table: a group's title and the
 * repeated heading are passed over, and so is a group's indented sub-table ("| Subitems | Owner |
 * Status" and its rows, first cell empty).
 */
function bodyOf(rows: Row[], h: number, width: number): Row[] {
  const body: Row[] = [];
  const header = rows[h];
  let inSubTable = false;
  for (let j = h + 1; j < rows.length; j++) {
    const row = rows[j];
    if (row.length === 0 || isBlank(row)) continue;
    if (sameRow(row, header)) {
      inSubTable = false;
      continue;
    }
    if (filled(row) < Math.min(2, width)) {
      // a group's title: its heading comes again within a few rows, or rows of the table's width follow ("Склад №1 (Київ)", "Befestigungstechnik")
      const ahead = rows.slice(j + 1, j + 6).filter((r) => r.length && !isBlank(r));
      const resumes = ahead.findIndex((r) => sameRow(r, header));
      if (resumes >= 0 && ahead.slice(0, resumes).every((r) => filled(r) < 2)) continue;
      if (header.length > 2 && ahead[0] && ahead[0].length === header.length && filled(ahead[0]) >= 2) continue;
      break;
    }
    const indented = row[0]?.trim() === '' && (header[0] ?? '').trim() !== '';
    // (a sub-table's heading: words only, one of them a heading of the table's own)
    const subHeading = () => row.every((cell) => !/[\d@]/.test(cell)) && row.some((cell) => cell.trim() !== '' && header.some((name) => name.trim().toLowerCase() === cell.trim().toLowerCase()));
    if (indented && (inSubTable || subHeading())) {
      inSubTable = true;
      continue;
    }
    inSubTable = false;
    body.push(row);
  }
  return body;
}

interface Candidate {
  layout: string;
  rows: Row[];
  /** the body of the table under header row h */
  body?: (h: number) => Row[];
}

/** Box-drawing lines as pipes and rulings, full-width letters and digits ("１２") as ASCII, the ideographic space as a space. */
function plainTableText(text: string): string {
  return text
    .replace(/[│┃║]/g, '|')
    .replace(/[─━═┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬╞╡╪╫╒╕╘╛╓╖╙╜]/g, '-')
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

function candidates(text: string): Candidate[] {
  const normalized = plainTableText(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  const lines = normalized.split('\n');
  const out: Candidate[] = [',', ';', '\t'].map((d) => ({ layout: d === '\t' ? 'tab' : d, rows: parseDelimited(normalized, d) }));
  if (normalized.includes('|')) out.push({ layout: 'pipes', rows: pipeRows(lines) });
  // header candidates of an aligned table: lines laid out in columns (prose stays one cell); a table drawn with pipes is read as one
  const ruled = (line: string) => line.trim() !== '' && RULE.test(line);
  if (lines.filter((line) => /^\s*\|.*\|\s*$/.test(line)).length >= 2) return out;
  out.push({
    layout: 'aligned',
    rows: lines.map((line) => (ruled(line) ? [] : COLUMNS.test(line) ? runs(line.replace(/\t/g, '  ')).map((run) => run.text) : [line.trim()])),
    body: (h) => {
      const header = runs(lines[h].replace(/\t/g, '  '));
      const rows = lines.map((line, i) => (i <= h || ruled(line) ? [] : line.trim() === '' ? [''] : alignedRow(line, header)));
      return bodyOf(rows, h, header.length);
    },
  });
  return out;
}

/** The heading joined with the row under it, column by column, when that row holds words only under some headings (no values). */
function continuedHeading(header: Row, next: Row | undefined): Row | null {
  if (!next || next.length !== header.length || isBlank(next) || filled(next) >= filled(header)) return null;
  if (next.some((cell) => /^[\d\s.,+-]+$/.test(cell.trim()) && cell.trim() !== '') || next.some((cell) => cell.includes('@'))) return null;
  return header.map((cell, k) => {
    const more = next[k]?.trim() ?? '';
    if (!more) return cell;
    return /\p{L}-$/u.test(cell.trim()) ? `${cell.trim().slice(0, -1)}${more}` : `${cell.trim()} ${more}`.trim();
  });
}

/** A row of headings: most of its cells are words without digits (a data row has times, numbers, addresses). */
function headingLike(row: Row): boolean {
  const cells = row.filter((cell) => cell.trim() !== '');
  return cells.filter((cell) => /\p{L}/u.test(cell) && !/\d/.test(cell)).length >= 0.6 * cells.length;
}

/** A line of prose cut at its commas: a cell ends one sentence and starts the next ("hakee trukinkuljettajaksi. 4"), as no heading does. */
function holdsProse(row: Row): boolean {
  // ("Tél. fixe", "No. of Employees", "Est. Deal Value": abbreviations, not sentences)
  return row.some((cell) => /\p{Ll}{4,}[.!]\s+[\p{Lu}\d]/u.test(cell) && cell.trim().split(/\s+/).length >= 3);
}

const VALUE_CELL = /\b\p{Lu}{1,5}-\d{2,}\b|\d(?:[.,]\d+)?\s?(?:kpl|pcs|stk|stück|szt|ks|adet|€|kr|eur|usd|\$|£)(?![\p{L}])/u;

/** A row of a log cut at its commas ("02.11. UD-0107 …", "1.450 kr./dag", "retur 06.11."): two cells or more hold a date or a sum of money, as no heading does. */
function holdsValues(row: Row): boolean {
  // or a cell holds a count, a price or an article code ("LP-01 1 kpl") and half the cells hold digits
  const filledCells = row.filter((cell) => cell.trim() !== '');
  // an e-mail address or a link is a value under a heading, never a heading
  if (filledCells.some((cell) => /^\S+@\S+\.\p{L}{2,}$|^https?:\/\//u.test(cell.trim()))) return true;
  if (filledCells.some((cell) => VALUE_CELL.test(cell)) && filledCells.filter((cell) => /\d/.test(cell)).length * 2 >= filledCells.length) return true;
  return row.filter((cell) => /(?<![\d.])\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?\.?(?![\d.]*\d)|\d\s?(?:€|£|\$|kr\b|eur\b|,-)|[€$£]\s?\d/i.test(cell)).length >= 2;
}

const matchedFields = (mapping: ColumnMapping) => mapping.fields.size + (mapping.firstName !== undefined || mapping.lastName !== undefined ? 1 : 0);

/** The best table for the target, or null when no row names at least two of its fields (one, for a one-field target). */
export function findTable(text: string, fields: FieldSpec[]): FoundTable | null {
  let best: (FoundTable & { matched: number }) | null = null;
  const needed = Math.min(2, fields.length);
  for (const candidate of candidates(text)) {
    const { rows } = candidate;
    let seen = 0;
    for (let h = 0; h < rows.length && seen < HEADER_SEARCH_ROWS; h++) {
      let header = rows[h];
      if (isBlank(header)) continue; // (a ruling line is an empty row, blank too)
      seen += 1;
      // a bulleted line of a note ("- tote bags TB-ORG-01, shelf C1") is no heading
      if (filled(header) < 2 || /^\s*[-*•]\s/.test(header[0]) || holdsValues(header) || holdsProse(header)) continue;
      let mapping = mapHeaders(header, fields);
      let matched = matchedFields(mapping);
      // a heading on two lines ("Lager- / platz", "Preis / je Stk. €"): the row under it completes it
      let bodyFrom = h;
      const second = candidate.body ? null : continuedHeading(header, rows[h + 1]);
      if (second) {
        const secondMapping = mapHeaders(second, fields);
        if (matchedFields(secondMapping) > matched) [header, mapping, matched, bodyFrom] = [second, secondMapping, matchedFields(secondMapping), h + 1];
      }
      // a row that names one field at least, or a file's first row, may name the others by the values under it
      const byContent = matched < fields.length && (matched >= 1 || seen === 1) && filled(header) >= 3 && headingLike(header);
      if ((matched < needed && !byContent) || (best && matched < best.matched && !byContent)) continue;
      const body = candidate.body ? candidate.body(h) : bodyOf(rows, bodyFrom, header.length);
      if (!body.length) continue;
      // lines cut at their commas or semicolons make a table only when most rows have the heading's width (prose does not)
      if ((candidate.layout === ',' || candidate.layout === ';') && body.filter((row) => row.length === header.length).length < 0.6 * body.length) continue;
      if (byContent) matched += mapByContent(header, body, fields, mapping);
      if (matched < needed || (best && matched < best.matched)) continue;
      // more fields named wins; then the layout that keeps more rows (of the header's width)
      const fits = body.filter((row) => row.length >= header.length - 1).length;
      if (best && matched === best.matched && fits <= best.rows.filter((row) => row.length >= best!.header.length - 1).length) continue;
      best = { header, rows: body, mapping, layout: candidate.layout, matched };
    }
  }
  if (!best) return null;
  const { matched: _matched, ...table } = best;
  return table;
}
