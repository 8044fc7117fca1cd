/**
 * Pasted tables: CSV/TSV/semicolon/pipe with delimiter sniffing, RFC 4180 quoting,
 * Markdown tables, and columns aligned with runs of spaces.
 */
export interface ParsedTable {
  delimiter: string;
  rows: string[][];
}

const CANDIDATES = [',', ';', '\t', '|'];

export function parseTable(text: string): ParsedTable | null {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').filter((l) => l.trim().length > 0);
  if (lines.length < 2) return null;
  if (isMarkdownTable(lines)) return { delimiter: 'markdown', rows: parseMarkdown(lines) };

  let best: ParsedTable | null = null;
  let bestScore = 0;
  for (const delimiter of CANDIDATES) {
    const rows = parseDelimited(text, delimiter).filter((r) => r.some((c) => c.trim() !== ''));
    const score = consistency(rows);
    if (score > bestScore) {
      best = { delimiter, rows };
      bestScore = score;
    }
  }
  const spaced = lines.map((l) => l.trim().split(/\s{2,}|\t/));
  const spacedScore = consistency(spaced) * 0.95;
  if (spacedScore > bestScore) return { delimiter: 'spaces', rows: spaced };
  return bestScore > 0 ? best : null;
}

/** Share of rows with the modal column count (≥ 2 columns), times a small bonus for width. */
function consistency(rows: string[][]): number {
  if (rows.length < 2) return 0;
  const counts = new Map<number, number>();
  for (const r of rows) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
  const [mode, freq] = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  if (mode < 2) return 0;
  const share = freq / rows.length;
  if (share < 0.6) return 0;
  return share + Math.min(mode, 10) / 100;
}

export function parseDelimited(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === delimiter) {
      row.push(cell.trim());
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell.trim());
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell.length > 0 || row.length > 0) {
    row.push(cell.trim());
    rows.push(row);
  }
  return rows;
}

function isMarkdownTable(lines: string[]): boolean {
  return lines.length >= 2 && /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$/.test(lines[1]);
}

function parseMarkdown(lines: string[]): string[][] {
  return lines
    .filter((_, i) => i !== 1)
    .map((l) =>
      l
        .trim()
        .replace(/^\|/, '')
        .replace(/\|$/, '')
        .split('|')
        .map((c) => c.trim()),
    );
}
