/**
 * Structured e-invoices: UN/CEFACT CII (Factur-X / ZUGFeRD 2.x, XRechnung CII, and the
 * older ZUGFeRD 1.0 CrossIndustryDocument), OASIS UBL 2.x Invoice / CreditNote (Peppol BIS,
 * XRechnung UBL) and the Italian FatturaPA (fatturapa.ts).
 * Values are copied, not inferred, so confidence is 1.
 */
import { normaliseDecimal } from './amounts';
import { fromFatturaPa } from './fatturapa';
import { emptyInvoice, SCORED_FIELDS, type ExtractedInvoice, type InvoiceLineItem, type InvoiceParty } from './types';
import { amount, asArray, at, text, xmlDate as ciiDate, xmlParser as parser, type XmlNode as Node } from './xml-path';

export function looksLikeEInvoiceXml(xml: string): boolean {
  return /<(?:[\w-]+:)?(?:CrossIndustryInvoice|CrossIndustryDocument|Invoice|CreditNote|FatturaElettronica)[\s>]/.test(xml.slice(0, 4000));
}

/** Parses a CII, UBL or FatturaPA document; null when the XML is none of them. */
export function parseEInvoiceXml(xml: string): ExtractedInvoice | null {
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch {
    return null;
  }
  const cii = (doc.CrossIndustryInvoice ?? doc.CrossIndustryDocument) as Node | undefined;
  if (cii) return withFullConfidence(fromCii(cii));
  const ubl = (doc.Invoice ?? doc.CreditNote) as Node | undefined;
  if (ubl) return withFullConfidence(fromUbl(ubl, doc.CreditNote !== undefined));
  const fattura = doc.FatturaElettronica as Node | undefined;
  if (fattura) return withFullConfidence(fromFatturaPa(fattura));
  return null;
}

function withFullConfidence(inv: ExtractedInvoice): ExtractedInvoice {
  for (const f of SCORED_FIELDS) {
    const v = inv[f];
    const present = Array.isArray(v) ? v.length > 0 : v && typeof v === 'object' ? Object.values(v).some((x) => x !== null) : v !== null;
    inv.confidence[f] = present ? 1 : 0;
  }
  return inv;
}

function ciiParty(p: unknown): InvoiceParty {
  const addr = at(p, 'PostalTradeAddress');
  const address = [
    text(addr, 'LineOne'),
    text(addr, 'LineTwo'),
    text(addr, 'LineThree'),
    [text(addr, 'PostcodeCode'), text(addr, 'CityName')].filter(Boolean).join(' '),
    text(addr, 'CountryID'),
  ].filter((x) => x) as string[];
  const regs = asArray((p as Node | undefined)?.SpecifiedTaxRegistration);
  const vat = regs.find((r) => (at(r, 'ID') as Node | undefined)?.['@_schemeID'] === 'VA') ?? regs[0];
  return {
    name: text(p, 'Name'),
    vatId: vat ? text(vat, 'ID') : null,
    address: address.length ? address.join(', ') : null,
    email: text(p, 'URIUniversalCommunication/URIID') ?? text(p, 'DefinedTradeContact/EmailURIUniversalCommunication/URIID'),
  };
}

function fromCii(root: Node): ExtractedInvoice {
  const inv = emptyInvoice('e-invoice-xml');
  const header = at(root, 'ExchangedDocument|HeaderExchangedDocument');
  const tx = at(root, 'SupplyChainTradeTransaction|SpecifiedSupplyChainTradeTransaction');
  const agreement = at(tx, 'ApplicableHeaderTradeAgreement|ApplicableSupplyChainTradeAgreement');
  const settlement = at(tx, 'ApplicableHeaderTradeSettlement|ApplicableSupplyChainTradeSettlement');
  const sums = at(settlement, 'SpecifiedTradeSettlementHeaderMonetarySummation|SpecifiedTradeSettlementMonetarySummation');
  const currency = text(settlement, 'InvoiceCurrencyCode');
  inv.invoiceNumber = text(header, 'ID');
  inv.issueDate = ciiDate(header, 'IssueDateTime/DateTimeString');
  inv.dueDate = ciiDate(settlement, 'SpecifiedTradePaymentTerms/DueDateDateTime/DateTimeString');
  inv.currency = currency && /^[A-Z]{3}$/.test(currency) ? currency : null;
  inv.seller = ciiParty(at(agreement, 'SellerTradeParty'));
  inv.buyer = ciiParty(at(agreement, 'BuyerTradeParty'));
  inv.subtotal = amount(sums, 'TaxBasisTotalAmount') ?? amount(sums, 'LineTotalAmount');
  // several TaxTotalAmount elements may exist (one per currency); take the invoice currency's
  const taxTotals = asArray((sums as Node | undefined)?.TaxTotalAmount);
  const tax = taxTotals.find((t) => typeof t === 'object' && t['@_currencyID'] === inv.currency) ?? taxTotals[0];
  inv.taxTotal = tax === undefined ? null : normaliseDecimal(typeof tax === 'object' ? String(tax['#text'] ?? '') : String(tax));
  inv.total = amount(sums, 'GrandTotalAmount');
  inv.amountDue = amount(sums, 'DuePayableAmount');
  inv.lineItems = asArray((tx as Node | undefined)?.IncludedSupplyChainTradeLineItem).map(
    (li): InvoiceLineItem => ({
      description: text(li, 'SpecifiedTradeProduct/Name'),
      quantity: amount(li, 'SpecifiedLineTradeDelivery|SpecifiedSupplyChainTradeDelivery/BilledQuantity'),
      unitPrice:
        amount(li, 'SpecifiedLineTradeAgreement|SpecifiedSupplyChainTradeAgreement/NetPriceProductTradePrice/ChargeAmount') ??
        amount(li, 'SpecifiedLineTradeAgreement|SpecifiedSupplyChainTradeAgreement/GrossPriceProductTradePrice/ChargeAmount'),
      amount: amount(
        li,
        'SpecifiedLineTradeSettlement|SpecifiedSupplyChainTradeSettlement/SpecifiedTradeSettlementLineMonetarySummation|SpecifiedTradeSettlementMonetarySummation/LineTotalAmount',
      ),
    }),
  );
  return inv;
}

function ublParty(p: unknown): InvoiceParty {
  const addr = at(p, 'PostalAddress');
  const address = [
    text(addr, 'StreetName'),
    text(addr, 'AdditionalStreetName'),
    text(addr, 'AddressLine/Line'),
    [text(addr, 'PostalZone'), text(addr, 'CityName')].filter(Boolean).join(' '),
    text(addr, 'Country/IdentificationCode'),
  ].filter((x) => x) as string[];
  return {
    name: text(p, 'PartyLegalEntity/RegistrationName') ?? text(p, 'PartyName/Name'),
    vatId: text(p, 'PartyTaxScheme/CompanyID'),
    address: address.length ? address.join(', ') : null,
    email: text(p, 'Contact/ElectronicMail'),
  };
}

function fromUbl(root: Node, creditNote: boolean): ExtractedInvoice {
  const inv = emptyInvoice('e-invoice-xml');
  const totals = at(root, 'LegalMonetaryTotal');
  inv.invoiceNumber = text(root, 'ID');
  inv.issueDate = ciiDate(root, 'IssueDate');
  inv.dueDate = ciiDate(root, 'DueDate') ?? ciiDate(root, 'PaymentMeans/PaymentDueDate');
  const currency = text(root, 'DocumentCurrencyCode');
  inv.currency = currency && /^[A-Z]{3}$/.test(currency) ? currency : null;
  inv.seller = ublParty(at(root, 'AccountingSupplierParty/Party'));
  inv.buyer = ublParty(at(root, 'AccountingCustomerParty/Party'));
  inv.subtotal = amount(totals, 'TaxExclusiveAmount') ?? amount(totals, 'LineExtensionAmount');
  const taxTotals = asArray(root.TaxTotal);
  const tax = taxTotals.find((t) => (at(t, 'TaxAmount') as Node | undefined)?.['@_currencyID'] === inv.currency) ?? taxTotals[0];
  inv.taxTotal = tax ? amount(tax, 'TaxAmount') : null;
  inv.total = amount(totals, 'TaxInclusiveAmount');
  inv.amountDue = amount(totals, 'PayableAmount');
  inv.lineItems = asArray(creditNote ? root.CreditNoteLine : root.InvoiceLine).map(
    (li): InvoiceLineItem => ({
      description: text(li, 'Item/Name') ?? text(li, 'Item/Description'),
      quantity: amount(li, creditNote ? 'CreditedQuantity' : 'InvoicedQuantity'),
      unitPrice: amount(li, 'Price/PriceAmount'),
      amount: amount(li, 'LineExtensionAmount'),
    }),
  );
  return inv;
}
