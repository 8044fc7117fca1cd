import { type Cell, type Line, cellUnder, overlapping } from './layout';

/** A value found next to (right of) or under a label. */
export interface LabelledValue<T> {
  value: T;
  line: number;
  /** 'inline' (same cell / next cell) is more trustworthy than 'below' */
  placement: 'inline' | 'below';
}

export interface LabelHit {
  line: number;
  cell: number;
  /** text of the cell after the label, separators stripped */
  rest: string;
}

/** Every cell in which `label` matches; `filter` can veto a hit by the full cell text. */
/** What follows the label in a cell (null: no label), past a bilingual label's translation ("N° de facture / Invoice no."). */
export function afterLabel(text: string, label: RegExp): string | null {
  const m = label.exec(text);
  if (!m) return null;
  const rest = text.slice((m.index ?? 0) + m[0].length).replace(/^[\s:#.\-–—=：　]+/u, '');
  const translation = rest.startsWith('/') ? label.exec(rest) : null;
  if (translation) return rest.slice((translation.index ?? 0) + translation[0].length).replace(/^[\s:#.\-–—=：　]+/u, '');
  // a gloss in parentheses, "Buyer (Bill to)": part of the label
  const gloss = /^\(([^)]{2,30})\)/.exec(rest);
  return gloss && label.exec(gloss[1])?.index === 0 ? rest.slice(gloss[0].length).replace(/^[\s:#.\-–—=：　]+/u, '') : rest;
}

export function findLabels(lines: Line[], label: RegExp, filter?: (cellText: string) => boolean): LabelHit[] {
  const hits: LabelHit[] = [];
  lines.forEach((line, li) => {
    line.cells.forEach((cell, ci) => {
      const rest = afterLabel(cell.text, label);
      if (rest === null || (filter && !filter(cell.text))) return;
      hits.push({ line: li, cell: ci, rest });
    });
  });
  return hits;
}

/**
 * Values for a label: text after the label in the same cell, else the next cell on the
 * line, else the cell(s) right below the label (stacked label/value layouts and header
 * rows of key/value tables).
 */
export function valuesForLabel<T>(
  lines: Line[],
  label: RegExp,
  parse: (text: string) => T | null,
  filter?: (cellText: string) => boolean,
): LabelledValue<T>[] {
  const out: LabelledValue<T>[] = [];
  for (const hit of findLabels(lines, label, filter)) {
    const line = lines[hit.line];
    const inline = hit.rest ? parse(hit.rest) : null;
    if (inline !== null) {
      out.push({ value: inline, line: hit.line, placement: 'inline' });
      continue;
    }
    if (hit.rest && hit.rest.length > 3) continue; // label inside a sentence, not a field
    const next: Cell | undefined = line.cells[hit.cell + 1];
    // (a value cell may start with the label's full-width colon: "請求番号　　：AOB-2026-1120-03")
    const nextValue = next ? parse(next.text.replace(/^[:：]\s*/u, '')) : null;
    const cell = line.cells[hit.cell];
    // a cell further off than half the label's width may belong to another column ("Invoice Number … H91 P2X8", the
    // seller's postcode): the value right under the label is its own, when there is one
    const farOff = next !== undefined && next.x - cell.x2 > (cell.x2 - cell.x) / 2;
    const under = farOff && hit.line + 1 < lines.length && lines[hit.line + 1].page === line.page && lines[hit.line + 1].y - line.y <= 2.5 ? cellUnder(line, hit.cell, lines[hit.line + 1]) : undefined;
    const underValue = under ? parse(under.text) : null;
    if (nextValue !== null && underValue !== null) {
      out.push({ value: underValue, line: hit.line + 1, placement: 'below' });
      continue;
    }
    if (nextValue !== null) {
      out.push({ value: nextValue, line: hit.line, placement: 'inline' });
      continue;
    }
    for (let k = hit.line + 1; k <= Math.min(hit.line + 2, lines.length - 1); k++) {
      if (lines[k].page !== line.page || lines[k].y - line.y > 4) break;
      // cell for cell only on the row right under the labels
      const below = k === hit.line + 1 ? cellUnder(line, hit.cell, lines[k]) : overlapping(lines[k], cell.x, cell.x2)[0];
      const belowValue = below ? parse(below.text) : null;
      if (belowValue !== null) {
        out.push({ value: belowValue, line: k, placement: 'below' });
        break;
      }
    }
  }
  return out;
}

const EMAIL = /[\p{L}0-9._%+-]+@[\p{L}0-9.-]+\.[\p{L}]{2,}/u;

export function findEmail(text: string): string | null {
  return EMAIL.exec(text)?.[0].toLowerCase() ?? null;
}
