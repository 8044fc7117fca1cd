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

describe('invoices in the body of a forwarded mail', () => {
  const forwarded = [
    'From: Sophie Lambert <s.lambert@lambert-associes.example>',
    'To: Marc <marc@lambert-associes.example>',
    'Subject: TR: Facture 2026-027 - Refonte du site',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Coucou Marc,',
    '',
    'Voici la facture de Thomas. Tu peux la payer avant le 10 décembre ?',
    '',
    'Sophie',
    '',
    '> -------- Message transféré --------',
    '> Sujet : Facture 2026-027 - Refonte du site',
    '> Date : Fri, 13 Nov 2026 18:22:05 +0100',
    '> De : Thomas Verhaegen <thomas@verhaegen.example>',
    '> Pour : Sophie Lambert <s.lambert@lambert-associes.example>',
    '>',
    '> FACTURE N° 2026-027',
    '> Date : 13/11/2026',
    '>',
    '> De :',
    '> Thomas Verhaegen',
    '> Rue de la Station 42',
    '> 1300 Wavre',
    '>',
    '> Pour :',
    '> Lambert & Associés SRL',
    '> Avenue Louise 231',
    '> 1050 Bruxelles',
    '>',
    '> Prestations :',
    '> - Refonte du site vitrine (forfait) : 1 x 2.400,00 € = 2.400,00 €',
    '> - Intégration du module de rendez-vous : 12 h x 65,00 € = 780,00 €',
    '>',
    '> Total HTVA : 3.180,00 €',
    '> TVA 21 % : 667,80 €',
    '> Total TVAC : 3.847,80 €',
    '',
  ].join('\r\n');

  it('reads the forwarded invoice, not the note on top: parties under "De :" and "Pour :", items typed as sums', async () => {
    const { invoice } = await extractInvoice({ buffer: Buffer.from(forwarded), filename: 'facture.eml' });
    expect(invoice).toMatchObject({ invoiceNumber: '2026-027', issueDate: '2026-11-13', subtotal: '3180.00', taxTotal: '667.80', total: '3847.80' });
    expect(invoice.seller.name).toBe('Thomas Verhaegen');
    expect(invoice.buyer.name).toBe('Lambert & Associés SRL');
    expect(invoice.lineItems).toEqual([
      { description: 'Refonte du site vitrine (forfait)', quantity: '1', unitPrice: '2400.00', amount: '2400.00' },
      { description: 'Intégration du module de rendez-vous', quantity: '12', unitPrice: '65.00', amount: '780.00' },
    ]);
  });

  it('reads an invoice mail attached whole to a forward (message/rfc822)', async () => {
    const original = [
      'From: Bassani Forniture <fatture@bassani.example>',
      'Subject: Fattura 1482/2026',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Bassani Forniture Ufficio S.r.l.',
      'P.IVA IT04182370280',
      '',
      'Fattura n. 1482/2026 del 05/11/2026',
      '',
      'Descrizione                 Quantità   Prezzo   Importo',
      'Carta A4 80 g/m²            20         3,95     79,00',
      'Toner nero CF259A           2          89,00    178,00',
      '',
      'Imponibile   257,00 €',
      'IVA 22%       56,54 €',
      'Totale       313,54 €',
      '',
    ].join('\r\n');
    const mime = mailWithAttachment({
      from: 'segreteria@studio.example',
      to: 'contabilita@studio.example',
      subject: 'I: Fattura 1482/2026',
      text: 'Ciao, ti inoltro la copia di cortesia della fattura della cancelleria.',
      attachment: { filename: 'Fattura 1482-2026.eml', contentType: 'message/rfc822', content: Buffer.from(original) },
    });
    const { invoice } = await extractInvoice({ buffer: Buffer.from(mime), filename: 'inoltro.eml' });
    expect(invoice).toMatchObject({ invoiceNumber: '1482/2026', issueDate: '2026-11-05', subtotal: '257.00', taxTotal: '56.54', total: '313.54' });
    expect(invoice.seller).toMatchObject({ name: 'Bassani Forniture Ufficio S.r.l.', vatId: 'IT04182370280' });
    expect(invoice.lineItems).toHaveLength(2);
    expect(invoice.warnings[0]).toMatch(/forwarded message/);
  });
});

describe('a mail with nothing to read', () => {
  it('answers an empty invoice instead of failing', async () => {
    const mime = 'From: a@x.example\r\nTo: b@x.example\r\nSubject: (no subject)\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n';
    const { invoice } = await extractInvoice({ buffer: Buffer.from(mime), filename: 'empty.eml' });
    expect(invoice).toMatchObject({ invoiceNumber: null, total: null, lineItems: [] });
    expect(invoice.warnings).toEqual(['no text found']);
  });
});
