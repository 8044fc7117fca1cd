/** Every extraction method against the generated corpus, through the sandboxed public API. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { extractInvoice, shutdownInvoiceSandbox } from '../../src/agents/invoice-processor';
import { mailWithAttachment } from '../support/mime';
import { expectedFor, fixture, fixtureFiles } from './invoice-support';

afterAll(() => shutdownInvoiceSandbox());

const CORE = ['invoiceNumber', 'issueDate', 'dueDate', 'currency', 'subtotal', 'taxTotal', 'total', 'amountDue'] as const;

function checkCore(file: string, invoice: Record<string, unknown>): void {
  const expected = expectedFor(file);
  for (const field of CORE) expect({ file, field, value: invoice[field] }).toEqual({ file, field, value: expected[field] });
}

describe('e-invoice XML (method 1)', () => {
  it.each(['facturx-cii.pdf', 'ubl-embedded.pdf', 'facturx-cii.xml', 'ubl-invoice.xml', 'it-fatturapa.xml', 'it-fatturapa.xml.p7m'])('%s is read exactly from the XML', async (file) => {
    const { invoice, mode, usage } = await extractInvoice({ buffer: fixture(file), filename: file });
    expect(invoice).toMatchObject(expectedFor(file));
    expect(invoice.source).toBe('e-invoice-xml');
    expect(invoice.confidence.total).toBe(1);
    expect(mode).toBe('offline');
    expect(usage).toEqual({ inputTokens: 0, outputTokens: 0 });
  });

  it('accepts raw XML given as text', async () => {
    const { invoice } = await extractInvoice({ text: fixture('ubl-invoice.xml').toString('utf8') });
    expect(invoice).toMatchObject(expectedFor('ubl-invoice.xml'));
  });

  it('reads a signed FatturaPA forwarded as a mail attachment (application/pkcs7-mime)', async () => {
    const mime = mailWithAttachment({
      from: 'sdi@pec.example',
      to: 'fatture@alponte.example',
      subject: 'Invio File IT03894610279_00A7K.xml.p7m',
      text: 'Si trasmette la fattura in allegato.',
      attachment: { filename: 'IT03894610279_00A7K.xml.p7m', contentType: 'application/pkcs7-mime', content: fixture('it-fatturapa.xml.p7m') },
    });
    const { invoice } = await extractInvoice({ buffer: Buffer.from(mime), filename: 'fattura.eml' });
    expect(invoice).toMatchObject(expectedFor('it-fatturapa.xml'));
    expect(invoice.warnings).toEqual(expect.arrayContaining([expect.stringContaining('IT03894610279_00A7K.xml.p7m'), expect.stringContaining('signature itself was not verified')]));
  });
});

describe('signed files (.p7m)', () => {
  it('reads a signed PDF from its text layer, and says it was signed', async () => {
    const { invoice } = await extractInvoice({ buffer: fixture('it-fattura.pdf.p7m'), filename: 'it-fattura.pdf.p7m' });
    expect(invoice.source).toBe('text');
    checkCore('it-fattura.pdf.p7m', invoice as unknown as Record<string, unknown>);
    expect(invoice.warnings[0]).toMatch(/signed envelope/);
  });

  it('refuses a detached signature with a clear warning', async () => {
    const { invoice } = await extractInvoice({ buffer: readFileSync(join(__dirname, '../fixtures/signed/detached.p7s')), filename: 'fattura.xml.p7m' });
    expect(invoice.total).toBeNull();
    expect(invoice.warnings).toEqual([expect.stringContaining('could not be opened')]);
  });
});

describe('PDF text layer (method 2)', () => {
  const pdfs = fixtureFiles().filter((f) => f.endsWith('.pdf') && !f.startsWith('facturx') && !f.startsWith('ubl') && !f.startsWith('scanned'));

  it('covers at least six layouts', () => {
    expect(pdfs.length).toBeGreaterThanOrEqual(6);
  });

  it.each(pdfs)('%s: core fields, parties and line items', async (file) => {
    const { invoice } = await extractInvoice({ buffer: fixture(file), filename: file });
    const expected = expectedFor(file);
    expect(invoice.source).toBe('text');
    checkCore(file, invoice as unknown as Record<string, unknown>);
    expect(invoice.lineItems).toEqual(expected.lineItems);
    expect(invoice.seller.name).toBe((expected.seller as { name: string }).name);
    expect(invoice.buyer.name).toBe((expected.buyer as { name: string }).name);
    expect(invoice.confidence.total).toBeGreaterThanOrEqual(0.9);
  });
});

describe('e-mail bodies', () => {
  it.each(['email-en.txt', 'email-de.html'])('%s', async (file) => {
    const { invoice } = await extractInvoice({ text: fixture(file).toString('utf8'), filename: file });
    checkCore(file, invoice as unknown as Record<string, unknown>);
    expect(invoice.lineItems).toEqual(expectedFor(file).lineItems);
  });

  it('reads a raw MIME message with the invoice in an HTML part', async () => {
    const html = fixture('email-de.html').toString('utf8');
    const mime = `From: shop@kaffee-braun.example\r\nTo: buero@lindner.example\r\nSubject: Ihre Rechnung\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}`;
    const { invoice } = await extractInvoice({ buffer: Buffer.from(mime), filename: 'mail.eml' });
    checkCore('email-de.html', invoice as unknown as Record<string, unknown>);
  });
});

describe('OCR (method 3)', () => {
  it.each(['scan-en.png', 'scanned-en.pdf'])('%s', async (file) => {
    const { invoice } = await extractInvoice({ buffer: fixture(file), filename: file });
    expect(invoice.source).toBe('ocr');
    checkCore(file, invoice as unknown as Record<string, unknown>);
    expect(invoice.lineItems).toEqual(expectedFor(file).lineItems);
  });

  it('reads the page images of a scan whose text layer is only a stamp', async () => {
    const pdf = await PDFDocument.load(fixture('scanned-en.pdf'));
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    pdf.getPages()[0].drawText('Scanned with CamScanner', { x: 20, y: 12, size: 7, font });
    const { invoice } = await extractInvoice({ buffer: Buffer.from(await pdf.save()), filename: 'scan.pdf' });
    expect(invoice.source).toBe('ocr');
    checkCore('scanned-en.pdf', invoice as unknown as Record<string, unknown>);
    expect(invoice.warnings).toEqual(expect.arrayContaining([expect.stringContaining('the text layer holds no invoice')]));
  });

  it('reads a German page again with the German model, accents and all', async () => {
    const scan = readFileSync(join(__dirname, '../fixtures/invoices-scans/at-tischlerei-huber.png'));
    const { invoice } = await extractInvoice({ buffer: scan, filename: 'scan.png' });
    expect(invoice).toMatchObject({ source: 'ocr', invoiceNumber: '2025/0038', issueDate: '2025-01-15', total: '10665.60', seller: { name: 'Tischlerei Huber GmbH' } });
    // the English model alone reads "MaR" and "geölt" as "gedlt"
    expect(invoice.lineItems.map((item) => item.description)).toEqual(expect.arrayContaining([expect.stringContaining('nach Maß'), expect.stringContaining('geölt')]));
  });
});
