/**
 * The offline pipeline (runs inside the sandbox worker): detect the input kind (a signed .p7m
 * envelope is opened first), then (1) embedded / raw e-invoice XML, (2) PDF text layer, (3) OCR
 * of images and scanned pages.
 */
import { parseEInvoiceXml, looksLikeEInvoiceXml } from './einvoice-xml';
import { earlierMessage, freshBody } from '../email-sorter/email-parse';
import { looksLikeHtml, htmlToText, looksLikeMime, parseMime } from './email-body';
import { extractFields } from './fields';
import { linesFromPlainText, linesToText, type Line } from './layout';
import { ocrImage } from './ocr';
import { embeddedFiles, hasOversizedStream, loadPdfObjects, pageImages } from './pdf-objects';
import { readPdfText } from './pdf-text';
import { looksLikeSignedEnvelope, signedContent } from './signed-envelope';
import { emptyInvoice, type ExtractedInvoice, type OfflineResult } from './types';

export interface OfflineInput {
  buffer?: Uint8Array;
  text?: string;
  filename?: string;
  mimeType?: string;
}

const MAX_TEXT_PAGES = 30;
const MAX_OCR_PAGES = 3;

type Kind = 'signed' | 'pdf' | 'image' | 'xml' | 'html' | 'mime' | 'text';

/** Envelopes inside envelopes (and mails inside mails) are opened this deep. */
const MAX_DEPTH = 2;

/** Text of a file: UTF-8, unless its XML declaration names a single-byte encoding. */
function decodeText(buf: Buffer): string {
  const declaration = /^\uFEFF?\s*<\?xml[^>]*encoding=["'](iso-8859-1|iso-8859-15|latin-?1|windows-1252|cp1252)["']/i.exec(buf.subarray(0, 200).toString('latin1'));
  return declaration ? buf.toString('latin1') : buf.toString('utf8');
}

function detectKind(buf: Buffer | null, text: string | null, mimeType = '', filename = ''): Kind {
  if (buf) {
    // before the PDF check: a signed PDF carries "%PDF-" near the start of its envelope
    if (looksLikeSignedEnvelope(buf) || /\.p7m$/i.test(filename)) return 'signed';
    const head = buf.subarray(0, 1024).toString('latin1');
    if (head.includes('%PDF-')) return 'pdf';
    if (/^\x89PNG|^\xff\xd8\xff|^II\*\0|^MM\0\*|^BM|^GIF8|^RIFF....WEBP/.test(head)) return 'image';
    if (/^application\/pdf/.test(mimeType) || /\.pdf$/i.test(filename)) return 'pdf';
  }
  const t = text ?? '';
  if (looksLikeEInvoiceXml(t.replace(/^\uFEFF/, '').trimStart())) return 'xml';
  if (looksLikeMime(t) || /^message\/rfc822/.test(mimeType) || /\.eml$/i.test(filename)) return 'mime';
  if (/html/.test(mimeType) || /\.html?$/i.test(filename) || looksLikeHtml(t)) return 'html';
  return 'text';
}

export async function extractOffline(input: OfflineInput, depth = 0): Promise<OfflineResult> {
  const buf = input.buffer ? Buffer.from(input.buffer) : null;
  const isBinary = buf ? /^(%PDF|\x89PNG|\xff\xd8)/.test(buf.subarray(0, 8).toString('latin1')) : false;
  const text = input.text ?? (buf && !isBinary ? decodeText(buf) : null);
  const kind = detectKind(buf, text, input.mimeType, input.filename);
  switch (kind) {
    case 'signed':
      return fromSigned(buf as Buffer, input.filename ?? '', depth);
    case 'pdf':
      return fromPdf(buf as Buffer);
    case 'image':
      return fromImages([buf as Buffer]);
    case 'xml': {
      const inv = parseEInvoiceXml(text ?? '');
      if (inv) return { invoice: inv, text: '' };
      const empty = emptyInvoice('e-invoice-xml');
      empty.warnings.push('XML is neither a CII nor a UBL invoice');
      return { invoice: empty, text: '' };
    }
    case 'mime':
      return fromMime(buf ?? (text as string), depth);
    case 'html':
      return fromLines(linesFromPlainText(htmlToText(text ?? '')), 'text');
    case 'text':
      return fromLines(linesFromPlainText(text ?? ''), 'text');
  }
}

function fromLines(lines: Line[], source: 'text' | 'ocr', warnings: string[] = []): OfflineResult {
  const invoice = extractFields(lines, source);
  invoice.warnings.unshift(...warnings);
  return { invoice, text: linesToText(lines) };
}

function xmlFrom(files: { name: string; data: Buffer }[]): ExtractedInvoice | null {
  for (const f of files) {
    const head = f.data.subarray(0, 4000).toString('utf8').replace(/^\uFEFF/, '');
    if (!/\.xml$/i.test(f.name) && !head.trimStart().startsWith('<')) continue;
    if (!looksLikeEInvoiceXml(head.trimStart().replace(/^<\?xml[^>]*\?>\s*/, ''))) continue;
    const inv = parseEInvoiceXml(f.data.toString('utf8').replace(/^\uFEFF/, ''));
    if (inv) return inv;
  }
  return null;
}

async function fromPdf(buf: Buffer): Promise<OfflineResult> {
  const warnings: string[] = [];
  let objects: Awaited<ReturnType<typeof loadPdfObjects>> | null = null;
  try {
    objects = await loadPdfObjects(buf);
    if (objects.isEncrypted) warnings.push('PDF is encrypted; embedded files and images cannot be read');
    if (!objects.isEncrypted && hasOversizedStream(objects)) {
      const inv = emptyInvoice('text');
      inv.warnings.push(...warnings, 'PDF rejected: a compressed stream expands beyond the safety limit (zip bomb)');
      return { invoice: inv, text: '' };
    }
  } catch (err) {
    warnings.push(`PDF structure could not be parsed: ${(err as Error).message}`);
  }
  if (objects && !objects.isEncrypted) {
    const files = embeddedFiles(objects, warnings);
    const xml = xmlFrom(files);
    if (xml) {
      xml.warnings.push(...warnings);
      return { invoice: xml, text: '' };
    }
  }
  const imagesOf = (found: string[]) => (objects && !objects.isEncrypted ? pageImages(objects, MAX_OCR_PAGES, found) : []);
  const pdfText = await readPdfText(buf, MAX_TEXT_PAGES);
  warnings.push(...pdfText.warnings);
  const textChars = pdfText.lines.reduce((n, l) => n + l.text.replace(/\s/g, '').length, 0);
  if (textChars >= 10) {
    const read = fromLines(pdfText.lines, 'text', warnings);
    if (read.invoice.total || read.invoice.invoiceNumber) return read;
    // a scan whose text layer is only a stamp, a watermark or a page number: its images may hold the invoice
    const images = imagesOf([]);
    if (!images.length) return read;
    const scanned = await fromImages(images, [...warnings, 'the text layer holds no invoice, so the page images were read (OCR)']);
    return fieldsFound(scanned.invoice) > fieldsFound(read.invoice) ? scanned : read;
  }
  const images = imagesOf(warnings);
  if (!images.length) {
    const inv = emptyInvoice('text');
    inv.warnings.push(...warnings, 'PDF has no text layer and no embedded page image that could be OCR\'d');
    return { invoice: inv, text: linesToText(pdfText.lines) };
  }
  return fromImages(images, warnings);
}

function fieldsFound(invoice: ExtractedInvoice): number {
  const values = [invoice.invoiceNumber, invoice.issueDate, invoice.currency, invoice.subtotal, invoice.taxTotal, invoice.total, invoice.seller.name, invoice.buyer.name];
  return values.filter((value) => value !== null).length + (invoice.lineItems.length ? 1 : 0);
}

async function fromImages(images: Buffer[], warnings: string[] = []): Promise<OfflineResult> {
  const lines: Line[] = [];
  let confidence = 0;
  for (let i = 0; i < images.length; i++) {
    try {
      const r = await ocrImage(images[i], i + 1, i * 100000);
      lines.push(...r.lines);
      confidence += r.confidence / images.length;
    } catch (err) {
      warnings.push(`OCR failed on image ${i + 1}: ${(err as Error).message ?? String(err)}`);
    }
  }
  if (lines.length && confidence < 0.6) warnings.push(`low OCR confidence (${confidence.toFixed(2)})`);
  const result = fromLines(lines, 'ocr', warnings);
  if (confidence < 0.6) {
    for (const k of Object.keys(result.invoice.confidence)) result.invoice.confidence[k] *= Math.max(confidence, 0.3) / 0.6;
  }
  return result;
}

/** The content of a signed envelope, read as the file it is (an e-invoice XML, a PDF…). */
async function fromSigned(buf: Buffer, filename: string, depth: number): Promise<OfflineResult> {
  const content = depth < MAX_DEPTH ? signedContent(buf) : null;
  if (!content) {
    const inv = emptyInvoice('text');
    inv.warnings.push('signed file (.p7m) could not be opened: not a CMS SignedData envelope with its content inside');
    return { invoice: inv, text: '' };
  }
  const inner = await extractOffline({ buffer: content, filename: filename.replace(/\.p7m$/i, '') }, depth + 1);
  inner.invoice.warnings.unshift('read from a signed envelope (.p7m); the signature itself was not verified');
  return inner;
}

async function fromMime(raw: Buffer | string, depth: number): Promise<OfflineResult> {
  const mail = await parseMime(raw);
  const found: OfflineResult[] = [];
  if (depth < MAX_DEPTH) {
    for (const a of mail.attachments) {
      // a forwarded mail attached whole (message/rfc822) is read like the mail itself
      const message = /^message\/rfc822/i.test(a.contentType) || /\.eml$/i.test(a.filename);
      if (message || /pdf|xml|image\/|pkcs7/i.test(a.contentType) || /\.(pdf|xml|png|jpe?g|p7m)$/i.test(a.filename)) {
        const r = await extractOffline({ buffer: a.content, filename: message ? 'attached.eml' : a.filename, mimeType: a.contentType }, depth + 1);
        if (!r.invoice.total && !r.invoice.invoiceNumber) continue;
        r.invoice.warnings.unshift(message ? 'read from the forwarded message attached to the e-mail' : `read from e-mail attachment ${a.filename}`);
        if (!message) return r;
        found.push(r);
      }
    }
  }
  // the invoice is the mail's own text, or the message it forwards or quotes: whichever reads as more of an invoice
  const earlier = earlierMessage(mail.body);
  const own = freshBody(mail.body, { keepSignature: true });
  for (const text of new Set([earlier, own, mail.body])) {
    if (text) found.push(fromLines(linesFromPlainText(text), 'text'));
  }
  // (a mail with no text and nothing readable attached: an empty result, with its warnings)
  if (!found.length) return fromLines([], 'text');
  return found.reduce((best, r) => (fieldsFound(r.invoice) > fieldsFound(best.invoice) ? r : best));
}
