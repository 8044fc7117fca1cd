/**
 * PDF text layer via pdfjs-dist (legacy build, eval disabled). pdfjs v4 is ESM-only, so it
 * is loaded with a real dynamic import — this only works in a worker thread / plain Node,
 * not inside Jest's CommonJS sandbox, which is one reason extraction runs in a worker.
 */
import { pathToFileURL } from 'node:url';
import { type Line, linesFromPositioned, type PositionedText, withoutLetterSpacing } from './layout';

// TypeScript would compile `import()` to `require()` under CommonJS; keep the real one.
const importEsm = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<unknown>;

interface PdfJs {
  getDocument(params: Record<string, unknown>): { promise: Promise<PdfDoc>; destroy(): Promise<void> };
  Util: { transform(a: number[], b: number[]): number[] };
}
interface PdfDoc {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}
interface PdfPage {
  getViewport(p: { scale: number }): { transform: number[]; height: number };
  getTextContent(): Promise<{ items: { str?: string; transform?: number[]; width?: number; height?: number; fontName?: string }[]; styles?: Record<string, { fontFamily?: string }> }>;
  cleanup(): void;
}

let pdfjs: Promise<PdfJs> | null = null;
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= importEsm(pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.mjs')).href) as Promise<PdfJs>;
  return pdfjs;
}

export interface PdfText {
  lines: Line[];
  pageCount: number;
  /** pages (1-based) that had no text items: candidates for OCR */
  pagesWithoutText: number[];
  warnings: string[];
}

export async function readPdfText(data: Uint8Array, maxPages: number): Promise<PdfText> {
  const lib = await loadPdfJs();
  const task = lib.getDocument({
    data: new Uint8Array(data),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  const warnings: string[] = [];
  let doc: PdfDoc;
  try {
    doc = await task.promise;
  } catch (err) {
    const e = err as Error;
    const message = e.name === 'PasswordException' ? 'PDF is password-protected' : `PDF could not be opened: ${e.message}`;
    return { lines: [], pageCount: 0, pagesWithoutText: [], warnings: [message] };
  }
  const lines: Line[] = [];
  const pagesWithoutText: number[] = [];
  const pages = Math.min(doc.numPages, maxPages);
  if (doc.numPages > maxPages) warnings.push(`only the first ${maxPages} of ${doc.numPages} pages were read`);
  for (let n = 1; n <= pages; n++) {
    try {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: PositionedText[] = [];
      for (const item of content.items) {
        if (!item.str || !item.transform) continue;
        const t = lib.Util.transform(viewport.transform, item.transform);
        const size = Math.hypot(t[2], t[3]) || item.height || 10;
        const monospace = item.fontName !== undefined && content.styles?.[item.fontName]?.fontFamily === 'monospace';
        items.push({ text: withoutLetterSpacing(compatibilityForms(item.str)), x: t[4], y: t[5], width: item.width ?? 0, height: size, ...(monospace ? { monospace } : {}) });
      }
      if (!items.some((i) => i.text.trim())) pagesWithoutText.push(n);
      lines.push(...linesFromPositioned(items, n, (n - 1) * viewport.height));
      page.cleanup();
    } catch (err) {
      warnings.push(`page ${n} could not be read: ${(err as Error).message}`);
      pagesWithoutText.push(n);
    }
  }
  await doc.destroy().catch(() => undefined);
  return { lines, pageCount: doc.numPages, pagesWithoutText, warnings };
}

/**
 * Characters a PDF may draw with look-alike code points: Kangxi radicals and CJK compatibility
 * forms for ordinary kanji ("⽇" for 日, as Chromium writes Japanese), full-width letters and digits.
 * Only those: NFKC on the whole text would also turn "mm²" into "mm2".
 */
export function compatibilityForms(text: string): string {
  // (full-width punctuation, "（冷蔵便）", is how the language writes: it stays)
  return text.replace(/[\u2E80-\u2FDF\uF900-\uFAFF\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => c.normalize('NFKC'));
}
