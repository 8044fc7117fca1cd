/**
 * TRADES_A — hand-written e-mails from the shared inboxes of small non-software businesses.
 *
 * Written by hand on 2026-11-23 by an independent helper session that saw only the label list
 * (shared/contracts/email-categories.json) and the boundary descriptions in its brief — never the
 * classifier, its features, its fixtures, its benchmarks or any test set.
 *
 * 250 mails, 25 per label (invoice, receipt, sales_lead, support_request, meeting_request,
 * newsletter, notification, spam, personal, other).
 *
 * Languages (ISO 639-1, by the main language of the body; some mails mix in English subjects or
 * quoted English confirmations): English (en) 60, German (de) 18, Polish (pl) 18,
 * Portuguese (pt) 18, French (fr) 17, Italian (it) 17, Spanish (es) 17, Dutch (nl) 17,
 * Swedish (sv) 17, Czech (cs) 17, Croatian (hr) 17, Slovenian (sl) 17. Every label has at least one
 * mail in every language.
 * English covers UK, US, Irish and Australian senders; German includes Austrian and Swiss mails;
 * Portuguese includes European and Brazilian mails.
 *
 * Domains: catering and event rental, bakeries and patisseries, restaurants, cafés and hotels,
 * plumbers, electricians, builders and roofers, cleaning firms and laundries, removal and logistics
 * companies, car repair garages, print shops, florists, photographers, dental and physio practices,
 * hairdressers, landscaping and garden centres, tax advisers and bookkeepers, music and instrument
 * shops, language schools, wedding planners, farm shops and breweries.
 *
 * All senders, firms, addresses, IBANs, VAT numbers and amounts are invented.
 */
import type { WrittenMail } from './types';

export const TRADES_A: WrittenMail[] = [
  // ───────────────────────────── invoice ─────────────────────────────
  {
    category: "invoice",
    language: "en",
    subject: "Invoice 2217 - boiler repair at 14 Larch Close",
    body: `Hi Mrs Okafor,

Thanks for having us on Thursday. As discussed on the day, the diverter valve on the Vaillant had seized and we replaced it along with the pressure relief valve, which was weeping.

Invoice 2217 is attached. Summary:
Labour 3.5 hrs @ £55 = £192.50
Diverter valve assembly = £88.40
PRV 3 bar = £21.15
Subtotal £302.05, VAT @ 20% £60.41
Total due: £362.46

Payment within 14 days please, by bank transfer to:
D. Price Plumbing & Heating
Sort code 40-12-77, Account 61839204
Reference: 2217 OKAFOR

The new parts carry a 12-month warranty. Any problems just give me a ring.

Cheers,
Dylan Price
D. Price Plumbing & Heating
07700 914 322
VAT reg. GB 318 4471 09`,
  },
  {
    category: "invoice",
    language: "en",
    subject: "Balance due - tent & furniture rental, Hernandez/Cole wedding 06/12",
    body: `Hello Maria and James,

Your wedding is just around the corner! This is a friendly note that the remaining balance for your rental order is now due.

Order #R-40882 (Saturday, June 12)
- 40x80 frame tent with sidewalls: $3,150.00
- 24 round tables, 180 white garden chairs: $1,236.00
- Bistro lighting package: $420.00
- Delivery, setup and teardown (Lakeview Farm): $650.00
Total: $5,456.00
Deposit received: -$1,636.80
Balance due: $3,819.20 — by May 28

You can pay online with the link in the attached invoice or send a check made out to Prairie Event Rentals LLC. Per our rental agreement, orders not paid in full 14 days before the event may be released.

Let me know if anything needs to change on the order before then.

Best,
Kelsey Arnaud
Prairie Event Rentals
(402) 555-0187`,
  },
  {
    category: "invoice",
    language: "en",
    subject: "Second reminder: bookkeeping fees September (inv. MF-0932)",
    body: `Dear Fergal,

I hope things are settling down at the café after the busy summer.

Just a second reminder that our invoice MF-0932 for September's bookkeeping and VAT return (€420.00 + VAT at 23% = €516.60) was due on 15 October and is still showing as outstanding on our side. I've attached it again in case the first one went astray.

Could you arrange payment this week, please? Details are on the invoice, IBAN IE29 AIBK 9311 5212 3456 78, reference MF-0932.

If it's already gone out, ignore this and apologies for the nag.

Kind regards,
Siobhán Moran
Moran & Fahy Accounting Services
Main Street, Ennistymon, Co. Clare`,
  },
  {
    category: "invoice",
    language: "en",
    subject: "Tax Invoice 00781 – Backyard landscaping stage 2",
    body: `G'day Tom,

Stage 2 is done — retaining wall, drainage and the turf are all in. Attached is the tax invoice for this stage as per the quote.

Tax Invoice 00781
Retaining wall (sleepers, posts, labour): $4,980.00
Ag pipe & gravel drainage: $1,120.00
Sir Walter turf 85 m2 laid: $1,572.50
Subtotal: $7,672.50
GST: $767.25
Total: $8,439.75

Terms 7 days. EFT to Greenline Landscapes Pty Ltd, BSB 062-441, Acc 1029 8833. Please use 00781 as the reference.

Keep the water up to the turf for the next fortnight, especially with this heat.

Thanks mate,
Bec Lowry
Greenline Landscapes
ABN 52 611 903 228`,
  },
  {
    category: "invoice",
    language: "en",
    subject: "FINAL NOTICE - overdue account, Harbour Print Ltd",
    body: `Dear Sir/Madam,

Account: THE OLD CUSTOMS HOUSE BISTRO
Invoice 18-5520 dated 02/09/2026 (menus, table talkers, 2,000 DL flyers) – £684.00
Invoice 18-5611 dated 16/09/2026 (gift voucher cards) – £212.40
Total overdue: £896.40

Despite our reminders of 7 and 21 October we have not received payment. Under our terms of trade we are entitled to add statutory interest and a fixed late payment fee of £70.00 under the Late Payment of Commercial Debts Act.

Please settle the full balance within 7 days of this notice. If you believe this is wrong, or you have paid recently, contact our accounts office on 01752 600 311 quoting your account number.

Yours faithfully,

Accounts Department
Harbour Print Ltd, Unit 4 Cattedown Wharf, Plymouth PL4 0RW
Registered in England No. 05544912`,
  },
  {
    category: "invoice",
    language: "en",
    subject: "Wedding flowers - final 50% invoice",
    body: `Hi Priya,

Hope the final planning is going ok! As agreed, here's the invoice for the second half of your flowers for the 4th of April — it's due 4 weeks before the day, so by 7 March please.

Bridal bouquet (white ranunculus, sweet pea, eucalyptus), 3 bridesmaids, 8 buttonholes, 2 mum corsages, 12 table centres, arch garland:
Total £2,140.00
Paid as deposit: £1,070.00
Left to pay: £1,070.00

Bank: Bloom & Bramble, sort 20-45-18, acc 03349917, ref HARGREAVE.

Any last changes to numbers need to reach me by the same date.

Lots of love,
Niamh x
Bloom & Bramble Florist
Sent from my iPhone`,
  },
  {
    category: "invoice",
    language: "de",
    subject: "Rechnung Nr. 2026-148 – Dachreparatur Lindenstraße 9",
    body: `Sehr geehrter Herr Baumgartner,

vielen Dank für Ihren Auftrag. Für die am 28.10.2026 ausgeführten Arbeiten an Ihrem Dach erlauben wir uns, wie folgt zu berechnen:

Austausch von ca. 22 beschädigten Tondachziegeln nach Sturmschaden
Erneuerung Firstanschluss, 6 lfm
Hubsteiger inkl. An- und Abfahrt

Nettobetrag: 1.386,00 €
zzgl. 19 % USt.: 263,34 €
Rechnungsbetrag: 1.649,34 €

Bitte überweisen Sie den Betrag ohne Abzug bis zum 20.11.2026 auf unser Konto bei der Volksbank Mittelhessen, IBAN DE44 5139 0000 0073 1188 02, Verwendungszweck: RE 2026-148.

Hinweis: In dem Betrag sind 742,00 € Lohnkosten enthalten, die Sie gem. § 35a EStG steuerlich geltend machen können.

Mit freundlichen Grüßen

Jörg Heckmann
Dachdeckermeister
Heckmann Bedachungen GmbH · Am Ziegelfeld 3 · 35390 Gießen
USt-IdNr. DE 281 774 590 · Amtsgericht Gießen HRB 6617`,
  },
  {
    category: "invoice",
    language: "de",
    subject: "QR-Rechnung Service Ihr VW Caddy ZH 48 211",
    body: `Grüezi Frau Brunner

Besten Dank, dass Sie Ihren Caddy bei uns zum Service gebracht haben. Im Anhang finden Sie die Rechnung mit QR-Zahlteil.

Rechnung 31077 vom 12.11.2026
Service 60'000 km gemäss Herstellervorgaben: CHF 389.00
Bremsflüssigkeit ersetzt: CHF 74.50
Scheibenwischer vorne: CHF 46.80
Total exkl. MWST: CHF 510.30
MWST 8.1 %: CHF 41.33
Total: CHF 551.63

Zahlbar innert 30 Tagen. Sie können den QR-Code direkt mit Ihrer Banking-App scannen.

Freundliche Grüsse
Reto Keller
Garage Keller AG, Zürcherstrasse 120, 8953 Dietikon
CHE-104.558.321 MWST`,
  },
  {
    category: "invoice",
    language: "fr",
    subject: "Facture F26-1043 – livraison farines semaine 45",
    body: `Bonjour Madame Lefèvre,

Veuillez trouver ci-joint la facture correspondant aux livraisons de la semaine 45 pour la Boulangerie du Pont.

Facture F26-1043
- Farine T65 tradition, 40 sacs de 25 kg
- Farine de seigle T130, 6 sacs
- Farine de petit épeautre bio, 4 sacs
Total HT : 1 118,60 €
TVA 5,5 % : 61,52 €
Total TTC : 1 180,12 €

Échéance : 30 jours fin de mois, soit le 31/12/2026, par virement (IBAN FR76 1660 6100 6400 1352 9870 214).
Pénalités de retard au taux légal, indemnité forfaitaire de recouvrement de 40 €.

Cordialement,
Service comptabilité
Moulin de la Vère – 12 route de Cordes, 81140 Castelnau-de-Montmiral
SIRET 412 883 901 00021`,
  },
  {
    category: "invoice",
    language: "sl",
    subject: "Opomin – neplačan račun za čiščenje poslovnih prostorov",
    body: `Spoštovani v ordinaciji dr. Petrič,

pri pregledu odprtih postavk smo ugotovili, da račun št. 26-0417 za redno čiščenje zobozdravstvene ordinacije v oktobru (trikrat tedensko, skupaj 13 obiskov) v znesku 702,72 EUR z DDV še ni poravnan. Rok plačila je potekel 10. 11. 2026.

Račun vam ponovno pošiljamo v prilogi. Prosimo za plačilo v 8 dneh na TRR SI56 2900 0005 5123 884, sklic SI00 26-0417.

Če ste račun medtem že plačali, se vam zahvaljujemo in prosimo, da to sporočilo prezrete.

Lep pozdrav,
Mojca Rozman
Čistilni servis Blesk d.o.o., Maribor
02 620 41 88`,
  },
  {
    category: "invoice",
    language: "it",
    subject: "Copia di cortesia fattura n. 87/2026 – Termoidraulica Ferri",
    body: `Gentile Sig.ra Colombo,

in allegato la copia di cortesia della fattura elettronica n. 87/2026 del 14/11/2026, già trasmessa tramite SdI al Suo codice destinatario.

Descrizione: sostituzione miscelatore termostatico e rubinetti d'arresto, bagno piano primo.
Imponibile € 460,00
IVA 10% € 46,00
Totale documento € 506,00

Pagamento: bonifico bancario a 30 gg d.f.
IBAN IT60 X054 2811 1010 0000 0123 456 – Banca Popolare di Sondrio

Per qualsiasi chiarimento resto a disposizione.

Cordiali saluti
Matteo Ferri
Termoidraulica Ferri s.n.c. – Via Valtellina 22, Morbegno (SO)
P.IVA 00894510147`,
  },
  {
    category: "invoice",
    language: "it",
    subject: "Sollecito di pagamento – fattura 214 (menù e biglietti da visita)",
    body: `Buongiorno,

Vi scriviamo in merito alla nostra fattura n. 214 del 30/09/2026 di € 395,28 (IVA inclusa) per la stampa di 300 menù plastificati e 1.000 biglietti da visita per l'Osteria del Borgo.

Dai nostri controlli risulta ancora insoluta, con scadenza al 31/10. Vi preghiamo di provvedere al saldo entro il 30 novembre. Qualora il pagamento fosse già stato effettuato, vi chiediamo gentilmente di inviarci la contabile così da aggiornare la posizione.

Distinti saluti,
Amministrazione
Tipografia Bracci – Arezzo
tel. 0575 36 21 84`,
  },
  {
    category: "invoice",
    language: "es",
    subject: "Factura 2026/0419 - Mudanza Calle Alfonso X 27 → Pozuelo",
    body: `Estimado Sr. Navarro:

Le adjuntamos la factura correspondiente a la mudanza realizada el pasado 6 de noviembre.

Factura n.º 2026/0419
Servicio de mudanza con 3 operarios y camión de 30 m³: 1.150,00 €
Embalaje de menaje y 40 cajas: 180,00 €
Montaje de elevador exterior: 160,00 €
Base imponible: 1.490,00 €
IVA 21 %: 312,90 €
Total: 1.802,90 €
Anticipo abonado: -300,00 €
Pendiente de pago: 1.502,90 €

Forma de pago: transferencia en 10 días a ES91 2100 0418 4502 0005 1332 indicando el número de factura.

Un saludo cordial,
Lucía Gámez
Administración – Mudanzas Hermanos Gámez S.L.
CIF B-84221907`,
  },
  {
    category: "invoice",
    language: "es",
    subject: "Cuota trimestral asesoría 4T y recordatorio de pago",
    body: `Hola Rocío:

Te paso la factura de la cuota de asesoría fiscal y laboral del cuarto trimestre (contabilidad, nóminas de tus dos empleadas y modelos 303 y 111). Son 330 € + IVA, total 399,30 €.

Aprovecho para recordarte que la del 3T (F-3T-118, mismo importe) aún nos figura como pendiente. Si puedes, haz una sola transferencia por las dos, 798,60 €, antes del día 5.

Gracias y un abrazo,
Javier
Gestoría Ortiz Olmedo · Calle Larios 14, 2.º, Málaga
Tel. 952 21 44 60`,
  },
  {
    category: "invoice",
    language: "nl",
    subject: "Invoice / Factuur 2026-0212 onderhoud tuin oktober",
    body: `Beste meneer De Wit,

Bijgaand ontvangt u de factuur voor het tuinonderhoud in oktober (4 bezoeken: gazon maaien, blad ruimen, snoeien van de beukenhaag).

Factuurnummer: 2026-0212
Arbeid 11 uur à € 48,00 = € 528,00
Afvoer groenafval = € 45,00
Subtotaal € 573,00
BTW 21% € 120,33
Totaal € 693,33

Graag binnen 30 dagen overmaken op NL18 RABO 0312 4478 90 t.n.v. Hoveniersbedrijf Verbeek, o.v.v. het factuurnummer.

In november komen we nog twee keer voor het laatste blad, daarna gaan we naar het winterschema.

Met vriendelijke groet,
Sander Verbeek
Hoveniersbedrijf Verbeek – Houten
KvK 50112934 | BTW NL001934772B01`,
  },
  {
    category: "invoice",
    language: "nl",
    subject: "Betalingsherinnering fusten en levering week 42",
    body: `Hoi Mireille,

Even een herinnering: factuur BB-1187 voor de levering aan Café De Zwaan van week 42 staat nog open. Het gaat om 6 fusten blond 20L, 2 fusten tripel en 4 kratten IPA, samen € 1.146,80 incl. btw, plus € 180,00 statiegeld op de fusten.

Totaal openstaand: € 1.326,80, vervaldatum was 3 november.

Kun je het deze week overmaken? Anders moet ik de volgende levering helaas tegenhouden, en dat willen we allebei niet vlak voor de feestdagen.

Groet,
Bram
Brouwerij De Boterbloem, Deventer
06 41 88 20 37`,
  },
  {
    category: "invoice",
    language: "pl",
    subject: "Faktura VAT FV/112/11/2026 – naprawa Skoda Octavia",
    body: `Dzień dobry,

w załączniku przesyłam fakturę za naprawę samochodu Skoda Octavia (nr rej. KR 4G771).

Zakres: wymiana rozrządu z pompą wody, wymiana płynu chłodniczego, diagnostyka komputerowa.
Części: 1 240,00 zł netto
Robocizna: 720,00 zł netto
Razem netto: 1 960,00 zł
VAT 23%: 450,80 zł
Do zapłaty: 2 410,80 zł

Termin płatności: 7 dni, przelew na konto 61 1090 1014 0000 0712 1981 2874 (Santander), w tytule proszę podać numer faktury.

Pozdrawiam
Krzysztof Wróbel
Auto-Serwis Wróbel, ul. Zakopiańska 188, 30-435 Kraków
NIP 679-281-44-90`,
  },
  {
    category: "invoice",
    language: "pl",
    subject: "Przypomnienie o płatności – faktura 0987/K/2026",
    body: `Szanowna Pani Agnieszko,

uprzejmie przypominamy, że termin płatności faktury nr 0987/K/2026 z dnia 15.10.2026 na kwotę 2 186,40 zł brutto (róże, eustoma, zieleń ciętą i gąbki florystyczne dla Kwiaciarni Malwa) upłynął 29.10.2026.

Prosimy o uregulowanie należności w ciągu 5 dni roboczych na rachunek:
PL27 1140 2004 0000 3402 7685 1243

Jeśli wpłata została już dokonana, prosimy zignorować tę wiadomość.

Z poważaniem
Dział rozliczeń
Hurtownia Kwiatów Flora-Hurt sp. z o.o., Stężyca
tel. 58 684 31 20`,
  },
  {
    category: "invoice",
    language: "pt",
    subject: "Fatura FT 2026/77 – reportagem fotográfica casamento",
    body: `Olá Inês e Rodrigo,

Antes de mais, parabéns outra vez! Foi um dia lindo e as fotografias estão a ficar incríveis — a galeria fica pronta até ao fim do mês.

Segue em anexo a fatura relativa ao restante valor da reportagem:
Reportagem completa (preparativos, cerimónia e festa): 1.800,00 €
Álbum 30x30, 40 páginas: 350,00 €
IVA 23%: 494,50 €
Total: 2.644,50 €
Sinal já pago: -600,00 €
A pagar: 2.044,50 €

Pagamento por transferência até 10/12/2026 para o IBAN PT50 0035 0697 0006 3382 0006 7 (CGD), titular Tiago Vasconcelos.

Um abraço,
Tiago Vasconcelos Fotografia
NIF 219 664 390 · Braga`,
  },
  {
    category: "invoice",
    language: "pt",
    subject: "Boleto honorários contábeis – novembro/2026",
    body: `Prezado Sr. Anderson,

Segue anexo o boleto referente aos honorários contábeis de novembro/2026 da Padaria Pão Dourado Ltda.

Valor: R$ 1.180,00
Vencimento: 10/12/2026
Nota fiscal de serviço nº 4521 também em anexo.

Lembramos que após o vencimento incidem multa de 2% e juros de 1% ao mês. Caso prefira, o pagamento pode ser feito via Pix pela chave CNPJ 18.442.607/0001-33.

Atenciosamente,
Carla Menezes
Menezes & Rocha Contabilidade – Campinas/SP
(19) 3232-7781`,
  },
  {
    category: "invoice",
    language: "sv",
    subject: "Faktura 10457 – flyttstädning Vasagatan 12",
    body: `Hej Elin!

Tack för att du anlitade oss för flyttstädningen i fredags. Här kommer fakturan.

Fakturanummer: 10457
Flyttstädning 3 rok, 78 kvm: 5 460 kr
Ugnsrengöring extra: 450 kr
Summa inkl. moms: 5 910 kr
Avgår RUT-avdrag (50 % av arbetskostnaden): -2 955 kr
Att betala: 2 955 kr

Förfallodatum: 2026-12-07
Bankgiro: 5321-8804
OCR: 1045712

Vi har ansökt om RUT hos Skatteverket åt dig. Hör av dig om något inte blev som det skulle, vi har städgaranti i 7 dagar.

Vänliga hälsningar
Amra Hodžić
Skinande Städ i Uppsala AB
Org.nr 559188-4410`,
  },
  {
    category: "invoice",
    language: "cs",
    subject: "Faktura č. 2026061 – elektroinstalace kuchyně",
    body: `Dobrý den, pane Dvořáku,

v příloze Vám posílám fakturu za práce na elektroinstalaci v kuchyni (nový okruh pro indukční desku, 6 zásuvek, LED osvětlení pracovní desky, revize).

Faktura č. 2026061
Celkem bez DPH: 18 400 Kč
DPH 12 %: 2 208 Kč
Celkem k úhradě: 20 608 Kč
Datum splatnosti: 30. 11. 2026
Číslo účtu: 2401558822/2010 (Fio banka)
Variabilní symbol: 2026061

Revizní zprávu Vám předám osobně při další návštěvě, případně ji pošlu poštou.

S pozdravem
Petr Kolář
Elektro Kolář, Brno-Líšeň
IČO 71229402, DIČ CZ7804151122`,
  },
  {
    category: "invoice",
    language: "cs",
    subject: "Upomínka – neuhrazená faktura za pronájem stanu a mobiliáře",
    body: `Vážená paní Novotná,

dovolujeme si Vás upozornit, že faktura č. 260318 za pronájem party stanu 6x12 m, 10 pivních setů a topidel na firemní akci dne 19. 9. 2026 ve výši 14 762 Kč byla splatná 3. 10. 2026 a dosud nebyla uhrazena.

Prosíme o úhradu do 7 dnů na účet 19-2488310237/0100, VS 260318. Pokud jste již platbu odeslali, považujte tuto upomínku za bezpředmětnou.

Děkujeme.

S pozdravem
Půjčovna StanyPraha s.r.o.
Hana Vítková, fakturace
tel. 603 118 447`,
  },
  {
    category: "invoice",
    language: "hr",
    subject: "Predračun br. 45/2026 – grupni smještaj 14.–16.5.2027",
    body: `Poštovana gospođo Marić,

zahvaljujemo na potvrdi rezervacije za vašu grupu. U privitku šaljemo predračun za smještaj i polupansion:

12 dvokrevetnih soba × 2 noćenja, polupansion
Ukupno: 5.280,00 EUR (PDV uključen)
Boravišna pristojba: 57,60 EUR

Za potvrdu rezervacije molimo uplatu akontacije od 30 % (1.601,28 EUR) do 15.12.2026. na IBAN HR12 2340 0091 1100 2233 4, poziv na broj 45-2026. Ostatak se plaća najkasnije 14 dana prije dolaska.

Srdačan pozdrav,
Ivana Perić
Recepcija – Hotel Lavanda, Makarska
tel. +385 21 611 248`,
  },
  {
    category: "invoice",
    language: "sl",
    subject: "Račun za računovodske storitve – oktober 2026",
    body: `Pozdravljeni, gospa Kranjc,

v prilogi vam pošiljamo račun št. 2026-0388 za vodenje poslovnih knjig in obračun plač za oktober 2026 (frizerski salon Kranjc s.p.).

Znesek brez DDV: 210,00 EUR
DDV 22 %: 46,20 EUR
Za plačilo: 256,20 EUR
Rok plačila: 25. 11. 2026
TRR: SI56 0510 0801 2345 678
Sklic: SI00 2026-0388

Hvala in lep pozdrav,
Maja Zupan
Računovodski servis Zupan d.o.o., Celje`,
  },
  // ───────────────────────────── receipt ─────────────────────────────
  {
    category: "receipt",
    language: "en",
    subject: "Payment received - thank you (account THY204)",
    body: `Dear Customer,

Thank you for your payment of £1,874.22 received on 19/11/2026 by BACS.

This has been allocated against the following invoices:
INV-771203  £1,102.80
INV-771344  £771.42

Your account balance is now £0.00.

Kind regards,
Credit Control
Thornbury Catering Supplies Ltd
Unit 9, Severn Bridge Industrial Estate, Bristol BS35 4HF
Please do not reply to this e-mail; for queries call 01454 881 200.`,
  },
  {
    category: "receipt",
    language: "en",
    subject: "Your receipt from Delgado's Restaurant Supply",
    body: `Delgado's Restaurant Supply
2210 N. Broadway, San Antonio, TX 78215

Receipt #0048-71290
11/18/2026  2:47 PM   Register 3

2 x Cambro 22qt food storage container   $41.98
1 x Winco 8" chef knife                  $18.49
6 x Sheet pan, full size                 $71.94
1 x Thermometer, digital probe           $14.99
Subtotal                                 $147.40
Tax 8.25%                                $12.16
TOTAL                                    $159.56

VISA ending 4417 — APPROVED
Auth code 08812C

Returns accepted within 30 days with receipt. Thank you for shopping with us!`,
  },
  {
    category: "receipt",
    language: "en",
    subject: "Re: Deposit for the Kelly-Byrne wedding weekend",
    body: `Hi Aoife,

Just to confirm we received your deposit of €1,500 this morning — thank you! That secures all eight rooms at the guesthouse for Friday 23 and Saturday 24 July 2027, plus the private dining room for the Friday night.

A receipt is attached for your records. The balance isn't due until June, so nothing more to do for now.

Looking forward to having you all.

Warm regards,
Deirdre
Glencar House, Co. Leitrim

> On Mon 16 Nov 2026, Aoife Kelly wrote:
> Hi Deirdre, transfer of the deposit has gone through from my side today, ref KELLYBYRNE. Can you let me know when it lands? Thanks a million, Aoife`,
  },
  {
    category: "receipt",
    language: "en",
    subject: "Order confirmed #FW-58213 – thanks for your order!",
    body: `Hi Sharon,

Thanks for shopping with Floral Wholesale Direct. Your order has been paid and is now being packed.

Order #FW-58213 — placed 20 Nov 2026
Oasis floral foam bricks (box of 20) x2     $64.00
Wired ribbon, ivory 38mm x 25m x4           $39.60
Florist tape, green x10                      $22.50
Shipping (Brisbane metro)                    $12.95
Total paid (incl. GST $12.64):              $139.05
Paid with Mastercard ••••2290

We'll send tracking once your parcel is on its way.

Floral Wholesale Direct Pty Ltd
ABN 71 602 114 557`,
  },
  {
    category: "receipt",
    language: "en",
    subject: "Remittance advice - inv 2231 and 2236",
    body: `Hi Gráinne,

Please find attached our remittance advice. We paid invoices 2231 (€612.50) and 2236 (€244.00) today by EFT, total €856.50 — should be with you in 1-2 working days.

Thanks again for turning the staff uniforms around so quickly.

Regards,
Paul Hennessy
Accounts Payable
The Ferryman Hotel, Waterford
051 870 422`,
  },
  {
    category: "receipt",
    language: "en",
    subject: "Your receipt – treatment 12 November, Riverside Dental",
    body: `Dear Mr Atkinson,

As requested at reception, please find attached a receipt for your treatment on 12 November 2026, which you can send to your health insurer.

Treatment: composite filling LR6, examination
Amount: £185.00
Paid: 12/11/2026, debit card
Balance outstanding: £0.00

If your insurer needs the treatment codes, let us know and we'll add them.

Kind regards,
Hollie
Reception team, Riverside Dental Practice
3 Quay Street, Truro TR1 2HE`,
  },
  {
    category: "receipt",
    language: "cs",
    subject: "Potvrzení přijetí platby – odběratel č. 40218",
    body: `Vážená paní Šebestová,

potvrzujeme přijetí Vaší platby ve výši 58 420 Kč ze dne 17. 11. 2026, kterou byla uhrazena faktura č. 2609841 (dodávka mouky 44. týden pro Pekárnu Šebestová).

Váš odběratelský účet je tímto vyrovnán. Děkujeme za včasnou úhradu.

S pozdravem
účtárna
Mlýny Haná a.s., Prostějov

Tento e-mail byl vytvořen automaticky a je platný bez podpisu.`,
  },
  {
    category: "receipt",
    language: "de",
    subject: "Ihre Bestellung Nr. 330917 bei friseurbedarf-direkt.at",
    body: `Hallo Frau Pichler,

vielen Dank für Ihre Bestellung! Die Zahlung über PayPal ist bei uns eingegangen.

Bestellnummer: 330917 vom 21.11.2026
3 × Oxidant 6 % 1000 ml            € 17,70
10 × Haarfarbe Tube 60 ml sortiert  € 59,90
1 × Foliendispenser                 € 24,90
Versand (Österreich)                € 0,00
Summe                               € 102,50
darin enthalten 20 % USt.           € 17,08

Die Rechnung mit Zahlungsvermerk finden Sie als PDF im Anhang. Sie erhalten eine weitere Nachricht, sobald das Paket verschickt wurde.

Ihr Team von friseurbedarf-direkt.at
Salonservice Huber GmbH, Linz · ATU 6622 1980`,
  },
  {
    category: "receipt",
    language: "fr",
    subject: "Reçu d'acompte – mariage Durand / Fabre, 12 juin 2027",
    body: `Chère Camille, cher Hugo,

Nous accusons bonne réception de votre virement de 2 400,00 € correspondant à l'acompte de 30 % pour le repas de votre mariage (110 convives, formule cocktail + dîner assis).

Vous trouverez ci-joint le reçu. Votre date est désormais bloquée. Le solde sera à régler au plus tard huit jours après la réception.

Nous reviendrons vers vous en mars pour la dégustation.

Avec toutes nos amitiés,
Sophie Marchal
Les Saveurs de Sophie – Traiteur
Beaune · 03 80 24 71 06`,
  },
  {
    category: "receipt",
    language: "fr",
    subject: "Confirmation de votre commande n° 2611-58802 (payée)",
    body: `Bonjour,

Merci pour votre commande sur imprimerie-express.fr. Votre paiement par carte bancaire a été accepté.

Commande n° 2611-58802 du 22/11/2026
500 cartes de visite, 350 g mat, recto-verso : 29,90 € HT
1 kakémono 85 x 200 cm avec structure : 64,00 € HT
Livraison standard : 9,00 € HT
Total HT : 102,90 €
TVA 20 % : 20,58 €
Total TTC payé : 123,48 €

Vos fichiers sont en cours de vérification. Expédition estimée : 26/11/2026.
La facture acquittée est disponible dans votre espace client.

L'équipe Imprimerie Express`,
  },
  {
    category: "receipt",
    language: "sl",
    subject: "Prejeli smo vaše plačilo – hvala!",
    body: `Pozdravljeni, gospod Hribar,

potrjujemo, da smo danes prejeli vaše nakazilo v višini 486,00 EUR za bivanje vaše družine na naši turistični kmetiji od 30. 10. do 2. 11. Potrdilo o plačilu je v prilogi.

Bilo nam je v veselje, da ste bili pri nas. Otroci še vedno sprašujejo, kdaj pridejo "tisti, ki so hranili zajce" 🙂

Lepo vas pozdravljamo,
družina Jerman
Turistična kmetija Pri Jermanu, Cerkno`,
  },
  {
    category: "receipt",
    language: "it",
    subject: "Ricevuta sedute fisioterapia ottobre",
    body: `Gentile Signor Greco,

come richiesto Le invio in allegato la ricevuta sanitaria per le 4 sedute di fisioterapia (terapia manuale e tecarterapia) effettuate a ottobre, pagate con bancomat.

Importo: € 240,00 (operazione esente IVA art. 10 DPR 633/72, marca da bollo € 2,00 assolta)
Data pagamento: 28/10/2026

La ricevuta è già stata trasmessa al Sistema Tessera Sanitaria, quindi la troverà anche nella dichiarazione precompilata.

Cordiali saluti,
Dott.ssa Francesca Lodi
Studio di Fisioterapia Lodi – Reggio Emilia`,
  },
  {
    category: "receipt",
    language: "es",
    subject: "Justificante transferencia - pedido catering 28/11",
    body: `Buenas tardes, Alberto:

Os adjunto el justificante de la transferencia de 1.210,00 € que acabo de hacer desde la cuenta de la empresa para el catering de la comida de Navidad del día 28 (presupuesto P-2026-091 aceptado).

En el concepto he puesto "Navidad Talleres Irún P-2026-091".

Un saludo,
Begoña Etxeberria
Administración – Talleres Irún S.L.`,
  },
  {
    category: "receipt",
    language: "es",
    subject: "Matrícula confirmada – Curso intensivo de inglés B2 (enero)",
    body: `Hola Daniel:

¡Gracias por matricularte! Hemos recibido tu pago y tu plaza está confirmada.

Curso: Inglés B2 intensivo, lunes a jueves 19:00-21:00
Fechas: 11 de enero – 25 de marzo de 2027
Importe pagado: 385,00 € (matrícula 35 € + curso 350 €)
Forma de pago: tarjeta, 20/11/2026
N.º de recibo: AC-2026-1187

El primer día haremos una prueba corta de nivel para confirmar el grupo. Los libros se entregan en clase.

¡Nos vemos en enero!
Academia Cambridge Sur – Sevilla
Secretaría: 954 27 39 10`,
  },
  {
    category: "receipt",
    language: "nl",
    subject: "Betaling ontvangen – bestelling 81442 Bloemenhuis Lisse",
    body: `Beste Annelies,

Bedankt voor je bestelling! We hebben je iDEAL-betaling van € 54,95 in goede orde ontvangen.

Bestelling 81442
1 x Boeket 'Winterwit' groot – € 44,95
Bezorging Haarlem op vrijdag 27 november – € 10,00
Kaartje: "Gefeliciteerd met jullie nieuwe huis! Liefs, Tim en Annelies"

Je ontvangt op de dag van bezorging een bericht met het tijdvak.

Hartelijke groet,
Bloemenhuis Lisse
Heereweg 201, Lisse`,
  },
  {
    category: "receipt",
    language: "nl",
    subject: "Kwitantie aanbetaling verhuizing 12 december",
    body: `Goedemiddag mevrouw Jansen,

Hierbij bevestigen wij de ontvangst van uw aanbetaling van € 450,00 voor de verhuizing van Utrecht naar Amersfoort op zaterdag 12 december. De kwitantie zit als pdf in de bijlage.

Het restbedrag van € 1.085,00 rekent u op de dag zelf af bij onze voorman, pinnen kan ter plekke.

Met vriendelijke groet,
Hakim el Amrani
Verhuisbedrijf Domstad
030 262 18 40`,
  },
  {
    category: "receipt",
    language: "pl",
    subject: "Potwierdzenie opłacenia zamówienia nr 2026/11/4471",
    body: `Dzień dobry,

dziękujemy za zakupy w hurtowni Elektro-Mat. Płatność za zamówienie została zaksięgowana.

Zamówienie nr 2026/11/4471
Przewód YDY 3x2,5 – 100 m
Puszka podtynkowa fi 60 – 50 szt.
Wyłącznik różnicowoprądowy 40A 30mA – 2 szt.
Wartość brutto: 1 047,63 zł
Forma płatności: szybki przelew (opłacone 20.11.2026)

Towar będzie gotowy do odbioru w punkcie przy ul. Przemysłowej 7 w Rzeszowie od jutra od godz. 8:00. Faktura VAT zostanie wysłana osobnym mailem.

Pozdrawiamy,
Zespół Elektro-Mat`,
  },
  {
    category: "receipt",
    language: "pl",
    subject: "potwierdzenie przelewu - sesja ślubna",
    body: `Dzień dobry Pani Karolino,

w załączniku potwierdzenie przelewu na 1500 zł - to zaliczka za reportaż ślubny 19 czerwca. Przelew wyszedł dziś z konta mojego narzeczonego (Marcin Lis), tak gdyby Pani szukała po nazwisku :)

Pozdrawiam serdecznie
Natalia Sowa

Wysłane z iPhone'a`,
  },
  {
    category: "receipt",
    language: "pt",
    subject: "Recibo – pagamento do curso de alemão A1",
    body: `Cara Sr.ª Marta Lopes,

Confirmamos a receção do seu pagamento de 260,00 € referente ao curso de alemão A1 (terças e quintas, 18h30), com início a 12 de janeiro.

Segue em anexo a fatura-recibo n.º FR 2026/412, emitida com o NIF que nos indicou.

Obrigado pela confiança e até breve!
Secretaria
Escola de Línguas Ponte – Porto
Rua de Santa Catarina 512`,
  },
  {
    category: "receipt",
    language: "sv",
    subject: "Kvitto från Salong Klippet",
    body: `Tack för besöket!

Salong Klippet, Storgatan 18, Umeå
Org.nr 556701-2284

2026-11-21 10:42
Klippning dam, lång         695,00
Färg, slingor               1 150,00
Schampo Silver 250 ml       189,00
Totalt                      2 034,00 SEK
Varav moms 25 %             406,80

Betalt: Swish
Kvittonr: 88214

Välkommen åter! Boka din nästa tid på klippet.se`,
  },
  {
    category: "receipt",
    language: "sv",
    subject: "Orderbekräftelse #M-20381 – Musikhörnan",
    body: `Hej Johan,

Tack för din beställning! Betalningen är genomförd.

Order #M-20381
Yamaha FG820 akustisk gitarr, natur       3 490 kr
Gigbag vadderad                            399 kr
Strängar D'Addario EJ16 x3                 357 kr
Frakt                                      0 kr
Totalt betalt (inkl. moms 849,20 kr)      4 246 kr
Betalsätt: Klarna – betala nu

Din order skickas inom 1–2 vardagar.

Hälsningar,
Musikhörnan i Göteborg AB
-----
Order confirmation sent in Swedish and English. Thank you for your order!`,
  },
  {
    category: "receipt",
    language: "cs",
    subject: "Potvrzení o přijetí zálohy – oprava karoserie",
    body: `Dobrý den, pane Horák,

potvrzujeme, že jsme dnes přijali Vaši zálohu ve výši 8 000 Kč na opravu karoserie vozu Škoda Fabia (SPZ 5B2 7714). Příjmový doklad č. 2026/0311 je v příloze.

Díly jsou objednané, auto si můžete přivézt v pondělí 30. 11. v 7:30.

S pozdravem
Jana Šimková
Autoservis U Mostu, Plzeň`,
  },
  {
    category: "receipt",
    language: "hr",
    subject: "Potvrda uplate akontacije – vjenčanje 19.6.2027.",
    body: `Dragi Luka i Ana,

potvrđujemo da je akontacija od 2.000,00 EUR za najam dvorane i catering za vaše vjenčanje 19. lipnja 2027. uspješno zaprimljena na naš račun 18.11.2026.

U privitku vam šaljemo račun s oznakom "plaćeno". Vaš datum je sada službeno rezerviran.

Veselimo se suradnji!
Srdačno,
Martina Horvat
Dvorac Mirna – događaji i vjenčanja`,
  },
  {
    category: "receipt",
    language: "hr",
    subject: "Vaš račun – Pekara Zrno, Zagreb",
    body: `PEKARA ZRNO d.o.o.
Ilica 142, Zagreb · OIB 44120983357

Račun br. 1187/P2/3 · 22.11.2026. 07:14
Kroasan maslac x4        6,40 EUR
Kruh raženi 500 g        3,20 EUR
Burek sir x2             5,80 EUR
UKUPNO                   15,40 EUR
PDV 13 %                 1,77 EUR
Način plaćanja: kartica

JIR: 7c1e4a92-3b5f-4d88-9a0e-5f1b2c7d6e41
ZKI: 3a9d0f2e8b7c61d4f09e2a5b8c7d1e30

Hvala i dođite nam opet!
(Elektronička kopija računa poslana na vaš zahtjev.)`,
  },
  {
    category: "receipt",
    language: "sl",
    subject: "Potrdilo o plačilu naročila št. 55102",
    body: `Spoštovani,

zahvaljujemo se vam za nakup v spletni trgovini Vrtnarija Lipa. Vaše plačilo s kartico je bilo uspešno.

Naročilo št. 55102 (20. 11. 2026)
Sadike lavande, 12 kosov – 42,00 EUR
Zastirka iz lubja, 5 vreč – 29,50 EUR
Dostava – 6,90 EUR
Skupaj plačano: 78,40 EUR (vključno z DDV)

Paket bomo odposlali v dveh delovnih dneh.

Lep pozdrav,
ekipa Vrtnarije Lipa, Škofja Loka`,
  },
  // ───────────────────────────── sales_lead ─────────────────────────────
  {
    category: "sales_lead",
    language: "en",
    subject: "Wedding catering enquiry - 14 June 2027, approx 120 guests",
    body: `Hi there,

My fiancé and I are getting married on Saturday 14 June 2027 at a barn venue near Ledbury, and a friend recommended you after you did her sister's wedding last summer.

We're looking at roughly 120 guests for the wedding breakfast and maybe 160 in the evening. We'd love something relaxed — sharing platters or a hog roast style — rather than a formal three courses. About 15 of the guests are vegetarian and two are coeliac.

Could you let us know:
- if you're available on that date
- a rough price per head for a sharing-style menu
- whether you provide staff, crockery and the evening food as well

Our budget for food is around £7,500 but we're flexible for the right thing.

Thanks so much,
Hannah Whitfield`,
  },
  {
    category: "sales_lead",
    language: "en",
    subject: "Quote request - weekly office cleaning",
    body: `Hello,

I manage a small architecture office (4,000 sq ft, one floor, 2 restrooms and a kitchenette) in downtown Asheville. Our current cleaning contract ends December 31 and we're collecting quotes.

We're looking for:
- 2 evening cleans per week (vacuum, trash, restrooms, kitchen)
- monthly window cleaning inside
- occasional floor waxing

Can you send pricing and let me know if you're bonded and insured? Happy to have someone come walk through the space.

Thanks,
Gwen Taller
Office Manager, Blue Ridge Design Studio
(828) 555-0143`,
  },
  {
    category: "sales_lead",
    language: "en",
    subject: "Summer BBQ for the team - could you quote again?",
    body: `Hi Ollie,

You did our Christmas party at the depot last year and everyone's still talking about the pulled pork, so you're the first person I'm asking.

This time we're planning a summer BBQ for staff and families, Saturday 10 July, about 60 adults and 25 kids, at the same site in Warrington. Would you be free, and what would something similar cost — maybe with a kids' option and a couple of vegan dishes? We'd need a gazebo too if you can hire one.

No rush, we've got budget sign-off in January.

Cheers,
Lorraine Spencer
HR & Facilities, Mersey Freight Logistics`,
  },
  {
    category: "sales_lead",
    language: "en",
    subject: "gutters and roof check price?",
    body: `Hi,

Got your number off a flyer in the letterbox. We've got a 1970s brick veneer in Frankston, single storey, and the gutters are rusted through on the back side and overflowing every time it rains. Probably about 30 metres of gutter all up plus 3 downpipes.

Could you give me a ballpark to replace them in Colorbond, and is it worth getting the tiles checked while you're up there? What would that add?

Cheers,
Daz Milne
0412 557 906`,
  },
  {
    category: "sales_lead",
    language: "en",
    subject: "Stocking your beers at The Bell, Kinsale",
    body: `Hello folks,

I run The Bell in Kinsale, a small pub with 6 taps. We had a few cans of your Harbour Pale at a festival in September and the regulars haven't stopped asking about it.

Would you be able to send on your trade price list, minimum order and delivery days to West Cork? I'd be interested in kegs of the pale and maybe a rotating seasonal. If you do samples or could drop down for a tasting with the staff, even better.

Thanks,
Ronan Cahill
The Bell Bar, Pearse Street, Kinsale
086 441 2097`,
  },
  {
    category: "sales_lead",
    language: "en",
    subject: "Business English course for our reception team",
    body: `Dear Sir or Madam,

We are a 40-room family hotel in Bath and increasingly host guests from Germany, Italy and Japan. I'd like to arrange some business English / customer-service English training for our reception and restaurant team — 8 people, mostly B1 level, two of them native Polish and Portuguese speakers.

Do you offer in-company courses on site, and what would 20 hours over 10 weeks cost? Ideally mornings before 11am.

If you have a brochure or sample syllabus, please send it along.

With kind regards,
Eleanor Fairbrother
General Manager, The Crescent Gate Hotel, Bath`,
  },
  {
    category: "sales_lead",
    language: "cs",
    subject: "Nabídka na stěhování bytu 3+1 Brno → Olomouc",
    body: `Dobrý den,

koncem ledna (ideálně 29. nebo 30. 1. 2027) se stěhujeme z Brna-Žabovřesk do Olomouce a prosím o nezávaznou cenovou nabídku.

Základní údaje:
- byt 3+1, cca 75 m², 4. patro bez výtahu
- nový byt: přízemí rodinného domu
- cca 35 krabic, kuchyňská linka zůstává
- pianino (!) a dvě velké skříně k rozebrání a složení

Mohli byste mi napsat přibližnou cenu a jestli převoz piana děláte sami? Prohlídka je samozřejmě možná.

Děkuji a zdravím
Miroslava Horáková
737 224 915`,
  },
  {
    category: "sales_lead",
    language: "de",
    subject: "Offertanfrage Hochzeitsreportage 21. August 2027",
    body: `Grüezi Frau Meier

Wir heiraten am 21. August 2027 in Luzern (Standesamt am Vormittag, danach Apéro am See und Fest im Hotel Seeburg). Über Instagram sind wir auf Ihre Bilder gestossen und sind begeistert von Ihrem natürlichen Stil.

Wären Sie an diesem Datum noch frei? Und könnten Sie uns eine Offerte für eine Begleitung von ca. 11 bis 22 Uhr schicken, evtl. mit Fotobuch?

Unser Budget liegt bei rund CHF 4'000.–.

Herzliche Grüsse
Seraina Gisler & Jonas Wyss`,
  },
  {
    category: "sales_lead",
    language: "fr",
    subject: "Demande de devis – rénovation salle de bain",
    body: `Bonjour,

Je souhaiterais obtenir un devis pour la rénovation complète de ma salle de bain (environ 6 m², appartement au 2e étage à Nantes, immeuble des années 60).

Les travaux envisagés :
- dépose de la baignoire et pose d'une douche à l'italienne
- remplacement du lavabo par un meuble double vasque
- changement du WC (suspendu si possible)
- reprise de l'arrivée d'eau et de l'évacuation

Pourriez-vous me dire si vous êtes disponible pour passer voir les lieux, et dans quels délais les travaux pourraient être réalisés ? J'aimerais que ce soit fait avant l'été.

Merci d'avance,
Claire Hamon
06 72 18 44 05`,
  },
  {
    category: "sales_lead",
    language: "fr",
    subject: "Tarifs légumes bio pour restaurant",
    body: `Bonjour à l'équipe de la Ferme des Trois Chênes,

Je suis le chef du Comptoir d'Ambroise, un bistrot de 45 couverts à Tours. Nous cherchons à travailler davantage avec des producteurs locaux et j'ai goûté vos légumes au marché des Halles samedi.

Est-ce que vous livrez les restaurants ? Si oui, pourriez-vous m'envoyer votre liste de produits de saison et vos tarifs professionnels, avec le minimum de commande et les jours de livraison ? On parle d'environ 40 à 60 kg de légumes par semaine.

Au plaisir,
Thomas Renaud
Le Comptoir d'Ambroise – 02 47 61 30 88`,
  },
  {
    category: "sales_lead",
    language: "it",
    subject: "Richiesta preventivo allestimento floreale matrimonio",
    body: `Buongiorno,

mi chiamo Giulia e mi sposo il 5 giugno 2027 nella chiesa di San Michele a Lucca, con ricevimento a Villa Grabau. Ho visto i vostri lavori sul sito e mi piacciono molto i toni pastello.

Vorrei un preventivo per:
- bouquet sposa e 4 damigelle
- addobbo chiesa (panche e altare)
- 14 centrotavola bassi per il ricevimento
- arco floreale per le foto

Gli invitati sono circa 130. Siete liberi in quella data? Potremmo anche passare in negozio per parlarne.

Grazie mille,
Giulia Martinelli
347 882 1190`,
  },
  {
    category: "sales_lead",
    language: "it",
    subject: "Servizio lavanderia biancheria – richiesta condizioni",
    body: `Spett.le Lavanderia Industriale Adriatica,

gestiamo un hotel 3 stelle a Cesenatico con 32 camere, aperto da aprile a ottobre, e stiamo valutando di cambiare fornitore per il noleggio e lavaggio della biancheria (lenzuola, federe, asciugamani, tovagliato ristorante).

Vi chiedo cortesemente di inviarci una proposta con prezzi a kg o a capo, frequenza dei ritiri e condizioni contrattuali per la stagione 2027. Con la stagione piena parliamo di circa 350 kg a settimana.

Distinti saluti,
Roberto Casadei
Hotel Miramare Levante – Cesenatico`,
  },
  {
    category: "sales_lead",
    language: "es",
    subject: "Presupuesto mantenimiento jardines comunidad",
    body: `Buenos días:

Soy la presidenta de la comunidad de propietarios Residencial Los Almendros (Alcobendas). Estamos buscando empresa de jardinería para el mantenimiento de las zonas comunes a partir de enero: unos 1.200 m² de césped, setos perimetrales, 20 árboles y el riego automático.

¿Podrían pasar a ver el jardín y enviarnos un presupuesto anual? La junta se reúne el 15 de diciembre y nos gustaría tener al menos tres ofertas.

Gracias de antemano,
Pilar Sanz
Tel. 619 40 22 87`,
  },
  {
    category: "sales_lead",
    language: "sl",
    subject: "najem šotora za birmo - cena?",
    body: `Pozdravljeni,

zanima me cena za najem šotora za približno 50 ljudi, z mizami in klopmi, za birmo hčerke 23. maja. Bilo bi pri nas na vrtu v Domžalah.

Ali imate tudi grelnike, če bo zvečer hladno, in ali je postavitev vključena v ceno?

Hvala,
Barbara

Poslano iz mojega telefona`,
  },
  {
    category: "sales_lead",
    language: "nl",
    subject: "Offerte lunchcatering maandelijkse teamdag",
    body: `Goedemorgen,

Wij zijn een installatiebedrijf met 35 medewerkers in Zwolle. Eén keer per maand hebben we een teamdag op kantoor en we zoeken iemand die de lunch kan verzorgen: broodjes, soep, salade en fruit, met een paar halal en vegetarische opties.

Kunt u een offerte sturen voor 35 personen per keer, voor heel 2027 (12 keer)? Graag ook vermelden of u borden en bestek meeneemt of dat het wegwerp is.

Met vriendelijke groet,
Marjolein Hoekstra
Office manager, Installatiebedrijf Van Dalen & Zn.`,
  },
  {
    category: "sales_lead",
    language: "nl",
    subject: "Vraag over tanden bleken – kosten?",
    body: `Hallo,

Ik ben (nog) geen patiënt bij jullie, maar ik woon sinds kort in Leiden en zoek een nieuwe tandarts. Ik heb ook interesse in tanden bleken.

Wat kost een bleekbehandeling bij jullie ongeveer en hoe werkt dat, met een thuisset of in de praktijk? En nemen jullie nog nieuwe patiënten aan?

Alvast bedankt,
Sanne Mulder`,
  },
  {
    category: "sales_lead",
    language: "pl",
    subject: "Zapytanie ofertowe – ulotki i wizytówki",
    body: `Dzień dobry,

otwieramy w styczniu nowy salon fryzjerski w Gdańsku-Wrzeszczu i potrzebujemy materiałów drukowanych. Proszę o wycenę:

1. Ulotki A5, dwustronne, kreda 170 g – 2000 szt.
2. Wizytówki dwustronne, matowe z lakierem UV – 500 szt.
3. Karty stałego klienta – 1000 szt.
4. Ewentualnie szyld/naklejka na witrynę 120x80 cm

Projekty mamy gotowe w PDF. Jaki byłby czas realizacji?

Pozdrawiam
Magdalena Kowalczyk
Studio Fryzur "Loki"
tel. 512 334 908`,
  },
  {
    category: "sales_lead",
    language: "pl",
    subject: "Wycena wymiany pokrycia dachu",
    body: `Witam,

poproszę o orientacyjną wycenę wymiany pokrycia dachu na domu jednorodzinnym pod Tarnowem. Dach dwuspadowy, ok. 160 m2, obecnie eternit (do utylizacji), chcielibyśmy blachodachówkę. Do tego wymiana rynien i obróbki komina.

Czy robią Państwo też utylizację azbestu i czy da się to zrobić wiosną przyszłego roku? Mogę podesłać zdjęcia.

Pozdrawiam
Tadeusz Nowak
tel. 601 775 213`,
  },
  {
    category: "sales_lead",
    language: "pt",
    subject: "Pedido de orçamento – casamento na quinta, setembro 2027",
    body: `Boa tarde,

Estamos a organizar o nosso casamento para 18 de setembro de 2027 numa quinta perto de Lamego e gostávamos de receber um orçamento para o catering.

Seremos cerca de 140 convidados. Procuramos cocktail de boas-vindas, jantar (entrada, peixe, carne e sobremesa), mesa de doces e ceia. Temos 3 convidados vegetarianos e uma criança com alergia a frutos secos.

Têm disponibilidade nessa data? Fazem também serviço de bar?

Obrigada,
Beatriz Moura
912 440 387`,
  },
  {
    category: "sales_lead",
    language: "pt",
    subject: "Orçamento limpeza pós-obra – apartamento Pinheiros",
    body: `Olá, tudo bem?

Acabamos uma reforma num apartamento de 95 m² em Pinheiros (São Paulo) e precisamos de uma limpeza pós-obra completa: pó de gesso, resto de tinta nos pisos e janelas, vidros, banheiros e cozinha.

Vocês conseguem fazer na semana de 7 de dezembro? Qual seria o valor e quantas pessoas vêm? Posso mandar fotos pelo WhatsApp.

Obrigado!
Felipe Tanaka
(11) 98765-2231`,
  },
  {
    category: "sales_lead",
    language: "sv",
    subject: "Offertförfrågan – ny gräsmatta och stenläggning",
    body: `Hej!

Vi har köpt ett hus i Lerum och vill göra om trädgården till våren. Vi tänker oss:

- ny gräsmatta ca 120 kvm (gamla är mest mossa)
- stenlagd uteplats ca 25 kvm, gärna marksten i grått
- en liten stödmur mot slänten, ca 8 m

Kan ni komma ut och titta och lämna en offert? Vi vill gärna veta ungefärlig kostnad och när ni har tid, och om ni hjälper till med ROT.

Mvh
Karin och Mattias Lund
070-318 44 02`,
  },
  {
    category: "sales_lead",
    language: "cs",
    subject: "Poptávka svatebního dortu – červen 2027",
    body: `Dobrý den,

chtěla bych se zeptat na svatební dort na 12. června 2027. Počítáme asi s 90 hosty, líbil by se nám třípatrový dort v bílé barvě s čerstvými květy, uvnitř ideálně malina a vanilka. Navíc bychom chtěli asi 150 svatebních koláčků.

Mohla byste mi poslat ceník, případně jestli je možná ochutnávka předem? Svatba je v Kutné Hoře, šlo by i doručení?

Děkuji,
Tereza Procházková`,
  },
  {
    category: "sales_lead",
    language: "hr",
    subject: "Upit za smještaj – grupa planinara, svibanj 2027",
    body: `Poštovani,

ja sam voditeljica planinarskog društva iz Varaždina i planiramo izlet na Velebit od 21. do 23. svibnja 2027. Bilo bi nas oko 25 osoba.

Zanima me imate li slobodnih soba za te datume (može i višekrevetne), cijena noćenja s doručkom i je li moguće dobiti večeru ili lunch paket za izlete.

Unaprijed hvala na odgovoru,
Snježana Kovačić
PD "Ravna gora" Varaždin`,
  },
  {
    category: "sales_lead",
    language: "hr",
    subject: "Servis klima uređaja za restoran – cijena održavanja",
    body: `Dobar dan,

vlasnik sam restorana u Zadru i trebao bih firmu za redovno održavanje klima uređaja. Imamo 6 split uređaja u sali i 2 u kuhinji, plus rashladnu komoru.

Možete li mi poslati ponudu za godišnje održavanje (čišćenje i dezinfekcija prije sezone, provjera plina) i koliko košta intervencija ako nešto stane usred ljeta?

Lijep pozdrav,
Ante Bilić
Konoba Stari Bunar, Zadar
091 553 2017`,
  },
  {
    category: "sales_lead",
    language: "sl",
    subject: "Povpraševanje – knjigovodstvo za s.p.",
    body: `Pozdravljeni,

s 1. januarjem odpiram s.p. (cvetličarna v Kranju, normirani ali dejanski stroški – še nisem čisto prepričana, kaj je bolje). Zanima me, koliko stane vaše mesečno vodenje knjig, obračun DDV in letno poročilo.

Ali bi lahko dobila ponudbo in morda kratek nasvet glede izbire med normirancem in dejanskimi stroški?

Lep pozdrav,
Nina Bizjak
041 228 913`,
  },
  // ───────────────────────────── support_request ─────────────────────────────
  {
    category: "support_request",
    language: "en",
    subject: "Chairs and trestles still not collected - booking HR-3318",
    body: `Hi,

We had 100 chairs, 12 trestle tables and two urns from you for our daughter's 21st on Saturday (booking HR-3318). The collection was booked for Monday morning, but nobody turned up and they're still stacked in our garage.

We're away from Thursday so they really need to go before then. Can someone let me know when the van is coming? I'm working from home tomorrow and Wednesday, so any time is fine.

Also one of the urns stopped heating halfway through the evening — just so you know before it goes out again.

Thanks,
Claire Donnelly
22 Beechwood Avenue, Lisburn`,
  },
  {
    category: "support_request",
    language: "en",
    subject: "Hobart dishwasher installed 11/12 is leaking - need a tech",
    body: `Hi Marcus,

The undercounter dishwasher your guys installed last Thursday (PO 5571) has been leaking from the bottom front edge since Saturday night. It's not huge, maybe a cup of water per cycle, but it's running into the kitchen floor drain and my health inspection is in two weeks.

We tightened the inlet hose ourselves, didn't help. It seems to happen during the rinse cycle.

Can you get someone out under the warranty this week? We're open 11–10 but the kitchen is empty before 10am.

Thanks,
Rosa Almeida
Chef/Owner, Almeida's Kitchen
Providence, RI`,
  },
  {
    category: "support_request",
    language: "en",
    subject: "Allergen info for our menu (quote Q-0457 accepted)",
    body: `Hi Sam,

Thanks for the revised quote — we're happy to go ahead with Q-0457 for the charity dinner on 5 December (option B, 85 covers). Deposit went over on Friday.

One thing I forgot to mention: one of our trustees has a severe sesame allergy and another guest is coeliac. Could you send me the full allergen list for each dish in option B so I can check with them? Especially the bread, the dukkah on the lamb and the dessert.

If the lamb can't be done without sesame, is there a swap you'd recommend?

Many thanks,
Fiona Grant
Events Coordinator, Highland Hospice Trust`,
  },
  {
    category: "support_request",
    language: "en",
    subject: "Invoice 5519 - charged wrong hours?",
    body: `Hi Jess,

Got the invoice for the deep clean of the shop (inv 5519) — thanks. I think there's a mistake though: it says 3 cleaners x 4 hours, but your team arrived at 9 and were finished by 11, so it should be 2 hours each.

Could you check with the team and send me a corrected invoice? Happy to pay straight away once it's sorted.

Cheers,
Mick Fraser
Fraser's Surf & Skate, Byron Bay`,
  },
  {
    category: "support_request",
    language: "en",
    subject: "Short delivery this morning - Ballymore Café",
    body: `Morning Gerry,

Today's delivery came in at 6.40 but we were short two trays of fruit scones and the brown soda loaves (we ordered 8, got 5). Docket no. 118204.

Any chance the driver could drop the missing bits on the way back, or can you take them off the invoice? Saturdays are mad here, so the scones are the bigger worry.

Thanks a million,
Maeve
Ballymore Café, Mullingar
086 301 7725`,
  },
  {
    category: "support_request",
    language: "en",
    subject: "Re: Order confirmation FLW-2209 - can we add buttonholes and move the time?",
    body: `Hi Jo,

Thanks for confirming the order. Two small changes if possible:

1. Could we add 4 more buttonholes (same as the others – white rose & rosemary)? My husband's brothers have decided they want them after all.
2. The ceremony has moved from 1pm to 2pm, so delivery to the church could be 12.30 instead of 11.30.

Let me know if that changes the total and I'll transfer the difference.

Best,
Anna Pritchard

> Order FLW-2209 confirmed
> Delivery: Sat 19 December, 11:30, St Mary's Church, Thame
> 1x bridal bouquet, 2x bridesmaid posies, 6x buttonholes, 2x pedestal arrangements
> Total: £865.00 (deposit paid £250.00)`,
  },
  {
    category: "support_request",
    language: "de",
    subject: "Reklamation Torte Bestellung 4471 – beschädigt angekommen",
    body: `Sehr geehrte Damen und Herren,

am Samstag haben wir bei Ihnen die Hochzeitstorte (3 Etagen, Himbeer-Mascarpone, Bestellnummer 4471) zur Lieferung in die Gaststätte Zum Hirschen bestellt. Leider ist die Torte beschädigt angekommen: die oberste Etage war verrutscht, die Seite eingedrückt und ein Teil der Blumendeko abgebrochen. Ihr Fahrer hat das selbst gesehen und meinte, wir sollten uns melden.

Wir haben die Torte trotzdem angeschnitten, die Fotos für das Brautpaar sind aber natürlich nicht schön geworden. Fotos vom Zustand bei Anlieferung hänge ich an.

Ich bitte Sie um eine Stellungnahme und eine teilweise Erstattung des Kaufpreises von 420 €.

Mit freundlichen Grüßen
Sabine Köhler
(Mutter der Braut)`,
  },
  {
    category: "support_request",
    language: "de",
    subject: "Motorkontrollleuchte nach Service wieder an – Auftrag 8812",
    body: `Servus Herr Gruber,

ich war letzte Woche Dienstag mit meinem Octavia (W-44718K) bei Ihnen zum Service und zur Pickerl-Überprüfung, Auftrag 8812. Sie haben dabei auch den Fehler mit der Motorkontrollleuchte behoben (Lambdasonde getauscht).

Seit gestern ist die Leuchte leider wieder an, und beim Kaltstart ruckelt er ein bisserl. Ist das noch Gewährleistung? Wann könnte ich vorbeikommen, damit Sie sich das nochmal anschauen? Ich bräuchte das Auto halt unter der Woche für die Arbeit.

Danke und liebe Grüße
Stefan Hofbauer
0664 381 22 70`,
  },
  {
    category: "support_request",
    language: "fr",
    subject: "Commande de vins n° 20931 toujours pas livrée",
    body: `Bonjour,

Nous avons passé commande le 3 novembre (n° 20931 : 6 cartons de Saumur-Champigny et 4 cartons de Vouvray sec) avec une livraison annoncée pour le 12. Nous sommes le 20 et nous n'avons toujours rien reçu, ni appel du transporteur.

Notre carte des vins de fin d'année dépend de cette commande et nous avons une soirée privée le 28. Pouvez-vous vérifier où en est la livraison et nous donner une date ferme ? Si ce n'est pas possible avant le 26, merci de nous le dire pour qu'on trouve une solution.

Cordialement,
Julien Morel
Restaurant La Table du Marché, Angers`,
  },
  {
    category: "support_request",
    language: "sl",
    subject: "Sprememba števila gostov – večerja 12. decembra",
    body: `Pozdravljeni, gospa Kovač,

glede zaključne večerje našega društva, ki jo pripravljate za soboto, 12. decembra (potrjena ponudba št. P-2026-187), vam moram žal sporočiti, da nas bo manj, kot smo načrtovali: 48 oseb namesto 62, ker je več članov odpovedalo.

Ali je število še mogoče spremeniti? In kako je potem z že plačano akontacijo?

Hvala za odgovor in lep pozdrav,
Marija Vidmar
blagajničarka, Društvo upokojencev Šentvid`,
  },
  {
    category: "support_request",
    language: "it",
    subject: "Reclamo pulizie ufficio – contratto 2026/31",
    body: `Buongiorno,

vi scrivo per segnalare che nelle ultime due settimane il servizio di pulizia del nostro studio (contratto n. 2026/31, tre passaggi settimanali) non è stato svolto come previsto: i cestini non vengono svuotati, i bagni sono stati puliti solo in parte e venerdì scorso nessuno si è presentato.

Riceviamo pazienti ogni giorno e non possiamo permetterci questa situazione. Vi chiedo di verificare con il personale e di farmi sapere come intendete risolvere, altrimenti dovremo valutare la disdetta.

Cordiali saluti,
Dott. Andrea Sala
Studio Dentistico Sala – Bergamo`,
  },
  {
    category: "support_request",
    language: "it",
    subject: "Come si fa la decalcificazione? Macchina acquistata a settembre",
    body: `Salve,

a settembre abbiamo comprato da voi la macchina per espresso a due gruppi per il nostro bar (ordine 1102). Funziona benissimo, ma adesso sul display è comparsa la scritta "DECALC" e nel manuale non capisco bene la procedura, è solo in inglese e tedesco.

Potete spiegarmi come si fa o mandarmi le istruzioni in italiano? Quale prodotto decalcificante devo usare?

Grazie,
Lorenza
Bar Pasticceria Aurora – Trani`,
  },
  {
    category: "support_request",
    language: "es",
    subject: "Guitarra llegó con el mástil rajado – pedido 77310",
    body: `Hola:

Ayer recibí la guitarra clásica que compré en vuestra web (pedido 77310, Alhambra 3C). La caja venía golpeada en una esquina y al abrirla he visto que el mástil tiene una grieta a la altura del tercer traste.

Os adjunto fotos de la caja y de la guitarra. Es un regalo de Reyes para mi hijo, así que necesito saber cuanto antes si me la podéis cambiar y cómo hago la devolución.

Gracias,
Ignacio Ferrer
Valencia`,
  },
  {
    category: "support_request",
    language: "es",
    subject: "Factura con datos fiscales incorrectos",
    body: `Buenos días:

Hemos recibido la factura n.º A-2026/1512 por la reparación de la cámara frigorífica de nuestro restaurante, pero está emitida a nombre del propietario del local y no de la sociedad.

Los datos correctos son:
Taberna El Rincón de Aldo S.L.
CIF B-19882410
C/ Mayor 8, 28801 Alcalá de Henares

¿Podéis anularla y emitir una nueva con estos datos? Sin eso nuestra gestoría no nos la acepta.

Gracias y un saludo,
Carmen Ruiz
Administración`,
  },
  {
    category: "support_request",
    language: "nl",
    subject: "Schade na verhuizing 6 november – dossier 26-4418",
    body: `Geachte heer/mevrouw,

Op 6 november hebben jullie onze verhuizing van Eindhoven naar Tilburg verzorgd (dossier 26-4418). Bij het uitpakken hebben we de volgende schade geconstateerd:

- een diepe kras over het blad van de eikenhouten eettafel
- de glazen deur van de vitrinekast is gebarsten
- twee dozen met servies waren nat (waarschijnlijk van de regen tijdens het laden)

Foto's zitten in de bijlage. Op de opdrachtbevestiging staat dat schade binnen 14 dagen gemeld moet worden, vandaar dit bericht. Hoe gaat de schadeafhandeling verder?

Met vriendelijke groet,
Erik en Lotte van den Berg`,
  },
  {
    category: "support_request",
    language: "nl",
    subject: "drukwerk kleur klopt niet (order 33781)",
    body: `Hoi Wouter,

De menukaarten zijn gisteren binnengekomen, bedankt voor de snelle levering. Alleen het groen van ons logo is duidelijk anders dan op de proef die we hadden goedgekeurd: het is veel geliger, bijna olijfgroen. Naast de oude kaarten valt het echt op.

Kun je kijken wat er misging? Ik stuur een foto mee van de proef naast de nieuwe kaart. Het liefst worden ze opnieuw gedrukt vóór de kerstperiode.

Groetjes,
Fleur
Brasserie Het Pakhuis, Groningen`,
  },
  {
    category: "support_request",
    language: "pl",
    subject: "Reklamacja – znowu cieknie pod zlewem",
    body: `Dzień dobry Panie Tomaszu,

dwa tygodnie temu wymieniał Pan u nas syfon i wężyki pod zlewem w kuchni (faktura 23/10/2026). Od wczoraj znowu kapie, tym razem przy połączeniu z rurą odpływową, podstawiłam miskę.

Czy mógłby Pan przyjechać to poprawić w ramach gwarancji? Jestem w domu codziennie po 15, w sobotę cały dzień.

Dziękuję,
Ewa Zielińska
ul. Lipowa 14/3, Lublin
tel. 698 221 403`,
  },
  {
    category: "support_request",
    language: "pl",
    subject: "Re: Your order #BX-99120 has been confirmed",
    body: `Dzień dobry,

dziś nie dotarł do nas catering pudełkowy, mimo że zamówienie jest potwierdzone (poniżej). Dieta 2000 kcal x 2 osoby, adres bez zmian. Kurier nie dzwonił, w aplikacji status "dostarczono" o 5:12, ale pod drzwiami nic nie ma.

Proszę o wyjaśnienie i zwrot za dzisiejszy dzień albo dodatkowy dzień na końcu zamówienia.

Pozdrawiam
Joanna Wieczorek

---------- Original message ----------
From: BoxFit Catering <orders@boxfit-catering.pl>
Your order #BX-99120 has been confirmed.
Plan: Balance 2000 kcal, 2 persons, 20 days (Mon–Fri)
Delivery address: ul. Kościuszki 51/12, Wrocław
Start date: 09.11.2026`,
  },
  {
    category: "support_request",
    language: "pt",
    subject: "Fatura da estadia em nome da empresa – reserva 66820",
    body: `Bom dia,

Fiquei hospedado no vosso hotel de 16 a 19 de novembro (reserva 66820) em viagem de trabalho. No check-out pedi a fatura em nome da empresa, mas a que recebi por email vem em meu nome pessoal e sem NIF.

Podiam emitir uma nova fatura com os dados abaixo e anular a anterior?

Cervejaria Artesanal do Minho, Lda.
NIF 514 882 906
Rua do Souto 77, 4700-329 Braga

Obrigado,
Nuno Pires`,
  },
  {
    category: "support_request",
    language: "pt",
    subject: "Disjuntor desarmando depois da instalação – garantia",
    body: `Boa tarde, Sr. Wagner,

O senhor instalou o novo quadro de distribuição e o circuito do forno elétrico aqui na padaria há três semanas. Desde segunda-feira o disjuntor do forno desarma sempre que ligamos o forno e a chapa ao mesmo tempo, de manhã cedo.

Isso está atrapalhando muito a produção. O serviço ainda está na garantia de 90 dias, certo? Quando o senhor consegue vir dar uma olhada? Abrimos às 5h30, pode ser em qualquer horário.

Att.,
Luciana Ferreira
Padaria Trigo Bom – Belo Horizonte`,
  },
  {
    category: "support_request",
    language: "sv",
    subject: "Bröllopsbilderna – när kommer galleriet?",
    body: `Hej Sofia!

Hoppas allt är bra. Vi gifte oss den 29 augusti och du sa då att galleriet skulle vara klart inom sex veckor. Nu har det gått nästan tre månader och vi har inte fått något, och du har inte svarat på mitt sms förra veckan.

Vi förstår att hösten är hektisk, men vi skulle gärna vilja ha bilderna innan jul eftersom vi ska göra fotoböcker till föräldrarna. Kan du ge oss ett datum?

Vänliga hälsningar
Linnea och Oskar Berg`,
  },
  {
    category: "support_request",
    language: "sv",
    subject: "Presentkort fungerar inte i kassan",
    body: `Hej,

Jag fick ett presentkort på 1 000 kr till er salong i födelsedagspresent (nr 4420-1187) och försökte använda det i lördags, men i kassan sa de att koden var ogiltig. Personalen var jättetrevlig men kunde inte hjälpa mig, så jag betalade med kort.

Kan ni kolla upp presentkortet och i så fall dra av beloppet från min behandling i efterhand?

Tack på förhand!
Maja Andersson`,
  },
  {
    category: "support_request",
    language: "cs",
    subject: "Reklamace – vizitky ve špatném počtu a s chybou",
    body: `Dobrý den,

dnes jsem si vyzvedl objednávku č. 2026-1488 (vizitky pro naši autoškolu). Objednávali jsme 1000 ks, v krabici je ale jen 500, a navíc je u telefonního čísla prohozená číslice (je tam 737 118 294 místo 737 118 249). V náhledu, který jsem schvaloval, bylo číslo správně.

Prosím o dotisk celého nákladu se správným číslem. Kdy by to mohlo být hotové?

Děkuji
Martin Beneš
Autoškola Beneš, Olomouc`,
  },
  {
    category: "support_request",
    language: "hr",
    subject: "Kašnjenje dostave – narudžba 2211",
    body: `Poštovani,

narudžba br. 2211 (ribe i plodovi mora za restoran) trebala je stići jutros do 8 sati. Sad je 10:30, nitko se ne javlja na broj dostave, a u podne imamo rezerviranu grupu od 30 ljudi.

Molim vas hitno javite kad stiže ili moramo kupovati na ribarnici. Ako ne stigne do 11:30, otkazujemo današnju dostavu.

Hvala,
Mario Jurić
Restoran Galeb, Split
098 422 719`,
  },
  {
    category: "support_request",
    language: "sl",
    subject: "Madeži na prtih po pranju – dobavnica 3307",
    body: `Pozdravljeni,

v petek smo od vas dobili nazaj oprane prte in prtičke (dobavnica 3307). Pri pregledu smo ugotovili, da ima vsaj 14 belih prtov še vedno rumene madeže od vina in omake, dva pa imata rjav madež, ki ga prej ni bilo.

Prosim, da jih prevzamete in ponovno operete brezplačno. Do sobote potrebujemo vsaj 40 čistih prtov za poroko. Ali je to izvedljivo?

Lep pozdrav,
Urška Novak
Gostilna Pri Lipi, Radovljica`,
  },
  // ───────────────────────────── meeting_request ─────────────────────────────
  {
    category: "meeting_request",
    language: "en",
    subject: "Site visit to measure up for the extension",
    body: `Hi Mr and Mrs Shah,

Thanks for sending the architect's drawings over. Before I can price the extension properly I'll need to come round and have a look at the back wall, the drainage run and the access down the side of the house.

Would either of these work for you?
- Tuesday 1 December, 8.00am
- Wednesday 2 December, 4.30pm

It usually takes about an hour. If neither suits, let me know a couple of times that do and I'll fit round you.

Regards,
Gareth Lloyd
Lloyd & Sons Building Contractors
07831 220 914`,
  },
  {
    category: "meeting_request",
    language: "en",
    subject: "Quick call with you + Willow Creek coordinator?",
    body: `Hi Jenna and Matt!

Now that the venue contract is signed, I'd love to set up a 30-minute Zoom with the two of you and Denise, the coordinator at Willow Creek, to walk through the timeline for the day and the rain plan.

Denise is free Thursday after 3pm CT or Monday morning. Would Thursday at 4:00 work for you both? I'll send the invite as soon as you confirm.

Talk soon,
Alexis
Alexis Moreno Events | Wedding Planning & Coordination
(512) 555-0192`,
  },
  {
    category: "meeting_request",
    language: "en",
    subject: "Need to move my check-up on Friday",
    body: `Hello,

I have a check-up and hygienist appointment booked for this Friday 27th at 9.20 with Dr Khan, but I've been asked to cover a shift at work.

Is there anything the week after, ideally early morning or after 4? If the hygienist and check-up can still be back to back that would be great.

Thanks,
Ben Carter
DOB 14/03/1988`,
  },
  {
    category: "meeting_request",
    language: "en",
    subject: "EOFY meeting - let's lock in a time",
    body: `Hi Sharon and Phil,

It's that time again. I'd like to sit down with you both to go through the year for the bakery before we lodge anything — the equipment write-off for the new deck oven, super for the casual staff, and whether it's time to look at a company structure.

I've got these slots free:
- Tue 9 June, 10am (at your shop or ours)
- Wed 10 June, 2pm
- Fri 12 June, 9am via Teams

Let me know which suits, and bring the last quarter's BAS workings if you have them handy.

Cheers,
Anthony Lam
Lam Partners Accountants, Parramatta`,
  },
  {
    category: "meeting_request",
    language: "en",
    subject: "Dropping in to meet the chef?",
    body: `Hi Declan,

Hope the new menu's bedding in well. I'll be down in Galway next week visiting a few of our restaurant accounts and would love to call in for twenty minutes to meet your new head chef and leave some samples of our winter cheeses.

Would Tuesday around 3pm work, after your lunch service? Or Wednesday the same time if that's better.

Best,
Orla Nolan
Sales, Burren Farmhouse Cheeses
087 663 5120`,
  },
  {
    category: "meeting_request",
    language: "en",
    subject: "Cancel Friday 10am - can we do next week instead?",
    body: `Morning Steve,

Sorry for the late notice — I have to cancel our site meeting at the Market Street shop on Friday at 10. The shopfitter has pushed his start back, so there's no point walking the electrics until the partitions are up.

Could we do Wednesday 9 Dec, same time? If not, any morning that week works for me.

Cheers,
Hayley
Hayley Rhodes Interiors

Sent from my iPhone`,
  },
  {
    category: "meeting_request",
    language: "de",
    subject: "Terminvorschlag Besichtigung Zählerschrank Haus Uhlandstr. 22",
    body: `Sehr geehrter Herr Demir,

im Auftrag der Eigentümergemeinschaft Uhlandstraße 22 möchte ich einen Termin mit Ihnen vereinbaren, um den Zählerschrank im Keller und die Steigleitungen zu begutachten, bevor die Eigentümerversammlung über die Sanierung entscheidet.

Der Hausmeister, Herr Schulte, kann Ihnen am Mittwoch, 02.12., oder am Freitag, 04.12., jeweils ab 9:00 Uhr aufschließen. Bitte teilen Sie mir mit, welcher Tag Ihnen passt und wie viel Zeit Sie einplanen.

Mit freundlichen Grüßen
Katrin Vogel
Hausverwaltung Vogel & Partner, Stuttgart
Tel. 0711 248 66 30`,
  },
  {
    category: "meeting_request",
    language: "de",
    subject: "Besprechung Jahresabschluss 2026",
    body: `Liebe Frau Wimmer,

für die Besprechung des Jahresabschlusses 2026 Ihres Gasthofs würde ich gerne einen Termin in unserer Kanzlei ausmachen. Da wir heuer auch über die Umstellung auf die Regelbesteuerung reden sollten, planen Sie bitte ca. 1,5 Stunden ein.

Mögliche Termine:
Montag, 18.01.2027, 14:00 Uhr
Donnerstag, 21.01.2027, 9:30 Uhr
Dienstag, 26.01.2027, 16:00 Uhr

Geben Sie mir bitte kurz Bescheid, welcher passt. Falls Ihr Mann auch dabei sein möchte, gerne.

Herzliche Grüße aus Salzburg
Mag. Christoph Eder
Steuerberatung Eder & Lang`,
  },
  {
    category: "meeting_request",
    language: "fr",
    subject: "Visite de la salle de réception – proposition de rendez-vous",
    body: `Bonjour Léa, bonjour Maxime,

Suite à notre échange téléphonique, je vous propose d'organiser une visite du Domaine des Tilleuls ensemble, avec la responsable de la salle, pour voir l'espace cocktail et le plan de table possible.

Elle est disponible le samedi 5 décembre à 10 h 30 ou le mercredi 9 décembre en fin d'après-midi (vers 17 h 30). Dites-moi ce qui vous arrange et je confirme avec elle.

Belle journée,
Émilie Roussel
Un Jour Parfait – Organisation de mariages
06 14 88 27 03`,
  },
  {
    category: "meeting_request",
    language: "fr",
    subject: "Décaler mon rendez-vous de kiné de jeudi",
    body: `Bonjour,

J'ai rendez-vous jeudi 26 à 18 h avec M. Perrin pour ma rééducation du genou, mais je ne pourrai pas quitter le travail à temps.

Serait-il possible de le décaler à vendredi, ou à la semaine prochaine en fin de journée ?

Merci beaucoup,
Aurélie Blanc
06 31 55 92 18`,
  },
  {
    category: "meeting_request",
    language: "it",
    subject: "Sopralluogo giardino – quando possiamo vederci?",
    body: `Buongiorno Sig. Rinaldi,

grazie per averci contattato per la sistemazione del giardino della villa. Per preparare un progetto e un preventivo accurati avremmo bisogno di fare un sopralluogo, misurare le aree e vedere l'impianto di irrigazione esistente.

Saremmo disponibili martedì 1 dicembre alle 9:00 oppure giovedì 3 alle 14:30. Ci dica pure quale preferisce, o se ha altre esigenze di orario.

Cordiali saluti,
Valentina Gatti
Verde Progetto – Giardini e paesaggio, Varese
tel. 0332 28 41 75`,
  },
  {
    category: "meeting_request",
    language: "sl",
    subject: "Potrditev klica v ponedeljek ob 11h – vinska karta 2027",
    body: `Živjo Matej,

potrjujem najin klic v ponedeljek, 30. novembra, ob 11. uri, da skupaj pregledava vinsko karto vaše restavracije za leto 2027. Spodaj je povezava za Meet; če bi ti bolj ustrezalo pol ure prej ali kasneje, mi samo sporoči.

Povezava: meet.google.com/qkr-wbpt-xza

Se slišiva,
Simona Bizjak
Vinska klet Gorica – prodaja`,
  },
  {
    category: "meeting_request",
    language: "es",
    subject: "¿Quedamos para cerrar los detalles de la boda?",
    body: `¡Hola, Marta y Sergio!

Ya tengo las tres propuestas de decoración y los presupuestos de música. Creo que lo mejor es que nos sentemos una hora para verlo todo con calma y decidir antes de Navidad.

¿Os viene bien el jueves 3 de diciembre a las 19:00 en mi estudio (C/ Sagasta 22, Zaragoza)? Si no, también puedo el sábado 5 por la mañana, o por videollamada si os resulta más fácil.

Un abrazo,
Laura
Laura Gil Wedding Planner`,
  },
  {
    category: "meeting_request",
    language: "es",
    subject: "Cambio de cita – sábado peluquería",
    body: `Hola Vane,

tengo cita el sábado a las 10 para corte y mechas, pero me ha surgido un compromiso. ¿Me la puedes pasar al viernes por la tarde o al sábado siguiente a la misma hora?

Gracias guapa,
Elena Moreno`,
  },
  {
    category: "meeting_request",
    language: "nl",
    subject: "APK-afspraak verzetten naar volgende week",
    body: `Goedemiddag,

Ik heb een afspraak staan voor de APK en kleine beurt van mijn Toyota Yaris (kenteken K-778-RP) op dinsdag 1 december om 8:00. Helaas moet ik die dag onverwacht naar een cursus.

Kan de afspraak verzet worden naar donderdag 3 of vrijdag 4 december? Liefst weer 's ochtends vroeg, dan breng ik hem op weg naar de trein.

Met vriendelijke groet,
Joost Kramer`,
  },
  {
    category: "meeting_request",
    language: "hr",
    subject: "Upoznavanje s novim knjigovođom",
    body: `Poštovana gospođo Novak,

drago mi je što razmišljate o tome da nam povjerite knjigovodstvo vašeg rasadnika. Predlažem da se najprije upoznamo, kako bih vidio kako sada vodite evidenciju i što bismo mogli poboljšati.

Mogu doći k vama u ponedjeljak, 7. prosinca ujutro, ili u srijedu, 9. prosinca poslijepodne. Ako vam je jednostavnije, možemo i putem Teamsa, s obzirom na predblagdansku gužvu.

Lijep pozdrav,
Robert Šarić
Knjigovodstveni servis Šarić, Čakovec`,
  },
  {
    category: "meeting_request",
    language: "pl",
    subject: "Spotkanie w sprawie reportażu – kawa?",
    body: `Hej Ola i Kuba!

Dziękuję za wiadomość i za to, że myślicie o mnie jako o fotografce na Wasz ślub. Zanim przygotuję ofertę, chętnie poznam Was osobiście i porozmawiam o tym, jak wyobrażacie sobie ten dzień.

Może spotkamy się na kawę w Krakowie? Proponuję środę 2 grudnia o 18:00 albo sobotę 5 grudnia przed południem, np. w Karmie na Krupniczej. Dajcie znać, co Wam pasuje.

Pozdrawiam ciepło,
Zuzanna Mazur
Fotografia ślubna`,
  },
  {
    category: "meeting_request",
    language: "pt",
    subject: "Reunião para preparar o IRC e o fecho do ano",
    body: `Bom dia, D. Fernanda,

Gostaria de marcar uma reunião para preparar o fecho do ano da florista e conversarmos sobre a declaração de IRC e o inventário de 31 de dezembro.

Tenho disponibilidade na terça-feira, 15 de dezembro, às 10h, ou na quinta, dia 17, às 15h, aqui no escritório. Pode confirmar qual prefere?

Com os melhores cumprimentos,
Rui Almeida
Contabilista Certificado – Almeida & Sousa, Coimbra`,
  },
  {
    category: "meeting_request",
    language: "pt",
    subject: "Confirmar visita técnica – cozinha nova",
    body: `Olá Sr. Henrique,

Escrevo para confirmar a visita técnica do nosso instalador à cozinha do restaurante, para medir o espaço e ver os pontos de gás, água e extração antes de fecharmos o projeto.

Ficou combinado quarta-feira, 2 de dezembro, às 15h30. Pode confirmar que alguém estará lá para abrir? Se for preciso mudar, diga-me até segunda.

Obrigado,
Paulo Sequeira
Inoxcoz – Equipamentos de Hotelaria, Setúbal`,
  },
  {
    category: "meeting_request",
    language: "sv",
    subject: "Möte om personalfesten i februari",
    body: `Hej Emma,

Tack för snabbt svar om lokalen! Innan vi bokar skulle jag gärna träffa dig för att gå igenom upplägget för vår personalfest den 13 februari — meny, bordsplacering och tider för bussen.

Har du möjlighet att ses på hotellet tisdag 8 december kl 14 eller torsdag 10 december kl 9? Det tar nog max en timme.

Vänliga hälsningar
Henrik Sjöberg
Sjöbergs Rör & Värme AB, Västerås`,
  },
  {
    category: "meeting_request",
    language: "sv",
    subject: "Kan vi flytta telefonmötet till kl 15?",
    body: `Hej Per,

Vi har telefonmöte i morgon kl 13 om vårens leveranser av mjöl till bageriet, men jag har fått en leverans som krockar. Går det bra att flytta till kl 15 samma dag? Annars fungerar fredag förmiddag.

/Lena
Lenas Surdegsbageri, Visby`,
  },
  {
    category: "meeting_request",
    language: "cs",
    subject: "Termín prohlídky střechy",
    body: `Dobrý den, paní Veselá,

děkuji za zaslané fotky. Abych mohl připravit cenovou nabídku na opravu střechy, potřeboval bych se na ni podívat na místě, hlavně na okolí komína a úžlabí.

Mohl bych přijet ve čtvrtek 3. 12. kolem 10. hodiny, nebo v sobotu 5. 12. dopoledne. Napište mi prosím, co Vám vyhovuje.

S pozdravem
Jiří Marek
Pokrývačství Marek, Jihlava
tel. 776 204 881`,
  },
  {
    category: "meeting_request",
    language: "cs",
    subject: "Úvodní konzultace – online hovor",
    body: `Dobrý den, pane Kratochvíle,

děkujeme za zájem o firemní kurz angličtiny pro Vaše zaměstnance. Než připravíme nabídku, rádi bychom si s Vámi dohodli krátký online hovor (cca 20 minut), abychom probrali úroveň účastníků a jejich potřeby.

Vyhovoval by Vám úterý 1. 12. v 10:00 nebo středa 2. 12. ve 14:00? Pošleme pak pozvánku do Teams.

S pozdravem
Lucie Hájková
Jazyková škola Lingua Plus, Praha 4`,
  },
  {
    category: "meeting_request",
    language: "hr",
    subject: "Sastanak oko vinske karte – prijedlog termina",
    body: `Poštovani gospodine Radiću,

zahvaljujem na interesu za naša vina. Rado bih vas posjetio u restoranu i donio nekoliko uzoraka, da zajedno pogledamo što bi se uklopilo u vašu novu vinsku kartu.

Odgovara li vam utorak, 1. prosinca u 11 sati, ili četvrtak, 3. prosinca poslijepodne? Javite mi koji termin vam više paše.

Lijep pozdrav,
Damir Vuković
Vinarija Vuković, Kutjevo`,
  },
  {
    category: "meeting_request",
    language: "sl",
    subject: "Termin za ogled stanovanja pred selitvijo",
    body: `Pozdravljeni gospod Kos,

za pripravo natančne ponudbe za selitev bi vaše stanovanje radi na hitro pogledali. Ali vam ustreza ogled v sredo, 2. 12., ob 17. uri, ali v soboto, 5. 12., ob 9. uri?

Ogled traja približno pol ure.

Lep pozdrav,
Gregor Potočnik
Selitve Potočnik, Ljubljana
031 447 220`,
  },
  // ───────────────────────────── newsletter ─────────────────────────────
  {
    category: "newsletter",
    language: "en",
    subject: "The Miller's Bulletin – November: Christmas order cut-offs & a new heritage flour",
    body: `THE MILLER'S BULLETIN — November 2026
From the team at Wheatley Mill

Hello bakers,

It's getting busy at the mill and we know it's getting busy in your bakeries too, so here's everything you need before Christmas.

CHRISTMAS CUT-OFFS
Last orders for delivery before Christmas: Friday 11 December. We close from 24 December and reopen 4 January.

NEW: ROUGE DE BORDEAUX HERITAGE FLOUR
Grown in Oxfordshire and stone-ground here, this red wheat gives a gorgeous honeyed crumb. Head miller Tom's sourdough recipe is on our blog.

FROM THE BAKEHOUSE
Marta from Crumb & Co in Leeds shares how she cut her energy bill by 18% by batching her oven schedule.

COURSES IN THE NEW YEAR
Our Viennoiserie Masterclass (Feb 13–14) has four places left.

Happy baking,
The Wheatley Mill team

You're receiving this because you signed up at wheatleymill.co.uk or are a trade customer. Unsubscribe | Update preferences
Wheatley Mill Ltd, Mill Lane, Wantage OX12 9DF`,
  },
  {
    category: "newsletter",
    language: "en",
    subject: "Restaurant Insider: new tip-pooling rules, spring expo early-bird",
    body: `RESTAURANT INSIDER | Your weekly update from the Ohio Restaurant & Hospitality Alliance

In this issue:

> Tip pooling changes take effect January 1. What owners with fewer than 20 employees need to do before then, in plain English.
> Food costs: eggs down 9% month over month, beef still climbing. Our purchasing co-op has locked in Q1 pricing on fryer oil — members can opt in until Dec 4.
> Member spotlight: how a 30-seat diner in Dayton doubled catering revenue with a simple online order form.
> Spring Foodservice Expo, Columbus, March 22–23. Early-bird member tickets $45 until Dec 31.

Questions? Reply to this email or call our member line.

You are receiving this email as a member of the Alliance.
Manage your subscription | Unsubscribe`,
  },
  {
    category: "newsletter",
    language: "en",
    subject: "This week at the flower market 🌿 amaryllis are in!",
    body: `Morning florists,

A quick look at what's on the trolleys this week:

• Dutch amaryllis — red, white and the lovely 'Apple Blossom' — arriving Wednesday
• Scottish pine and blue spruce by the bundle, plus fresh holly with good berry
• Ranunculus prices easing, roses firming up ahead of December
• Limited Italian anemones Thursday — pre-order via the app

Our Christmas wreath-making supplies page is now live, with moss rings, wire frames and dried oranges by the case.

Opening hours change from 7 December: Mon–Sat 4am–11am.

See you in the market,
The Garden Gate Wholesale team

You're subscribed with the email address on your trade account. Unsubscribe here.`,
  },
  {
    category: "newsletter",
    language: "en",
    subject: "Tradie Deals: Summer gear up + 20% off Makita combos",
    body: `TRADEZONE SUPPLIES — Tradie Deals

G'day,

Summer's here and so is our biggest sale of the year for trade account holders.

THIS MONTH ONLY
- 20% off Makita 18V combo kits
- Sun-safe workwear bundles from $49
- Buy 5 boxes of Buildex screws, get the 6th free
- Free delivery on orders over $300 to metro sites

Tool tip of the month: keep your batteries out of the ute in 40-degree heat — they'll thank you.

Deals valid until 24 December or while stocks last. See in-store for details.

TradeZone Supplies — 14 stores across NSW and QLD
You're getting this because you have a TradeZone trade account. Unsubscribe.`,
  },
  {
    category: "newsletter",
    language: "en",
    subject: "Independent Brewers Ireland – Members' Update, Winter 2026",
    body: `Dear member,

Welcome to our winter update.

Excise relief: the Department of Finance has confirmed the microbrewery relief rates for 2027. Our summary for members is on the website.

Deposit Return Scheme: from March, cans and bottles sold in Ireland must carry the new Re-turn logo. Our guide explains what changes for small runs and taproom sales.

Training: the Cellar Quality course runs again in Kilkenny on 28 January. Subsidised places for members.

Save the date: IBI Annual Gathering, 24 April, Cork.

As always, thanks for your support.

Independent Brewers Ireland
Unsubscribe from member communications`,
  },
  {
    category: "newsletter",
    language: "en",
    subject: "5 things couples will ask you in 2027 (and how to answer)",
    body: `Hi there,

Welcome to this month's Wedding Pro Insider, the newsletter for wedding suppliers.

1. "Can you do a micro wedding on a Thursday?" Weekday bookings are up 30%. We look at how photographers and caterers are pricing them.
2. "Is everything included?" Why transparent pricing pages convert better.
3. "Are you sustainable?" Easy changes florists and venues are making.
4. "Can we pay monthly?" Payment plans, deposits and cash flow.
5. "Will you post our photos?" Consent, social media and couples who prefer privacy.

Plus: our annual Supplier Awards are open for entries until 31 January.

Until next month,
The Wedding Pro Insider team

You're receiving this email because you subscribed on weddingproinsider.co.uk. Unsubscribe at any time.`,
  },
  {
    category: "newsletter",
    language: "de",
    subject: "Handwerk aktuell 11/2026: Weiterbildung, Fördermittel, Azubi-Messe",
    body: `Handwerk aktuell – Der Newsletter Ihrer Handwerkskammer Oberfranken

Sehr geehrte Damen und Herren,

in dieser Ausgabe:

• Meistervorbereitung Elektrotechnik: neuer Teilzeitkurs ab März 2027, Anmeldung bis 15.01.
• Förderprogramm Energieeffizienz im Betrieb: Antragsfrist verlängert
• Nachwuchs: Die Ausbildungsmesse „Handwerk erleben“ findet am 6. Februar in Bamberg statt – Ausstellerplätze für Mitgliedsbetriebe kostenlos
• Recht: Was ändert sich 2027 bei der E-Rechnungspflicht für kleine Betriebe?

Wir wünschen Ihnen eine erfolgreiche Woche.
Ihre Handwerkskammer für Oberfranken

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abmelden | Impressum | Datenschutz`,
  },
  {
    category: "newsletter",
    language: "de",
    subject: "Herbstpost aus dem Weinkeller – Neue Jahrgänge für die Gastronomie",
    body: `Liebe Gastronominnen und Gastronomen

Die Lese ist vorbei, der Keller duftet, und die ersten 2025er sind abgefüllt. Zeit für unsere Herbstpost!

Neu im Gastro-Sortiment:
– Chasselas Lavaux 2025, frisch und mineralisch
– Pinot Noir Bündner Herrschaft 2024, ideal zu Wild
– Merlot del Ticino Riserva 2022

Herbstaktion: Bei Bestellung von 60 Flaschen bis 15. Dezember liefern wir gratis in der ganzen Deutschschweiz.

Degustation für Fachleute am 2. Dezember in Winterthur – wir freuen uns auf Ihren Besuch.

Mit herzlichen Grüssen
Weinhandlung Zürrer AG, Winterthur

Sie erhalten diese Nachricht, weil Sie unseren Gastro-Newsletter abonniert haben. Abmelden`,
  },
  {
    category: "newsletter",
    language: "sl",
    subject: "Frizerske novice #48 – zimski trendi in nove barve",
    body: `Pozdravljeni,

pred vami so novembrske Frizerske novice.

TRENDI: bakreni odtenki in medeni pramenski prelivi ostajajo hit tudi to zimo. Naši trenerji delijo svoje recepte.

NOVO: linija barv brez amonijaka SoftTone se širi z 12 novimi odtenki.

IZOBRAŽEVANJE: odprte so prijave na delavnico moškega striženja in urejanja brade v Ljubljani (25.–26. januar).

AKCIJA MESECA: -15 % na profesionalne sušilnike za lase do 30. novembra.

Lep pozdrav,
ekipa Frizerski Center Vir

Ta e-poštna sporočila prejemate, ker ste se naročili na naše novice. Odjava`,
  },
  {
    category: "newsletter",
    language: "fr",
    subject: "La Lettre de l'Artisanat – Novembre 2026",
    body: `LA LETTRE DE L'ARTISANAT
Chambre de Métiers et de l'Artisanat – édition Hauts-de-France

Au sommaire ce mois-ci :

– Facturation électronique : le calendrier définitif et nos ateliers gratuits à Lille, Amiens et Arras
– Apprentissage : les aides à l'embauche reconduites pour 2027
– Témoignage : une fleuriste de Béthune raconte la reprise de sa boutique
– Agenda : Salon des métiers de bouche, 8–10 février, Grand Palais de Lille

Pour ne plus recevoir cette lettre, cliquez ici.`,
  },
  {
    category: "newsletter",
    language: "it",
    subject: "Novità di dicembre: stampi per panettone e nuovi abbattitori",
    body: `Ciao pasticcere, ciao pasticcera!

Il Natale è alle porte e nel nostro catalogo trovi tutto per la stagione dei lievitati:

🎄 Pirottini per panettone e pandoro in tutte le misure, anche in confezioni da 500 pezzi
🎄 Nuovi abbattitori di temperatura a 5 teglie con garanzia 3 anni
🎄 Corso online "Il panettone perfetto" con il maestro Davide Lupi: 4 lezioni a gennaio

Spedizione gratuita per ordini superiori a 150 € fino al 10 dicembre.

A presto,
Il team di Pasticceria Pro Forniture

Ricevi questa email perché ti sei iscritto alla nostra newsletter. Per annullare l'iscrizione clicca qui.`,
  },
  {
    category: "newsletter",
    language: "it",
    subject: "Federfiori Informa – n. 11/2026",
    body: `FEDERFIORI INFORMA
Notiziario per gli associati

Cari associati,

in questo numero:
- Festa della Mamma 2027: presentata la campagna nazionale "Un fiore per te" con materiali gratuiti per le vetrine
- Mercato: prezzi delle rose in aumento del 12% rispetto allo scorso anno
- Normativa: nuove regole per l'occupazione di suolo pubblico nei centri storici
- Formazione: corso di composizione natalizia a Sanremo il 5 dicembre

Buon lavoro a tutti,
La Segreteria Federfiori

Per non ricevere più il notiziario, rispondi con "CANCELLA".`,
  },
  {
    category: "newsletter",
    language: "es",
    subject: "Boletín Hostelería Cantabria – Campaña de Navidad y nuevas ayudas",
    body: `BOLETÍN INFORMATIVO – Asociación de Hostelería de Cantabria

Estimado/a asociado/a:

• Campaña "Navidad en tu bar de siempre": ya puedes descargar los carteles y adhesivos para tu local.
• Ayudas a la digitalización: abierta la convocatoria para terminales TPV y sistemas de reservas hasta el 31 de enero.
• Formación gratuita: curso de manipulador de alimentos y alérgenos, 14 de diciembre, Santander.
• Recuerda: la cuota anual de 2027 se cargará en enero.

Un saludo,
Secretaría de la Asociación

Recibes este boletín como socio. Si no deseas recibirlo, pulsa aquí.`,
  },
  {
    category: "newsletter",
    language: "es",
    subject: "FotoPro News: Black Friday en objetivos y nuevo servicio de revelado",
    body: `¡Hola!

Llega nuestro Black Friday para profesionales de la fotografía:

📷 Hasta un 25 % en objetivos seleccionados de Sony, Canon y Nikon
📷 Flashes de estudio con tarjeta de regalo de 50 €
📷 Nuevo servicio de impresión de álbumes de boda en 72 h

Y en el blog: cómo preparar una sesión de fotos de Navidad para familias en 20 minutos.

Ofertas válidas hasta el 30 de noviembre.

El equipo de FotoPro Distribución, Barcelona

Has recibido este correo porque te suscribiste a FotoPro News. Darse de baja`,
  },
  {
    category: "newsletter",
    language: "nl",
    subject: "Schoonmaaknieuws december: nieuwe eco-lijn en prijzen 2027",
    body: `Beste relatie,

In de nieuwsbrief van deze maand:

✔ Onze nieuwe eco-lijn met EU Ecolabel: van sanitairreiniger tot vloerzeep, in navulverpakking van 5 liter.
✔ Prijzen 2027: door de gestegen grondstofkosten passen we per 1 februari een deel van ons assortiment aan. De nieuwe prijslijst staat in uw account.
✔ Tip van de vakman: microvezeldoeken niet wassen met wasverzachter.
✔ Kerstsluiting: wij zijn gesloten van 25 december t/m 1 januari.

Met schone groet,
Team CleanPro Groothandel, Veenendaal

U ontvangt deze nieuwsbrief omdat u klant bent of zich heeft aangemeld. Afmelden`,
  },
  {
    category: "newsletter",
    language: "pl",
    subject: "Newsletter BudMax: zimowa wyprzedaż i nowe terminy dostaw",
    body: `Dzień dobry!

Przed Państwem grudniowy newsletter hurtowni BudMax.

🔨 Zimowa wyprzedaż: do -30% na kleje do płytek, fugi i chemię budowlaną
🔨 Nowość: dostawy na budowę w soboty w promieniu 40 km od Poznania
🔨 Szkolenie dla wykonawców: montaż okien w warstwie izolacji, 15 stycznia

Przypominamy, że w dniach 24–26 grudnia hurtownia będzie nieczynna.

Pozdrawiamy,
Zespół BudMax Poznań

Otrzymujesz tę wiadomość, ponieważ zapisałeś się do newslettera. Wypisz się`,
  },
  {
    category: "newsletter",
    language: "pl",
    subject: "Biuletyn Cechu Rzemiosł Różnych – listopad 2026",
    body: `Szanowni Członkowie Cechu,

w listopadowym biuletynie:

1. Egzaminy czeladnicze – sesja zimowa: terminy zgłoszeń do 10 grudnia.
2. Zmiany w przepisach BHP dla zakładów fryzjerskich i kosmetycznych od 2027 r.
3. Spotkanie opłatkowe Cechu – 17 grudnia, godz. 17:00, sala konferencyjna przy ul. Rynek 5.
4. Dofinansowanie kształcenia pracowników z KFS – nabór w styczniu.

Z wyrazami szacunku
Biuro Cechu Rzemiosł Różnych w Opolu

Aby zrezygnować z otrzymywania biuletynu, odpowiedz na tę wiadomość.`,
  },
  {
    category: "newsletter",
    language: "pt",
    subject: "Novidades da Adega: vinhos de inverno para a sua carta",
    body: `Caro cliente,

O frio chegou e com ele as novidades da Adega do Vale para a restauração:

🍷 Tinto Reserva Douro 2021 – encorpado, ideal para pratos de caça
🍷 Vinho do Porto Tawny 10 anos – agora também em garrafa de 37,5 cl
🍷 Espumante Bairrada Bruto – especial para o Réveillon

Campanha de Natal: nas encomendas acima de 36 garrafas até 15 de dezembro oferecemos expositores de mesa personalizados.

Saúde!
Equipa Adega do Vale, Peso da Régua

Recebe este email porque subscreveu a nossa newsletter. Cancelar subscrição`,
  },
  {
    category: "newsletter",
    language: "pt",
    subject: "Informativo Dental Sul – dezembro: lançamentos e agenda de cursos",
    body: `Olá, doutor(a)!

Confira as novidades deste mês na Dental Sul:

• Lançamento: resina composta bulk-fill com preço especial de lançamento
• Curso prático de clareamento em consultório – Porto Alegre, 23/01
• Dica de gestão: como reduzir faltas de pacientes com lembretes por WhatsApp
• Frete grátis em compras acima de R$ 400,00 até 20/12

Boas festas e ótimo trabalho!
Equipe Dental Sul Distribuidora

Você está recebendo este e-mail porque se cadastrou em nosso site. Descadastrar`,
  },
  {
    category: "newsletter",
    language: "sv",
    subject: "Frisörbranschen informerar – december",
    body: `Hej medlem!

Här kommer decembernumret av vårt medlemsbrev.

• Nytt kollektivavtal från 1 april 2027 – vad det innebär för dig som har anställda
• Allergier och hårfärg: nya rekommendationer från Läkemedelsverket
• Gesällprov 2027 – anmälan öppnar 10 januari
• Medlemsrabatt: 20 % på försäkringar via vår samarbetspartner

God jul och gott nytt år önskar
Frisörföretagarnas Förbund

Du får detta mejl som medlem. Avregistrera dig här.`,
  },
  {
    category: "newsletter",
    language: "sv",
    subject: "Nyheter från Nordic Music Distribution: julkampanj för butiker",
    body: `Hej återförsäljare!

Julhandeln står för dörren och vi har laddat lagret:

🎸 Startpaket elgitarr (gitarr, förstärkare, kabel) – 30 % extra butiksrabatt
🎹 Digitala pianon från Kawai – ny modell i lager från v. 49
🥁 Trumstockar och tillbehör: fri frakt på order över 2 500 kr

Sista beställningsdag för leverans före jul: 16 december.

Hälsningar
Nordic Music Distribution AB, Malmö

Du får detta nyhetsbrev som registrerad återförsäljare. Avsluta prenumeration`,
  },
  {
    category: "newsletter",
    language: "cs",
    subject: "Zpravodaj Pekařského cechu – prosinec 2026",
    body: `Vážení členové,

v prosincovém zpravodaji najdete:

– Ceny mouky a másla: přehled vývoje za poslední čtvrtletí
– Vánoční cukroví a značení alergenů – připomenutí pravidel
– Soutěž „Chléb roku 2027“: přihlášky do 31. ledna
– Seminář o úsporách energie v pekárnách, 20. ledna, Hradec Králové

Krásné svátky přeje
Sekretariát Pekařského cechu ČR

Tento e-mail vám zasíláme jako členům cechu. Odhlásit odběr`,
  },
  {
    category: "newsletter",
    language: "cs",
    subject: "AutoDíly Expres: zimní akce pro servisy",
    body: `Dobrý den,

zimní sezóna je tady a my pro partnerské servisy připravili:

❄ Akumulátory Varta a Bosch se slevou 15 %
❄ Zimní stěrače a nemrznoucí směs – balení pro dílny
❄ Nově rozvoz dvakrát denně v Praze a Středočeském kraji

Akce platí do 31. 12. 2026 nebo do vyprodání zásob.

Váš tým AutoDíly Expres

E-mail jste obdrželi jako registrovaný partner. Odhlásit se`,
  },
  {
    category: "newsletter",
    language: "hr",
    subject: "Novosti za iznajmljivače – studeni 2026",
    body: `Poštovani članovi,

donosimo vam pregled najvažnijih novosti:

• Paušalni porez za 2027.: nova visina po krevetu po općinama
• eVisitor: od siječnja obavezna prijava gostiju u roku od 24 sata
• Radionica: kako do boljih recenzija na booking platformama, Šibenik, 12. prosinca
• Podsjetnik: članarina za 2027. dospijeva do 31. siječnja

Lijep pozdrav,
Udruga obiteljskog smještaja Dalmacija

Ovaj newsletter primate kao član udruge. Odjava`,
  },
  {
    category: "newsletter",
    language: "sl",
    subject: "E-novice Agro Trgovina – zimska ponudba",
    body: `Pozdravljeni!

V decembrskih e-novicah vam predstavljamo:

🚜 Zimska akcija za kmetije: -10 % na ograje in pašne aparate
🍎 Nove zaboji in embalaža za prodajo na kmetiji in na tržnicah
🧀 Delavnica: registracija dopolnilne dejavnosti na kmetiji, 10. 12., Ptuj

Veseli praznični čas vam želimo,
ekipa Agro Trgovina Ormož

Novice prejemate, ker ste se prijavili na naše e-novice. Odjava`,
  },
  // ───────────────────────────── notification ─────────────────────────────
  {
    category: "notification",
    language: "en",
    subject: "Your parcel is out for delivery today",
    body: `Hi Harbourside Florals,

Good news! Your parcel from Oasis Supplies UK is out for delivery today.

Tracking number: 15509 7722 4410
Estimated delivery window: 10:42 – 11:42
Driver: Lee

Not going to be in? You can choose a safe place or redirect to a Pickup Point in our app, up until 9:00 on the day of delivery.

This is an automated message, please do not reply.
SwiftParcel UK Ltd`,
  },
  {
    category: "notification",
    language: "en",
    subject: "New booking: Haircut & Beard Trim – Sat Nov 28, 11:30 AM",
    body: `New online booking

Client: Marcus T.
Service: Haircut & Beard Trim (45 min)
Staff: Jordan
Date: Saturday, November 28, 2026, 11:30 AM
Price: $55.00 (pay at salon)
Client note: "Skin fade, keep length on top"

View or manage this booking in your dashboard.

You're receiving this because online booking notifications are turned on for Fade Street Barbers.
Powered by SalonDesk`,
  },
  {
    category: "notification",
    language: "en",
    subject: "Reset your password",
    body: `Hello,

We received a request to reset the password for the account linked to accounts@kerrycleaning.ie on LedgerLite.

Click the link below to choose a new password. This link expires in 30 minutes.

https://app.ledgerlite.example/reset?token=8f2c1a

If you didn't request this, you can safely ignore this email — your password won't be changed.

The LedgerLite team`,
  },
  {
    category: "notification",
    language: "en",
    subject: "Automatic reply: Order for Friday",
    body: `Thanks for your email.

I'm on leave until Monday 30 November with limited access to email. For urgent orders or delivery questions please call the office on (03) 9417 2290 or email orders@bayside-produce.com.au, and one of the team will look after you.

Cheers,
Kylie Ng
Bayside Produce Wholesale`,
  },
  {
    category: "notification",
    language: "en",
    subject: "Undeliverable: Quote for kitchen refit - 44 Orchard Way",
    body: `Delivery has failed to these recipients or groups:

p.whelan@whelanjoinery.co.uk
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:
Generating server: mail.northvalebuilders.co.uk
Remote server returned '550 5.1.1 <p.whelan@whelanjoinery.co.uk>: Recipient address rejected: User unknown in virtual mailbox table'

Original message headers:
From: office@northvalebuilders.co.uk
Subject: Quote for kitchen refit - 44 Orchard Way
Date: Mon, 23 Nov 2026 09:14:02 +0000`,
  },
  {
    category: "notification",
    language: "en",
    subject: "You have a new 2-star review on LocalEats",
    body: `Hi The Salty Pig,

Someone has just reviewed your business on LocalEats.

★★☆☆☆ "Food was lovely but we waited 50 minutes for our mains and nobody told us why."
— Gemma R., Cork

Businesses that respond to reviews within 24 hours are rated higher by diners. Reply now from your owner dashboard.

You can change your notification settings at any time.
LocalEats for Business`,
  },
  {
    category: "notification",
    language: "de",
    subject: "Neues Dokument in Ihrem Postfach: Kontoauszug 11/2026",
    body: `Guten Tag,

in Ihrem Online-Banking-Postfach steht ein neues Dokument für Sie bereit:

Dokument: Kontoauszug Nr. 11/2026
Konto: Geschäftsgirokonto ****4471

Bitte melden Sie sich wie gewohnt im Online-Banking an, um das Dokument abzurufen. Aus Sicherheitsgründen enthält diese E-Mail keine Links.

Ihre Raiffeisenbank Oberland eG

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht darauf.`,
  },
  {
    category: "notification",
    language: "de",
    subject: "Angenommen: Montagebesprechung Küche Familie Lechner @ Do 3. Dez. 2026 10:00",
    body: `Andreas Lechner hat diese Einladung angenommen.

Montagebesprechung Küche Familie Lechner
Wann: Donnerstag, 3. Dezember 2026, 10:00–11:00 (MEZ – Wien)
Wo: Gartengasse 12, 8010 Graz
Teilnehmer: tischlerei@holzwerk-pirker.at, a.lechner@gmx.at

Einladung von Google Kalender
Sie erhalten diese E-Mail, weil Sie Organisator dieses Termins sind.`,
  },
  {
    category: "notification",
    language: "fr",
    subject: "Votre colis arrive demain",
    body: `Bonjour,

Votre colis n° 6A2284117093 de Métro Cash & Carry sera livré demain, mardi 24 novembre, entre 9 h et 13 h.

Adresse : Pâtisserie Clément, 4 rue des Tanneurs, 67000 Strasbourg

Vous pouvez modifier la date ou choisir un point relais depuis votre espace de suivi.

Ceci est un message automatique, merci de ne pas y répondre.
Colisso Express`,
  },
  {
    category: "notification",
    language: "fr",
    subject: "Réponse automatique : Devis pose de carrelage",
    body: `Bonjour,

Je suis absent du cabinet jusqu'au 1er décembre inclus. Votre message sera traité à mon retour.

Pour toute urgence concernant un chantier en cours, merci de contacter Karim au 06 22 41 87 60.

Cordialement,
Laurent Fabre
Fabre Carrelage & Rénovation`,
  },
  {
    category: "notification",
    language: "it",
    subject: "Chiusura giornaliera POS – terminale 40218877",
    body: `Riepilogo chiusura contabile

Esercente: Pizzeria Da Gennaro
Terminale: 40218877
Data chiusura: 22/11/2026 23:48

Transazioni carte di debito: 41 – € 1.286,50
Transazioni carte di credito: 18 – € 742,00
Transazioni contactless smartphone: 9 – € 213,40
Totale: 68 transazioni – € 2.241,90

Accredito previsto sul conto corrente: 24/11/2026

Messaggio generato automaticamente. Non rispondere a questa email.
NexiPay Servizi Esercenti`,
  },
  {
    category: "notification",
    language: "it",
    subject: "Nuova prenotazione – sabato 28/11 ore 20:30, 6 persone",
    body: `Hai ricevuto una nuova prenotazione tramite TavoloFacile.

Ristorante: Trattoria Il Glicine
Nome: Famiglia Rossetti
Data: sabato 28 novembre 2026, ore 20:30
Coperti: 6 (di cui 1 seggiolone)
Note del cliente: "Una persona intollerante al lattosio"
Telefono: +39 333 4471 208

Per confermare o modificare la prenotazione accedi al tuo pannello di gestione.

TavoloFacile – notifica automatica`,
  },
  {
    category: "notification",
    language: "es",
    subject: "Nuevo inicio de sesión en tu cuenta",
    body: `Hola, Floristería Jazmín:

Hemos detectado un nuevo inicio de sesión en tu cuenta de FacturaYa.

Dispositivo: Chrome en Windows
Ubicación aproximada: Murcia, España
Fecha: 23/11/2026, 08:12

Si has sido tú, no tienes que hacer nada. Si no reconoces esta actividad, cambia tu contraseña desde la configuración de tu cuenta.

El equipo de FacturaYa
Este es un mensaje automático.`,
  },
  {
    category: "notification",
    language: "es",
    subject: "Tu pedido ha sido enviado – nº 2026-88120",
    body: `¡Tu pedido está en camino!

Pedido: 2026-88120
Artículos: 4 x Bobina térmica 80 mm para TPV, 2 x Papel de envolver kraft 60 cm
Transportista: EnvíaMás
Número de seguimiento: EM448127093ES
Entrega estimada: 25/11/2026

Puedes seguir tu envío en cualquier momento desde el enlace de tu cuenta.

Gracias por comprar en SuministrosComercio.es
No respondas a este correo, la dirección no está supervisada.`,
  },
  {
    category: "notification",
    language: "nl",
    subject: "Automatisch antwoord: offerte trouwtaart",
    body: `Hallo,

Bedankt voor je bericht! Van 23 t/m 29 november is de bakkerij gesloten wegens vakantie. Vanaf maandag 30 november beantwoorden we alle mails weer.

Voor bestellingen voor Sinterklaas kun je gewoon via de webshop bestellen, die blijft open.

Hartelijke groet,
Banketbakkerij Smit, Alkmaar`,
  },
  {
    category: "notification",
    language: "nl",
    subject: "Nieuwe reservering via Tafelboek: vr 4 dec, 19:00, 4 pers.",
    body: `Er is een nieuwe reservering geplaatst.

Restaurant: Eetcafé De Markt
Gast: R. Visser
Datum: vrijdag 4 december 2026
Tijd: 19:00
Aantal personen: 4
Opmerking: "Verjaardag, graag een rustig tafeltje"

De gast heeft een bevestiging ontvangen. Beheer je reserveringen in het Tafelboek-dashboard.

Dit is een automatisch bericht van Tafelboek.`,
  },
  {
    category: "notification",
    language: "pl",
    subject: "Twoja przesyłka została nadana – nr 6214900187720",
    body: `Dzień dobry,

przesyłka od nadawcy ProGastro Sp. z o.o. została nadana i jest w drodze.

Numer przesyłki: 6214900187720
Przewidywana data doręczenia: 24.11.2026
Adres doręczenia: Restauracja Pod Kasztanem, ul. Długa 7, Toruń

Status przesyłki możesz śledzić w aplikacji lub na stronie kuriera.

Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać.`,
  },
  {
    category: "notification",
    language: "pl",
    subject: "Hasło do konta zostało zmienione",
    body: `Dzień dobry,

informujemy, że hasło do Twojego konta w serwisie KsięgujOnline zostało zmienione dnia 23.11.2026 o godz. 07:55.

Jeśli to nie Ty zmieniłeś hasło, natychmiast skontaktuj się z naszym działem pomocy i zablokuj dostęp do konta.

Pozdrawiamy,
KsięgujOnline
Ta wiadomość została wysłana automatycznie.`,
  },
  {
    category: "notification",
    language: "pt",
    subject: "Alerta de stock baixo – 3 artigos",
    body: `Alerta automático do sistema de gestão PontoVenda

Loja: Pastelaria Estrela, Lisboa
Data: 23/11/2026 06:00

Os seguintes artigos estão abaixo do stock mínimo:
- Farinha tipo 65 (sacos 25 kg): 2 (mínimo 5)
- Manteiga 1 kg: 4 (mínimo 10)
- Caixas de pastéis de nata 6 un.: 35 (mínimo 100)

Pode criar uma encomenda ao fornecedor diretamente no painel de stock.

Esta mensagem foi gerada automaticamente.`,
  },
  {
    category: "notification",
    language: "pt",
    subject: "[Alarme] Falha na gravação – Câmera 2 Cozinha",
    body: `Notificação do sistema de segurança VigiaCloud

Cliente: Restaurante Sabor da Vila
Dispositivo: DVR-01, Câmera 2 (Cozinha)
Evento: falha na gravação / perda de sinal de vídeo
Data e hora: 23/11/2026 03:17

O sistema tentará reconectar automaticamente. Se o problema persistir por mais de 2 horas, verifique a alimentação e o cabo da câmera.

Mensagem automática – não responda.`,
  },
  {
    category: "notification",
    language: "sv",
    subject: "Leveransavisering: din pall levereras i morgon",
    body: `Hej!

Din leverans från Bageriråvaror Norden AB är planerad till i morgon, tisdag 24 november, mellan kl 06:00 och 09:00.

Försändelse-ID: SE-LOG 7730 1148
Antal kollin: 1 pall (340 kg)
Leveransadress: Ekbergs Konditori, Drottninggatan 41, Örebro

Chauffören ringer ca 30 min före ankomst. Se till att någon kan ta emot godset.

Detta är ett automatiskt meddelande från NordFrakt.`,
  },
  {
    category: "notification",
    language: "cs",
    subject: "Automatická odpověď: Objednávka dřeva na pergolu",
    body: `Dobrý den,

děkuji za Váš e-mail. Do 30. 11. 2026 jsem na dovolené a nemám přístup k poště. V naléhavých případech volejte prosím kolegu Pavla Horáka na 604 118 907.

S pozdravem
Radek Šťastný
Zahradnictví a realizace zahrad Šťastný`,
  },
  {
    category: "notification",
    language: "cs",
    subject: "Změna stavu zásilky 1187226604",
    body: `Dobrý den,

stav Vaší zásilky č. 1187226604 se změnil.

Nový stav: Zásilka byla uložena na výdejním místě
Výdejní místo: Trafika U Nádraží, Masarykova 12, Pardubice
Odesílatel: Hudební nástroje Kytarník s.r.o.
Úložní doba: do 30. 11. 2026

Zásilku si můžete vyzvednout po zadání kódu 447 118.

Tento e-mail byl vygenerován automaticky, neodpovídejte na něj.`,
  },
  {
    category: "notification",
    language: "hr",
    subject: "New reservation / Nova rezervacija – Apartmani Mare, #4471882",
    body: `You have a new reservation! / Imate novu rezervaciju!

Property / Objekt: Apartmani Mare, Rovinj
Guest / Gost: Thomas Weber (Germany)
Check-in / Dolazak: 12.07.2027.
Check-out / Odlazak: 19.07.2027.
Unit / Smještajna jedinica: App 3 (2+2)
Total / Ukupno: 1.218,00 EUR
Payment / Plaćanje: on arrival / pri dolasku

Manage this reservation in your extranet.
Ova poruka je automatski generirana.`,
  },
  {
    category: "notification",
    language: "sl",
    subject: "Obvestilo o prilivu na račun",
    body: `Spoštovani,

obveščamo vas o prilivu na vaš poslovni račun SI56 ****5521.

Znesek: 1.240,00 EUR
Plačnik: GOSTINSTVO OBLAK D.O.O.
Namen: PLAČILO RAČUNA 2026-311
Datum valute: 23. 11. 2026

To sporočilo je bilo poslano samodejno. Nastavitve obveščanja lahko spremenite v spletni banki.

Vaša banka`,
  },
  // ───────────────────────────── spam ─────────────────────────────
  {
    category: "spam",
    language: "en",
    subject: "Your bakery isn't showing on Google page 1",
    body: `Hi there,

I was searching for "best bakery near me" and noticed your website isn't ranking on the first page of Google. Your competitors are getting those customers instead of you!

We are a team of SEO experts with 10+ years experience. We can get your website to #1 position guaranteed within 30 days. Our packages start from just $99/month.

Would you like a FREE website audit report? Just reply "YES".

Best Regards,
Ryan Smith
Senior SEO Consultant
PS: If you are not interested, reply "NO" and I will not contact you again.`,
  },
  {
    category: "spam",
    language: "en",
    subject: "Action required: verify your Google Business Profile within 48 hours",
    body: `GOOGLE BUSINESS PROFILE VERIFICATION DEPARTMENT

Dear Business Owner,

Your listing "Oakfield Plumbing & Heating" has been flagged as UNVERIFIED and will be removed from Google Maps and Search on 25/11/2026.

To keep your business visible to customers you must complete verification now. A one-time verification fee of £49.99 applies.

VERIFY MY BUSINESS NOW → http://gbp-verify-listing.co/oakfield

Failure to act will result in permanent removal of your reviews and photos.

Listing Support Team
This is not an official Google communication.`,
  },
  {
    category: "spam",
    language: "en",
    subject: "Royal Mail: your parcel is on hold – customs fee unpaid",
    body: `Royal Mail

Your parcel RM84429117GB could not be delivered because a customs charge of £1.99 has not been paid.

Please pay the outstanding fee within 24 hours to arrange redelivery. If payment is not received, the parcel will be returned to the sender.

Pay now: https://royalmail-redelivery-uk.help/pay

Thank you,
Royal Mail Group`,
  },
  {
    category: "spam",
    language: "en",
    subject: "2027 Engaged Couples Email List - 48,000 verified contacts",
    body: `Hi,

Would you be interested in acquiring an email list of Engaged Couples planning their wedding in 2027-2028?

We have 48,000 verified contacts across US, UK, Canada and Australia including Name, Email, Phone, Wedding Date, Venue and Budget. Perfect for florists, photographers, caterers and wedding planners!

We can also provide lists of Restaurant Owners, Hotel Managers, Dental Practices etc.

Let me know your target audience and I will share counts and pricing.

Regards,
Emily Parker
Data Specialist

If you don't want to receive further emails, reply "Remove".`,
  },
  {
    category: "spam",
    language: "en",
    subject: "Congratulations! Your business qualifies for up to $250,000",
    body: `Hello Business Owner,

Great news – based on your business profile you have been PRE-APPROVED for working capital funding of up to $250,000!

✓ No credit check
✓ Funds in 24 hours
✓ No collateral required
✓ Bad credit OK

Restaurants, salons, contractors and auto shops are all eligible. Offer expires Friday.

Click here to claim your funds: www.fastcapital-approvals.biz/claim

Sincerely,
Michael Rogers
Funding Director

To stop receiving these offers, click here.`,
  },
  {
    category: "spam",
    language: "en",
    subject: "Invoice #INV-88213 – Domain renewal OVERDUE",
    body: `DOMAIN SERVICES NOTICE

Domain: harbourprint.co.uk
Service: Search Engine Submission & Domain Listing, 12 months
Amount due: £286.00
Due date: IMMEDIATE

This is a notice for your domain listing. Failure to complete your payment by the expiration date may result in the cancellation of this offer, making it difficult for your customers to locate you on the web.

Pay securely online: http://domain-listing-services.net/pay/88213

THIS IS NOT A BILL. THIS IS A SOLICITATION. You are under no obligation to pay the amount stated unless you accept this offer.`,
  },
  {
    category: "spam",
    language: "de",
    subject: "Wichtig: Ihr Konto wurde vorübergehend eingeschränkt",
    body: `Sehr geehrter Kunde,

aufgrund einer Aktualisierung unserer Sicherheitsrichtlinien wurde Ihr Zugang zum Online-Banking vorübergehend eingeschränkt.

Um die Einschränkung aufzuheben, bestätigen Sie bitte Ihre Daten innerhalb von 24 Stunden über folgenden Link:

https://sparkasse-kundenservice-verifizierung.de.secure-login.app

Sollten Sie Ihre Daten nicht bestätigen, wird Ihr Konto aus Sicherheitsgründen dauerhaft gesperrt.

Mit freundlichen Grüßen
Ihr Kundenservice-Team`,
  },
  {
    category: "spam",
    language: "de",
    subject: "Gastartikel auf Ihrer Website?",
    body: `Hallo,

ich bin Content-Manager und habe Ihre Website über Dachdeckerei und Bedachung gesehen. Toller Blog!

Wir würden gerne einen hochwertigen Gastartikel zum Thema „Energieeffizient bauen“ auf Ihrer Seite veröffentlichen, mit einem Dofollow-Link zu unserem Kunden. Dafür zahlen wir 60 € pro Artikel.

Alternativ können wir Ihnen auch Backlinks von DA50+ Seiten anbieten, um Ihr Ranking zu verbessern.

Interesse? Antworten Sie einfach auf diese E-Mail.

Viele Grüße
Lukas
Outreach Team`,
  },
  {
    category: "spam",
    language: "fr",
    subject: "Remboursement d'impôt en attente : 312,40 €",
    body: `DIRECTION GÉNÉRALE DES FINANCES PUBLIQUES

Bonjour,

Après le dernier calcul annuel de vos revenus, nous avons déterminé que vous êtes éligible à un remboursement de 312,40 €.

Pour recevoir ce remboursement, veuillez compléter le formulaire en ligne avant le 27/11/2026 :
https://impots-remboursement-fr.info/formulaire

Un délai de traitement de 3 à 5 jours ouvrables est nécessaire.

Cordialement,
Service des Remboursements`,
  },
  {
    category: "spam",
    language: "fr",
    subject: "Dernier avis : votre fiche entreprise va être supprimée",
    body: `Madame, Monsieur,

Votre entreprise GARAGE DU CENTRE figure dans l'Annuaire National des Professionnels 2026-2027. Votre fiche n'a pas encore été mise à jour et sera supprimée sous 72 heures.

Pour conserver votre référencement, il vous suffit de renvoyer le formulaire ci-joint signé. Les frais d'insertion annuels s'élèvent à 897 € HT, payables sur 3 ans.

Service Annuaire ANP
Ce courrier ne constitue pas une facture.`,
  },
  {
    category: "spam",
    language: "it",
    subject: "Guadagna 3.500 € al mese con il trading automatico di Bitcoin",
    body: `Ciao!

Sei stanco di lavorare 12 ore al giorno nel tuo negozio? Migliaia di italiani stanno già guadagnando da casa grazie al nostro sistema di trading automatico con intelligenza artificiale.

✅ Investimento minimo 250 €
✅ Profitti garantiti fino al 400%
✅ Ritiri in 24 ore

Anche il famoso chef in TV ne ha parlato! Posti limitati: registrati oggi.

👉 www.crypto-profitto-facile.it/start

Il team di CryptoItalia`,
  },
  {
    category: "spam",
    language: "es",
    subject: "Correos: su paquete está retenido en aduanas",
    body: `Estimado cliente:

Su envío n.º ES2026118847 está retenido en nuestro centro logístico por falta de pago de los gastos de aduana (2,99 €).

Para liberar el paquete, realice el pago en las próximas 48 horas:
https://correos-es-envios.top/pago

Si no se recibe el pago, el paquete será devuelto al remitente.

Atentamente,
Correos España`,
  },
  {
    category: "spam",
    language: "sl",
    subject: "Baza 40.000 gostinskih podjetij iz regije",
    body: `Dober dan,

nudimo vam posodobljeno bazo podatkov za leto 2026 z več kot 40.000 gostinskimi, turističnimi in storitvenimi podjetji iz Slovenije, Hrvaške in Avstrije: ime, e-pošta, telefon, naslov in dejavnost.

Idealno za pridobivanje novih strank. Posebna cena ta teden: 149 EUR (prej 490 EUR).

Če kupite danes, vam podarimo še bazo zobozdravstvenih ordinacij in fizioterapij.

Odgovorite na to sporočilo in pošljemo vam brezplačen vzorec.

Lep pozdrav,
Prodajni oddelek DataLeads`,
  },
  {
    category: "spam",
    language: "nl",
    subject: "Uw bankpas verloopt – vraag vandaag nog een nieuwe aan",
    body: `Geachte klant,

Uit onze gegevens blijkt dat uw betaalpas binnenkort verloopt. Om te voorkomen dat u niet meer kunt pinnen in uw zaak of winkel, dient u vóór 26 november een nieuwe pas aan te vragen.

Klik hieronder en volg de stappen (houd uw pincode en scanner bij de hand):
https://mijn-pas-vernieuwen.nl-veilig.com

Met vriendelijke groet,
Klantenservice`,
  },
  {
    category: "spam",
    language: "nl",
    subject: "Laatste herinnering: verlenging domeinnaam hovenierverbeek.nl",
    body: `Geachte domeinhouder,

De registratie van uw domeinnaam hovenierverbeek.nl verloopt op 25-11-2026. Indien u niet tijdig verlengt, wordt uw domein vrijgegeven en kan deze door derden worden geregistreerd.

Verlenging voor 1 jaar: € 79,00 (excl. btw)

Verleng nu via: http://domein-verlengen-registratie.eu/nl/verbeek

Met vriendelijke groet,
Domeinregistratie Nederland

Let op: wij zijn niet uw huidige registrar.`,
  },
  {
    category: "spam",
    language: "pl",
    subject: "DPD: dopłata do przesyłki 1,89 zł",
    body: `Szanowny Kliencie,

Twoja paczka nie mogła zostać doręczona z powodu niepełnego adresu. Aby zaktualizować dane i ponownie zaplanować dostawę, uiść opłatę 1,89 zł.

Link do płatności: https://dpd-pl-dostawa.online/oplata

Paczka będzie przechowywana przez 2 dni robocze.

Zespół obsługi klienta`,
  },
  {
    category: "spam",
    language: "pl",
    subject: "Pozycjonowanie dla Twojej firmy – TOP 3 w Google",
    body: `Dzień dobry,

przeglądałem stronę Państwa warsztatu i zauważyłem, że nie pojawia się ona na frazy „mechanik samochodowy Radom” i „wymiana opon Radom”.

Gwarantujemy TOP 3 w Google w ciągu 60 dni albo zwrot pieniędzy! Pierwszy miesiąc tylko 199 zł netto.

Czy mogę zadzwonić jutro, żeby przedstawić szczegóły?

Pozdrawiam
Adrian K.
Specjalista ds. pozycjonowania`,
  },
  {
    category: "spam",
    language: "pt",
    subject: "Autoridade Tributária: reembolso IRS pendente",
    body: `AUTORIDADE TRIBUTÁRIA E ADUANEIRA

Caro contribuinte,

Verificámos que tem direito a um reembolso de IRS no valor de 428,75 €, que ainda não foi processado devido a dados bancários desatualizados.

Para receber o reembolso, atualize os seus dados através do link abaixo no prazo de 48 horas:
http://portal-financas-reembolso.pt.verifica-dados.com

Atenciosamente,
Serviço de Reembolsos`,
  },
  {
    category: "spam",
    language: "pt",
    subject: "Crédito aprovado para o seu negócio sem burocracia",
    body: `Olá empreendedor!

Precisa de dinheiro para equipar o seu salão, oficina ou restaurante? Temos crédito pré-aprovado de até 50.000 € sem fiador e sem consulta ao Banco de Portugal!

👉 Taxa especial 0,9% ao mês
👉 Dinheiro na conta em 24h
👉 Sem papelada

Responda com o seu nome e número de WhatsApp e um consultor entra em contacto.

Crédito Fácil Empresas`,
  },
  {
    category: "spam",
    language: "sv",
    subject: "Skatteåterbäring väntar på dig",
    body: `Hej,

Efter en ny beräkning av din deklaration har du rätt till en återbetalning på 3 842 kr.

För att få pengarna insatta på ditt konto, bekräfta dina uppgifter med BankID senast 26 november:
https://skatteaterbaring-se.info/bekrafta

Om du inte bekräftar inom tidsfristen förfaller återbetalningen.

Med vänlig hälsning
Skattemyndighetens utbetalningsavdelning`,
  },
  {
    category: "spam",
    language: "sv",
    subject: "Köp 5-stjärniga recensioner till din salong",
    body: `Hej!

Visste du att 9 av 10 kunder läser recensioner innan de bokar en frisör? Vi hjälper svenska småföretag att snabbt få fler 5-stjärniga omdömen på Google och Reco.

Paket:
10 recensioner – 990 kr
25 recensioner – 1 990 kr
50 recensioner – 3 490 kr

100 % säkert, riktiga konton, leverans inom 7 dagar.

Svara på detta mejl så skickar vi betalningslänk.`,
  },
  {
    category: "spam",
    language: "cs",
    subject: "Bezpečnostní upozornění: potvrďte svou identitu",
    body: `Vážený kliente,

zaznamenali jsme neobvyklou aktivitu na Vašem účtu. Z bezpečnostních důvodů byl přístup do internetového bankovnictví dočasně omezen.

Pro obnovení přístupu prosím ověřte svou identitu do 24 hodin:
https://ceska-banka-overeni.cz-login.net

Pokud ověření neproběhne, Váš účet bude zablokován.

S pozdravem
Oddělení bezpečnosti`,
  },
  {
    category: "spam",
    language: "hr",
    subject: "Čestitamo! Osvojili ste poklon bon od 500 €",
    body: `Poštovani,

vaša e-mail adresa je izvučena u našoj godišnjoj nagradnoj igri! Osvojili ste poklon bon u vrijednosti od 500 € za kupnju u trgovinama diljem Hrvatske.

Za preuzimanje nagrade potrebno je samo platiti troškove dostave od 2,50 € na linku:
http://nagrada-hr-bon.click/preuzmi

Ponuda vrijedi 48 sati.

Tim Nagradne igre`,
  },
  {
    category: "spam",
    language: "hr",
    subject: "Upis u Registar poslovnih subjekata 2027 – obavijest",
    body: `Poštovani,

vaša tvrtka KONOBA STARI BUNAR upisana je u Registar gospodarskih subjekata Europe za 2027. godinu.

Za aktivaciju vašeg oglasa molimo da potpišete i vratite priloženi obrazac. Godišnja naknada iznosi 995 EUR, a ugovor se sklapa na 3 godine.

Ako ne želite upis, jednostavno ne reagirajte.

Europski registar poduzeća
(Ovo nije račun.)`,
  },
  {
    category: "spam",
    language: "sl",
    subject: "Pošta Slovenije: paket čaka na plačilo carine",
    body: `Spoštovani,

vaša pošiljka SI2026-77120 je zadržana v našem logističnem centru zaradi neplačane carinske dajatve v višini 1,49 EUR.

Prosimo, poravnajte znesek v 24 urah na povezavi:
https://posta-si-dostava.help/placilo

V nasprotnem primeru bo paket vrnjen pošiljatelju.

Hvala,
Pošta`,
  },
  // ───────────────────────────── personal ─────────────────────────────
  {
    category: "personal",
    language: "en",
    subject: "Sunday lunch at Mum's?",
    body: `Hiya Rach,

Mum's asked if we're all coming for lunch on Sunday — she's doing a roast and wants a head count by Friday so she can order the beef from Hendersons. I said yes for me, Dave and the kids.

Can you bring a pudding? Last time she did everything herself and was shattered. Also if you're driving past the garden centre can you grab her some compost, she keeps moaning about the pots.

Let me know!
Em xx`,
  },
  {
    category: "personal",
    language: "en",
    subject: "Sarah's leaving drinks - Friday!",
    body: `Hi all,

As most of you know, Friday is Sarah's last day on the early shift before she heads off to Canada (jealous!!). We're going to the Crown & Anchor straight after we close up, from about 5.30.

If you want to chip in for a card and a present, there's an envelope behind the till — no pressure, anything's fine. Please don't mention it to her, we want the present to be a surprise.

See you there,
Kerry`,
  },
  {
    category: "personal",
    language: "en",
    subject: "Thinking of you",
    body: `Dear Joan,

I was so sorry to hear about your dad. I only met him a few times in the shop, but he always had a story and a joke for whoever was at the counter, and I know how close you were.

Please don't worry about anything at all for the next while. If you need someone to help with flowers for the service or just want to go for a walk and a cup of tea, you know where I am.

With love,
Margaret`,
  },
  {
    category: "personal",
    language: "en",
    subject: "your parcel + the fence",
    body: `Hi Pete,

Just to say I took in a parcel for you this morning, it's on my porch behind the bench. Grab it whenever.

Also, the bit of fence between our gardens came down in the wind last night — no rush, but maybe we could have a look at it together at the weekend and split a new panel? I've got the posts still from when we did the shed.

Cheers,
Tony (no. 17)`,
  },
  {
    category: "personal",
    language: "en",
    subject: "long time no see!!",
    body: `Hey Lauren!

It's been forever — I think the last time we saw each other was Kim's 30th?? I saw on Insta that you opened your own salon, that's amazing, congrats!! 

I'm going to be in Melbourne for a conference in February, any chance you're around for dinner or a drink? Would love to catch up properly.

xx
Jess

Sent from my iPhone`,
  },
  {
    category: "personal",
    language: "en",
    subject: "Happy birthday old man",
    body: `Mike,

Happy 50th, you old goat! Sorry I can't make it to the party Saturday, we've got Jamie's graduation in Denver the same weekend. Have one for me and try not to throw your back out on the dance floor this time.

Let's get a round of golf in when it warms up.

Dave`,
  },
  {
    category: "personal",
    language: "de",
    subject: "Omas 80. – wer bringt was mit?",
    body: `Hallo ihr Lieben,

Omas 80. rückt näher (Samstag, 12.12.), und ich würde gern ein bisschen koordinieren, damit nicht wieder fünf Käsekuchen auf dem Tisch stehen 😄

Mein Vorschlag:
– Ich mache die Torte und Kaffee
– Jana: Salate
– Uwe und Steffi: Getränke
– Tobias: bitte um 14 Uhr Oma abholen und pünktlich bringen!

Und wer hat noch alte Fotos für das Album? Bitte bis nächste Woche an mich schicken.

Liebe Grüße
Bettina`,
  },
  {
    category: "personal",
    language: "de",
    subject: "Chätzli füttern während den Ferien?",
    body: `Hoi Ursula

Wir sind vom 20. bis 27. Dezember im Engadin. Könntest du eventuell wieder unsere Mimi füttern, so wie letztes Jahr? Einmal am Tag reicht, Futter steht im Vorratsschrank und der Schlüssel ist wie immer beim Blumentopf.

Als Dankeschön bringen wir dir wieder eine Nusstorte mit 😊

Lieber Gruess
Andrea vom 2. Stock`,
  },
  {
    category: "personal",
    language: "fr",
    subject: "Les photos du week-end",
    body: `Coucou Élise,

Je t'envoie enfin les photos du week-end à Étretat ! Il y en a une de toi et Paul sur la falaise qui est vraiment trop belle, tu devrais l'encadrer.

Merci encore pour l'accueil, c'était exactement la pause dont j'avais besoin après ce mois de fou au salon.

On se refait un dîner avant Noël ?

Bisous,
Nathalie`,
  },
  {
    category: "personal",
    language: "fr",
    subject: "Toutes nos pensées",
    body: `Chère Martine,

C'est avec une grande tristesse que nous avons appris le décès de Jean-Pierre. Nous gardons de lui le souvenir d'un homme généreux, toujours prêt à rendre service, et de ces grandes tablées d'été chez vous à Uzès.

Nous serons de tout cœur avec toi jeudi. Si tu as besoin de quoi que ce soit, n'hésite surtout pas.

Nous t'embrassons très fort,
Colette et Bernard`,
  },
  {
    category: "personal",
    language: "it",
    subject: "regalo per il matrimonio di Chiara?",
    body: `Ciao Marco,

ma tu hai già pensato a cosa regalare a Chiara e Luca? Io pensavo di fare una cosa insieme, tu, io e Simona, così magari riusciamo a contribuire al viaggio di nozze invece di prendere l'ennesimo set di bicchieri 😅

Fammi sapere, ne parliamo domenica dalla nonna.

Un abbraccio,
Francesca`,
  },
  {
    category: "personal",
    language: "it",
    subject: "Festa a sorpresa per Gianni – acqua in bocca!",
    body: `Ciao a tutti,

come sapete, a fine mese Gianni va in pensione dopo 38 anni in officina. Noi ragazzi vorremmo fargli una festa a sorpresa sabato 28 sera a casa mia, con pizza e qualche birra.

Chi c'è? Ditemi entro mercoledì. E mi raccomando, non una parola con lui!

Ciao,
Stefano`,
  },
  {
    category: "personal",
    language: "es",
    subject: "la receta del bizcocho de la abuela",
    body: `Hola mamá:

¿Me puedes pasar la receta del bizcocho de yogur de la abuela? El sábado es el cumple de Lucía y quiere "el de la bisabuela", nada de tartas de pastelería.

¿Era un vaso de aceite o medio? No me acuerdo.

Besos,
Irene

PD: el domingo vamos a comer a casa, ¿vale?`,
  },
  {
    category: "personal",
    language: "es",
    subject: "Pádel el jueves?",
    body: `Buenas Jorge!

¿Te animas a un pádel el jueves a las 21:00? Ya tengo a Rubén y a su cuñado, nos falta uno. Luego unas cañas como siempre.

Dime algo antes del miércoles para reservar pista.

Abrazo,
Dani`,
  },
  {
    category: "personal",
    language: "nl",
    subject: "Help met verhuizen zaterdag?",
    body: `Hoi Mark,

Zoals je weet verhuizen we zaterdag eindelijk naar het nieuwe huis in Amersfoort. Het grote spul gaat met een verhuisbedrijf, maar we moeten nog een hoop dozen en de fietsen overbrengen.

Zou jij met je aanhanger kunnen helpen, zo rond 10 uur? Pizza en bier na afloop uiteraard op ons 😉

Liefs,
Saskia`,
  },
  {
    category: "personal",
    language: "hr",
    subject: "Nešto sasvim drugo od posla :)",
    body: `Hej Maja,

jučer sam kod pekare srela tvoju mamu i rekla mi je da je djed napokon doma iz bolnice. Baš mi je drago! Pozdravi ga puno od mene.

I hvala ti još jednom za juhu prošli tjedan dok sam bila bolesna, stvarno mi je spasila dan. Sljedeći put ja kuham tebi.

Veliki zagrljaj,
Lana`,
  },
  {
    category: "personal",
    language: "pl",
    subject: "wieczór kawalerski Bartka",
    body: `Siema chłopaki,

data kawalerskiego Bartka ustalona: 15 maja, Zakopane. Wynajmujemy domek na dwie noce, wychodzi ok. 350 zł na głowę plus jedzenie i atrakcje.

Kto jest pewny, niech da znać do końca miesiąca, to wpłacę zaliczkę za domek. I cicho sza przy Bartku!

Michał`,
  },
  {
    category: "personal",
    language: "pl",
    subject: "Wigilia u nas w tym roku",
    body: `Kochani,

w tym roku Wigilia u nas w Bydgoszczy! Mama już zapowiedziała, że przywiezie pierogi i barszcz, więc nie ma dyskusji 😊

Czy Ania z Tomkiem przyjadą już 23-go? Mamy wolny pokój na górze. Dajcie znać, to przygotuję łóżka.

Ściskam mocno,
Babcia Krysia`,
  },
  {
    category: "personal",
    language: "pt",
    subject: "Férias no Algarve?",
    body: `Olá Sofia!

Então, já falaste com o Rui sobre as férias? Nós estamos a pensar alugar uma casa em Tavira na segunda quinzena de julho e era tão bom irem connosco, os miúdos adoram-se.

Vê lá e diz-me qualquer coisa até ao fim do mês, que as casas voam.

Beijinhos,
Carla`,
  },
  {
    category: "personal",
    language: "sv",
    subject: "Fiskehelgen i mars",
    body: `Tjena Nisse!

Ska vi köra fiskehelgen uppe vid Storsjön igen i mars? Jag kollade med Bosse, han är på. Stugan är ledig 13–15 mars.

Ta med din borr den här gången, min är ju paj.

Hörs!
Lasse`,
  },
  {
    category: "personal",
    language: "sv",
    subject: "Grattis till lillkillen!",
    body: `Kära Anna och Erik,

Stort grattis till er lilla son! Vi blev så glada när vi såg bilden, han är ju helt underbar. Hoppas att ni får vila ordentligt och att allt går bra.

Säg till när ni orkar ta emot besök, så kommer vi förbi med lasagne.

Massor av kramar
Karin och Johan`,
  },
  {
    category: "personal",
    language: "cs",
    subject: "Chata o víkendu?",
    body: `Ahoj Honzo,

nejedete tenhle víkend na chatu? Kluci by rádi vzali děti na bobovku, jestli bude sníh. Můžeme přivézt guláš, ať se nemusí vařit.

Dej vědět,
Pavla`,
  },
  {
    category: "personal",
    language: "hr",
    subject: "Nedjeljni ručak kod mame",
    body: `Bok seko,

mama pita dolazite li u nedjelju na ručak. Radi sarmu, pa kaže da joj javimo do petka koliko nas je.

Mogu li vas pokupiti usput, ako vam je auto još u servisu?

Pusa,
Ivana`,
  },
  {
    category: "personal",
    language: "hr",
    subject: "Krštenje male Mie",
    body: `Dragi kume,

s veseljem vas pozivamo na krštenje naše Mie u nedjelju, 13. prosinca u 11 sati u crkvi sv. Ante u Splitu, a nakon toga ručak kod nas doma.

Nadam se da vas nećemo dugo čekati 😊 Javi jeste li svi četvero.

Grli vas,
Tomislav i Petra`,
  },
  {
    category: "personal",
    language: "sl",
    subject: "Za tvoj rojstni dan 🎉",
    body: `Živjo Tina!

Vse najboljše za rojstni dan! Upam, da te danes v službi ne bodo preveč mučili in da zvečer malo proslaviš.

V soboto te peljem na kosilo, brez izgovorov. Ob 12h te poberem.

Objem,
Katja`,
  },
  // ───────────────────────────── other ─────────────────────────────
  {
    category: "other",
    language: "en",
    subject: "Application – Commis Chef position",
    body: `Dear Head Chef,

I saw your advert on the noticeboard at Westfield College for a full-time commis chef and would like to apply. My CV is attached.

I finished my Level 2 Diploma in Professional Cookery in June and have been working weekends at a carvery in Hereford since then, mainly on prep and the grill. I'd love to work somewhere that cooks with seasonal local produce like you do.

I'm available for a trial shift any day next week and can start from January.

Thank you for considering my application.

Kind regards,
Callum Price
07458 220 391`,
  },
  {
    category: "other",
    language: "en",
    subject: "Price update effective 1 January 2027",
    body: `Dear valued customer,

We are writing to let you know that, following further increases in dairy, packaging and transport costs over the past year, our prices will change from 1 January 2027.

Most lines will rise by between 3% and 6%. Our full-fat and semi-skimmed milk in 2-litre bottles will remain at current prices until at least March. Your updated price list is attached and will also appear on the order portal from 1 December.

We appreciate this is unwelcome news during a difficult period for hospitality and will keep increases to a minimum.

Kind regards,
Helen Burrows
Commercial Manager, Dale Valley Dairies`,
  },
  {
    category: "other",
    language: "en",
    subject: "Food hygiene inspection – outcome and rating",
    body: `Dear Mr Abiola,

Food Hygiene Inspection – Lagos Kitchen, 31 Cowley Road, Oxford

Thank you for your cooperation during our inspection on 12 November 2026. I am writing to confirm the outcome.

Your food hygiene rating is 4 (Good). The areas identified for improvement are:
1. Temperature records for the walk-in chiller were incomplete for the previous week.
2. The wash-hand basin in the prep area was partly obstructed by stored equipment.

Please address these matters within 28 days. You may request a re-rating visit once the improvements are in place; the fee and form are on the council website. You also have a right of appeal within 21 days.

Yours sincerely,
Emma Fairclough
Environmental Health Officer
Oxford City Council`,
  },
  {
    category: "other",
    language: "en",
    subject: "Lease renewal – Shop 3, 118 Beaufort Street",
    body: `Dear Ms Tran,

Your current lease for Shop 3, 118 Beaufort Street, Mount Lawley expires on 28 February 2027. The owner has instructed us to offer you a renewal on the following basis:

- Term: 3 years with a further 3-year option
- Rent: $42,600 p.a. plus GST (a CPI review of 3.8%)
- Outgoings as per current lease

Please let us know by 18 December whether you wish to proceed, so we can prepare the documents. Happy to discuss any questions.

Kind regards,
Brendan Cole
Property Manager, Perth Commercial Leasing`,
  },
  {
    category: "other",
    language: "en",
    subject: "Sponsorship request – St Colman's GAA U12 jerseys",
    body: `Hi Noel,

I'm the secretary of St Colman's GAA club here in Ballinrobe. Our under-12 team needs a new set of jerseys for next season, and we're looking for local businesses to sponsor them.

For €600 your garage's name and logo would go on the front of the 25 jerseys, and we'd also put you on our website and the pitch-side banner. A lot of the parents are your customers already!

Would you be interested? Happy to call in and chat about it.

Many thanks,
Áine Walsh
Club Secretary, St Colman's GAA
087 221 4039`,
  },
  {
    category: "other",
    language: "en",
    subject: "Reference request – Tyler Brooks",
    body: `Hello,

Tyler Brooks has applied for a position as a service technician with our company and listed you as a previous employer (Hartman Heating & Cooling, 2022–2025).

Would you be willing to answer a few short questions, either by phone or email, about his dates of employment, his responsibilities and whether you'd rehire him? He has given us written consent to contact you.

Thank you for your time.

Sincerely,
Dana Whitaker
HR Coordinator, Summit Mechanical Services, Fort Collins, CO`,
  },
  {
    category: "other",
    language: "de",
    subject: "Anfrage Schülerpraktikum im Februar",
    body: `Sehr geehrte Frau Lindner,

mein Name ist Leonie Fuchs, ich bin 15 Jahre alt und gehe in die 9. Klasse der Gesamtschule Am Lindenhof in Kassel. Im Februar 2027 (01.02.–12.02.) haben wir ein zweiwöchiges Betriebspraktikum.

Ich interessiere mich sehr für den Friseurberuf und würde gerne mein Praktikum in Ihrem Salon machen. Meine Lehrerin, Frau Berger, würde Ihnen die Unterlagen der Schule zuschicken.

Über eine positive Antwort würde ich mich sehr freuen.

Mit freundlichen Grüßen
Leonie Fuchs`,
  },
  {
    category: "other",
    language: "de",
    subject: "Ihr Schadensfall 74-221890 – Wasserschaden Gastraum",
    body: `Sehr geehrter Herr Steiner,

wir bestätigen den Eingang Ihrer Schadensmeldung vom 16.11.2026 zum Wasserschaden im Gastraum Ihres Cafés (Versicherungsschein BV-3310728, Betriebsversicherung).

Zur weiteren Bearbeitung haben wir einen Sachverständigen beauftragt, der sich in den nächsten Tagen direkt bei Ihnen melden wird. Bitte bewahren Sie beschädigte Gegenstände bis zur Besichtigung auf und dokumentieren Sie den Schaden fotografisch.

Bitte teilen Sie uns außerdem noch die Rechnung des Installateurs über die Leckortung mit.

Mit freundlichen Grüßen
Ihre Schadenabteilung
Alpenländische Versicherung AG, Innsbruck`,
  },
  {
    category: "other",
    language: "fr",
    subject: "Candidature spontanée – apprentissage CAP boulanger",
    body: `Madame, Monsieur,

Actuellement en classe de 3e au collège Jean-Moulin de Niort, je souhaite préparer un CAP boulanger en apprentissage à la rentrée 2027.

Depuis petit, je fais le pain avec mon grand-père le dimanche et j'ai effectué mon stage d'observation dans une boulangerie de Chauray l'an dernier, ce qui m'a confirmé dans mon choix. Je suis ponctuel, motivé et le travail de nuit ne me fait pas peur.

Je serais très heureux de pouvoir vous rencontrer. Vous trouverez mon CV en pièce jointe.

Veuillez agréer, Madame, Monsieur, mes salutations respectueuses.

Enzo Guérin`,
  },
  {
    category: "other",
    language: "fr",
    subject: "Contrôle sanitaire du 17/11 – rapport d'inspection",
    body: `Madame la gérante,

Vous trouverez ci-joint le rapport de l'inspection sanitaire réalisée le 17 novembre 2026 dans votre établissement « Le Petit Bouchon », 9 quai Saint-Vincent, Lyon.

Niveau d'hygiène attribué : Satisfaisant.
Points relevés : absence d'affichage des allergènes pour les plats du jour ; traçabilité des viandes hachées à compléter.

Ce résultat sera publié sur le site Alim'confiance pendant un an. Une mise en conformité est attendue sous un mois.

Pour le Préfet et par délégation,
L'inspectrice de la sécurité sanitaire des aliments
Direction départementale de la protection des populations du Rhône`,
  },
  {
    category: "other",
    language: "it",
    subject: "Richiesta di sponsorizzazione – torneo giovanile di calcio",
    body: `Gentile titolare,

siamo l'ASD Junior Castelfranco e a maggio organizziamo la 12ª edizione del torneo "Pulcini in Festa", con 24 squadre e circa 600 persone tra bambini e famiglie.

Cerchiamo aziende del territorio che vogliano sostenerci: con un contributo a partire da 150 € il logo della Vostra panetteria comparirà sulle magliette dello staff e sui manifesti del torneo.

Resto a disposizione per qualsiasi informazione.

Cordiali saluti,
Paolo Bertin
Responsabile sponsor ASD Junior Castelfranco
349 117 2288`,
  },
  {
    category: "other",
    language: "it",
    subject: "Intervista per il Giornale di Vicenza",
    body: `Buongiorno Sig.ra Dal Molin,

sono una giornalista del Giornale di Vicenza e sto preparando un servizio sulle botteghe storiche della provincia. Il Vostro forno, aperto dal 1921, sarebbe perfetto.

Le andrebbe di concedermi un'intervista di mezz'ora e qualche foto in laboratorio? L'articolo uscirà nell'inserto del fine settimana a metà dicembre.

Grazie e buona giornata,
Chiara Zanon
Redazione Cronaca – Il Giornale di Vicenza`,
  },
  {
    category: "other",
    language: "es",
    subject: "Requerimiento documentación licencia de terraza",
    body: `Estimado/a titular:

En relación con su solicitud de autorización de terraza de veladores para el establecimiento "Bar Las Tres Jotas" (expediente 2026/TER/01487), le comunicamos que la documentación aportada está incompleta.

Deberá presentar en el plazo de diez días hábiles:
- plano de la ocupación a escala 1:50
- póliza de responsabilidad civil vigente
- justificante del pago de la tasa correspondiente

Transcurrido dicho plazo sin aportar la documentación, se le tendrá por desistido de su solicitud.

Servicio de Licencias
Ayuntamiento de Logroño`,
  },
  {
    category: "other",
    language: "hr",
    subject: "Prijava za posao konobara – sezona 2027.",
    body: `Poštovani,

zovem se Filip Babić i javljam vam se jer bih sljedeće sezone volio raditi kod vas u beach baru. Imam 24 godine, tri ljeta iskustva kao konobar u Makarskoj i govorim engleski i njemački.

U privitku šaljem životopis. Mogu početi od travnja i raditi cijelu sezonu.

Unaprijed hvala,
Filip Babić
095 220 9174`,
  },
  {
    category: "other",
    language: "nl",
    subject: "Prijswijziging per 1 januari 2027",
    body: `Geachte klant,

Door gestegen kosten voor energie, transport en verpakkingen zien wij ons genoodzaakt onze prijzen per 1 januari 2027 aan te passen. De gemiddelde verhoging bedraagt 4,5%.

Uw nieuwe prijslijst vindt u in de bijlage. Bestellingen die vóór 31 december worden geplaatst, leveren we nog tegen de huidige prijzen.

Wij danken u voor uw begrip en het vertrouwen in onze samenwerking.

Met vriendelijke groet,
Koffiebranderij Van Leeuwen B.V.
Verkoop binnendienst`,
  },
  {
    category: "other",
    language: "nl",
    subject: "Hoe tevreden bent u over ons? (5 minuten)",
    body: `Beste klant,

Als vaste afnemer van Groothandel De Wit Horeca bent u belangrijk voor ons. Wij horen graag hoe u onze bezorging, klantenservice en het assortiment ervaart.

Wilt u 5 minuten de tijd nemen om onze korte vragenlijst in te vullen? Onder de deelnemers verloten we drie dinerbonnen van € 100.

Naar de vragenlijst: link in uw klantportaal, onder 'Enquête 2026'

Alvast hartelijk dank!
Team De Wit Horeca, Breda`,
  },
  {
    category: "other",
    language: "pl",
    subject: "Protokół z kontroli sanitarnej – Piekarnia Kłos",
    body: `Szanowna Pani,

w załączeniu przesyłamy kopię protokołu z kontroli przeprowadzonej w dniu 18.11.2026 r. w Piekarni Kłos przy ul. Mickiewicza 12 w Kielcach.

W trakcie kontroli stwierdzono brak aktualnych badań do celów sanitarno-epidemiologicznych dla jednego pracownika oraz niewłaściwe oznakowanie pojemników z surowcami. Termin usunięcia nieprawidłowości: 15.12.2026 r.

Prosimy o pisemną informację o sposobie wykonania zaleceń.

Z poważaniem
Oddział Nadzoru nad Żywnością
Powiatowa Stacja Sanitarno-Epidemiologiczna w Kielcach`,
  },
  {
    category: "other",
    language: "pt",
    subject: "Renovação da apólice multirriscos 2027",
    body: `Exmo. Senhor,

A apólice n.º MR-0044712 do seu estabelecimento (Oficina Auto Silva & Filhos) vence a 1 de janeiro de 2027 e será renovada automaticamente.

Informamos que, a partir da renovação, o capital seguro do recheio passa para 85.000 € e a franquia em caso de fenómenos sísmicos é alterada. As novas condições particulares seguem em anexo.

Caso pretenda alterar coberturas, contacte o seu mediador até 15 de dezembro.

Com os melhores cumprimentos,
Seguros Atlântico – Departamento de Empresas`,
  },
  {
    category: "other",
    language: "pt",
    subject: "Pedido de estágio curricular – Técnico de Restauração",
    body: `Boa tarde,

Sou aluna do 2.º ano do curso profissional de Técnico de Cozinha/Pastelaria na Escola Profissional de Viseu e tenho de fazer um estágio de 400 horas entre abril e junho de 2027.

Gostaria muito de estagiar na vossa pastelaria. A escola envia o protocolo e o seguro escolar cobre o período de estágio.

Em anexo segue o meu CV. Obrigada pela atenção!

Mariana Lopes`,
  },
  {
    category: "other",
    language: "sv",
    subject: "Information om fasadrenovering – Kungsgatan 8",
    body: `Till hyresgästerna på Kungsgatan 8

Under vecka 10–22 2027 renoverar vi fasaden mot gatan. Det innebär att byggnadsställningar kommer att stå utanför lokalerna i bottenplan, inklusive entrén till er butik.

Entrén kommer att hållas tillgänglig hela tiden, men skyltning på fasaden behöver tas ned under perioden. Vi återkommer med exakta datum när entreprenören är klar.

Frågor kan ställas till förvaltaren Anders Holm, 08-512 884 20.

Med vänliga hälsningar
Fastighets AB Stadsgården`,
  },
  {
    category: "other",
    language: "sv",
    subject: "Ansökan om sommarjobb 2027",
    body: `Hej!

Jag heter Alva Nilsson, är 17 år och går andra året på hotell- och turismprogrammet i Kalmar. Jag skulle gärna vilja sommarjobba på ert kafé i sommar, helst från midsommar till mitten av augusti.

Förra sommaren jobbade jag i glasskiosken i hamnen och är van vid kassa och mycket folk. Mitt CV finns som bilaga.

Vänliga hälsningar
Alva Nilsson
073-448 21 90`,
  },
  {
    category: "other",
    language: "cs",
    subject: "Výzva k doložení dokladů – přiznání k DPH",
    body: `Vážený pane Doležale,

Finanční úřad pro Jihomoravský kraj, územní pracoviště Znojmo, Vás v souvislosti s kontrolním hlášením za září 2026 vyzývá k doložení dokladů k přijatým plněním od dodavatele Vinařství Horní Dunajovice s.r.o.

Požadované doklady předložte do 15 dnů ode dne doručení výzvy, a to prostřednictvím datové schránky nebo osobně na podatelně. Plné znění výzvy je doručeno do Vaší datové schránky.

S pozdravem
Ing. Alena Musilová
referent, oddělení kontroly DPH`,
  },
  {
    category: "other",
    language: "cs",
    subject: "Směny na prosinec a dovolené – prosím zkontrolovat",
    body: `Ahoj všichni,

v příloze je rozpis směn na prosinec. Zohlednila jsem dovolené, které jste mi nahlásili do minulého pátku. Kdo má ještě nějaký požadavek nebo chce měnit, dejte mi vědět nejpozději do středy, pak to posílám na mzdy.

Připomínám, že 24. 12. máme otevřeno jen do 12:00 a 31. 12. do 15:00.

Díky,
Markéta
provozní, Kavárna Na Rohu`,
  },
  {
    category: "other",
    language: "hr",
    subject: "Molba za donaciju – humanitarni božićni sajam",
    body: `Poštovani,

Udruga roditelja "Korak više" iz Osijeka organizira humanitarni božićni sajam 19. prosinca, a sav prihod ide za terapije djece s teškoćama u razvoju.

Bili bismo zahvalni kada biste nam mogli donirati nekoliko proizvoda iz vaše pekare ili poklon bon za tombolu. Vaše ime rado ćemo istaknuti na sajmu i na našoj Facebook stranici.

Hvala od srca,
Dubravka Šimić
Udruga "Korak više"`,
  },
  {
    category: "other",
    language: "sl",
    subject: "Prošnja za zaposlitev – frizerka",
    body: `Spoštovani,

sem Eva Golob, frizerka z večletnimi izkušnjami, in vam pošiljam prošnjo za zaposlitev. Zadnjih pet let sem delala v salonu v Mariboru, kjer sem bila zadolžena predvsem za barvanje in poročne pričeske.

Ker se s partnerjem selim v Novo mesto, iščem novo delovno mesto od februarja 2027. V prilogi vam pošiljam življenjepis.

Vesela bom, če me povabite na razgovor.

Lep pozdrav,
Eva Golob
040 338 211`,
  },
];
