/**
 * Low-level PDF objects via pdf-lib: embedded files (Factur-X/ZUGFeRD/XRechnung XML
 * attachments) and page image XObjects (for OCR of scanned PDFs — we cannot rasterise
 * pages without a native canvas, so a scan is OCR'd from its embedded JPEG/PNG images;
 * vector-drawn "scans" and JBIG2/JPX/CCITT images are not supported).
 * Stream inflation is capped so a zip bomb in a stream fails fast instead of exhausting memory.
 */
import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFString } from 'pdf-lib';
import { encodePng } from './png';

const MAX_INFLATED_BYTES = 32 * 1024 * 1024;
const MAX_IMAGES = 6;

export interface EmbeddedFile {
  name: string;
  data: Buffer;
}

export async function loadPdfObjects(data: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(data, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false });
}

function filters(stream: PDFRawStream): string[] {
  const f = stream.dict.lookup(PDFName.of('Filter'));
  if (f instanceof PDFName) return [f.decodeText()];
  if (f instanceof PDFArray) return f.asArray().map((x) => (x instanceof PDFName ? x.decodeText() : ''));
  return [];
}

/** Stream bytes with FlateDecode undone (bounded); null for filters we do not decode. */
function streamBytes(stream: PDFRawStream, keep: string[] = []): { bytes: Buffer; remaining: string[] } | null {
  let bytes = Buffer.from(stream.contents);
  const list = filters(stream);
  for (let i = 0; i < list.length; i++) {
    const f = list[i];
    if (f === 'FlateDecode' || f === 'Fl') {
      bytes = inflateSync(bytes, { maxOutputLength: MAX_INFLATED_BYTES });
    } else if (keep.includes(f)) {
      return { bytes, remaining: list.slice(i) };
    } else {
      return null;
    }
  }
  return { bytes, remaining: [] };
}

function str(obj: unknown): string | null {
  return obj instanceof PDFString || obj instanceof PDFHexString ? obj.decodeText() : null;
}

function fileFromSpec(doc: PDFDocument, spec: unknown, fallbackName: string): EmbeddedFile | null {
  const dict = spec instanceof PDFRef ? doc.context.lookup(spec) : spec;
  if (!(dict instanceof PDFDict)) return null;
  const name = str(dict.lookup(PDFName.of('UF'))) ?? str(dict.lookup(PDFName.of('F'))) ?? fallbackName;
  const ef = dict.lookup(PDFName.of('EF'));
  if (!(ef instanceof PDFDict)) return null;
  const stream = ef.lookup(PDFName.of('F')) ?? ef.lookup(PDFName.of('UF'));
  if (!(stream instanceof PDFRawStream)) return null;
  const decoded = streamBytes(stream);
  return decoded ? { name, data: decoded.bytes } : null;
}

function walkNameTree(doc: PDFDocument, node: unknown, out: unknown[], depth = 0): void {
  if (!(node instanceof PDFDict) || depth > 10) return;
  const names = node.lookup(PDFName.of('Names'));
  if (names instanceof PDFArray) for (let i = 1; i < names.size(); i += 2) out.push(names.get(i));
  const kids = node.lookup(PDFName.of('Kids'));
  if (kids instanceof PDFArray) for (const kid of kids.asArray()) walkNameTree(doc, doc.context.lookup(kid), out, depth + 1);
}

/** Files attached via the EmbeddedFiles name tree, the catalog /AF array, or FileAttachment annotations. */
export function embeddedFiles(doc: PDFDocument, warnings: string[]): EmbeddedFile[] {
  const specs: unknown[] = [];
  const names = doc.catalog.lookup(PDFName.of('Names'));
  if (names instanceof PDFDict) walkNameTree(doc, names.lookup(PDFName.of('EmbeddedFiles')), specs);
  const af = doc.catalog.lookup(PDFName.of('AF'));
  if (af instanceof PDFArray) specs.push(...af.asArray());
  for (const page of doc.getPages().slice(0, 5)) {
    const annots = page.node.lookup(PDFName.of('Annots'));
    if (!(annots instanceof PDFArray)) continue;
    for (const a of annots.asArray()) {
      const annot = doc.context.lookup(a);
      if (annot instanceof PDFDict && annot.lookup(PDFName.of('Subtype')) === PDFName.of('FileAttachment')) specs.push(annot.get(PDFName.of('FS')));
    }
  }
  const files: EmbeddedFile[] = [];
  const seen = new Set<unknown>();
  specs.forEach((spec, i) => {
    if (seen.has(spec)) return;
    seen.add(spec);
    try {
      const file = fileFromSpec(doc, spec, `attachment-${i}`);
      if (file && !files.some((f) => f.name === file.name && f.data.length === file.data.length)) files.push(file);
    } catch (err) {
      warnings.push(`could not read a PDF attachment: ${(err as Error).message}`);
    }
  });
  return files;
}

function colorOf(doc: PDFDocument, cs: unknown): 'gray' | 'rgb' | null {
  const resolved = cs instanceof PDFRef ? doc.context.lookup(cs) : cs;
  if (resolved instanceof PDFName) {
    const n = resolved.decodeText();
    return n === 'DeviceGray' || n === 'G' || n === 'CalGray' ? 'gray' : n === 'DeviceRGB' || n === 'RGB' || n === 'CalRGB' ? 'rgb' : null;
  }
  if (resolved instanceof PDFArray && resolved.get(0) === PDFName.of('ICCBased')) {
    const icc = doc.context.lookup(resolved.get(1));
    const n = icc instanceof PDFRawStream ? icc.dict.lookup(PDFName.of('N')) : null;
    return n instanceof PDFNumber ? (n.asNumber() === 1 ? 'gray' : n.asNumber() === 3 ? 'rgb' : null) : null;
  }
  return null;
}

/** One image XObject as JPEG or PNG bytes, or null when its encoding is unsupported. */
function imageBytes(doc: PDFDocument, stream: PDFRawStream): Buffer | null {
  const num = (key: string): number => {
    const v = stream.dict.lookup(PDFName.of(key));
    return v instanceof PDFNumber ? v.asNumber() : 0;
  };
  const width = num('Width');
  const height = num('Height');
  if (width * height < 200 * 200 || width * height > 40_000_000) return null;
  const decoded = streamBytes(stream, ['DCTDecode', 'DCT']);
  if (!decoded) return null;
  if (decoded.remaining.length) return decoded.remaining.length === 1 ? decoded.bytes : null; // JPEG as is
  if (num('BitsPerComponent') !== 8) return null;
  const color = colorOf(doc, stream.dict.get(PDFName.of('ColorSpace')));
  if (!color) return null;
  const parms = stream.dict.lookup(PDFName.of('DecodeParms'));
  const predictor = parms instanceof PDFDict ? parms.lookup(PDFName.of('Predictor')) : undefined;
  const pngRows = predictor instanceof PDFNumber && predictor.asNumber() >= 10;
  const stride = width * (color === 'gray' ? 1 : 3);
  if (decoded.bytes.length < (pngRows ? stride + 1 : stride) * height) return null;
  return encodePng(width, height, color, decoded.bytes, pngRows);
}

/** Images drawn on the first pages, in page order (page scans), for OCR. */
export function pageImages(doc: PDFDocument, maxPages: number, warnings: string[]): Buffer[] {
  const found: { bytes: Buffer; page: number }[] = [];
  const visit = (resources: unknown, page: number, depth: number): void => {
    if (!(resources instanceof PDFDict) || depth > 2) return;
    const xobjects = resources.lookup(PDFName.of('XObject'));
    if (!(xobjects instanceof PDFDict)) return;
    for (const [, ref] of xobjects.entries()) {
      if (found.length >= MAX_IMAGES) return;
      const obj = doc.context.lookup(ref);
      if (!(obj instanceof PDFRawStream)) continue;
      const subtype = obj.dict.lookup(PDFName.of('Subtype'));
      try {
        if (subtype === PDFName.of('Image')) {
          const bytes = imageBytes(doc, obj);
          if (bytes) found.push({ bytes, page });
        } else if (subtype === PDFName.of('Form')) {
          visit(obj.dict.lookup(PDFName.of('Resources')), page, depth + 1);
        }
      } catch (err) {
        warnings.push(`could not decode an image on page ${page}: ${(err as Error).message}`);
      }
    }
  };
  doc.getPages().slice(0, maxPages).forEach((p, i) => visit(p.node.Resources(), i + 1, 0));
  return found.map((f) => f.bytes);
}

/**
 * True when some Flate stream inflates beyond the cap (a zip bomb). Checked before pdf.js
 * sees the file, because pdf.js would inflate such a stream into one huge buffer.
 */
export function hasOversizedStream(doc: PDFDocument, maxStreams = 5000): boolean {
  let checked = 0;
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFRawStream) || !filters(obj).some((f) => f === 'FlateDecode' || f === 'Fl')) continue;
    if (++checked > maxStreams) return false;
    try {
      inflateSync(obj.contents, { maxOutputLength: MAX_INFLATED_BYTES });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) return true;
    }
  }
  return false;
}
