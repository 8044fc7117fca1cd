import { extractFields } from './fields';
import { htmlToText } from './email-body';
import { linesFromPlainText, linesFromPositioned, withoutLetterSpacing } from './layout';
import { compatibilityForms } from './pdf-text';

const read = (text: string) => extractFields(linesFromPlainText(text), 'text');

describe('extractFields on plain-text layouts', () => {
  it("takes the company a mail's layout table indents over the attention line as the buyer, not the street under it", () => {
    const html = `<table><tr><td>Sprachatelier Limmat</td><td>Sprachatelier Limmat GmbH<br>Badenerstrasse 141<br>8004 Zürich</td></tr>
<tr><td>Rechnung Nr.</td><td>26-1147</td></tr><tr><td></td><td>Hofstetter Präzisionstechnik AG</td></tr></table>
<p>z. Hd. Frau Sandra Meier, Personal<br>Industriestrasse 22<br>8604 Volketswil</p>
<table><tr><th>Pos.</th><th>Bezeichnung</th><th>Menge</th><th>Preis CHF</th><th>Total CHF</th></tr>
<tr><td>1</td><td>Einschreibegebühr</td><td>1</td><td>80.00</td><td>80.00</td></tr></table><p>Zu bezahlen CHF 80.00</p>`;
    const inv = read(htmlToText(html));
    expect(inv.buyer.name).toBe('Hofstetter Präzisionstechnik AG');
  });

  it("keeps a shop mail's totals rows out of its items: a label cell spanning columns leaves the sum under the amount, and the row that sums the items ends them", () => {
    const cell = (text: string, attrs = '') => `<td${attrs}>${text}</td>`;
    const html = `<p>Faktura 10442</p><table>
<tr><th>Vare</th><th>Antall</th><th>Pris</th><th>Sum</th></tr>
<tr>${cell('Ullpledd «Hardanger»')}${cell('1')}${cell('899,00')}${cell('899,00')}</tr>
<tr>${cell('Duftlys Tindved')}${cell('3')}${cell('149,00')}${cell('447,00')}</tr>
<tr>${cell('Varer', ' colspan="3"')}${cell('1&nbsp;346,00')}</tr>
<tr>${cell('Frakt (Posten)', ' colspan="3"')}${cell('99,00')}</tr>
<tr>${cell('Totalt', ' colspan="3"')}${cell('1&nbsp;445,00')}</tr>
<tr>${cell('herav mva 25 %', ' colspan="3"')}${cell('289,00')}</tr></table>`;
    expect(htmlToText(html).split('\n')).toContain('Varer\t\t\t1 346,00');
    const inv = read(htmlToText(html));
    expect(inv.lineItems).toEqual([
      { description: 'Ullpledd «Hardanger»', quantity: '1', unitPrice: '899.00', amount: '899.00' },
      { description: 'Duftlys Tindved', quantity: '3', unitPrice: '149.00', amount: '447.00' },
    ]);
    expect(inv.total).toBe('1445.00');
  });

  it("reads an energy bill's tariffs per kWh with five decimals and a credit line with its minus before the currency sign", () => {
    const inv = read(`Jaarnota 2026-118

Omschrijving                          Hoeveelheid   Tarief        Bedrag
Levering elektriciteit normaaltarief  8.412 kWh     € 0,24350     € 2.048,32
Vaste leveringskosten                 12 mnd        € 6,95        € 83,40
Vermindering energiebelasting         1 jaar        - € 524,95    - € 524,95

Totaal excl. btw                                                  € 1.606,77
Btw 21%                                                           € 337,42
Totaal incl. btw                                                  € 1.944,19`);
    expect(inv.lineItems).toEqual([
      { description: 'Levering elektriciteit normaaltarief', quantity: '8412', unitPrice: '0.24350', amount: '2048.32' },
      { description: 'Vaste leveringskosten', quantity: '12', unitPrice: '6.95', amount: '83.40' },
      { description: 'Vermindering energiebelasting', quantity: '1', unitPrice: '-524.95', amount: '-524.95' },
    ]);
    expect(inv).toMatchObject({ subtotal: '1606.77', taxTotal: '337.42', total: '1944.19' });
  });

  it('reads a quantity OCR lost its decimal point from as the amount over the unit price, and says so; a typed text is left as printed', () => {
    const text = `Rechnung 2025-118

Pos  Beschreibung              Menge   Preis      Betrag
1    Einrichtung Kassensystem  1       1450.00    1450.00
2    Support und Fernwartung   35      165.00     577.50

Total CHF                                         2027.50`;
    const scanned = extractFields(linesFromPlainText(text), 'ocr');
    expect(scanned.lineItems.map((item) => item.quantity)).toEqual(['1', '3.5']);
    expect(scanned.warnings).toContain('line 2: quantity 35 does not give the amount; read as 3.5 (amount ÷ unit price)');
    expect(read(text).lineItems.map((item) => item.quantity)).toEqual(['1', '35']);
  });

  it("takes a shop's net as its printed subtotal plus the coupon and shipping under it, when that is what adds up with the tax to the total", () => {
    const inv = read(`Driftwood Paddle Co.
Invoice #1047        Nov 3, 2026

Qty  Item                         Unit price    Price
2    Cedar Touring Kayak Paddle   $189.00       $378.00
2    Coiled Paddle Leash          $24.50        $49.00
1    Roll-Top Dry Bag 20 L        $39.95        $39.95
1    Paddle Care Kit              $18.00        $18.00

Subtotal                  $484.95
Discount (PADDLE15)       -$72.74
Shipping                  $22.00
GST 5%                    $21.71
BC PST 7%                 $28.85
Total                     $484.77 CAD`);
    expect(inv).toMatchObject({ subtotal: '434.21', taxTotal: '50.56', total: '484.77' });
  });

  it('reads a German invoice with a position column and stacked totals', () => {
    const inv = read(`ACME Tools GmbH
Hauptstraße 12, 10115 Berlin
USt-IdNr.: DE 123 456 789

RECHNUNG

Rechnungsempfänger:            Rechnungs-Nr.: RE-2025-0042
Muster AG                      Datum: 12.03.2025
Beispielweg 5                  Zahlbar bis: 11. April 2025
80331 München

Pos   Beschreibung          Menge   Einzelpreis     Betrag
1     Beratung              10      120,00 €        1.200,00 €
2     Reisekosten           1       85,50 €         85,50 €

Nettobetrag                                         1.285,50 €
zzgl. 19 % MwSt.                                    244,25 €
Gesamtbetrag                                        1.529,75 €`);
    expect(inv).toMatchObject({
      invoiceNumber: 'RE-2025-0042',
      issueDate: '2025-03-12',
      dueDate: '2025-04-11',
      currency: 'EUR',
      subtotal: '1285.50',
      taxTotal: '244.25',
      total: '1529.75',
      seller: { name: 'ACME Tools GmbH', vatId: 'DE123456789' },
      buyer: { name: 'Muster AG', address: 'Beispielweg 5, 80331 München' },
    });
    expect(inv.lineItems).toEqual([
      { description: 'Beratung', quantity: '10', unitPrice: '120.00', amount: '1200.00' },
      { description: 'Reisekosten', quantity: '1', unitPrice: '85.50', amount: '85.50' },
    ]);
    expect(inv.confidence.total).toBeGreaterThanOrEqual(0.9);
    expect(inv.warnings).toEqual([]);
  });

  it('reads a US invoice with month-first dates and an amount due after a deposit', () => {
    const inv = read(`Sunrise Bakery Supply Inc.
12 Elm St, Portland, OR 97201

Invoice #: 10087
Date: 04/15/2025
Due: 05/15/2025

Sold To:
Cafe Luna
88 Pine Ave

Item                      Qty     Rate       Amount
Flour 25 lb               4       $18.50     $74.00
Sugar 10 lb               2       $9.25      $18.50

Subtotal                                     $92.50
Sales Tax (7.5%)                             $6.94
Total                                        $99.44
Deposit paid                                 -$20.00
Balance Due                                  $79.44`);
    expect(inv).toMatchObject({
      invoiceNumber: '10087',
      issueDate: '2025-04-15',
      dueDate: '2025-05-15',
      currency: 'USD',
      subtotal: '92.50',
      taxTotal: '6.94',
      total: '99.44',
      amountDue: '79.44',
      buyer: { name: 'Cafe Luna' },
      seller: { name: 'Sunrise Bakery Supply Inc.' },
    });
    expect(inv.lineItems).toHaveLength(2);
  });

  it('reads Spanish, Dutch and Italian label sets', () => {
    const es = read(`Factura nº: 2025-118
Fecha de emisión: 3 de abril de 2025
Base imponible      500,00 €
IVA 21%             105,00 €
Total factura       605,00 €`);
    expect(es).toMatchObject({ invoiceNumber: '2025-118', issueDate: '2025-04-03', subtotal: '500.00', taxTotal: '105.00', total: '605.00' });

    const nl = read(`Factuurnummer: F25-031
Factuurdatum: 12-02-2025
Vervaldatum: 14-03-2025
Subtotaal   € 1.000,00
BTW 21%     € 210,00
Totaal      € 1.210,00`);
    expect(nl).toMatchObject({ invoiceNumber: 'F25-031', issueDate: '2025-02-12', dueDate: '2025-03-14', subtotal: '1000.00', taxTotal: '210.00', total: '1210.00' });

    const it = read(`Fattura n. 45/2025   Data: 05/03/2025
Data scadenza: 04/04/2025
Totale imponibile   1.000,00
Totale IVA 22%      220,00
Totale documento    1.220,00 EUR`);
    expect(it).toMatchObject({ invoiceNumber: '45/2025', issueDate: '2025-03-05', dueDate: '2025-04-04', total: '1220.00', taxTotal: '220.00', currency: 'EUR' });
  });

  it('warns when the amounts do not add up and lowers their confidence', () => {
    const inv = read(`Invoice No: A-1
Subtotal   100.00 EUR
VAT 20%    20.00 EUR
Total      130.00 EUR`);
    expect(inv.total).toBe('130.00');
    expect(inv.warnings.join(' ')).toMatch(/≠ total/);
    expect(inv.confidence.total).toBeLessThanOrEqual(0.65);
  });

  it('leaves fields null instead of guessing', () => {
    const inv = read('Thanks for lunch yesterday, see you on Friday!');
    expect(inv).toMatchObject({ invoiceNumber: null, issueDate: null, total: null, currency: null, lineItems: [] });
    expect(inv.confidence.total).toBe(0);
  });

  it('keeps HTML table cells apart', () => {
    const text = htmlToText('<table><tr><th>Invoice&nbsp;No.</th><th>Date</th></tr><tr><td>X-9</td><td>1 June 2025</td></tr></table><p>Total: <b>&euro;&nbsp;50,00</b></p>');
    const inv = read(text);
    expect(inv).toMatchObject({ invoiceNumber: 'X-9', issueDate: '2025-06-01', total: '50.00', currency: 'EUR' });
  });

  it('reads a Portuguese invoice with a VAT-rate column and a totals line beside a summary heading', () => {
    const inv = read(`Lusoclima Lda.
NIF: 509876544

FATURA
Data de emissão   18/03/2025
Data de vencimento   17/04/2025

Descrição                      Qtd.   Preço Unit.   IVA   Total Líquido
Ar condicionado mural          2      689,00        23%   1.378,00
Mão de obra                    9      32,00         23%   288,00

Quadro resumo do IVA   Total Ilíquido   1.666,00 EUR
Total IVA   383,18 EUR
Total do Documento   2.049,18 EUR`);
    expect(inv).toMatchObject({ issueDate: '2025-03-18', dueDate: '2025-04-17', currency: 'EUR', subtotal: '1666.00', taxTotal: '383.18', total: '2049.18' });
    expect(inv.lineItems).toEqual([
      { description: 'Ar condicionado mural', quantity: '2', unitPrice: '689.00', amount: '1378.00' },
      { description: 'Mão de obra', quantity: '9', unitPrice: '32.00', amount: '288.00' },
    ]);
  });

  it('takes the whole label, not its first word ("Date de facture", "Due date"), and ends the item table at a totals line beside a note', () => {
    const fr = read(`Atelier Lumière SARL
12 rue des Tanneurs     Date de facture   12 février 2025
69002 Lyon              Échéance          14 mars 2025

Désignation        Qté   Prix unit. HT   Montant HT
Pose               22    55,00 €         1 210,00 €
Conditions de paiement : virement à 30 jours.   Total HT   1 210,00 €
TVA 20 %   242,00 €
Total TTC   1 452,00 €`);
    expect(fr).toMatchObject({ issueDate: '2025-02-12', dueDate: '2025-03-14', subtotal: '1210.00', taxTotal: '242.00', total: '1452.00' });
    expect(fr.lineItems).toHaveLength(1);
    const en = read(`Harbour Lane Design Ltd
Invoice No.   HLD-7
Invoice date   14 March 2025
Due date   13 April 2025
Total   £100.00`);
    expect(en).toMatchObject({ issueDate: '2025-03-14', dueDate: '2025-04-13' });
  });

  it('reads a window-envelope letter: the sender line (meta fields beside it) names the seller, the block below is the buyer; an IBAN is no VAT id', () => {
    const inv = read(`FRISCHDIENST RHEINLAND
Gastronomie-Großhandel · Frische · Tiefkühl

Frischdienst Rheinland GmbH · Industriestraße 42 · 50829 Köln      Rechnungsnummer:   RE-2025-03118

Restaurant Zur Alten Mühle                                         Rechnungsdatum:    04.03.2025
Inh. Markus Weber
Mühlenweg 7
51465 Bergisch Gladbach

Pos.   Bezeichnung                       Menge   Einzelpreis   Gesamtpreis
1      Kartoffeln festkochend, 12,5-kg-Sack   4   14,90   59,60

Summe netto   59,60 €
MwSt. 7 %   4,17 €
Gesamtbetrag   63,77 €

IBAN: DE44 3705 0198 1934 5678 90      USt-IdNr.: DE287461930`);
    expect(inv).toMatchObject({
      invoiceNumber: 'RE-2025-03118',
      seller: { name: 'Frischdienst Rheinland GmbH', vatId: 'DE287461930' },
      buyer: { name: 'Restaurant Zur Alten Mühle', address: 'Mühlenweg 7, 51465 Bergisch Gladbach' },
    });
  });

  it("does not take the customer's VAT id (\"Ihre MWST-Nr.\") for the seller's, and keeps a hotel's name", () => {
    const ch = read(`Alpenblick Informatik AG
Bahnhofstrasse 21, 8001 Zürich

Rechnung Nr. 25-0517
Ihre MWST-Nr.   CHE-215.477.300 MWST
Total   CHF 100.00

Alpenblick Informatik AG · UID/MWST: CHE-109.322.456 MWST`);
    expect(ch.seller.vatId).toBe('CHE109322456MWST');
    const fr = read(`Atelier Lumière SARL
N° de facture   F2025-0219

CLIENT
Hôtel Les Terrasses SAS
8 quai Saint-Antoine
69002 Lyon

Total TTC   120,00 €`);
    expect(fr.buyer.name).toBe('Hôtel Les Terrasses SAS');
  });

  it('keeps article numbers out of descriptions, reads "4 Sack" as a quantity, and joins a description printed around its numbers', () => {
    const de = read(`Pos.   Art.-Nr.   Bezeichnung             Menge    Einzelpreis   Gesamtpreis
1      10015      Kartoffeln festkochend  4 Sack   14,90         59,60
2      10022      Zwiebeln gelb           2 Kiste  9,80          19,60
Summe netto   79,20 €`);
    expect(de.lineItems).toEqual([
      { description: 'Kartoffeln festkochend', quantity: '4', unitPrice: '14.90', amount: '59.60' },
      { description: 'Zwiebeln gelb', quantity: '2', unitPrice: '9.80', amount: '19.60' },
    ]);
    const uk = read(`Description                                   Qty   Unit price   Net amount
Brand identity refresh – logo redesign and usage
                                              1     £1,850.00    £1,850.00
guidelines
Stationery design (letterhead, business card, compliment
                                              3     £240.00      £720.00
slip)
Print management                              1     £95.00       £95.00
Subtotal   £2,665.00`);
    expect(uk.lineItems.map((item) => item.description)).toEqual([
      'Brand identity refresh – logo redesign and usage guidelines',
      'Stationery design (letterhead, business card, compliment slip)',
      'Print management',
    ]);
  });

  it('reads a balance due printed with its currency sign in a cell of its own beside a note', () => {
    const inv = read(`SUBTOTAL   100.00
SALES TAX (5.5%)   5.50
TOTAL   105.50
Labor and services are not taxable.   BALANCE DUE   $   105.50`);
    expect(inv).toMatchObject({ subtotal: '100.00', taxTotal: '5.50', total: '105.50', amountDue: '105.50' });
  });

  it("finds the seller's name beside the buyer's block, and keeps a dash inside a company name", () => {
    const it = read(`OFFICINA GRAFICA                      Spett.le
                                      Studio Associato Ferri & Colombo
                                      Via dell'Indipendenza 60
Officina Grafica Bernardi S.r.l.      40121 Bologna (BO)
Via Giuseppe Mazzini 24

Totale documento   € 122,00`);
    expect(it.seller.name).toBe('Officina Grafica Bernardi S.r.l.');
    expect(it.buyer.name).toBe('Studio Associato Ferri & Colombo');
    const pt = read(`Lusoclima – Instalações Técnicas, Lda.
Rua de Santa Catarina 812
4000-446 Porto

Total do Documento   100,00 EUR`);
    expect(pt.seller.name).toBe('Lusoclima – Instalações Técnicas, Lda.');
  });

  it('reads an invoice number after the title with its series code, or under a bare "Numero" heading', () => {
    expect(read(`FATURA FT 2025/312\nTotal do Documento   100,00 EUR`).invoiceNumber).toBe('FT 2025/312');
    const it = read(`Tipo documento   Numero     Data         Scadenza
FATTURA          184/2025   28/02/2025   31/03/2025
Totale documento   € 122,00`);
    expect(it).toMatchObject({ invoiceNumber: '184/2025', issueDate: '2025-02-28', dueDate: '2025-03-31' });
  });

  it('keeps unit and VAT columns out of descriptions and finds the unit price when a VAT rate comes last', () => {
    const inv = read(`Codice    Descrizione                  U.M.   Q.tà   Prezzo   Importo   IVA
BR-A4-8   Brochure A4 8 pagine         NR     500    1,84     920,00    22
GR-ORE    Progettazione grafica        ORE    6      45,00    270,00    22
Imponibile   € 1.190,00`);
    expect(inv.lineItems).toEqual([
      { description: 'Brochure A4 8 pagine', quantity: '500', unitPrice: '1.84', amount: '920.00' },
      { description: 'Progettazione grafica', quantity: '6', unitPrice: '45.00', amount: '270.00' },
    ]);
    // stacked totals naming a tax are not an item table
    const es = read(`Descripción   Cantidad   Precio unitario   Importe
Licencia   3   490,00 €   1.470,00 €
Base imponible   IVA 21%    Total
1.470,00 €       308,70 €   1.778,70 €`);
    expect(es).toMatchObject({ subtotal: '1470.00', taxTotal: '308.70', total: '1778.70' });
  });

  it('reads a description with numbers of its own ("3,20 m") wrapped around its row, and still reads an item whose amount ends its line', () => {
    const at = read(`Pos   Menge Einh.   Bezeichnung                      Einzelpreis   Gesamt
                    Verkaufstheke Eiche massiv, 3,20 m, nach Maß
1     1 Stk                                          € 6.480,00    € 6.480,00
                    gefertigt
2     4 lfm         Wandregal Eiche geölt            € 185,00      € 740,00
Summe netto   € 7.220,00`);
    expect(at.lineItems).toEqual([
      { description: 'Verkaufstheke Eiche massiv, 3,20 m, nach Maß gefertigt', quantity: '1', unitPrice: '6480.00', amount: '6480.00' },
      { description: 'Wandregal Eiche geölt', quantity: '4', unitPrice: '185.00', amount: '740.00' },
    ]);
  });

  it('gives a wrapped description to the row its numbers share a line with: the row below when the line is nearer to it', () => {
    // an OCR'd table (y in pixels, 10 px text): cells wrapped upwards, then one wrapped downwards
    const cell = (text: string, x: number, y: number) => ({ text, x, y, width: text.length * 5, height: 10 });
    const numbers = (y: number, qty: string, price: string, amount: string) => [cell(qty, 505, y), cell(price, 560, y), cell(amount, 700, y)];
    const lines = linesFromPositioned(
      [
        cell('Description', 0, 0), cell('Qty', 500, 0), cell('Unit price', 560, 0), cell('Amount', 700, 0),
        cell('Brand identity refresh, logo redesign and usage', 0, 20),
        cell('guidelines', 0, 31), ...numbers(31, '1', '1,850.00', '1,850.00'),
        cell('Stationery design (letterhead, business card,', 0, 52),
        cell('compliment slip)', 0, 63), ...numbers(63, '3', '240.00', '720.00'),
        cell('Consulting, two workshops', 0, 84), ...numbers(84, '2', '100.00', '200.00'),
        cell('for the March launch', 0, 95),
        cell('Hosting', 0, 116), ...numbers(116, '1', '50.00', '50.00'),
        cell('Subtotal', 500, 140), cell('2,820.00', 700, 140),
      ],
      1,
    );
    expect(extractFields(lines, 'ocr').lineItems).toEqual([
      { description: 'Brand identity refresh, logo redesign and usage guidelines', quantity: '1', unitPrice: '1850.00', amount: '1850.00' },
      { description: 'Stationery design (letterhead, business card, compliment slip)', quantity: '3', unitPrice: '240.00', amount: '720.00' },
      // nearer to the row above it: that row's description goes on
      { description: 'Consulting, two workshops for the March launch', quantity: '2', unitPrice: '100.00', amount: '200.00' },
      { description: 'Hosting', quantity: '1', unitPrice: '50.00', amount: '50.00' },
    ]);
  });

  it('reads what OCR makes of a letter: middle dots read as hyphens, month names without their accents, a customer-number field that is no party heading', () => {
    const inv = read(`Tischlerei Huber GmbH - Hauptstrasse 18 - 4600 Wels - Osterreich

Cafe Konditorei Lindner KG                          N*   client            CL-0457
Stadtplatz 5
4600 Wels

RECHNUNG Nr. 2025/0038 vom 15. Janner 2025
Zahlbar bis 2. Marz 2025

Summe netto   100,00
USt. 20 %   20,00
Rechnungsbetrag   120,00`);
    expect(inv).toMatchObject({
      invoiceNumber: '2025/0038',
      issueDate: '2025-01-15',
      dueDate: '2025-03-02',
      seller: { name: 'Tischlerei Huber GmbH' },
      buyer: { name: 'Cafe Konditorei Lindner KG' },
      total: '120.00',
    });
  });

  it('keeps a unit printed in a cell of its own after the quantity ("4   lfm") out of the description', () => {
    const inv = read(`Pos   Menge Einh.   Bezeichnung                          Einzelpreis   Gesamt
1     4   lfm       Wandregal Eiche geölt, 28 cm tief    185,00        740,00
2     14,5   Std    Montage vor Ort (2 Monteure)         58,00         841,00

Summe netto   1.581,00`);
    expect(inv.lineItems).toEqual([
      { description: 'Wandregal Eiche geölt, 28 cm tief', quantity: '4', unitPrice: '185.00', amount: '740.00' },
      { description: 'Montage vor Ort (2 Monteure)', quantity: '14.5', unitPrice: '58.00', amount: '841.00' },
    ]);
  });

  it('finds an unlabelled addressee beside the letterhead by its attention line, and the legal name the footer gives the letterhead', () => {
    const inv = read(`De Letterzetter
boekhandel · drukkerij
                                              Vrije Basisschool De Regenboog vzw
Kerkstraat 56                                 t.a.v. de directie
9000 Gent                                     Schoolstraat 3
BTW BE 0478.112.010                           9050 Gentbrugge

FACTUUR
Factuurnummer   2025/0412

Omschrijving                       Aantal   Eenheidsprijs   Totaal
Van Dale basisschoolwoordenboek    12       29,95           359,40

Totaal excl. BTW   359,40

De Letterzetter BV · Kerkstraat 56, 9000 Gent · BTW BE 0478.112.010 · RPR Gent · Belfius BE71 0689 0412 7769`);
    expect(inv.buyer).toMatchObject({ name: 'Vrije Basisschool De Regenboog vzw', address: 'Schoolstraat 3, 9050 Gentbrugge' });
    expect(inv.seller).toMatchObject({ name: 'De Letterzetter BV', vatId: 'BE0478112010', address: 'Kerkstraat 56, 9000 Gent' });
  });

  it('takes an unlabelled address block addressed to a person ("Herr Daniel Steiner") for the buyer, but not the owner named in the letterhead', () => {
    const swiss = read(`                                                  ALPENBLICK INFORMATIK
                                                  Alpenblick Informatik AG · Bahnhofstrasse 21 · 8001 Zürich

Bäckerei Steiner GmbH                             Zürich, 20. Mai 2025
Herr Daniel Steiner
Seestrasse 14
8800 Thalwil

Rechnung Nr. 25-0517
Total CHF   1'450.00`);
    expect(swiss.buyer).toMatchObject({ name: 'Bäckerei Steiner GmbH', address: 'Seestrasse 14, 8800 Thalwil' });
    expect(swiss.seller.name).toBe('Alpenblick Informatik AG');

    const practice = read(`Praxis für Physiotherapie
Frau Dr. Anna Berg
Lindenweg 3
80331 München

Rechnung Nr. 2025-114
Gesamtbetrag   240,00 €`);
    expect(practice.buyer.name).toBeNull();
    expect(practice.seller.name).toBe('Praxis für Physiotherapie');
  });

  it('reads a Swedish invoice: amounts in kr are SEK, a seller on one line with its ids', () => {
    const inv = read(`Faktura
Fakturanummer: 20250412
Fakturadatum: 2025-04-12

Kund:
Café Solrosen AB
Storgatan 3
411 38 Göteborg

Säljare: Nordisk Kontorsservice AB, Org.nr 556677-8899, Momsreg.nr SE556677889901

Beskrivning                     Antal   À-pris     Belopp
Kontorsstol Ergo                4       1 995,00   7 980,00

Summa exkl. moms   7 980,00 kr
Moms 25 %          1 995,00 kr
Att betala         9 975,00 kr`);
    expect(inv).toMatchObject({
      currency: 'SEK',
      seller: { name: 'Nordisk Kontorsservice AB', vatId: 'SE556677889901', address: null },
      buyer: { name: 'Café Solrosen AB', address: 'Storgatan 3, 411 38 Göteborg' },
      total: '9975.00',
    });
  });

  it('reads Norwegian and Danish invoices: MVA and CVR numbers as VAT ids, kr by country, a party on one line', () => {
    const no = read(`FAKTURA
Fjordtech AS                                   Fakturanr.: 10234
Strandgata 14                                  Fakturadato: 03.02.2025
5013 Bergen                                    Forfallsdato: 17.02.2025
Org.nr. 912 345 678 MVA

Kunde:
Bakeriet Solsiden AS
Torget 2
7010 Trondheim

Beskrivelse                 Antall   Pris        Beløp
Timer konsulent             6        1 100,00    6 600,00

Sum eks. mva         6 600,00
Mva 25 %             1 650,00
Å betale             8 250,00 kr`);
    expect(no).toMatchObject({
      currency: 'NOK',
      dueDate: '2025-02-17',
      seller: { name: 'Fjordtech AS', vatId: 'NO912345678MVA' },
      buyer: { name: 'Bakeriet Solsiden AS' },
      subtotal: '6600.00',
      taxTotal: '1650.00',
      total: '8250.00',
    });
    const dk = read(`Faktura nr. 2025-088                         Dato: 5. marts 2025
Kunde: Café Havnen ApS, Nyhavn 17, 1051 København K
Leverandør: Dansk Rengøring ApS · Vesterbrogade 40 · 1620 København V · CVR 12345678

Tekst                         Antal    Enhedspris   Beløb
Vinduespudsning               2        850,00       1.700,00

Moms 25%            425,00
I alt DKK         2.125,00`);
    expect(dk).toMatchObject({
      currency: 'DKK',
      seller: { name: 'Dansk Rengøring ApS', vatId: 'DK12345678' },
      buyer: { name: 'Café Havnen ApS', address: 'Nyhavn 17, 1051 København K' },
      total: '2125.00',
    });
  });

  it('reads Czech and Finnish label sets', () => {
    const cz = read(`Faktura - daňový doklad č. 2025031
Dodavatel:                                   Odběratel:
Tiskárna Vltava s.r.o.                       Kavárna U Mostu s.r.o.
Národní 12, 110 00 Praha 1                   Mostecká 4, 118 00 Praha 1
IČO: 12345678                                IČO: 87654321
DIČ: CZ12345678                              DIČ: CZ87654321

Datum vystavení: 10.04.2025
Datum splatnosti: 24.04.2025

Základ daně:        2 450,00 Kč
DPH 21 %:             514,50 Kč
Celkem k úhradě:    2 964,50 Kč`);
    expect(cz).toMatchObject({
      invoiceNumber: '2025031',
      dueDate: '2025-04-24',
      currency: 'CZK',
      seller: { name: 'Tiskárna Vltava s.r.o.', vatId: 'CZ12345678', address: 'Národní 12, 110 00 Praha 1' },
      buyer: { name: 'Kavárna U Mostu s.r.o.', vatId: 'CZ87654321' },
      subtotal: '2450.00',
      taxTotal: '514.50',
      amountDue: '2964.50',
    });
    const fi = read(`LASKU
Laskun numero: 4471
Laskun päivämäärä: 12.5.2025
Eräpäivä: 26.5.2025

Myyjä: Suomen Siivous Oy, Y-tunnus 1234567-8, ALV-tunniste FI12345678
Ostaja: Kahvila Aalto Oy, Esplanadi 5, 00130 Helsinki

Veroton yhteensä    600,00 €
ALV 25,5 %          153,00 €
Maksettava yhteensä 753,00 €`);
    expect(fi).toMatchObject({
      invoiceNumber: '4471',
      issueDate: '2025-05-12',
      dueDate: '2025-05-26',
      seller: { name: 'Suomen Siivous Oy', vatId: 'FI12345678' },
      buyer: { name: 'Kahvila Aalto Oy', address: 'Esplanadi 5, 00130 Helsinki' },
      subtotal: '600.00',
      taxTotal: '153.00',
      amountDue: '753.00',
    });
  });

  it("reads a Xero-style tax invoice: the customer's unlabelled address under the title, the seller's beside, 'TOTAL GST 10%'", () => {
    const inv = read(`TAX INVOICE                       Invoice Date          Koala Print Pty Ltd
                                  5 Mar 2025            12 George Street
Sunrise Cafe                      Invoice Number        Sydney NSW 2000
45 Beach Road                     INV-0042              ABN 51 824 753 556
Bondi NSW 2026                    Reference
                                  PO 7781

Description                 Quantity    Unit Price    GST     Amount AUD
Menu printing A4 gloss      200         1.10          10%     220.00

                                        Subtotal              220.00
                                        TOTAL GST 10%         22.00
                                        TOTAL AUD             242.00`);
    expect(inv).toMatchObject({
      invoiceNumber: 'INV-0042',
      currency: 'AUD',
      seller: { name: 'Koala Print Pty Ltd', address: '12 George Street, Sydney NSW 2000' },
      buyer: { name: 'Sunrise Cafe', address: '45 Beach Road, Bondi NSW 2026' },
      taxTotal: '22.00',
      total: '242.00',
    });
  });

  it('reads a marketplace invoice: "Sold by", the billing address (not the shipping one), one date for invoice and delivery, gross line amounts', () => {
    const inv = read(`Invoice
Sold by: TechNova GmbH                              Invoice date / Delivery date 14.03.2025
Marktstraße 5, 20095 Hamburg, DE                   Invoice # DE5A1B2C3D4E
VAT # DE298765432

Billing address                      Shipping address
Lena Fischer                         Jonas Fischer
Bergstraße 12                        Hauptstraße 1
69115 Heidelberg                     69117 Heidelberg

Description                              Qty   Unit price    Item subtotal (incl. VAT)
USB-C Docking Station 12-in-1            1     €119.00       €119.00
USB-C cable 2 m                          2     €11.90        €23.80

Total (excl. VAT)   €120.00
VAT 19%             €22.80
Total (incl. VAT)   €142.80`);
    expect(inv).toMatchObject({
      invoiceNumber: 'DE5A1B2C3D4E',
      issueDate: '2025-03-14',
      seller: { name: 'TechNova GmbH', vatId: 'DE298765432' },
      buyer: { name: 'Lena Fischer', address: 'Bergstraße 12, 69115 Heidelberg' },
      total: '142.80',
    });
    expect(inv.warnings).toEqual([]);
  });

  it('finds the number under a lone title, a VAT id after a SIRET on the same line, and stops a labelled id at the next part of its line', () => {
    const fr = read(`Studio Kléber SAS
8 avenue Kléber, 75116 Paris
SIRET 812 345 678 00021 - TVA FR40812345678

                                             FACTURE
                                             N° F-2025-0042
                                             Date d'émission : 02/04/2025

Total HT     100,00 €
TVA 20 %      20,00 €
Total TTC    120,00 €`);
    expect(fr).toMatchObject({ invoiceNumber: 'F-2025-0042', seller: { name: 'Studio Kléber SAS', vatId: 'FR40812345678' } });
    const it = read(`Fattura n. 27/2025 del 15/04/2025

Mittente:                                     Destinatario:
Dott.ssa Chiara Neri                          Ristorante Il Faro S.r.l.
Via Garibaldi 11                              Via del Porto 9
16124 Genova (GE)                             16128 Genova (GE)
P.IVA 01234567890 - C.F. NRECHR80A41D969X     P.IVA 02345678901

Imponibile        1.000,00
IVA 22%             220,00
Totale fattura    1.220,00`);
    expect(it.seller).toMatchObject({ name: 'Dott.ssa Chiara Neri', vatId: '01234567890' });
    expect(it.buyer).toMatchObject({ name: 'Ristorante Il Faro S.r.l.', vatId: '02345678901' });
  });

  it('reads an HTML e-mail invoice: an address on several lines of one table cell beside its label, the seller in the footer, a greeting that is no letterhead', () => {
    const inv = read(
      htmlToText(`<h2>Invoice</h2><p>Hi Sam,</p><p>Here's your invoice from <b>Fieldnote Software Ltd</b>.</p>
<table><tr><td>Invoice number</td><td>FN-2025-1180</td></tr><tr><td>Billed to</td><td>Brightwater Dental Ltd<br>9 Harbour Walk<br>Cardiff CF10 4PA</td></tr></table>
<table><tr><th>Description</th><th>Qty</th><th>Price</th><th>Amount</th></tr><tr><td>Fieldnote Pro (annual)</td><td>3</td><td>£240.00</td><td>£720.00</td></tr></table>
<table><tr><td>Subtotal</td><td>£720.00</td></tr><tr><td>VAT (20%)</td><td>£144.00</td></tr><tr><td>Total due</td><td>£864.00</td></tr></table>
<p>Fieldnote Software Ltd · 22 Castle Street, Bristol BS1 3DX · VAT GB 312 8844 90 · Company no. 11223344</p>`),
    );
    expect(inv).toMatchObject({
      invoiceNumber: 'FN-2025-1180',
      seller: { name: 'Fieldnote Software Ltd', vatId: 'GB312884490', address: '22 Castle Street, Bristol BS1 3DX' },
      buyer: { name: 'Brightwater Dental Ltd', address: '9 Harbour Walk, Cardiff CF10 4PA' },
      total: '864.00',
    });
  });

  it('skips a salutation line over the name ("Familie", "Herrn") and takes a withholding tax off the total without a warning', () => {
    const de = read(`Malerbetrieb Krause · Lindenstr. 4 · 04109 Leipzig

Familie
Anna und Paul Weber
Rosenweg 12
04129 Leipzig

Rechnung 2025-0042
Nettobetrag        654,50 €`);
    expect(de.buyer).toMatchObject({ name: 'Anna und Paul Weber', address: 'Rosenweg 12, 04129 Leipzig' });
    const es = read(`FACTURA 2025-017
BASE IMPONIBLE      960,00 €
IVA 21%             201,60 €
IRPF -15%          -144,00 €
TOTAL FACTURA     1.017,60 €`);
    expect(es).toMatchObject({ subtotal: '960.00', taxTotal: '201.60', total: '1017.60' });
    expect(es.warnings.filter((w) => w.includes('≠'))).toEqual([]);
  });

  it('keeps a date column out of item descriptions (QuickBooks-style "DATE | ACTIVITY | DESCRIPTION")', () => {
    const inv = read(`DATE         ACTIVITY     DESCRIPTION                      QTY      RATE        AMOUNT
03/03/2025   Mowing       Weekly mowing, common areas      4        185.00      740.00

SUBTOTAL     740.00`);
    expect(inv.lineItems).toEqual([{ description: 'Mowing Weekly mowing, common areas', quantity: '4', unitPrice: '185.00', amount: '740.00' }]);
  });

  it('reads "Net" alone as the subtotal, but not "Net 30" payment terms, and several VAT rates as one tax total', () => {
    const uk = read(`INVOICE 2291
Terms: Net 30

Net                                     900.00
VAT 20%                                 180.00
Total                                 1,080.00
Less deposit paid                      -300.00
Balance to pay                          780.00`);
    expect(uk).toMatchObject({ subtotal: '900.00', taxTotal: '180.00', total: '1080.00', amountDue: '780.00' });
    const de = read(`Rechnung Nr. 4471
Summe netto                                   300,00 €
zzgl. 7 % USt auf 180,00                       12,60 €
zzgl. 19 % USt auf 120,00                      22,80 €
Gesamtbetrag                                  335,40 €`);
    expect(de).toMatchObject({ subtotal: '300.00', taxTotal: '35.40', total: '335.40' });
  });
});

describe('layouts printed from HTML', () => {
  const at = (text: string, x: number, y: number, size = 10) => ({ text, x, y, width: text.length * size * 0.5, height: size });

  it('reads a title over its number cell ("FATTURA" over "n. 27/2026 del 16/03/2026") as one: the number and the date', () => {
    const inv = extractFields(
      linesFromPositioned(
        [
          at('Tipografia Felsinea di Marco Bellini', 20, 60),
          at('FATTURA', 420, 60, 14),
          at('Via del Lavoro 41', 20, 76),
          at('n. 27/2026 del 16/03/2026', 400, 76),
          at('Totale documento', 300, 300),
          at('12.383,89', 420, 300),
        ],
        1,
      ),
      'text',
    );
    expect([inv.invoiceNumber, inv.issueDate]).toEqual(['27/2026', '2026-03-16']);
  });

  it("takes the number right under its label over a cell of another column on the label's line (a postcode in the seller's block)", () => {
    const stacked = extractFields(
      linesFromPositioned([at('Invoice Number', 300, 100), at('H91 P2X8', 420, 100), at('INV-0412', 300, 112), at('accounts@corribsigns.example', 420, 112), at('Total', 300, 300), at('5,735.60', 420, 300)], 1),
      'text',
    );
    expect(stacked.invoiceNumber).toBe('INV-0412');
    const inline = extractFields(
      linesFromPositioned([at('Invoice No.', 300, 100), at('RE-2026-77', 420, 100), at('Invoice Date', 300, 112), at('16 Mar 2026', 420, 112), at('Total', 300, 300), at('5,735.60', 420, 300)], 1),
      'text',
    );
    expect(inline.invoiceNumber).toBe('RE-2026-77');
  });

  it("follows an item table to the next page past its title and number lines and a two-line repeated heading, and takes the items' sum as the net when it adds up with the tax", () => {
    const heading = (y: number) => [at('Sl', 20, y), at('Description of Goods', 50, y), at('Quantity', 250, y), at('Rate', 320, y), at('GST', 380, y), at('Amount', 450, y)];
    const under = (y: number) => [at('No.', 20, y), at('Rate', 380, y)];
    const row = (y: number, n: string, what: string, qty: string, rate: string, amount: string) => [at(n, 20, y), at(what, 50, y), at(qty, 250, y), at(rate, 320, y), at('18 %', 380, y), at(amount, 450, y)];
    const page1 = linesFromPositioned(
      [at('Tax Invoice', 200, 40), at('Invoice No. SVF/25-26/1187', 20, 60), ...heading(100), ...under(112), ...row(130, '1', 'Hex Bolt M12', '1250 Nos', '14.80', '18,500.00'), ...row(148, '2', 'Hex Nut M12', '1250 Nos', '3.10', '3,875.00'), at('continued to page number 2', 300, 200)],
      1,
    );
    const page2 = linesFromPositioned(
      [
        at('Tax Invoice (Page 2)', 200, 40),
        at('Invoice No. SVF/25-26/1187', 20, 60),
        at('Dated 16-Mar-2026', 380, 60),
        ...heading(100),
        ...under(112),
        ...row(130, '3', 'Plain Washer M12', '2500 Nos', '0.95', '2,375.00'),
        at('Output CGST @ 9%', 50, 160), at('2,227.50', 450, 160),
        at('Output SGST @ 9%', 50, 178), at('2,227.50', 450, 178),
        at('Total', 50, 200), at('₹ 29,205.00', 440, 200),
      ],
      2,
      1000,
    );
    const inv = extractFields([...page1, ...page2], 'text');
    expect(inv.lineItems.map((item) => item.description)).toEqual(['Hex Bolt M12', 'Hex Nut M12', 'Plain Washer M12']);
    expect(inv).toMatchObject({ subtotal: '24750.00', taxTotal: '4455.00', total: '29205.00' });
  });

  it('takes a letterhead without its legal form, whose footer gives it, for the seller, not the customer with one further down', () => {
    const inv = extractFields(
      linesFromPositioned(
        [
          at('Usinage Lyonnais de Précision', 20, 60),
          at('FACTURE', 400, 72, 14),
          at('14 rue des Forges', 20, 84),
          at('69800 Saint-Priest', 20, 96),
          at('N° FA26-00318', 340, 96),
          at('Hydrauliques du Rhône SARL', 320, 150),
          at('7 allée des Frênes', 320, 162),
          at('69150 Décines-Charpieu', 320, 174),
          ...[at('Désignation', 20, 240), at('Qté', 300, 240), at('P.U. HT', 360, 240), at('Montant HT', 440, 240)],
          ...[at('Axe de vérin rectifié', 20, 258), at('12,00', 300, 258), at('148,60', 360, 258), at('1 783,20', 440, 258)],
          at('Total TTC', 360, 300),
          at('2 139,84', 440, 300),
          at('Usinage Lyonnais de Précision – SAS au capital de 20 000 € – TVA intracommunautaire FR25812345678', 40, 700, 7),
        ],
        1,
      ),
      'text',
    );
    expect(inv.seller.name).toMatch(/^Usinage Lyonnais de Précision/);
    expect(inv.buyer.name).toBe('Hydrauliques du Rhône SARL');
  });

  it('reads the number after the title in the top right corner beside the letterhead ("Fatura FT 2026A/118")', () => {
    const inv = extractFields(
      linesFromPositioned([at('Ferragens do Mondego, Lda.', 20, 60), at('Original', 450, 60), at('Rua da Sofia 211', 20, 76), at('Fatura FT 2026A/118', 360, 76), at('Total', 360, 300), at('1 024,50 €', 440, 300)], 1),
      'text',
    );
    expect(inv.invoiceNumber).toBe('FT 2026A/118');
  });

  it("reads a Greek customer form ('Επωνυμία | …', 'Διεύθυνση | …') by its values, not its labels", () => {
    const inv = extractFields(
      linesFromPositioned(
        [
          at('Μακεδονική Διανομή Τροφίμων Α.Ε.', 20, 60),
          at('ΤΙΜΟΛΟΓΙΟ ΠΩΛΗΣΗΣ', 380, 60),
          at('ΣΤΟΙΧΕΙΑ ΠΕΛΑΤΗ', 24, 200),
          at('Επωνυμία', 24, 222), at('Ξενοδοχείο Ακρόπολις Βιου Ο.Ε.', 110, 222),
          at('ΑΦΜ', 24, 237), at('997215300', 110, 237),
          at('Διεύθυνση', 24, 252), at('Ροβέρτου Γκάλλι 41', 110, 252),
          at('Σύνολο', 360, 400), at('2.732,00', 440, 400),
        ],
        1,
      ),
      'text',
    );
    expect(inv.buyer.name).toBe('Ξενοδοχείο Ακρόπολις Βιου Ο.Ε.');
  });

  it('reads letter-spaced headings (CSS letter-spacing) as their words', () => {
    expect(withoutLetterSpacing('N ° D E FA C T U R E')).toBe('N°DEFACTURE');
    expect(withoutLetterSpacing('É C H É A N C E')).toBe('ÉCHÉANCE');
    expect(withoutLetterSpacing('D AT E')).toBe('DATE');
    // two glyphs, digits and ordinary words stay as they are
    expect(withoutLetterSpacing('D E')).toBe('D E');
    expect(withoutLetterSpacing('1 2 3 4')).toBe('1 2 3 4');
    expect(withoutLetterSpacing('photo · graphisme · web')).toBe('photo · graphisme · web');
    const inv = extractFields(
      linesFromPositioned([at(withoutLetterSpacing('N ° D E FA C T U R E'), 200, 100, 7), at(withoutLetterSpacing('É C H É A N C E'), 300, 100, 7), at('F2025-0042', 200, 112), at('30-03-2025', 300, 112)], 1),
      'text',
    );
    expect(inv).toMatchObject({ invoiceNumber: 'F2025-0042', dueDate: '2025-03-30' });
  });

  it('skips the translation of a bilingual label, and prices "$" in the dollar the document names', () => {
    const inv = read(`Traductions Boréal inc.
N° de facture / Invoice no.     TB-2025-0042
Date d'échéance / Due date      2025-02-14
Sous-total / Subtotal           2 212,00 $
TPS / GST : 812345678 RT0001
TPS / GST (5 %)                 110,60 $
TVQ / QST (9,975 %)             220,65 $
Total des taxes / Total taxes   331,25 $
Total (CAD)                     2 543,25 $`);
    expect(inv).toMatchObject({ invoiceNumber: 'TB-2025-0042', dueDate: '2025-02-14', currency: 'CAD', subtotal: '2212.00', taxTotal: '331.25', total: '2543.25' });
  });

  it('pairs a row of total labels with the row of values under it cell for cell, even right-aligned', () => {
    const inv = extractFields(
      linesFromPositioned([at('Exkl. moms', 20, 500), at('Moms 25 %', 80, 500), at('Valuta', 140, 500), at('Att betala', 200, 500), at('33 202,50', 52, 512), at('8 300,63', 112, 512), at('SEK', 170, 512), at('41 503,13', 230, 512)], 1),
      'text',
    );
    expect(inv).toMatchObject({ subtotal: '33202.50', taxTotal: '8300.63', total: '41503.13' });
  });

  it('takes the sums from the total row of a VAT summary table, not from its first rate', () => {
    const inv = read(`Sprzedawca: Drukarnia Wisła Sp. z o.o.
Faktura VAT nr FV/2025/04/0147
Sposób płatności: przelew       Stawka VAT   Wartość netto   Kwota VAT   Wartość brutto
Termin płatności: 2025-05-14    23%          4 628,00        1 064,44    5 692,44
Bank: Santander                 5%           6 300,00        315,00      6 615,00
Numer konta: PL61 1090          Razem        10 928,00       1 379,44    12 307,44`);
    expect(inv).toMatchObject({ subtotal: '10928.00', taxTotal: '1379.44', total: '12307.44' });
  });

  it('reads net and tax from a "Total" row of two sums when the amount to pay adds them up (Romanian table footer)', () => {
    const inv = read(`Număr factură:   PDL-0482
Data emiterii:   25.06.2025
Data scadenței:  25.07.2025
Semnătura       Total            4.134,00    785,46
                Total de plată   4.919,46 lei`);
    expect(inv).toMatchObject({ invoiceNumber: 'PDL-0482', issueDate: '2025-06-25', dueDate: '2025-07-25', subtotal: '4134.00', taxTotal: '785.46', total: '4919.46' });
  });
});

describe('item tables printed from HTML', () => {
  it('reads a quantity column before the description and stops at a total that a discount qualifies', () => {
    const inv = read(`Qty   Description                 Unit Price    GST    Amount
6.5   Labour (hrs)                95.00         10%    617.50
12    LED downlight 10W           24.50         10%    294.00
1     Call-out fee                80.00         10%    80.00
                  Total before discount                991.50
                  Less 10% loyalty discount            -99.15`);
    expect(inv.lineItems).toEqual([
      { description: 'Labour (hrs)', quantity: '6.5', unitPrice: '95.00', amount: '617.50' },
      { description: 'LED downlight 10W', quantity: '12', unitPrice: '24.50', amount: '294.00' },
      { description: 'Call-out fee', quantity: '1', unitPrice: '80.00', amount: '80.00' },
    ]);
  });

  it('keeps a sidebar beside the table out of it, and reads a price with its VAT rate in one cell', () => {
    const inv = read(`CONTACT
                    DESCRIPTION                      QTÉ      PRIX UNITAIRE      TOTAL HTVA
+32 2 640 18 77
                    Shooting photo                   1        650,00 € 21 %      650,00 €
bonjour@lumen.be
www.lumen.be        Retouche photo, par image        24       18,50 € 21 %       444,00 €`);
    expect(inv.lineItems).toEqual([
      { description: 'Shooting photo', quantity: '1', unitPrice: '650.00', amount: '650.00' },
      { description: 'Retouche photo, par image', quantity: '24', unitPrice: '18.50', amount: '444.00' },
    ]);
  });

  it('reads Czech, Finnish and Romanian column headings and amounts written with their currency sign', () => {
    const cz = read(`Označení dodávky                  Počet m.j.   Cena za m.j.   DPH    Celkem bez DPH
Vývoj e-shopu – etapa 2           42,5 hod     1 250,00       21 %   53 125,00
Hosting a správa serveru          1 měs.       890,00         21 %   890,00`);
    expect(cz.lineItems).toEqual([
      { description: 'Vývoj e-shopu – etapa 2', quantity: '42.5', unitPrice: '1250.00', amount: '53125.00' },
      { description: 'Hosting a správa serveru', quantity: '1', unitPrice: '890.00', amount: '890.00' },
    ]);
    const fi = read(`Kuvaus                        Määrä Yks.   À-hinta   Alv %   Veroton yhteensä
Lounasbuffet                  45 hlö       24,90     14      1 120,50
Tarjoiluhenkilökunta          12 h         42,00     25,5    504,00`);
    expect(fi.lineItems.map((item) => item.amount)).toEqual(['1120.50', '504.00']);
    const br = read(`Item   Descrição                       Qtd.   Valor unitário   Valor total
01     Gestão de redes sociais          1      R$ 3.200,00      R$ 3.200,00
02     Produção de vídeo curto          4      R$ 450,00        R$ 1.800,00`);
    expect(br.lineItems).toEqual([
      { description: 'Gestão de redes sociais', quantity: '1', unitPrice: '3200.00', amount: '3200.00' },
      { description: 'Produção de vídeo curto', quantity: '4', unitPrice: '450.00', amount: '1800.00' },
    ]);
  });

  it('joins a description wrapped under its row when the heading is indented from the rows, and stops at a totals row under the columns', () => {
    const inv = read(`Lp.     Nazwa towaru lub usługi             Ilość   Cena    Wartość netto   Stawka   Kwota VAT   Wartość brutto
1   Ulotki A5, druk 4+4                         5 000   0,18    900,00          23%      207,00      1 107,00
2   Wizytówki 90×50 mm, folia                   10      38,00   380,00          23%      87,40       467,40
    matowa
3   Roll-up 85×200 cm                           2       219,00  438,00          23%      100,74      538,74
                                         Razem:                 1 718,00        X        395,14      2 112,74`);
    expect(inv.lineItems).toEqual([
      { description: 'Ulotki A5, druk 4+4', quantity: '5000', unitPrice: '0.18', amount: '900.00' },
      { description: 'Wizytówki 90×50 mm, folia matowa', quantity: '10', unitPrice: '38.00', amount: '380.00' },
      { description: 'Roll-up 85×200 cm', quantity: '2', unitPrice: '219.00', amount: '438.00' },
    ]);
  });

  it('follows a table over a page footer to its header repeated on the next page, but not an item that names a tax', () => {
    const header = 'Pos.  Bezeichnung                    Menge   Einzelpreis   Total CHF';
    const page1 = linesFromPlainText(`${header}
1     Shimano Kette CN-M6100         10      39.90         399.00
2     MVA-melding 3. termin          1       2 400.00      2 400.00
Pedalwerk AG · Industriestrasse 21, 8404 Winterthur · CHE-283.104.773 MWST      Seite 1 von 2`);
    const page2 = linesFromPlainText(`${header}
3     Schwalbe Schlauch SV20         20      7.90          158.00
                                     Total CHF                    2 957.00`, 2).map((line) => ({ ...line, y: line.y + 100 }));
    const inv = extractFields([...page1, ...page2], 'text');
    expect(inv.lineItems.map((item) => item.description)).toEqual(['Shimano Kette CN-M6100', 'MVA-melding 3. termin', 'Schwalbe Schlauch SV20']);
  });
});

describe('parties without labels, or with labels in more languages', () => {
  it('tells the issuer from the addressee when two company blocks stand side by side: the issuer prints its ids and contacts', () => {
    const inv = read(`POHJOLAN PITOPALVELU                                 LASKU

Insinööritoimisto Kallio Oy                          Pohjolan Pitopalvelu Oy
Hämeenkatu 20 B 14                                   Satamakatu 7
33200 Tampere                                        40100 Jyväskylä
                                                     Y-tunnus 2847561-4 · ALV-tunniste FI28475614
                                                     laskutus@pohjolanpito.fi · puh. 014 123 4560`);
    expect(inv.seller).toMatchObject({ name: 'Pohjolan Pitopalvelu Oy', vatId: 'FI28475614', address: 'Satamakatu 7, 40100 Jyväskylä' });
    expect(inv.buyer).toMatchObject({ name: 'Insinööritoimisto Kallio Oy', address: 'Hämeenkatu 20 B 14, 33200 Tampere' });
  });

  it('reads a sender line written with commas over the window address', () => {
    const inv = read(`PEDALWERK
                          Pedalwerk AG, Industriestrasse 21, 8404 Winterthur
                          Velowerkstatt Rütli GmbH
                          Bahnhofstrasse 8
                          6440 Brunnen

Rechnung
Rechnungsnummer   100234871   Lieferadresse:
Rechnungsdatum    11.03.2025  Velowerkstatt Rütli GmbH
                              Gersauerstrasse 31
                              6440 Brunnen`);
    expect(inv.seller).toMatchObject({ name: 'Pedalwerk AG', address: 'Industriestrasse 21, 8404 Winterthur' });
    expect(inv.buyer).toMatchObject({ name: 'Velowerkstatt Rütli GmbH', address: 'Bahnhofstrasse 8, 6440 Brunnen' });
  });

  it("keeps a party's organisation number in its block and a title across the page out of a label's value", () => {
    const no = read(`Nordlys Regnskap AS                                   FAKTURA
Autorisert regnskapsførerselskap

Fiskebrygga Restaurant AS                             Fakturanr.   2025-0388
Sjøgata 2                                             Fakturadato  19.08.2025
8006 Bodø
Org.nr. 923 118 543 MVA
faktura@fiskebrygga.no

Nordlys Regnskap AS · Storgata 41, 9008 Tromsø        Org.nr. 918 476 326 MVA`);
    expect(no.seller).toMatchObject({ name: 'Nordlys Regnskap AS', vatId: 'NO918476326MVA', address: null });
    expect(no.buyer).toMatchObject({ name: 'Fiskebrygga Restaurant AS', vatId: 'NO923118543MVA', email: 'faktura@fiskebrygga.no' });
    const ro = read(`Furnizor                                              FACTURĂ
Service Auto Bârsa SRL
Nr. Reg. Com.: J08/1234/2013
CIF: RO31245787
Sediul: Str. Zizinului nr. 112, Brașov 500407`);
    expect(ro.seller).toMatchObject({ name: 'Service Auto Bârsa SRL', vatId: 'RO31245787', address: 'Str. Zizinului nr. 112, Brașov 500407' });
  });

  it('reads a bilingual party heading, a Brazilian "tomador", a Canadian GST number and a name with a number', () => {
    const ca = read(`Traductions Boréal inc.
1450, rue Saint-Denis, bureau 300
Montréal (Québec) H2X 3J8

FACTURER À / BILL TO                              NUMÉROS DE TAXES / TAX NUMBERS
Clinique vétérinaire Saint-Laurent inc.           TPS / GST : 812345678 RT0001
455, boulevard Saint-Laurent                      TVQ / QST : 1221234567 TQ0001
Montréal (Québec) H2Y 2Y7`);
    expect(ca.buyer.name).toBe('Clinique vétérinaire Saint-Laurent inc.');
    expect(ca.seller.vatId).toBe('812345678RT0001');
    const br = read(`Maré Alta Comunicação Ltda.
CNPJ: 34.512.876/0001-39

TOMADOR DE SERVIÇOS
Empório Serra Verde Alimentos Ltda.
CNPJ: 18.745.032/0001-81
Av. Brasil, 2310`);
    expect(br.buyer).toMatchObject({ name: 'Empório Serra Verde Alimentos Ltda.', vatId: '18745032/0001-81' });
    expect(br.seller.vatId).toBe('34512876/0001-39');
    const se = read(`FS Fjällström Snickeri                                  FAKTURA
                                                        Fakturadatum   2025-05-06


                                                        Brf Linden 4
Er referens: Karin Ek                                   Lindvägen 4 B
Vår referens: Olle Fjällström                           171 64 Solna`);
    expect(se.buyer).toMatchObject({ name: 'Brf Linden 4', address: 'Lindvägen 4 B, 171 64 Solna' });
  });

  it("takes a party's VAT number with its country code over a tax number without one", () => {
    const inv = read(`Dodávateľ:
Stavebniny Horák s.r.o.
Priemyselná 14
917 01 Trnava
IČO: 36512346
DIČ: 2020187653
IČ DPH: SK2020187653`);
    expect(inv.seller).toMatchObject({ name: 'Stavebniny Horák s.r.o.', vatId: 'SK2020187653' });
  });
});

describe('totals, numbers and parties of spreadsheet invoices in more countries', () => {
  it('adds per-rate taxes when no tax total is printed, also one added on top of a base that includes shipping', () => {
    const inv = read(`Imkerei Auer KG
Dorfplatz 3, 5020 Salzburg
Rechnung Nr. 2026-118

Pos  Bezeichnung             Menge   Einzelpreis   Gesamtpreis
1    Waldhonig 500 g         10      8,00 €        80,00 €
2    Met 0,75 l              4       15,00 €       60,00 €

                         Gesamtbetrag netto           150,00 €
                         zzgl. 10 % USt.               8,00 €
                         zzgl. 20 % USt. (inkl. Versand)  14,00 €
                         Gesamtbetrag brutto          172,00 €`);
    expect(inv).toMatchObject({ subtotal: '150.00', taxTotal: '22.00', total: '172.00' });
  });

  it('reads "without VAT" as the net sum and "with VAT" as the total in Slovenian and Slovak, and not a heading over the first item row as a tax', () => {
    const sl = read(`Skupaj brez DDV        200,00
DDV 22 %                44,00
Skupaj z DDV           244,00`);
    expect(sl).toMatchObject({ subtotal: '200.00', taxTotal: '44.00', total: '244.00' });
    const sk = read(`P. č.  Názov položky        Množstvo          Spolu bez DPH
                                            DPH
1      Tehla                  100      2,00 €     200,00 €
                 Základ dane 23 %              200,00 €
                 DPH 23 %                       46,00 €
                 Celkom s DPH                  246,00 €`);
    expect(sk).toMatchObject({ subtotal: '200.00', taxTotal: '46.00', total: '246.00' });
  });

  it('reads a credit note\'s bare "N°", a series code before the number and a CFDI series and folio', () => {
    expect(read(`Papeterie Rollin S.à r.l.                     NOTE DE CRÉDIT
12, rue Haute
L-1234 Luxembourg                             N° : AV-2026-0031`).invoiceNumber).toBe('AV-2026-0031');
    expect(read('Fatura n.º: FR B2026/77').invoiceNumber).toBe('FR B2026/77');
    expect(read(`Agência Litoral Ltda.                 FATURA DE SERVIÇOS
Rua Augusta, 100                             Nº
São Paulo/SP                               000915`).invoiceNumber).toBe('000915');
    expect(read('Serie y folio: C-2210').invoiceNumber).toBe('C-2210');
  });

  it('takes the payer, the Turkish "SAYIN" and the CFDI receptor for the buyer, and Estonian, Turkish and Mexican legal forms for the seller', () => {
    const ee = read(`Valge Laev OÜ                                   ARVE
Pikk 12, 10123 Tallinn

Maksja
Järvi Kala AS
Sadama 4, 80010 Pärnu`);
    expect(ee.seller.name).toBe('Valge Laev OÜ');
    expect(ee.buyer.name).toBe('Järvi Kala AS');
    expect(read(`SAYIN
Mavi Deniz Turizm A.Ş.
Liman Cad. No: 5
07100 Antalya`).buyer.name).toBe('Mavi Deniz Turizm A.Ş.');
    expect(read('Receptor: Tortillería La Güera, S.A. de C.V.').buyer.name).toBe('Tortillería La Güera, S.A. de C.V.');
  });

  it('reads a GSTIN with its "/UIN", a heading with a gloss ("Buyer (Bill to)") and Indian grouping in the totals', () => {
    const inv = read(`Lotus Printers Pvt. Ltd.                    TAX INVOICE
GSTIN/UIN: 27AAACL1234F1Z5

Buyer (Bill to)
Ganga Traders LLP
12, MG Road, Pune 411001

                      Taxable Value      1,20,000.00
                      CGST @ 9%            10,800.00
                      SGST @ 9%            10,800.00
                      Grand Total        1,41,600.00`);
    expect(inv).toMatchObject({ subtotal: '120000.00', taxTotal: '21600.00', total: '141600.00', seller: { vatId: '27AAACL1234F1Z5' }, buyer: { name: 'Ganga Traders LLP' } });
  });

  it('reads the rand sign, and items priced in whole forints with a description wrapped around its row', () => {
    expect(read(`Total excl. VAT   R 1 000.00
VAT 15 %          R 150.00
Total             R 1 150.00`).currency).toBe('ZAR');
    const hu = read(`Megnevezés              Menny.  Me.   Egységár    Nettó érték   ÁFA   Bruttó érték
Irodaszék ergonomikus,
                        2       db    45 000 Ft   90 000 Ft     27%   114 300 Ft
fekete
Asztali lámpa           3       db    5 000 Ft    15 000 Ft     27%   19 050 Ft
                                                 Nettó összesen       105 000 Ft`);
    expect(hu.lineItems).toEqual([
      { description: 'Irodaszék ergonomikus, fekete', quantity: '2', unitPrice: '45000', amount: '90000' },
      { description: 'Asztali lámpa', quantity: '3', unitPrice: '5000', amount: '15000' },
    ]);
  });

  it('reads cells wrapped onto lines of their own: a unit under its heading, a description line with a number in it, a heading\'s second line on the next page', () => {
    const mx = read(`Clave       Cantidad  Clave unidad    Descripción                   Valor unit.   Importe
84111500    1         E48 Unidad de   Servicio de contabilidad      $1,000.00     $1,000.00
                      servicio
                      E48 Unidad de   Declaración informativa de
84111500    2                                                       $500.00       $1,000.00
                      servicio        operaciones con terceros
                                                      Subtotal                    $2,000.00`);
    expect(mx.lineItems.map((item) => [item.description, item.quantity, item.amount])).toEqual([
      ['Servicio de contabilidad', '1', '1000.00'],
      ['Declaración informativa de operaciones con terceros', '2', '1000.00'],
    ]);
    const pt = read(`Código  Descrição                      Qtd.    Preço unit.   Valor
        Azeite Virgem Extra DOP
AZ075                                  48 UN   8,90 €        427,20 €
        0,75 L
CS120   Conserva de sardinha 120 g     120 UN  2,35 €        282,00 €
                                               Total ilíquido   709,20 €`);
    expect(pt.lineItems.map((item) => item.description)).toEqual(['Azeite Virgem Extra DOP 0,75 L', 'Conserva de sardinha 120 g']);
    const header = `                                                         Cijena
R.br.  Šifra     Naziv artikla           Jed.   Kol.          Iznos
                                                         (EUR)`;
    const page1 = linesFromPlainText(`${header}
1      KAB-1     Kabel NYM-J 3x1,5       kol    6      62,40  374,40
                                                              Stranica 1 od 2`);
    const page2 = linesFromPlainText(`${header}
2      DOS-1     Dostava Zagreb          usl    1      45,00  45,00
                              Ukupno bez PDV-a                419,40`, 2).map((line) => ({ ...line, y: line.y + 100 }));
    expect(extractFields([...page1, ...page2], 'text').lineItems.map((item) => item.description)).toEqual(['Kabel NYM-J 3x1,5', 'Dostava Zagreb']);
  });

  it('takes no legal form from an e-mail address (".eu" is no e.U.): the letterhead is the first line', () => {
    const inv = read(`Arch. Paolo Neri                                   FATTURA
Via Roma 3
20121 Milano (MI)
PEC: paolo.neri@archpec.eu

Spett.le
Costruzioni Bassi S.r.l.
Via Po 8
20122 Milano (MI)`);
    expect(inv.seller.name).toBe('Arch. Paolo Neri');
  });
});

describe('invoices in Greek, Cyrillic and Japanese, and signs and marks around amounts', () => {
  it('reads a Greek invoice: number with Greek letters, ΑΦΜ, net value, ΦΠΑ per rate, the amount to pay', () => {
    const inv = read(`Αφοί Νικολάου Ο.Ε.                          ΤΙΜΟΛΟΓΙΟ ΠΩΛΗΣΗΣ
Ερμού 12, 10563 Αθήνα                       Αρ. Παραστατικού: ΤΠΑ-0042
ΑΦΜ: 099812341                              Ημερομηνία: 05/11/2026

ΣΤΟΙΧΕΙΑ ΠΕΛΑΤΗ
Κυκλάδες Ξενοδοχεία Α.Ε.
Παραλία 3, 84700 Θήρα

                    Σύνολο καθαρής αξίας        1.000,00 €
                    ΦΠΑ 13%                        130,00 €
                    Συνολική αξία                1.130,00 €
                    ΠΛΗΡΩΤΕΟ ΠΟΣΟ                1.130,00 €`);
    expect(inv).toMatchObject({ invoiceNumber: 'ΤΠΑ-0042', issueDate: '2026-11-05', subtotal: '1000.00', taxTotal: '130.00', total: '1130.00', amountDue: '1130.00', seller: { name: 'Αφοί Νικολάου Ο.Ε.' }, buyer: { name: 'Κυκλάδες Ξενοδοχεία Α.Ε.' } });
  });

  it('reads a Bulgarian invoice: "№" before the number, Cyrillic dates, tax base, VAT and the sum to pay', () => {
    const inv = read(`ФАКТУРА
№ 0000000815      Дата на издаване: 03.11.2026 г.

ПОЛУЧАТЕЛ                      ДОСТАВЧИК
Марица Търговия АД             Балкан Софт ЕООД

                   Данъчна основа 20 %        500,00 €
                   Начислен ДДС 20 %          100,00 €
                   Сума за плащане            600,00 €`);
    expect(inv).toMatchObject({ invoiceNumber: '0000000815', issueDate: '2026-11-03', subtotal: '500.00', taxTotal: '100.00', total: '600.00', buyer: { name: 'Марица Търговия АД' }, seller: { name: 'Балкан Софт ЕООД' } });
  });

  it('reads Japanese and Latvian dates, a yen sum closed by a dash, a minus before the euro sign and a dollar named by its country', () => {
    const jp = read(`請求日      2026年11月5日
お支払期限  2026年11月30日
ご請求金額（税込）   ¥107,743-`);
    expect(jp).toMatchObject({ issueDate: '2026-11-05', dueDate: '2026-11-30', amountDue: '107743' });
    expect(read('Rēķina datums: 2026. gada 6. novembris').issueDate).toBe('2026-11-06');
    const credit = read(`Subtotaal                      -€ 100,00
21% btw over -€ 100,00          -€ 21,00
Totaal                         -€ 121,00`);
    expect(credit).toMatchObject({ subtotal: '-100.00', taxTotal: '-21.00', total: '-121.00' });
    const sg = read(`Sub-Total              S$1,000.00
Add: GST @ 9%             S$90.00
Total Amount Payable   S$1,090.00`);
    expect(sg).toMatchObject({ subtotal: '1000.00', taxTotal: '90.00', amountDue: '1090.00' });
  });

  it('reads look-alike code points as the characters they stand for (Kangxi radicals, full-width digits), and leaves "mm²" alone', () => {
    expect(compatibilityForms('2026年11⽉5⽇ ⾦額 １２ mm² 配送料（冷蔵便）')).toBe('2026年11月5日 金額 12 mm² 配送料（冷蔵便）');
  });

  it('takes the addressee named with "御中" for the buyer, the company with 株式会社 for the seller', () => {
    const inv = read(`合同会社ひかりカフェ  御中                    請求日  2026年11月5日

                                   株式会社やまと食品
                                   登録番号：T3120001194735`);
    expect(inv.buyer.name).toBe('合同会社ひかりカフェ');
    expect(inv.seller).toMatchObject({ name: '株式会社やまと食品', vatId: 'T3120001194735' });
  });

  it('finds the window address under the sender line when the meta block beside it comes first, and takes the footer VAT number over a tax number', () => {
    const lines = [
      ...linesFromPositioned([{ text: 'Nordlicht Verlag GmbH · Am Speicher 4 · 28217 Bremen', x: 60, y: 100, width: 220, height: 8 }], 1),
      ...linesFromPositioned([{ text: 'Rechnungsnr.', x: 300, y: 110, width: 50, height: 10 }, { text: 'RE-2026-0417', x: 400, y: 110, width: 50, height: 10 }], 1),
      ...linesFromPositioned([{ text: 'Stadtwerke Oldenburg GmbH', x: 60, y: 111, width: 120, height: 10 }], 1),
      ...linesFromPositioned([{ text: 'Bahnhofstraße 41', x: 60, y: 122, width: 80, height: 10 }], 1),
      ...linesFromPositioned([{ text: '26122 Oldenburg', x: 60, y: 133, width: 80, height: 10 }], 1),
      ...linesFromPositioned([{ text: 'Steuernummer 60/145/23817', x: 60, y: 700, width: 120, height: 8 }], 1),
      ...linesFromPositioned([{ text: 'USt-IdNr. DE284719361', x: 60, y: 712, width: 120, height: 8 }], 1),
    ];
    const inv = extractFields(lines, 'text');
    expect(inv.buyer.name).toBe('Stadtwerke Oldenburg GmbH');
    expect(inv.seller).toMatchObject({ name: 'Nordlicht Verlag GmbH', vatId: 'DE284719361' });
  });

  it('reads no VAT (and the total as the net sum) where the seller charges none, and no amount from a cited article', () => {
    const fr = read(`Total HT                 2 728,40 €
Total TTC                2 728,40 €
TVA non applicable, art. 293 B du CGI`);
    expect(fr).toMatchObject({ subtotal: '2728.40', taxTotal: '0.00', total: '2728.40' });
    const cz = read(`Nejsem plátce DPH.
Celkem k úhradě          80 560,00 Kč`);
    expect(cz).toMatchObject({ subtotal: '80560.00', taxTotal: '0.00', total: '80560.00' });
  });

  it('takes the company with "L.L.C." for the seller, not the account holder of the bank details', () => {
    const inv = read(`Dune Crest Trading L.L.C.
Warehouse 14, Al Quoz, Dubai
TRN: 100384726500003

Bill To
Gulf Harbour Hospitality L.L.C.
Dubai Marina

Bank: Emirates Commercial Bank · Account name: Dune Crest Trading L.L.C.`);
    expect(inv.seller).toMatchObject({ name: 'Dune Crest Trading L.L.C.', vatId: '100384726500003' });
  });

  it('reads party blocks laid out as a form (a label and its value beside it), Latvian dates and Spanish "UNIDADES"/"SUBTOTAL" columns', () => {
    const lv = read(`PVN rēķins Nr. DK-2026/1190                Datums: 2026. gada 6. novembris
                                           Apmaksāt līdz 2026. gada 20. novembrim
Piegādātājs                              Saņēmējs
Nosaukums     SIA Jūras Loģistika        Nosaukums     AS Rīgas Maiznīca
PVN reģ. Nr.  LV40003817241              PVN reģ. Nr.  LV40003756182`);
    expect(lv).toMatchObject({ issueDate: '2026-11-06', dueDate: '2026-11-20', seller: { name: 'SIA Jūras Loģistika', vatId: 'LV40003817241' }, buyer: { name: 'AS Rīgas Maiznīca', vatId: 'LV40003756182' } });
    const es = read(`CONCEPTO                          PRECIO     UNIDADES     SUBTOTAL    IVA     TOTAL
Desarrollo web                    45,00 €         32     1.440,00 €    21%   1.742,40 €`);
    expect(es.lineItems).toEqual([{ description: 'Desarrollo web', quantity: '32', unitPrice: '45.00', amount: '1440.00' }]);
  });

  it('reads a VAT summary whose total row starts with a label left of the headings ("Razem | 42 054,00 | …")', () => {
    const inv = read(`                    Wartość netto   Stawka VAT   Kwota VAT   Wartość brutto
                        33 234,00       23%       7 643,82        40 877,82
                         8 820,00        8%         705,60         9 525,60
    Razem               42 054,00                 8 349,42        50 403,42`);
    expect(inv).toMatchObject({ subtotal: '42054.00', taxTotal: '8349.42', total: '50403.42' });
  });

  it('reads yen item rows written without decimals, and leaves a reduced-rate mark ("※") out of the description', () => {
    const inv = read(`No.   品名                      数量   単位    単価      金額
1     ※   国産こしひかり 10kg      5     袋     5,980    29,900
2         業務用ラップ 30cm×50m    10     本       560     5,600`);
    expect(inv.lineItems).toEqual([
      { description: '国産こしひかり 10kg', quantity: '5', unitPrice: '5980', amount: '29900' },
      { description: '業務用ラップ 30cm×50m', quantity: '10', unitPrice: '560', amount: '5600' },
    ]);
  });

  it('reads a table heading printed as two lines a little apart as one heading', () => {
    const lines = [
      ...linesFromPositioned([{ text: 'Ед. цена', x: 400, y: 100, width: 40, height: 10 }, { text: 'Стойност', x: 470, y: 100, width: 45, height: 10 }], 1),
      ...linesFromPositioned(
        [
          { text: '№', x: 40, y: 106, width: 8, height: 10 },
          { text: 'Наименование', x: 70, y: 106, width: 70, height: 10 },
          { text: 'Количество', x: 330, y: 106, width: 55, height: 10 },
        ],
        1,
      ),
      ...linesFromPositioned(
        [
          { text: '1', x: 40, y: 125, width: 5, height: 10 },
          { text: 'Абонамент', x: 70, y: 125, width: 60, height: 10 },
          { text: '2', x: 370, y: 125, width: 5, height: 10 },
          { text: '15,00', x: 410, y: 125, width: 28, height: 10 },
          { text: '30,00', x: 480, y: 125, width: 28, height: 10 },
        ],
        1,
      ),
    ];
    expect(extractFields(lines, 'text').lineItems).toEqual([{ description: 'Абонамент', quantity: '2', unitPrice: '15.00', amount: '30.00' }]);
  });
});


describe('payment terms, shop-order tables and registration numbers', () => {
  it('takes the due date from a payment-terms sentence that wraps, and not from a delivery sentence', () => {
    const inv = read(`Hafenlicht Verlag GmbH
Rechnung Nr. RE-2026-0417
Rechnungsdatum   05.11.2026

Pos.   Beschreibung        Menge   Einzelpreis   Gesamtpreis
1      Lektorat            142     4,80 €        681,60 €

Gesamtbetrag netto   681,60 €
zzgl. Umsatzsteuer 19 %   129,50 €
Gesamtbetrag brutto   811,10 €
Zahlungsbedingungen: Zahlung innerhalb von 14 Tagen ohne Abzug. Bitte überweisen Sie den
Rechnungsbetrag unter Angabe der Rechnungsnummer bis zum 19.11.2026 auf das unten genannte Konto.`);
    expect(inv.issueDate).toBe('2026-11-05');
    expect(inv.dueDate).toBe('2026-11-19');

    const delivery = read(`Invoice No. 118
Invoice date: 02/11/2026
Delivery by 20/11/2026 to the site entrance.
Total   EUR 120.00`);
    expect(delivery.dueDate).toBeNull();
    expect(read(`Invoice No. 118\nInvoice date: 2 November 2026\nPlease pay by 30 November 2026 to the account below.\nTotal   EUR 120.00`).dueDate).toBe('2026-11-30');
  });

  it('reads a shop order whose one price column is the line total, numbers not under their headings, SKU lines left out', () => {
    const inv = read(`Hedgerow & Hive Ltd
INVOICE
Invoice Number:   HH-2026-01048

Product                                  Quantity     Price
Cedar National Beehive, flat-packed                 2       £296.00
SKU: HH-NAT-CDR
Stainless steel bee smoker, large                   1        £27.50
SKU: HH-SMK-L

Subtotal   £323.50
Total   £323.50`);
    expect(inv.lineItems).toEqual([
      { description: 'Cedar National Beehive, flat-packed', quantity: '2', unitPrice: null, amount: '296.00' },
      { description: 'Stainless steel bee smoker, large', quantity: '1', unitPrice: null, amount: '27.50' },
    ]);
  });

  it('keeps a unit price heading as the unit price, and a unit and VAT rate printed with the quantity out of the description', () => {
    const inv = read(`Rechnung Nr. 7
Beschreibung                               Menge Einheit   USt.   Einzelpreis   Gesamtpreis
Umschlaggestaltung inkl. 2 Korrekturen     1 pauschal 19 %        450,00 €      450,00 €
Bildrechte Agenturfotos                    7 Stk.        19 %     35,00 €       245,00 €
Gesamtbetrag netto   695,00 €`);
    expect(inv.lineItems).toEqual([
      { description: 'Umschlaggestaltung inkl. 2 Korrekturen', quantity: '1', unitPrice: '450.00', amount: '450.00' },
      { description: 'Bildrechte Agenturfotos', quantity: '7', unitPrice: '35.00', amount: '245.00' },
    ]);
  });

  it('does not take a SIRET (a company register number) for the VAT id', () => {
    const inv = read(`Camille Roussel EI
SIRET : 914 382 072 00025
FACTURE N° 2026-031
Date : 13/11/2026
TVA non applicable, art. 293 B du CGI
Total   1 250,00 €`);
    expect(inv.seller.vatId).toBeNull();
  });
});

describe('a Canadian order invoice', () => {
  it('reads the GST/HST registration number, adds the provincial sales tax to the GST, and reads an outstanding amount of zero', () => {
    const inv = read(`Northshore Paddle Co. Ltd.
GST/HST Reg. No. 784512360 RT0001        Invoice date: Nov 3, 2026
PST No. PST-1084-6629
Invoice #1047

Subtotal                 $100.00
GST 5%                     $5.00
BC PST 7%                  $7.00
Total                    $112.00 CAD
Total paid               $112.00
Outstanding amount         $0.00`);
    expect(inv.seller.vatId?.replace(/\s/g, '')).toBe('784512360RT0001');
    expect(inv).toMatchObject({ subtotal: '100.00', taxTotal: '12.00', total: '112.00', amountDue: '0.00', currency: 'CAD' });
  });
});

describe('a meta column of labels with their values under or beside them', () => {
  it("reads the seller's ABN printed under its label, and a buyer named beside 'Customer' over another label", () => {
    const inv = read(`TAX INVOICE                 Invoice Date              Southern Cross Supply Pty Ltd
                            9 Nov 2026                Unit 3, 27 Tannery Lane
                            ABN                       Brunswick VIC 3056
                            75 248 175 360

Description                 Quantity   Unit Price   Amount AUD
Full cream milk 2 L         48.00      3.10         148.80

TOTAL AUD                                           148.80

PAYMENT ADVICE              Customer                  Little Lantern Hospitality Pty Ltd
                            Invoice Number            INV-20931
                            Amount Due                148.80`);
    expect(inv.seller.vatId?.replace(/\s/g, '')).toBe('75248175360');
    expect(inv.buyer.name).toBe('Little Lantern Hospitality Pty Ltd');
  });
});

describe('a heading centred over its column', () => {
  it('gives a row its description that wraps around the numbers, under a description heading centred over the column', () => {
    const cell = (text: string, x: number, y: number) => ({ text, x, y, width: text.length * 5, height: 10 });
    const numbers = (y: number, qty: string, price: string, amount: string) => [cell(qty, 505, y), cell(price, 560, y), cell(amount, 700, y)];
    const lines = linesFromPositioned(
      [
        cell('№', 0, 0), cell('Наименование', 150, 0), cell('Количество', 480, 0), cell('Ед. цена', 560, 0), cell('Стойност', 690, 0),
        cell('Абонамент ERP система „Склад+“ за ноември 2026', 20, 20),
        cell('1', 2, 26), ...numbers(26, '1', '480,00', '480,00'),
        cell('г.', 20, 32),
        cell('2', 2, 52), cell('Обучение на персонала', 20, 52), ...numbers(52, '8', '55,00', '440,00'),
        cell('Данъчна основа 20 %', 480, 80), cell('920,00', 700, 80),
      ],
      1,
    );
    expect(extractFields(lines, 'text').lineItems).toEqual([
      { description: 'Абонамент ERP система „Склад+“ за ноември 2026 г.', quantity: '1', unitPrice: '480.00', amount: '480.00' },
      { description: 'Обучение на персонала', quantity: '8', unitPrice: '55.00', amount: '440.00' },
    ]);
  });
});

describe('invoices typed into a mail', () => {
  it('reads items written as sums, with the description before them or on the line above', () => {
    const inv = read(`INVOICE #1043
Date: 11/18/2026

Services:
- Website copywriting (product & about pages): 14.5 hrs @ $85.00/hr = $1,232.50
- Stock image licenses: 6 @ $12.00 = $72.00

Total: $1,304.50`);
    expect(inv.lineItems).toEqual([
      { description: 'Website copywriting (product & about pages)', quantity: '14.5', unitPrice: '85.00', amount: '1232.50' },
      { description: 'Stock image licenses', quantity: '6', unitPrice: '12.00', amount: '72.00' },
    ]);
    const de = read(`SCHLUSSRECHNUNG
Rechnungsnummer:   RE-2026-0412
Pos. 1  Treppenhaus abkleben und abdecken
        1 psch. x 240,00 € .................................. 240,00 €
Pos. 2  Wandflächen spachteln und schleifen, Q2
        86,5 m² x 9,80 € .................................... 847,70 €
Nettobetrag   1.087,70 €`);
    expect(de.lineItems).toEqual([
      { description: 'Treppenhaus abkleben und abdecken', quantity: '1', unitPrice: '240.00', amount: '240.00' },
      { description: 'Wandflächen spachteln und schleifen, Q2', quantity: '86.5', unitPrice: '9.80', amount: '847.70' },
    ]);
  });

  it('leaves a rule under the heading of a typed table out of the first description', () => {
    const inv = read(`Rechnung 2026-11873
Leistung                                        Menge    Preis      Betrag
---------------------------------------------------------------------------
Wartung Service B nach Herstellervorgabe        1        189,00     189,00
Bremsbeläge vorne erneuert                      1,5      98,00      147,00
---------------------------------------------------------------------------
Nettobetrag                                                         336,00`);
    expect(inv.lineItems.map((item) => item.description)).toEqual(['Wartung Service B nach Herstellervorgabe', 'Bremsbeläge vorne erneuert']);
  });

  it('decodes superscripts and fractions written as HTML entities', () => {
    expect(htmlToText('<p>Leje af depotrum (10 m&sup2;), &frac12; m&aring;ned</p>')).toBe('Leje af depotrum (10 m²), ½ måned');
  });
});

describe('bills as mail services send them', () => {
  it('reads the greeted company as the buyer, the seller from a one-paragraph footer, and no balance from before this bill', () => {
    const inv = read(`Larkspur Fibre

Hi Hollins & Reed Joinery Ltd,

Your December bill is ready.

Bill number:      LF-B-26-8830417
Bill date:        18 November 2026
Terms:            Net 30

Balance brought forward                                   £0.00
Total charges (excl. VAT)                                 £62.97
VAT @ 20%                                                 £12.59
Total this bill (incl. VAT)                               £75.56
Account balance before this invoice:                      £0.00

Questions about your bill? Call us on 0330 088 4127 or email billing@larkspurfibre.example.
Larkspur Fibre Ltd, 3 Calder Park Way, Wakefield, WF2 7AW. Registered in England and Wales, company no. 11482093. VAT reg. no. GB 284 6129 40.`);
    expect(inv).toMatchObject({ invoiceNumber: 'LF-B-26-8830417', subtotal: '62.97', taxTotal: '12.59', total: '75.56', amountDue: null });
    expect(inv.seller.name).toBe('Larkspur Fibre Ltd');
    expect(inv.buyer.name).toBe('Hollins & Reed Joinery Ltd');
  });

  it('leaves "Receipt from" and the share capital out of the name, and reads "zu bezahlen", "te betalen vóór", "soit le" and a credit note number', () => {
    expect(read(`Receipt from Quillmate, Inc.\nInvoice #QM-1042\nTotal   $48.00`).seller.name).toBe('Quillmate, Inc.');
    expect(read(`Les Tables de Margaux SARL au capital de 8 000 €\nFacture n° F-2026-118\nTotal TTC   1 250,00 €`).seller.name).toBe('Les Tables de Margaux SARL');
    const ch = read(`Rechnung Nr. 26-1147\nTotal exkl. MWST   2'438.00\nMWST 2.6 %   1.25\nZu bezahlen   CHF 2'439.25`);
    expect(ch).toMatchObject({ total: '2439.25', amountDue: '2439.25' });
    expect(read(`Factuurnummer: 2026-JN-0088172\nFactuurdatum: 2 november 2026\nTe betalen vóór: 16 november 2026.\nNog te betalen   € 309,42`).dueDate).toBe('2026-11-16');
    expect(read(`Facture n° 2026-44\nDate : 19/11/2026\nRèglement à 30 jours, soit le 19 décembre 2026.\nTotal TTC   880,00 €`).dueDate).toBe('2026-12-19');
    expect(read(`KREDITFAKTURA\nKreditfakturanr:   70412\nSumma kredit SEK   -7 656,25`).invoiceNumber).toBe('70412');
  });
});

describe('a Japanese invoice typed into a mail', () => {
  it('reads values after full-width colons, yen amounts written with 円, items with their labels, and the company addressed with 御中', () => {
    const inv = read(`合同会社ミナト設計事務所
経理ご担当者様

株式会社アオバ珈琲商会 経理担当の佐藤でございます。

合同会社ミナト設計事務所　御中

請求番号　　：AOB-2026-1120-03
請求日　　　：2026年11月20日

株式会社アオバ珈琲商会
〒980-0811 宮城県仙台市青葉区一番町二丁目4番15号

【明細】
1. 業務用コーヒー豆 ブラジル・サントス 1kg
　　数量 3　単価 3,200円　金額 9,600円　税率 8%※
2. ペーパーフィルター 100枚入
　　数量 10　単価 330円　金額 3,300円　税率 10%

小計（税抜）　　　　　　　　　　12,900円
消費税合計　　　　　　　　　　　1,098円
合計（税込）　　　　　　　　　　13,998円`);
    expect(inv).toMatchObject({ invoiceNumber: 'AOB-2026-1120-03', issueDate: '2026-11-20', currency: 'JPY' });
    expect(Number(inv.subtotal)).toBe(12900);
    expect(Number(inv.taxTotal)).toBe(1098);
    expect(Number(inv.total)).toBe(13998);
    expect(inv.seller.name).toBe('株式会社アオバ珈琲商会');
    expect(inv.buyer.name).toBe('合同会社ミナト設計事務所');
    expect(inv.lineItems.map((item) => [item.description, Number(item.quantity), Number(item.unitPrice), Number(item.amount)])).toEqual([
      ['業務用コーヒー豆 ブラジル・サントス 1kg', 3, 3200, 9600],
      ['ペーパーフィルター 100枚入', 10, 330, 3300],
    ]);
  });
});

describe('rental invoices and shop orders', () => {
  it('reads landlord and tenant headings side by side, and "Faktureres til"', () => {
    const dk = read(`FAKTURA
Fakturanr.:      26-04512
Udlejer:                          Lejer:
Nordhavn Opbevaring ApS           Vestergaard Blomster I/S
Sundkrogsgade 30                  Jagtvej 117
2150 Nordhavn                     2200 København N
I alt inkl. moms                                                    1.437,50`);
    expect(dk.seller.name).toBe('Nordhavn Opbevaring ApS');
    expect(dk.buyer.name).toBe('Vestergaard Blomster I/S');
    const no = read(`Faktura\nFakturanr.: 2026-310554\nFaktureres til\nIngrid Solheim\nTollbugata 9B\n0152 Oslo\n\nTotalt   3 095,00`);
    expect(no.buyer.name).toBe('Ingrid Solheim');
  });
});

describe('a VAT summary with a row per rate', () => {
  it('takes net and tax from the unlabelled row that sums the rates, not from the first rate or the grand total', () => {
    const inv = read(`Factura FV-2026-004187
Fecha: 12/11/2026
Base imponible   % IVA   Cuota IVA
399,26           4,00    15,97
254,83           10,00   25,48
506,00           21,00   106,26
1.160,09                 147,71
TOTAL FACTURA    1.307,80 €`);
    expect(inv).toMatchObject({ subtotal: '1160.09', taxTotal: '147.71', total: '1307.80' });
  });
});

describe('dates and sums said around the invoice number', () => {
  it('takes the date after the invoice number when no date is labelled, and the net after a discount', () => {
    const it = read(`Bassani Forniture Ufficio S.r.l.
FATTURA N. 1482/2026 del 05/11/2026
DDT n. 2210 del 03/11/2026 - Vs. ordine del 29/10/2026
Imponibile   257,00 €
IVA 22%       56,54 €
Totale       313,54 €`);
    expect(it).toMatchObject({ invoiceNumber: '1482/2026', issueDate: '2026-11-05' });
    const tr = read(`e-Arşiv Fatura
Fatura No: GIB2026000004187
Mal Hizmet Toplam Tutarı   16.410,01 TL
Toplam İskonto   500,00 TL
Vergi Hariç Tutar   15.910,01 TL
Hesaplanan KDV(%20)   3.182,00 TL
Vergiler Dahil Toplam Tutar   19.092,01 TL`);
    expect(tr).toMatchObject({ subtotal: '15910.01', taxTotal: '3182.00', total: '19092.01' });
  });
});

describe('a Greek hotel invoice', () => {
  it('names the counterparty as the buyer, keeps a fee outside VAT out of the tax, and reads the balance to pay', () => {
    const inv = read(`ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ
Αρ. Παραστατικού: ΤΠΥ-4471
Ημερομηνία έκδοσης: 12/11/2026
Στοιχεία αντισυμβαλλόμενου:
ΠΕΛΑΓΟΣ ΝΑΥΤΙΛΙΑΚΗ ΜΟΝΟΠΡΟΣΩΠΗ Ε.Π.Ε.
Ακτή Μιαούλη 47
18536 Πειραιάς

Αξία υποκείμενη σε ΦΠΑ                          512,50 €
Τέλος κλιματικής κρίσης (εκτός ΦΠΑ)               6,00
Σύνολο καθαρής αξίας                             518,50 €
ΦΠΑ 13% (επί 486,50)                              63,25 €
ΦΠΑ 24% (επί 26,00)                                6,24 €
Σύνολο                                           587,99 €
Προκαταβολή 23/10/2026                          -150,00 €
Υπόλοιπο προς πληρωμή                            437,99 €`);
    expect(inv).toMatchObject({ invoiceNumber: 'ΤΠΥ-4471', subtotal: '518.50', taxTotal: '69.49', total: '587.99', amountDue: '437.99' });
    expect(inv.buyer.name).toBe('ΠΕΛΑΓΟΣ ΝΑΥΤΙΛΙΑΚΗ ΜΟΝΟΠΡΟΣΩΠΗ Ε.Π.Ε.');
  });

  it('follows the item table over a page break past the sum carried forward, instead of ending it there', () => {
    const first = linesFromPlainText(`Rechnung Nr. 2026/0871
Rechnungsdatum   23.10.2026

Pos   Bezeichnung                  Menge   EP netto    Gesamt netto
1     Begrüßungsgetränk            120        4,20          504,00
2     Alkoholfreier Hugo            40        3,60          144,00
                                      Übertrag            € 648,00
                                                        Seite 1 von 2`, 1);
    const second = linesFromPlainText(`Rechnung 2026/0871 – Fortsetzung
                                      Übertrag            € 648,00
Pos   Bezeichnung                  Menge   EP netto    Gesamt netto
3     Transport und Auf-/Abbau       1      240,00          240,00
                                   Summe netto            € 888,00`, 2);
    const inv = extractFields([...first, ...second.map((line) => ({ ...line, y: line.y + 100 }))], 'text');
    expect(inv.lineItems.map((item) => [item.description, item.amount])).toEqual([
      ['Begrüßungsgetränk', '504.00'],
      ['Alkoholfreier Hugo', '144.00'],
      ['Transport und Auf-/Abbau', '240.00'],
    ]);
    expect(inv.subtotal).toBe('888.00');
  });

  it('keeps a note under the table out of the last description, and joins a line broken after a dash without a space', () => {
    const inv = read(`TAX INVOICE   INV-20931

 Description                                  Quantity   Unit Price     Amount
 House Blend espresso beans 1 kg *                  12        42.00     504.00
 Imagiers cartonnés bilingues français–              25        14.90     372.50
 luxembourgeois
 Grinder burr set replacement (on site)              1       165.00     165.00
* GST-free item (basic food). All prices include GST.

                                          Total             1,041.50`);
    expect(inv.lineItems.map((item) => item.description)).toEqual([
      'House Blend espresso beans 1 kg',
      'Imagiers cartonnés bilingues français–luxembourgeois',
      'Grinder burr set replacement (on site)',
    ]);
  });

  it('reads a Czech number after a bare "č.", Hungarian dates with spaces after the dots, and a rand amount in the table', () => {
    const cz = read(`Faktura – daňový doklad                      č. 260412
Datum vystavení:     5. 11. 2026
Datum splatnosti:    19. 11. 2026`);
    expect(cz).toMatchObject({ invoiceNumber: '260412', issueDate: '2026-11-05', dueDate: '2026-11-19' });
    const hu = read(`SZÁMLA
Számla kelte:          2026. 07. 09.
Fizetési határidő:     2026. 07. 24.`);
    expect(hu).toMatchObject({ issueDate: '2026-07-09', dueDate: '2026-07-24' });
    const za = read(`TAX INVOICE   TBP-06721
Code       Description                      Qty     Unit Price        Total
DRP-TRY    Geyser drip tray with drain        2       R 395.00     R 790.00
CU-22      Copper pipe 22 mm and fittings    14       R 118.50   R 1 659.00
                                         Total Excl. VAT         R 2 449.00`);
    expect(za.currency).toBe('ZAR');
    expect(za.lineItems).toEqual([
      { description: 'Geyser drip tray with drain', quantity: '2', unitPrice: '395.00', amount: '790.00' },
      { description: 'Copper pipe 22 mm and fittings', quantity: '14', unitPrice: '118.50', amount: '1659.00' },
    ]);
  });

  it('does not take the VAT id labelled as the customer\'s ("UID Kunde") for the seller\'s', () => {
    const inv = read(`Steirerküche Catering e.U.
Annenstraße 47, 8020 Graz
Murinsel Events GmbH                         Rechnungsnummer   2026/0871
Lendkai 19                                   UID Kunde         ATU66205171
8020 Graz

Steirerküche Catering e.U. · UID ATU73912849 · IBAN AT73 3800 0000 1234 5678`);
    expect(inv.seller.vatId).toBe('ATU73912849');
  });

  it('takes the company named with its ids in the footer as the seller when the one at the top has none (the addressee in the window)', () => {
    const inv = read(`                                                        LASKU
                                                        Päivämäärä       9.4.2026
                                                        Laskun numero    4471
Hämeenkadun Kahvila Oy                                  Eräpäivä         23.4.2026
Hämeenkatu 14 B
33100 Tampere

Nimike                         Määrä    à-hinta    Veroton
Ruisleipä 500 g                  120       3,10     372,00

                                        Yhteensä EUR   372,00

Pyynikin Leipomo Oy            Y-tunnus 3182457-1        laskutus@pyynikinleipomo.fi
Pyynikintie 21                 ALV-nro FI31824571
33230 Tampere`);
    expect(inv.seller).toMatchObject({ name: 'Pyynikin Leipomo Oy', vatId: 'FI31824571' });
    expect(inv.buyer.name).toBe('Hämeenkadun Kahvila Oy');
  });

  it('reads the tax total from a Finnish VAT breakdown ("Veroton | Vero | Verollinen")', () => {
    const inv = read(`LASKU 4471

Nimike                         Määrä    à-hinta    Alv %    Veroton
Ruisleipä 500 g                  120       3,10       14     372,00
Kuljetus                           4      18,00     25,5      72,00

Alv-erittely
Alv %        Veroton       Vero      Verollinen
14            372,00      52,08          424,08
25,5           72,00      18,36           90,36
Yhteensä      444,00      70,44          514,44

                                  Yhteensä EUR      514,44`);
    expect(inv).toMatchObject({ subtotal: '444.00', taxTotal: '70.44', total: '514.44' });
  });

  it('takes the seller from a footer line that goes on with the phone, not an order number beside the buyer ("AB-2026-0311" is no Swedish AB)', () => {
    const inv = read(`                                             Rechnungs-Nr.      RE-2026-0214
Bäckerei Hofmann OHG                         Rechnungsdatum     3. März 2026
z. Hd. Frau Sabine Hofmann                   Auftrags-Nr.       AB-2026-0311
Marktplatz 3
72631 Aichtal

Pos.   Bezeichnung                 Menge    Einzelpreis €    Gesamt €
1      Arbeitszeit Kältetechniker    2,5            78,50      196,25

                                         Rechnungsbetrag      233,54 €

Brandauer Kälte- und Klimatechnik GmbH Tel. +49 711 4488 210     Amtsgericht Stuttgart HRB 738214
Industriestraße 14                                               USt-IdNr.: DE281645096
73760 Ostfildern`);
    expect(inv.seller).toMatchObject({ name: 'Brandauer Kälte- und Klimatechnik GmbH', vatId: 'DE281645096' });
    expect(inv.buyer.name).toBe('Bäckerei Hofmann OHG');
  });

  it('reads a number beside a bare "N°", no tax from a VAT id in groups of digits, and no tax where the invoice says none applies', () => {
    const fr = read(`Camille Roux EI                                         Facture
7 rue des Capucins                                   N°          F-2026-031
69001 Lyon                                           Date        05/10/2026

                                        Facturé à
                                        Le Fournil de Saint-Jean SARL
                                        18 rue Mercière
                                        69002 Lyon
                                        TVA intracom. : FR 47 512 345 678

Désignation                         Qté     Prix unit. HT     Total HT
Création du logo                      1            850,00       850,00

                                        Total HT              850,00 €
                                        Net à payer           850,00 €
                                        TVA non applicable, art. 293 B du CGI`);
    expect(fr).toMatchObject({ invoiceNumber: 'F-2026-031', subtotal: '850.00', taxTotal: '0.00', total: '850.00' });
    const it = read(`FATTURA N. 14/2026 del 20/10/2026

Descrizione                          Q.tà    Prezzo unitario    Importo
Servizio fotografico                    1             650,00     650,00
Imposta di bollo su originale           1               2,00       2,00

                                       Totale documento       € 652,00

Operazione senza applicazione dell'IVA, regime forfettario.
Imposta di bollo da 2,00 euro assolta sull'originale.`);
    expect(it).toMatchObject({ subtotal: '652.00', taxTotal: '0.00', total: '652.00' });
  });

  it('reads the seller from a footer address block with its ids when nothing above the items names it, and "Fakturaadress" as the buyer\'s heading', () => {
    const de = read(`RECHNUNG

Gasthof Zur Post Lenggries GmbH                     Rechnungs-Nr.      2026-0187
z. Hd. Frau Anna Lechner                            Rechnungsdatum     12.10.2026
Marktstraße 3
83661 Lenggries

Sehr geehrte Damen und Herren, für die ausgeführten Arbeiten erlauben wir uns, wie
folgt zu berechnen:

Pos.   Bezeichnung                    Menge    Einzelpreis     Gesamt
1      Montage vor Ort                  7,5          58,00     435,00

                                      Rechnungsbetrag          517,65 €

Schreinerei Matthias Huber            Tel. 08041 79 31 20
Inh. Matthias Huber                   info@schreinerei-huber.de
Kirchweg 7                            USt-IdNr.: DE 284 517 396
83646 Bad Tölz`);
    expect(de.seller).toMatchObject({ name: 'Schreinerei Matthias Huber', vatId: 'DE284517396' });
    const se = read(`Trädgårdsfirman Ek AB                             Faktura 4471
Box 12, 123 45 Farsta                              Fakturadatum   2026-10-01

Fakturaadress
Brf Solrosen 3
Solrosvägen 3
123 46 Farsta`);
    expect(se.buyer.name).toBe('Brf Solrosen 3');
  });

  it('keeps the words of a monospaced (typewriter) layout together: a space there is as wide as a letter', () => {
    // a Courier-like font at 10 pt: every glyph and every space 6.1 pt wide, each word its own text item
    const words = (text: string, x: number, y: number, monospace: boolean) =>
      text.split(' ').map((word, k, all) => ({ text: word, x: x + (all.slice(0, k).join(' ').length + (k ? 1 : 0)) * 6.1, y, width: word.length * 6.1, height: 10, monospace }));
    const cells = (monospace: boolean) =>
      linesFromPositioned([...words('Sliema Marine Services Ltd', 100, 50, monospace), ...words('VAT No: MT 2345 6789', 100, 64, monospace)], 1).map((line) => line.cells.map((cell) => cell.text));
    expect(cells(true)).toEqual([['Sliema Marine Services Ltd'], ['VAT No: MT 2345 6789']]);
    // the same glyphs in a proportional font would be letter-spaced apart: only a monospaced font is read so
    expect(cells(false)[0].length).toBeGreaterThan(1);
  });

  it('reads totals printed with each amount before its label, and no sum from a law cited under them', () => {
    const inv = read(`Factuur F2026-0058

     Bedrag      Omschrijving                                 Aantal        Tarief
  € 3.200,00     Ontwerp en bouw webshop                     1 project  € 3.200,00
  € 1.020,00     Koppeling met boekhoudpakket                   12 uur     € 85,00

  € 4.220,00     Subtotaal
      € 0,00     BTW verlegd
  € 4.220,00     Totaal te betalen
BTW verlegd naar de afnemer (art. 196 Richtlijn 2006/112/EG).`);
    expect(inv).toMatchObject({ subtotal: '4220.00', taxTotal: '0.00', total: '4220.00' });
    expect([null, '4220.00']).toContain(inv.amountDue);
  });

  it('reads "Fatturare a" as the buyer, "Solde dû" as the amount due, and no Dutch postcode as a legal form', () => {
    const it = read(`Ordine #1047                               Data   12/05/2026
Fatturare a
Giulia Ferraresi
Via Roma 12
40121 Bologna`);
    expect(it.buyer.name).toBe('Giulia Ferraresi');
    const be = read(`Facture 2026-0412
                                             Total                 2.912,47 €
                                             Acompte payé          -1.000,00 €
                                             Solde dû              1.912,47 €`);
    expect(be).toMatchObject({ total: '2912.47', amountDue: '1912.47' });
    const nl = read(`Studio Veldkamp Fotografie
Oudegracht 40
3511 NV Utrecht
Factuur 2026-118`);
    expect(nl.seller.name).toBe('Studio Veldkamp Fotografie');
  });
});
