/**
 * Field labels in English, German, French, Spanish, Dutch and Italian, and the common ones in
 * Portuguese, Swedish, Danish/Norwegian and Polish. Patterns are
 * written loosely (optional dots, "No."/"Nr."/"N°"/"#") because real invoices vary.
 */

// OCR reads "Nº" as "N*" or "Ne" ("Ne de factura")
const NO = String.raw`(?:no\.?|nr\.?|n[°ºo.*]|n\.?\s?[°º]\.?|nº|ne(?=\s+d[eu]\s)|num(?:ber|ero|éro|\.)?|número|nummer|#)`;

/**
 * A label pattern whose match is the longest alternative at the leftmost position ("Date de
 * facture", not "Date"; "Due date", not "Due"), so the text after it is the value, not the rest
 * of the label. (A plain alternation stops at the first alternative that fits.)
 */
class LabelPattern extends RegExp {
  private readonly alternatives: RegExp[];

  constructor(alternatives: string[]) {
    const bounded = (source: string) => String.raw`(?<![\p{L}\d])(?:${source})(?![\p{L}])`;
    super(bounded(alternatives.join('|')), 'iu');
    this.alternatives = alternatives.map((a) => new RegExp(bounded(a), 'iu'));
  }

  override exec(text: string): RegExpExecArray | null {
    const first = RegExp.prototype.exec.call(this, text);
    if (!first) return null;
    let best = first;
    for (const alternative of this.alternatives) {
      const m = alternative.exec(text);
      if (m && m.index === first.index && m[0].length > best[0].length) best = m;
    }
    return best;
  }
}

function words(...alternatives: string[]): RegExp {
  return new LabelPattern(alternatives);
}

export const LABELS = {
  invoiceNumber: words(
    String.raw`invoice\s*${NO}`,
    String.raw`invoice\s*(?:id|ref(?:erence)?)`,
    String.raw`inv\.?\s*${NO}`,
    String.raw`bill\s*${NO}`,
    String.raw`rechnungs?\s*-?\s*(?:${NO}|nummer)`,
    'rechnungsnummer',
    'rechnungsnr\\.?',
    String.raw`beleg\s*-?\s*(?:${NO}|nummer)`,
    String.raw`facture\s*${NO}`,
    String.raw`${NO}\s*(?:de\s+)?(?:la\s+)?facture`,
    String.raw`num[ée]ro\s+de\s+facture`,
    String.raw`factura\s*${NO}`,
    String.raw`${NO}\s*(?:de\s+)?factura`,
    String.raw`n[úu]mero\s+de\s+factura`,
    'factuurnummer',
    String.raw`factuur\s*${NO}`,
    String.raw`fattura\s*${NO}`,
    String.raw`${NO}\s*(?:di\s+)?fattura`,
    String.raw`numero\s+(?:di\s+)?fattura`,
    String.raw`n\.\s*fattura`,
    String.raw`(?:documento|document)\s*${NO}`,
    String.raw`fatura(?:\s*-?\s*recibo)?\s*${NO}`,
    String.raw`${NO}\s*(?:da\s+)?fatura`,
    String.raw`n[úu]mero\s+da\s+fatura`,
    'fakturanummer',
    String.raw`faktura\s*${NO}`,
    'fakturanr\\.?',
    String.raw`faktura(?:\s*vat)?\s*${NO}`,
    String.raw`${NO}\s*faktury`,
    String.raw`numer\s+faktury`,
  ),
  dueDate: words(
    'due\\s*date',
    'date\\s*due',
    'payment\\s*due(?:\\s*date)?',
    'due\\s*(?:by|on)?',
    'pay(?:able)?\\s*by',
    'f[äa]llig(?:keitsdatum|\\s*(?:am|bis))?',
    'zahlbar\\s*bis',
    'zahlungsziel',
    'date\\s*d[\'’]?\\s*[ée]ch[ée]ance',
    '[ée]ch[ée]ance',
    '(?:fecha\\s*de\\s*)?vencimiento',
    'vervaldatum',
    'vervaldag',
    'uiterste\\s*betaaldatum',
    'te\\s*betalen\\s*voor',
    '(?:data\\s*(?:di\\s*)?)?scadenza',
    '(?:data\\s*(?:de\\s*)?)?vencimento',
    'f[öo]rfallo(?:datum|dag)',
    'sista\\s*betalningsdag',
    'forfall?s?dato',
    'betalingsfrist',
    'termin\\s*p[łl]atno[śs]ci',
  ),
  issueDate: words(
    'invoice\\s*date',
    'date\\s*of\\s*(?:issue|invoice)',
    'issue\\s*date',
    'issued(?:\\s*on)?',
    'date',
    'dated',
    'rechnungsdatum',
    'ausstellungsdatum',
    'datum',
    'date\\s*de\\s*(?:la\\s*)?(?:facture|facturation)',
    'date\\s*d[\'’]\\s*[ée]mission',
    'fecha\\s*(?:de\\s*)?(?:la\\s*)?(?:factura|emisi[óo]n|expedici[óo]n)?',
    'factuurdatum',
    'data\\s*(?:della\\s*|di\\s*)?(?:fattura|emissione|documento)?',
    'data\\s*(?:de\\s*|da\\s*)?(?:emiss[ãa]o|fatura)',
    'fakturadat(?:um|o)',
    'dato',
    'data\\s*wystawienia',
    'data\\s*sprzeda[żz]y',
    'vom',
  ),
  /** dates that are neither issue nor due date */
  otherDate: words(
    'delivery',
    'order\\s*date',
    'service\\s*(?:date|period)',
    'period',
    'leistungs(?:datum|zeitraum)',
    'liefer(?:datum|ung)',
    'bestelldatum',
    'livraison',
    'commande',
    'entrega',
    'pedido',
    'levering',
    'bestel',
    'consegna',
    'ordine',
    'printed',
  ),
  buyer: words(
    'bill(?:ed)?\\s*to',
    'invoice\\s*to',
    'sold\\s*to',
    'customer',
    'client',
    'buyer',
    'recipient',
    'ship\\s*to',
    'rechnungs(?:empf[äa]nger|adresse)',
    'kunde',
    'empf[äa]nger',
    'an',
    'factur[ée]\\s*[àa]',
    'destinataire',
    'acheteur',
    'cliente',
    'facturar\\s*a',
    'comprador',
    'destinatario',
    'klant',
    'factuur\\s*aan',
    'afnemer',
    'spett\\.?(?:le)?',
    'committente',
    'cessionario',
    'datos\\s*del\\s*cliente',
    'dados\\s*do\\s*cliente',
    'customer\\s*details',
    'client\\s*details',
    'kundendaten',
    'adquirente',
    'exmo\\.?(?:\\(?s\\)?)?\\s*sr\\.?(?:\\(?a?s\\)?)?',
    'kund',
    'k[öo]pare',
    'kj[øo]per',
    'k[øo]ber',
    'nabywca',
    'odbiorca',
  ),
  seller: words(
    'from',
    'seller',
    'supplier',
    'vendor',
    'issued\\s*by',
    'lieferant',
    'verk[äa]ufer',
    'rechnungssteller',
    'absender',
    'fournisseur',
    'vendeur',
    '[ée]metteur',
    'emisor',
    'proveedor',
    'vendedor',
    'leverancier',
    'verkoper',
    'fornitore',
    'venditore',
    'cedente',
    'prestatore',
    'datos\\s*del\\s*emisor',
    'dados\\s*do\\s*(?:emitente|fornecedor)',
    'supplier\\s*details',
    'seller\\s*details',
    'fornecedor',
    'emitente',
    's[äa]ljare',
    'leverant[öo]r',
    's[æa]lger',
    'selger',
    'leverand[øo]r',
    'sprzedawca',
  ),
  vatId: words(
    'vat\\s*(?:reg(?:istration)?\\.?\\s*)?(?:id|no\\.?|nr\\.?|number|#)?',
    'tax\\s*(?:id|no\\.?|number)',
    'ust\\.?\\s*-?\\s*id(?:nr)?\\.?(?:-?nr\\.?)?',
    'umsatzsteuer\\s*-?\\s*id(?:entifikationsnummer)?',
    'steuernummer',
    'st\\.?\\s*-?\\s*nr\\.?',
    '(?:n[°º]\\s*)?tva(?:\\s*intra(?:communautaire|com)?)?',
    'siret',
    'nif',
    'cif',
    'n\\.?i\\.?f\\.?',
    'btw\\s*-?\\s*(?:nummer|nr\\.?|id)?',
    'p\\.?\\s*iva',
    'partita\\s*iva',
    'c\\.?\\s*f\\.?',
    'codice\\s*fiscale',
    'abn',
    'gst\\s*(?:no|number|reg)',
    'ein',
    'nipc',
    'n\\.?[°º]?\\s*(?:de\\s*)?contribuinte',
    'contribuinte',
    'momsreg(?:istrerings)?\\.?\\s*-?\\s*(?:nr|nummer)\\.?',
    'vat\\s*-?\\s*nr\\.?',
    'cvr(?:\\s*-?\\s*nr\\.?)?',
    'se\\s*-?\\s*nr\\.?',
    'nip',
    'uid(?:\\s*-?\\s*(?:nr|nummer)\\.?)?',
    'mwst\\s*-?\\s*(?:nr\\.?|nummer)',
  ),
};

export type TotalKind = 'subtotal' | 'tax' | 'total' | 'due';

const SUBTOTAL = words(
  'sub\\s*-?\\s*total',
  'net(?:t)?\\s*(?:amount|total|value)',
  'total\\s*net',
  'total\\s*(?:excl(?:uding)?\\.?|before|w/o|without|ex\\.?)',
  'amount\\s*(?:excl\\.?|before)',
  'zwischensumme',
  'netto(?:betrag|summe|\\s*summe|\\s*betrag)?',
  'summe\\s*netto',
  'zwischentotal',
  'gesamt\\s*netto',
  'warenwert',
  'sous\\s*-?\\s*total',
  'total\\s*h\\.?\\s*t\\.?',
  'montant\\s*h\\.?\\s*t\\.?',
  'h\\.?\\s*t\\.?',
  'subtotal',
  'base\\s*imponible',
  'importe\\s*neto',
  'subtotaal',
  'totaal\\s*excl\\.?',
  'netto\\s*bedrag',
  'subtotale',
  'imponibile',
  'totale\\s*imponibile',
  'totale\\s*netto',
    'total\\s*il[ií]quido',
    'total\\s*sem\\s*iva',
    'valor\\s*l[ií]quido',
    'netto(?:belopp|summa)',
    'summa\\s*exkl\\.?',
    'bel[öo]p\\s*exkl\\.?',
    'i\\s*alt\\s*ekskl\\.?',
    'sum\\s*eks(?:kl)?\\.?\\s*(?:mva|moms)',
    'bel[øo]p\\s*eks(?:kl)?\\.?\\s*(?:mva|moms)',
    'warto[śs][ćc]\\s*netto',
    'razem\\s*netto',
);
const TAX = words(
  'vat',
  'tax(?:es)?',
  'sales\\s*tax',
  'gst',
  'hst',
  'mwst\\.?',
  'm\\.?w\\.?st\\.?',
  'ust\\.?',
  'umsatzsteuer',
  'mehrwertsteuer',
  'tva',
  't\\.?v\\.?a\\.?',
  'iva',
  'i\\.?v\\.?a\\.?',
  'btw',
  'imposta',
  'impuestos?',
    'moms',
    'mva',
    'podatek',
);
const INCLUDING = words('incl(?:uding|\\.)?', 'inkl\\.?', 'inklusive', 'ttc', 'brutto', 'gross', 'total', 'gesamt', 'totaal', 'totale', 'tvac', 'ivato', 'ivac');
const TAX_SPECIFIC_TOTAL = words('total\\s*(?:vat|tax|tva|iva|btw|mwst)', '(?:vat|tax|tva|iva|btw|mwst|ust)\\s*total', 'totale\\s*iva', 'totaal\\s*btw', 'summe\\s*(?:mwst|ust)');
const DUE = words(
  'amount\\s*due',
  'balance(?:\\s*due)?',
  'total\\s*due',
  'due\\s*amount',
  'amount\\s*payable',
  'to\\s*pay',
  'zu\\s*zahlen(?:der\\s*betrag)?',
  'zahlbetrag',
  'offener\\s*betrag',
  'restbetrag',
  'net\\s*[àa]\\s*payer',
  'reste\\s*[àa]\\s*payer',
  'montant\\s*d[ûu]',
  '(?:total\\s*)?[àa]\\s*payer',
  '(?:total\\s*)?a\\s*pagar',
  'importe\\s*a\\s*pagar',
  'te\\s*betalen',
  'openstaand\\s*bedrag',
  '(?:totale\\s*)?da\\s*pagare',
  'netto\\s*a\\s*pagare',
    '(?:total\\s*)?a\\s*pagar',
    'att\\s*betala',
    'at\\s*betale',
    '[åa]\\s*betale',
    'do\\s*zap[łl]aty',
);
const TOTAL = words(
  'total',
  'grand\\s*total',
  'invoice\\s*total',
  'total\\s*amount',
  'amount',
  'gesamt(?:betrag|summe)?',
  'rechnungs(?:betrag|summe)',
  'endbetrag',
  'bruttobetrag',
  'rechnungstotal',
  'gesamttotal',
  'summe',
  'betrag',
  'montant\\s*(?:total|ttc)',
  'ttc',
  'importe\\s*total',
  'total\\s*factura',
  'totaal',
  'totaalbedrag',
  'factuurbedrag',
  'totale',
  'importo\\s*(?:totale)?',
    'total\\s*(?:do\\s*)?documento',
    'total\\s*da\\s*fatura',
    'summa',
    'totalt',
    'total\\s*belopp',
    'i\\s*alt',
    'razem',
    'brutto',
    'warto[śs][ćc]\\s*brutto',
);
const PREPAID = words('paid', 'prepaid', 'deposit', 'bezahlt', 'anzahlung', 'acompte', 'pay[ée]', 'anticipo', 'pagado', 'betaald', 'aanbetaling', 'acconto', 'pagato', 'discount', 'rabatt', 'remise', 'descuento', 'korting', 'sconto', 'shipping', 'versand', 'porto', 'adiantamento', 'pago', 'desconto', 'betalt', 'f[öo]rskott', 'rabat', 'zaliczka', 'zap[łl]acono');

/** Classifies the label text in front of an amount on a totals line. */
export function classifyTotalLabel(label: string): TotalKind | null {
  const text = label.trim();
  if (!text || text.length > 60) return null;
  if (PREPAID.test(text)) return null;
  if (TAX_SPECIFIC_TOTAL.test(text)) return 'tax';
  if (DUE.test(text)) return 'due';
  if (SUBTOTAL.test(text)) return 'subtotal';
  if (TAX.test(text) && !INCLUDING.test(text)) return 'tax';
  if (TOTAL.test(text)) return 'total';
  return null;
}

/** "Total (incl. VAT)", "Gesamtbetrag brutto", "Total TTC": the grand total, unambiguously. */
export const EXPLICIT_GRAND_TOTAL = words(
  'grand\\s*total',
  'invoice\\s*total',
  'total\\s*(?:incl|inkl|including|ttc|gross|brutto)',
  'gesamtbetrag',
  'rechnungsbetrag',
  'bruttobetrag',
  'endbetrag',
  'rechnungstotal',
  'gesamttotal',
  'ttc',
  'total\\s*factura',
  'importe\\s*total',
  'totaal\\s*incl',
  'totale\\s*(?:fattura|documento|ivato)',
    'total\\s*(?:do\\s*)?documento',
    'total\\s*da\\s*fatura',
);

export const TITLE = words('invoice', 'tax\\s*invoice', 'rechnung', 'facture', 'factura', 'factuur', 'fattura', 'receipt', 'quittung', 'reçu', 'recibo', 'ricevuta', 'bill', 'fatura', 'faktura');

export const LEGAL_FORM = words(
  'gmbh', 'ag', 'kg', 'ohg', 'ug', 'e\\.\\s*k\\.', 'gbr', 'ltd\\.?', 'limited', 'llc', 'inc\\.?', 'corp\\.?', 'plc', 'llp',
  'sarl', 's\\.?a\\.?r\\.?l\\.?', 'sas', 's\\.a\\.s\\.?', 'sa', 's\\.a\\.', 'eurl', 's\\.?l\\.?u?', 'b\\.?v\\.?', 'n\\.?v\\.?', 'vof', 's\\.?r\\.?l\\.?', 's\\.?p\\.?a\\.?', 's\\.?n\\.?c\\.?', 'oy', 'ab', 'as', 'aps',
  'lda\\.?', 'ltda\\.?', 'unipessoal', 'sagl', 'bvba', 'vzw', 'asbl', 'sprl', 'srls', 'a/s', 'sp\\.?\\s*z\\s*o\\.?\\s*o\\.?', 'e\\.?\\s*u\\.?', 'kft\\.?', 's\\.?r\\.?o\\.?',
);

export const LINE_HEADER = {
  /** the unit of measure ("U.M.", "Einheit") and the VAT-rate column: neither is part of the description */
  unit: words('u\\.?\\s*m\\.?', 'un\\.', 'einheit', 'einh\\.?', 'unidad', 'unit[ée]', 'eenheid', 'enhet', 'jednostka', 'j\\.?\\s*m\\.?'),
  vat: words('tax', 'vat(?:\\s*%)?', 'mwst\\.?', 'ust\\.?', 'iva', 'tva', 'btw', 'moms'),
  /** an article number or code column: not part of the description */
  code: words('codice', 'ref\\.?', 'r[ée]f(?:[ée]rence)?\\.?', 'art\\.?\\s*-?\\s*nr\\.?', 'artikel\\s*-?\\s*nr\\.?', 'artikelnummer', 'code', 'sku', 'item\\s*(?:no\\.?|#|code)', 'c[óo]d(?:igo|\\.)?', 'cod\\.?\\s*art(?:icolo)?\\.?', 'part\\s*(?:no\\.?|#|number)'),
  description: words('description', 'item', 'items', 'article', 'product', 'service', 'details', 'beschreibung', 'bezeichnung', 'artikel', 'leistung', 'position', 'désignation', 'designation', 'libellé', 'descripción', 'descripcion', 'concepto', 'artículo', 'omschrijving', 'descrizione', 'articolo', 'prodotto', 'descri[çc][ãa]o', 'designa[çc][ãa]o', 'artigo', 'beskrivning', 'ben[äa]mning', 'beskrivelse', 'tekst', 'vare', 'nazwa(?:\\s*towaru)?', 'opis'),
  quantity: words('qty', 'quantity', 'units?', 'hours', 'hrs', 'menge', 'anzahl', 'stk', 'std', 'qté', 'qte', 'quantité', 'cantidad', 'cant\\.?', 'uds\\.?', 'aantal', 'hoeveelheid', 'quantità', 'qtà', 'q\\.tà', 'qta', 'qtd\\.?', 'quantidade', 'quant\\.?', 'antal', 'ant\\.?', 'm[æa]ngde', 'antall', 'ilo[śs][ćc]'),
  unitPrice: words('unit\\s*price', 'price', 'rate', 'unit\\s*cost', 'einzelpreis', 'e-?preis', 'preis', 'prix(?:\\s*unit(?:aire)?)?', 'p\\.\\s*u\\.?', 'pu\\s*ht', 'precio(?:\\s*unitario)?', 'prijs', 'stukprijs', 'eenheidsprijs', 'prezzo(?:\\s*unitario)?', 'pre[çc]o(?:\\s*unit(?:[áa]rio|\\.)?)?', '[àa]\\s*-?\\s*pris', 'pris', 'enhedspris', 'cena(?:\\s*jedn(?:\\.|ostkowa)?)?(?:\\s*netto)?'),
  amount: words('amount', 'total', 'line\\s*total', 'betrag', 'gesamt(?:preis)?', 'summe', 'montant', 'total\\s*ht', 'importe', 'bedrag', 'totaal', 'importo', 'totale', 'total\\s*l[ií]quido', 'valor', 'belopp', 'bel[øo]b', 'warto[śs][ćc](?:\\s*netto)?'),
};
