/**
 * Layout model shared by every text source: a document is lines (top to bottom) of
 * cells (left to right). Positions are in "character units" so that PDF points, OCR
 * pixels and plain-text columns compare alike. Cells are separated by visible gaps,
 * which is what lets the field extractor read label/value pairs side by side or stacked.
 */

export interface Cell {
  x: number;
  x2: number;
  text: string;
}

export interface Line {
  cells: Cell[];
  /** cells joined by at least two spaces */
  text: string;
  page: number;
  /** vertical position in character heights, increasing downwards; used for block gaps */
  y: number;
}

export interface PositionedText {
  text: string;
  x: number;
  /** baseline measured downwards from the page top */
  y: number;
  width: number;
  height: number;
  /** drawn in a monospaced font (a typewriter or terminal layout): a space is as wide as a letter */
  monospace?: boolean;
}

/**
 * Letter-spaced text (CSS letter-spacing on a heading) arrives with a space after every glyph:
 * "N ° D E FA C T U R E". Such a run is read without its spaces ("N°DEFACTURE"); the labels
 * allow for the lost word gaps. Only runs of three or more glyphs without digits, mostly
 * single letters, count: "A B" or "1 2 3" stay as they are.
 */
export function withoutLetterSpacing(text: string): string {
  return text.replace(/(?<!\S)(?:[^\s\d]{1,2} ){2,}[^\s\d]{1,2}(?!\S)/gu, (run) => {
    const glyphs = run.split(' ');
    return glyphs.filter((g) => g.length === 1).length >= glyphs.length * 0.66 ? glyphs.join('') : run;
  });
}

function joinCells(cells: Cell[]): string {
  return cells.map((c) => c.text).join('   ');
}

function makeLine(cells: Cell[], page: number, y: number): Line {
  return { cells, text: joinCells(cells), page, y };
}

/**
 * Groups positioned fragments (PDF text items, OCR words) into lines and cells.
 * A horizontal gap wider than ~1.2 characters starts a new cell.
 */
/**
 * `wordGap`: the widest gap (in character widths) inside one cell. OCR word boxes hug the glyphs,
 * so the space between two words of a label looks wider there than in a PDF's text layer.
 */
export function linesFromPositioned(items: PositionedText[], page: number, pageOffsetY = 0, wordGap = 1.2): Line[] {
  const usable = items.filter((i) => i.text.trim() !== '' && Number.isFinite(i.x) && Number.isFinite(i.y));
  if (!usable.length) return [];
  const heights = usable.map((i) => i.height).filter((h) => h > 0).sort((a, b) => a - b);
  const unitH = heights.length ? heights[Math.floor(heights.length / 2)] : 10;
  const sorted = [...usable].sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: PositionedText[][] = [];
  for (const item of sorted) {
    const row = rows[rows.length - 1];
    const tolerance = Math.max(unitH, item.height) * 0.45;
    if (row && Math.abs(row[0].y - item.y) <= tolerance) row.push(item);
    else rows.push([item]);
  }
  const charW = unitH * 0.5;
  return rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    const cells: Cell[] = [];
    let current: { x: number; x2: number; parts: string[] } | null = null;
    for (const item of row) {
      const x2 = item.x + Math.max(item.width, 0);
      const text = item.text.replace(/\s+/g, ' ');
      // (a monospaced font's space is as wide as its letters, 0.6 of its size: its words stay together)
      const ownCharW = item.monospace ? Math.min(text.trim().length >= 3 ? item.width / text.length : item.height * 0.6, item.height * 0.62) : 0;
      const itemCharW = Math.max(charW, item.height * 0.5, ownCharW);
      if (current && item.x - current.x2 <= itemCharW * wordGap) {
        const gap = item.x - current.x2;
        const needsSpace = gap > charW * 0.25 && !/\s$/.test(current.parts[current.parts.length - 1]) && !/^\s/.test(text);
        current.parts.push(needsSpace ? ` ${text}` : text);
        current.x2 = Math.max(current.x2, x2);
      } else {
        if (current) cells.push({ x: current.x / charW, x2: current.x2 / charW, text: current.parts.join('').trim() });
        current = { x: item.x, x2, parts: [text] };
      }
    }
    if (current) cells.push({ x: current.x / charW, x2: current.x2 / charW, text: current.parts.join('').trim() });
    return makeLine(
      cells.filter((c) => c.text !== ''),
      page,
      (row[0].y + pageOffsetY) / unitH,
    );
  }).filter((l) => l.cells.length > 0);
}

/**
 * Plain text: cells split on tabs or runs of 2+ spaces, x = character column.
 * `tabColumns` treats each tab-separated cell as a fixed-width column (HTML tables
 * flattened by `htmlToText`), so header and value rows line up by column index.
 */
export function linesFromPlainText(text: string, page = 1): Line[] {
  const lines: Line[] = [];
  text.split(/\r?\n/).forEach((raw, row) => {
    if (raw.trim() === '') return;
    const cells: Cell[] = [];
    if (raw.includes('\t')) {
      raw.split('\t').forEach((part, col) => {
        const t = part.trim().replace(/\s+/g, ' ');
        if (t) cells.push({ x: col * 40, x2: col * 40 + 39, text: t });
      });
    } else {
      for (const m of raw.matchAll(/\S+(?: \S+)*/g)) {
        cells.push({ x: m.index ?? 0, x2: (m.index ?? 0) + m[0].length, text: m[0] });
      }
    }
    if (cells.length) lines.push(makeLine(cells, page, row * 1.5));
  });
  return lines;
}

export function linesToText(lines: Line[]): string {
  return lines.map((l) => l.text).join('\n');
}

/**
 * The cell of `below` under cell `index` of `line`: cell for cell when both rows have as many
 * cells and start together (values right-aligned under left-aligned labels may reach under the
 * next label), else the first cell overlapping it.
 */
export function cellUnder(line: Line, index: number, below: Line): Cell | undefined {
  // (not when the row below starts with a label of its own left of the headings: "Razem | 42 054,00 | …")
  const aligned = below.cells[0].x2 > line.cells[0].x - 2;
  if (line.cells.length > 1 && below.cells.length === line.cells.length && aligned) return below.cells[index];
  const cell = line.cells[index];
  return overlapping(below, cell.x, cell.x2)[0];
}

/** Cells of `line` that horizontally overlap [x, x2] (with a little slack). */
export function overlapping(line: Line, x: number, x2: number, slack = 1): Cell[] {
  return line.cells.filter((c) => c.x < x2 + slack && c.x2 > x - slack);
}
