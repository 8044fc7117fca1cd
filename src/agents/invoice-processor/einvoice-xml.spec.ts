import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { looksLikeEInvoiceXml, parseEInvoiceXml } from './einvoice-xml';

const FIXTURES = join(__dirname, '../../../test/fixtures/invoices');

describe('parseEInvoiceXml', () => {
  it.each(['facturx-cii.xml', 'ubl-invoice.xml'])('matches the ground truth of %s exactly', (file) => {
    const xml = readFileSync(join(FIXTURES, file), 'utf8');
    const expected = JSON.parse(readFileSync(join(FIXTURES, `${file}.expected.json`), 'utf8')) as Record<string, unknown>;
    const inv = parseEInvoiceXml(xml);
    expect(inv).not.toBeNull();
    expect(inv).toMatchObject(expected);
    expect(inv?.confidence.total).toBe(1);
  });

  it('reads a UBL credit note', () => {
    const xml = `<CreditNote xmlns="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2">
<cbc:ID>CN-7</cbc:ID><cbc:IssueDate>2025-01-09</cbc:IssueDate><cbc:DocumentCurrencyCode>SEK</cbc:DocumentCurrencyCode>
<cac:LegalMonetaryTotal><cbc:TaxExclusiveAmount currencyID="SEK">80</cbc:TaxExclusiveAmount><cbc:TaxInclusiveAmount currencyID="SEK">100</cbc:TaxInclusiveAmount><cbc:PayableAmount currencyID="SEK">100</cbc:PayableAmount></cac:LegalMonetaryTotal>
<cac:CreditNoteLine><cbc:CreditedQuantity>2</cbc:CreditedQuantity><cbc:LineExtensionAmount currencyID="SEK">80</cbc:LineExtensionAmount><cac:Item><cbc:Name>Refund</cbc:Name></cac:Item><cac:Price><cbc:PriceAmount currencyID="SEK">40</cbc:PriceAmount></cac:Price></cac:CreditNoteLine>
</CreditNote>`;
    expect(parseEInvoiceXml(xml)).toMatchObject({
      invoiceNumber: 'CN-7',
      issueDate: '2025-01-09',
      currency: 'SEK',
      subtotal: '80',
      total: '100',
      lineItems: [{ description: 'Refund', quantity: '2', unitPrice: '40', amount: '80' }],
    });
  });

  it('rejects XML that is not an invoice', () => {
    expect(looksLikeEInvoiceXml('<rss><channel/></rss>')).toBe(false);
    expect(parseEInvoiceXml('<rss><channel/></rss>')).toBeNull();
    expect(() => parseEInvoiceXml('<Invoice><unclosed>')).not.toThrow();
  });
});
