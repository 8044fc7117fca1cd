/**
 * FatturaPA, the Italian e-invoice every business there sends and receives through the SdI
 * (FatturaElettronica 1.2.x, FPA12/FPR12). Values are copied from the XML: the seller
 * (CedentePrestatore), the buyer (CessionarioCommittente), the first document of the file,
 * its VAT summaries (DatiRiepilogo), lines and payment details.
 */
import { addDecimals, compareDecimals, subtractDecimals } from './amounts';
import { emptyInvoice, type ExtractedInvoice, type InvoiceLineItem, type InvoiceParty } from './types';
import { amount, asArray, at, text, xmlDate, type XmlNode } from './xml-path';

/** Document types that credit rather than charge (TD04 nota di credito, TD08 semplificata). */
const CREDIT_NOTES = new Set(['TD04', 'TD08']);

function party(node: unknown): InvoiceParty {
  const data = at(node, 'DatiAnagrafici');
  const registry = at(data, 'Anagrafica');
  const person = [text(registry, 'Titolo'), text(registry, 'Nome'), text(registry, 'Cognome')].filter(Boolean).join(' ');
  const country = text(data, 'IdFiscaleIVA/IdPaese');
  const code = text(data, 'IdFiscaleIVA/IdCodice');
  const seat = at(node, 'Sede');
  const province = text(seat, 'Provincia');
  const address = [
    [text(seat, 'Indirizzo'), text(seat, 'NumeroCivico')].filter(Boolean).join(' '),
    [text(seat, 'CAP'), text(seat, 'Comune'), province ? `(${province})` : null].filter(Boolean).join(' '),
    text(seat, 'Nazione'),
  ].filter(Boolean);
  return {
    name: text(registry, 'Denominazione') ?? (person || null),
    vatId: country && code ? `${country}${code}` : null,
    address: address.length ? address.join(', ') : null,
    email: text(node, 'Contatti/Email'),
  };
}

function sum(values: (string | null)[]): string | null {
  const present = values.filter((v): v is string => v !== null);
  return present.length ? addDecimals(present) : null;
}

function line(node: XmlNode): InvoiceLineItem {
  return {
    description: text(node, 'Descrizione'),
    quantity: amount(node, 'Quantita'),
    unitPrice: amount(node, 'PrezzoUnitario'),
    amount: amount(node, 'PrezzoTotale'),
  };
}

/**
 * What the buyer pays: the payment instalments when given (one amount when they repeat the
 * total as alternatives), else the total less withholding tax and split-payment VAT.
 */
function amountDue(body: XmlNode | undefined, total: string | null, withheld: string | null, splitPaymentTax: string | null): string | null {
  const payments = asArray(body?.DatiPagamento).flatMap((p) => asArray(p.DettaglioPagamento));
  const instalments = payments.map((p) => amount(p, 'ImportoPagamento'));
  const paid = sum(instalments);
  if (paid !== null) return total !== null && compareDecimals(paid, total) > 0 ? instalments.find((v) => v !== null)! : paid;
  if (total === null) return null;
  return [withheld, splitPaymentTax].reduce<string>((due, cut) => (cut ? subtractDecimals(due, cut) : due), total);
}

export function fromFatturaPa(root: XmlNode): ExtractedInvoice {
  const inv = emptyInvoice('e-invoice-xml');
  const header = at(root, 'FatturaElettronicaHeader');
  const bodies = asArray(root.FatturaElettronicaBody);
  const body = bodies[0];
  const doc = at(body, 'DatiGenerali/DatiGeneraliDocumento');
  inv.invoiceNumber = text(doc, 'Numero');
  inv.issueDate = xmlDate(doc, 'Data');
  const currency = text(doc, 'Divisa');
  inv.currency = currency && /^[A-Z]{3}$/.test(currency) ? currency : null;
  inv.seller = party(at(header, 'CedentePrestatore'));
  inv.buyer = party(at(header, 'CessionarioCommittente'));

  const goods = at(body, 'DatiBeniServizi') as XmlNode | undefined;
  const summaries = asArray(goods?.DatiRiepilogo);
  inv.subtotal = sum(summaries.map((s) => amount(s, 'ImponibileImporto')));
  inv.taxTotal = sum(summaries.map((s) => amount(s, 'Imposta')));
  const computed = inv.subtotal !== null ? addDecimals([inv.subtotal, inv.taxTotal ?? '0']) : null;
  inv.total = amount(doc, 'ImportoTotaleDocumento') ?? computed;
  const withheld = sum(asArray((doc as XmlNode | undefined)?.DatiRitenuta).map((r) => amount(r, 'ImportoRitenuta')));
  // split payment (scissione dei pagamenti): the public buyer pays the VAT to the state
  const splitPaymentTax = sum(summaries.filter((s) => text(s, 'EsigibilitaIVA') === 'S').map((s) => amount(s, 'Imposta')));
  inv.amountDue = amountDue(body, inv.total, withheld, splitPaymentTax);
  const dueDates = asArray(body?.DatiPagamento)
    .flatMap((p) => asArray(p.DettaglioPagamento))
    .map((p) => xmlDate(p, 'DataScadenzaPagamento'))
    .filter((d): d is string => d !== null)
    .sort();
  inv.dueDate = dueDates[0] ?? null;
  inv.lineItems = asArray(goods?.DettaglioLinee).map(line);

  const type = text(doc, 'TipoDocumento');
  if (type && CREDIT_NOTES.has(type)) inv.warnings.push(`document type ${type}: a credit note (nota di credito), its amounts credit the buyer`);
  if (bodies.length > 1) inv.warnings.push(`the file holds ${bodies.length} invoices; the first (${inv.invoiceNumber ?? 'without a number'}) was read`);
  if (!inv.total && !inv.invoiceNumber) inv.warnings.push('FatturaPA without a document number or total');
  return inv;
}
