/** Hostile and broken inputs must end in warnings, never in a hang or a crashed process. */
import { deflateSync } from 'node:zlib';
import PDFKit from 'pdfkit';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { PermanentAgentError } from '../../src/agents/agent.types';
import { extractInvoice, shutdownInvoiceSandbox } from '../../src/agents/invoice-processor';
import { expectedFor, fixture } from './invoice-support';

afterAll(() => shutdownInvoiceSandbox());

function pdfkitBuffer(options: PDFKit.PDFDocumentOptions, draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFKit(options);
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    draw(doc);
    doc.end();
  });
}

/** A hand-built PDF whose page content is a Flate stream of 256 MB of zeros (~250 KB on disk). */
function zipBombPdf(): Buffer {
  const bomb = deflateSync(Buffer.alloc(256 * 1024 * 1024), { level: 9 });
  const parts: (string | Buffer)[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (p: string | Buffer): void => {
    parts.push(p);
    length += Buffer.byteLength(p);
  };
  push('%PDF-1.4\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
  ];
  objects.forEach((o, i) => {
    offsets.push(length);
    push(`${i + 1} 0 obj\n${o}\nendobj\n`);
  });
  offsets.push(length);
  push(`4 0 obj\n<< /Length ${bomb.length} /Filter /FlateDecode >>\nstream\n`);
  push(bomb);
  push('\nendstream\nendobj\n');
  const xref = length;
  push(`xref\n0 5\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`);
  push(`trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : p)));
}

async function manyPages(n: number): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= n; i++) doc.addPage([595, 842]).drawText(`Page ${i} of the appendix, nothing to bill here`, { x: 50, y: 780, size: 11, font });
  doc.getPage(0).drawText('Invoice No: BIG-200    Total: 1,000.00 EUR', { x: 50, y: 740, size: 11, font });
  return Buffer.from(await doc.save());
}

describe('malformed and hostile files', () => {
  it('a truncated PDF yields warnings or partial data, not an exception', async () => {
    const pdf = fixture('en-classic.pdf');
    const { invoice } = await extractInvoice({ buffer: pdf.subarray(0, Math.floor(pdf.length / 2)), filename: 'cut.pdf' });
    expect(invoice.total).toBeNull();
    expect(invoice.warnings.length).toBeGreaterThan(0);
  });

  it('a password-protected PDF is reported as such', async () => {
    const pdf = await pdfkitBuffer({ userPassword: 'secret', ownerPassword: 'owner', pdfVersion: '1.7' }, (d) => d.text('Invoice No: X-1 Total 10.00 EUR'));
    const { invoice } = await extractInvoice({ buffer: pdf, filename: 'locked.pdf' });
    expect(invoice.invoiceNumber).toBeNull();
    expect(invoice.warnings.join(' ')).toMatch(/password|encrypted/i);
  });

  it('an owner-password (print-restricted) PDF is still read', async () => {
    const pdf = await pdfkitBuffer({ ownerPassword: 'owner', pdfVersion: '1.7' }, (d) => d.text('Invoice No: X-2').text('Total   10.00 EUR'));
    const { invoice } = await extractInvoice({ buffer: pdf, filename: 'restricted.pdf' });
    expect(invoice).toMatchObject({ invoiceNumber: 'X-2', total: '10.00', currency: 'EUR' });
  });

  it('a zip bomb in a content stream is rejected quickly', async () => {
    const started = Date.now();
    const { invoice } = await extractInvoice({ buffer: zipBombPdf(), filename: 'bomb.pdf' }, { timeoutMs: 20_000, maxMemoryMb: 256 });
    expect(invoice.total).toBeNull();
    expect(invoice.warnings.join(' ')).toMatch(/zip bomb|memory|timed out/);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('a 200-page PDF is capped and finishes', async () => {
    const { invoice } = await extractInvoice({ buffer: await manyPages(200), filename: 'long.pdf' }, { timeoutMs: 30_000 });
    expect(invoice.invoiceNumber).toBe('BIG-200');
    expect(invoice.warnings.join(' ')).toMatch(/first 30 of 200 pages/);
  });

  it('random bytes behind a PDF header do not crash anything', async () => {
    const junk = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256))]);
    const { invoice } = await extractInvoice({ buffer: junk, filename: 'junk.pdf' });
    expect(invoice.total).toBeNull();
    expect(invoice.warnings.length).toBeGreaterThan(0);
  });

  it('a garbage image gives an OCR warning or no data', async () => {
    const fakePng = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(300, 7)]);
    const { invoice } = await extractInvoice({ buffer: fakePng, filename: 'broken.png' });
    expect(invoice.total).toBeNull();
    expect(invoice.warnings.length).toBeGreaterThan(0);
  });

  it('the time cap ends a slow extraction, and the pool keeps working afterwards', async () => {
    const { invoice } = await extractInvoice({ buffer: fixture('scan-en.png'), filename: 'scan.png' }, { timeoutMs: 30 });
    expect(invoice.warnings.join(' ')).toMatch(/timed out after 30 ms/);
    const again = await extractInvoice({ buffer: fixture('en-classic.pdf'), filename: 'en-classic.pdf' });
    expect(again.invoice.total).toBe(expectedFor('en-classic.pdf').total);
  });

  it('the memory cap kills the worker cleanly', async () => {
    const { invoice } = await extractInvoice({ buffer: fixture('en-classic.pdf'), filename: 'x.pdf' }, { maxMemoryMb: 4, timeoutMs: 20_000 });
    expect(invoice.total).toBeNull();
    expect(invoice.warnings.join(' ')).toMatch(/memory limit|aborted/);
  });

  it('throws PermanentAgentError only when there is no content at all', async () => {
    await expect(extractInvoice({})).rejects.toBeInstanceOf(PermanentAgentError);
    await expect(extractInvoice({ text: '   ' })).rejects.toMatchObject({ code: 'invalid_input' });
  });
});
