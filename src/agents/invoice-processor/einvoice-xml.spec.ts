import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { looksLikeEInvoiceXml, parseEInvoiceXml } from './einvoice-xml';

const FIXTURES = join(__dirname, '../../../test/fixtures/invoices');

describe('parseEInvoiceXml', () => {
  it.each(['facturx-cii.xml', 'ubl-invoice.xml', 'it-fatturapa.xml'])('matches the ground truth of %s exactly', (file) => {
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

  it('decodes entities and character references in values', () => {
    const xml = `<Invoice xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2">
<cbc:ID>A&amp;B-1</cbc:ID><cac:AccountingSupplierParty><cac:Party><cac:PartyName><cbc:Name>M&#252;ller &amp; S&#xF6;hne &lt;GmbH&gt;</cbc:Name></cac:PartyName></cac:Party></cac:AccountingSupplierParty></Invoice>`;
    expect(parseEInvoiceXml(xml)).toMatchObject({ invoiceNumber: 'A&B-1', seller: { name: 'Müller & Söhne <GmbH>' } });
  });

  it('rejects XML that is not an invoice', () => {
    expect(looksLikeEInvoiceXml('<rss><channel/></rss>')).toBe(false);
    expect(parseEInvoiceXml('<rss><channel/></rss>')).toBeNull();
    expect(() => parseEInvoiceXml('<Invoice><unclosed>')).not.toThrow();
  });
});

/** A FatturaPA document around one body (header parties fixed, body given). */
function fattura(body: string, buyer = '<Anagrafica><Denominazione>Studio Verdi</Denominazione></Anagrafica>', bodies = 1): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<ns3:FatturaElettronica xmlns:ns3="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2" versione="FPR12">
<FatturaElettronicaHeader>
<CedentePrestatore><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>01234560157</IdCodice></IdFiscaleIVA><Anagrafica><Nome>Giulia</Nome><Cognome>Russo</Cognome></Anagrafica><RegimeFiscale>RF19</RegimeFiscale></DatiAnagrafici>
<Sede><Indirizzo>Corso Vittorio Emanuele II 88</Indirizzo><CAP>10121</CAP><Comune>Torino</Comune><Nazione>IT</Nazione></Sede></CedentePrestatore>
<CessionarioCommittente><DatiAnagrafici><CodiceFiscale>VRDLCU80A01L219X</CodiceFiscale>${buyer}</DatiAnagrafici><Sede><Indirizzo>Via Po 3</Indirizzo><CAP>10124</CAP><Comune>Torino</Comune><Provincia>TO</Provincia><Nazione>IT</Nazione></Sede></CessionarioCommittente>
</FatturaElettronicaHeader>
${Array.from({ length: bodies }, () => `<FatturaElettronicaBody>${body}</FatturaElettronicaBody>`).join('\n')}
</ns3:FatturaElettronica>`;
}

describe('FatturaPA', () => {
  const consulting = `<DatiGenerali><DatiGeneraliDocumento><TipoDocumento>TD06</TipoDocumento><Divisa>EUR</Divisa><Data>2025-06-30</Data><Numero>7</Numero>
<DatiRitenuta><TipoRitenuta>RT01</TipoRitenuta><ImportoRitenuta>200.00</ImportoRitenuta><AliquotaRitenuta>20.00</AliquotaRitenuta><CausalePagamento>A</CausalePagamento></DatiRitenuta>
<ImportoTotaleDocumento>1240.00</ImportoTotaleDocumento></DatiGeneraliDocumento></DatiGenerali>
<DatiBeniServizi><DettaglioLinee><NumeroLinea>1</NumeroLinea><Descrizione>Consulenza fiscale giugno</Descrizione><PrezzoUnitario>1000.00000000</PrezzoUnitario><PrezzoTotale>1000.00</PrezzoTotale><AliquotaIVA>22.00</AliquotaIVA><Ritenuta>SI</Ritenuta></DettaglioLinee>
<DatiRiepilogo><AliquotaIVA>22.00</AliquotaIVA><ImponibileImporto>1000.00</ImponibileImporto><Imposta>220.00</Imposta></DatiRiepilogo>
<DatiRiepilogo><AliquotaIVA>0.00</AliquotaIVA><Natura>N1</Natura><ImponibileImporto>20.00</ImponibileImporto><Imposta>0.00</Imposta></DatiRiepilogo></DatiBeniServizi>`;

  it('reads a professional fee: a person as seller, withholding tax taken off what is due, a line without quantity', () => {
    expect(parseEInvoiceXml(fattura(consulting))).toMatchObject({
      invoiceNumber: '7',
      issueDate: '2025-06-30',
      currency: 'EUR',
      seller: { name: 'Giulia Russo', vatId: 'IT01234560157', address: 'Corso Vittorio Emanuele II 88, 10121 Torino, IT', email: null },
      // a private buyer has a codice fiscale, not a VAT number
      buyer: { name: 'Studio Verdi', vatId: null, address: 'Via Po 3, 10124 Torino (TO), IT' },
      subtotal: '1020.00',
      taxTotal: '220.00',
      total: '1240.00',
      amountDue: '1040.00',
      dueDate: null,
      lineItems: [{ description: 'Consulenza fiscale giugno', quantity: null, unitPrice: '1000.00000000', amount: '1000.00' }],
      source: 'e-invoice-xml',
    });
  });

  it('takes the earliest due date of several instalments and their sum as the amount due', () => {
    const body = `<DatiGenerali><DatiGeneraliDocumento><TipoDocumento>TD01</TipoDocumento><Divisa>EUR</Divisa><Data>2025-01-10</Data><Numero>A-19</Numero></DatiGeneraliDocumento></DatiGenerali>
<DatiBeniServizi><DatiRiepilogo><AliquotaIVA>22.00</AliquotaIVA><ImponibileImporto>500.00</ImponibileImporto><Imposta>110.00</Imposta><EsigibilitaIVA>I</EsigibilitaIVA></DatiRiepilogo></DatiBeniServizi>
<DatiPagamento><CondizioniPagamento>TP01</CondizioniPagamento>
<DettaglioPagamento><ModalitaPagamento>MP05</ModalitaPagamento><DataScadenzaPagamento>2025-03-10</DataScadenzaPagamento><ImportoPagamento>305.00</ImportoPagamento></DettaglioPagamento>
<DettaglioPagamento><ModalitaPagamento>MP05</ModalitaPagamento><DataScadenzaPagamento>2025-02-10</DataScadenzaPagamento><ImportoPagamento>305.00</ImportoPagamento></DettaglioPagamento></DatiPagamento>`;
    // no ImportoTotaleDocumento: the total is the summaries' sum
    expect(parseEInvoiceXml(fattura(body))).toMatchObject({ total: '610.00', amountDue: '610.00', dueDate: '2025-02-10' });
  });

  it('counts once a payment offered two ways, and the VAT a public buyer pays itself (split payment)', () => {
    const body = `<DatiGenerali><DatiGeneraliDocumento><TipoDocumento>TD01</TipoDocumento><Divisa>EUR</Divisa><Data>2025-01-10</Data><Numero>PA-3</Numero><ImportoTotaleDocumento>122.00</ImportoTotaleDocumento></DatiGeneraliDocumento></DatiGenerali>
<DatiBeniServizi><DatiRiepilogo><AliquotaIVA>22.00</AliquotaIVA><ImponibileImporto>100.00</ImponibileImporto><Imposta>22.00</Imposta><EsigibilitaIVA>S</EsigibilitaIVA></DatiRiepilogo></DatiBeniServizi>`;
    expect(parseEInvoiceXml(fattura(body))).toMatchObject({ total: '122.00', amountDue: '100.00' });
    const twoWays = `<DatiGenerali><DatiGeneraliDocumento><TipoDocumento>TD01</TipoDocumento><Divisa>EUR</Divisa><Data>2025-01-10</Data><Numero>B-4</Numero><ImportoTotaleDocumento>122.00</ImportoTotaleDocumento></DatiGeneraliDocumento></DatiGenerali>
<DatiBeniServizi><DatiRiepilogo><AliquotaIVA>22.00</AliquotaIVA><ImponibileImporto>100.00</ImponibileImporto><Imposta>22.00</Imposta></DatiRiepilogo></DatiBeniServizi>
<DatiPagamento><CondizioniPagamento>TP02</CondizioniPagamento><DettaglioPagamento><ModalitaPagamento>MP05</ModalitaPagamento><ImportoPagamento>122.00</ImportoPagamento><IBAN>IT60X0542811101000000123456</IBAN></DettaglioPagamento>
<DettaglioPagamento><ModalitaPagamento>MP08</ModalitaPagamento><ImportoPagamento>122.00</ImportoPagamento></DettaglioPagamento></DatiPagamento>`;
    expect(parseEInvoiceXml(fattura(twoWays))).toMatchObject({ total: '122.00', amountDue: '122.00' });
  });

  it('says so when the document is a credit note or the file holds several invoices', () => {
    const credit = consulting.replace('TD06', 'TD04');
    expect(parseEInvoiceXml(fattura(credit))?.warnings).toEqual([expect.stringContaining('credit note')]);
    expect(parseEInvoiceXml(fattura(consulting, undefined, 2))?.warnings).toEqual([expect.stringContaining('holds 2 invoices')]);
  });

  it('is recognised by its root element, whatever its namespace prefix', () => {
    expect(looksLikeEInvoiceXml(fattura(consulting).replace(/^<\?xml[^>]*>\s*/, ''))).toBe(true);
    expect(looksLikeEInvoiceXml('<FatturaElettronicaHeader/>')).toBe(false);
  });
});
