/**
 * BULK_C — 250 whole e-mails written by hand on 2026-11-23 by an independent
 * helper session that saw only the label list (shared/contracts/email-categories.json)
 * and a description of the boundaries to cover; it never saw the classifier, its
 * features, its rules or any test set or benchmark.
 *
 * 25 mails per label for all 10 labels. Languages (ISO 639-1) with counts:
 *   en 70 (UK, US, Ireland, Australia, Canada, India, New Zealand, South Africa),
 *   de 20, fr 20, es 20, nl 20, it 10, pt 10, pl 10, sv 10, da 10, cs 10,
 *   ro 10, el 10, tr 10, ja 10.
 * Every label has at least one mail in each of the 15 languages.
 *
 * What it covers: automated and money mail as it reaches a small business (shop,
 * agency, workshop, practice, restaurant), concentrating on the hard boundaries:
 *  - spam vs newsletter vs notification: unsolicited promos dressed as newsletters
 *    with fake unsubscribe lines, phishing dressed as system alerts (suspended
 *    account, full mailbox, held parcel, overdue invoice from an unknown sender,
 *    e-signature and file-share lookalikes, business-profile verification, tax
 *    refunds), scams (domain/SEO renewal, trademark registry, directory listings,
 *    crypto, loans, inheritance) against real subscribed newsletters (suppliers,
 *    trade bodies, software vendors, chambers, magazines, webinars) and real
 *    notifications (shop orders, bookings, shipping, payouts, bank alerts, resets,
 *    2FA codes, reviews, registrar reminders, CI and backup reports, auto-replies);
 *  - invoice vs receipt vs notification: bills to pay, reminders and proformas;
 *    proof of payment, paid orders and refunds; and money-related notices that are
 *    neither (statement ready, plan price change, card expiring, payout sent);
 *  - plus ordinary person-to-person mail for sales_lead, support_request,
 *    meeting_request, personal and other (applications, authorities, suppliers'
 *    announcements) to keep the balance.
 * Bodies are the visible text a mail client shows, including menu words, buttons
 * and footers for HTML mail. All names, firms, brands and numbers are invented.
 */
import type { WrittenMail } from './types';

export const BULK_C: WrittenMail[] = [
  // ───────────────────────────── invoice ─────────────────────────────
  {
    category: 'invoice',
    language: 'en',
    subject: 'Invoice INV-20931 from Harrow & Pike Wholesale – due 7 December',
    body: `Hello Marsh Lane Deli,

Please find attached invoice INV-20931 for your delivery of 18 November (2 x 5 kg Parmigiano, 12 x jarred artichokes, 4 cases San Marzano tomatoes).

Amount due: £486.20 (incl. VAT £81.03)
Due date: 7 December 2026
Pay by BACS to Harrow & Pike Wholesale Ltd, sort code 20-44-91, account 51839920, reference INV-20931.

If anything on the delivery note doesn't match what arrived, let me know before the due date and I'll issue a credit.

Kind regards,
Debbie Rowntree
Accounts, Harrow & Pike Wholesale Ltd
Unit 4, Coleford Trading Estate, Bristol BS5 9QT`,
  },
  {
    category: 'invoice',
    language: 'en',
    subject: 'Your Pinecrest Energy bill is ready – £312.48 to pay',
    body: `Pinecrest Energy Business

Your bill for 14 Oct – 13 Nov 2026 is ready

Account: 7741 0923 55 – The Copper Kettle Café
Supply address: 22 Wharf Street, Leeds LS2 7EQ

Electricity used: 1,184 kWh
Standing charge: 30 days
Total this period: £312.48
Amount to pay: £312.48 by 28 November 2026

You don't pay by Direct Debit, so please pay online, by phone or at your bank using the reference above.

[View and pay your bill]

Questions about your bill? Call our business team on 0345 600 2211, Monday to Friday 8am–6pm.

Pinecrest Energy Ltd, registered in England No. 09912734. This email was sent to you because you have an account with us.`,
  },
  {
    category: 'invoice',
    language: 'en',
    subject: 'Reminder: invoice 2026-118 is now 14 days overdue',
    body: `Hi Tom,

Just a gentle nudge – invoice 2026-118 for the October photography work (product shots for the autumn menu, 46 edited images) was due on 9 November and I haven't seen payment come through yet.

Amount outstanding: AUD 1,540.00 (incl. GST)
BSB 062-119, account 1048 3372, Nadia Kovac Photography

I've attached the invoice again in case the first one went astray. If it's already been paid, please ignore this and sorry for the bother!

Cheers,
Nadia
0412 887 301`,
  },
  {
    category: 'invoice',
    language: 'en',
    subject: 'Proforma invoice PF-5520 – stand space, Northern Trade Makers Fair',
    body: `Dear Ms Okafor,

Thank you for reserving a shell-scheme stand at the Northern Trade Makers Fair (Manchester Central, 12–14 March 2027).

Please find attached proforma invoice PF-5520:
  Stand B17, 3m x 3m shell scheme ........ £1,350.00
  Power point (1 x 13A) ..................... £95.00
  Exhibitor listing, printed guide .......... £0.00
  Subtotal ................................ £1,445.00
  VAT 20% ................................... £289.00
  Total due ............................... £1,734.00

Your stand is held provisionally until payment is received. Payment is due within 14 days; a full VAT invoice will follow once funds have cleared.

Best wishes,
Graham Lyle
Exhibitor Services, Northern Trade Makers Fair`,
  },
  {
    category: 'invoice',
    language: 'en',
    subject: 'Invoice #A-77812 for your Tallyhouse subscription',
    body: `Tallyhouse

Invoice #A-77812
Issued: November 20, 2026
Billed to: Brightside Dental Studio, 410 Elm Ave, Columbus OH 43215

Tallyhouse Team plan (5 seats), Dec 1 – Dec 31, 2026 ........ $145.00
Additional seat x 1 ............................................ $29.00
Sales tax (7.5%) ............................................... $13.05
Amount due ................................................... $187.05

Your account is set to pay by invoice. Please pay by December 1, 2026 to avoid interruption.

[Pay invoice]   [Download PDF]

Need to change your billing details? Go to Settings > Billing.
Tallyhouse Inc. · 88 Mission St, San Francisco, CA 94105`,
  },
  {
    category: 'invoice',
    language: 'en',
    subject: 'Fees for Q3 VAT return and payroll – Doyle Byrne Accountants',
    body: `Hi Siobhán,

Attached is our invoice for the work on the salon's accounts this quarter:

- Q3 VAT return preparation and filing: €280
- Monthly payroll (3 employees, Jul–Sep): €270
- Query to Revenue re: the August late-payment notice: €60

Total €610 + VAT at 23% = €750.30, payable within 30 days. Our IBAN is on the invoice.

By the way, we now need the November till reports by 5 December so we can get your return in early.

Thanks,
Ciarán Doyle
Doyle Byrne Accountants, Galway`,
  },
  {
    category: 'invoice',
    language: 'en',
    subject: 'Tax invoice 00451 – linen hire, Rata Street Bistro',
    body: `Kia ora,

Tax invoice 00451 from CleanFold Linen Services Ltd (GST 112-448-903)

Period: 1–15 November
42 tablecloths, 310 napkins, 28 aprons, 16 chef jackets
Total incl. GST: NZ$ 618.75

Please pay by the 20th of next month into 12-3014-0558213-00. Use your customer code RSB09 as reference.

Ngā mihi,
Aroha, CleanFold accounts`,
  },
  {
    category: 'invoice',
    language: 'de',
    subject: 'Rechnung Nr. 2026-4471 – Werkstattbedarf Oktober',
    body: `Sehr geehrter Herr Brandl,

anbei erhalten Sie unsere Rechnung Nr. 2026-4471 über die Lieferung vom 29.10.2026 (Bremsenreiniger, Schleifscheiben, Hebebühnen-Ersatzteile).

Nettobetrag: 1.218,40 EUR
zzgl. 19 % MwSt.: 231,50 EUR
Rechnungsbetrag: 1.449,90 EUR

Zahlbar innerhalb von 14 Tagen mit 2 % Skonto oder innerhalb von 30 Tagen netto auf unser Konto bei der Sparkasse Niederbayern, IBAN DE41 7435 0000 0020 1187 44.

Mit freundlichen Grüßen
Sabine Kellermann
Buchhaltung – Kfz-Teile Huber GmbH, Landshut`,
  },
  {
    category: 'invoice',
    language: 'de',
    subject: '2. Mahnung – Rechnung 88120 vom 02.10.2026',
    body: `Sehr geehrte Damen und Herren,

trotz unserer Zahlungserinnerung vom 3. November konnten wir bis heute keinen Zahlungseingang zu folgender Rechnung feststellen:

Rechnung 88120 vom 02.10.2026 (Wartung Spülmaschine, Restaurant Zum Goldenen Anker)
offener Betrag: 684,25 EUR
Mahngebühr: 5,00 EUR
zu zahlen: 689,25 EUR

Bitte überweisen Sie den Betrag bis spätestens 04.12.2026. Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos.

Freundliche Grüße
Gastrotechnik Wendler KG – Forderungsmanagement
Tel. 0421 33 09 18`,
  },
  {
    category: 'invoice',
    language: 'fr',
    subject: 'Votre facture Lumivolt Pro – novembre 2026',
    body: `Lumivolt Pro

Bonjour,

Votre facture du mois de novembre est disponible.

Client : Boulangerie Le Fournil de Léa – Contrat n° 40 118 722
Période de consommation : du 15/10 au 14/11/2026
Montant TTC : 426,90 €
Date limite de paiement : 09/12/2026

Vous avez choisi le paiement par virement. Pensez à indiquer votre numéro de contrat en référence.

[Consulter ma facture]

Lumivolt Pro, SAS au capital de 2 000 000 €, RCS Nanterre 812 334 901.
Cet e-mail vous est envoyé dans le cadre de votre contrat. Merci de ne pas y répondre.`,
  },
  {
    category: 'invoice',
    language: 'fr',
    subject: 'Facture F-2026-093 – traduction catalogue printemps',
    body: `Bonjour Madame Garnier,

Comme convenu, je vous adresse ci-jointe la facture F-2026-093 pour la traduction vers l'anglais de votre catalogue printemps (11 400 mots, relecture comprise).

Montant : 1 254,00 € HT, TVA non applicable, art. 293 B du CGI.
Échéance : 30 jours, soit le 23 décembre.
RIB joint à la facture.

Merci encore pour votre confiance, et n'hésitez pas si la mise en page appelle des retouches.

Bien cordialement,
Hélène Vasseur
Traductrice indépendante – Lyon`,
  },
  {
    category: 'invoice',
    language: 'es',
    subject: 'Factura A-2026/1187 – Distribuciones Ribera',
    body: `Estimado cliente:

Le remitimos adjunta la factura A-2026/1187 correspondiente al pedido servido el 17/11/2026 en Bar Los Arcos (C/ Mayor 12, Logroño).

Base imponible: 742,15 €
IVA 10%: 74,22 €
IVA 21%: 18,90 €
Total factura: 835,27 €

Forma de pago: recibo domiciliado a 30 días. El cargo se presentará en su cuenta el 17/12/2026.

Atentamente,
Departamento de Administración
Distribuciones Ribera, S.L.`,
  },
  {
    category: 'invoice',
    language: 'es',
    subject: 'Recordatorio: factura pendiente nº 311 – diseño de la carta',
    body: `Hola Martina,

Te escribo porque la factura nº 311 (diseño e impresión de las cartas nuevas del restaurante, 350 €) venció el día 15 y todavía no me consta el pago.

Te la vuelvo a adjuntar por si se perdió entre correos. Puedes hacer la transferencia al ES12 2100 4411 8902 0012 3345 o por Bizum al 654 221 908.

Gracias y un abrazo,
Rodrigo
Estudio Gráfico Cardumen`,
  },
  {
    category: 'invoice',
    language: 'it',
    subject: 'Fattura n. 154/2026 – manutenzione impianto di refrigerazione',
    body: `Gentile cliente,

in allegato trasmettiamo copia di cortesia della fattura elettronica n. 154/2026 inviata tramite SdI, relativa all'intervento del 12/11 presso la Gelateria Bianco Latte (sostituzione compressore cella frigo).

Imponibile: € 1.380,00
IVA 22%: € 303,60
Totale documento: € 1.683,60
Scadenza: 60 gg d.f.f.m. – bonifico su IBAN IT60 X054 2811 1010 0000 0123 456

Cordiali saluti,
Amministrazione – Frigotecnica Sartori s.r.l., Treviso`,
  },
  {
    category: 'invoice',
    language: 'nl',
    subject: 'Factuur 2026-0877 – huur bedrijfsruimte december',
    body: `Beste heer Visser,

Hierbij ontvangt u de factuur voor de huur van de bedrijfsruimte aan de Havenstraat 41 in Zwolle over december 2026.

Kale huur: € 1.650,00
Servicekosten: € 185,00
BTW 21%: € 385,35
Totaal te betalen: € 2.220,35

Wij verzoeken u het bedrag vóór 1 december over te maken op NL91 RABO 0317 4422 09 o.v.v. factuurnummer 2026-0877.

Met vriendelijke groet,
Vastgoedbeheer De Wit & Zonen
Afdeling debiteuren`,
  },
  {
    category: 'invoice',
    language: 'nl',
    subject: 'Openstaande factuur Kroonhost – actie vereist',
    body: `Kroonhost

Beste klant,

Voor uw hostingpakket Zakelijk M (domein fietsenmakerijbakker.nl) staat de volgende factuur nog open:

Factuurnummer: KH-5561203
Periode: 01-12-2026 t/m 30-11-2027
Bedrag: € 143,75 incl. btw
Vervaldatum: 30 november 2026

Betaal eenvoudig via iDEAL in uw klantpaneel. Wordt de factuur niet op tijd voldaan, dan wordt uw pakket na 14 dagen tijdelijk gepauzeerd.

[Factuur betalen]

Kroonhost B.V. · KvK 61229013 · U ontvangt deze e-mail omdat u klant bent bij Kroonhost.`,
  },
  {
    category: 'invoice',
    language: 'pt',
    subject: 'Fatura FT 2026/742 – Gráfica Atlântica',
    body: `Exmos. Senhores,

Junto enviamos a fatura FT 2026/742 referente à impressão de 2 000 flyers e 500 cartões de visita para a Clínica Veterinária Sol Nascente.

Valor: 318,57 € (IVA incluído à taxa de 23%)
Data de vencimento: 15/12/2026
Pagamento por transferência para o IBAN PT50 0035 0651 0000 4412 3003 9 ou por referência Multibanco (Entidade 21844, Referência 417 558 903).

Com os melhores cumprimentos,
Inês Fonseca
Gráfica Atlântica, Lda. – Matosinhos`,
  },
  {
    category: 'invoice',
    language: 'pl',
    subject: 'Faktura VAT nr 112/11/2026 – usługi księgowe',
    body: `Dzień dobry Pani Agnieszko,

w załączniku przesyłam fakturę VAT nr 112/11/2026 za prowadzenie księgowości salonu fryzjerskiego za listopad.

Kwota netto: 650,00 zł
VAT 23%: 149,50 zł
Do zapłaty: 799,50 zł
Termin płatności: 10.12.2026
Numer konta: 61 1090 1014 0000 0712 1981 2874

Przypominam też o dostarczeniu raportów z kasy fiskalnej do 5 grudnia.

Pozdrawiam serdecznie,
Marta Zielińska
Biuro Rachunkowe Bilans, Poznań`,
  },
  {
    category: 'invoice',
    language: 'sv',
    subject: 'Faktura 30418 från Norrlands Kaffe AB',
    body: `Hej!

Här kommer fakturan för leveransen till Café Lingonet den 16 november.

Fakturanummer: 30418
OCR: 3041811206
Belopp att betala: 4 312 kr (varav moms 462 kr)
Förfallodag: 2026-12-16
Bankgiro: 5432-1098

Fakturan finns även som PDF i bilagan. Hör av dig om något inte stämmer med följesedeln.

Vänliga hälsningar
Lena Åberg, Norrlands Kaffe AB`,
  },
  {
    category: 'invoice',
    language: 'da',
    subject: 'Faktura 2026-229 – vinduespudsning november',
    body: `Hej Frisør Klip & Krøl,

Tak for denne måned. Vedhæftet er faktura 2026-229 for vinduespudsning af butiksfacade og skilte (4 besøg i november).

Beløb: 1.200,00 kr. + moms 300,00 kr. = 1.500,00 kr.
Betales senest 8. december via MobilePay Box 44120 eller bankoverførsel til reg. 9570 konto 0012345678.

Venlig hilsen
Jens Højgaard
Højgaards Vinduespolering`,
  },
  {
    category: 'invoice',
    language: 'cs',
    subject: 'Faktura č. 2026110057 – odvoz odpadu',
    body: `Vážený zákazníku,

v příloze zasíláme fakturu č. 2026110057 za svoz směsného a tříděného odpadu pro provozovnu Restaurace U Lípy, Brno, za období 1.–30. 11. 2026.

Částka k úhradě: 2 874,60 Kč včetně DPH
Datum splatnosti: 14. 12. 2026
Variabilní symbol: 2026110057
Číslo účtu: 2001445566/2010

S pozdravem
EkoSvoz Morava s.r.o. – fakturace`,
  },
  {
    category: 'invoice',
    language: 'ro',
    subject: 'Factura fiscală nr. CLJ 08841 – servicii IT',
    body: `Bună ziua,

Vă transmitem atașat factura fiscală nr. CLJ 08841 pentru serviciile de mentenanță IT aferente lunii noiembrie 2026 (cabinetul stomatologic Dr. Pop, str. Horea 18, Cluj-Napoca).

Total de plată: 1.190,00 lei (TVA inclus)
Termen de plată: 10.12.2026
Cont: RO49 BTRL 0130 1202 A441 23XX, Banca Transilvania

Vă mulțumim,
Andreea Mureșan
NetPoint Solutions SRL`,
  },
  {
    category: 'invoice',
    language: 'el',
    subject: 'Τιμολόγιο 1842 – προμήθεια ελαιολάδου',
    body: `Καλησπέρα σας,

Σας επισυνάπτουμε το τιμολόγιο πώλησης 1842 για την παράδοση της 19/11 στην ταβέρνα «Το Πέτρινο» (8 δοχεία εξαιρετικού παρθένου ελαιολάδου των 5 λίτρων).

Καθαρή αξία: 312,00 €
ΦΠΑ 13%: 40,56 €
Σύνολο πληρωτέο: 352,56 €

Παρακαλούμε εξοφλήστε έως τις 10/12 στον λογαριασμό GR16 0110 1250 0000 0001 2300 695 (Εθνική Τράπεζα).

Με εκτίμηση,
Ελαιουργείο Καραγιάννη – Λογιστήριο`,
  },
  {
    category: 'invoice',
    language: 'tr',
    subject: 'Kasım 2026 dönemi e-Fatura – ödeme bilgileri',
    body: `Sayın Yetkili,

Firmanız Deniz Kırtasiye adına düzenlenen Kasım 2026 dönemi e-Faturası ekte yer almaktadır.

Fatura No: DKA2026000412
Hizmet: Yazar kasa POS cihazı kiralama ve bakım
Tutar: 1.450,00 TL + KDV %20 = 1.740,00 TL
Son ödeme tarihi: 05.12.2026

Ödemenizi TR33 0006 1005 1978 6457 8413 26 numaralı IBAN'a açıklama kısmına fatura numarasını yazarak yapabilirsiniz.

Saygılarımızla,
Ege Ödeme Sistemleri A.Ş. Muhasebe Birimi`,
  },
  {
    category: 'invoice',
    language: 'ja',
    subject: '【請求書送付】11月分 食材納品代金のご請求',
    body: `和食処 さくら亭
ご担当者様

いつも大変お世話になっております。
株式会社丸三青果の田村でございます。

11月分の納品代金につきまして、請求書をお送りいたします。

ご請求金額：87,340円（税込）
お支払期限：2026年12月25日
お振込先：みどり銀行 本町支店 普通 1234567 カ）マルサンセイカ

ご不明な点がございましたら、お気軽にお問い合わせください。
今後ともよろしくお願い申し上げます。

株式会社丸三青果
経理部 田村 美紀
TEL 06-6123-4567`,
  },
  // ───────────────────────────── receipt ─────────────────────────────
  {
    category: 'receipt',
    language: 'en',
    subject: 'Your receipt from Fernleaf Packaging #1842-0093',
    body: `Fernleaf Packaging

Receipt #1842-0093
Paid November 21, 2026

Kraft takeaway boxes, 750 ml x 500 ........ $89.00
Compostable cutlery sets x 1000 ........... $64.50
Shipping (ground) .......................... $12.00
Tax ........................................ $10.23
Amount paid ............................... $175.73

Payment method: Visa ending 4417

If you have any questions, contact us at help@fernleaf-packaging.example or call (503) 555-0187.

Something wrong with your order? Reply to this email within 30 days.
Fernleaf Packaging Co. · Portland, OR`,
  },
  {
    category: 'receipt',
    language: 'en',
    subject: 'Payment received – thank you',
    body: `Dear Mr Abernethy,

This is to confirm that we received your payment of £1,734.00 on 22 November 2026 against proforma invoice PF-5520 (stand B17, Northern Trade Makers Fair).

Your stand booking is now confirmed. A VAT invoice marked PAID is attached for your records, and the exhibitor manual will follow in January.

Kind regards,
Graham Lyle
Exhibitor Services`,
  },
  {
    category: 'receipt',
    language: 'en',
    subject: 'Order confirmed: BX-448120 – 3 items',
    body: `Hi Priya,

Thanks for your order! We've charged your card and we're getting it ready.

Order BX-448120 · placed 23 Nov 2026

Ergonomic saddle stool (grey) ............ ₹8,499
LED magnifier lamp, 5 diopter ........... ₹3,250
Autoclave pouches 90x250, box of 200 ..... ₹1,180
Delivery ................................... FREE
GST included ............................ ₹2,086
Total paid .............................. ₹12,929

Paid with UPI (ref 6341 8820 1957)

We'll send another email when it ships.

Home · My Orders · Help
ClinicKart Supplies Pvt Ltd, Bengaluru`,
  },
  {
    category: 'receipt',
    language: 'en',
    subject: 'Refund processed for order #55-31902',
    body: `Tidewater Kitchen Supply

Your refund is on its way

We've processed a refund of CA$142.38 for the returned item from order #55-31902:
  1 x Commercial immersion blender, 350 mm shaft

The refund has gone back to your Mastercard ending 0921. Depending on your bank it can take 5–10 business days to appear on your statement.

Return reference: RTN-88410
Refund date: November 22, 2026

Thanks for shopping with us.
Tidewater Kitchen Supply · Halifax, NS · Privacy · Contact us`,
  },
  {
    category: 'receipt',
    language: 'en',
    subject: 'Your Cabline trip receipt – Saturday evening',
    body: `Thanks for riding with Cabline, Oliver

Total: A$38.60
Saturday, 21 November 2026, 11:42 pm

Trip fare ............... A$31.10
Booking fee ............. A$2.50
Airport access fee ...... A$5.00

Paid with Business profile – Amex ••• 1009
Expense code: CLIENT-DINNER

Pickup: Stable & Vine, 14 Barrack St, Perth
Drop-off: Perth Airport T3

Download PDF · Report an issue with this trip`,
  },
  {
    category: 'receipt',
    language: 'en',
    subject: 'We have received your annual membership payment',
    body: `Dear member,

Thank you. Your payment of R1,850.00 for Cape Independent Retailers Association membership (1 January – 31 December 2027) was received on 20 November 2026 by EFT.

Membership number: CIRA-04471
Business: Fynbos & Salt Gift Shop, Stellenbosch

Your membership certificate and 2027 window sticker will be posted to you in December. Please keep this email as proof of payment.

Warm regards,
Thandi Mokoena
Membership Office, CIRA`,
  },
  {
    category: 'receipt',
    language: 'en',
    subject: 'Receipt for your donation to Harbourside Food Bank',
    body: `Dear Rosa,

Thank you so much for the donation of $250.00 from Little Fig Bakery, received on November 19. This letter serves as your official receipt for tax purposes (charitable registration 81234 5567 RR0001). No goods or services were provided in exchange.

Your bread donations every Friday already make a real difference to the families we serve – this gift will help us stock the pantry for the holidays.

With gratitude,
Martin Ekwueme
Harbourside Food Bank, Victoria BC`,
  },
  {
    category: 'receipt',
    language: 'de',
    subject: 'Ihre Bestellung 304-7711520 – Zahlung erhalten',
    body: `Hallo Herr Albers,

vielen Dank für Ihre Bestellung bei Büroprofi Direkt. Ihre Zahlung per PayPal ist bei uns eingegangen.

Bestellnummer: 304-7711520
Bestelldatum: 22.11.2026

2 x Thermorollen 57 mm (50 Stück) – 39,90 €
1 x Kassenschublade KS-410 – 89,00 €
Versand – 0,00 €
Gesamtsumme: 128,90 € (inkl. 20,58 € MwSt.)

Die Rechnung mit ausgewiesener Mehrwertsteuer finden Sie in Ihrem Kundenkonto unter „Meine Bestellungen“.

Ihr Büroprofi-Team
Impressum | Datenschutz | AGB`,
  },
  {
    category: 'receipt',
    language: 'de',
    subject: 'Zahlungsbestätigung Parkhaus Domplatz',
    body: `Zahlungsbeleg – ParkSmart App

Parkhaus Domplatz, Münster
Kennzeichen: MS-KL 480
Einfahrt: 23.11.2026 08:12
Ausfahrt: 23.11.2026 17:45
Parkdauer: 9 Std. 33 Min.

Betrag: 14,50 € (inkl. 19 % MwSt. 2,32 €)
Bezahlt mit: Firmenkreditkarte •••• 7720

Beleg-Nr. PS-99-1288471
Diesen Beleg können Sie als PDF in der App herunterladen.`,
  },
  {
    category: 'receipt',
    language: 'fr',
    subject: 'Confirmation de paiement – commande n° 2026-88314',
    body: `Bonjour Julien,

Merci pour votre commande chez Atelier Cuirs & Co ! Votre paiement a bien été accepté.

Commande n° 2026-88314 du 21/11/2026
- Cuir de vachette tannage végétal, 1,5 mm, 2 m² : 96,00 €
- Fil poissé lin, 3 bobines : 18,60 €
- Livraison Colissimo : 7,90 €
Total réglé : 122,50 € TTC (carte bancaire)

Votre facture acquittée est téléchargeable depuis votre espace client.

À très vite,
L'équipe Atelier Cuirs & Co
Suivre ma commande · Nous contacter · Mentions légales`,
  },
  {
    category: 'receipt',
    language: 'fr',
    subject: 'Remboursement effectué – billet annulé',
    body: `Bonjour Madame Lefèvre,

Suite à l'annulation de votre trajet Bordeaux → Paris du 28 novembre, nous vous confirmons le remboursement de 74,00 € sur la carte ayant servi à l'achat.

Référence dossier : QZTR8K
Montant remboursé : 74,00 €
Date du remboursement : 22/11/2026

Le crédit apparaîtra sur votre relevé sous 3 à 7 jours ouvrés.

Bon voyage avec nous une prochaine fois,
Le service client Railexpress`,
  },
  {
    category: 'receipt',
    language: 'es',
    subject: 'Justificante de pago – factura 2026-077',
    body: `Hola Lucía,

Te confirmamos que hemos recibido tu transferencia de 1.210,00 € correspondiente a la factura 2026-077 (juego de cuchillos y afiladora para la cocina del restaurante).

Fecha de recepción: 20/11/2026
Concepto: Fra. 2026-077 Casa Lucía

Te adjunto la factura marcada como pagada. El pedido sale mañana por la mañana con Seur.

Un saludo,
Fermín
Cuchillería Albacete Tradición`,
  },
  {
    category: 'receipt',
    language: 'es',
    subject: 'Recibo de tu compra en Mercabarrio',
    body: `Mercabarrio
Tu compra del 22/11/2026 – Tienda Av. Cataluña, Zaragoza

Harina de fuerza 25 kg x 2 ....... 38,40
Levadura fresca 500 g x 4 ........ 7,96
Mantequilla 1 kg x 3 ............. 23,85
Total .............................. 70,21 €
IVA incluido

Pagado con tarjeta **** 3391
Nº operación 001928374

Gracias por tu compra. Conserva este recibo para cambios o devoluciones.`,
  },
  {
    category: 'receipt',
    language: 'it',
    subject: 'Ricevuta di pagamento – ordine #IT-20931',
    body: `Ciao Giorgio,

grazie per il tuo acquisto su Stoffe & Fili! Il pagamento è andato a buon fine.

Ordine #IT-20931 del 21 novembre 2026
Tessuto lino lavato, colore salvia, 6 m – € 83,40
Bottoni in corozo, 40 pz – € 22,00
Spedizione BRT – € 6,90
Totale pagato: € 112,30 (IVA inclusa)
Metodo: carta Visa •••• 5508

Ti avviseremo quando il pacco sarà affidato al corriere.

Stoffe & Fili – Prato · Assistenza · Resi · Privacy`,
  },
  {
    category: 'receipt',
    language: 'nl',
    subject: 'Betalingsbevestiging – bestelling 100388412',
    body: `Bedankt voor je bestelling, Sanne!

We hebben je betaling van € 64,85 via iDEAL ontvangen.

Bestelling 100388412
3x Hondenshampoo aloë 5 l – € 47,85
1x Trimmerkam set – € 12,05
Verzendkosten – € 4,95
Totaal betaald – € 64,85 (incl. btw)

Je bestelling wordt vandaag nog ingepakt bij ons magazijn in Tilburg.

Team Trimpro Groothandel
Mijn account · Klantenservice · Retourneren`,
  },
  {
    category: 'receipt',
    language: 'nl',
    subject: 'Kwitantie contante betaling – reparatie koelvitrine',
    body: `Beste Jeroen,

Zoals beloofd nog even per mail: hierbij bevestig ik dat ik vandaag € 275,00 contant van je heb ontvangen voor de reparatie van de koelvitrine in de zaak (nieuwe ventilatormotor + arbeid). De factuur staat daarmee op voldaan; een kopie met stempel "betaald" zit in de bijlage.

Groet,
Ruud Hendriks
Hendriks Koeltechniek, Eindhoven`,
  },
  {
    category: 'receipt',
    language: 'pt',
    subject: 'Recibo do seu pagamento – Plano Pro anual',
    body: `Olá Beatriz,

Obrigado! Recebemos o seu pagamento.

Agendaí – Plano Pro (anual)
Período: 23/11/2026 a 22/11/2027
Valor pago: R$ 958,80
Forma de pagamento: Pix
Código da transação: E1839274652026112312

A nota fiscal de serviço será enviada em até 5 dias úteis para este e-mail.

Equipe Agendaí
Central de ajuda · Termos de uso`,
  },
  {
    category: 'receipt',
    language: 'pl',
    subject: 'Potwierdzenie płatności za zamówienie nr 7731920',
    body: `Dzień dobry,

dziękujemy za zakupy w sklepie MebloHurt. Płatność BLIK za zamówienie nr 7731920 została zaksięgowana.

Krzesła barowe metalowe czarne x 6 – 1 194,00 zł
Dostawa kurierem paletowym – 149,00 zł
Razem zapłacono: 1 343,00 zł brutto

Faktura VAT zostanie wysłana osobną wiadomością w dniu wysyłki towaru.

Pozdrawiamy,
Zespół MebloHurt
Regulamin · Zwroty · Kontakt`,
  },
  {
    category: 'receipt',
    language: 'sv',
    subject: 'Kvitto – din betalning till Tågresor Norr',
    body: `Tack för ditt köp!

Kvittonummer: 88-4410293
Datum: 2026-11-22

Resa: Umeå C – Stockholm C, 2026-12-03
2 vuxna, 2 klass, flexibel biljett
Totalt betalt: 1 438 kr (varav moms 6 %: 81 kr)
Betalningssätt: Swish

Visa biljetten i appen eller skriv ut bifogad PDF.
Tågresor Norr AB · Kundservice 0771-22 33 44`,
  },
  {
    category: 'receipt',
    language: 'da',
    subject: 'Kvittering for din ordre #DK-60219',
    body: `Hej Mette,

Tak for din ordre hos Papirkompagniet. Vi har trukket betalingen på dit Dankort.

Ordre #DK-60219 – 21. november 2026
500 stk. gavekort, trykt, 2 sider ...... 1.150,00 kr.
Fragt .................................... 49,00 kr.
I alt betalt inkl. moms ................. 1.199,00 kr.

Din ordre afsendes inden for 3 hverdage.

Papirkompagniet ApS · CVR 38442210 · Kundeservice`,
  },
  {
    category: 'receipt',
    language: 'cs',
    subject: 'Potvrzení o přijetí platby – objednávka 2611044',
    body: `Dobrý den,

děkujeme, platba za objednávku č. 2611044 nám dorazila na účet.

Přijatá částka: 3 489 Kč
Datum připsání: 22. 11. 2026
Způsob platby: bankovní převod

Daňový doklad k přijaté platbě najdete v příloze. Zboží (pracovní stůl z nerezu 120 × 70 cm) expedujeme v pondělí.

S pozdravem
Tým GastroVybavení.cz`,
  },
  {
    category: 'receipt',
    language: 'ro',
    subject: 'Chitanță – plata a fost efectuată cu succes',
    body: `Salut, Mihai!

Plata ta a fost procesată cu succes.

Comanda nr. 4401872 – Atelier Foto Lumina
Obiectiv 50 mm f/1.8 (resigilat) – 689,00 lei
Transport – 19,99 lei
Total plătit: 708,99 lei
Card: Mastercard •••• 6630
Data: 21.11.2026, 14:07

Factura fiscală este disponibilă în contul tău, secțiunea „Comenzile mele”.

Mulțumim că ai cumpărat de la noi!
Echipa FotoMarket.ro`,
  },
  {
    category: 'receipt',
    language: 'el',
    subject: 'Απόδειξη πληρωμής – Παραγγελία #GR-33817',
    body: `Γεια σας κ. Νικολάου,

Σας ευχαριστούμε για την αγορά σας. Η πληρωμή με κάρτα ολοκληρώθηκε επιτυχώς.

Παραγγελία: #GR-33817 (22/11/2026)
Ποτήρια κρασιού κρυστάλλινα x 48 – 211,20 €
Μεταφορικά – 0,00 €
Σύνολο που χρεώθηκε: 211,20 € (με ΦΠΑ 24%)

Η απόδειξη λιανικής επισυνάπτεται σε PDF.

Με εκτίμηση,
Ομάδα HoReCa Shop
Ο λογαριασμός μου · Επικοινωνία`,
  },
  {
    category: 'receipt',
    language: 'tr',
    subject: 'Ödemeniz alındı – Sipariş No 8841207',
    body: `Merhaba Elif Hanım,

8841207 numaralı siparişinizin ödemesi başarıyla alınmıştır.

Ürün: Profesyonel saç kurutma makinesi x 2
Tutar: 4.780,00 TL (KDV dahil)
Ödeme: Kredi kartı, tek çekim (**** 2281)
Tarih: 22.11.2026 16:34

e-Arşiv faturanız kargoya verildiğinde ayrıca gönderilecektir.

Bizi tercih ettiğiniz için teşekkür ederiz.
KuaförMarket Müşteri Hizmetleri`,
  },
  {
    category: 'receipt',
    language: 'ja',
    subject: '【領収書】ご購入ありがとうございました（注文番号 J-20261122-0417）',
    body: `この度はオフィス文具ネットをご利用いただき、誠にありがとうございます。
以下の内容でお支払いが完了いたしました。

注文番号：J-20261122-0417
ご注文日：2026年11月22日
商品：レシートロール紙 58mm（20巻）×3
お支払金額：5,940円（税込）
お支払方法：クレジットカード（VISA 末尾8812）

領収書PDFはマイページからダウンロードいただけます。

オフィス文具ネット カスタマーセンター`,
  },
  // ─────────────────────────── notification ──────────────────────────
  {
    category: 'notification',
    language: 'en',
    subject: 'Your payout of $2,318.44 is on its way',
    body: `Paylane

Payout initiated

A payout of $2,318.44 to your bank account ending in 6620 (First Prairie Bank) has been initiated and should arrive by Wednesday, November 25.

Payout ID: po_7Hk29LqMzx
Covers: payments from Nov 16 – Nov 22, 2026
Gross sales $2,406.10 · Fees $87.66

This is not a bill and there is nothing you need to do.

[View payout details]

You're receiving this email because you have payout notifications turned on for Rolling Pin Bakehouse. Manage notifications in your Dashboard settings.
Paylane, Inc. · 500 Howard St, San Francisco, CA`,
  },
  {
    category: 'notification',
    language: 'en',
    subject: 'thornbury-joinery.co.uk renews automatically on 14 December',
    body: `Hi Alan,

This is a reminder that the following domain will renew automatically in 21 days:

thornbury-joinery.co.uk – renews 14 Dec 2026 for 1 year – £9.99 + VAT

Auto-renew is ON and we'll charge the card we hold on file (Visa ending 3082). You don't need to do anything unless you want to change your payment details or let the domain lapse.

Manage domain · Update payment method

Thanks for being a Beacon Domains customer since 2017.
Beacon Domains Ltd · You can't unsubscribe from service reminders about products you own.`,
  },
  {
    category: 'notification',
    language: 'en',
    subject: '[Gumtree Green Nursery] New order #1087 from Karen Whitlock',
    body: `You've got a new order!

Order #1087 placed Sunday 22 Nov at 7:18 pm

Karen Whitlock
3 Ocean View Rd, Terrigal NSW 2260

1 x Lemon myrtle, 20 cm pot        $34.95
2 x Native grass mix, tube stock   $19.90
Shipping: Local delivery           $10.00
Total                              $64.85 (paid)

Customer note: "Please leave at side gate, dog is friendly."

[View order in admin]   [Print packing slip]

Sent by Shopwise on behalf of your store. Change your order notification settings in Settings > Notifications.`,
  },
  {
    category: 'notification',
    language: 'en',
    subject: '[hollis-studio/client-portal] Run failed: deploy-staging (main, 4c1e9a2)',
    body: `Pipeline run #812 failed

Repository: hollis-studio/client-portal
Branch: main
Commit: 4c1e9a2 "Update booking form validation" by mwebb
Workflow: deploy-staging
Duration: 3m 41s

Failed job: test (node 20)
  ✖ 2 tests failed in src/forms/booking.spec.ts
  ✓ 184 passed

[View run]   [Re-run failed jobs]

You are receiving this because you are watching this repository. Unsubscribe from workflow notifications for this repository.`,
  },
  {
    category: 'notification',
    language: 'en',
    subject: 'Automatic reply: Order for Christmas hampers',
    body: `Thank you for your email.

I'm out of the office from Monday 23 November until Friday 27 November with limited access to email. For anything urgent about orders or deliveries, please contact my colleague Niamh Quinlan on niamh@oakandheather.example or call the shop on 01 555 2290.

I'll reply to your message when I'm back.

Best regards,
Fiona Gallagher
Oak & Heather Fine Foods, Dublin`,
  },
  {
    category: 'notification',
    language: 'en',
    subject: 'Action needed: the card for your Maplecrest POS account expires soon',
    body: `Maplecrest POS

Hi Étienne,

The Mastercard ending in 5514 that we use for your Maplecrest POS subscription expires at the end of November. Your next monthly charge of CA$89.00 is scheduled for December 3.

To avoid any interruption to your registers at Le Petit Ours Café, please add an up-to-date card before then. Just sign in to your back office and go to Account > Billing – we never ask for card numbers by email.

[Update billing in back office]

Maplecrest Software Inc. · Montréal, QC
This is a service message related to your account.`,
  },
  {
    category: 'notification',
    language: 'en',
    subject: 'New 2-star review for Spice Route Kitchen',
    body: `Localy for Business

Spice Route Kitchen, Koramangala has a new review

★★☆☆☆  Arjun M. · 2 hours ago
"Food was tasty as always but the delivery took 75 minutes and the dal was cold. Expected better for a weekend order."

Respond quickly – businesses that reply to reviews within 24 hours get more repeat customers.

[Reply to review]

Your rating this month: 4.3 (118 reviews)

You're getting this because you manage this business on Localy. Notification settings · Help Centre`,
  },
  {
    category: 'notification',
    language: 'de',
    subject: 'Ihr Kontoauszug November 2026 steht bereit',
    body: `Guten Tag Frau Schäfer,

in Ihrem Online-Banking steht ein neues Dokument für Sie bereit:

Kontoauszug Nr. 11/2026 – Geschäftskonto ••• 4418 (Schreinerei Schäfer)

Sie finden das Dokument im Postfach Ihres Online-Bankings. Aus Sicherheitsgründen versenden wir keine Kontoauszüge als Anhang und bitten Sie niemals per E-Mail um Ihre Zugangsdaten oder TANs.

Mit freundlichen Grüßen
Ihre Volksbank Rhein-Lahn eG

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.`,
  },
  {
    category: 'notification',
    language: 'de',
    subject: 'Wichtige Information: Preisanpassung Ihres Tarifs „Kasse Plus“ ab 1. Februar',
    body: `Hallo Herr Yilmaz,

wir möchten Sie rechtzeitig informieren: Ab dem 1. Februar 2027 ändert sich der monatliche Preis Ihres Tarifs „Kasse Plus“ von 39,00 € auf 44,00 € (netto). Grund sind gestiegene Kosten für Hosting und die neue TSE-Zertifizierung.

Für Sie ändert sich sonst nichts – alle Funktionen bleiben erhalten. Sie müssen nichts tun. Wenn Sie mit der Änderung nicht einverstanden sind, können Sie bis zum 31. Januar 2027 zum Ende des laufenden Monats kündigen.

Details zu den neuen Preisen: Einstellungen → Abrechnung → Tarif

Viele Grüße
Ihr Team von KassaNova
KassaNova GmbH · Hamburg · Amtsgericht Hamburg HRB 155201`,
  },
  {
    category: 'notification',
    language: 'fr',
    subject: 'Nouvelle réservation : samedi 28 novembre, 20h00 – 6 couverts',
    body: `TableLibre – Espace restaurateur

Nouvelle réservation pour Bistrot des Halles

Nom : M. Arnaud Perrin
Date : samedi 28 novembre 2026
Heure : 20h00
Couverts : 6
Téléphone : 06 12 44 87 30
Demande particulière : « Anniversaire, une personne allergique aux fruits à coque. »

Statut : confirmée automatiquement

[Voir dans le planning]   [Contacter le client]

Vous recevez cet e-mail car les notifications de réservation sont activées pour votre établissement.`,
  },
  {
    category: 'notification',
    language: 'fr',
    subject: 'Réinitialisation de votre mot de passe',
    body: `Bonjour,

Une demande de réinitialisation du mot de passe a été effectuée pour le compte cabinet.kine.morel@example.fr sur Agendoc.

Pour choisir un nouveau mot de passe, cliquez sur le bouton ci-dessous. Ce lien est valable 30 minutes.

[Choisir un nouveau mot de passe]

Si vous n'êtes pas à l'origine de cette demande, ignorez simplement ce message : votre mot de passe actuel reste inchangé.

L'équipe Agendoc`,
  },
  {
    category: 'notification',
    language: 'es',
    subject: 'Tu envío 0082 4419 3310 está en reparto',
    body: `PaqExpress

¡Hoy llega tu paquete!

Número de envío: 0082 4419 3310
Remitente: Suministros Hosteleros del Sur
Destinatario: Cafetería La Esquina, C/ Feria 44, Sevilla
Franja estimada: 10:00 – 14:00

¿No vas a estar? Puedes cambiar la entrega a un punto PaqExpress cercano desde el enlace de seguimiento.

[Seguir mi envío]

Este es un mensaje automático, por favor no respondas a este correo.`,
  },
  {
    category: 'notification',
    language: 'es',
    subject: 'Tu código de verificación es 482 913',
    body: `Hola,

Usa este código para iniciar sesión en Contaplus Nube:

482 913

El código caduca en 10 minutos. Si no has intentado iniciar sesión, te recomendamos cambiar tu contraseña.

Nunca compartas este código con nadie, ni siquiera con nuestro equipo de soporte.

Contaplus Nube · Ayuda · Privacidad`,
  },
  {
    category: 'notification',
    language: 'it',
    subject: 'Backup notturno completato con avvisi – SRV-STUDIO01',
    body: `Rapporto backup – Studio Dentistico Ferri

Job: Backup completo giornaliero
Server: SRV-STUDIO01
Inizio: 23/11/2026 02:00:04
Fine: 23/11/2026 02:47:51
Stato: COMPLETATO CON AVVISI

Dati elaborati: 184,2 GB
Dati trasferiti: 6,8 GB
Avvisi:
 - Il file C:\\Gestionale\\db\\pazienti.ldf era in uso ed è stato copiato tramite snapshot VSS.
 - Spazio libero sul NAS di destinazione: 12% (soglia di avviso 15%).

Messaggio generato automaticamente da SafeVault Backup Agent 9.4.`,
  },
  {
    category: 'notification',
    language: 'nl',
    subject: 'Nieuwe afspraak: dinsdag 1 december 09:30 – mevr. Bakker',
    body: `Er is een nieuwe afspraak ingepland via uw online agenda.

Praktijk: Fysiotherapie Oosterpark
Behandelaar: Thijs van Dam
Datum: dinsdag 1 december 2026
Tijd: 09:30 – 10:00
Cliënt: mevr. E. Bakker
Soort afspraak: vervolgbehandeling

De afspraak is automatisch bevestigd aan de cliënt. U kunt de afspraak wijzigen of annuleren in het overzicht.

[Agenda openen]

Dit bericht is automatisch verzonden door Afsprakenplanner.nl.`,
  },
  {
    category: 'notification',
    language: 'nl',
    subject: 'Bijschrijving ontvangen op uw zakelijke rekening',
    body: `Beste klant,

Er is zojuist een bedrag bijgeschreven op uw rekening NL•• ASNB ••• 0419.

Bedrag: + € 1.250,00
Van: Stichting Wijkcentrum De Horst
Omschrijving: Factuur 2026-61 catering vrijwilligersavond

Dit is een automatische melding die u heeft ingesteld in de app. Meldingen aanpassen doet u via Profiel > Meldingen.

Met vriendelijke groet,
Uw bank`,
  },
  {
    category: 'notification',
    language: 'pt',
    subject: 'A sua encomenda foi expedida',
    body: `Olá Ricardo,

Boas notícias: a encomenda #PT-77201 da Loja Cerâmica Viva saiu do nosso armazém.

Transportadora: CTT Expresso
Número de seguimento: EA 448 120 996 PT
Entrega prevista: 25/11/2026

[Seguir encomenda]

Conteúdo: 24 pratos rasos "Azulejo", 24 taças de sobremesa

Se tiver alguma dúvida, responda a este e-mail.
Cerâmica Viva · Caldas da Rainha`,
  },
  {
    category: 'notification',
    language: 'pl',
    subject: 'Zmiana cennika Twojego planu od 1 stycznia 2027',
    body: `Szanowni Państwo,

informujemy, że od 1 stycznia 2027 r. cena planu Biznes w serwisie FakturaPro wzrośnie z 49 zł do 59 zł netto miesięcznie. Nowa cena obejmie pierwszą płatność po tej dacie.

Jeśli opłacisz abonament roczny do 31 grudnia, zachowasz dotychczasową cenę przez kolejne 12 miesięcy.

Nie musisz nic robić – Twoje konto będzie działać bez zmian.

Szczegóły: Ustawienia → Subskrypcja

Zespół FakturaPro
Ta wiadomość dotyczy Twojej umowy i nie można z niej zrezygnować.`,
  },
  {
    category: 'notification',
    language: 'sv',
    subject: 'Ny inloggning på ditt konto från en okänd enhet',
    body: `Hej Karin,

Vi upptäckte en inloggning på ditt Bokningsbas-konto (salong.karin@example.se):

Tid: 23 november 2026 kl. 07:52
Enhet: Chrome på Windows
Plats (ungefärlig): Göteborg, Sverige

Om det var du behöver du inte göra något.
Om du inte känner igen inloggningen, öppna appen eller gå till bokningsbas.se själv och byt lösenord under Inställningar > Säkerhet.

Hälsningar
Bokningsbas`,
  },
  {
    category: 'notification',
    language: 'da',
    subject: 'Din udbetalingsopgørelse for uge 47 er klar',
    body: `Hej Bageriet Kringlen,

Opgørelsen over dine kortbetalinger for uge 47 (16.–22. november) er nu tilgængelig.

Antal transaktioner: 1.384
Omsætning: 61.220,50 kr.
Gebyrer: 612,21 kr.
Udbetales til din konto: 60.608,29 kr. den 24. november

Du finder den fulde opgørelse som PDF og CSV under Rapporter i Betalbox-portalen.

Med venlig hilsen
Betalbox
Dette er en automatisk besked – der kan ikke svares på denne mail.`,
  },
  {
    category: 'notification',
    language: 'cs',
    subject: '[Monitoring] Certifikát SSL pro pekarna-klas.cz vyprší za 7 dní',
    body: `Upozornění ze služby HlídačWebu

Doména: pekarna-klas.cz
Typ kontroly: platnost SSL certifikátu
Certifikát vydal: Let's Encrypt (R11)
Platný do: 30. 11. 2026 23:59 UTC
Zbývá: 7 dní

Automatické obnovení certifikátu se při posledním pokusu (22. 11. 2026 03:00) nezdařilo: ověření HTTP-01 vrátilo chybu 404.

Zkontrolujte prosím nastavení serveru nebo kontaktujte svého správce webu.

Toto upozornění je generováno automaticky. Nastavení upozornění změníte v administraci.`,
  },
  {
    category: 'notification',
    language: 'ro',
    subject: 'Stoc redus: 3 produse au sub 5 bucăți',
    body: `Magazinul tău Cosmetice Naturale Ana

Alertă de stoc pentru 23.11.2026:

• Săpun cu lavandă 100 g – 3 buc. rămase
• Cremă de mâini cu gălbenele – 2 buc. rămase
• Balsam de buze cu miere – 4 buc. rămase

Produsele care ajung la 0 vor fi ascunse automat din magazin.

[Actualizează stocul]

Primești acest e-mail pentru că ai activat alertele de stoc în VitrinaOnline. Poți modifica pragul din Setări > Notificări.`,
  },
  {
    category: 'notification',
    language: 'el',
    subject: 'Υπενθύμιση: Ραντεβού αύριο 10:00 – Λογιστικό γραφείο',
    body: `Υπενθύμιση ημερολογίου

Συνάντηση με λογιστή – κλείσιμο Νοεμβρίου
Πότε: Τρίτη 24 Νοεμβρίου 2026, 10:00–10:45
Πού: Γραφείο Παπαδόπουλος & Συνεργάτες, Τσιμισκή 52, Θεσσαλονίκη
Διοργανωτής: Γιώργος Παπαδόπουλος

Θα λάβετε αυτή την υπενθύμιση επειδή έχετε ορίσει ειδοποίηση 1 ημέρα πριν.

[Άνοιγμα στο ημερολόγιο]`,
  },
  {
    category: 'notification',
    language: 'tr',
    subject: 'Gönderiniz teslim edildi – Takip No 7302 8841 55',
    body: `Sayın Yılmaz Oto Yedek Parça,

7302 8841 55 takip numaralı gönderiniz 23.11.2026 saat 11:20'de teslim edilmiştir.

Gönderici: Anadolu Filtre San. Ltd. Şti.
Teslim alan: M. Kaya (işyeri çalışanı)
Şube: Konya Selçuklu

Gönderinizle ilgili bir sorun varsa 7 gün içinde şubemize bildirebilirsiniz.

Bu e-posta otomatik olarak gönderilmiştir, lütfen yanıtlamayınız.
HızlıKargo A.Ş.`,
  },
  {
    category: 'notification',
    language: 'ja',
    subject: '【予約キャンセル】12月5日(土) 18:30 2名様',
    body: `ヘアサロン ルミエール 様

以下のご予約がお客様によりキャンセルされました。

予約番号：RV-558120
お客様名：佐藤 由美 様
日時：2026年12月5日（土）18:30〜
メニュー：カット＋カラー
担当：指名なし

キャンセル料の設定はありません。空いた枠は自動的に再公開されました。

※本メールは送信専用アドレスから配信しています。
サロン予約ナビ 運営事務局`,
  },
  // ─────────────────────────────── spam ──────────────────────────────
  {
    category: 'spam',
    language: 'en',
    subject: 'DOMAIN SERVICE NOTICE – bluecanyonautorepair.com – Final Notice',
    body: `DOMAIN SEARCH ENGINE SERVICES
ATTN: Owner / Billing Department

Domain Name: bluecanyonautorepair.com
Notice Date: 11/22/2026
Term: 12 months search engine submission
Amount: $389.00

FINAL NOTICE. Failure to complete your domain search engine registration by 11/25/2026 may result in the loss of your online presence, making it difficult for customers to locate you on the web.

Your registration includes submission to 324 search engines and directories.

[SECURE PAYMENT]

THIS IS NOT A BILL. This is a solicitation. You are under no obligation to pay the amount stated above unless you accept this offer. We do not register or renew domain names.
To be removed from our mailing list reply REMOVE.`,
  },
  {
    category: 'spam',
    language: 'en',
    subject: 'Mailbox Storage Alert: 99% full – incoming mail on hold',
    body: `Microsoft 365 Admin Notification

Dear accounts@harlowflorists.co.uk,

Your mailbox has reached 99.2% of its storage limit (49.6 GB / 50 GB). 14 incoming messages are currently being held on the server and will be deleted in 24 hours.

To release your pending messages and upgrade your quota free of charge, please verify your account below.

[RELEASE PENDING MESSAGES]

Failure to verify will result in permanent loss of held messages.

Thank you,
IT Helpdesk Team
© 2026 Microsoft Corporation. This is a system-generated mail for harlowflorists.co.uk users.`,
  },
  {
    category: 'spam',
    language: 'en',
    subject: 'Trade Insights: Smart LED retrofits cut your shop bills by 60% (Issue 14)',
    body: `View in browser

BRIGHTWAVE B2B INSIGHTS – Issue 14

Dear Business Owner,

Energy costs are the silent profit killer for small retailers. Our factory-direct LED panels, tubes and track spots are now available to UK businesses at wholesale prices – MOQ only 20 units!

✔ 5-year warranty  ✔ CE/RoHS certified  ✔ DDP shipping from Shenzhen in 12 days

This week only: 35% off + free sample kit. Reply with your shop size and we send you a quote within 1 hour.

Contact: Ms. Coco Liang, Sales Manager
WhatsApp/WeChat: +86 138 0000 4471

You are receiving this email because you are listed as a business owner in public company records. If you no longer wish to receive our insights, click here to unsubscribe (allow up to 30 days).`,
  },
  {
    category: 'spam',
    language: 'en',
    subject: 'Remittance Advice – please review and sign (2 pages)',
    body: `DocuSlgn

Accounts Payable sent you a document to review and sign.

REVIEW DOCUMENT

Remittance_Advice_Payment_Nov2026.pdf

Message from sender:
"Hello, please find the attached remittance for the outstanding payment. Kindly sign to confirm receipt of funds. Regards, Accounts Dept."

Do Not Share This Email
This email contains a secure link to DocuSlgn. Please do not share this email, link, or access code with others.

Powered by DocuSlgn Electronic Signature Service
If you have trouble signing, visit "How to Sign a Document" on our Support Center.`,
  },
  {
    category: 'spam',
    language: 'en',
    subject: 'Urgent: your Google Business Profile will be suspended within 48 hours',
    body: `Google Business Profile – Verification Department

Dear Merchant,

During a routine review we could not verify the ownership of your listing "Sunnyside Pet Grooming". Unverified listings are being removed from Google Maps and Search as part of our new policy.

Listing ID: GBP-88291-US
Status: PENDING SUSPENSION

To keep your listing active, call our verification team at +1 (888) 555-0143 or complete verification online. A one-time verification fee of $149 applies to keep your 5-star reviews.

[VERIFY MY BUSINESS NOW]

Regards,
Listing Support Team
Maps Merchant Services LLC – an independent Google partner`,
  },
  {
    category: 'spam',
    language: 'en',
    subject: 'Confidential: unclaimed estate of late Mr. Edward Harlow',
    body: `Dear Sir/Madam,

I am Barrister James Okonkwo-Bennett, personal attorney to late Mr. Edward Harlow, a foreign contractor who died in an auto crash with his family in 2021. He left a deposit of USD 8,500,000.00 (Eight Million Five Hundred Thousand United States Dollars) with a security company here in Johannesburg.

Having searched for his next of kin without success, I found your business details and noticed you share the same surname origin. I am seeking your consent to present you as beneficiary so the funds can be released to you. We will share 50/50 and 10% for expenses.

This transaction is 100% risk free. Kindly reply with your full name, phone number and copy of ID to my private email.

Yours faithfully,
Barr. J. Okonkwo-Bennett (Esq.)`,
  },
  {
    category: 'spam',
    language: 'en',
    subject: 'Tax Refund Notification – reference HMR-4471-0923',
    body: `HM Revenue & Customs

Dear Taxpayer,

After the last annual calculation of your fiscal activity we have determined that you are eligible to receive a tax refund of £468.20.

Please submit the tax refund request and allow us 3–5 business days to process it. A refund can be delayed for a variety of reasons, for example submitting invalid records or applying after the deadline.

To access the form for your tax refund, click here: [Claim Refund]

Note: you must have a valid debit or credit card to receive your refund.

Sincerely,
Refund Department
HM Revenue & Customs
© Crown Copyright 2026`,
  },
  {
    category: 'spam',
    language: 'de',
    subject: 'Eintragung Ihrer Marke – Frist zur Veröffentlichung läuft ab',
    body: `EUROPÄISCHES MARKEN- UND PATENTREGISTER (EMPR)
Zentrale Veröffentlichungsstelle

Betreff: Veröffentlichung Ihrer Marke „Café Wunderbohne“
Aktenzeichen: EMPR/DE/2026/448120

Sehr geehrte Markeninhaberin, sehr geehrter Markeninhaber,

Ihre Markenanmeldung wurde in unser privates Register aufgenommen. Zur Veröffentlichung für die Dauer von 10 Jahren überweisen Sie bitte den Betrag von 2.390,00 EUR innerhalb von 8 Tagen auf das unten angegebene Konto.

Kontoinhaber: EMPR Services s.r.o.
IBAN: SK31 1200 0000 1987 4263 7541

Hinweis: Bei diesem Schreiben handelt es sich um ein Angebot. Die Eintragung in das EMPR ist freiwillig und steht in keiner Verbindung zum Deutschen Patent- und Markenamt oder zum EUIPO.`,
  },
  {
    category: 'spam',
    language: 'de',
    subject: 'DHL: Ihr Paket wartet – Zollgebühr ausstehend (1,99 €)',
    body: `DHL Paket

Sehr geehrter Kunde,

Ihre Sendung JJD00014471829 konnte nicht zugestellt werden, da eine Zollgebühr in Höhe von 1,99 € noch nicht bezahlt wurde.

Status: In der Zollabfertigung – Zustellung angehalten

Bitte bezahlen Sie die Gebühr innerhalb von 48 Stunden, sonst wird die Sendung an den Absender zurückgeschickt.

[Jetzt bezahlen und Zustellung planen]

Mit freundlichen Grüßen
Ihr DHL-Team

© 2026 DHL – Alle Rechte vorbehalten. Datenschutz | Impressum`,
  },
  {
    category: 'spam',
    language: 'fr',
    subject: 'Mise à jour de votre fiche – Annuaire National des Professionnels',
    body: `ANNUAIRE NATIONAL DES PROFESSIONNELS
Service des mises à jour

Madame, Monsieur,

Afin de garantir l'exactitude des informations publiées concernant votre entreprise « Garage Moreau Frères », nous vous remercions de bien vouloir vérifier, compléter et nous retourner le formulaire ci-joint, signé et tamponné.

La mise à jour est à retourner sous 10 jours.

En petits caractères au verso : « La signature du présent bon vaut commande d'une insertion payante pour une durée de 3 ans au tarif annuel de 995 € HT. »

Cordialement,
Service Mises à Jour – ANP
Société de droit slovaque – ceci n'est pas un organisme officiel.`,
  },
  {
    category: 'spam',
    language: 'fr',
    subject: 'Alerte sécurité : votre compte professionnel a été suspendu',
    body: `Crédit Mutualiste – Espace Pro

Cher(e) client(e),

Suite à plusieurs tentatives de connexion inhabituelles, l'accès à votre espace professionnel a été temporairement suspendu par mesure de sécurité.

Pour réactiver votre compte et éviter le blocage de vos prochains prélèvements, veuillez confirmer votre identité et vos coordonnées bancaires dans un délai de 24 heures.

[Réactiver mon accès]

Sans action de votre part, votre carte sera désactivée et des frais de réouverture de 45 € seront appliqués.

Service Sécurité Clients
Merci de ne pas répondre à ce message automatique.`,
  },
  {
    category: 'spam',
    language: 'es',
    subject: 'Financiación para tu negocio en 24 h sin avales ni papeleo',
    body: `¿Tu negocio necesita liquidez antes de Navidad?

En CapitalRápido Pymes te ofrecemos de 3.000 € a 150.000 € en 24 horas:
✓ Sin avales
✓ Aunque estés en ASNEF
✓ Sin cambiar de banco
✓ Respuesta inmediata

Más de 12.000 autónomos y pymes ya confían en nosotros. Solo necesitas tu DNI y un extracto bancario.

[SOLICITAR AHORA]

TAE desde 9,9 % hasta 89 % según perfil. Recibes este correo porque tu empresa figura en bases de datos públicas de negocios. Para darte de baja responde BAJA en el asunto.`,
  },
  {
    category: 'spam',
    language: 'es',
    subject: 'FACTURA VENCIDA Nº 00-4412 – último aviso antes de acciones legales',
    body: `Estimado cliente,

Desde el departamento de cuentas le comunicamos que la factura adjunta nº 00-4412 por importe de 2.840,50 € se encuentra vencida y pendiente de pago desde hace 45 días.

Para evitar el inicio de acciones legales y la inclusión de su empresa en ficheros de morosos, descargue la factura y el documento de regularización desde el siguiente enlace seguro:

>> Descargar_Factura_00-4412.zip <<

Contraseña del archivo: 4412

Atentamente,
Departamento de Cuentas
Gestión de Cobros Internacional`,
  },
  {
    category: 'spam',
    language: 'it',
    subject: 'Marco, il tuo conto ha generato 4.870 € – conferma il prelievo',
    body: `Gentile imprenditore,

la piattaforma automatica TradeIA Pro ha investito per te in Bitcoin ed Ethereum negli ultimi 7 giorni. Il tuo saldo attuale è di € 4.870,22.

Per prelevare i profitti è necessario attivare il conto con un deposito minimo di € 250. Un consulente personale ti chiamerà entro oggi.

[ATTIVA IL MIO CONTO]

Come visto in TV: "Il metodo che sta facendo arricchire i commercianti italiani".

Il trading comporta rischi. Hai ricevuto questa email perché sei iscritto a una delle nostre offerte partner. Cancellati qui.`,
  },
  {
    category: 'spam',
    language: 'nl',
    subject: 'Offerte_Q4_2026.xlsx is met u gedeeld',
    body: `SharePoint Online

Jan de Groot heeft een bestand met u gedeeld

Offerte_Q4_2026.xlsx

"Hallo, hierbij de offerte zoals besproken. Graag vóór vrijdag akkoord geven. Groet, Jan"

[Openen]

Deze koppeling werkt alleen voor de directe ontvangers van dit bericht.

Microsoft respecteert uw privacy. Lees onze privacyverklaring.
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052`,
  },
  {
    category: 'spam',
    language: 'nl',
    subject: 'Nieuwsbrief: zo komt uw bedrijf binnen 30 dagen op #1 in Google',
    body: `Bekijk deze e-mail online

ONLINE GROEI NIEUWSBRIEF – november

Beste ondernemer,

Wij hebben uw website bekeken en zien 37 kritieke SEO-fouten. Daardoor loopt u maandelijks honderden klanten mis aan de concurrent!

Onze specialisten brengen uw website gegarandeerd binnen 30 dagen op de eerste plaats in Google. Geen resultaat = geld terug.

Speciaal aanbod: gratis SEO-scan + 1e maand voor € 99 (normaal € 499).

[Claim uw gratis scan]

U ontvangt deze nieuwsbrief omdat uw e-mailadres openbaar vermeld staat op uw website. Afmelden? Stuur "stop" naar ons adres, verwerking kan 6 weken duren.`,
  },
  {
    category: 'spam',
    language: 'pt',
    subject: 'Aviso: o domínio pastelariadoze.pt expira em 3 dias',
    body: `REGISTO DE DOMÍNIOS EUROPA

AVISO DE EXPIRAÇÃO

Domínio: pastelariadoze.pt
Data de expiração: 26/11/2026

O seu domínio e os serviços de e-mail associados deixarão de funcionar se não for efetuada a renovação. Após a expiração, o domínio poderá ser registado por terceiros, incluindo concorrentes.

Renovação por 5 anos: 349,00 €

[RENOVAR AGORA]

Este aviso é uma oferta de serviço. Não somos o seu registador atual. A transferência do domínio para os nossos serviços é opcional.`,
  },
  {
    category: 'spam',
    language: 'pl',
    subject: 'InPost: Twoja paczka czeka – wymagana dopłata 2,50 zł',
    body: `Szanowny Kliencie,

Twoja przesyłka nr 6209 1844 7120 3319 nie może zostać dostarczona do Paczkomatu z powodu niepełnej opłaty za adres.

Kwota do dopłaty: 2,50 zł

Jeśli dopłata nie zostanie uregulowana w ciągu 24 godzin, paczka zostanie zwrócona do nadawcy.

[Zapłać i odbierz paczkę]

Dziękujemy,
Zespół Obsługi Przesyłek
Wiadomość wygenerowana automatycznie.`,
  },
  {
    category: 'spam',
    language: 'sv',
    subject: 'Din e-postlåda är full – uppgradera nu',
    body: `Hej info@cykelverkstan-lund.se,

Din brevlåda har överskridit sin lagringsgräns. Du kan inte längre skicka eller ta emot nya meddelanden förrän du validerar ditt konto.

Lagring använd: 4,98 GB av 5 GB

Klicka nedan för att få 50 GB extra lagring gratis:
[Validera konto]

Om du inte validerar inom 12 timmar stängs ditt konto av permanent.

Webmail Administratör
© 2026 Webmail. Alla rättigheter förbehållna.`,
  },
  {
    category: 'spam',
    language: 'da',
    subject: 'Du har penge til gode: tilbagebetaling af skat 6.412,00 kr.',
    body: `Skattestyrelsen

Kære borger,

Ved den årlige gennemgang af din forskudsopgørelse er det konstateret, at du har betalt for meget i skat. Du har ret til en tilbagebetaling på 6.412,00 kr.

For at modtage beløbet skal du bekræfte dine kortoplysninger inden 72 timer.

[Modtag tilbagebetaling]

Bemærk: Beløbet kan kun udbetales til et Visa- eller Mastercard-kort.

Med venlig hilsen
Skattestyrelsen – Refusionsafdelingen`,
  },
  {
    category: 'spam',
    language: 'cs',
    subject: 'Databáze 480 000 e-mailů firem v ČR – jen tento týden za 1 990 Kč',
    body: `Vážení podnikatelé,

nabízíme Vám aktuální databázi kontaktů na české firmy a živnostníky:

• 480 000 ověřených e-mailů
• rozdělení podle oborů a krajů (restaurace, autoservisy, e-shopy, lékaři…)
• formát Excel, okamžité stažení

Běžná cena 9 900 Kč, nyní pouze 1 990 Kč. Ideální pro hromadné rozesílky a získání nových zákazníků!

Objednávky na odpovědi na tento e-mail.

Tento obchodní sdělení Vám bylo zasláno, protože Vaše adresa je veřejně dostupná. Pokud si nepřejete další zprávy, odpovězte slovem NE.`,
  },
  {
    category: 'spam',
    language: 'ro',
    subject: 'FELICITĂRI! Adresa dvs. de e-mail a câștigat 250.000 EUR',
    body: `LOTERIA INTERNAȚIONALĂ EURO-MILLION PROMO

Stimate câștigător,

Vă informăm cu plăcere că adresa dumneavoastră de e-mail a fost extrasă la tragerea electronică din 20.11.2026 și ați câștigat suma de 250.000 EUR.

Număr bilet: EMP/7741/0923/RO
Număr de referință: 88-41-2026

Pentru a revendica premiul, contactați agentul nostru de plăți, Dl. Peter Van Dijk, cu numele complet, adresa, numărul de telefon și o copie a buletinului. Taxa de procesare de 390 EUR se achită înainte de transfer.

Păstrați acest câștig confidențial până la finalizarea plății.`,
  },
  {
    category: 'spam',
    language: 'el',
    subject: 'Η σελίδα της επιχείρησής σας θα απενεργοποιηθεί',
    body: `Meta Business Support

Αγαπητέ διαχειριστή σελίδας,

Η σελίδα σας «Ζαχαροπλαστείο Η Γλυκιά Γωνιά» αναφέρθηκε για παραβίαση πνευματικών δικαιωμάτων. Αν δεν υποβάλετε ένσταση εντός 24 ωρών, η σελίδα θα διαγραφεί οριστικά.

Αριθμός υπόθεσης: #8841-229-GR

Για να υποβάλετε ένσταση, συνδεθείτε μέσω του παρακάτω συνδέσμου και επιβεβαιώστε τα στοιχεία σας:

[Υποβολή ένστασης]

Ευχαριστούμε,
Ομάδα Πολιτικής Σελίδων
© Meta Platforms 2026`,
  },
  {
    category: 'spam',
    language: 'tr',
    subject: 'Satıcı hesabınız askıya alındı – 24 saat içinde doğrulayın',
    body: `Değerli Satıcımız,

Mağazanızda şüpheli işlemler tespit edildiği için satıcı hesabınız geçici olarak askıya alınmıştır. Bekleyen 18.450,00 TL tutarındaki hakedişiniz bloke edilmiştir.

Hesabınızı yeniden aktif etmek ve ödemenizi almak için kimlik ve banka bilgilerinizi 24 saat içinde doğrulamanız gerekmektedir.

[Hesabımı Doğrula]

Doğrulama yapılmazsa mağazanız kalıcı olarak kapatılacaktır.

Satıcı Destek Merkezi`,
  },
  {
    category: 'spam',
    language: 'ja',
    subject: '【重要】お支払い方法の確認ができません　アカウントを一時停止しました',
    body: `いつもご利用いただきありがとうございます。

お客様のアカウントに登録されているお支払い方法の有効性が確認できなかったため、アカウントを一時的に停止いたしました。

24時間以内に下記リンクよりお支払い情報を更新いただけない場合、アカウントは永久に停止され、保留中のご注文はすべてキャンセルされます。

▼お支払い情報の更新はこちら
[アカウントを確認する]

※本メールは送信専用です。
Amazon カスタマーサービス`,
  },
  // ──────────────────────────── newsletter ───────────────────────────
  {
    category: 'newsletter',
    language: 'en',
    subject: 'The Winter Catalogue is here – 40 new lines for the festive counter',
    body: `View this email in your browser

Coldharbour Fine Foods – Trade News, November

Hello from all of us in the warehouse!

Our Winter Catalogue is out today, and it's the biggest we've done: 40 new lines, including a Somerset cider brandy, three new British blue cheeses and a range of hand-tied hamper ribbons that our deli customers have been asking for since spring.

What's inside
• Christmas order cut-off dates (last chilled delivery: Tuesday 22 December)
• New: mini panettone from a family bakery in Verona
• Price freeze on all charcuterie until the end of January

Trade tip of the month: build your hamper display at eye level by the till – our customers saw a 20% lift last year.

[Browse the Winter Catalogue]

Coldharbour Fine Foods Ltd, Frome, Somerset
You're receiving this because you have a trade account with us. Update preferences | Unsubscribe`,
  },
  {
    category: 'newsletter',
    language: 'en',
    subject: 'Member Briefing: new overtime rules, holiday staffing and our 2027 survey',
    body: `INDEPENDENT RESTAURANT ALLIANCE OF OREGON
Member Briefing · November 2026

In this issue
1. What the new state overtime threshold means for your kitchen staff
2. Holiday staffing: five scheduling mistakes to avoid
3. Take our 2027 operating costs survey (10 minutes)
4. Member spotlight: how Juniper & Rye in Bend cut food waste by a third

From the director
It has been a tough year for food costs, and many of you told us at the fall meetup that predictable labor costs are now your biggest worry. Our policy team has put together a plain-language summary of the overtime changes coming in January, along with a sample schedule template you can adapt.

Read the full briefing on the member portal.

IRAO · 1220 SW Morrison St, Portland, OR
You are receiving this email as a member of IRAO. Manage your email preferences or unsubscribe.`,
  },
  {
    category: 'newsletter',
    language: 'en',
    subject: "What's new in Stockroom: barcode labels, bulk edits and a faster app",
    body: `Stockroom Product Update – November 2026

Hi there,

Here's a round-up of what we shipped this month.

🏷 Print barcode labels directly from a purchase order
📝 Bulk-edit prices and reorder points across up to 500 products at once
⚡ The mobile app now opens 40% faster on older Android phones
🔗 New integration: sync stock levels with your Shopwise store

Coming next: multi-location transfers (beta sign-ups open now).

As always, hit reply and tell us what you'd like to see next – the whole product team reads these.

Mira & the Stockroom team
Stockroom Software Inc. · Toronto, ON
You're getting product updates because you're a Stockroom customer. Unsubscribe from product news.`,
  },
  {
    category: 'newsletter',
    language: 'en',
    subject: 'Chamber Update: Christmas late-night shopping, business awards night and more',
    body: `Nelson Tasman Chamber of Commerce – Weekly Update

Kia ora koutou,

Late-night shopping returns to the CBD on the four Thursdays before Christmas. Council has confirmed free parking after 5pm and extra bus services; posters for your windows can be picked up from the Chamber office.

Business Awards Night – tickets are nearly sold out. Join us at the Theatre Royal on 4 December to celebrate this year's finalists.

Workshops in December
• Employment law update – 2 Dec, 12–1pm (online)
• Using AI tools safely in a small business – 9 Dec, 5.30pm

Member offer: 15% off printing at Kōwhai Print for Chamber members until 31 December.

Ngā mihi,
The Chamber team
You're receiving this as a member of the Nelson Tasman Chamber of Commerce. Unsubscribe · Update details`,
  },
  {
    category: 'newsletter',
    language: 'en',
    subject: 'Hospitality Ireland Weekly: menu pricing in a tight market',
    body: `HOSPITALITY IRELAND WEEKLY
Thursday 19 November 2026

TOP STORY
Menu pricing in a tight market: three Dublin restaurateurs explain how they raised prices without losing regulars – and what they'd never do again.

ALSO THIS WEEK
• VAT on food service: where the debate stands ahead of the budget
• Review: the new wave of counter-service seafood in Galway
• Recipe: a proper Christmas pudding that holds for six weeks
• Jobs board: 140 new positions this week

OPINION
"Stop apologising for service charges" – columnist Deirdre Hanlon

Read all stories at hospitalityirelandweekly.example

You subscribed to Hospitality Ireland Weekly. Manage your subscription · Unsubscribe · Privacy
© 2026 Harbour Media Ltd`,
  },
  {
    category: 'newsletter',
    language: 'en',
    subject: "You're invited: Free webinar – GST e-invoicing for small clinics, 3 Dec",
    body: `Hello Dr. Menon,

As a MediBook user, you're invited to our free live webinar:

GST E-INVOICING FOR SMALL CLINICS – WHAT CHANGES IN 2027
Thursday, 3 December 2026, 4:00–5:00 pm IST

Our speaker, CA Ritu Agarwal, will walk through:
• which clinics fall under the new e-invoicing threshold
• generating IRNs directly from MediBook bills
• common mistakes in patient billing and how to avoid them
Live Q&A at the end.

[Reserve my seat]

Can't make it? Register anyway and we'll send you the recording.

Team MediBook, Pune
You're receiving this because you subscribed to MediBook events. Unsubscribe from event invitations.`,
  },
  {
    category: 'newsletter',
    language: 'en',
    subject: 'Baker’s Bench #62: sourdough in the heat, and our summer flour blend',
    body: `Baker's Bench – the newsletter from Southern Cross Milling
Issue 62 · Late spring 2026

G'day bakers,

Summer's nearly here, and with it the annual struggle: starters that over-ferment by lunchtime. This issue our head miller, Rob Fenwick, shares the cold-retard schedule he uses in a Brisbane bakery with no air conditioning.

Also inside:
– Introducing our Summer Blend, a lower-protein flour for faster-proving doughs
– Customer story: Wattle & Crumb in Ballarat
– Reminder: our depot closes 24 Dec – 4 Jan

[Read the issue]

Southern Cross Milling Pty Ltd · Toowoomba QLD
You signed up for Baker's Bench at our website. Unsubscribe any time.`,
  },
  {
    category: 'newsletter',
    language: 'de',
    subject: 'Handwerk aktuell 11/2026 – Meisterbonus, Azubi-Börse und neue Förderprogramme',
    body: `Newsletter der Handwerkskammer Oberfranken

Handwerk aktuell – Ausgabe November 2026

Liebe Betriebsinhaberinnen und Betriebsinhaber,

in dieser Ausgabe:

▸ Meisterbonus: Ab Januar steigt der Zuschuss auf 3.000 Euro
▸ Azubi-Börse am 16. Januar in Bayreuth – jetzt Stand kostenfrei anmelden
▸ Neues Förderprogramm für Energieeffizienz in Werkstätten
▸ Rechtstipp: Was gilt bei Mängelrügen nach der Abnahme?

Ihre Ansprechpartnerin für Fragen zur Förderung: Katrin Lorenz, Betriebsberatung

Newsletter im Browser ansehen | Abmelden | Impressum
Handwerkskammer für Oberfranken, Kerschensteinerstraße 7, 95448 Bayreuth`,
  },
  {
    category: 'newsletter',
    language: 'de',
    subject: 'Neu im Sortiment: Frühjahrskollektion 2027 für den Fachhandel',
    body: `Wenn diese E-Mail nicht richtig angezeigt wird, klicken Sie hier.

Lindner Garten & Wohnen – Fachhandels-Newsletter

Liebe Handelspartner,

die Frühjahrskollektion 2027 ist da! Ab sofort können Sie unseren neuen Katalog mit über 300 Artikeln für Garten, Balkon und Terrasse im Händlerportal ansehen.

Highlights:
• Pflanzgefäße aus recyceltem Kunststoff in sechs neuen Farben
• Die Serie „Nordlicht“ – Solarleuchten mit Dämmerungssensor
• Vororder-Rabatt von 8 % bei Bestellung bis 31. Januar

Ihr Außendienst meldet sich im Dezember für die Ordertermine.

[Zum Händlerportal]

Sie erhalten diesen Newsletter als registrierter Fachhandelspartner. Abmelden
Lindner GmbH & Co. KG · Osnabrück`,
  },
  {
    category: 'newsletter',
    language: 'fr',
    subject: 'Coiffure Mag Pro – Les tendances couleur de l’hiver et le nouveau barème URSSAF',
    body: `Coiffure Mag Pro
La lettre des professionnels – novembre 2026

Au sommaire
• Tendances : les balayages « chocolat froid » s'installent pour l'hiver
• Gestion : ce qui change pour les cotisations des indépendants au 1er janvier
• Portrait : Salon Mèche Rebelle, à Rennes, passe à la semaine de quatre jours
• Agenda : Salon Mondial de la Coiffure, inscriptions ouvertes

L'édito de Claire Dumas
Fidéliser sans brader : pourquoi les cartes de fidélité papier reviennent en force dans les salons de quartier.

Lire la lettre en ligne

Vous recevez cette lettre car vous êtes abonné(e) à Coiffure Mag Pro.
Se désabonner | Gérer mes préférences`,
  },
  {
    category: 'newsletter',
    language: 'fr',
    subject: 'Webinaire : préparez la clôture de caisse de fin d’année avec Encaisso',
    body: `Chère cliente, cher client,

Vous utilisez Encaisso pour votre commerce ? Rejoignez-nous pour un webinaire gratuit de 45 minutes :

« Clôture annuelle : les bons réflexes avant le 31 décembre »
Mardi 8 décembre, 14h00

Au programme :
- les archives fiscales que votre logiciel doit conserver
- comment exporter le journal de ventes pour votre comptable
- questions / réponses avec notre équipe support

[Je m'inscris]

À bientôt,
L'équipe Encaisso

Vous recevez cet e-mail en tant que client Encaisso. Se désinscrire des invitations aux webinaires.`,
  },
  {
    category: 'newsletter',
    language: 'es',
    subject: 'Boletín Hostelería Valencia – noviembre: horarios de terrazas y Fallas 2027',
    body: `BOLETÍN INFORMATIVO
Asociación Provincial de Hostelería de Valencia

Estimado/a asociado/a:

Te resumimos las novedades del mes:

1. Ordenanza de terrazas: el Ayuntamiento amplía el horario hasta la 1:00 los viernes y sábados desde enero.
2. Fallas 2027: abierto el plazo para solicitar autorizaciones de barras exteriores.
3. Formación gratuita: curso de manipulador de alimentos con alérgenos, 14 y 15 de diciembre.
4. Convenio colectivo: tabla salarial actualizada disponible en el área de socios.

Consulta el boletín completo en nuestra web.

Recibes este boletín por ser socio de la Asociación. Si no deseas recibirlo, puedes darte de baja aquí.`,
  },
  {
    category: 'newsletter',
    language: 'es',
    subject: 'Novedades Papelería Sánchez: agendas 2027 y campaña escolar',
    body: `Ver en el navegador

Papelería Sánchez Mayorista
Novedades para tu tienda

¡Ya están aquí las agendas 2027! Más de 60 modelos, desde la clásica día página hasta las nuevas agendas semanales de tapa de corcho.

También te adelantamos la campaña escolar de enero: mochilas, estuches y material de dibujo con descuento por volumen a partir de 12 unidades.

➤ Pedido mínimo: 150 €
➤ Portes gratis a partir de 300 €

[Ver catálogo]

Papelería Sánchez Mayorista S.L. – Polígono Industrial Cobo Calleja, Fuenlabrada
Recibes este correo porque eres cliente profesional. Darse de baja`,
  },
  {
    category: 'newsletter',
    language: 'it',
    subject: 'Commercio in Centro – Notizie per i negozi del centro storico, novembre',
    body: `Commercio in Centro
La newsletter dell'Associazione Commercianti del Centro Storico di Lucca

Cari associati,

ecco le novità del mese:

• Luminarie natalizie: accensione sabato 28 novembre alle 17:30 in Piazza San Michele
• Domeniche di dicembre: apertura straordinaria concordata con il Comune
• Bando regionale per la digitalizzazione dei negozi: scadenza 15 gennaio
• Corso gratuito di vetrinistica, 2 e 3 dicembre

Vi ricordiamo che la quota associativa 2027 resta invariata.

Un caro saluto,
Il Consiglio direttivo

Ricevi questa newsletter in quanto associato. Annulla l'iscrizione | Preferenze`,
  },
  {
    category: 'newsletter',
    language: 'nl',
    subject: 'Horeca Nieuws: nieuwe regels voor terrassen en de cao-verhoging per januari',
    body: `Horeca Nieuws – week 47

Beste ondernemer,

Deze week in het ledenbericht van Horeca Ondernemers Gelderland:

Terrassen: steeds meer gemeenten willen vaste winteroverkappingen vergunningsplichtig maken. Wij geven een overzicht per gemeente.

Cao: per 1 januari stijgen de lonen met 3,2%. Check onze rekentool om te zien wat dit voor jouw personeelskosten betekent.

Evenement: Nieuwjaarsborrel op 12 januari in Arnhem. Aanmelden kan vanaf nu.

Lees verder op de ledensite.

Je ontvangt deze nieuwsbrief als lid. Afmelden | Voorkeuren wijzigen`,
  },
  {
    category: 'newsletter',
    language: 'nl',
    subject: 'Nieuw in Kassafix: fooi splitsen en een donkere modus',
    body: `Kassafix productnieuws

Hoi!

We hebben weer een paar handige dingen voor je gebouwd:

💶 Fooi splitsen – verdeel fooien automatisch over het personeel per dienst
🌙 Donkere modus – fijn voor de bar als het licht gedimd is
🧾 Bonnen per e-mail nu ook in het Engels en Duits

Alles staat al klaar in je kassa, je hoeft niets te updaten.

Vragen? Onze helpdesk staat 7 dagen per week voor je klaar.

Het Kassafix-team
Utrecht · Je ontvangt deze e-mail omdat je Kassafix gebruikt. Uitschrijven voor productnieuws`,
  },
  {
    category: 'newsletter',
    language: 'pt',
    subject: 'Revista Doce Ofício – edição de dezembro: o pastel de nata fora de Portugal',
    body: `Doce Ofício – revista digital da pastelaria portuguesa
Edição n.º 48 · dezembro 2026

Nesta edição:
• Reportagem: o pastel de nata conquista Tóquio e Toronto
• Técnica: massa folhada com manteiga vs. margarina – teste cego
• Negócio: como calcular o preço do bolo-rei sem perder margem
• Agenda: Feira Internacional de Pastelaria, Lisboa, fevereiro de 2027

Leia a edição completa no site.

Recebe esta newsletter porque é assinante da Doce Ofício.
Cancelar subscrição · Atualizar preferências`,
  },
  {
    category: 'newsletter',
    language: 'pl',
    subject: 'Biuletyn Cechu Rzemiosł – grudzień 2026',
    body: `Cech Rzemiosł Różnych w Krakowie
Biuletyn dla członków – grudzień 2026

Szanowni Państwo,

w tym numerze:
– zmiany w przepisach dotyczących kas fiskalnych online od 2027 r.,
– nabór uczniów do nauki zawodu na rok szkolny 2027/28,
– egzaminy czeladnicze i mistrzowskie – terminy sesji wiosennej,
– spotkanie opłatkowe członków Cechu, 17 grudnia, godz. 17:00.

Pełna treść biuletynu dostępna jest na stronie Cechu.

Otrzymujesz tę wiadomość jako członek Cechu. Wypisz się z listy mailingowej.`,
  },
  {
    category: 'newsletter',
    language: 'sv',
    subject: 'Företagarbrevet: så påverkas du av nya kassaregisterreglerna',
    body: `Företagarbrevet – november 2026
Från Småföretagarna i Västerbotten

Hej!

Nytt år, nya regler. Från den 1 juli 2027 skärps kraven på certifierade kassaregister. Vi har sammanfattat vad det betyder för dig som har butik, café eller frisersalong.

Dessutom:
• Frukostmöte 10 december: Löneadministration för små företag
• Medlemsförmån: 20 % rabatt på hemsidor hos Webbhuset Norr
• Enkät: hur ser ditt behov av kompetens ut 2027?

Läs hela brevet på vår webb.

Du får detta nyhetsbrev som medlem. Avsluta prenumeration`,
  },
  {
    category: 'newsletter',
    language: 'da',
    subject: 'Nyt fra Vinhuset Fyn: julevinene er landet',
    body: `Se nyhedsbrevet i din browser

Vinhuset Fyn – nyhedsbrev til restauranter og vinbarer

Kære samarbejdspartner

Julens vine er netop landet på lageret i Odense, og vi har fundet nogle rigtige perler til menuen:

🍷 Barbera d'Asti 2022 – perfekt til and og flæskesteg
🥂 Crémant de Loire – et prisvenligt alternativ til champagne
🍯 Sauternes i halvflasker – til risalamanden

Bestil inden 10. december for levering før jul. Vi holder smagning for kunder den 3. december kl. 15 – tilmelding på mail.

Skål og god jul,
Henrik og holdet fra Vinhuset Fyn

Du modtager nyhedsbrevet, fordi du er erhvervskunde. Afmeld`,
  },
  {
    category: 'newsletter',
    language: 'cs',
    subject: 'Novinky v ObchodníkPro: nová napojení na dopravce a přehled tržeb',
    body: `ObchodníkPro – zpravodaj pro e-shopy
Listopad 2026

Dobrý den,

co je u nás nového:

✔ Napojení na Zásilkovnu a PPL nyní podporuje hromadný tisk štítků
✔ Nový přehled tržeb s porovnáním proti minulému roku
✔ Možnost nastavit dárkové poukazy s vlastní platností

Tip na závěr roku: Nezapomeňte nastavit informaci o vánočních termínech doručení v patičce e-shopu.

Více v naší nápovědě.

Tým ObchodníkPro
Zpravodaj dostáváte jako uživatel ObchodníkPro. Odhlásit odběr`,
  },
  {
    category: 'newsletter',
    language: 'ro',
    subject: 'Noutăți de la Natur Cosmetic Distribuție – colecția de iarnă',
    body: `Vezi acest e-mail în browser

Natur Cosmetic Distribuție – newsletter pentru saloane și farmacii

Dragi parteneri,

Colecția de iarnă a sosit! Am adăugat în catalog:
• creme reparatoare cu unt de shea pentru mâini crăpate
• seturi cadou de Crăciun, ambalate, gata de pus la vânzare
• uleiuri esențiale noi: brad, portocală, scorțișoară

Comenzile plasate până la 5 decembrie se livrează înainte de sărbători.

[Descarcă catalogul PDF]

Primești acest newsletter pentru că ești partener înregistrat. Dezabonare`,
  },
  {
    category: 'newsletter',
    language: 'el',
    subject: 'Ενημερωτικό Δελτίο Επιμελητηρίου – Νοέμβριος 2026',
    body: `Επαγγελματικό Επιμελητήριο Ηρακλείου
Ενημερωτικό Δελτίο – Νοέμβριος 2026

Αγαπητά μέλη,

Σε αυτό το τεύχος:
• Νέο πρόγραμμα επιδότησης για τον ψηφιακό μετασχηματισμό μικρών επιχειρήσεων – προθεσμία υποβολής 20 Ιανουαρίου
• Εορταστικό ωράριο καταστημάτων Δεκεμβρίου
• Δωρεάν σεμινάριο: ηλεκτρονική τιμολόγηση myDATA, 7 Δεκεμβρίου
• Χριστουγεννιάτικη εκδήλωση μελών, 18 Δεκεμβρίου

Διαβάστε αναλυτικά στην ιστοσελίδα του Επιμελητηρίου.

Λαμβάνετε αυτό το μήνυμα ως μέλος του Επιμελητηρίου. Διαγραφή από τη λίστα`,
  },
  {
    category: 'newsletter',
    language: 'tr',
    subject: 'Otomotiv Servis Dergisi – Aralık sayısı yayında',
    body: `Otomotiv Servis Dergisi
Aralık 2026 sayısı

Bu sayıda:
• Elektrikli araç bakımında servislerin yeni sorumlulukları
• Kış lastiği dönemi: stok planlamasında 5 ipucu
• Röportaj: Bursa'da üç kuşaktır süren bir tamirhane
• Yeni yönetmelik: atık yağ bertarafında değişiklikler

Derginin tamamını dijital olarak okuyabilirsiniz.

[Sayıyı oku]

Bu e-postayı abone olduğunuz için alıyorsunuz. Abonelikten çık`,
  },
  {
    category: 'newsletter',
    language: 'ja',
    subject: '【やまびこ製菓材料通信】12月号 クリスマス限定素材のご案内',
    body: `やまびこ製菓材料通信 2026年12月号
━━━━━━━━━━━━━━━━━━━━

いつもご愛顧いただき、ありがとうございます。
今月はクリスマス・年末年始向けの限定素材をご紹介します。

■ 新商品
・フランス産 発酵バター（業務用 450g）
・ピスタチオペースト 100％
・シュトーレン用 洋酒漬けフルーツミックス

■ 年末年始の営業について
12月29日〜1月4日は休業とさせていただきます。

■ 今月のレシピ
ブッシュ・ド・ノエルの巻き方のコツ

━━━━━━━━━━━━━━━━━━━━
配信停止をご希望の方はこちら
株式会社やまびこ製菓材料`,
  },
  // ──────────────────────────── sales_lead ───────────────────────────
  {
    category: 'sales_lead',
    language: 'en',
    subject: 'Christmas party for 28 – private room available?',
    body: `Hi there,

I'm organising our office Christmas lunch and a colleague recommended your restaurant. We'd be about 28 people on Friday 18 December, from around 1pm.

Could you tell me whether the upstairs room is free that day, and send over your set menu options and prices per head? We'd also want a drinks package if you do one. A couple of people are vegan and one is coeliac.

Thanks,
Hannah Price
Office Manager, Redbrook Surveyors, Cardiff`,
  },
  {
    category: 'sales_lead',
    language: 'en',
    subject: 'Quote for a new website + booking system?',
    body: `Hey,

Found you through the Austin small business directory. I run a two-chair barbershop and my current site is a free template I made myself in 2019 – it's embarrassing.

I'm looking for: a simple site (services, prices, gallery, map) and online booking that texts reminders to clients. Budget is somewhere around $2–3k, but I'd like to understand what's realistic.

Can you give me a rough quote or jump on a quick call next week?

Marcus Bell
Bell & Blade Barbers`,
  },
  {
    category: 'sales_lead',
    language: 'en',
    subject: 'Wholesale pricing for your candles',
    body: `Hello,

I own a small homewares shop in Hobart and picked up one of your soy candles at the Salamanca market last weekend. Customers would love them.

Do you sell wholesale? If so, could you send your trade price list, minimum order quantity and how long delivery to Tasmania usually takes?

Kind regards,
Jess Fairweather
Driftwood & Co., Hobart`,
  },
  {
    category: 'sales_lead',
    language: 'en',
    subject: 'Fleet servicing – 6 vans',
    body: `Good morning,

We're a plumbing firm with six Ford Transit vans, all between two and five years old. Our current garage is retiring in January and we need somewhere new for regular servicing, MOTs and the odd repair.

Would you be interested in a fleet arrangement? Ideally we'd want a set price per service, priority booking and a courtesy van if one is off the road more than a day. Could you send me some figures, or pop round to the yard for a chat?

Cheers,
Gary Lomas
Operations, Lomas Plumbing & Heating, Warrington
07700 900 412`,
  },
  {
    category: 'sales_lead',
    language: 'en',
    subject: 'Teeth whitening – cost and how many visits?',
    body: `Hi, I'm getting married in April and wondered how much professional whitening costs at your practice, and whether it's one appointment or several? Do you offer a payment plan?
Thanks,
Aoife Brennan
Sent from my iPhone`,
  },
  {
    category: 'sales_lead',
    language: 'en',
    subject: 'Enquiry: product photography for 120 SKUs',
    body: `Hi team,

I'm the e-commerce lead at Karoo Leather Goods in Cape Town. We're relaunching our online store in February and need new packshots for roughly 120 products (wallets, belts, bags), white background plus two lifestyle shots for the top 20 sellers.

Could you share:
- your per-image or day rate
- turnaround time
- whether you can shoot at our workshop or only in studio

If it makes sense I'd be happy to book a short video call to walk through our brief.

Best,
Lerato Dlamini`,
  },
  {
    category: 'sales_lead',
    language: 'en',
    subject: 'Monthly bookkeeping for a café – do you take on new clients?',
    body: `Hello Mr Sharma,

I opened a café in Surry Hills in June and I'm drowning in receipts. My friend Anika at Lotus Yoga said you do her books and are very reasonable.

Are you taking on new clients? I'd need BAS lodgement, payroll for four casual staff and help setting up Xero properly. What would that cost per month, roughly?

Many thanks,
Tom Nguyen
Little Saigon Espresso`,
  },
  {
    category: 'sales_lead',
    language: 'de',
    subject: 'Anfrage: Catering für Firmenjubiläum, ca. 80 Personen',
    body: `Sehr geehrtes Team von Krämers Feinkost,

unser Unternehmen feiert am 22. Januar 2027 sein 25-jähriges Bestehen. Wir planen einen Empfang in unseren Büroräumen in Stuttgart-Vaihingen mit ca. 80 Gästen von 17 bis 21 Uhr.

Wir interessieren uns für ein Fingerfood-Buffet mit vegetarischen Optionen sowie Getränkeservice inkl. Personal. Könnten Sie uns ein unverbindliches Angebot zukommen lassen? Gern auch mit zwei Varianten in unterschiedlichen Preisklassen.

Mit freundlichen Grüßen
Claudia Neumeier
Assistenz der Geschäftsführung
Neumeier Messtechnik GmbH`,
  },
  {
    category: 'sales_lead',
    language: 'de',
    subject: 'Kostenvoranschlag Einbauschrank Dachschräge',
    body: `Hallo,

wir suchen eine Schreinerei für einen Einbauschrank unter der Dachschräge im Schlafzimmer (ca. 3,20 m breit, Kniestock 80 cm, höchste Stelle 2,40 m). Fronten weiß matt, innen Fächer und eine Kleiderstange.

Wäre so etwas bei Ihnen möglich und in welcher Preisgröße bewegen wir uns ungefähr? Ein Aufmaß vor Ort wäre natürlich auch okay.

Viele Grüße
Stefan und Julia Kraus, Regensburg`,
  },
  {
    category: 'sales_lead',
    language: 'fr',
    subject: 'Demande de devis – rénovation de la devanture',
    body: `Bonjour Monsieur,

Je suis propriétaire d'une librairie rue des Carmes à Orléans et je souhaite refaire entièrement la devanture : enseigne, peinture et lettrage sur vitrine. La façade fait environ 6 mètres.

Pourriez-vous me faire parvenir un devis, ou me proposer un rendez-vous sur place ? J'aimerais que les travaux aient lieu en janvier, période plus calme pour nous.

Cordialement,
Mathilde Roux
Librairie Le Marque-Page`,
  },
  {
    category: 'sales_lead',
    language: 'fr',
    subject: 'Tarifs pour un abonnement pain quotidien',
    body: `Bonjour Madame,

Nous ouvrons un petit hôtel de 14 chambres à Annecy en février et cherchons une boulangerie pour nous livrer chaque matin baguettes et viennoiseries (environ 30 croissants, 20 pains au chocolat et 8 baguettes par jour, plus en été).

Livrez-vous ? Et quels seraient vos tarifs professionnels ?

Merci d'avance,
Pierre-Yves Chabert
Hôtel Les Aravis`,
  },
  {
    category: 'sales_lead',
    language: 'es',
    subject: 'Presupuesto para 40 uniformes bordados',
    body: `Buenos días:

Somos una cadena de tres cafeterías en Málaga y necesitamos renovar los uniformes. Buscamos 40 delantales y 40 camisetas con el logo bordado en el pecho (un color).

¿Nos podríais enviar presupuesto y plazo de entrega? Si tenéis muestras de tejido, podríamos pasar por el taller.

Gracias,
Carmen Ortega
Responsable de compras, Café Albahaca`,
  },
  {
    category: 'sales_lead',
    language: 'es',
    subject: 'Consulta: ¿hacéis mantenimiento de aire acondicionado para clínicas?',
    body: `Qué tal,

Tenemos una clínica de fisioterapia en Ciudad de México (col. Roma) con 5 equipos minisplit. Nos interesa un contrato de mantenimiento preventivo trimestral. ¿Cuánto costaría al año y qué incluye?

Saludos,
Dra. Paola Méndez
FisioRoma`,
  },
  {
    category: 'sales_lead',
    language: 'it',
    subject: 'Richiesta preventivo – torta nuziale per 120 invitati',
    body: `Buongiorno,

io e il mio compagno ci sposiamo il 12 giugno 2027 in una villa vicino a Bergamo. Abbiamo visto le vostre torte su Instagram e ci piacerebbe molto una torta a tre piani, stile naked cake con frutti di bosco, per circa 120 persone.

Potreste indicarci un prezzo indicativo e se fate anche la consegna e l'allestimento in loco? Ci farebbe piacere anche fissare una degustazione.

Grazie mille,
Giulia Rota`,
  },
  {
    category: 'sales_lead',
    language: 'nl',
    subject: 'Offerteaanvraag onderhoud bedrijfsfietsen',
    body: `Goedemiddag,

Wij zijn een bezorgdienst in Groningen met 18 elektrische bakfietsen. We zoeken een fietsenmaker die elke maand langskomt voor onderhoud en bij pech snel kan helpen.

Kunnen jullie een offerte maken voor een onderhoudscontract? Graag ook een indicatie van de uurprijs voor reparaties buiten het contract.

Met vriendelijke groet,
Daan Mulder
Wagenparkbeheer, Fietsbezorgd Groningen`,
  },
  {
    category: 'sales_lead',
    language: 'nl',
    subject: 'Demo van jullie kassasysteem?',
    body: `Hoi,

Wij hebben een ijssalon in Antwerpen en zijn ons huidige kassasysteem beu. Jullie systeem lijkt ons wat, vooral omdat het met de weegschaal kan koppelen.

Zouden we een demo kunnen krijgen, liefst in de winter als het rustig is? En wat kost het per maand voor twee kassa's?

Groetjes,
Lotte Peeters
IJsjes van Lotte`,
  },
  {
    category: 'sales_lead',
    language: 'pt',
    subject: 'Orçamento para fotografia de pratos – novo menu',
    body: `Olá Sr. Tiago,

Sou sócia do restaurante Sabor da Serra, em Viseu. Vamos lançar um novo menu em janeiro e precisamos de fotografias profissionais de cerca de 25 pratos, para o menu impresso e para as redes sociais.

Poderia enviar-me um orçamento e a sua disponibilidade para dezembro?

Obrigada,
Catarina Lopes`,
  },
  {
    category: 'sales_lead',
    language: 'pl',
    subject: 'Zapytanie ofertowe – obsługa księgowa spółki z o.o.',
    body: `Witam serdecznie,

prowadzę małą agencję marketingową (spółka z o.o., 4 pracowników na umowach o pracę, ok. 60 dokumentów miesięcznie). Od stycznia szukamy nowego biura rachunkowego.

Proszę o przesłanie oferty z miesięcznym wynagrodzeniem za pełną księgowość i kadry. Czy obsługujecie Państwo klientów zdalnie?

Z poważaniem,
Tomasz Wrona
Wrona Media sp. z o.o., Wrocław`,
  },
  {
    category: 'sales_lead',
    language: 'sv',
    subject: 'Förfrågan om konferenslunch för 15 personer',
    body: `Hej Köket på Torget!

Vi på Fjällgruppen Arkitekter ska ha en planeringsdag den 14 januari och undrar om ni kan leverera lunch till vårt kontor på Storgatan, ca 15 personer, kl 12.

Vad har ni för alternativ och vad kostar det per person? Två av oss äter vegetariskt.

Tack på förhand!
Emma Lindqvist`,
  },
  {
    category: 'sales_lead',
    language: 'da',
    subject: 'Pris på rengøring af klinik',
    body: `Hej,

Vi har en tandklinik på ca. 180 m² i Aarhus C og søger et rengøringsfirma, der kan komme hver aften mandag–fredag efter kl. 18. Der stilles krav til hygiejne i behandlingsrummene.

Kan I give et tilbud, og har I erfaring med klinikker?

Med venlig hilsen
Sofie Damgaard, klinikchef
Tandklinikken Åboulevarden`,
  },
  {
    category: 'sales_lead',
    language: 'cs',
    subject: 'Poptávka – pravidelné dodávky kávy pro kavárnu',
    body: `Dobrý den, vážení,

v březnu otevíráme novou kavárnu v Olomouci a hledáme pražírnu, která by nám dodávala výběrovou kávu – odhadem 12–15 kg týdně na espresso a něco na filtr.

Mohli byste mi poslat velkoobchodní ceník a informaci, zda zapůjčujete i mlýnek nebo kávovar? Rádi bychom si domluvili i ochutnávku.

Děkuji a přeji hezký den,
Petra Horáková`,
  },
  {
    category: 'sales_lead',
    language: 'ro',
    subject: 'Cerere ofertă – meniu zilnic pentru firmă',
    body: `Salutare,

Lucrez la o firmă de contabilitate din Timișoara cu 22 de angajați. Am dori să comandăm zilnic prânzul de la dumneavoastră, livrat la birou în jurul orei 13.

Ne puteți trimite o ofertă pentru un meniu zilnic (ciorbă + fel principal) și condițiile de facturare lunară?

Mulțumesc,
Ioana Stan`,
  },
  {
    category: 'sales_lead',
    language: 'el',
    subject: 'Ενδιαφέρον για συνεργασία – προμήθεια ψωμιού για ξενοδοχείο',
    body: `Καλημέρα σας,

Είμαι ο υπεύθυνος F&B στο ξενοδοχείο «Αιγαίο Blue» στη Νάξο. Για τη νέα σεζόν (Απρίλιος–Οκτώβριος) αναζητούμε φούρνο για καθημερινή προμήθεια ψωμιού και αρτοσκευασμάτων για περίπου 90 δωμάτια.

Θα μπορούσατε να μου στείλετε τιμοκατάλογο χονδρικής και τους όρους παράδοσης;

Ευχαριστώ,
Δημήτρης Κουτσός`,
  },
  {
    category: 'sales_lead',
    language: 'tr',
    subject: 'Otel odaları için perde fiyat teklifi',
    body: `Merhaba,

Fethiye'de 24 odalı bir butik otelimiz var ve sezon öncesinde tüm odaların perdelerini yenilemek istiyoruz. Karartma perde + tül, pencere ölçüleri yaklaşık 180 x 240 cm.

Ölçü almaya gelebilir misiniz ve yaklaşık bir fiyat verebilir misiniz?

İyi çalışmalar,
Serkan Aydın
Mavi Koy Butik Otel`,
  },
  {
    category: 'sales_lead',
    language: 'ja',
    subject: 'ホームページ制作のお見積りについて',
    body: `突然のご連絡失礼いたします。
京都市で小さな整体院を営んでおります、中村と申します。

現在ホームページがなく、新規で作成をお願いできる会社を探しております。
希望としては、5ページ程度（トップ、施術内容、料金、アクセス、予約フォーム）です。

おおよその費用と納期を教えていただけますでしょうか。
一度オンラインでご相談できれば幸いです。

中村整体院
中村 健一`,
  },
  // ───────────────────────── support_request ─────────────────────────
  {
    category: 'support_request',
    language: 'en',
    subject: 'Order #1087 – wrong plant delivered',
    body: `Hi,

My order (#1087) arrived this morning, thanks for the quick delivery – but instead of the lemon myrtle I got what looks like a lilly pilly. The label in the pot says "Syzygium". The grasses were fine.

Could you swap it, or refund the $34.95 if you're out of lemon myrtles? Happy to leave the wrong one at the gate for your driver.

Thanks,
Karen Whitlock`,
  },
  {
    category: 'support_request',
    language: 'en',
    subject: "Can't log in to the client portal since yesterday",
    body: `Hi Matt,

Since yesterday afternoon none of us at Brightside can log in to the portal you built for us. It just says "Something went wrong" after entering the password, and the password reset email never arrives.

We use it to send treatment plans to patients, so it's quite urgent. Is something down on your end?

Thanks,
Dr Lauren Hsu
Brightside Dental Studio`,
  },
  {
    category: 'support_request',
    language: 'en',
    subject: 'Re: hamper order – one jar smashed in transit',
    body: `Hello Fiona,

The hamper arrived today and the presentation is gorgeous, but the jar of damson jam was broken and has leaked over the shortbread and one of the cards. Photos attached.

It's a gift for my mother-in-law on Saturday. Is there any chance you can send replacements before then, or should I pop in to the shop on Thursday?

Kind regards,
Emer Walsh`,
  },
  {
    category: 'support_request',
    language: 'en',
    subject: 'Brake noise again after service',
    body: `Hi Gary,

Picked up the Transit (reg KX21 PLM) from you on Friday after the front pads and discs were done. Since Monday there's a grinding noise when braking at low speed, worse in the morning.

Can you have another look this week? I can drop it off first thing Thursday if that works.

Cheers,
Dean – Lomas Plumbing`,
  },
  {
    category: 'support_request',
    language: 'en',
    subject: 'Invoice export shows the wrong GST number',
    body: `Hello support,

Since the update last week, every PDF invoice we export from MediBook shows our old GSTIN (27AAAPL1234C1Z5) instead of the new one we entered under Clinic Settings. We've checked twice that the new number is saved. Patients are now receiving bills with the wrong number.

Can you please fix this quickly or tell us what we're doing wrong? Screenshot attached.

Regards,
Dr. Sanjay Menon
Menon Family Clinic, Pune`,
  },
  {
    category: 'support_request',
    language: 'en',
    subject: 'Card reader keeps disconnecting',
    body: `Hello Maplecrest support,

our Maplecrest card reader (serial MCR-2-88410) drops its Bluetooth connection every 20 minutes or so at the front counter. We have to restart the app each time and it's holding up the line during the lunch rush. I've already tried a new USB-C cable and forgetting the device in settings.

Anything else we can try, or can you send a replacement?

Étienne Roy
Le Petit Ours Café, Montréal`,
  },
  {
    category: 'support_request',
    language: 'en',
    subject: 'cake for Saturday – need to change the name on it!',
    body: `Hi, I ordered the chocolate cake for pick-up Saturday (order under Mia Thompson) with "Happy 40th Dave" on it.
His name is actually spelt Daiv – long story. Is it too late to change? Sorry!!
Mia`,
  },
  {
    category: 'support_request',
    language: 'de',
    subject: 'Reklamation: Thermorollen passen nicht in den Drucker',
    body: `Guten Tag,

wir haben am 22.11. unter der Bestellnummer 304-7711520 zwei Pakete Thermorollen 57 mm bestellt. Leider haben die Rollen einen Kerndurchmesser von 12 mm statt der angegebenen 17 mm und lassen sich nicht in unseren Bondrucker einsetzen.

Bitte teilen Sie mir mit, wie wir die Ware zurückschicken können und ob Sie die richtigen Rollen kurzfristig liefern können – wir haben nur noch für etwa drei Tage Vorrat.

Mit freundlichen Grüßen
Markus Albers
Getränkemarkt Albers, Bremen`,
  },
  {
    category: 'support_request',
    language: 'de',
    subject: 'Hebebühne verliert Öl – bitte um Techniker',
    body: `Hallo Herr Wendler,

die 2-Säulen-Hebebühne, die Sie uns im Frühjahr geliefert und aufgestellt haben, verliert seit ein paar Tagen Hydrauliköl an der linken Säule. Es bildet sich jeden Morgen eine kleine Pfütze. Wir nutzen sie vorerst nicht.

Läuft das noch über die Gewährleistung? Wann könnte ein Techniker vorbeikommen?

Gruß
Josef Brandl
Kfz-Meisterbetrieb Brandl, Landshut`,
  },
  {
    category: 'support_request',
    language: 'fr',
    subject: 'Commande 2026-88314 : cuir de la mauvaise épaisseur',
    body: `Bonjour à l'équipe,

J'ai bien reçu ma commande n° 2026-88314, merci. Malheureusement le cuir mesure 2,2 mm d'épaisseur alors que j'avais commandé du 1,5 mm, ce qui ne convient pas pour les portefeuilles que je fabrique.

Est-il possible de faire un échange ? Je vous renvoie volontiers le cuir si vous m'envoyez une étiquette retour.

Merci d'avance,
Julien Marchetti
Atelier JM Maroquinerie`,
  },
  {
    category: 'support_request',
    language: 'fr',
    subject: 'Problème d’impression des tickets depuis la mise à jour',
    body: `Bonjour l'équipe Encaisso,

Depuis la mise à jour d'hier soir, notre imprimante de tickets (Epson TM-T20) n'imprime plus rien. La caisse affiche « imprimante non trouvée » alors qu'elle est bien allumée et branchée en USB. Nous avons redémarré la tablette et l'imprimante.

Nous sommes un samedi avec beaucoup de monde, pouvez-vous nous rappeler rapidement au 04 78 22 19 40 ?

Merci,
Sophie, Fromagerie du Vieux Lyon`,
  },
  {
    category: 'support_request',
    language: 'es',
    subject: 'Pedido incompleto – faltan dos cajas',
    body: `Hola Fermín,

Nos ha llegado hoy el pedido, pero faltan dos de las cinco cajas: solo han llegado los cuchillos de chef y las puntillas, no la afiladora ni los cuchillos de deshuesar. En el albarán de Seur pone 5 bultos.

¿Puedes comprobarlo con la agencia? El lunes empezamos con la carta nueva.

Gracias,
Lucía – Casa Lucía`,
  },
  {
    category: 'support_request',
    language: 'es',
    subject: 'No me llegan las notificaciones de reservas',
    body: `Buenas tardes,

Desde hace una semana no me llegan los correos de nuevas reservas de la agenda online. Las citas sí aparecen en el panel, pero me he enterado de dos clientas que vinieron sin que yo lo supiera. Ya he mirado la carpeta de spam.

¿Me podéis ayudar? Mi cuenta es la de Centro de Estética Nerea, en Bilbao.

Un saludo,
Nerea Etxeberria`,
  },
  {
    category: 'support_request',
    language: 'it',
    subject: 'Cella frigo di nuovo in allarme temperatura',
    body: `Buongiorno Sartori,

vi scrivo perché la cella frigorifera su cui avete sostituito il compressore il 12 novembre è di nuovo in allarme da stamattina: segna +9 °C invece di +3 °C. Abbiamo spostato la merce nei frigoriferi del laboratorio ma non possiamo andare avanti così a lungo.

Potete mandare un tecnico oggi o domani mattina? Siamo aperti dalle 7.

Grazie,
Elena Bianco
Gelateria Bianco Latte, Treviso
Cell. 347 221 8840`,
  },
  {
    category: 'support_request',
    language: 'nl',
    subject: 'Factuur klopt niet – dubbel servicekosten',
    body: `Beste mevrouw De Wit,

Op de factuur 2026-0877 voor december staan de servicekosten twee keer vermeld (€ 185,00 onder "servicekosten" en nogmaals onder "bijkomende kosten pand"). Volgens het huurcontract is dat één bedrag per maand.

Kunt u dit nakijken en een gecorrigeerde factuur sturen? Dan betaal ik direct.

Met vriendelijke groet,
Henk Visser
Visser Lijstenmakerij, Zwolle`,
  },
  {
    category: 'support_request',
    language: 'nl',
    subject: 'Website offline sinds vanochtend?',
    body: `Hallo Kroonhost,

Onze site fietsenmakerijbakker.nl geeft sinds een uur of acht vanochtend een foutmelding ("Error establishing a database connection"). De facturen zijn gewoon betaald, dus dat kan het niet zijn. Kunnen jullie kijken wat er aan de hand is?

Groet,
Pieter Bakker`,
  },
  {
    category: 'support_request',
    language: 'pt',
    subject: 'Pratos chegaram partidos – encomenda PT-77201',
    body: `Boa tarde,

Recebi hoje a encomenda PT-77201, mas 5 dos 24 pratos rasos vieram partidos. A caixa exterior estava intacta, por isso deve ter sido falta de proteção entre os pratos. Envio fotografias em anexo.

Podem enviar os 5 pratos em falta? Temos um jantar de grupo no sábado e precisamos do serviço completo.

Cumprimentos,
Ricardo Almeida
Tasca do Largo, Leiria`,
  },
  {
    category: 'support_request',
    language: 'pl',
    subject: 'Reklamacja – krzesło z wadą spawu',
    body: `Dzień dobry Państwu,

w zamówieniu nr 7731920 otrzymaliśmy 6 krzeseł barowych. W jednym z nich pękł spaw przy podnóżku już po dwóch dniach użytkowania – na szczęście nikomu nic się nie stało. W załączeniu zdjęcia.

Proszę o informację, jak zgłosić reklamację i czy możliwa jest szybka wymiana.

Pozdrawiam,
Kamil Nowak
Pub Pod Zegarem, Gdańsk`,
  },
  {
    category: 'support_request',
    language: 'sv',
    subject: 'Kaffekvarnen maler ojämnt efter service',
    body: `Hej Lena!

Vi fick tillbaka kvarnen från er service i förra veckan, men nu maler den ojämnt och espresson rinner alldeles för fort även på finaste inställningen. Kan det vara skivorna som sitter fel?

Kan någon komma förbi, eller ska vi skicka in den igen? Vi har en reservkvarn men den klarar inte morgonrusningen.

Tack,
Oskar, Café Lingonet`,
  },
  {
    category: 'support_request',
    language: 'da',
    subject: 'Forkert tekst på gavekortene',
    body: `Hej Papirkompagniet,

Vi har modtaget vores 500 gavekort (ordre #DK-60219), men på bagsiden står der "Gyldig i 6 måneder" – vi uploadede en fil med "Gyldig i 2 år". Jeg har tjekket korrekturen, og der stod det rigtige.

Kan I trykke dem om inden jul? Vi vil gerne starte salget 1. december.

Venlig hilsen
Mette Krogh
Frisør Klip & Krøl`,
  },
  {
    category: 'support_request',
    language: 'cs',
    subject: 'Nefunguje napojení na Zásilkovnu',
    body: `Zdravím podporu,

od včerejšího odpoledne se nám v administraci ObchodníkPro nevytvářejí štítky pro Zásilkovnu – po kliknutí na „Tisk štítků“ se zobrazí chyba „API key invalid“. Klíč jsme neměnili a v účtu Zásilkovny je aktivní.

Máme ve frontě 40 objednávek, prosím o rychlou pomoc.

Děkuji,
Martin Veselý
e-shop Čajovna u Draka`,
  },
  {
    category: 'support_request',
    language: 'ro',
    subject: 'Imprimanta din cabinet nu mai tipărește în rețea',
    body: `Bună ziua, Andreea,

De luni, imprimanta de la recepție nu mai apare pe calculatoarele din cabinete, doar pe cel de la recepție. Nu am schimbat nimic, doar s-a oprit curentul duminică noaptea.

Puteți să vă uitați de la distanță sau să treacă cineva pe la noi? Avem nevoie să tipărim fișele pacienților.

Mulțumesc,
Dr. Cristina Pop`,
  },
  {
    category: 'support_request',
    language: 'el',
    subject: 'Λάθος στην παραγγελία ποτηριών',
    body: `Καλησπέρα,

Παρέλαβα σήμερα την παραγγελία #GR-33817. Αντί για 48 ποτήρια κρασιού ήρθαν 36 ποτήρια κρασιού και 12 ποτήρια σαμπάνιας. Τα χρειαζόμαστε για εκδήλωση στις 5 Δεκεμβρίου.

Μπορείτε να μου στείλετε τα 12 που λείπουν και να παραλάβετε τα λάθος;

Ευχαριστώ,
Αντώνης Νικολάου
Wine bar «Οινόραμα», Πάτρα`,
  },
  {
    category: 'support_request',
    language: 'tr',
    subject: 'POS cihazı gün sonu raporu almıyor',
    body: `İyi günler,

Sizden kiraladığımız POS cihazı iki gündür gün sonu raporu almıyor; "Bağlantı hatası 051" yazıyor. Kartlı satışlar geçiyor ama Z raporu çıkmıyor ve muhasebecimiz bekliyor.

Teknik servisiniz bugün uğrayabilir mi? Dükkan Kadıköy'de, 09:00–20:00 arası açığız.

Teşekkürler,
Deniz Arslan
Deniz Kırtasiye`,
  },
  {
    category: 'support_request',
    language: 'ja',
    subject: '納品いただいたレシートロール紙の件',
    body: `オフィス文具ネット ご担当者様

いつもお世話になっております。
注文番号 J-20261122-0417 でレシートロール紙を購入しました喫茶ひだまりの小林です。

本日届いた商品を確認したところ、幅が58mmではなく80mmのものが入っておりました。
当店のレジでは使用できないため、交換をお願いできますでしょうか。
返送方法についてもご教示いただけますと幸いです。

よろしくお願いいたします。

喫茶ひだまり
小林 さやか`,
  },
  // ───────────────────────── meeting_request ─────────────────────────
  {
    category: 'meeting_request',
    language: 'en',
    subject: 'Can we move Thursday’s catch-up to Friday morning?',
    body: `Hi Ollie,

Something's come up with a delivery on Thursday afternoon – any chance we could push our 3pm catch-up on the spring menu to Friday morning instead? I'm free from 9 until 11.30. Same place, or I can come to the kitchen if that's easier.

Thanks,
Bex`,
  },
  {
    category: 'meeting_request',
    language: 'en',
    subject: 'Intro call re: Q1 campaign – does Tuesday 1 Dec suit?',
    body: `Hi Jordan,

Thanks for the proposal you sent over last week, the team liked it a lot. Before we sign off, we'd like a 45-minute video call with you and your designer to go through the timeline and the social media budget.

Would Tuesday 1 December at 10am EST work? If not, Wednesday anytime after 2pm is also open on our side. I'll send a calendar invite once you confirm.

Best,
Samantha Ruiz
Marketing Director, Greenfield Organic Market, Philadelphia`,
  },
  {
    category: 'meeting_request',
    language: 'en',
    subject: 'Site visit for the extension quote',
    body: `Hi Mr Patel,

Following our phone call, would you be able to come round to measure up for the kitchen extension? I'm at home most mornings next week except Wednesday. Could you let me know which day and roughly what time so I can make sure the side gate is unlocked?

Regards,
Irene Cooper
17 Kingsley Road, Leicester`,
  },
  {
    category: 'meeting_request',
    language: 'en',
    subject: 'Confirming our meeting tomorrow at 11',
    body: `Hi Lerato,

Just confirming I'll be at your workshop on Bree Street tomorrow at 11:00 to look at the space for the product shoot. I'll bring a couple of lights to test. Should take about an hour.

If anything changes, my number is 082 555 0199.

See you then,
Nadia`,
  },
  {
    category: 'meeting_request',
    language: 'en',
    subject: 'Quick call about your BAS before the deadline?',
    body: `Morning Tom,

I've started on your quarterly BAS and have a few questions about the cash sales in September and two supplier invoices I can't match. It'd be quicker to talk than email back and forth.

Have you got 20 minutes on Wednesday or Thursday afternoon? Let me know a time that suits and I'll ring you.

Regards,
Vikram Sharma
Sharma Accounting, Sydney`,
  },
  {
    category: 'meeting_request',
    language: 'en',
    subject: 'Rescheduling the annual equipment inspection',
    body: `Dear Ms Hsu,

Our engineer was booked to inspect the X-ray unit and compressor at Brightside Dental Studio on 2 December. Unfortunately he is unwell this week. Could we reschedule to Monday 7 or Tuesday 8 December, either at 8am before your first patients?

Please reply with the date that works best and we'll confirm.

Kind regards,
Paul Fitzgerald
Service Coordinator, ClearView Dental Engineering`,
  },
  {
    category: 'meeting_request',
    language: 'en',
    subject: 'Coffee next week? Co-op stall idea for the night market',
    body: `Kia ora Priya,

A few of us from the Wellington Street shops are thinking of running a shared stall at the summer night markets. I'd love to get your thoughts before we take it to the business association.

Could we grab a coffee next week? I'm free Monday after 3, or Thursday morning. Happy to come to you.

Tama
Tama's Surf Co., Gisborne`,
  },
  {
    category: 'meeting_request',
    language: 'de',
    subject: 'Terminvorschlag: Besprechung Jahresabschluss 2026',
    body: `Guten Tag Herr Brandl,

für die Vorbereitung Ihres Jahresabschlusses 2026 würde ich gern einen Besprechungstermin mit Ihnen vereinbaren. Wir sollten vor allem über die geplante Anschaffung der neuen Hebebühne und mögliche Sonderabschreibungen sprechen.

Ich könnte Ihnen folgende Termine anbieten:
– Mittwoch, 9. Dezember, 14:00 Uhr
– Freitag, 11. Dezember, 10:00 Uhr
– Dienstag, 15. Dezember, 16:30 Uhr

Das Gespräch kann in unserer Kanzlei oder per Videokonferenz stattfinden. Bitte geben Sie mir kurz Bescheid, welcher Termin Ihnen passt.

Mit freundlichen Grüßen
Dr. Monika Seidl
Steuerberaterin, Seidl & Partner, Landshut`,
  },
  {
    category: 'meeting_request',
    language: 'de',
    subject: 'Verkostungstermin verschieben?',
    body: `Hallo Frau Neumeier,

leider muss ich unseren Verkostungstermin für das Jubiläumsbuffet am Donnerstag absagen – unser Koch ist krank. Hätten Sie am Montag, 30.11., um 15 Uhr Zeit? Alternativ Dienstag Vormittag.

Entschuldigen Sie die Umstände!

Viele Grüße
Tobias Krämer
Krämers Feinkost & Catering`,
  },
  {
    category: 'meeting_request',
    language: 'fr',
    subject: 'Rendez-vous pour le devis de la devanture',
    body: `Bonjour Madame Roux,

Merci pour votre demande. Pour établir un devis précis, je préfère voir la façade et prendre les mesures sur place.

Je peux passer à la librairie mardi 1er décembre vers 9h30, avant votre ouverture, ou jeudi 3 en fin de journée. Lequel vous conviendrait le mieux ?

Bien cordialement,
Antoine Giraud
Giraud Enseignes & Décors`,
  },
  {
    category: 'meeting_request',
    language: 'fr',
    subject: 'Point téléphonique sur le bail commercial',
    body: `Bonjour Maître Laurent,

Le propriétaire de mon local m'a envoyé une proposition de renouvellement du bail avec une hausse importante du loyer. J'aimerais en discuter avec vous avant de répondre.

Seriez-vous disponible pour un appel de 30 minutes cette semaine ? Je suis libre mercredi après 15 h et vendredi matin.

Merci beaucoup,
Karim Benali
Boucherie Benali, Marseille`,
  },
  {
    category: 'meeting_request',
    language: 'es',
    subject: '¿Quedamos para ver las muestras de tela?',
    body: `Hola Carmen,

Ya tenemos las muestras de tejido para los delantales y las camisetas. ¿Te viene bien pasar por el taller el miércoles por la tarde o el viernes a primera hora? Así las tocas y eliges el color del bordado.

Dime qué día y hora y te lo reservo.

Un saludo,
Andrés
Bordados Costa del Sol`,
  },
  {
    category: 'meeting_request',
    language: 'es',
    subject: 'Reunión con proveedores – cambio de fecha',
    body: `Buenos días, Javier:

Te escribo para cambiar la reunión del lunes 30 sobre las condiciones del año que viene. Nuestra gerente no llega hasta el martes. ¿Podríamos vernos el martes 1 a las 12:00 en nuestras oficinas? Si no os viene bien, proponed vosotros otra hora esa semana.

Gracias y disculpa el cambio,
Beatriz Morales
Compras – Grupo Hostelero La Ría, Vigo`,
  },
  {
    category: 'meeting_request',
    language: 'it',
    subject: 'Degustazione torta – possiamo fissare?',
    body: `Ciao Giulia,

grazie per averci scelto! Per la torta nuziale proponiamo sempre una degustazione in laboratorio, dura circa un'ora e potete assaggiare tre farciture.

Abbiamo posto sabato 12 dicembre alle 11:00 oppure sabato 9 gennaio alle 15:00. Quale preferite?

A presto,
Silvia
Pasticceria Dolce Colle, Bergamo`,
  },
  {
    category: 'meeting_request',
    language: 'nl',
    subject: 'Afspraak voor kennismaking en demo',
    body: `Hoi Lotte,

Leuk dat je interesse hebt in ons kassasysteem! Ik kom graag langs in de ijssalon om het te laten zien en de koppeling met je weegschaal te testen.

Past dinsdag 8 december om 10 uur? Of anders woensdag 9 december in de middag. Het duurt ongeveer een uur.

Groet,
Bram Claes
Kassafix Vlaanderen`,
  },
  {
    category: 'meeting_request',
    language: 'nl',
    subject: 'Overleg planning verbouwing praktijk',
    body: `Beste Thijs,

Nu de vergunning rond is, wil ik graag met jou en de aannemer om tafel om de planning van de verbouwing door te nemen, zodat de praktijk zo kort mogelijk dicht hoeft.

Zou maandag 7 december om 17:30 uur in de praktijk lukken? Ik heb dat ook aan de aannemer voorgesteld.

Groet,
Marieke
Fysiotherapie Oosterpark`,
  },
  {
    category: 'meeting_request',
    language: 'pt',
    subject: 'Marcação de reunião – novo contrato de fornecimento',
    body: `Boa tarde D. Catarina,

Agradeço o seu contacto. Gostaria de marcar uma reunião para apresentarmos a nossa gama de vinhos do Dão para o novo menu.

Tenho disponibilidade na próxima quinta-feira, dia 3, às 15h, ou sexta-feira, dia 4, de manhã. Posso deslocar-me ao restaurante e levar algumas garrafas para provar.

Com os melhores cumprimentos,
Nuno Ferreira
Quinta do Vale Escuro`,
  },
  {
    category: 'meeting_request',
    language: 'pl',
    subject: 'Prośba o spotkanie – oferta księgowa',
    body: `Dzień dobry Panie Tomaszu,

dziękuję za zapytanie. Zanim przygotuję ostateczną ofertę, chciałabym porozmawiać o specyfice Państwa działalności i obiegu dokumentów.

Czy pasowałoby Panu spotkanie online w czwartek 3 grudnia o 10:00 albo w piątek 4 grudnia o 13:00? Prześlę link do Teams.

Pozdrawiam,
Ewa Lis
Biuro Rachunkowe LisKonto`,
  },
  {
    category: 'meeting_request',
    language: 'sv',
    subject: 'Boka möte om hyresavtalet',
    body: `Hejsan Karin,

Jag skulle vilja träffas och gå igenom förlängningen av hyresavtalet för salongen innan årsskiftet. Passar det tisdag 8 december kl. 9 på mitt kontor på Vasagatan? Annars föreslå gärna en annan tid den veckan.

Vänliga hälsningar
Anders Holm
Holm Fastigheter`,
  },
  {
    category: 'meeting_request',
    language: 'da',
    subject: 'Kan vi mødes om rengøringsaftalen?',
    body: `Hej Sofie,

Tak for forespørgslen. Jeg vil gerne se klinikken, før jeg giver en endelig pris. Kan jeg komme forbi fredag den 4. december kl. 17.30, når I er ved at lukke? Ellers kan jeg også mandag efter kl. 16.

Mvh
Lars Bech
Bech Rengøring ApS`,
  },
  {
    category: 'meeting_request',
    language: 'cs',
    subject: 'Ochutnávka kávy – návrh termínu',
    body: `Dobrý den, paní Horáková,

děkujeme za zájem. Rádi vás pozveme na ochutnávku do naší pražírny v Prostějově, kde vám ukážeme tři espresso směsi a dvě filtrové kávy.

Vyhovovala by vám středa 9. prosince v 10:00? Případně můžeme přijet i za vámi do Olomouce.

S pozdravem
Jakub Dvořák
Pražírna Zrnko`,
  },
  {
    category: 'meeting_request',
    language: 'ro',
    subject: 'Programare întâlnire pentru prezentarea meniului',
    body: `Bună ziua, doamna Stan,

Vă mulțumim pentru cerere. Am dori să vă prezentăm meniul și să vă aducem câteva porții de degustare la birou.

Ar fi potrivit joi, 3 decembrie, la ora 11:00? Dacă nu, vă rog să ne propuneți dumneavoastră o oră.

Cu stimă,
Radu Ionescu
Bistro La Masa Lungă, Timișoara`,
  },
  {
    category: 'meeting_request',
    language: 'el',
    subject: 'Συνάντηση για τη νέα σεζόν',
    body: `Κύριε Κουτσό, καλημέρα,

Σας ευχαριστώ για το μήνυμα. Θα ήθελα να συναντηθούμε για να συζητήσουμε τις ποσότητες και τα δείγματα. Θα βρίσκομαι στη Νάξο 10–12 Δεκεμβρίου. Σας βολεύει Πέμπτη 10/12 στις 12:00 στο ξενοδοχείο;

Με εκτίμηση,
Μαρία Σαββίδου
Αρτοποιείο «Το Προζύμι»`,
  },
  {
    category: 'meeting_request',
    language: 'tr',
    subject: 'Ölçü için randevu',
    body: `Merhaba Serkan Bey,

Talebiniz için teşekkürler. Odaları görüp ölçü almak için otelinize gelmek istiyoruz. Salı günü (1 Aralık) saat 10:00 uygun olur mu? Olmazsa aynı hafta Perşembe öğleden sonra da gelebiliriz.

Saygılarımla,
Ayşe Demir
Demir Perde & Dekorasyon`,
  },
  {
    category: 'meeting_request',
    language: 'ja',
    subject: 'お打ち合わせ日程のご相談',
    body: `中村整体院
中村 健一 様

この度はお問い合わせいただき、誠にありがとうございます。
ウェブ制作のあおば企画、担当の松本です。

ご要望をより詳しく伺うため、30分ほどオンラインでお打ち合わせの時間をいただけますでしょうか。
下記の候補日からご都合のよい日時をお知らせください。

・12月2日（水）10:00〜
・12月3日（木）14:00〜
・12月4日（金）16:00〜

上記以外でも調整可能ですので、お気軽にお申し付けください。

あおば企画
松本 亮`,
  },
  // ───────────────────────────── personal ────────────────────────────
  {
    category: 'personal',
    language: 'en',
    subject: 'photos from Gran’s 90th',
    body: `Hiya,

Finally got round to sorting the photos from Gran's party – there are about 200 so I've put them in a shared album rather than attaching. The one of her dancing with Uncle Pete is my favourite, she looks about twenty.

Thanks again for doing the cake, everyone was asking where it came from. Hope the shop's not too mad this week.

Love,
Claire x`,
  },
  {
    category: 'personal',
    language: 'en',
    subject: 'So sorry to hear about your dad',
    body: `Dear Ray,

Mum told me yesterday about your father. I'm so sorry. I only met him a handful of times at the workshop, but I remember him showing me how to sharpen a chisel properly when I was about twelve, and being very patient about it when I got it wrong.

Please don't worry about the cabinet order at all – take all the time you need. If there's anything we can do for you and Linda, just say.

Thinking of you,
Simon`,
  },
  {
    category: 'personal',
    language: 'en',
    subject: 'did you leave your scarf here?',
    body: `There's a green tartan scarf on the coat rack in the back room and nobody at the salon claims it – I think it's yours from Sunday lunch?
I'll keep it behind the counter. Jo x`,
  },
  {
    category: 'personal',
    language: 'en',
    subject: 'Congrats on the new place!!',
    body: `Marcus!!

Just drove past and saw the sign going up on the new barbershop – it looks amazing. I remember you cutting hair in your mum's kitchen in high school and now look at you. So proud of you, man.

Denise says congrats too. The kids want their first "real" haircut there, so consider yourself warned.

Big hug,
Andre`,
  },
  {
    category: 'personal',
    language: 'en',
    subject: 'Dad’s hospital update',
    body: `Hi Sunita,

Quick update since you asked: the surgery went fine, and the doctors are happy. He's grumbling about the hospital food, which Mum says is a good sign. They think he'll be home by Sunday.

I'll keep you posted. Thanks for holding the fort at the clinic – I know it's been hard with me away.

Rohan`,
  },
  {
    category: 'personal',
    language: 'en',
    subject: 'your mum’s shortbread recipe?',
    body: `Hi Aileen,

I've been trying to recreate your mum's shortbread for weeks and mine keeps coming out too crumbly. Would she mind sharing the recipe, or is it a family secret? Totally understand if so!

Hope the little one is sleeping better.

Maeve`,
  },
  {
    category: 'personal',
    language: 'en',
    subject: 'thank you for the flowers',
    body: `Dear Nancy,

The lilies arrived this morning and made me cry in the best way. Thank you for remembering it's been a year since Harold. The house is quiet, but I'm keeping busy with the garden and the grandchildren.

You were always such a good friend to us both.

With love,
Margaret`,
  },
  {
    category: 'personal',
    language: 'de',
    subject: 'Geburtstagsgrüße aus Lissabon',
    body: `Liebe Tante Gerda,

alles Liebe zum 70. Geburtstag! Wir denken heute ganz fest an dich und sind traurig, dass wir nicht in Kassel mitfeiern können. Hier in Lissabon ist es noch 19 Grad, kaum zu glauben, oder?

Leo hat dir ein Bild gemalt, das schicken wir per Post hinterher – es ist ein Elefant, auch wenn man das nicht sofort erkennt.

Fühl dich gedrückt!
Deine Nina mit Miguel und Leo`,
  },
  {
    category: 'personal',
    language: 'de',
    subject: 'Danke für die Hilfe beim Umzug',
    body: `Hallo Jonas,

nochmals tausend Dank für Samstag! Ohne dich und deinen Transporter hätten wir das Sofa nie in den dritten Stock bekommen. Mein Rücken meldet sich zwar noch, aber die Wohnung ist wunderschön.

Der Kasten Bier steht hier für dich bereit.

Gruß
Florian`,
  },
  {
    category: 'personal',
    language: 'fr',
    subject: 'Des nouvelles de Bretagne',
    body: `Coucou Isabelle,

Ça fait une éternité ! On s'est enfin installés à Quimper, la maison est pleine de cartons mais la vue sur l'Odet compense tout. Les enfants ont commencé l'école et se sont déjà fait des copains.

Et toi, la boutique ? Ton mari m'a dit que tu avais refait toute la déco, j'ai hâte de voir les photos.

Gros bisous,
Camille`,
  },
  {
    category: 'personal',
    language: 'fr',
    subject: 'Bonne retraite, Gérard !',
    body: `Cher Gérard,

Après 38 ans derrière le comptoir de la quincaillerie, te voilà à la retraite ! Je voulais te dire merci pour tous les conseils, les dépannages du samedi soir et les cafés partagés.

Profite bien de ta maison à Royan et de tes petits-enfants.

Amitiés,
Bernard`,
  },
  {
    category: 'personal',
    language: 'es',
    subject: 'Feliz cumple, hermanita',
    body: `¡Felicidades, Lucía!

Treinta y cinco ya, quién lo diría. Mamá dice que te llamó a las siete de la mañana, como cada año, jaja.

Siento no poder ir al restaurante a celebrarlo, el vuelo desde Santiago sale el jueves. Te he mandado un regalito por correo, ya me dirás.

Te quiero mucho,
Pablo`,
  },
  {
    category: 'personal',
    language: 'es',
    subject: 'La receta del mole de mi abuela',
    body: `Querida Paola:

Como te prometí, aquí va la receta del mole de mi abuela. Ojo con los chiles mulatos, que si se queman amarga todo. Ella siempre decía que el secreto es la paciencia y un poquito de chocolate de metate.

Cuéntame cómo te queda.

Un abrazo fuerte,
Lupita`,
  },
  {
    category: 'personal',
    language: 'it',
    subject: 'Le foto del battesimo di Matteo',
    body: `Cara Elena,

ti mando finalmente le foto del battesimo di Matteo. La torta che ci hai preparato era buonissima, la zia Rosa ne ha portato via mezza!

Grazie ancora di cuore per essere stata la madrina. Ci vediamo a Natale?

Un abbraccio,
Francesca`,
  },
  {
    category: 'personal',
    language: 'nl',
    subject: 'Ons kleine meisje is er!',
    body: `Lieve allemaal,

Op zondag 22 november om 04:13 uur is onze dochter Fenna geboren. Ze weegt 3.240 gram en heeft een bos donker haar. Moeder en kind maken het goed, papa is vooral moe.

Kraambezoek is welkom vanaf volgende week, even een appje sturen van tevoren.

Liefs,
Sanne en Joris`,
  },
  {
    category: 'personal',
    language: 'nl',
    subject: 'Ladder lenen?',
    body: `Hoi Ruud,

Mag ik zaterdag je lange ladder lenen? Ik moet de dakgoot schoonmaken voordat het echt gaat vriezen. Ik breng hem zondag terug, met een fles wijn als dank.

Groet, Jeroen`,
  },
  {
    category: 'personal',
    language: 'pt',
    subject: 'Saudades – e uma novidade',
    body: `Querida Beatriz,

Há quanto tempo! Tenho tido imensas saudades das nossas conversas no café. Queria contar-te em primeira mão: o João pediu-me em casamento no fim de semana passado, em Sintra, debaixo de chuva. Disse que sim, claro!

Vamos casar em setembro e gostava muito que estivesses lá.

Beijinhos,
Marta`,
  },
  {
    category: 'personal',
    language: 'pl',
    subject: 'Wigilia u nas w tym roku',
    body: `Cześć Agnieszko,

mama pyta, czy w tym roku przyjedziecie na Wigilię do nas, do Lublina. Ja robię barszcz i uszka, tata oczywiście karpia, a Ty mogłabyś upiec ten swój sernik?

Daj znać, żebyśmy wiedzieli, ile nakryć szykować.

Buziaki,
Kasia`,
  },
  {
    category: 'personal',
    language: 'sv',
    subject: 'Tack för en fin helg',
    body: `Hej Emma!

Tack för en helt underbar helg i stugan. Barnen pratar fortfarande om bastun och isbadet, och Henrik har redan köpt egna skridskor.

Vi måste ses snart igen – nästa gång hos oss i Uppsala.

Kram,
Sara`,
  },
  {
    category: 'personal',
    language: 'da',
    subject: 'Hilsen fra Grønland',
    body: `Kære mor og far,

Nu har jeg været i Nuuk i tre uger, og det er helt fantastisk. Jeg har set nordlys to gange, og kollegerne på hospitalet er søde. Det er koldt, men I havde ret med de uldne sokker.

Hils Bageriet og sig til far, at han ikke må arbejde for meget op til jul.

Knus,
Ida`,
  },
  {
    category: 'personal',
    language: 'cs',
    subject: 'Fotky z chalupy',
    body: `Ahoj Petro,

posílám slíbené fotky z chalupy. Ta s Bárou a kozou je nejlepší, to si musíš vytisknout.

Děkujeme ještě jednou za pozvání, bylo to úžasné odpočinutí. Doufám, že se kavárna brzy otevře, určitě přijdeme na první kafe.

Měj se krásně,
Lenka`,
  },
  {
    category: 'personal',
    language: 'ro',
    subject: 'Drum bun și multă sănătate!',
    body: `Dragă Mihai,

Am aflat de la Andrei că pleci la Berlin la început de decembrie. Îți doresc drum bun și mult succes la noul job! O să ne lipsești la fotbalul de marți.

Să ne scrii cum e acolo și să nu uiți de noi.

Cu drag,
Vlad`,
  },
  {
    category: 'personal',
    language: 'el',
    subject: 'Χρόνια πολλά για τη γιορτή σου!',
    body: `Αγαπητέ μου Αντώνη,

Χρόνια πολλά για τη γιορτή σου! Να είσαι πάντα γερός και χαρούμενος, εσύ και όλη η οικογένεια. Θυμάμαι ακόμα τη μεγάλη γιορτή που κάναμε πέρσι στο μαγαζί σου με τα μπουζούκια.

Φιλιά στη Δέσποινα και στα παιδιά.

Με αγάπη,
Γιάννης`,
  },
  {
    category: 'personal',
    language: 'tr',
    subject: 'Geçmiş olsun',
    body: `Canım Elif,

Ameliyatının iyi geçtiğini duydum, çok sevindim. Annen anlattı, birkaç hafta dinlenmen gerekiyormuş. Salonu hiç düşünme, kızlar idare ediyor.

İstediğin bir şey olursa hemen ara, çorba getiririm.

Sevgiler,
Zeynep`,
  },
  {
    category: 'personal',
    language: 'ja',
    subject: 'ご無沙汰しております',
    body: `由美さん

ご無沙汰しています。お元気ですか。
先日、実家の母から由美さんが新しくお店を始めたと聞きました。本当におめでとうございます！

来月、帰省するのでぜひお店に伺いたいと思っています。
子どもたちも大きくなりましたので、一緒に連れて行きますね。

寒くなってきましたので、どうぞお体に気をつけて。

恵子`,
  },
  // ─────────────────────────────── other ─────────────────────────────
  {
    category: 'other',
    language: 'en',
    subject: 'Application – Commis Chef position',
    body: `Dear Chef Ahmed,

I'm writing to apply for the commis chef position advertised on your Instagram page. I completed my Level 2 Diploma in Professional Cookery at Leeds City College in July and have since worked weekend shifts at The Grain Store, mostly on the larder and pastry sections.

I'm reliable, quick to learn and genuinely love the seasonal menu you run – I had the celeriac dish in October and still think about it. I'm available to start from January and happy to do a trial shift any time.

My CV is attached. Thank you for considering me.

Kind regards,
Ellie Brammer
07700 900 771`,
  },
  {
    category: 'other',
    language: 'en',
    subject: 'Important: change of bank details from 1 January',
    body: `Dear customer,

Following our move to a new bank, Coldharbour Fine Foods' account details will change from 1 January 2027. Payments for invoices dated after that day should be made to:

Coldharbour Fine Foods Ltd
Sort code 30-98-12 · Account 44120983

Invoices dated before 1 January can still be paid to the old account until 31 March. To protect you from fraud, please confirm this change by phoning your account manager on the number you already have for us – never a number given in an email.

Thank you,
Rachel Coombes
Finance Director`,
  },
  {
    category: 'other',
    language: 'en',
    subject: 'Food hygiene inspection report – The Copper Kettle Café',
    body: `Dear Proprietor,

Please find attached the report from the food hygiene inspection carried out at The Copper Kettle Café, 22 Wharf Street, on 17 November 2026 by Environmental Health Officer D. Haines.

Your food hygiene rating is 4 (Good). The report lists two minor points: the hand-wash basin in the prep area should be kept clear of equipment, and the cleaning schedule needs to be signed daily.

Your new rating will be published online within 28 days. If you disagree with the rating you may appeal within 21 days using the form on our website.

Yours sincerely,
Food Safety Team
Leeds City Council`,
  },
  {
    category: 'other',
    language: 'en',
    subject: 'Student project – could I ask a few questions about your shop?',
    body: `Hello there,

I'm a second-year business student at the University of Otago, and for my small-business module I'm writing a case study on independent bookshops in Dunedin. Would you be willing to answer five or six short questions by email about how you've adapted to online competition? It would take about 15 minutes and I'd be happy to share the finished report.

No worries at all if you're too busy.

Thanks heaps,
Jack Turei`,
  },
  {
    category: 'other',
    language: 'en',
    subject: 'Sponsorship request – Riverside Under-11s football kit',
    body: `Dear Mr Bell,

I coach the Riverside Rangers Under-11s, a volunteer-run team in East Austin. Our jerseys are five seasons old and we're looking for a local business to sponsor a new set (about $900 for 16 kits), with the sponsor's logo on the front.

Several of our players' dads are already your customers! If this is something you'd consider, I'd be glad to send details of what sponsorship includes.

Thank you for your time,
Coach Danielle Ortiz`,
  },
  {
    category: 'other',
    language: 'en',
    subject: 'Subject access request under the Data Protection Act',
    body: `To the data protection officer,

I am making a subject access request under Article 15 of the UK GDPR. I was a client of Harlow Florists between 2022 and 2025.

Please provide copies of all personal data you hold about me, including order history, any marketing lists I appear on and any notes on my account, together with the purposes for which it is processed and who it has been shared with.

My details: Rebecca Aldous, 14 Mill Lane, Harlow CM20 3PL, rebecca.aldous@example.co.uk.

I look forward to your response within one month.

Rebecca Aldous`,
  },
  {
    category: 'other',
    language: 'en',
    subject: 'Building works on Wharf Street – footpath closure 7–18 Dec',
    body: `Dear business owner,

We are writing to let you know that Yorkshire Water will be replacing the water main outside numbers 10–40 Wharf Street between 7 and 18 December. The footpath on your side will be closed, with a signed pedestrian diversion across the road. Your shop entrance will remain accessible at all times via a temporary walkway.

Work will take place between 8am and 5pm, Monday to Friday. We apologise for any disruption.

Community Liaison Team
Northline Civils, on behalf of Yorkshire Water`,
  },
  {
    category: 'other',
    language: 'de',
    subject: 'Bewerbung um einen Ausbildungsplatz als Kfz-Mechatroniker',
    body: `Sehr geehrter Herr Brandl, sehr geehrte Frau Brandl,

hiermit bewerbe ich mich um einen Ausbildungsplatz als Kfz-Mechatroniker für das Ausbildungsjahr 2027. Ich besuche zurzeit die 10. Klasse der Mittelschule Landshut-Nord und werde im Sommer meinen mittleren Schulabschluss machen.

Autos interessieren mich, seit ich mit meinem Opa an seinem alten Käfer geschraubt habe. Ein zweiwöchiges Praktikum in einer Werkstatt in Ergolding hat mir gezeigt, dass ich diesen Beruf lernen möchte.

Über eine Einladung zum Vorstellungsgespräch würde ich mich sehr freuen. Lebenslauf und Zeugnisse finden Sie im Anhang.

Mit freundlichen Grüßen
Lukas Meier`,
  },
  {
    category: 'other',
    language: 'de',
    subject: 'Inhaberwechsel zum 1. Januar – Bäckerei Sommer',
    body: `Liebe Geschäftspartner,

nach 32 Jahren übergeben meine Frau und ich die Bäckerei Sommer zum 1. Januar 2027 an unseren langjährigen Backstubenleiter Kai Ostermann. Die Lieferungen an Ihre Gaststätten laufen unverändert weiter, auch Ansprechpartner und Preise bleiben gleich.

Neu ist nur der Firmenname: ab Januar „Bäckerei Sommer, Inh. Kai Ostermann e.K.“ – bitte passen Sie Ihre Stammdaten entsprechend an. Die neue Steuernummer teilen wir mit der ersten Rechnung mit.

Wir bedanken uns herzlich für die jahrelange Treue.

Ihr Werner Sommer`,
  },
  {
    category: 'other',
    language: 'fr',
    subject: 'Candidature spontanée – apprentie fleuriste',
    body: `Madame, Monsieur,

Actuellement en première année de CAP Fleuriste au CFA de Tours, je suis à la recherche d'un maître d'apprentissage pour la rentrée de janvier.

Votre boutique, que je connais depuis longtemps, m'inspire par ses compositions champêtres et son engagement pour les fleurs de saison. Je suis créative, ponctuelle et je n'ai pas peur des marchés du petit matin.

Vous trouverez mon CV en pièce jointe. Je me tiens à votre disposition pour tout renseignement.

Veuillez agréer mes salutations distinguées,
Léa Bonnet`,
  },
  {
    category: 'other',
    language: 'fr',
    subject: 'Votre déclaration de taxe sur les enseignes – pièces justificatives',
    body: `Objet : TLPE 2027 – demande de renseignements

Madame, Monsieur,

Dans le cadre du recensement de la taxe locale sur la publicité extérieure (TLPE) pour l'année 2027, nous vous remercions de nous transmettre, avant le 31 décembre, une photographie de chacune des enseignes installées sur la façade de votre établissement ainsi que leurs dimensions.

Ces éléments permettront d'établir le montant dû, qui vous sera notifié ultérieurement.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Service Fiscalité Locale
Mairie d'Orléans`,
  },
  {
    category: 'other',
    language: 'es',
    subject: 'Solicitud de prácticas – Grado en Administración y Dirección de Empresas',
    body: `Estimada Sra. Ortega:

Me llamo Alejandro Ruiz y estudio cuarto curso de ADE en la Universidad de Málaga. Estoy buscando una empresa donde realizar las prácticas curriculares (300 horas) entre febrero y mayo.

Me interesaría mucho colaborar en el área de compras o marketing de Café Albahaca. Adjunto mi currículum y el convenio de prácticas de la universidad.

Quedo a su disposición.

Un cordial saludo,
Alejandro Ruiz Molina`,
  },
  {
    category: 'other',
    language: 'es',
    subject: 'Aviso de corte de agua programado – calle Feria',
    body: `Estimado vecino/comerciante:

Le informamos de que, por obras de renovación de la red, el suministro de agua en la calle Feria (números 20 a 60) quedará interrumpido el martes 1 de diciembre de 8:00 a 14:00 horas.

Rogamos disculpe las molestias. Recomendamos cerrar las llaves de paso durante la interrupción y abrir los grifos con precaución al restablecerse el servicio.

Empresa Metropolitana de Aguas de Sevilla
Atención al cliente`,
  },
  {
    category: 'other',
    language: 'it',
    subject: 'Richiesta intervista per articolo sul gelato artigianale',
    body: `Gentile signora Bianco,

sono una giornalista del Gazzettino di Treviso e sto preparando un articolo sulle gelaterie artigianali che restano aperte anche in inverno. Mi piacerebbe includere la sua storia e qualche sua riflessione sul lavoro nei mesi freddi.

Sarebbe disposta a rispondere ad alcune domande? Bastano 20 minuti, anche per telefono.

Cordiali saluti,
Chiara Zanin`,
  },
  {
    category: 'other',
    language: 'nl',
    subject: 'Sollicitatie medewerker bediening (weekend)',
    body: `Beste eigenaar van Grand Café De Waag,

Via het raam zag ik dat jullie een weekendkracht voor de bediening zoeken. Ik ben 19, studeer Hotelmanagement in Deventer en heb anderhalf jaar ervaring bij een strandpaviljoen in Scheveningen.

Ik ben beschikbaar op vrijdagavond, zaterdag en zondag. Mijn cv zit in de bijlage. Ik kom ook graag een keer langs om kennis te maken.

Met vriendelijke groet,
Yara El Idrissi`,
  },
  {
    category: 'other',
    language: 'nl',
    subject: 'Wijziging leveringsdagen vanaf januari',
    body: `Geachte relatie,

Vanaf maandag 4 januari 2027 rijden onze vrachtwagens in de regio Zwolle en Kampen op dinsdag en vrijdag in plaats van maandag en donderdag. Dit hangt samen met de opening van ons nieuwe distributiecentrum in Zwolle-Noord.

Bestellingen voor dinsdag moeten uiterlijk zaterdag 12:00 binnen zijn, voor vrijdag uiterlijk woensdag 12:00.

Heeft u vragen, bel dan gerust met uw vaste contactpersoon.

Met vriendelijke groet,
Groothandel Van Kampen Versservice`,
  },
  {
    category: 'other',
    language: 'pt',
    subject: 'Candidatura espontânea – assistente de consultório veterinário',
    body: `Exma. Senhora Diretora Clínica,

Chamo-me Rita Moreira e concluí em julho o curso profissional de Técnico Auxiliar de Saúde Animal. Gostaria de apresentar a minha candidatura para uma eventual vaga de assistente na Clínica Veterinária Sol Nascente.

Tenho experiência em estágio na receção, no apoio às consultas e nos cuidados de internamento. Envio em anexo o meu currículo.

Com os melhores cumprimentos,
Rita Moreira`,
  },
  {
    category: 'other',
    language: 'pl',
    subject: 'Wezwanie do uzupełnienia dokumentów – kontrola sanitarna',
    body: `Szanowna Pani,

w związku z kontrolą przeprowadzoną w dniu 18.11.2026 r. w lokalu Pub Pod Zegarem przy ul. Długiej 12 w Gdańsku, Państwowy Powiatowy Inspektor Sanitarny wzywa do przedłożenia w terminie 14 dni:

1. aktualnych orzeczeń do celów sanitarno-epidemiologicznych dla pracowników kuchni,
2. dokumentacji systemu HACCP wraz z zapisami temperatur urządzeń chłodniczych.

Dokumenty można złożyć osobiście lub przesłać przez ePUAP.

Z poważaniem,
Oddział Higieny Żywności
PSSE w Gdańsku`,
  },
  {
    category: 'other',
    language: 'sv',
    subject: 'Ansökan om sommarjobb 2027',
    body: `Hej Frida och Johan!

Jag heter Alva och går tredje året på Restaurang- och livsmedelsprogrammet i Luleå. Jag skulle gärna vilja sommarjobba i ert café nästa sommar, helst som bagare eller i kassan.

Jag har praktiserat på Konditori Norrsken och är van vid att börja tidigt. CV bifogas.

Vänliga hälsningar
Alva Nilsson`,
  },
  {
    category: 'other',
    language: 'da',
    subject: 'Varsel om ændrede åbningstider på genbrugspladsen',
    body: `Til erhvervskunder på Genbrugsplads Syd

Fra den 1. januar 2027 ændres åbningstiderne for erhverv på Genbrugsplads Syd til mandag–fredag kl. 7–15. Lørdag er der fremover kun adgang for private.

Husk, at erhvervsaffald skal afleveres med gyldigt klippekort eller aftale, og at farligt affald fortsat kun modtages torsdag.

Med venlig hilsen
Aarhus Renovation, Erhvervsafdelingen`,
  },
  {
    category: 'other',
    language: 'cs',
    subject: 'Žádost o spolupráci – charitativní ples',
    body: `Vážená paní, vážený pane,

jsme spolek rodičů při ZŠ Husova v Brně a v únoru pořádáme charitativní ples, jehož výtěžek půjde na vybavení školní knihovny. Chtěli bychom Vás poprosit o věnování drobné ceny do tomboly – třeba poukaz na večeři ve Vaší restauraci.

Jako poděkování Vás uvedeme mezi partnery na plakátech i na webu školy.

Děkujeme za zvážení,
Hana Procházková
Spolek rodičů ZŠ Husova`,
  },
  {
    category: 'other',
    language: 'ro',
    subject: 'Notificare privind controlul ANPC – documente solicitate',
    body: `Stimată doamnă,

În urma controlului efectuat de reprezentanții Comisariatului Județean pentru Protecția Consumatorilor Cluj în data de 16.11.2026 la punctul de lucru din str. Horea nr. 18, vă rugăm să transmiteți în termen de 10 zile lucrătoare următoarele documente:

- lista de prețuri afișată pentru serviciile stomatologice;
- modelul de contract încheiat cu pacienții;
- registrul de reclamații.

Documentele pot fi depuse la registratură sau transmise prin e-mail la adresa instituției.

Cu stimă,
Comisariatul Județean pentru Protecția Consumatorilor Cluj`,
  },
  {
    category: 'other',
    language: 'el',
    subject: 'Αίτηση για θέση σερβιτόρου',
    body: `Αξιότιμε κύριε Παπαδάκη,

Ονομάζομαι Κωνσταντίνος Ρήγας και ενδιαφέρομαι για τη θέση σερβιτόρου που είδα αναρτημένη στη σελίδα σας. Έχω δύο χρόνια εμπειρία σε ταβέρνα στη Χαλκιδική και μιλάω αγγλικά και γερμανικά.

Επισυνάπτω το βιογραφικό μου. Είμαι διαθέσιμος να ξεκινήσω άμεσα.

Με εκτίμηση,
Κωνσταντίνος Ρήγας`,
  },
  {
    category: 'other',
    language: 'tr',
    subject: 'Vergi dairesi – eksik belge talebi',
    body: `Sayın Mükellef,

Kadıköy Vergi Dairesi Müdürlüğü'nce yürütülen inceleme kapsamında, 2025 yılına ait aşağıdaki belgelerin 15 gün içinde dairemize ibraz edilmesi gerekmektedir:

1. Yevmiye defteri ve defteri kebir dökümleri
2. Ödeme kaydedici cihaz Z raporları (Ocak–Aralık 2025)
3. Kira sözleşmesi örneği

Belgeler şahsen ya da yetkili mali müşaviriniz aracılığıyla teslim edilebilir.

Bilgilerinize rica ederiz.
Kadıköy Vergi Dairesi Müdürlüğü`,
  },
  {
    category: 'other',
    language: 'ja',
    subject: '年末年始の配送スケジュール変更のお知らせ',
    body: `お取引先各位

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
株式会社丸三青果の田村でございます。

年末年始の配送につきまして、下記のとおり変更させていただきます。

・12月30日（水）：午前便のみ
・12月31日（木）〜1月3日（日）：休業
・1月4日（月）：通常どおり配送

ご不便をおかけいたしますが、何卒ご理解のほどよろしくお願い申し上げます。
年末のご注文はお早めにお願いいたします。

株式会社丸三青果`,
  },
];
