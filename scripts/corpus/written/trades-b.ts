/**
 * TRADES_B — hand-written e-mails for the shared inboxes of small businesses that sell
 * physical goods and local services.
 *
 * Written by hand on 2026-11-23 by an independent helper session that saw only the label
 * list (shared/contracts/email-categories.json) and the boundary descriptions in its brief,
 * never the classifier, its features or any test set.
 *
 * 250 mails, 25 per label (invoice, receipt, sales_lead, support_request, meeting_request,
 * newsletter, notification, spam, personal, other).
 *
 * Languages (ISO 639-1, counted by the language of the body):
 *   en 50 (British, Indian, Nigerian, South African, Canadian English),
 *   es 16 (Spain, Mexico, Argentina, Chile, Colombia), pt 16 (Brazil, Portugal),
 *   fr 16 (France, Belgium, Québec), de 16, tr 16,
 *   ro 15, hu 15, el 15, da 15, no 15, fi 15, lt 15, sk 15.
 *   A few mix languages (English subject on a local body, a local reply quoting English).
 *
 * Domains: online shops (clothing, shoes, cosmetics, spare parts, furniture), wholesalers and
 * distributors, joinery, metalwork and textile workshops, import/export traders, agricultural
 * co-ops, vets, opticians, pharmacies, gyms and yoga studios, driving schools, kindergartens,
 * architects and interior designers, alarm and security installers, solar installers,
 * hardware repair shops, travel agencies, rental of tools, vans, trailers and boats.
 */
import type { WrittenMail } from './types';

export const TRADES_B: WrittenMail[] = [
  // ───────────────────────────── invoice ─────────────────────────────
  {
    category: 'invoice',
    language: 'en',
    subject: `Invoice 2611-047 – oak shelving, Marlow Street shop`,
    body: `Hi Priya,

Now that the shelving is fitted and you've had a week to live with it, please find our invoice attached.

Invoice no. 2611-047
6 x solid oak wall shelves, 1800mm, oiled finish – £1,140.00
2 x bracket sets, blackened steel – £96.00
Fitting (1 day, 2 joiners) – £380.00
Subtotal £1,616.00
VAT @ 20% £323.20
Total due £1,939.20

Payment within 30 days please, so by 23/12/2026. Bank: Harland & Pike Joinery Ltd, sort code 20-41-77, account 53118092, reference 2611-047.

If the knot on the third shelf still bothers you, give me a shout and I'll swap the board when we're passing.

Cheers,
Tom Harland
Harland & Pike Joinery Ltd
Unit 4, Tanyard Yard, High Wycombe HP11 2LX
VAT reg. GB 318 4470 62`,
  },
  {
    category: 'invoice',
    language: 'en',
    subject: `Tax Invoice SPD/26-27/1184 against PO 0932`,
    body: `Dear Sir,

Greetings from Shree Padmavati Distributors.

Kindly find attached the tax invoice for the material dispatched today against your PO no. 0932 dated 14-11-2026 via VRL Logistics, LR no. 77412093.

Invoice No: SPD/26-27/1184
Date: 21-11-2026
Ball bearings 6204 ZZ – 400 nos @ Rs. 68.00 = Rs. 27,200.00
Oil seals 35x52x7 – 250 nos @ Rs. 22.50 = Rs. 5,625.00
Taxable value: Rs. 32,825.00
CGST 9%: Rs. 2,954.25
SGST 9%: Rs. 2,954.25
Grand total: Rs. 38,733.50

As per our terms payment is due within 21 days of invoice. Kindly remit by NEFT/RTGS to:
HDFC Bank, Nagpur Sitabuldi branch
A/c no. 50200031778204, IFSC HDFC0001287

Please share UTR number once payment is done so we can update ledger.

Thanks & Regards,
Manoj Agrawal
Accounts Dept.
Shree Padmavati Distributors
GSTIN: 27AAGFS4412K1ZP
Mob: +91 98220 41187`,
  },
  {
    category: 'invoice',
    language: 'en',
    subject: `REMINDER: Outstanding balance on fertiliser supply – Inv 0457`,
    body: `Good day Mr Okonkwo,

I hope this meets you well and that the harvest is going fine.

This is to remind you that our invoice no. 0457 of 12th October for 60 bags of NPK 15-15-15 and 20 bags of urea is still outstanding. You paid N500,000 on delivery, leaving a balance of N1,240,000 which was due on 12th November.

Please kindly make the payment to our Zenith Bank account, Agro-Ugo Farm Inputs Ltd, 1014839273, and send the evidence of payment on this mail or on WhatsApp.

We value your patronage and we want to continue supplying you for the dry season planting, but our own suppliers are also pressing us, so we would appreciate settlement before the end of this month.

Thank you sir.

Ngozi Eze (Mrs)
Accounts Officer
Agro-Ugo Farm Inputs Ltd, Awka
0803 554 2190`,
  },
  {
    category: 'invoice',
    language: 'en',
    subject: `Deposit invoice – 8kW hybrid system, Jansen residence`,
    body: `Morning Mrs Jansen

Thanks for accepting the quote yesterday. As discussed, we need the 50% deposit before we order the inverter and batteries from our supplier, because stock is moving fast before the December shutdown.

Attached: Tax invoice INV-SV-2026-311
Deposit (50% of R168,400.00 incl. VAT) = R84,200.00
VAT (15%) included in the above: R10,982.61

Banking details:
SunVeld Energy (Pty) Ltd
FNB, branch code 250655
Cheque account 62811490032
Ref: INV311 JANSEN

Payment is due within 7 days. Once it reflects we'll confirm the installation date (provisionally 8–9 December) and send the CoC paperwork list.

Kind regards
Ruan Botha
SunVeld Energy | Paarl
VAT no. 4410283765
072 318 9944`,
  },
  {
    category: 'invoice',
    language: 'en',
    subject: `Final invoice – cargo van rental RA-55821`,
    body: `Hello Marc,

Thanks again for renting with us. Your deposit hold of $500 has been released. Below is the final invoice for the rental, which now includes the two extra days and the scratch on the rear bumper that we went over together at return (photos attached).

Invoice: NR-INV-30917
Ford Transit 250, 5 days x $119.00 = $595.00
Extra km (212 km x $0.25) = $53.00
Bumper repair (body shop estimate) = $340.00
Subtotal = $988.00
GST 5% = $49.40
PST 7% = $69.16
Total = $1,106.56

Since the deposit was released, please pay the balance by e-Transfer to billing@northridgerentals.ca or by card over the phone before December 7. Accounts unpaid after 30 days are charged 2% per month.

Best,
Shauna Lee
Northridge Van & Truck Rentals, Winnipeg MB
GST/HST # 81234 5567 RT0001`,
  },
  {
    category: 'invoice',
    language: 'es',
    subject: `Factura proforma PF-26/0388 – pedido cosmética natural`,
    body: `Buenos días, Lucía:

Te adjunto la factura proforma de tu pedido para la tienda de Logroño. Como es vuestro primer pedido con nosotros, necesitamos el pago por adelantado; en cuanto recibamos la transferencia lo preparamos y sale en 48 h con SEUR.

Proforma PF-26/0388
48 x Sérum de rosa mosqueta 30 ml – 7,90 € = 379,20 €
36 x Crema facial aloe 50 ml – 6,40 € = 230,40 €
24 x Jabón de aceite de oliva – 2,10 € = 50,40 €
Base imponible: 660,00 €
IVA 21 %: 138,60 €
Total a pagar: 798,60 €

IBAN: ES71 2100 4418 3102 0017 6654 (CaixaBank)
Concepto: PF-26/0388

La factura definitiva te llegará con el envío.

Un saludo,
Marta Gil
Administración – Olivar Cosmética S.L.
CIF B-23671904 · Jaén`,
  },
  {
    category: 'invoice',
    language: 'es',
    subject: `Recordatorio de pago factura A-1572 (vencida)`,
    body: `Estimado Lic. Ramírez:

Le escribimos de Muebles Rústicos Tlaquepaque para recordarle que la factura A-1572 por la mesa de comedor de parota y las ocho sillas entregadas en su restaurante el 30 de septiembre venció el 30 de octubre y sigue pendiente.

Importe: $46,980.00 MXN (IVA incluido)
CFDI con folio fiscal enviado el 30/09/2026.

Puede pagar por transferencia a BBVA, CLABE 012320001593847261, a nombre de Muebles Rústicos de Jalisco S.A. de C.V., indicando el folio A-1572 como referencia. Si ya realizó el pago, por favor envíenos el comprobante para conciliarlo y disculpe la molestia.

Quedamos atentos.

Atentamente,
Guadalupe Hernández
Cobranza
Tel. 33 3657 1190
RFC MRJ150812KT4`,
  },
  {
    category: 'invoice',
    language: 'pt',
    subject: `Boleto e NF-e 004.812 – malhas dezembro`,
    body: `Oi Rafaela, tudo bem?

Segue em anexo a NF-e 004.812 e o boleto referente aos 320 kg de malha de algodão penteado que saíram hoje pela transportadora.

Valor total: R$ 18.560,00
Vencimento do boleto: 10/12/2026
Condição: 28 dias, como combinado

Se preferir pagar via Pix para ganhar 3% de desconto, a chave é o nosso CNPJ 18.442.907/0001-63, mas aí precisa ser até sexta-feira.

Qualquer dúvida me chama no WhatsApp.

Abraço,
Célio Moretti
Financeiro | Malharia Moretti Ltda.
Brusque – SC`,
  },
  {
    category: 'invoice',
    language: 'pt',
    subject: `Fatura FT 2026/1402 – lentes progressivas`,
    body: `Exmos. Senhores,

Junto enviamos a fatura FT 2026/1402 referente à encomenda n.º 77310 (lentes progressivas e monofocais) entregue na vossa ótica em 18/11/2026.

Total sem IVA: 1.284,50 €
IVA à taxa de 23 %: 295,44 €
Total: 1.579,94 €
Data de vencimento: 18/12/2026

Para pagamento por Multibanco:
Entidade 21423 | Referência 618 004 215 | Valor 1.579,94 €
Ou por transferência para o IBAN PT50 0035 0128 0003 4419 2301 7.

Com os melhores cumprimentos,
Sónia Figueiredo
Departamento Financeiro
Lusivis – Laboratório Ótico, Lda.
NIF 509 871 230 · Rua do Almada 212, Porto`,
  },
  {
    category: 'invoice',
    language: 'fr',
    subject: `Votre facture F-2026-0931 – installation alarme`,
    body: `Bonjour Monsieur Lefèvre,

Suite à la mise en service de votre système d'alarme (centrale, 4 détecteurs, 2 contacts d'ouverture, sirène extérieure) le 19 novembre dans votre boutique de la rue Sainte-Catherine, vous trouverez ci-joint la facture correspondante.

Montant HT : 2 145,00 €
TVA 20 % : 429,00 €
Montant TTC : 2 574,00 €
Acompte versé le 28/10 : – 800,00 €
Reste à régler : 1 774,00 €, à échéance du 19/12/2026

Règlement par virement (IBAN FR76 1333 5000 4008 0211 7730 218) ou par chèque à l'ordre de Veille Sûre SARL.
Le contrat de télésurveillance fera l'objet d'une facturation mensuelle séparée.

En cas de retard, une pénalité égale à trois fois le taux d'intérêt légal ainsi qu'une indemnité forfaitaire de 40 € pour frais de recouvrement seront appliquées.

Bien cordialement,
Aurélie Marchand
Veille Sûre SARL – Bordeaux
SIRET 812 447 903 00025`,
  },
  {
    category: 'invoice',
    language: 'fr',
    subject: `2e rappel – facture 26/4418 impayée`,
    body: `Madame, Monsieur,

Sauf erreur de notre part, notre facture 26/4418 du 2 octobre 2026 relative à la livraison de matériel de pansement et de compléments alimentaires à votre pharmacie reste impayée malgré notre premier rappel du 5 novembre.

Montant dû : 3 118,42 € TVAC
Échéance initiale : 1er novembre 2026

Nous vous prions de bien vouloir régler ce montant dans les huit jours sur le compte BE68 0689 3314 2287 (Belfius) avec la communication structurée +++126/4418/00071+++.

À défaut, nous serons contraints de suspendre les livraisons et de confier le dossier à notre service contentieux. Si le paiement a croisé ce courrier, veuillez ne pas en tenir compte.

Veuillez agréer nos salutations distinguées.

Service comptabilité
PharmaDis Wallonie SRL – Namur
TVA BE 0745.612.880`,
  },
  {
    category: 'invoice',
    language: 'de',
    subject: `Rechnung Nr. 2026-318 Treppengeländer Edelstahl`,
    body: `Sehr geehrte Frau Brandt,

vielen Dank für Ihren Auftrag. Anbei erhalten Sie unsere Rechnung für die Montage des Treppengeländers in Ihrem Ladengeschäft.

Rechnung Nr. 2026-318 vom 20.11.2026
Leistungszeitraum: 12.–14.11.2026

Edelstahlgeländer V2A, geschliffen, 7,40 lfm — 2.960,00 €
Handlauf Eiche geölt — 480,00 €
Montage inkl. Anfahrt — 620,00 €
Nettobetrag — 4.060,00 €
zzgl. 19 % USt. — 771,40 €
Rechnungsbetrag — 4.831,40 €

Zahlbar innerhalb von 14 Tagen mit 2 % Skonto oder innerhalb von 30 Tagen netto auf folgendes Konto:
Sparkasse Hildesheim Goslar Peine
IBAN DE41 2595 0130 0040 1183 22

Mit freundlichen Grüßen

Jürgen Stolte
Metallbau Stolte GmbH & Co. KG
Am Kanal 17, 31139 Hildesheim
USt-IdNr. DE 284 117 903 · Amtsgericht Hildesheim HRA 20311`,
  },
  {
    category: 'invoice',
    language: 'de',
    subject: `1. Mahnung – Kundennr. 40772`,
    body: `Guten Tag Herr Yilmaz,

bei der Durchsicht unserer Buchhaltung ist uns aufgefallen, dass folgende Rechnung noch offen ist:

RE-71204 vom 02.10.2026 – Miete Minibagger 1,8 t inkl. Anhänger, 3 Tage – 612,85 €

Das Zahlungsziel ist am 16.10.2026 abgelaufen. Sicher handelt es sich nur um ein Versehen. Bitte überweisen Sie den Betrag bis zum 04.12.2026 auf unser Konto bei der Volksbank Mittelhessen, IBAN DE92 5139 0000 0071 2204 18.

Sollten Sie die Zahlung inzwischen veranlasst haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.

Freundliche Grüße
Sabine Kraft
Buchhaltung
Kraft Maschinen- und Gerätevermietung e.K., Gießen`,
  },
  {
    category: 'invoice',
    language: 'tr',
    subject: `Kasım ayı faturası – Cari hesap 120.44.017`,
    body: `Merhaba Kemal Bey,

Kasım ayı içinde şubelerinize yaptığımız sevkiyatlara ait e-faturanız sistem üzerinden gönderilmiştir, PDF kopyası da ektedir.

Fatura No: OYP2026000014427
Tutar (KDV hariç): 84.350,00 TL
KDV %20: 16.870,00 TL
Genel Toplam: 101.220,00 TL
Vade: 25.12.2026

Ödemenizi Garanti BBVA hesabımıza yapabilirsiniz:
TR41 0006 2000 4120 0006 2987 15 – Özkan Yedek Parça Otomotiv San. ve Tic. Ltd. Şti.
Açıklamaya lütfen cari kodunuzu yazınız.

Önceki aydan kalan 6.480,00 TL bakiye de bu tutara dahil değildir, ekstrede ayrıca görebilirsiniz.

İyi çalışmalar,
Seda Özkan
Muhasebe
Özkan Yedek Parça – İkitelli OSB, İstanbul
Tel: 0212 549 33 18`,
  },
  {
    category: 'invoice',
    language: 'tr',
    subject: `Proforma Invoice PI-2026/118 – olive oil 1 x 20ft`,
    body: `Sayın Hasan Bey,

Telefonda konuştuğumuz gibi, Rotterdam'daki müşteriniz adına yüklenecek konteyner için proforma faturamız ektedir.

PI-2026/118
Naturel sızma zeytinyağı, 5 lt teneke – 2.400 adet x 31,50 EUR = 75.600,00 EUR
Teslim şekli: FOB İzmir (Alsancak)
Ödeme: %30 peşin (22.680,00 EUR) yükleme öncesi, kalan %70 konşimento kopyasına karşı

Peşinat ödemesi bize ulaşmadan dolum ve yükleme planlaması yapamıyoruz. Ödemeyi 05.12.2026 tarihine kadar EUR hesabımıza yaparsanız 15 Aralık haftasındaki gemiye yetişiriz:
Ziraat Bankası Ayvalık Şb. – IBAN TR07 0001 0009 0012 3456 7850 02, SWIFT TCZATR2A

Saygılarımla,
Elif Demirtaş
İhracat Sorumlusu
Edremit Körfezi Zeytin Kooperatifi`,
  },
  {
    category: 'invoice',
    language: 'ro',
    subject: `Factura fiscala SBM nr. 2026-0712`,
    body: `Bună ziua, domnule Popescu,

Vă transmitem atașat factura pentru feroneria livrată ieri la atelierul dumneavoastră din Bacău (balamale aplicate, glisiere cu amortizare, mânere din inox).

Seria SBM nr. 2026-0712 din 20.11.2026
Valoare fără TVA: 7.940,00 lei
TVA 21%: 1.667,40 lei
Total de plată: 9.607,40 lei
Scadență: 20.12.2026

Plata se poate face în contul RO49 BTRL 0040 1202 6831 97XX deschis la Banca Transilvania, titular SC Siba Mobila Accesorii SRL, CUI RO31184472.

Vă rugăm să menționați numărul facturii la plată. Vă mulțumim pentru colaborare!

Cu stimă,
Irina Stanciu
Contabilitate
0234 511 096`,
  },
  {
    category: 'invoice',
    language: 'ro',
    subject: `Somatie de plata – facturi restante clinica veterinara`,
    body: `Stimată doamnă doctor Marinescu,

Conform evidențelor noastre, următoarele facturi pentru medicamente și consumabile veterinare livrate clinicii dumneavoastră nu au fost achitate:

VTD 5518 / 08.09.2026 – 2.315,60 lei – scadentă 08.10.2026
VTD 5790 / 29.09.2026 – 1.042,30 lei – scadentă 29.10.2026
Total restant: 3.357,90 lei

Conform contractului, pentru întârzieri se calculează penalități de 0,1% pe zi. Vă rugăm să efectuați plata în termen de 5 zile lucrătoare în contul RO12 RNCB 0082 0441 7781 0001 (BCR) și să ne trimiteți ordinul de plată pe acest e-mail.

Dacă există neclarități privind aceste facturi, sunați-mă direct.

Cu respect,
Cristian Dobre
Departament Financiar
VetDistrib Muntenia SRL, Ploiești`,
  },
  {
    category: 'invoice',
    language: 'hu',
    subject: `Díjbekérő – 2026/DB-0219`,
    body: `Kedves Gábor!

Köszönöm a rendelést. Mivel a tavaszi kollekcióból előrendelés történt, a gyártást csak az előleg beérkezése után tudjuk elindítani, ezért csatoltan küldöm a díjbekérőt.

Díjbekérő száma: 2026/DB-0219
120 db pamut póló, hímzett logóval – 3.150 Ft/db
Nettó: 378.000 Ft
ÁFA 27%: 102.060 Ft
Bruttó fizetendő: 480.060 Ft
Fizetési határidő: 2026.12.01.

Számlaszám: 11773016-20447183 (OTP Bank), kedvezményezett: Tisza Textil Kft.
Közleménybe kérlek írd a díjbekérő számát. A végleges számlát a beérkezés után automatikusan küldi a számlázóprogram.

Üdv,
Kovács Réka
Tisza Textil Kft., Szeged
Adószám: 24417893-2-06`,
  },
  {
    category: 'invoice',
    language: 'hu',
    subject: `Számla a konyhapultokról`,
    body: `Tisztelt Nagy Úr!

Mellékelten küldöm a tölgyfa konyhapultok és a beépített polcrendszer elkészítéséről és beszereléséről szóló számlát (sorszám: AB-2026-00388). A végösszeg 1.245.700 Ft, amiből a már befizetett 400.000 Ft előleget levontuk, így 845.700 Ft a fizetendő.

Fizetési határidő: 2026. december 8.
Bankszámla: 10403387-00028811-00000000 (K&H), Asztalosműhely Balogh Bt.

Ha a mosogató melletti fedlap illesztésével kapcsolatban bármi észrevétele van, szóljon nyugodtan, januárban úgyis arra járunk.

Tisztelettel:
Balogh Attila
asztalosmester
+36 30 412 8870`,
  },
  {
    category: 'invoice',
    language: 'el',
    subject: `Τιμολόγιο 1187 – πλακάκια αποθήκης`,
    body: `Καλημέρα κύριε Παπαδόπουλε,

Σας επισυνάπτω το τιμολόγιο πώλησης για τα πλακάκια πορσελανάτα 60x60 και τα υλικά αρμολόγησης που παραδόθηκαν στην αποθήκη σας στη Λάρισα.

Αρ. τιμολογίου: 1187 / 19-11-2026
Καθαρή αξία: 5.420,00 €
ΦΠΑ 24%: 1.300,80 €
Σύνολο: 6.720,80 €

Όπως συμφωνήσαμε, η εξόφληση γίνεται σε 30 ημέρες, δηλαδή έως 19-12-2026, με κατάθεση στην Εθνική Τράπεζα, IBAN GR16 0110 2230 0000 2234 0071 452, δικαιούχος Κεραμική Θεσσαλίας Ο.Ε. Παρακαλώ αναγράψτε τον αριθμό τιμολογίου στην αιτιολογία.

Με εκτίμηση,
Δήμητρα Καραγιάννη
Λογιστήριο
ΑΦΜ 800412337 – ΔΟΥ Λάρισας`,
  },
  {
    category: 'invoice',
    language: 'da',
    subject: `Faktura 30488 fra Fyns Emballage`,
    body: `Hej Mette

Hermed faktura for de 2.000 forsendelseskasser og 15 ruller silkepapir, som blev leveret til jeres lager i Odense i tirsdags.

Fakturanr.: 30488
Beløb ekskl. moms: 6.240,00 kr.
Moms 25 %: 1.560,00 kr.
I alt: 7.800,00 kr.
Betalingsbetingelser: netto 14 dage – forfald 04.12.2026

Betal via FI-kort +71<000000030488472+84119327< eller til reg.nr. 5470 kontonr. 1298834.

Venlig hilsen
Henrik Lund
Fyns Emballage ApS
CVR 38 41 22 07`,
  },
  {
    category: 'invoice',
    language: 'no',
    subject: `Faktura nr 118204 – kraftfôr og strø november`,
    body: `Hei,

Vedlagt finner du faktura for leveransene til gården i uke 46 og 47.

Fakturanr.: 118204
Kundenr.: 40311 (Haugen gård)
Kraftfôr storfe 20 sekker – kr 7 480,00
Sagflis i balle 40 stk – kr 3 160,00
Sum eks. mva – kr 10 640,00
Mva 25 % – kr 2 660,00
Å betale – kr 13 300,00

Forfallsdato: 10.12.2026
Kontonummer: 3201 44 18773
KID: 0011820440311

Husk at du kan få fakturaen som eFaktura i nettbanken – gi beskjed hvis det er ønskelig.

Med vennlig hilsen
Mari Solberg
Kundeservice, Innlandet Landbrukslag SA
Org.nr. 912 448 301 MVA`,
  },
  {
    category: 'invoice',
    language: 'fi',
    subject: `Lasku 2026-1143 / Päiväkoti Tuulenpesä`,
    body: `Hyvä vastaanottaja,

Liitteenä lasku päiväkodin keittiön vesikalusteiden vaihdosta ja astianpesukoneen liitännästä, työ tehty 17.–18.11.2026.

Laskun numero: 2026-1143
Viitenumero: 11433 7
Veroton summa: 1 860,00 €
ALV 25,5 %: 474,30 €
Yhteensä: 2 334,30 €
Eräpäivä: 8.12.2026
Tilinumero: FI21 1234 5600 0007 85 (Nordea)

Viivästyskorko korkolain mukaan. Kotitalousvähennystä ei voi hakea, koska kyseessä on yritysasiakas.

Ystävällisin terveisin
Jari Heikkinen
LVI-Heikkinen Oy, Tampere
Y-tunnus 2871402-6`,
  },
  {
    category: 'invoice',
    language: 'lt',
    subject: `PVM sąskaita faktūra LNT Nr. 004571`,
    body: `Laba diena, Rasa,

Siunčiame PVM sąskaitą faktūrą už vakar išsiųstus lininius audinius (3 rulonai natūralios spalvos, 2 rulonai pilkos, iš viso 214 m).

Serija LNT Nr. 004571, 2026-11-20
Suma be PVM: 2 354,00 EUR
PVM 21 %: 494,34 EUR
Iš viso mokėti: 2 848,34 EUR
Apmokėti iki: 2026-12-04

Gavėjas: UAB „Linų namai“, a. s. LT12 7300 0101 4455 8821 (Swedbank)
Mokėjimo paskirtyje nurodykite sąskaitos numerį.

Pagarbiai
Vaida Petrauskienė
UAB „Linų namai“, Panevėžys
Įmonės kodas 302887415, PVM kodas LT100007331117`,
  },
  {
    category: 'invoice',
    language: 'sk',
    subject: `Faktúra č. 2026110089 – servis notebookov`,
    body: `Dobrý deň, pani riaditeľka,

v prílohe Vám posielam faktúru za výmenu batérií a klávesníc v 6 notebookoch, ktoré sme si vyzdvihli zo školskej kancelárie 12. 11. a vrátili 19. 11.

Číslo faktúry: 2026110089
Variabilný symbol: 2026110089
Suma bez DPH: 642,00 €
DPH 23 %: 147,66 €
Suma na úhradu: 789,66 €
Dátum splatnosti: 5. 12. 2026
IBAN: SK31 1100 0000 0029 4412 8830 (Tatra banka)

Prosím o úhradu s uvedením variabilného symbolu.

S pozdravom
Peter Hudec
PC Servis Hudec s.r.o., Žilina
IČO: 47 118 204, DIČ: 2023771450, IČ DPH: SK2023771450`,
  },
  // ───────────────────────────── receipt ─────────────────────────────
  {
    category: 'receipt',
    language: 'en',
    subject: `Your PackRight order #PR-884120 is confirmed and paid`,
    body: `Hi Bramble & Thread,

Thanks for your order! We've taken payment and your parcel will be packed on the next working day.

Order #PR-884120 – placed 22 Nov 2026, 16:41
500 x Kraft mailer bags 250x350mm – £62.50
200 x Tissue paper sheets, sage – £18.00
1 x Custom logo stamp – £34.00
Delivery (DPD next day) – £6.95
Total paid: £121.45 (incl. VAT £20.24)
Paid with: Visa ending 4417

A VAT receipt is attached for your records. You'll get a tracking link as soon as the courier collects.

The PackRight Team
PackRight Supplies Ltd, Leicester · VAT GB 290 1187 45
Questions? Just reply to this email.`,
  },
  {
    category: 'receipt',
    language: 'en',
    subject: `Fee receipt – LMV course, Ms. Ananya Kulkarni`,
    body: `Dear Ms. Ananya,

This is to acknowledge receipt of Rs. 6,500/- (Rupees Six Thousand Five Hundred only) via UPI (Ref. 433618907215) on 21/11/2026 towards the Light Motor Vehicle driving course (21 sessions + RTO test assistance).

Receipt No.: SDS/1187
Balance payable: Nil

Your first session is on Monday at 7:00 AM from the Kothrud centre. Please carry your learner's licence in original.

Thanking you,
Office, Sai Driving School
Paud Road, Pune – 411038
Ph: 020 2543 7781`,
  },
  {
    category: 'receipt',
    language: 'en',
    subject: `Re: Payment for 3 cartons of ankara fabric`,
    body: `Good afternoon ma,

I have made the transfer for the 3 cartons of ankara and the 2 rolls of lace we agreed on Friday. Total is N685,000, paid from my GTBank account to your Access Bank account this morning.

Please find attached the transfer receipt (session ID 000013261122091544). Kindly confirm when you see it so that your driver can bring the goods to my shop in Aba on Wednesday as promised.

Thank you ma, God bless your business.

Chioma Nwankwo
Chioma's Fabrics, Ariaria Market

Sent from my iPhone

-----Original Message-----
From: Mama Tola Textiles
Sent: Friday, 20 November 2026 18:02
Subject: Payment for 3 cartons of ankara fabric

Madam, total is N685,000. Account: Tola Textiles Enterprises, Access Bank 0791234550. Send receipt after payment.`,
  },
  {
    category: 'receipt',
    language: 'en',
    subject: `Credit note & refund processed – RMA 2026-0457`,
    body: `Hi Thabo

Just to let you know that the 6 cracked shower mixer bodies you returned on the 11th have been inspected and your refund has been processed.

Credit note: CN-0457
Amount refunded: R4,278.00 (incl. VAT)
Method: EFT back to the account on file (Standard Bank ...6621)
Date paid: 23/11/2026

It can take 1–2 business days to reflect depending on your bank. Your account balance with us is now R0.00.

Sorry again for the hassle with that batch – we've flagged it with the importer.

Regards
Lerato Mokoena
Accounts Receivable
CapeFlow Plumbing Distributors, Bellville`,
  },
  {
    category: 'receipt',
    language: 'en',
    subject: `Receipt from Lakeshore Animal Clinic`,
    body: `Lakeshore Animal Clinic
1180 Lakeshore Rd W, Oakville ON
(905) 555-0148

Receipt #: 102-58814
Date: 2026-11-22 11:37
Client: D. Fournier – Patient: Biscuit (canine)

Annual wellness exam – $89.00
DHPP vaccine – $42.00
Rabies vaccine (3-yr) – $38.00
Heartworm test – $61.00
Subtotal – $230.00
HST 13% – $29.90
TOTAL – $259.90

Paid: Mastercard ****8820 – APPROVED – Auth 094416
Balance: $0.00

Thank you for trusting us with Biscuit! His next vaccines are due November 2027.`,
  },
  {
    category: 'receipt',
    language: 'el',
    subject: `Επιβεβαίωση πληρωμής παραγγελίας #51922`,
    body: `Αγαπητή κυρία Νικολάου,

Σας ευχαριστούμε για την παραγγελία σας στο φαρμακείο μας. Η πληρωμή σας με κάρτα ολοκληρώθηκε επιτυχώς.

Αριθμός παραγγελίας: #51922
Ημερομηνία: 21/11/2026
2 x Αντηλιακή κρέμα SPF50 – 31,80 €
1 x Βιταμίνη D3 2000IU – 12,40 €
1 x Θερμόμετρο υπερύθρων – 24,90 €
Μεταφορικά: 0,00 €
Σύνολο που χρεώθηκε: 69,10 € (με ΦΠΑ)

Η απόδειξη λιανικής επισυνάπτεται. Η παραγγελία θα παραδοθεί με ACS σε 1-2 εργάσιμες.

Με εκτίμηση,
Φαρμακείο Λαμπράκη – Ηράκλειο Κρήτης`,
  },
  {
    category: 'receipt',
    language: 'el',
    subject: `Αποδεικτικό κατάθεσης – καναπές Ιωάννου`,
    body: `Καλησπέρα σας,

Όπως είπαμε στο κατάστημα, σας στέλνω το αποδεικτικό της κατάθεσης για τον γωνιακό καναπέ (μοντέλο Αίγινα, ύφασμα γκρι ανθρακί). Έβαλα ολόκληρο το ποσό των 1.380 € στον λογαριασμό της Πειραιώς, με αιτιολογία «ΙΩΑΝΝΟΥ ΚΑΝΑΠΕΣ».

Το αρχείο PDF είναι στο συνημμένο. Αν χρειάζεστε κάτι άλλο για να προχωρήσει η παραγγελία, πείτε μου.

Ευχαριστώ,
Κατερίνα Ιωάννου
6944 218 305

Στάλθηκε από το κινητό μου`,
  },
  {
    category: 'receipt',
    language: 'da',
    subject: `Kvittering for din ordre 100-48213`,
    body: `Hej Sofie

Tak for din bestilling hos Hygge Hjem! Vi har modtaget din betaling via MobilePay.

Ordre 100-48213 (22.11.2026)
1 x Sofabord i eg, 110 cm – 2.495,00 kr.
2 x Uldplaid, flaskegrøn – 798,00 kr.
Levering med fragtmand – 349,00 kr.
I alt betalt: 3.642,00 kr. (heraf moms 728,40 kr.)

Fragtmanden ringer dig op dagen før levering for at aftale et tidsrum.

Kærlig hilsen
Hygge Hjem ApS · Vestergade 12, 8000 Aarhus C · CVR 41 09 33 72`,
  },
  {
    category: 'receipt',
    language: 'da',
    subject: `Din returnering er modtaget – pengene er sendt retur`,
    body: `Hej Jonas,

Vi har modtaget de to par vinterstøvler (str. 43), som du sendte retur, og de var i fin stand. Vi har derfor refunderet 1.498,00 kr. til det kort, du betalte med (Visa/Dankort ****2291). Fragtgebyret for returen på 45 kr. er trukket fra, som beskrevet i vores handelsbetingelser, så beløbet på kontoen bliver 1.453,00 kr.

Der kan gå 3–5 bankdage, før pengene står på din konto.

Venlig hilsen
Kundeservice
Nordlys Sko · nordlyssko.dk`,
  },
  {
    category: 'receipt',
    language: 'no',
    subject: `Kvittering: leie av henger 22.11`,
    body: `KVITTERING
Eidsvoll Utleie AS – org.nr 918 227 604 MVA

Dato: 22.11.2026
Kunde: Ola Brekke
Boggihenger 750 kg, 1 døgn – kr 490,00
Presenning og stropper – kr 60,00
Sum – kr 550,00
herav mva 25 % – kr 110,00

Betalt med Vipps kl. 08:12. Transaksjons-ID 8402117733.

Takk for at du leide hos oss! Husk å levere hengeren tilbake innen kl. 09:00 i morgen.`,
  },
  {
    category: 'receipt',
    language: 'no',
    subject: `Ordrebekreftelse og betaling mottatt – ordre 77102`,
    body: `Hei Knut,

Takk for bestillingen til verkstedet. Betalingen er registrert, og varene plukkes i dag.

Ordrenummer: 77102
Bremseklosser foran, Toyota Hilux 2019 – 2 sett – kr 1 780,00
Bremseskiver foran – 2 stk – kr 2 340,00
Frakt (Bring bedriftspakke) – kr 189,00
Totalt betalt med kort: kr 4 309,00 inkl. mva

Du får sporingsnummer på SMS så snart pakken er hentet.

Mvh
Salg, Nordic Bildeler AS
Trondheim`,
  },
  {
    category: 'receipt',
    language: 'fi',
    subject: `Kuitti – Optiikka Lahtinen`,
    body: `Hei Anna,

kiitos käynnistäsi! Alla kuitti tänään noudetuista silmälaseista.

Optiikka Lahtinen, Hämeenkatu 21, Lahti
Kuitti 0048812 – 21.11.2026 klo 14.06
Kehykset (titaani) 189,00 €
Yksittäisnäkölinssit, heijastuksenesto, 2 kpl 238,00 €
Näöntutkimus 0,00 € (kuului tarjoukseen)
Yhteensä 427,00 €
Sis. ALV 25,5 % 86,84 €
Maksettu pankkikortilla, Visa Electron ****0771

Laseilla on 2 vuoden takuu, säilytä tämä kuitti.

Ystävällisin terveisin
Optiikka Lahtinen`,
  },
  {
    category: 'receipt',
    language: 'fi',
    subject: `Maksettu: lauta ja rima tilaus`,
    body: `Moi Pekka,

maksoin nyt tuon lautatilauksen (lasku 3318, 1 642,80 €) verkkopankissa, kuitti liitteenä kuvakaappauksena. Laitoin viitteeksi sen mikä laskussa oli.

Voinko hakea tavarat sahalta jo perjantaina aamupäivällä vai tuodaanko ne?

t. Markku Rantanen
Rantasen Rakennus Tmi

Lähetetty Androidista`,
  },
  {
    category: 'receipt',
    language: 'lt',
    subject: `Užsakymas #KV-20418 apmokėtas`,
    body: `Sveiki, Gintare,

Ačiū, kad pirkote „Žolynų kosmetikoje“! Jūsų mokėjimas sėkmingai gautas.

Užsakymo Nr.: KV-20418
Data: 2026-11-22
Veido kremas su šaltalankiu, 50 ml – 18,90 EUR
Ramunėlių tonikas, 200 ml – 11,50 EUR
Lūpų balzamas (2 vnt.) – 7,80 EUR
Pristatymas į paštomatą – 2,99 EUR
Iš viso sumokėta: 41,19 EUR (įsk. PVM)
Mokėjimo būdas: Paysera / Swedbank

Kai siunta bus perduota kurjeriui, gausite SMS su sekimo numeriu.

Pagarbiai,
Žolynų kosmetika, MB · Kaunas`,
  },
  {
    category: 'receipt',
    language: 'lt',
    subject: `Pavedimo kopija už lauko baldus`,
    body: `Laba diena,

Siunčiu mokėjimo pavedimo kopiją už užsakytą lauko baldų komplektą (stalas ir 6 kėdės iš maumedžio). Pervedžiau visą sumą – 1 460 EUR, paskirtyje nurodžiau sąskaitos Nr. MB-0912.

Prašau patvirtinti, kad pinigai gauti, ir parašyti, kada galėsite atvežti į Trakus.

Ačiū,
Tomas Žukauskas
+370 612 44 807`,
  },
  {
    category: 'receipt',
    language: 'sk',
    subject: `Potvrdenie o úhrade ročného členstva`,
    body: `Dobrý deň, pán Kováč,

ďakujeme, Vaša platba za ročné členstvo vo fitnescentre Forma bola pripísaná na náš účet.

Číslo dokladu: PPD-2026-1382
Členstvo: Ročné FULL (posilňovňa + skupinové lekcie)
Platnosť: 1. 12. 2026 – 30. 11. 2027
Uhradená suma: 420,00 € (vrátane DPH)
Spôsob platby: bankový prevod, VS 1382

Vašu novú kartu si môžete vyzdvihnúť na recepcii pri najbližšej návšteve.

Športu zdar!
Recepcia Fitness Forma, Prešov`,
  },
  {
    category: 'receipt',
    language: 'sk',
    subject: `Vrátenie peňazí k objednávke 5501287`,
    body: `Dobrý deň,

na základe Vášho odstúpenia od zmluvy sme Vám dnes vrátili sumu 64,90 € za vrátený mixér. Peniaze sme poslali na účet SK72 0900 0000 0051 2233 4410, z ktorého ste platili. Na účte by ste ich mali vidieť do 2 pracovných dní.

K dokladu prikladáme opravnú faktúru (dobropis) č. DB2026-0412.

S pozdravom
zákaznícke centrum
Domáce Spotrebiče.sk`,
  },
  {
    category: 'receipt',
    language: 'es',
    subject: `Justificante transferencia – señal placas solares`,
    body: `Hola Alberto,

Como quedamos ayer por teléfono, te mando el justificante de la transferencia de la señal para la instalación de las placas en la nave: 2.250 €, hecha hoy desde Unicaja con el concepto "SEÑAL PRESUPUESTO 26-114 AGROPECUARIA SOTO".

Ya me dices cuándo os viene bien empezar.

Un saludo,
Inmaculada Soto
Agropecuaria Soto Hermanos, S.L.
Tomelloso (Ciudad Real)`,
  },
  {
    category: 'receipt',
    language: 'es',
    subject: `¡Recibimos tu pago! Pedido #40918`,
    body: `¡Hola Florencia!

Tu pago fue aprobado por Mercado Pago y ya estamos preparando tu pedido.

Pedido #40918 – 21/11/2026
Campera de jean oversize, talle M – $ 58.900
Remera básica algodón x2 – $ 23.800
Envío a domicilio (Correo Argentino) – $ 6.500
Total abonado: $ 89.200 en 3 cuotas sin interés con Visa

Te vamos a avisar por mail cuando despachemos el paquete.

¡Gracias por comprar en Ropa de Barrio!
Palermo, CABA`,
  },
  {
    category: 'receipt',
    language: 'pt',
    subject: `Comprovante do Pix – pedido de peças`,
    body: `Boa tarde, Renato!

Segue o comprovante do Pix de R$ 2.347,60 referente ao pedido 8821 (kit embreagem, bomba d'água e correia dentada do Corolla). Paguei agora há pouco, o pagamento saiu em nome da Oficina Três Irmãos.

Pode liberar o envio pela transportadora? Se der pra chegar até quinta melhor, o carro do cliente tá parado aqui.

Valeu!
Juninho
Oficina Três Irmãos – Uberlândia/MG`,
  },
  {
    category: 'receipt',
    language: 'fr',
    subject: `Reçu de dépôt – forfait Cuba, famille Tremblay`,
    body: `Bonjour Mme Tremblay,

Nous accusons réception de votre dépôt pour le forfait tout-inclus à Varadero (départ de Montréal le 14 février 2027, 7 nuits, 2 adultes et 2 enfants).

Reçu no : VPL-88412
Dépôt reçu : 1 200,00 $ (carte Visa ****5530)
Contribution des clients au FICAV : incluse
Solde à payer : 4 836,00 $, au plus tard le 16 décembre 2026

Votre confirmation du voyagiste et les conditions d'annulation sont jointes à ce courriel.

Au plaisir,
Geneviève Roy, conseillère en voyages
Voyages Plein Lune, Trois-Rivières
Titulaire d'un permis du Québec`,
  },
  {
    category: 'receipt',
    language: 'de',
    subject: `Zahlungseingang zu Rechnung 2026-7745`,
    body: `Sehr geehrte Frau Weber,

wir bestätigen Ihnen den Eingang Ihrer Zahlung über 1.248,60 € vom 20.11.2026 für die Rechnung 2026-7745 (Lieferung Yogamatten und Meditationskissen). Die Rechnung ist damit vollständig ausgeglichen, Ihr Kundenkonto weist keinen offenen Saldo mehr aus.

Vielen Dank und eine gute Adventszeit!

Mit freundlichen Grüßen
Andrea Hofmann
Debitorenbuchhaltung
Lotus Großhandel GmbH, Freiburg`,
  },
  {
    category: 'receipt',
    language: 'tr',
    subject: `Havale dekontu – 2 adet kombi`,
    body: `Merhaba,

Dün mağazanızda bakıp anlaştığımız 2 adet yoğuşmalı kombi için ödemeyi yaptım. Toplam 64.800 TL'yi İş Bankası hesabınıza havale ettim, dekont ekte. Açıklamaya "Aydın - 2 kombi" yazdım.

Montaj için ekibiniz ne zaman gelebilir, haber verirseniz sevinirim.

Kolay gelsin,
Murat Aydın
0532 481 77 20`,
  },
  {
    category: 'receipt',
    language: 'ro',
    subject: `Confirmare plata – inchiriere schela 2 saptamani`,
    body: `Bună ziua, doamna Ionescu,

Vă confirmăm că am primit plata de 1.850 lei pentru închirierea schelei metalice (60 mp) în perioada 24.11 – 07.12.2026, precum și garanția de 1.000 lei. Chitanța nr. 0412 și bonul fiscal sunt atașate.

Garanția vă va fi returnată integral la predarea schelei, dacă nu lipsesc componente.

Mulțumim,
Marian Gheorghe
Închirieri Utilaje Gheorghe, Craiova
0745 218 330`,
  },
  {
    category: 'receipt',
    language: 'hu',
    subject: `Sikeres fizetés – rendelés #HU-30277`,
    body: `Kedves Zsófia!

Köszönjük a vásárlást! A bankkártyás fizetés sikeres volt, a rendelésedet feldolgoztuk.

Rendelésszám: #HU-30277
1 db Gyapjú jógaszőnyeg, 183 cm – 18.990 Ft
1 db Parafa jógablokk – 4.490 Ft
Szállítás (Foxpost automata) – 990 Ft
Fizetett végösszeg: 24.470 Ft (az ár az ÁFÁ-t tartalmazza)
Tranzakcióazonosító: 5119-2277-0043

Az elektronikus számlát külön e-mailben küldjük.

Namaste,
a Ligeti Jóga Bolt csapata`,
  },
  // ───────────────────────────── sales_lead ─────────────────────────────
  {
    category: 'sales_lead',
    language: 'en',
    subject: `Quote for 12 café tables?`,
    body: `Hello,

I run a small café in Frome (about 40 covers) and we're refitting in February. A friend pointed me to your website after seeing the tables you made for The Old Bakehouse.

Would you be able to quote for:
- 8 x two-seater tables, approx 70 x 70cm
- 4 x four-seater tables, approx 120 x 75cm
Ideally reclaimed or oak tops, on steel hairpin or simple frame legs, finished to take daily wiping with hot water.

Rough budget is £3,500–4,500 but I'd rather know what's realistic. What would the lead time be if we confirmed before Christmas? And do you deliver to Somerset?

Thanks very much,
Hattie Greenwood
The Fig Tree Café, Frome
07700 914 238`,
  },
  {
    category: 'sales_lead',
    language: 'en',
    subject: `Requirement of wholesale rates for V-belts & bearings`,
    body: `Dear Sir/Madam,

We are a newly started industrial hardware shop in Coimbatore catering mainly to textile mills and pump-set repairers. We came to know about your firm through IndiaMART.

Kindly send us your latest price list and dealer discount structure for the following:
1. V-belts A and B section (all sizes)
2. SKF/NBC equivalent ball bearings 6200 to 6310 series
3. Taper roller bearings 30205, 30206

Also please mention minimum order quantity, payment terms for dealers, and whether you can dispatch by transport to Coimbatore or we have to arrange pick up.

Awaiting your early reply.

Thanks and regards,
S. Karthikeyan
Proprietor, Sri Murugan Industrial Stores
Coimbatore – 641 001
+91 94433 51278`,
  },
  {
    category: 'sales_lead',
    language: 'en',
    subject: `Price for inverter and battery for my supermarket`,
    body: `Good evening,

Please I want to know how much it will cost to install solar and inverter for my mini supermarket in Ikeja. We have 2 deep freezers, 1 upright chiller, about 15 bulbs, 2 fans, POS and a small AC in the office. NEPA light is very poor in our area and diesel is killing us.

I saw your advert on Instagram that you do lithium batteries. Please send me the options and prices, and if you people do instalment payment.

I will be expecting your reply.

Mrs Adebayo Funmilayo
Funmi Mart, Allen Avenue
08023317744`,
  },
  {
    category: 'sales_lead',
    language: 'en',
    subject: `Enquiry – embroidered staff uniforms for lodge`,
    body: `Hi there

We're a 22-room game lodge outside Hoedspruit and we need to replace our staff uniforms before the festive season rush (ok, probably January realistically).

Looking for pricing on:
- 30 x golf shirts, khaki or olive, with our logo embroidered on the chest
- 15 x fleece jackets, same logo
- 20 x bush hats

Could you send me a quote and let me know if you can do a sample shirt first so the owners can see the embroidery quality? Logo file in vector format can be sent.

Thanks
Nadia van Wyk
Operations Manager, Marula Drift Lodge
082 441 7036`,
  },
  {
    category: 'sales_lead',
    language: 'en',
    subject: `Cameras for our new warehouse – quote please`,
    body: `Hi Kevin,

Hope you're well. The alarm system you put in at our Dartmouth store two years ago has been great, no complaints.

We've now leased a second unit in Burnside (about 9,000 sq ft warehouse with a small office and a loading dock) and would like something similar there, plus cameras this time: probably 6–8 outdoor cameras covering the dock and parking, and 2 inside. Remote viewing on phones for me and my business partner is a must.

Could you put together a quote, and let me know if it makes sense to tie it into the same monitoring contract? We take possession January 5.

Thanks,
Danielle MacIsaac
Harbourside Outdoor Gear
Dartmouth, NS
(902) 555-0192`,
  },
  {
    category: 'sales_lead',
    language: 'pt',
    subject: `Catálogo e condições para revenda`,
    body: `Olá, boa tarde!

Tenho uma loja de cosméticos naturais em Campinas e também vendo pelo Instagram. Conheci a marca de vocês numa feira em São Paulo e as clientes amaram os óleos capilares.

Gostaria de receber o catálogo para revenda com preços de atacado, pedido mínimo, prazo de pagamento (trabalham com boleto 30/60?) e valor do frete para o interior de SP. Vocês fornecem material de ponto de venda, tipo display ou testers?

Fico no aguardo.

Beijos,
Larissa Monteiro
Essência Natural Cosméticos
(19) 99812-4470`,
  },
  {
    category: 'sales_lead',
    language: 'pt',
    subject: `Pedido de orçamento – painéis fotovoltaicos moradia`,
    body: `Bom dia,

Moro numa moradia em Leiria (T4, telhado de duas águas virado a sul, aproximadamente 60 m² úteis) e estou a pensar instalar painéis solares para autoconsumo, eventualmente com bateria. A nossa fatura da luz anda à volta dos 140 € por mês, temos bomba de calor e carro elétrico.

Podem enviar-me uma proposta indicativa e dizer se tratam da parte dos apoios do Fundo Ambiental? Se for preciso visita ao local, estou disponível aos sábados.

Obrigado,
Nuno Carvalho
912 448 230`,
  },
  {
    category: 'sales_lead',
    language: 'fr',
    subject: `Demande de devis cuisine sur mesure – appartement Lyon 6e`,
    body: `Bonjour,

Nous venons d'acheter un appartement ancien à Lyon (6e arr.) et nous souhaitons refaire entièrement la cuisine, qui fait environ 11 m² avec une fenêtre en angle et des murs pas très droits, comme souvent dans l'ancien.

Nous aimons beaucoup vos réalisations en chêne et laque mate vues sur Instagram. Serait-il possible d'avoir une estimation de prix pour une cuisine en L avec îlot, plan de travail en céramique, électroménager non compris ? Nous avons un plan de l'architecte que je peux vous envoyer.

Quels sont vos délais actuels de fabrication ?

Merci d'avance,
Claire et Julien Morel
06 71 88 42 19`,
  },
  {
    category: 'sales_lead',
    language: 'fr',
    subject: `Échantillons de tissus pour une collection de coussins`,
    body: `Bonjour Madame Peeters,

Je suis décoratrice à Liège et je lance une petite collection de coussins et de plaids vendue en boutique et en ligne. Votre atelier de tissage m'a été recommandé par une collègue gantoise.

Pourriez-vous m'envoyer des échantillons de vos lins lavés et de vos chevrons en laine (couleurs naturelles, vert sauge, terracotta), avec vos tarifs au mètre pour les professionnels et le métrage minimum par coloris ?

Je serais aussi curieuse de savoir si vous pouvez tisser une référence exclusive à partir de 100 mètres.

Bien à vous,
Sarah Lambotte
Atelier Sarah L. – décoration intérieure
Liège · +32 478 22 15 90`,
  },
  {
    category: 'sales_lead',
    language: 'de',
    subject: `Anfrage: Handlauf und Balkongeländer Mehrfamilienhaus`,
    body: `Guten Tag,

wir sanieren ein Mehrfamilienhaus (Baujahr 1962) in Kassel und suchen einen Metallbaubetrieb für neue Balkongeländer an 8 Balkonen (je ca. 3,20 m) sowie einen Handlauf im Treppenhaus über 4 Geschosse.

Gewünscht sind feuerverzinkte und pulverbeschichtete Geländer (RAL 7016) mit senkrechten Stäben. Pläne und Fotos kann ich gern schicken.

Können Sie uns ein Angebot erstellen? Ausführung wäre ab März 2027 geplant. Bitte teilen Sie uns auch mit, ob ein Aufmaß vor Ort im Preis enthalten ist.

Mit freundlichen Grüßen
Dipl.-Ing. Carsten Vogel
Vogel Hausverwaltung & Sanierung
Wilhelmshöher Allee 88, 34119 Kassel`,
  },
  {
    category: 'sales_lead',
    language: 'de',
    subject: `Firmenfitness für unsere Mitarbeitenden?`,
    body: `Hallo liebes Team vom Studio Kraftwerk,

ich bin bei uns für das Thema Gesundheitsmanagement zuständig (Schreinerei mit 34 Mitarbeitenden, zwei Straßen von Ihnen entfernt). Wir überlegen, unseren Leuten ab Januar einen Zuschuss zur Mitgliedschaft anzubieten.

Bieten Sie Firmenmitgliedschaften oder Rabatte für Unternehmen an? Mich würde interessieren, was es pro Kopf kostet, ob es eine Mindestanzahl gibt und ob auch Rückenkurse dabei sind. Gerne auch als Sachbezug über 50 € im Monat.

Viele Grüße
Stefanie Berger
Personal & Verwaltung
Schreinerei Haas GmbH`,
  },
  {
    category: 'sales_lead',
    language: 'tr',
    subject: `Toptan fiyat listesi hk.`,
    body: `Merhaba,

Konya'da ağır vasıta yedek parça satan bir dükkanımız var. Sizin firmayı bir müşterimiz tavsiye etti.

Özellikle Mercedes Actros ve Ford Cargo için fren balatası, debriyaj seti, hava kurutucu filtre ve amortisör fiyatlarınızı öğrenmek istiyoruz. Bayilere özel iskonto, vade imkanı ve kargo şartlarınızı da yazabilirseniz sevinirim. Stokta olmayan ürünlerde tedarik süresi ne kadar oluyor?

Teşekkürler,
Ali Rıza Çelik
Çelik Oto Yedek Parça
Konya Sanayi Sitesi 3. blok
0535 772 41 08`,
  },
  {
    category: 'sales_lead',
    language: 'tr',
    subject: `Otel için bornoz ve havlu teklifi`,
    body: `İyi günler,

Bodrum'da 48 odalı butik bir otel işletiyoruz ve 2027 sezonu için bornoz ve havlu yenilemesi yapmak istiyoruz. Denizli'de üretici aradığımızda sizin firmanız çıktı.

İhtiyacımız yaklaşık olarak:
- 150 adet waffle bornoz (S/M ve L/XL)
- 400 adet banyo havlusu 70x140
- 400 adet el havlusu 50x90
- 200 adet ayak havlusu

Hepsi beyaz, mümkünse otel logosu nakışlı. Birim fiyat, numune gönderme imkanı ve teslim sürenizi öğrenebilir miyim? Nisan başında teslim olması gerekiyor.

Saygılarımla,
Defne Arslan
Satın Alma, Mavi Koy Butik Otel`,
  },
  {
    category: 'sales_lead',
    language: 'ro',
    subject: `Cerere oferta sistem alarma + supraveghere depozit`,
    body: `Bună ziua,

Reprezint o firmă de distribuție de materiale de construcții din Sibiu. Ne mutăm într-un depozit nou (aprox. 1.200 mp, plus un birou de 80 mp) și avem nevoie de un sistem de alarmă cu monitorizare și de camere video.

Vă rog să ne transmiteți o ofertă orientativă și să ne spuneți dacă aveți și contract de intervenție rapidă în zona industrială Vest. Putem stabili o vizită la fața locului dacă e necesar pentru ofertă.

Mulțumesc,
Adrian Moldovan
Administrator, ConstructMat Distribuție SRL
0740 512 884`,
  },
  {
    category: 'sales_lead',
    language: 'ro',
    subject: `Pret inchiriere duba 3,5t – 3 zile`,
    body: `Salut,

Cat costa sa inchiriez o duba de 3,5 tone (tip Iveco Daily sau Sprinter, cu prelata sau box) pentru 3 zile, de vineri 5 dec pana duminica 7 dec? Am de mutat stocul de magazin (haine si rafturi) din Cluj la Oradea, cam 700 km dus-intors.

Aveti masini disponibile in perioada asta? Cat e garantia si daca se plateste km suplimentar.

Multumesc,
Vlad Crisan
0756 318 902`,
  },
  {
    category: 'sales_lead',
    language: 'hu',
    subject: `Árajánlatkérés – beépített gardrób és konyha`,
    body: `Tisztelt Asztalosműhely!

Egy 72 nm-es panellakást újítunk fel Debrecenben, és szeretnénk árajánlatot kérni egy beépített gardróbszekrényre (kb. 2,6 m széles, plafonig érő, tolóajtós), valamint egy 3,2 m-es egysoros konyhabútorra.

Színben világos tölgy dekort és matt fehéret képzelünk el, a munkalap lehet laminált. Van lehetőség felmérésre jövő héten? Körülbelül mennyi most az átfutási idő?

Köszönöm előre is,
Szabó Eszter
+36 20 318 4477`,
  },
  {
    category: 'sales_lead',
    language: 'hu',
    subject: `Érdeklődés szabad óvodai helyről szeptembertől`,
    body: `Kedves Óvoda!

A kislányunk, Panna 2027 júniusában lesz három éves, és szeptembertől keresünk számára helyet magánóvodában Budán. Nagyon megtetszett a honlapjuk, főleg az erdei programok.

Szeretném megkérdezni, van-e még szabad hely a szeptemberi kiscsoportban, mennyi a havi térítési díj és a beiratkozási díj, mi van benne az étkezésben, és hogyan zajlik a beszoktatás. Ha szerveznek nyílt napot, arra is szívesen elmennénk.

Köszönettel:
Fekete Judit`,
  },
  {
    category: 'sales_lead',
    language: 'el',
    subject: `Ενοικίαση σκάφους για 6 άτομα – Ιούλιος`,
    body: `Γεια σας,

Θα ήθελα να μάθω αν έχετε διαθέσιμο φουσκωτό ή μικρό σκάφος χωρίς δίπλωμα για 6 άτομα, για τρεις μέρες στις αρχές Ιουλίου 2027 (3-5/7), από το λιμάνι της Πάρου.

Ποια είναι η τιμή ανά ημέρα μαζί με καύσιμα ή χωρίς, και τι εγγύηση χρειάζεται; Αν υπάρχει και επιλογή με skipper για μία μέρα, στείλτε μου και αυτή την τιμή.

Ευχαριστώ πολύ,
Γιώργος Αλεξίου`,
  },
  {
    category: 'sales_lead',
    language: 'el',
    subject: `Χονδρική τιμή ελαιολάδου για εστιατόριο`,
    body: `Καλησπέρα σας,

Έχουμε δύο εστιατόρια στη Θεσσαλονίκη και θέλουμε να περάσουμε σε εξαιρετικό παρθένο ελαιόλαδο απευθείας από συνεταιρισμό. Η κατανάλωσή μας είναι περίπου 150 λίτρα τον μήνα.

Μπορείτε να μας στείλετε τιμοκατάλογο χονδρικής για δοχεία 5 και 17 λίτρων, τα έξοδα μεταφοράς μέχρι Θεσσαλονίκη και αν γίνεται να πάρουμε ένα δείγμα της φετινής σοδειάς πριν παραγγείλουμε;

Με εκτίμηση,
Σταύρος Μαυρίδης
Ταβέρνα «Το Λιμανάκι»
2310 551 209`,
  },
  {
    category: 'sales_lead',
    language: 'es',
    subject: `Cotización repuestos tractor y disponibilidad`,
    body: `Estimados:

Somos una cooperativa de productores de cerezas en Curicó y necesitamos cotizar repuestos para dos tractores New Holland TD5.90 antes de la cosecha:
- 2 filtros de aceite motor
- 2 filtros de combustible
- 2 kits de embrague
- 4 neumáticos traseros 16.9-30

¿Tienen stock en Talca o habría que traerlos desde Santiago? Necesitamos saber plazo de entrega, precio neto más IVA y si dan crédito a 30 días a cooperativas.

Saludos cordiales,
Rodrigo Fuentes
Encargado de Maquinaria
Cooperativa Agrícola Río Claro Ltda.`,
  },
  {
    category: 'sales_lead',
    language: 'da',
    subject: `Tilbud på 40 stole og 10 borde til restaurant`,
    body: `Hej

Vi åbner en ny frokostrestaurant i Aalborg til marts og har kig på jeres stol "Fjord" i sæbebehandlet eg og det runde bord Ø90.

Kan I give et tilbud på 40 stole og 10 borde, inkl. levering? Og kan I sige noget om leveringstid, og om stolene kan fås med polstret sæde som ekstra? Vi skal bruge dem, så vi kan møblere senest 15. februar.

Venlig hilsen
Camilla Kjær
Kjær & Co. Spisehus
28 91 44 06`,
  },
  {
    category: 'sales_lead',
    language: 'no',
    subject: `Pris på lappen-pakke klasse B`,
    body: `Hei!

Jeg fyller 18 i januar og har lyst til å ta lappen så fort som mulig. Hva koster det hos dere med en pakke for klasse B, med trinn 2 og 3 og sikkerhetskurs på bane og glattkjøring? Har dere automat, og er det dyrere?

Mamma lurer også på om det er mulig å dele opp betalingen.

Hilsen
Emil Johansen
Drammen`,
  },
  {
    category: 'sales_lead',
    language: 'fi',
    subject: `Tarjouspyyntö: vahvuudelliset suojalasit 18 työntekijälle`,
    body: `Hei,

olemme konepaja Kuopiossa ja työsuojelutarkastuksen jälkeen haluamme hankkia silmälaseja käyttäville työntekijöillemme vahvuudelliset suojalasit (EN 166, sivusuojilla). Tarvetta on 18 henkilölle.

Voisitteko kertoa, miten tämä teillä toimii yritysasiakkaille: sisältyykö näöntutkimus hintaan, paljonko lasit maksavat keskimäärin ja laskutatteko suoraan yritykseltä? Olisi kätevää, jos voisitte tulla mittaamaan paikan päälle.

Terveisin
Satu Karjalainen
Toimistopäällikkö, Savon Konepaja Oy
044 518 2206`,
  },
  {
    category: 'sales_lead',
    language: 'lt',
    subject: `Dėl didmeninio medaus pirkimo`,
    body: `Laba diena,

Esame maisto prekių parduotuvių tinklas Klaipėdos regione (5 parduotuvės) ir ieškome vietinio medaus tiekėjo. Jūsų kooperatyvo medų matėme mugėje Vilniuje.

Norėtume sužinoti didmenines kainas stiklainiams po 250 g ir 500 g, kokios medaus rūšys šiuo metu yra, minimalų užsakymo kiekį ir ar galite patys atvežti. Taip pat ar turite reikalingus sertifikatus ir etiketes lietuvių kalba.

Pagarbiai,
Aistė Jankauskienė
Pirkimų vadovė, UAB „Pajūrio krautuvėlės“`,
  },
  {
    category: 'sales_lead',
    language: 'sk',
    subject: `Cenová ponuka – výmena displejov 15 notebookov`,
    body: `Dobrý deň,

sme súkromná jazyková škola v Trnave a máme 15 notebookov Lenovo ThinkPad E14 (2021), z ktorých viaceré majú poškodené displeje alebo slabé batérie. Chceli by sme vedieť, koľko by stála výmena displeja a batérie za kus, prípadne aj rozšírenie RAM na 16 GB.

Vedeli by ste nám poslať cenovú ponuku a odhadnúť, ako dlho by oprava trvala? Ideálne počas vianočných prázdnin.

Ďakujem,
Mgr. Zuzana Horváthová
Lingua Plus, Trnava`,
  },
  // ───────────────────────────── support_request ─────────────────────────────
  {
    category: 'support_request',
    language: 'en',
    subject: `Wrong size sent – order 10442`,
    body: `Hi,

I ordered the green linen wrap dress in a size 12 (order 10442) for a wedding on the 6th, but the one that arrived today is a size 8, even though the packing slip says 12. It's gorgeous but there's no way I'm getting into it!

Can you send the 12 out as quickly as possible? I'm happy to post the 8 back, just let me know if I need a returns label or if I can use the Royal Mail one that came in the parcel.

Thanks so much,
Rosie Atkinson

Sent from my iPhone`,
  },
  {
    category: 'support_request',
    language: 'en',
    subject: `Short supply against invoice SPI/2211 – 1 carton missing`,
    body: `Dear Sir,

This is regarding the consignment of air filters received today at our Hubli godown against your invoice no. SPI/2211 dated 18-11-2026.

As per invoice 200 nos. of AF-118 filters should be there (10 cartons of 20), but we received only 9 cartons. The transporter's LR also says 10 cartons but the driver is saying he loaded what was given. Seal on the tempo was intact.

Kindly check with your dispatch team and arrange to send the balance 20 nos. at the earliest, or else issue a credit note for the same. Photos of the received cartons are attached for your reference.

Regards,
Prakash Hegde
Hegde Auto Spares, Hubli
+91 99001 46372`,
  },
  {
    category: 'support_request',
    language: 'en',
    subject: `Inverter keep beeping since yesterday`,
    body: `Good morning,

Your technicians installed our 5kva inverter and 4 batteries last Tuesday at No. 14 Ogunlana Drive, Surulere. Everything was working fine until yesterday evening when the inverter started beeping non-stop and the screen is showing "F07". Since morning the batteries are not charging even though the panels are in the sun.

I have switched it off and on like your man said but it is still the same. My freezer is already defrosting. Please what do I do? Can somebody come and check it today or tell me what to do on phone?

Customer name: Mr. Segun Bakare
Job no. 2211/LAG/046

Thank you.
Segun
0809 441 2277`,
  },
  {
    category: 'support_request',
    language: 'en',
    subject: `Freeze my membership for 3 months please`,
    body: `Hi guys

I'm having knee surgery on the 2nd of December and the physio says no gym for at least 10–12 weeks. Please can you freeze my membership from 1 December to end of February? Member no. 004418, debit order on the 1st of each month.

I've attached the doctor's letter in case you need it. Will I still be charged the R75 freeze fee per month or is it waived for medical?

Thanks
Sipho Dlamini
Pulse Fitness Rosebank member`,
  },
  {
    category: 'support_request',
    language: 'en',
    subject: `Change of delivery address – sofa order 55019`,
    body: `Hello,

I ordered the Halifax 3-seater in charcoal last month (order #55019), scheduled for delivery the week of December 8. Since then we've had to move out of the apartment earlier than planned.

Could you please change the delivery address to:
Unit 3, 225 Rue Saint-Jacques
Montréal QC H2Y 1M6

Same phone number (514-555-0127). It's a second-floor walk-up, no elevator, in case your delivery team needs to know. If there's an extra charge for that please tell me before.

Thank you,
Olivia Chen`,
  },
  {
    category: 'support_request',
    language: 'da',
    subject: `Mangler skruer til seng + hvordan samles den?`,
    body: `Hej

Vi har fået leveret dobbeltsengen "Vester" (ordre 20-77315) i lørdags. Vi er gået i gang med at samle den, men posen med skruer mangler de lange bolte (del C ifølge vejledningen) – vi har kun 4, og der skal bruges 8.

Samtidig er tegningen til trin 5 med lamelbunden meget svær at forstå. Skal midterbjælken monteres før eller efter sidebrædderne? Den passer ikke, som vi har gjort det.

Kan I sende de manglende bolte, og evt. en video eller bedre vejledning?

Mvh
Lars og Pernille Thomsen
Viborg`,
  },
  {
    category: 'support_request',
    language: 'da',
    subject: `Opsigelse af medlemskab`,
    body: `Kære Yogahuset

Jeg vil gerne opsige mit månedlige medlemskab pr. udgangen af december. Jeg flytter til København i januar og kan desværre ikke fortsætte.

Medlemsnummer: 1172
Navn: Ida Rasmussen

Vil I bekræfte opsigelsen, og skrive om der er en måneds opsigelse ud over løbende måned? Jeg har også et 10-turs klippekort med 3 klip tilbage – kan det bruges i jeres studie på Nørrebro, eller kan jeg få pengene tilbage?

Tak for nogle dejlige år på måtten!

Ida`,
  },
  {
    category: 'support_request',
    language: 'no',
    subject: `Feil beløp på faktura 88113`,
    body: `Hei,

Vi har mottatt faktura 88113 for service på varmepumpen i butikken. Der er det fakturert 3 timer arbeid, men montøren var her i litt over én time (kom 10:15 og dro 11:30 – det står også på arbeidsseddelen han la igjen). I tillegg står det kjøring to ganger.

Kan dere se på dette og sende oss en kreditnota og korrigert faktura? Vi betaler gjerne med en gang når det er rettet.

Kundenr. 20551, Bakeriet på Hjørnet AS

Vennlig hilsen
Siri Nilsen
daglig leder`,
  },
  {
    category: 'support_request',
    language: 'no',
    subject: `Alarmen går av om natten uten grunn`,
    body: `Hei

Alarmanlegget dere monterte i verkstedet i oktober har gått av tre netter på rad nå, rundt kl 03. Vaktselskapet har rykket ut to ganger og det er ingen innbrudd, ingenting er rørt. Det er sensoren ved porten i hallen som løser ut ifølge appen.

Jeg er redd vi blir fakturert for utrykningene. Kan dere sjekke innstillingene eller komme og se på sensoren? Kan det være at varmeviften i hallen setter den i gang?

Avtalenr: SK-30417

Hilsen
Geir Halvorsen
Halvorsen Bilverksted, Hamar
918 22 441`,
  },
  {
    category: 'support_request',
    language: 'fi',
    subject: `Takuu: linssi irtoaa kehyksestä`,
    body: `Hei,

ostin teiltä uudet silmälasit syyskuussa (tilausnumero 22817, kuittikin on tallessa). Nyt oikea linssi on pudonnut kehyksestä jo kaksi kertaa, viimeksi tänä aamuna bussissa. Sain sen painettua takaisin, mutta se on selvästi löysällä.

Onko tämä takuun piirissä? Voinko tuoda lasit liikkeeseen ilman ajanvarausta, ja kauanko korjaus kestää? Minulla ei ole varalaseja, joten en haluaisi olla ilman montaa päivää.

Terveisin
Heikki Laaksonen
040 771 3308`,
  },
  {
    category: 'support_request',
    language: 'fi',
    subject: `Väärä koko – miten palautan kengät?`,
    body: `Moi!

Tilasin viime viikolla talvikengät koossa 38 (tilaus #FI-66410), mutta ne ovat ihan liian pienet, vaikka yleensä 38 on minulle sopiva. Haluaisin vaihtaa ne kokoon 39, jos sitä on vielä varastossa. Jos ei ole, niin sitten rahat takaisin.

Paketissa ei ollut palautuslappua. Pitääkö se tulostaa jostain vai saanko koodin sähköpostiin? Kengät ovat käyttämättömät ja alkuperäisessä laatikossa.

Kiitos!
Noora Virtanen

> From: Nordic Boots Customer Care <care@nordicboots.example>
> Thank you for contacting Nordic Boots! We have received your message and will get back to you within 2 business days. For returns, please include your order number.`,
  },
  {
    category: 'support_request',
    language: 'lt',
    subject: `Gauta sudužusi vaza, užsakymas 40771`,
    body: `Sveiki,

šiandien gavau siuntinį su užsakymu Nr. 40771. Deja, didžioji keraminė vaza (pilka, 40 cm) atkeliavo sudužusi – dėžė buvo įspausta iš šono, o viduje beveik nebuvo apsauginės medžiagos. Žvakidės ir kiti daiktai sveiki.

Pridedu nuotraukas. Norėčiau, kad atsiųstumėte naują vazą, nes ją perkame dovanai prieš Kalėdas. Jei jos nebeturite, prašau grąžinti pinigus.

Ačiū,
Eglė Vasiliauskienė
Vilnius`,
  },
  {
    category: 'support_request',
    language: 'lt',
    subject: `Nešiojamas kompiuteris vis dar kaista po remonto`,
    body: `Laba diena,

praeitą savaitę pas jus remontavau nešiojamą kompiuterį (Asus, remonto kvitas Nr. 2207) – keitėte ventiliatorių ir termo pastą. Pirmas dvi dienas viskas buvo gerai, bet dabar vėl labai kaista ir ventiliatorius ūžia kaip anksčiau, o po pusvalandžio kompiuteris išsijungia.

Ar galiu jį atnešti dar kartą pagal garantiją? Kada geriausia ateiti?

Pagarbiai,
Darius Kazlauskas
+370 686 51 220`,
  },
  {
    category: 'support_request',
    language: 'sk',
    subject: `Reklamácia – rozpáraný šev na bunde`,
    body: `Dobrý deň,

začiatkom novembra som si u Vás objednala zimnú bundu (objednávka č. 2026-11873, farba bordová, veľkosť M). Po dvoch týždňoch nosenia sa rozpáral šev pod pravým rukávom, asi na 8 cm, a začína z neho vyliezať výplň.

Bundu som nosila normálne, nepráte som ju. Chcela by som ju reklamovať – prosím o postup, kam ju mám poslať a či mi pošlete štítok na Packetu. Prikladám fotky.

Ďakujem,
Lucia Baranová
Banská Bystrica`,
  },
  {
    category: 'support_request',
    language: 'sk',
    subject: `nejde tlačiť po inštalácii nového PC`,
    body: `Dobry den pan Hudec,

minuly tyzden ste nam do kancelarie instalovali novy pocitac a prenasali data zo stareho. Vsetko ide, len sa neda tlacit na tu nasu tlaciaren Brother v sklade, pise to "tlaciaren offline". Na starom pocitaci isla.

Skusala som ju vypnut a zapnut aj restartovat pocitac. Mozete mi poradit co mam spravit alebo sa na to pozriet na dialku? Potrebujeme tlacit dodacie listy.

Dakujem
Jana Mikulová
Agro Mikula s.r.o.

Odoslané z môjho telefónu Samsung`,
  },
  {
    category: 'support_request',
    language: 'es',
    subject: `Sofá con mancha en el tapizado – pedido 2026-3390`,
    body: `Buenas tardes:

Ayer nos entregaron el sofá de tres plazas modelo Nilo en tela color arena (pedido 2026-3390). Al quitar el plástico hemos visto una mancha oscura de unos 5 cm en el cojín del asiento central y una costura descosida en el brazo izquierdo. Los transportistas ya se habían ido.

Adjunto fotos. Solicitamos que nos cambien el cojín o el sofá completo, como consideren. No queremos quedárnoslo así, ha costado 1.190 € y era para las fiestas.

Quedo a la espera de su respuesta.

Un saludo,
Pilar Navarro
C/ San Vicente 44, 3.º B – Valencia
Tel. 655 218 904`,
  },
  {
    category: 'support_request',
    language: 'es',
    subject: `cambio de talle zapatillas`,
    body: `Hola! Compré unas zapatillas de running la semana pasada en la tienda online, pedido #7731, talle 41 y me quedan chicas. Las puedo cambiar por 42? Las usé solo para probarlas adentro de casa. Las llevo al local de Rosario o las tengo que mandar por correo? Gracias!!

Agustín`,
  },
  {
    category: 'support_request',
    language: 'pt',
    subject: `Pedido 31877 chegou faltando o cabo e o suporte`,
    body: `Boa tarde,

Recebi hoje o pedido 31877 com o monitor de 27 polegadas, mas dentro da caixa não veio o cabo HDMI nem a base/suporte, só a tela e o cabo de energia. A caixa estava lacrada, então acredito que veio assim da fábrica ou do estoque de vocês.

Preciso do monitor funcionando para o meu escritório até segunda. Como vocês podem resolver? Prefiro que mandem as peças que faltam do que devolver tudo.

Nota fiscal: 118.402
CPF no cadastro: 412.xxx.xxx-07

Obrigada,
Patrícia Gomes
Belo Horizonte`,
  },
  {
    category: 'support_request',
    language: 'pt',
    subject: `Painéis não estão a produzir – app mostra 0 kW`,
    body: `Bom dia Sr. Eng.º Duarte,

Desde sábado que a aplicação do inversor mostra produção 0 kW, mesmo com dias de sol. No próprio inversor, na garagem, aparece uma luz vermelha fixa e a mensagem "Grid fault". Entretanto a luz de casa funciona normalmente.

Não mexi em nada. Houve uma trovoada na sexta à noite, não sei se tem relação.

A instalação foi feita por vocês em julho (contrato n.º 2026/0715, 12 painéis). Conseguem verificar à distância ou é preciso vir cá um técnico?

Cumprimentos,
Fernanda Rocha
Torres Vedras
963 221 580`,
  },
  {
    category: 'support_request',
    language: 'fr',
    subject: `Erreur dans le nom sur les billets – dossier 44718`,
    body: `Bonjour,

En relisant les documents de voyage reçus hier pour notre séjour au Mexique (dossier 44718, départ de Montréal le 3 janvier), je constate que le nom de mon conjoint est mal orthographié sur son billet d'avion : « Gagnom » au lieu de « Gagnon ». Le prénom est correct.

J'ai peur que ça pose problème à l'embarquement. Pouvez-vous faire corriger ça auprès de la compagnie aérienne? Y a-t-il des frais? C'est pourtant bien écrit sur le formulaire qu'on vous a rempli.

Merci beaucoup,
Marie-Ève Gagnon
Sherbrooke, Qc`,
  },
  {
    category: 'support_request',
    language: 'de',
    subject: `DRINGEND: gemietete Rüttelplatte springt nicht an`,
    body: `Hallo Herr Kraft,

ich habe heute früh bei Ihnen die Rüttelplatte (Vertrag 71388) abgeholt. Jetzt auf der Baustelle springt sie nicht an – Benzinhahn ist offen, Choke gezogen, getankt ist sie auch. Der Seilzug geht ganz schwer.

Die Pflasterer stehen hier und warten. Können Sie mir telefonisch helfen oder ein Ersatzgerät bringen? Ich bin in Wettenberg, Adresse wie im Vertrag.

Gruß
Daniel Roth
0171 4482193`,
  },
  {
    category: 'support_request',
    language: 'tr',
    subject: `Yanlış balata gönderilmiş – sipariş 66201`,
    body: `Merhaba,

66201 numaralı siparişte Fiat Doblo 2018 için ön fren balatası istemiştik, ama gelen kutunun üzerinde Fiat Linea yazıyor ve montaj sırasında uymadığını gördük. Müşterinin aracı serviste bekliyor.

Doğru balatayı bugün kargoya verebilir misiniz? Yanlış geleni de kargocuya geri verelim mi, yoksa bir sonraki siparişle mi gönderelim, nasıl isterseniz.

İyi çalışmalar,
Hakan Yıldız
Yıldız Oto Servis, Eskişehir`,
  },
  {
    category: 'support_request',
    language: 'ro',
    subject: `Intrebare despre administrarea pastilelor pentru Luna`,
    body: `Bună ziua,

Am fost ieri la dumneavoastră cu pisica mea, Luna, și ne-ați dat antibioticul și pastilele pentru stomac. Acasă mi-am dat seama că nu mai știu sigur: antibioticul se dă de două ori pe zi, câte o jumătate de pastilă, sau o pastilă întreagă dimineața? Pe cutie nu scrie nimic, iar biletul l-am pierdut.

De asemenea, Luna nu vrea să mănânce pastila cu mâncarea umedă, o scuipă. Pot să o zdrobesc?

Vă mulțumesc mult,
Andreea Vasile`,
  },
  {
    category: 'support_request',
    language: 'hu',
    subject: `Nem záródik a szekrényajtó`,
    body: `Jó napot!

Két hete szállították ki és szerelték össze a háromajtós gardróbszekrényt (rendelésszám: 2026/1144). A középső ajtó azóta nem záródik rendesen, kb. 1 cm-re elmarad a többitől, és felül súrolja a szomszéd ajtót.

Próbáltam a zsanér csavarjait állítani egy csavarhúzóval, de nem tudom, melyik csavar mire való, és nem akarom elrontani. Tudnak küldeni egy leírást, vagy ki kell jönnie valakinek?

Köszönöm:
Tóth Mária
Kecskemét`,
  },
  {
    category: 'support_request',
    language: 'el',
    subject: `Λάθος διοπτρία στους φακούς επαφής`,
    body: `Καλημέρα,

Παρέλαβα χθες τους μηνιαίους φακούς επαφής που παρήγγειλα από το κατάστημά σας (παραγγελία 20817). Στη συνταγή μου έχω -2,75 και στα δύο μάτια, αλλά στα κουτιά γράφει -2,25. Τους δοκίμασα και πράγματι δεν βλέπω καθαρά.

Μπορείτε να μου τους αλλάξετε; Δεν έχω ανοίξει το δεύτερο κουτί. Να τους φέρω στο κατάστημα στην Πάτρα ή θα στείλετε κούριερ;

Ευχαριστώ,
Ελένη Σταθοπούλου`,
  },
  // ───────────────────────────── meeting_request ─────────────────────────────
  {
    category: 'meeting_request',
    language: 'en',
    subject: `Site survey for the barn conversion – dates?`,
    body: `Dear Mr and Mrs Pritchard,

Thank you for sending the deeds plan and the photos of the barn. Before we can start on the measured drawings, I'd like to do a proper site survey with my colleague Ellie, which usually takes around three hours.

Would any of these suit you?
- Tuesday 1 December, from 10am
- Thursday 3 December, from 1pm
- Friday 4 December, from 9.30am

It would help if someone could be there to open up the hayloft, and if you have any old survey drawings lying around, please dig them out.

Kind regards,
Fiona Caldwell RIBA
Caldwell Stone Architects, Ludlow
01584 877 210`,
  },
  {
    category: 'meeting_request',
    language: 'en',
    subject: `Request for visit to your showroom on Tuesday`,
    body: `Dear Mr. Sharma ji,

Greetings!

I am the new Area Sales Manager for Rajasthan at Kohinoor Sanitaryware, taking over from Mr. Deepak Jain. I would like to visit your showroom in Jaipur to introduce myself and discuss the schemes for the January–March quarter.

Would Tuesday, 1st December around 11:30 AM be convenient for you? If not, please suggest any time on Wednesday or Thursday as I will be in Jaipur for the full week.

Looking forward to meeting you.

Warm regards,
Vikram Singh Rathore
ASM – Rajasthan, Kohinoor Sanitaryware Pvt. Ltd.
+91 98290 11456`,
  },
  {
    category: 'meeting_request',
    language: 'en',
    subject: `Re: Inspection visit Thursday – can we shift to Saturday?`,
    body: `Hello Engr. Yusuf,

Thank you for confirming your team for the site inspection on Thursday for the solar installation at our school. Unfortunately Thursday we have the end of term PTA meeting and the whole compound will be busy, and I will not be around to show your people the roof access.

Is it possible to move the inspection to Saturday 28th, any time from 9am? If Saturday is not possible for you, Monday 30th morning is also ok.

Kindly let me know so I can inform the security man.

Regards,
Mrs Aisha Bello
Proprietress, Little Stars Nursery & Primary School, Kaduna

> On Mon, 23 Nov 2026, Yusuf Energy Solutions wrote:
> Our team will come for site inspection on Thursday 26th Nov at 10am. Please confirm.`,
  },
  {
    category: 'meeting_request',
    language: 'en',
    subject: `Fitting appointment for the bridesmaids`,
    body: `Hi Zanele

Just confirming that the bridesmaids' dresses are ready for the first fitting. Could the four of them come in on Saturday 5 December at 10:00? We'd need about an hour and a half for all of them, so please ask them to bring the shoes they'll wear on the day.

If Saturday doesn't work for everyone, I can also do Thursday 3 December after 17:30.

Please confirm by Wednesday so I can block the studio.

Lots of love
Ayesha
Ayesha Patel Couture, Durban North
083 551 2874`,
  },
  {
    category: 'meeting_request',
    language: 'en',
    subject: `30 min call to plan Q1 orders?`,
    body: `Hi Jordan,

Before everyone disappears for the holidays, could we get on a quick call to go over your Q1 needs for the maple cutting boards and serving trays? Our mill is booking January production slots now and I'd like to hold the right amount for you.

I'm free Thursday Dec 3 between 1 and 4 pm Eastern, or Friday morning. Send me a time and I'll send a Teams invite, or just call my cell if that's easier.

Thanks,
Mélanie Côté
Account Manager, Laurentian Woodcraft Inc.
Cell 819-555-0163`,
  },
  {
    category: 'meeting_request',
    language: 'fr',
    subject: `Prise de rendez-vous pour le métré de votre cuisine`,
    body: `Bonjour Madame Morel,

Merci pour votre demande et pour le plan de l'architecte. Pour pouvoir établir un devis précis, notre concepteur doit venir prendre les mesures sur place (compter environ une heure).

Nous vous proposons les créneaux suivants :
– mardi 1er décembre à 9 h 00
– mercredi 2 décembre à 14 h 00
– samedi 5 décembre à 10 h 30

Merci de nous indiquer celui qui vous convient, ainsi que le code d'accès de l'immeuble et l'étage.

Cordialement,
Nathalie Girard
Atelier Bois & Laque – Villeurbanne
04 78 85 22 19`,
  },
  {
    category: 'meeting_request',
    language: 'fr',
    subject: `Report de notre réunion de jeudi`,
    body: `Bonjour Monsieur Claes,

Je suis désolé, mais je dois reporter notre réunion de jeudi 26 novembre à 14 h concernant le renouvellement de la gamme d'épices pour nos magasins. Notre livraison de Rotterdam a pris du retard et je dois être à l'entrepôt de Charleroi ce jour-là.

Serait-il possible de nous voir le mardi 1er ou le mercredi 2 décembre, à la même heure ? Je peux aussi me déplacer chez vous à Anvers si c'est plus simple.

Avec mes excuses et mes meilleures salutations,
Karim Benali
Responsable achats – Épicerie du Monde SRL`,
  },
  {
    category: 'meeting_request',
    language: 'de',
    subject: `Terminvorschlag Vor-Ort-Besichtigung PV-Anlage`,
    body: `Sehr geehrter Herr Lindner,

vielen Dank für Ihre Anfrage zur Photovoltaikanlage auf dem Dach Ihrer Werkstatt. Damit wir die Statik, den Zählerschrank und die Kabelwege beurteilen können, würden wir gern einen Besichtigungstermin vereinbaren.

Passt Ihnen Mittwoch, der 2. Dezember, um 15:00 Uhr? Alternativ wäre Freitag, der 4. Dezember, vormittags möglich. Der Termin dauert etwa 45 Minuten. Bitte halten Sie, falls vorhanden, eine aktuelle Stromrechnung bereit.

Mit freundlichen Grüßen
Lena Schubert
Sonnendach Franken GmbH
Tel. 0911 4477 120`,
  },
  {
    category: 'meeting_request',
    language: 'de',
    subject: `Anprobe am Samstag verschieben?`,
    body: `Hallo Frau Kessler,

ich habe am Samstag um 11 Uhr meinen Anprobetermin für den Maßanzug. Leider ist bei mir kurzfristig eine Familienfeier dazwischengekommen.

Könnten wir die Anprobe auf nächste Woche verschieben? Dienstag oder Donnerstag nach 17 Uhr würde mir gut passen.

Viele Grüße
Tobias Engel

Von meinem iPhone gesendet`,
  },
  {
    category: 'meeting_request',
    language: 'tr',
    subject: `Fabrika ziyareti talebi – 8-9 Aralık`,
    body: `Merhaba Serkan Bey,

Numuneleriniz bize ulaştı, kalite beklentimizin üzerinde. Siparişi kesinleştirmeden önce üretim tesisinizi yerinde görmek ve ekibinizle tanışmak istiyoruz.

Ben ve satın alma müdürümüz 8 veya 9 Aralık tarihlerinde Bursa'da olacağız. Bu tarihlerden birinde öğleden sonra sizin için uygun mudur? Yaklaşık iki saatlik bir ziyaret planlıyoruz.

Dönüşünüzü bekliyorum.

Saygılarımla,
Burcu Kaya
Kaya Ev Tekstili, İzmir`,
  },
  {
    category: 'meeting_request',
    language: 'tr',
    subject: `Yarınki toplantı iptal`,
    body: `Nermin Hanım merhaba,

Yarın saat 10:00'da mağazada yapacağımız yeni sezon gözlük çerçeveleri toplantısını maalesef iptal etmek zorundayım, distribütör temsilcisinin uçuşu iptal olmuş.

Yeni tarih netleşince size tekrar yazacağım, muhtemelen önümüzdeki hafta olur.

İyi akşamlar,
Orhan Şahin
Şahin Optik, Kadıköy

---------- Forwarded message ----------
From: Luca Bernardi <l.bernardi@occhialeria-veneta.example>
Subject: Tomorrow's visit
Dear Orhan, I am very sorry but my flight from Venice to Istanbul has been cancelled due to a strike. I will propose new dates as soon as possible. Best regards, Luca`,
  },
  {
    category: 'meeting_request',
    language: 'ro',
    subject: `Programare vizita la sediul nostru din Brasov`,
    body: `Bună ziua, doamna Pop,

Vă mulțumim pentru interesul arătat față de mobilierul nostru pentru grădinițe. Ne-ar face plăcere să vă prezentăm mostrele de paturi și mese direct în showroom-ul din Brașov.

Ați putea veni joi, 3 decembrie, la ora 11:00, sau vineri, 4 decembrie, la ora 14:00? Dacă vă este mai comod, putem veni noi la grădiniță, în Făgăraș, în cursul săptămânii următoare.

Aștept confirmarea dumneavoastră.

Cu stimă,
Radu Munteanu
Director vânzări, Kinder Mobila SRL
0722 614 905`,
  },
  {
    category: 'meeting_request',
    language: 'ro',
    subject: `Confirmare intalnire la targ – stand 7B`,
    body: `Salut Bogdan,

Confirm întâlnirea de miercuri, 2 decembrie, ora 13:30, la standul nostru (Pavilionul C, stand 7B) de la târgul Indagra. Vine și colegul meu Ionuț, care se ocupă de logistica pentru Moldova.

Dacă se schimbă ceva, dă-mi un semn pe WhatsApp.

O zi bună,
Mihaela Tudor
AgroSem Distribuție`,
  },
  {
    category: 'meeting_request',
    language: 'hu',
    subject: `Időpont egyeztetés – riasztórendszer felmérés`,
    body: `Tisztelt Horváth Úr!

Köszönjük megkeresését a gyógyszertár riasztó- és kamerarendszerével kapcsolatban. A pontos árajánlathoz kollégánknak helyszíni felmérést kell végeznie, ami kb. egy órát vesz igénybe, és zárás után is megoldható.

Az alábbi időpontokat tudjuk felajánlani:
– december 1., kedd, 18:30
– december 3., csütörtök, 8:00 (nyitás előtt)

Kérem, jelezze, melyik felel meg Önnek.

Üdvözlettel:
Varga Péter
Biztonságtechnika Varga Kft., Győr
+36 96 511 204`,
  },
  {
    category: 'meeting_request',
    language: 'hu',
    subject: `Re: Pénteki megbeszélés áttétele`,
    body: `Szia Dóra!

A pénteki megbeszélést a tavaszi szövetrendelésről át tudnánk tenni hétfőre, november 30-ra? Pénteken a pécsi üzletben kell lennem leltár miatt. Hétfőn 10 és 14 óra között bármikor jó, akár Teamsen is.

Köszi!
Anikó

----- Eredeti üzenet -----
Feladó: Molnár Dóra
Tárgy: Pénteki megbeszélés
Akkor pénteken 11-kor nálatok, hozom a mintakártyákat.`,
  },
  {
    category: 'meeting_request',
    language: 'el',
    subject: `Ραντεβού για μέτρηση κουζίνας`,
    body: `Καλησπέρα κυρία Δημητρίου,

Σας ευχαριστούμε για την επίσκεψή σας στην έκθεση. Για να προχωρήσουμε στο σχέδιο της κουζίνας, ο τεχνικός μας πρέπει να έρθει στο σπίτι για μετρήσεις.

Σας βολεύει την Πέμπτη 3 Δεκεμβρίου στις 10:00 ή το Σάββατο 5 Δεκεμβρίου στις 12:00; Η μέτρηση διαρκεί περίπου μισή ώρα.

Παρακαλώ επιβεβαιώστε μας ποια ημέρα σας εξυπηρετεί.

Με εκτίμηση,
Ξύλινες Δημιουργίες Κωστόπουλος
Βόλος – 24210 33 418`,
  },
  {
    category: 'meeting_request',
    language: 'el',
    subject: `Τηλεφωνική συνάντηση για τις παραγγελίες Ιανουαρίου`,
    body: `Γεια σου Νίκο,

Μπορούμε να κανονίσουμε ένα σύντομο τηλεφώνημα αυτή την εβδομάδα για να δούμε τις ποσότητες φέτας και γιαουρτιού που θα χρειαστείτε τον Ιανουάριο; Θέλω να κλείσω το πρόγραμμα παραγωγής πριν τις γιορτές.

Εγώ μπορώ Τετάρτη μετά τις 3 ή Πέμπτη όλο το πρωί. Πες μου τι σε βολεύει.

Φιλικά,
Αντώνης Ρήγας
Τυροκομείο Ρήγα, Ιωάννινα`,
  },
  {
    category: 'meeting_request',
    language: 'da',
    subject: `Møde om forårskollektionen – uge 49?`,
    body: `Hej Louise

Vores forårskollektion af strik er klar, og jeg vil rigtig gerne vise den for dig i butikken, før vi åbner for forudbestillinger.

Kan vi finde en time i uge 49? Jeg er i Aarhus tirsdag og onsdag og kan komme forbi når som helst mellem 10 og 16. Ellers kan vi tage det over video, men det er nu sjovere at mærke på garnet.

Hvad siger du?

Mange hilsner
Birgitte Holm
Holm Strik ApS · 40 18 77 52`,
  },
  {
    category: 'meeting_request',
    language: 'da',
    subject: `Aflysning af besøg fredag`,
    body: `Hej Thomas,

Jeg er nødt til at aflyse vores aftale fredag kl. 9, hvor du skulle kigge på taget til solcellerne. Vores tømrer har fundet råd i et par spær, som skal skiftes først, så det giver ikke mening at måle op endnu.

Jeg vender tilbage med en ny dato, når tømreren er færdig – formentlig i midten af januar.

Venlig hilsen
Anders Mikkelsen
Mikkelsens Maskinstation`,
  },
  {
    category: 'meeting_request',
    language: 'es',
    subject: `Reunión con la junta rectora de la cooperativa`,
    body: `Estimado Sr. Ortega:

Le escribo en nombre de la junta rectora de la Cooperativa Olivarera San Isidro. Nos gustaría reunirnos con usted para conocer en detalle su propuesta de envasado y distribución de nuestro aceite en Alemania.

¿Le vendría bien el martes 1 de diciembre a las 18:00 en nuestras oficinas de Baena? Si prefiere otra fecha, cualquier tarde de esa semana nos vale, salvo el jueves.

Un cordial saludo,
Francisco Jiménez Luque
Secretario – Coop. Olivarera San Isidro
957 670 214`,
  },
  {
    category: 'meeting_request',
    language: 'pt',
    subject: `Agendamento de visita técnica – câmaras frigoríficas`,
    body: `Prezado Sr. Almeida,

Conforme combinado por telefone, precisamos agendar a visita técnica para avaliação das duas câmaras frigoríficas do seu entreposto antes de enviarmos a proposta de manutenção preventiva.

Temos disponibilidade na quarta-feira, 2/12, às 8h, ou na sexta-feira, 4/12, às 14h. O técnico precisará de acesso à casa de máquinas.

Pode nos confirmar o melhor horário?

Atenciosamente,
Juliana Prado
Coordenadora de Atendimento
FrioSul Refrigeração Comercial – Chapecó/SC`,
  },
  {
    category: 'meeting_request',
    language: 'no',
    subject: `Kan vi flytte møtet om leieavtalen?`,
    body: `Hei Kristin,

Vi hadde satt opp et møte torsdag kl. 13 for å gå gjennom ny rammeavtale for leie av varebiler til neste år. Jeg har dessverre fått en kollisjon med en leverandørrevisjon den dagen.

Passer det å ta møtet mandag 7. desember kl. 13 i stedet, eller på Teams tirsdag formiddag?

Mvh
Espen Lie
Innkjøpsleder, Vestland Rør og Varme AS`,
  },
  {
    category: 'meeting_request',
    language: 'fi',
    subject: `Palaveri kevään tilauksista`,
    body: `Hei Jukka,

sovitaanko palaveri kevään kylvösiemen- ja lannoitetilauksista ennen joulua? Osuuskunnan hallitus haluaisi tietää hinta-arviot tammikuun kokoukseen mennessä.

Pääsisin teille Seinäjoelle keskiviikkona 9.12. klo 13 tai torstaina 10.12. aamupäivällä. Kerro kumpi sopii, tai ehdota muuta aikaa.

Terveisin
Riikka Mäkelä
Etelä-Pohjanmaan Viljelijäosuuskunta
050 441 2871`,
  },
  {
    category: 'meeting_request',
    language: 'lt',
    subject: `Meeting at the Baldai 2026 fair?`,
    body: `Laba diena, p. Rimantai,

Matau, kad dalyvausite parodoje „Baldai 2026“ Vilniaus LITEXPO. Norėtume ten trumpai susitikti ir aptarti ąžuolinių stalviršių tiekimą mūsų internetinei parduotuvei kitais metais.

Ar tiktų ketvirtadienį, gruodžio 3 d., 14 val. prie Jūsų stendo? Jei ne, galime ir penktadienio rytą.

Pagarbiai,
Justina Paulauskaitė
UAB „Medžio namai“`,
  },
  {
    category: 'meeting_request',
    language: 'sk',
    subject: `Obhliadka priestorov pred návrhom interiéru`,
    body: `Dobrý deň pani Šimková,

ďakujem za zaslané pôdorysy kaviarne. Skôr ako pripravím prvý návrh interiéru, potrebovala by som si priestor pozrieť naživo, odfotiť a premerať niektoré detaily (okná, výšku stropu, rozvody).

Vyhovoval by Vám pondelok 30. 11. o 10:00 alebo streda 2. 12. popoludní? Obhliadka potrvá približne hodinu.

S pozdravom
Ing. arch. Katarína Benková
Studio Benková, Bratislava
+421 905 331 208`,
  },
  // ───────────────────────────── newsletter ─────────────────────────────
  {
    category: 'newsletter',
    language: 'en',
    subject: `The Cutting Table – December: new wools, mill visit & holiday dispatch dates`,
    body: `THE CUTTING TABLE
Monthly notes for our trade customers from Pennine Cloth Merchants

In this issue
1. Eight new Shetland tweeds for AW27 – swatch cards go out with January orders
2. Behind the scenes: our visit to a family mill in the Borders that's been weaving since 1887
3. Why your linen shrinks (and how to warn your customers)
4. Holiday dispatch: last orders for pre-Christmas delivery by Friday 11 December, 2pm

Customer spotlight
This month we chatted to Amira from Stitch & Story in Harrogate about running sewing classes above her shop, and how she turned offcuts into a best-selling patchwork kit.

Trade tip
Heavier coatings are now sold in half-metre steps for trade accounts – handy for sampling.

You're receiving this because you have a trade account with Pennine Cloth Merchants Ltd.
Manage preferences | Unsubscribe
Pennine Cloth Merchants Ltd, Dean Clough Mills, Halifax HX3 5AX`,
  },
  {
    category: 'newsletter',
    language: 'en',
    subject: `AutoParts Pulse | Winter range, new brake kits & dealer meet dates`,
    body: `Dear Valued Dealer,

Welcome to the November edition of AutoParts Pulse from Bharat Motor Components.

WHAT'S NEW
• Winter range: battery chargers, fog lamps and wiper blades for all popular hatchbacks – now in stock at all depots.
• Ceramic brake pad kits for Maruti Swift, Hyundai i20 and Tata Nexon with 30,000 km warranty.
• Our dealer app now shows live stock at the nearest depot.

MARKET WATCH
Steel prices have softened this month; we expect stable prices on exhaust and suspension parts till March.

DEALER MEETS 2027
Chennai – 16 Jan | Bengaluru – 23 Jan | Hyderabad – 30 Jan
Register through your sales executive.

Happy selling!
Team BMC

To stop receiving these mails, reply with UNSUBSCRIBE.
Bharat Motor Components Pvt. Ltd., Ambattur Industrial Estate, Chennai`,
  },
  {
    category: 'newsletter',
    language: 'en',
    subject: `Farmers' Voice – Dry season planting, fertiliser prices & co-op news`,
    body: `FARMERS' VOICE
Newsletter of the Benue Valley Farmers' Multipurpose Cooperative
Issue 44 – November 2026

FROM THE CHAIRMAN'S DESK
Dear members, the rains have ended and we thank God for a fair harvest. Soybean prices at the Makurdi market held up better than expected.

DRY SEASON PLANTING
The cooperative irrigation pumps will be available from 1st December. Book your slot with your cluster leader. Extension officers will be at Gboko on 3rd December to demonstrate drip kits.

INPUT PRICES
Urea: N52,000 per bag (members' price)
NPK 20-10-10: N48,500 per bag
Improved maize seed (10kg): N18,000

REMINDERS
Annual dues of N10,000 are payable before the AGM in January.

Stay blessed and keep farming!
Secretariat, BVFMC – Makurdi
To leave this mailing list, reply "REMOVE".`,
  },
  {
    category: 'newsletter',
    language: 'en',
    subject: `SolarBeat #31 – load-shedding outlook, new battery rules and installer tips`,
    body: `SolarBeat
The installer bulletin from SunDirect Wholesale

Howzit installers,

Here's your end-of-year roundup:

- Grid outlook: Eskom's summer outlook is cautiously positive, but municipal outages are up in Gauteng. Good time to push backup on small-business quotes.
- Compliance: the revised SANS rules for lithium battery enclosures in residential garages come into effect in March. We've summarised the key changes in a one-page PDF.
- Stock: 5kW and 8kW hybrid inverters are back in our Midrand and Durban warehouses. Panels: 550W mono, plenty.
- Training: free afternoon workshop on commissioning and app setup, Cape Town 9 Dec, Joburg 10 Dec. Places limited.

Closing dates: last deliveries 18 December, we reopen 6 January.

Cheers,
The SunDirect team
You receive this as a registered SunDirect installer. Unsubscribe here.`,
  },
  {
    category: 'newsletter',
    language: 'en',
    subject: `Seller Digest: holiday shipping cut-offs, new return settings and a fee update`,
    body: `Seller Digest – November 2026
For sellers on MapleMarket

Hi Cedar & Pine Candle Co.,

Holiday shipping cut-offs
Canada Post recommends shipping Expedited parcels within the country by December 15. Update your handling times so buyers see realistic delivery dates.

New: returns settings per product
You can now set different return windows for personalised items. Go to Settings > Policies to review yours.

Fee update
From January 15, 2027, the payment processing fee on orders paid with Interac changes from 2.4% to 2.2%.

Seller story
How a two-person pottery studio in Saskatoon tripled its December sales by bundling gift sets.

See you in the new year!
The MapleMarket Seller Team

You're receiving this because you have an active seller account. Email preferences | Privacy
MapleMarket Inc., 100 King St W, Toronto ON`,
  },
  {
    category: 'newsletter',
    language: 'no',
    subject: `Nytt fra Byggvarehuset – desember`,
    body: `Hei proff-kunde!

Desember er her, og vi har samlet noen nyheter for deg:

🔨 Nytt i sortimentet: isolerte arbeidsklær fra et norsk merke, og batteriverktøy i 18V-serien som passer med tidligere modeller.
🚚 Julestenging: lageret i Sandnes holder stengt 24.–27. desember. Bestill før 20.12. for levering før jul.
📅 Kurs: «Tett hus» med fokus på vindsperre og dampsperre, 14. januar, gratis for proffkunder.
💡 Tips: med proffkortet får du nå fri frakt på ordre over 5 000 kr eks. mva.

God jul og takk for handelen i år!

Hilsen oss i Byggvarehuset Jæren AS
Du får denne e-posten fordi du er registrert som proffkunde. Meld deg av her.`,
  },
  {
    category: 'newsletter',
    language: 'no',
    subject: `Medlemsbrev fra Norsk Hagebrukslag – november`,
    body: `Kjære medlem,

Her er månedens medlemsbrev.

Sesongen oppsummert: Tross en kald vår ble jordbærsesongen bedre enn fryktet, mens epleavlingene i Hardanger var rekordstore. Vi har samlet tall fra medlemmene i vedlagt rapport.

Fagdag om lagring: Fagdagen 20. januar handler om lagring og pakking av frukt og grønt. Påmelding på nettsidene.

Innkjøpsavtale: Den nye avtalen om emballasje gir medlemmer 8 % rabatt hos to leverandører fra nyttår.

Ha en fin førjulstid!

Med vennlig hilsen
Sekretariatet, Norsk Hagebrukslag
Du mottar dette brevet som medlem. Avmelding: svar på denne e-posten.`,
  },
  {
    category: 'newsletter',
    language: 'fi',
    subject: `Kauneusala-uutiskirje 11/2026: uutuudet ja kevään koulutukset`,
    body: `Hei jälleenmyyjä!

Tässä marraskuun uutiset Pohjolan Kosmetiikan tukusta:

UUTUUDET
• Luonnonkosmetiikkasarja Kaisla laajenee: uusi kasvoöljy ja kosteuttava naamio tammikuussa.
• Lahjapakkaukset joulumyyntiin – viimeiset tilaukset 7.12. mennessä.

KOULUTUKSET KEVÄÄLLE
Järjestämme myyjäkoulutuksia Helsingissä, Tampereella ja Oulussa helmi–maaliskuussa. Aiheena ihotyypit ja ainesosien kertominen asiakkaalle ymmärrettävästi.

MUISTUTUS
Uusi hinnasto astuu voimaan 1.1.2027 ja löytyy jälleenmyyjäportaalista.

Hyvää joulun odotusta!
Pohjolan Kosmetiikka Oy
Et halua enää uutiskirjettä? Peru tilaus tästä.`,
  },
  {
    category: 'newsletter',
    language: 'fi',
    subject: `Salivinkit – joulukuun ryhmäliikuntakalenteri`,
    body: `Moikka salilainen!

Joulukuun tunnit ovat nyt varattavissa sovelluksessa. Mukana muutama uusi tuttavuus:

– Liikkuvuus & palautuminen sunnuntaisin klo 18
– Kahvakuulan perusteet -kurssi (4 kertaa) alkaa 3.12.
– Joulupäivän aamuna avoin jumppa koko perheelle

Aukioloajat joulun aikaan: 24.–26.12. sali on auki klo 8–14, ryhmätunteja ei ole.

Valmentajan vinkki: Talvella kannattaa panostaa kunnolliseen lämmittelyyn – kylmät lihakset venähtävät helpommin.

Nähdään salilla!
Kuntokeskus Voima, Jyväskylä
Saat tämän viestin jäsenenä. Muokkaa tilausasetuksia.`,
  },
  {
    category: 'newsletter',
    language: 'lt',
    subject: `Ūkininko žinios: gruodžio naujienos kooperatyvo nariams`,
    body: `Sveiki, kooperatyvo nariai,

Siunčiame gruodžio naujienlaiškį.

Grūdų supirkimo kainos. Kviečių supirkimo kaina šią savaitę – 198 EUR/t (maistiniai), rapsų – 455 EUR/t. Kainų apžvalgą rasite priede.

Trąšų užsakymai pavasariui. Išankstinius užsakymus priimame iki sausio 15 d., nariams taikoma 5 % nuolaida.

Seminaras. Sausio 22 d. Kėdainiuose vyks seminaras apie tiesioginių išmokų pokyčius 2027 m.

Linkime ramių švenčių!
Kooperatyvas „Nevėžio grūdai“
Jei nebenorite gauti naujienų, atsakykite į šį laišką žodžiu „ATSISAKYTI“.`,
  },
  {
    category: 'newsletter',
    language: 'lt',
    subject: `Kelionių naujienos: ankstyvas užsakymas vasarai 2027`,
    body: `Labas!

Vasara dar toli, bet geriausios kainos – dabar.

🌞 Ankstyvojo užsakymo akcija: iki gruodžio 31 d. užsisakiusiems keliones į Graikiją, Turkiją ir Bulgariją – iki 20 % nuolaida ir nemokamas vaikų iki 6 m. skrydis.
✈️ Nauji tiesioginiai skrydžiai iš Vilniaus į Kretą ir Antaliją nuo gegužės.
🏔️ Žiemos poilsis Austrijoje: dar liko keletas vietų sausio kelionėse.

Užsukite į mūsų agentūrą Kaune, Laisvės al. 58, arba skambinkite +370 37 200 118.

Jūsų „Saulės kelionės“
Šį laišką gavote, nes užsiprenumeravote naujienas. Atsisakyti prenumeratos.`,
  },
  {
    category: 'newsletter',
    language: 'sk',
    subject: `Novinky zo sveta nábytkových kovaní – december 2026`,
    body: `Dobrý deň,

prinášame Vám decembrové novinky pre stolárov a výrobcov nábytku:

• Nové výsuvy s plným výsuvom a tlmením pre zásuvky do 70 kg sú skladom v Žiline aj v Nitre.
• Skladové dni: 10. a 11. 12. zľava 12 % na pánty a úchytky.
• Seminár o navrhovaní kuchýň s bezúchytkovým otváraním – 21. januára, Trenčín.
• Otváracie hodiny počas sviatkov: 23. 12. – 6. 1. sklady zatvorené.

Ďakujeme za dôveru v tomto roku.

Váš tím Kovanie Plus s.r.o.
Tento e-mail ste dostali, pretože ste registrovaný zákazník. Odhlásiť odber.`,
  },
  {
    category: 'newsletter',
    language: 'sk',
    subject: `Lekáreň Zdravie – zimné tipy a akcie mesiaca`,
    body: `Milí zákazníci,

zima je tu a s ňou aj nádcha a kašeľ. Pripravili sme pre Vás niekoľko tipov:

Ako posilniť imunitu – vitamín D, dostatok spánku a pohyb na čerstvom vzduchu. Naša farmaceutka PharmDr. Eva Šulcová radí, kedy je dobré navštíviť lekára.

Akcie mesiaca (do 31. 12.)
– vitamínové prípravky pre deti -20 %
– zvlhčovače vzduchu -15 %
– pri nákupe nad 30 € darček

Vianočné otváracie hodiny nájdete na našej webovej stránke.

Vaša Lekáreň Zdravie, Nitra
Odber noviniek môžete kedykoľvek zrušiť tu.`,
  },
  {
    category: 'newsletter',
    language: 'es',
    subject: `Boletín Ferretería Pro – novedades de diciembre`,
    body: `Hola, profesional:

Te traemos las novedades del mes en Ferretería Industrial Levante:

🔧 Nueva gama de herramientas a batería de 18 V compatible con tus máquinas anteriores.
📦 Envíos gratis a partir de 150 € para clientes con tarjeta profesional.
🎄 Horario especial: cerramos el 24 y el 31 a las 14:00.
📚 Jornada técnica sobre anclajes químicos el 17 de diciembre en nuestra tienda de Paterna. Plazas limitadas.

¡Gracias por confiar en nosotros un año más!

Ferretería Industrial Levante, S.L.
Recibes este correo porque estás dado de alta en nuestro club profesional. Darse de baja.`,
  },
  {
    category: 'newsletter',
    language: 'es',
    subject: `Feria Expo Café & Panadería 2027 – programa y acreditaciones`,
    body: `Estimado expositor / visitante profesional:

Ya está disponible el programa de la próxima Expo Café & Panadería, que se celebrará del 10 al 12 de marzo de 2027 en el Centro de Convenciones de Bogotá.

Este año contaremos con:
- Más de 180 expositores de maquinaria, insumos y empaques
- Campeonato nacional de baristas
- Charlas sobre costos y precios para pequeñas panaderías
- Rueda de negocios con distribuidores de Ecuador y Perú

Las acreditaciones profesionales son gratuitas hasta el 31 de enero.

Nos vemos en Bogotá,
Equipo Expo Café & Panadería
Si no desea recibir más comunicaciones, haga clic aquí.`,
  },
  {
    category: 'newsletter',
    language: 'pt',
    subject: `Novidades do Atacado – coleção verão chegou!`,
    body: `Oi, lojista!

A coleção Verão 2027 já está disponível no nosso site de atacado, com mais de 300 modelos de moda praia, saídas e acessórios.

✨ Destaques: biquínis com proteção UV, tecidos reciclados e a nova linha plus size
📦 Pedido mínimo: R$ 800,00 (pode misturar modelos e tamanhos)
🚚 Frete grátis para Sul e Sudeste acima de R$ 2.500,00 até 15/12
💳 Parcelamento em até 4x no boleto para CNPJ cadastrado

Fotos em alta resolução para suas redes sociais podem ser baixadas na área do cliente.

Boas vendas!
Equipe Maré Alta Moda Praia – Cabo Frio/RJ
Você recebe este e-mail por estar cadastrado como revendedor. Descadastrar.`,
  },
  {
    category: 'newsletter',
    language: 'pt',
    subject: `Boletim da Associação de Óticas – novembro`,
    body: `Caros associados,

Segue o boletim informativo de novembro.

Formação: estão abertas as inscrições para o curso de adaptação de lentes de contacto (Lisboa, 23 e 24 de janeiro). Associados com quotas em dia têm 30 % de desconto.

Mercado: os dados do último trimestre mostram crescimento de 6 % nas vendas de lentes progressivas em óticas independentes.

Legislação: resumimos as novas regras de publicidade a produtos de saúde que entram em vigor em 2027.

Jantar de Natal: 12 de dezembro, no Porto. Reservas até dia 5.

Com os melhores cumprimentos,
A Direção
Para deixar de receber este boletim, responda com "remover".`,
  },
  {
    category: 'newsletter',
    language: 'fr',
    subject: `La Lettre du Pro – décembre : nouveautés salle de bains et dates de fermeture`,
    body: `Bonjour,

Voici votre lettre d'information mensuelle de Sanitaires du Sud-Ouest.

NOUVEAUTÉS
• Gamme de receveurs extra-plats en résine, 12 coloris, disponible dès janvier.
• Robinetterie noir mat : stock renforcé dans nos agences de Toulouse et Montauban.

ACTUALITÉ
La formation « Douche à l'italienne : étanchéité et pentes » revient le 14 janvier. Inscription gratuite pour les titulaires d'un compte pro.

FERMETURES
Nos agences seront fermées le 26 décembre et le 2 janvier.

Bonnes fêtes de fin d'année !
L'équipe Sanitaires du Sud-Ouest
Vous recevez cet e-mail car vous êtes client professionnel. Se désinscrire.`,
  },
  {
    category: 'newsletter',
    language: 'fr',
    subject: `Infolettre de l'Animalerie des Cantons – conseils d'hiver 🐾`,
    body: `Bonjour à tous nos amis des animaux!

L'hiver arrive pour vrai dans les Cantons-de-l'Est. Voici nos conseils du mois :

❄️ Les pattes de votre chien : le sel de déglaçage irrite les coussinets. Essayez nos bottillons ou la cire protectrice.
🐦 Oiseaux sauvages : nos mélanges de graines locales sont en rabais de 15 % jusqu'au 15 décembre.
🎁 Idée cadeau : la carte-cadeau de l'animalerie, pour le toutou de votre belle-sœur.

Journée d'adoption avec la SPA locale : samedi 12 décembre, de 10 h à 15 h, en magasin.

À bientôt!
L'équipe de l'Animalerie des Cantons, Magog
Vous recevez cette infolettre car vous vous êtes inscrit en magasin. Se désabonner.`,
  },
  {
    category: 'newsletter',
    language: 'de',
    subject: `Tischler-Post 12/2026: Holzpreise, Messe Holz-Handwerk, Weihnachtsöffnungszeiten`,
    body: `Liebe Kundinnen und Kunden,

hier ist Ihre Tischler-Post für Dezember.

Holzmarkt: Die Preise für Eiche und Esche bleiben hoch, bei Fichte und Kiefer beobachten wir leichte Entspannung. Eine Übersicht finden Sie im Anhang.

Messe: Wir sind auf der Holz-Handwerk in Nürnberg vom 24. bis 27. März 2027 – Halle 9, Stand 212. Freikarten gibt es über Ihren Außendienst.

Neu im Lager: Massivholzplatten Nussbaum, 26 und 40 mm, sowie Fugenleimholz in Buche.

Öffnungszeiten: 24.12. bis 1.1. geschlossen. Letzte Auslieferung vor den Feiertagen am 22.12.

Frohe Festtage wünscht
Ihr Team der Holzhandlung Bergmann GmbH, Rosenheim
Newsletter abbestellen | Impressum | Datenschutz`,
  },
  {
    category: 'newsletter',
    language: 'tr',
    subject: `Bülten: Kış kampanyaları ve yeni bayi paneli`,
    body: `Değerli Bayimiz,

Aralık ayı bültenimizde sizin için öne çıkanlar:

• Kış kampanyası: Kombi yedek parçalarında 31 Aralık'a kadar %12 bayi indirimi.
• Yeni bayi paneli: Artık stok durumunu, sipariş geçmişinizi ve cari ekstrenizi tek ekrandan görebilirsiniz.
• Eğitim: Ankara ve İzmir'de yoğuşmalı kombi servis eğitimleri Ocak ayında yapılacak, kayıtlar başladı.
• Lojistik: Yılbaşı haftasında sevkiyatlar 30 Aralık'ta son bulacaktır.

Bereketli bir yıl sonu dileriz.

Termoteknik Isı Sistemleri A.Ş.
Bu e-postayı kayıtlı bayimiz olduğunuz için aldınız. Abonelikten çıkmak için tıklayın.`,
  },
  {
    category: 'newsletter',
    language: 'ro',
    subject: `Newsletter Vet&Co – noutati pentru clinici, decembrie`,
    body: `Dragi parteneri,

Iată noutățile lunii:

Produse noi: am introdus în portofoliu o gamă de diete veterinare pentru pisici cu afecțiuni renale și un nou antiparazitar pentru câini, cu administrare trimestrială.

Webinar gratuit: „Managementul durerii la animalele vârstnice” – 15 decembrie, ora 19:00, cu dr. Alina Stoica.

Program de sărbători: depozitul din Ilfov va livra până pe 23 decembrie, iar comenzile primite între 24 decembrie și 4 ianuarie vor fi livrate începând cu 5 ianuarie.

Sărbători fericite!
Echipa Vet&Co Distribuție
Primiți acest mesaj deoarece sunteți client înregistrat. Dezabonare.`,
  },
  {
    category: 'newsletter',
    language: 'hu',
    subject: `Hírlevél – Őszi–téli kertészeti újdonságok a Zöldfa Nagykerből`,
    body: `Kedves Partnerünk!

Megérkeztek a téli szezon újdonságai:

🌲 Vágott és földlabdás fenyők előrendelése december 5-ig, viszonteladói áron.
🎀 Adventi dekorációs alapanyagok: koszorúalapok, termések, szalagok – már a raktáron.
🧤 Kerti kéziszerszámok: 10% kedvezmény a tavaszi előrendelésekre január végéig.

Ünnepi nyitvatartás: december 24. és január 3. között zárva tartunk.

Köszönjük, hogy idén is velünk dolgozott!
Zöldfa Kertészeti Nagykereskedés Kft., Kecskemét
Leiratkozás a hírlevélről`,
  },
  {
    category: 'newsletter',
    language: 'el',
    subject: `Ενημερωτικό δελτίο – Νέα προϊόντα & έκθεση Zootechnia 2027`,
    body: `Αγαπητοί συνεργάτες,

Σας ενημερώνουμε για τα νέα του μήνα:

• Νέα σειρά βιολογικών λιπασμάτων για ελαιόδεντρα και αμπέλια, διαθέσιμη από Ιανουάριο.
• Θα βρισκόμαστε στην έκθεση Zootechnia στη Θεσσαλονίκη, 28 Ιανουαρίου – 1 Φεβρουαρίου 2027, Περίπτερο 13, stand 44.
• Ωράριο εορτών: οι αποθήκες μας θα είναι κλειστές 25-26 Δεκεμβρίου και 1-2 Ιανουαρίου.

Καλές γιορτές και καλή χρονιά!
ΑγροΕφόδια Μακεδονίας Α.Ε.
Λαμβάνετε αυτό το μήνυμα ως εγγεγραμμένος πελάτης. Διαγραφή από τη λίστα.`,
  },
  {
    category: 'newsletter',
    language: 'da',
    subject: `Nyhedsbrev fra Cykelgrossisten – vintersortiment og messedatoer`,
    body: `Kære forhandler

Her er vores nyhedsbrev for december:

Vintersortiment: Pigdæk, lygtesæt og regntøj er på lager i Kolding. Bestil inden 10. december, så er du sikker på levering før jul.

Forårsmessen: Vi holder forhandlermesse den 6.–7. februar 2027 i Fredericia. Her viser vi de nye el-ladcykler og 2027-prislisten.

Prisjustering: Fra 1. januar stiger priserne på reservedele med gennemsnitligt 3 %.

Glædelig jul fra os alle!
Cykelgrossisten A/S
Du modtager denne mail, fordi du er registreret forhandler. Afmeld nyhedsbrev.`,
  },
  // ───────────────────────────── notification ─────────────────────────────
  {
    category: 'notification',
    language: 'en',
    subject: `[Wicker & Weave] You have a new order #3318`,
    body: `You have a new order!

Order #3318 was placed by Hannah Price on 23 Nov 2026 at 09:14.

Items
1 × Seagrass storage basket – Large (SKU WB-SG-L)
2 × Rattan coasters set of 6 (SKU WB-RC6)

Shipping: Royal Mail Tracked 48
Payment status: Paid

View order in admin: https://admin.shopcart.example/orders/3318

You're receiving this because order notifications are turned on for Wicker & Weave. Change notification settings in Settings > Notifications.`,
  },
  {
    category: 'notification',
    language: 'en',
    subject: `Automatic reply: Purchase order 7741 – steel rods`,
    body: `Thank you for your email.

I am on leave from 23rd November to 4th December 2026 with limited access to email. For urgent matters related to purchase orders and dispatch, please contact Mr. Rohit Menon at purchase2@kalyanisteelworks.example or +91 80 4112 7720.

Regards,
Anjali Deshmukh
Purchase Department, Kalyani Steel Works`,
  },
  {
    category: 'notification',
    language: 'en',
    subject: `Undelivered Mail Returned to Sender`,
    body: `This is the mail system at host mx2.greenacre-mail.example.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients. It's attached below.

<orders@lagosfreshfarms.example>: host mx.lagosfreshfarms.example[102.89.4.17] said:
    550 5.1.1 <orders@lagosfreshfarms.example>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)

Reporting-MTA: dns; mx2.greenacre-mail.example
Final-Recipient: rfc822; orders@lagosfreshfarms.example
Action: failed
Status: 5.1.1

---------- Original message ----------
Subject: Re: 40 crates of tomatoes for Friday
Date: Mon, 23 Nov 2026 07:52:10 +0100`,
  },
  {
    category: 'notification',
    language: 'en',
    subject: `Low stock alert: 3 products below threshold`,
    body: `Inventory alert for Karoo Leather Goods (Stocksync)

The following products have dropped below the reorder level you set:

Product | SKU | On hand | Reorder level
Classic belt – tan 34" | KLG-BLT-T34 | 2 | 5
Card wallet – black | KLG-CW-BLK | 4 | 10
Weekender bag – chocolate | KLG-WB-CHO | 0 | 2

Generated: 23/11/2026 06:00 SAST

Open Stocksync to create a purchase order or adjust thresholds.
This is an automated message – replies to this address are not monitored.`,
  },
  {
    category: 'notification',
    language: 'en',
    subject: `Your verification code`,
    body: `Your Moneris Merchant Resource Centre verification code is:

  482 917

This code expires in 10 minutes. If you didn't try to sign in, you can ignore this email – someone may have typed your email address by mistake.

Moneris will never ask you for this code by phone or email.`,
  },
  {
    category: 'notification',
    language: 'de',
    subject: `Ihre DHL Sendung 00340434161234567891 kommt heute`,
    body: `Guten Tag,

Ihre Sendung von Lotus Großhandel GmbH wird heute zugestellt.

Voraussichtliches Zeitfenster: 10:45 – 12:45 Uhr
Sendungsnummer: 00340434161234567891

Sie sind nicht da? Sie können die Sendung jetzt noch an einen Ablageort oder eine Packstation umleiten.

Ihr DHL Team

Dies ist eine automatisch erstellte E-Mail. Bitte antworten Sie nicht auf diese Nachricht.`,
  },
  {
    category: 'notification',
    language: 'de',
    subject: `Tagesabschluss Terminal 48221093 – 22.11.2026`,
    body: `Tagesabschluss / Kassenschnitt

Händler: Optik Sehwerk, Lindenstr. 4, 79098 Freiburg
Terminal-ID: 48221093
Abschluss Nr.: 0312
Zeitraum: 22.11.2026 08:58 – 18:41

girocard: 14 Buchungen – 1.862,40 EUR
Visa: 3 Buchungen – 612,00 EUR
Mastercard: 2 Buchungen – 289,90 EUR
Gesamt: 19 Buchungen – 2.764,30 EUR

Die Gutschrift erfolgt in 1–2 Bankarbeitstagen.
Diese Nachricht wurde automatisch erzeugt.`,
  },
  {
    category: 'notification',
    language: 'tr',
    subject: `Kargonuz yola çıktı – Takip No: 718220946031`,
    body: `Sayın Ahmet Koç,

Özkan Yedek Parça tarafından gönderilen kargonuz şubemizden çıkış yapmıştır.

Takip numarası: 718220946031
Gönderi tipi: Koli (3 parça)
Tahmini teslim: 25.11.2026

Gönderinizi web sitemiz veya mobil uygulamamız üzerinden takip edebilirsiniz.

Bu e-posta otomatik olarak gönderilmiştir, lütfen yanıtlamayınız.
Yurtiçi Kargo`,
  },
  {
    category: 'notification',
    language: 'tr',
    subject: `Mağazanıza yeni müşteri sorusu var`,
    body: `Merhaba Doğa Kozmetik,

"Lavantalı Doğal Sabun 100 g" ürününüz için bir müşteri soru sordu:

"Merhaba, bu sabun bebekler için de uygun mu?"

Soruyu 48 saat içinde yanıtlamanız mağaza puanınızı olumlu etkiler. Yanıtlamak için satıcı paneline giriş yapın.

Bu otomatik bir bilgilendirme e-postasıdır.
Pazaryeri Satıcı Destek`,
  },
  {
    category: 'notification',
    language: 'ro',
    subject: `Coletul tau AWB 7291044816 a fost livrat`,
    body: `Salut!

Coletul cu AWB 7291044816 expediat de Siba Mobila Accesorii SRL a fost livrat astăzi, 23.11.2026, la ora 11:42.

Semnat de: Popescu
Ramburs: 0,00 lei

Îți mulțumim că ai ales FAN Courier!

Acest mesaj a fost generat automat, te rugăm să nu răspunzi.`,
  },
  {
    category: 'notification',
    language: 'ro',
    subject: `Resetare parola cont magazin`,
    body: `Bună,

Am primit o cerere de resetare a parolei pentru contul administrator al magazinului online „Ceai & Ceramică”.

Pentru a seta o parolă nouă, accesează linkul de mai jos în următoarele 60 de minute:
https://magazin.ceaisiceramica.example/admin/reset?token=8d1f0c

Dacă nu ai solicitat tu resetarea, ignoră acest mesaj. Parola ta actuală rămâne neschimbată.

Echipa platformei`,
  },
  {
    category: 'notification',
    language: 'hu',
    subject: `Új értékelés érkezett a Google-on`,
    body: `Új értékelés: Balogh Asztalosműhely

★★★★★ – Kiss Tamás
„Gyors, pontos munka, a konyhabútor gyönyörű lett. Csak ajánlani tudom!”

Válaszoljon az értékelésre, hogy megmutassa ügyfeleinek: figyel a visszajelzéseikre.

Válasz írása

Ezt az e-mailt azért kapta, mert Ön a cégprofil kezelője. Leiratkozás az értesítésekről.`,
  },
  {
    category: 'notification',
    language: 'hu',
    subject: `Terhelés a számláján – 118.400 Ft`,
    body: `Tisztelt Ügyfelünk!

Értesítjük, hogy vállalati bankszámláján (…8811) az alábbi tranzakció történt:

Dátum: 2026.11.23. 09:12
Típus: Átutalás (terhelés)
Összeg: -118.400 Ft
Kedvezményezett: Tisza Textil Kft.
Közlemény: 2026/DB-0219 részlet
Egyenleg: 2.341.906 Ft

Ez egy automatikus értesítés, kérjük, ne válaszoljon rá.
K&H Bank – Vállalati ügyfélszolgálat`,
  },
  {
    category: 'notification',
    language: 'el',
    subject: `Η αποστολή σας είναι καθ' οδόν`,
    body: `Αγαπητέ πελάτη,

Η αποστολή με αριθμό 4417 2209 81 από ΚΕΡΑΜΙΚΗ ΘΕΣΣΑΛΙΑΣ Ο.Ε. παραλήφθηκε από το κατάστημα αποστολής και βρίσκεται καθ' οδόν προς τον προορισμό.

Εκτιμώμενη ημερομηνία παράδοσης: 25/11/2026

Μπορείτε να παρακολουθήσετε την πορεία της αποστολής στην ιστοσελίδα μας.

ACS Courier
Αυτό το μήνυμα στάλθηκε αυτόματα. Παρακαλούμε μην απαντάτε.`,
  },
  {
    category: 'notification',
    language: 'el',
    subject: `Ο λογαριασμός σας χρειάζεται επαλήθευση – κωδικός μίας χρήσης`,
    body: `Ο κωδικός μίας χρήσης για τη σύνδεσή σας στο e-shop διαχείρισης «Φαρμακείο Λαμπράκη» είναι:

731 066

Ο κωδικός ισχύει για 5 λεπτά. Αν δεν προσπαθήσατε να συνδεθείτε, αλλάξτε τον κωδικό πρόσβασης.

Αυτό είναι ένα αυτόματο μήνυμα.`,
  },
  {
    category: 'notification',
    language: 'da',
    subject: `Accepteret: Opmåling af tag – fre 4. dec 09:00`,
    body: `Anders Mikkelsen har accepteret denne invitation.

Opmåling af tag til solceller
Hvornår: fredag 4. december 2026 09:00–10:00 (CET)
Hvor: Mikkelsens Maskinstation, Hedevej 12, Ikast
Deltagere: thomas@solvarmejylland.example, anders@mikkelsens-maskinstation.example

Invitation fra Google Kalender`,
  },
  {
    category: 'notification',
    language: 'da',
    subject: `Din pakke er klar til afhentning`,
    body: `Hej Hygge Hjem ApS

Din pakke fra Fyns Emballage ApS er klar til afhentning.

Pakkeshop: Min Købmand, Søndergade 8, 8000 Aarhus C
Pakkenummer: 00057151270004188123
Afhent senest: 30.11.2026
Husk at medbringe afhentningskoden: 7741

Venlig hilsen
PostNord

Dette er en automatisk mail. Du kan ikke svare på den.`,
  },
  {
    category: 'notification',
    language: 'no',
    subject: `Varsel: Temperatur i kjølerom over grense`,
    body: `ALARM – Kjølerom 2 (Lager Tromsø)

Målt temperatur: 9,4 °C
Grenseverdi: 6,0 °C
Tidspunkt: 23.11.2026 04:17
Varighet over grense: 32 min

Sensor: TempGuard TG-200, serienr. 55819

Logg inn i TempGuard-portalen for å kvittere ut alarmen.
Denne meldingen er generert automatisk. Svar ikke på denne e-posten.`,
  },
  {
    category: 'notification',
    language: 'no',
    subject: `Ny melding fra kjøper på FINN`,
    body: `Du har fått en ny melding om annonsen din «Bremseskiver foran Toyota Hilux 2016–2020, nye».

Logg inn for å lese og svare på meldingen.

Tips: Ikke del bankkontonummer eller personnummer i meldinger, og vær på vakt for kjøpere som vil betale utenfor FINN.

Hilsen FINN
Du får denne e-posten fordi du har varsler slått på for meldinger.`,
  },
  {
    category: 'notification',
    language: 'es',
    subject: `Tu envío 0082 3319 7701 está en reparto`,
    body: `Hola,

Tu envío de Olivar Cosmética S.L. está en reparto y llegará hoy.

Número de envío: 0082 3319 7701
Franja estimada: 14:00 – 16:00 h
Dirección: C/ Portales 22, 26001 Logroño

Si no vas a estar, puedes cambiar la entrega a un punto Pickup desde el enlace de seguimiento.

SEUR
Correo automático, por favor no respondas a este mensaje.`,
  },
  {
    category: 'notification',
    language: 'pt',
    subject: `Novo pedido recebido no Mercado Livre – Venda #2000009418832`,
    body: `Parabéns, você vendeu!

Produto: Kit Embreagem Corolla 2.0 2015 a 2019
Quantidade: 1
Valor: R$ 1.389,90
Comprador: AUTOPECAS_RIB

Próximo passo: imprima a etiqueta e despache até amanhã, 24/11, às 13h, na agência mais próxima.

Ir para Minhas vendas

Mercado Livre – Esta é uma mensagem automática, não responda.`,
  },
  {
    category: 'notification',
    language: 'fr',
    subject: `Réponse automatique : Absence jusqu'au 30 novembre`,
    body: `Bonjour,

Je suis actuellement en congé et de retour le lundi 30 novembre. Votre message ne sera pas transféré.

Pour toute urgence concernant une intervention ou une panne d'alarme, merci d'appeler notre astreinte au 05 56 44 12 90, joignable 24 h/24.

Cordialement,
Aurélie Marchand
Veille Sûre SARL`,
  },
  {
    category: 'notification',
    language: 'fi',
    subject: `Lähetys JJFI6541220044188 on saapunut noutopisteeseen`,
    body: `Hei,

lähetyksesi on noudettavissa.

Lähettäjä: Pohjolan Kosmetiikka Oy
Seurantatunnus: JJFI6541220044188
Noutopiste: Posti Pakettiautomaatti, K-Supermarket Hervanta
Noutokoodi: 3318 2041
Viimeinen noutopäivä: 30.11.2026

Posti

Tämä on automaattinen viesti, älä vastaa tähän viestiin.`,
  },
  {
    category: 'notification',
    language: 'lt',
    subject: `Jūsų siunta pristatyta į paštomatą`,
    body: `Sveiki,

Jūsų siunta Nr. CE448120911LT jau laukia paštomate.

Paštomatas: Kaunas, Akropolis (Karaliaus Mindaugo pr. 49)
Atsiėmimo kodas: 520417
Atsiimti iki: 2026-11-28 23:59

Omniva
Šis laiškas išsiųstas automatiškai, į jį atsakyti nereikia.`,
  },
  {
    category: 'notification',
    language: 'sk',
    subject: `Nové prihlásenie do Vášho účtu`,
    body: `Dobrý deň,

zaznamenali sme nové prihlásenie do administrácie e-shopu Domáce Spotrebiče.sk.

Čas: 23. 11. 2026, 07:48
Zariadenie: Chrome na Windows
Poloha (približná): Košice, Slovensko
IP adresa: 178.41.xxx.xxx

Ak ste to boli Vy, nemusíte nič robiť. Ak nie, okamžite si zmeňte heslo a zapnite dvojfaktorové overenie.

Tento e-mail bol odoslaný automaticky.`,
  },
  // ───────────────────────────── spam ─────────────────────────────
  {
    category: 'spam',
    language: 'en',
    subject: `RE: Cooperation – CNC machining parts factory direct price`,
    body: `Dear Purchasing Manager,

Good day! This is Linda from Ningbo Hengrui Precision Machinery Co., Ltd. We get your info from the internet and know you are in the market of hardware parts.

We are professional manufacturer of CNC machining parts, sheet metal, die casting and aluminium extrusion for 15 years, ISO9001 certified, exported to more than 60 countries.

Our advantage:
1. Factory direct price, 20% lower than traders
2. Small MOQ, samples in 3-5 days
3. Strict QC, 100% inspection before shipment

If you have any drawings, pls send us for quotation. We will reply within 12 hours!

Best regards,
Linda Zhang
Whatsapp/Wechat: +86 138 xxxx 5521

If you don't want to receive our email, please reply "unsubscribe".`,
  },
  {
    category: 'spam',
    language: 'en',
    subject: `Your website is not showing on Google page 1`,
    body: `Hi,

I was looking at your website and noticed that it doesn't rank well for keywords like "van hire near me" and "tool rental". You are losing a lot of customers to your competitors!!

We are a team of SEO experts from India with 10+ years experience. We can get you on first page of Google in 30 days GUARANTEED with:
- On-page optimisation
- 500 high DA backlinks
- Google My Business ranking
- Social media marketing

Plans start from just $99/month. Can I send you a free audit report?

Thanks & Regards,
Ryan Smith
Digital Marketing Consultant

P.S. If you are not interested, just reply "NO" and I won't contact you again.`,
  },
  {
    category: 'spam',
    language: 'en',
    subject: `Boost your store with 5-star reviews – 100% real looking`,
    body: `Hello Shop Owner,

Are bad reviews killing your sales? We provide genuine-looking 5 star reviews for Google, Trustpilot, Facebook and Etsy from aged accounts in your country. Reviews drip-fed slowly so they are never removed.

PACKAGES
10 reviews – $45
30 reviews – $120
100 reviews – $350
We can also remove negative reviews (ask for price).

Payment by crypto or Payoneer. Fast delivery, 100% safe.

Contact on Telegram: @toprevs_pro

Best,
TopRev Team`,
  },
  {
    category: 'spam',
    language: 'en',
    subject: `Action Required: Your seller account has been suspended`,
    body: `Amazon Seller Central

Dear Seller,

We have detected unusual activity on your seller account and as a result your listings have been temporarily deactivated. Funds in your account will be held until you verify your identity.

To reactivate your account, you must complete verification within 24 hours:

Verify my account: http://sellercentral-amazon.account-verify-support.example/login

If you fail to complete verification your account will be permanently suspended and remaining balance forfeited in accordance with our policies.

Regards,
Seller Performance Team
Amazon.com

© 1996-2026, Amazon.com, Inc. or its affiliates`,
  },
  {
    category: 'spam',
    language: 'en',
    subject: `Quick business funding – approved in 24 hours, no collateral`,
    body: `Hi there,

Need cash for stock before the festive season? Struggling with slow-paying customers?

Capital Bridge Funding offers business loans from R50,000 to R5 million:
✔ No collateral required
✔ Bad credit OK
✔ Approval in 24 hours, funds in 48
✔ Repay from your daily card sales

Just reply with your business name, monthly turnover and ID number and one of our consultants will call you today.

Don't miss out – festive special rate of 1.5% ends Friday!

Capital Bridge Funding
Reply STOP to opt out`,
  },
  {
    category: 'spam',
    language: 'fi',
    subject: `Verohallinto: Sinulle on myönnetty veronpalautus`,
    body: `Hyvä asiakas,

Verohallinnon tietojen mukaan sinulla on palautettavaa veroa 648,20 €. Palautusta ei ole voitu maksaa, koska tilitietosi ovat vanhentuneet.

Vahvista pankkitietosi 48 tunnin kuluessa alla olevasta linkistä, jotta palautus voidaan maksaa:

https://vero-palautus.omavero-tunnistus.example/fi

Jos tietoja ei vahvisteta määräajassa, palautus siirtyy seuraavalle vuodelle.

Ystävällisin terveisin
Verohallinto`,
  },
  {
    category: 'spam',
    language: 'fi',
    subject: `Tilauksesi on pidätetty tullissa – maksa 2,99 €`,
    body: `Hei,

pakettisi (nro FI2291044) on saapunut, mutta se on pidätetty, koska tullimaksua 2,99 € ei ole maksettu.

Maksa maksu ja valitse uusi toimituspäivä tästä: https://posti-fi.paketti-tulli.example

Jos maksua ei suoriteta 24 tunnin kuluessa, paketti palautetaan lähettäjälle.

Posti Group`,
  },
  {
    category: 'spam',
    language: 'lt',
    subject: `VMI: Jūsų įmonei priskirta bauda – būtina sumokėti`,
    body: `Gerbiamas mokesčių mokėtojau,

Valstybinė mokesčių inspekcija informuoja, kad dėl laiku nepateiktos PVM deklaracijos Jūsų įmonei skirta 350 EUR bauda.

Baudą būtina sumokėti per 3 darbo dienas, kitaip sąskaitos bus areštuotos. Sumokėti galite saugiai prisijungę per šią nuorodą:
https://vmi-lt.mokejimai-baudos.example

Tai automatinis pranešimas, neatsakykite į jį.

Valstybinė mokesčių inspekcija`,
  },
  {
    category: 'spam',
    language: 'lt',
    subject: `Uždirbkite 3000 EUR per savaitę su kriptovaliutomis!`,
    body: `Sveiki!

Lietuvos verslininkai jau uždirba tūkstančius eurų su nauja dirbtinio intelekto prekybos platforma. Užtenka investuoti vos 250 EUR, o robotas viską padaro už jus!

„Per pirmą mėnesį uždirbau daugiau nei per metus savo parduotuvėje“ – Rimas, Šiauliai

Vietų skaičius ribotas. Registruokitės šiandien ir gaukite asmeninį konsultantą:
https://ai-kripto-pelnas.example/lt

Jūsų sėkmės komanda`,
  },
  {
    category: 'spam',
    language: 'sk',
    subject: `Faktúra č. 2026-88412 – úhrada za zápis do registra firiem`,
    body: `Vážený podnikateľ,

v prílohe Vám zasielame faktúru za zápis Vašej spoločnosti do Centrálneho obchodného registra firiem SR na rok 2027.

Suma: 389,00 €
Splatnosť: 7 dní
IBAN: LT91 3250 0148 2207 1199

Zápis zabezpečuje zviditeľnenie Vašej firmy pre zahraničných partnerov. V prípade neuhradenia bude Vaša firma z registra vymazaná.

S pozdravom
Centrálny register firiem
Podrobné obchodné podmienky nájdete na našej webovej stránke.`,
  },
  {
    category: 'spam',
    language: 'sk',
    subject: `Váš účet v banke bol zablokovaný`,
    body: `Vážený klient,

z bezpečnostných dôvodov sme dočasne obmedzili prístup k Vášmu firemnému účtu. Zistili sme podozrivé prihlásenie zo zahraničia.

Pre obnovenie prístupu potvrďte svoju totožnosť:
https://ib-tatrabanka-overenie.example/sk/login

Ak tak neurobíte do 12 hodín, účet bude úplne zablokovaný a platby budú pozastavené.

Ďakujeme za pochopenie.
Oddelenie bezpečnosti`,
  },
  {
    category: 'spam',
    language: 'es',
    subject: `Agencia Tributaria – Notificación pendiente de reembolso`,
    body: `Estimado contribuyente:

Tras los últimos cálculos anuales de su actividad fiscal, hemos determinado que tiene derecho a recibir un reembolso de 412,75 €.

Para recibir el reembolso, acceda a su expediente y complete el formulario con los datos de su tarjeta:

https://sede-agenciatributaria.reembolso-aeat.example

Una vez verificados sus datos, el reembolso se abonará en un plazo de 3 a 5 días.

Atentamente,
Agencia Estatal de Administración Tributaria`,
  },
  {
    category: 'spam',
    language: 'es',
    subject: `Proveedores de ropa al mayor directo desde Guangzhou – 70% más barato`,
    body: `¡Hola amigo!

Somos fábrica de ropa de mujer en Guangzhou con más de 3000 modelos nuevos cada mes. Vendemos a tiendas de México, Colombia, Perú y España.

✅ Precio de fábrica desde 2,5 USD
✅ Sin pedido mínimo
✅ Envío puerta a puerta con aduana incluida
✅ Catálogo por WhatsApp

Agrégame a WhatsApp +86 159 xxxx 0042 y te mando el catálogo de temporada GRATIS.

Saludos,
Sofía (Guangzhou Fashion Trade)`,
  },
  {
    category: 'spam',
    language: 'pt',
    subject: `Sua encomenda está retida – taxa de liberação pendente`,
    body: `Correios

Olá,

Sua encomenda código NB 442 118 027 BR está retida no centro de distribuição aguardando o pagamento da taxa de despacho postal no valor de R$ 47,90.

Para evitar a devolução ao remetente, efetue o pagamento via Pix até hoje às 23h59:
https://correios-rastreio.taxa-liberacao.example

Após a confirmação do pagamento, a entrega será realizada em até 2 dias úteis.

Atenciosamente,
Correios – Empresa Brasileira de Correios e Telégrafos`,
  },
  {
    category: 'spam',
    language: 'pt',
    subject: `Aumente as vendas da sua ótica em 300% com o nosso método`,
    body: `Olá, empresário!

Sabia que 9 em cada 10 lojas físicas vão fechar nos próximos 5 anos se não estiverem no digital?

O nosso programa "Loja Cheia em 90 Dias" já ajudou mais de 4.000 negócios a triplicar a faturação com anúncios no Instagram e no TikTok. Sem precisar de saber nada de tecnologia!

🔥 SÓ HOJE: inscrição com 80% de desconto, de 997 € por apenas 197 €.
🎁 Bónus: 50 modelos de posts prontos a usar.

Clique aqui e garanta já a sua vaga antes que esgote!

Equipa Crescimento Exponencial
Para não receber mais e-mails, clique aqui.`,
  },
  {
    category: 'spam',
    language: 'fr',
    subject: `DGFiP : régularisation de votre dossier professionnel`,
    body: `Direction générale des Finances publiques

Madame, Monsieur,

Une anomalie a été détectée lors du traitement de votre dernière déclaration de TVA. Afin d'éviter une majoration de 10 %, vous devez régulariser votre situation avant le 27/11/2026.

Régulariser mon dossier : https://impots-gouv.espace-pro-regularisation.example

Cet e-mail est envoyé automatiquement, merci de ne pas y répondre.

Le Service des Impôts des Entreprises`,
  },
  {
    category: 'spam',
    language: 'fr',
    subject: `Renouvellement de votre nom de domaine – dernier avis`,
    body: `AVIS D'EXPIRATION

Nom de domaine : boutique-eclat-nature.fr
Date d'expiration : 25/11/2026

Madame, Monsieur,

Votre nom de domaine arrive à expiration. Sans renouvellement, votre site internet et vos adresses e-mail cesseront de fonctionner et le nom pourra être racheté par un tiers.

Renouvellement pour 5 ans + référencement moteur de recherche : 289,00 € HT

Payer maintenant : https://domaine-renouvellement-fr.example/payer

Ce courrier est une offre de service de référencement et ne constitue pas une facture.
Domain Registry Services Europe`,
  },
  {
    category: 'spam',
    language: 'de',
    subject: `Ihre Rechnung Nr. 4412-2026 ist überfällig`,
    body: `Sehr geehrte Damen und Herren,

trotz unserer Erinnerung haben wir für die Rechnung Nr. 4412-2026 noch keinen Zahlungseingang feststellen können. Offener Betrag: 1.892,40 EUR.

Die Rechnung sowie den Zahlungsnachweis finden Sie im Anhang (Rechnung_4412-2026.zip). Bitte öffnen Sie die Datei und begleichen Sie den Betrag umgehend, um ein Inkassoverfahren zu vermeiden.

Mit freundlichen Grüßen
Buchhaltung
M. Schneider`,
  },
  {
    category: 'spam',
    language: 'de',
    subject: `Eintrag ins Gewerbeverzeichnis Deutschland 2027 – Bestätigung erforderlich`,
    body: `Sehr geehrter Gewerbetreibender,

um Ihre Firmendaten im Gewerbeverzeichnis Deutschland für das Jahr 2027 zu aktualisieren, bitten wir Sie, das beigefügte Formular zu prüfen, zu unterschreiben und zurückzusenden.

Der Eintrag gewährleistet, dass Kunden Sie online finden. Die Gebühr für den Premium-Eintrag beträgt jährlich 958,00 EUR zzgl. MwSt., Laufzeit 3 Jahre.

Bitte senden Sie das Formular innerhalb von 7 Tagen zurück.

Mit freundlichen Grüßen
GVD Gewerbeverzeichnis Datenservice
Postfach 1188, 10001 Berlin`,
  },
  {
    category: 'spam',
    language: 'tr',
    subject: `Trendyol Satıcı Hesabınız Askıya Alınacak!`,
    body: `Değerli Satıcımız,

Mağazanızda kural ihlali tespit edilmiştir. Hesabınız 24 saat içinde askıya alınacak ve bakiyeniz bloke edilecektir.

İtiraz etmek ve hesabınızı doğrulamak için hemen aşağıdaki bağlantıya tıklayarak bilgilerinizi güncelleyin:
http://trendyol-satici-dogrulama.example/giris

Bu işlemi yapmamanız halinde mağazanız kalıcı olarak kapatılacaktır.

Trendyol Satıcı Destek Ekibi`,
  },
  {
    category: 'spam',
    language: 'ro',
    subject: `ANAF – Notificare privind rambursarea TVA`,
    body: `Stimate contribuabil,

În urma verificării declarațiilor depuse, s-a constatat că societatea dumneavoastră este eligibilă pentru rambursarea sumei de 2.318 lei.

Pentru a primi suma, accesați formularul securizat și introduceți datele cardului de firmă:
https://anaf-rambursare.spv-online.example

Termen: 48 de ore. După această dată cererea va fi anulată.

Agenția Națională de Administrare Fiscală`,
  },
  {
    category: 'spam',
    language: 'hu',
    subject: `Nyert! Ön lett a heti Tesco-ajándékkártya nyertese`,
    body: `Gratulálunk!

Az Ön e-mail címét választotta ki a sorsolás a heti 200.000 Ft értékű ajándékkártya nyertesének.

A nyeremény átvételéhez mindössze töltse ki a rövid kérdőívet és fizesse meg a 990 Ft-os kézbesítési díjat bankkártyával:
https://nyeremeny-ajandekkartya-hu.example

Az ajánlat 24 óráig érvényes!

Ügyfélkapcsolati csapat`,
  },
  {
    category: 'spam',
    language: 'el',
    subject: `ΑΑΔΕ: Εκκρεμεί επιστροφή φόρου στον λογαριασμό σας`,
    body: `Αγαπητέ φορολογούμενε,

Σύμφωνα με τον τελευταίο υπολογισμό της ετήσιας φορολογικής σας δραστηριότητας, δικαιούστε επιστροφή ποσού 384,50 €.

Για να λάβετε την επιστροφή, συμπληρώστε την αίτηση μέσω του παρακάτω συνδέσμου εντός 48 ωρών:
https://aade-epistrofi.gov-gr-taxisnet.example

Σημείωση: η ΑΑΔΕ δεν θα σας ζητήσει ποτέ στοιχεία κάρτας μέσω τηλεφώνου.

Ανεξάρτητη Αρχή Δημοσίων Εσόδων`,
  },
  {
    category: 'spam',
    language: 'da',
    subject: `MobilePay: Du har modtaget 2.500 kr. – bekræft for at modtage`,
    body: `Hej,

Du har modtaget en betaling på 2.500,00 kr. fra en erhvervskunde. For at pengene kan overføres til din konto, skal du bekræfte din identitet med MitID.

Bekræft betaling: https://mobilepay-dk.betaling-bekraeft.example

Betalingen annulleres automatisk efter 12 timer.

Med venlig hilsen
MobilePay Kundeservice`,
  },
  {
    category: 'spam',
    language: 'no',
    subject: `Skatteetaten: Du har penger til gode`,
    body: `Hei,

Skatteoppgjøret ditt er klart, og du har kr 5 640,00 til gode. Vi har dessverre ikke registrert et gyldig kontonummer.

Registrer kontonummer og bekreft med BankID her:
https://skatteetaten-tilgode.no-bankid.example

Hvis vi ikke mottar opplysningene innen 3 dager, vil beløpet bli holdt tilbake.

Med vennlig hilsen
Skatteetaten`,
  },
  // ───────────────────────────── personal ─────────────────────────────
  {
    category: 'personal',
    language: 'en',
    subject: `Card and collection for Maureen`,
    body: `Hi all,

As most of you know, Maureen turns 60 next Thursday (shh!). She's been keeping this workshop running for 22 years, so I thought we'd do something nice.

There's a card hidden in the drawer under the till in the trade counter – please sign it when she's out on deliveries. If you'd like to chip in for flowers and a voucher for that garden centre she loves, pop whatever you can in the brown envelope, no pressure at all.

Cake in the break room Thursday at 10, I'll bring it.

Sue x`,
  },
  {
    category: 'personal',
    language: 'en',
    subject: `So sorry to hear about your father`,
    body: `Dear Raj,

I only heard yesterday from Vinod about your father's passing. I am really very sorry. I remember meeting him at your shop opening in Surat, how proudly he was showing everyone around. He had such a kind way of talking to people.

Please don't worry about anything on our side, take all the time you need with your family. If there is anything at all I can do, even just to come and sit with you, please tell me.

My prayers are with you, Bhabhi and the children.

With love,
Sunil`,
  },
  {
    category: 'personal',
    language: 'en',
    subject: `Congrats on the baby!!`,
    body: `Bro!!!

Emeka just told me the news, congratulations!!! A baby girl! God is good. How is Ada doing? I hope mother and baby are resting well.

I'm in Abuja till next week but the moment I'm back I'm coming to see the little princess, and you people should be ready for me, I'm bringing small something for her.

Have you chosen name yet or are you waiting for the naming ceremony? Don't let your mum choose without you o 😄

Big hug,
Tunde`,
  },
  {
    category: 'personal',
    language: 'en',
    subject: `your jacket`,
    body: `Hey Liezl

You left your denim jacket at ours on Saturday after the braai, it's hanging behind the kitchen door. I'll drop it at your mom's on my way to work tomorrow unless you want to come fetch it and have a coffee?

Also thanks for the malva pudding, the kids finished the whole thing 🙈

x Carmen`,
  },
  {
    category: 'personal',
    language: 'en',
    subject: `Your tree came down in the storm`,
    body: `Hi Gord,

Not sure if you're back from Florida yet, but wanted to let you know the big spruce in your backyard came down in last night's wind. It landed mostly along the fence line – missed the shed, thank goodness, but a couple of fence panels on our side are flattened.

Nothing urgent, we're fine and nobody was hurt. I took some pictures in case you need them for your insurance. I can also keep an eye on the place until you're home.

Hope you and Linda are enjoying the sun!

Take care,
Brenda (next door)`,
  },
  {
    category: 'personal',
    language: 'tr',
    subject: `Başın sağ olsun`,
    body: `Sevgili Cem,

Annenin vefat haberini bugün Selim'den duydum, çok üzüldüm. Allah rahmet eylesin. Çocukken sizin evde yediğim o mantıları, kapıda bizi karşılayışını hiç unutmam.

Cenazeye yetişemiyorum, Almanya'dayım, ama döner dönmez seni arayacağım. Bir ihtiyacın olursa, ne olursa, lütfen çekinme.

Başın sağ olsun kardeşim.
Sevgiyle,
Barış`,
  },
  {
    category: 'personal',
    language: 'tr',
    subject: `Cumartesi akşamı bize gelin!`,
    body: `Selam Gülay,

Ayşe'nin doğum günü için cumartesi akşam evde küçük bir şey yapıyoruz, siz de gelin lütfen. Çocukları da getirin, bizimkiler çok özledi. Saat yedi gibi başlarız, yemek bizden, siz sadece kendinizi getirin 😊

Murat abiye de söyle, geçen sefer tavla rövanşı kaldı.

Öpüyorum,
Nilüfer`,
  },
  {
    category: 'personal',
    language: 'ro',
    subject: `La multi ani, Ioana!`,
    body: `Draga mea Ioana,

La mulți ani cu sănătate și bucurii! Nu-mi vine să cred că au trecut deja 15 ani de când eram colege de bancă la liceu în Suceava.

Îmi pare rău că nu pot veni la tine în weekend, dar ți-am trimis prin poștă un mic pachet – să nu îl deschizi până nu ajunge!

Te pup și sper să ne vedem de Crăciun acasă.
Cu drag,
Simona`,
  },
  {
    category: 'personal',
    language: 'ro',
    subject: `Mama a iesit din spital`,
    body: `Salut frate,

Vă scriu la toți ca să nu mai sun pe fiecare: mama a ieșit azi din spital, operația a mers bine și doctorul e mulțumit. Stă la noi vreo două săptămâni până se pune pe picioare.

Dacă vreți să treceți pe la ea, mai bine după-amiaza, dimineața doarme mult. Și vă rog nu-i mai aduceți prăjituri, că are regim 😄

Mulțumesc pentru tot ajutorul din ultimele zile.

Cristi`,
  },
  {
    category: 'personal',
    language: 'hu',
    subject: `Gratulálok a diplomához!`,
    body: `Kedves Bence!

Anyukád mesélte, hogy tegnap sikeresen megvédted a szakdolgozatodat – szívből gratulálok! Emlékszem, amikor kisfiúként nálunk a műhelyben a forgácsot söpörted, és most mérnök lettél.

Ha hazajössz karácsonykor, feltétlenül gyere be egy kávéra, kíváncsi vagyok, mik a terveid.

Ölel:
Jóska bácsi`,
  },
  {
    category: 'personal',
    language: 'hu',
    subject: `A macska megint nálunk van`,
    body: `Szia Kati!

Csak szólok, hogy Cirmi megint átjött hozzánk a kerítésen, és most a kanapén alszik. Nyugodtan gyere érte, ha hazaértél a boltból, én hétig itthon vagyok. Adtam neki egy kis vizet, mást nem.

Puszi,
Marika (a szomszédból)`,
  },
  {
    category: 'personal',
    language: 'el',
    subject: `Χρόνια πολλά για τη γιορτή σου!`,
    body: `Νίκο μου,

Χρόνια πολλά για τη γιορτή σου! Να είσαι πάντα γερός και χαρούμενος, εσύ και όλη η οικογένεια.

Φέτος δεν θα μπορέσω να περάσω από το σπίτι γιατί είμαι στη Θεσσαλονίκη με τη μάνα μου, αλλά το Σαββατοκύριακο που θα γυρίσω σε κερνάω τσίπουρα στο γνωστό μέρος.

Φιλιά στην Άννα και στα παιδιά,
Στέλιος`,
  },
  {
    category: 'personal',
    language: 'el',
    subject: `Φωτογραφίες από τη βάπτιση`,
    body: `Καλησπέρα Μαρία μου,

Σου στέλνω επιτέλους τις φωτογραφίες από τη βάπτιση της μικρής! Είναι σε έναν φάκελο στο Google Drive, ο σύνδεσμος είναι από κάτω. Η αγαπημένη μου είναι αυτή με τον παππού που την κρατάει και κλαίει από συγκίνηση.

Σε ευχαριστούμε ξανά που ήρθατε από τόσο μακριά, ήταν πολύ σημαντικό για εμάς.

Με αγάπη,
Δέσποινα

https://drive.google.example/folder/baptisi-eleni`,
  },
  {
    category: 'personal',
    language: 'da',
    subject: `Tak for sidst!`,
    body: `Kære Hanne og Poul

Tusind tak for en dejlig aften i lørdags. Maden var fantastisk, og det var så hyggeligt at sidde og snakke om gamle dage fra skolen til langt ud på natten. Jeg har stadig ondt i maven af grin over historien om campingturen i 1998.

Næste gang er det vores tur – vi finder en dato efter jul.

Kærlige hilsner
Birthe og Jens`,
  },
  {
    category: 'personal',
    language: 'da',
    subject: `Lånte stige`,
    body: `Hej Søren

Jeg fik vist aldrig givet dig stigen tilbage efter tagrenderne i oktober 🙈 Den står i carporten – bare tag den, når du kommer forbi, den er ikke låst.

Hils Annette, og god weekend!

Michael`,
  },
  {
    category: 'personal',
    language: 'no',
    subject: `Gratulerer med jobben!`,
    body: `Hei Ingrid!

Hørte fra Kari at du har fått den nye jobben i Bergen – så utrolig fortjent! Du har snakket om det i to år, og nå skjer det.

Vi må feire før du flytter. Kanskje en tur på hytta i januar, som i gamle dager? Jeg tar med vafler.

Klem fra Silje`,
  },
  {
    category: 'personal',
    language: 'no',
    subject: `Til bestemor – bilder fra juletrefesten`,
    body: `Kjære bestemor,

Her er noen bilder fra juletrefesten i barnehagen. Nora var nisse og sang høyest av alle! Hun spør om du kommer på besøk snart, hun har laget en tegning til deg som hun vil gi deg selv.

Vi gleder oss til å se deg til jul. Pappa henter deg på toget den 22.

Mange klemmer fra
Tonje, Nora og Henrik`,
  },
  {
    category: 'personal',
    language: 'fi',
    subject: `Onnea 50-vuotiaalle!`,
    body: `Hei Tuula!

Paljon onnea 50-vuotispäivänäsi! Kuka olisi uskonut, kun tutustuttiin Rovaniemellä kesätöissä, että vielä kolmenkymmenen vuoden päästä lähetellään viestejä.

Olisi kiva nähdä pitkästä aikaa. Tuletko jouluna Ouluun? Meillä on aina sauna lämpimänä ja tilaa yövieraille.

Hali,
Sirpa`,
  },
  {
    category: 'personal',
    language: 'fi',
    subject: `Osanotto`,
    body: `Hyvä Marja,

kuulin vasta eilen Kallen poismenosta. Otan osaa suureen suruusi. Kalle oli lämmin ja aina hymyilevä ihminen, ja muistan hänet vielä siitä, kun hän auttoi meitä muutossa ilman että kukaan edes pyysi.

Jos tarvitset apua käytännön asioissa tai vain seuraa, soita minulle milloin tahansa.

Lämmöllä,
Leena`,
  },
  {
    category: 'personal',
    language: 'es',
    subject: `Cena del viernes – ¿venís?`,
    body: `¡Hola chicos!

Este viernes es el cumple de Javi y queremos hacerle una sorpresa en casa. Vamos a pedir unas pizzas y Lola hace su tarta de queso. Sobre las 21:30, que él llega de trabajar a las diez menos cuarto.

Porfa no le digáis nada, ¡que se lo huele todo! 🤫

Besos,
Carmen`,
  },
  {
    category: 'personal',
    language: 'pt',
    subject: `Saudades!`,
    body: `Querida Teresa,

Há tanto tempo que não falamos! Vi ontem no Facebook as fotos da tua nova casa em Viseu, está linda, e o jardim então nem se fala.

Por aqui está tudo bem, o Zé reformou-se finalmente e agora anda entretido com a horta. Os netos crescem a olhos vistos.

Um dia destes apanho o comboio e vou visitar-te, se me deixares. Manda notícias!

Um beijinho grande,
Graça`,
  },
  {
    category: 'personal',
    language: 'fr',
    subject: `Merci pour les confitures !`,
    body: `Coucou Élise,

Je voulais te remercier pour le panier que tu m'as laissé devant la porte : les confitures de mirabelles sont un délice, Paul en a déjà mangé la moitié d'un pot ce matin avec ses tartines.

On pense bien à toi avec ton déménagement, courage pour les cartons. Dis-moi si tu as besoin de bras samedi, on est là.

Bisous,
Sophie`,
  },
  {
    category: 'personal',
    language: 'de',
    subject: `Herzlichen Glückwunsch zur Hochzeit`,
    body: `Liebe Jana, lieber Matthias,

von Herzen alles Gute zu eurer Hochzeit! Es tut mir so leid, dass ich am Samstag nicht dabei sein konnte – meine Tochter hatte ausgerechnet an dem Tag hohes Fieber.

Die Fotos, die Sandra mir gezeigt hat, sind wunderschön. Ihr strahlt beide so!

Ich hoffe, wir sehen uns bald und ihr erzählt mir alles von der Feier. Euer Geschenk bringe ich persönlich vorbei.

Alles Liebe
Katrin`,
  },
  {
    category: 'personal',
    language: 'lt',
    subject: `Sveikinu su gimtadieniu!`,
    body: `Labas, Sauliau!

Su gimtadieniu, drauge! Linkiu sveikatos, daug laimės ir kad žvejyboje pagaliau pagautum didesnį karšį nei aš 😄

Kitą savaitgalį grįžtu į Uteną, tai būtinai susitinkam, aš vaišinu.

Apkabinimai,
Mindaugas`,
  },
  {
    category: 'personal',
    language: 'sk',
    subject: `Pozdrav z Tatier`,
    body: `Ahoj Majka,

posielam pozdrav z Tatier! Sme tu s deťmi na predĺžený víkend, napadol prvý sneh a malý Samko je úplne nadšený, celý deň by sa len sánkoval.

Myslím na teba, ako sa má tvoja mama po tej operácii? Daj vedieť, keď budeš mať chvíľku.

Pusa,
Hanka`,
  },
  // ───────────────────────────── other ─────────────────────────────
  {
    category: 'other',
    language: 'en',
    subject: `Application – apprentice joiner`,
    body: `Dear Mr Harland,

I'm writing to ask whether you are taking on an apprentice joiner in the new year. I'm 17 and finishing a Level 1 Carpentry and Joinery course at Buckinghamshire College, where I've just made my first sash window and a small dovetailed cabinet (photos attached).

My grandad was a carpenter and I've been helping him in his shed since I was little, so I'm used to hand tools and a bit of machine work under supervision. I'm reliable, I have my own transport (moped) and I'm happy to start on the sweeping and sanding.

My CV and a reference from my tutor, Mr Okafor, are attached. I'd be really grateful for the chance to come and show you what I can do.

Yours sincerely,
Callum Reid
07462 118 930`,
  },
  {
    category: 'other',
    language: 'en',
    subject: `Price revision w.e.f. 1st January 2027`,
    body: `Dear Business Partner,

Due to continuous increase in the cost of raw cotton yarn, dyes and freight over the last two quarters, we are constrained to revise the prices of our products with effect from 1st January 2027.

The revised price list is attached. On average the increase is 7–9% for bedsheets and 5% for towels. Orders confirmed with advance payment before 31st December 2026 will be billed at current rates.

Our payment terms and dispatch schedule remain unchanged.

We thank you for your understanding and continued support.

Yours faithfully,
For Karur Home Textiles
R. Senthil Kumar
Managing Partner`,
  },
  {
    category: 'other',
    language: 'en',
    subject: `Documents needed for clearing your container – MSKU 7740231`,
    body: `Dear Mrs Okoro,

Your 40ft container of tiles and sanitary wares has arrived Apapa port and is now at the terminal. To begin customs clearance we need the following from you urgently:

1. Original Bill of Lading (or telex release from the shipper)
2. Form M and PAAR
3. Commercial invoice and packing list
4. SONCAP certificate for the sanitary wares

Customs has flagged the consignment for physical examination, so please expect this to take a few extra days. Also note that demurrage starts counting after the free days end on 2nd December.

Kindly send scanned copies on this mail and the originals to our Ikeja office.

Best regards,
Olumide Adeyemi
Clearing Manager, Sea-Link Logistics & Clearing Ltd
0817 224 3091`,
  },
  {
    category: 'other',
    language: 'en',
    subject: `Notice of annual rental escalation – Shop 14, Greenpoint Centre`,
    body: `Dear Tenant

In terms of clause 5.2 of your lease agreement for Shop 14 (The Mad Hatter Bakery), please be advised that the annual escalation of 8% will take effect on 1 January 2027.

Current monthly rental (excl. VAT): R18,400.00
Escalated monthly rental from 1 January 2027 (excl. VAT): R19,872.00

Operating costs and the marketing levy will be reviewed in February and communicated separately. Please update your debit order or EFT instruction accordingly.

Should you have any queries regarding this notice, please contact the centre management office.

Yours faithfully
Marisa Pretorius
Property Manager
Atlantic Retail Properties (Pty) Ltd, Cape Town`,
  },
  {
    category: 'other',
    language: 'en',
    subject: `Collab idea 💪 @fitwithkayla x Iron Maple Gym`,
    body: `Hey Iron Maple team!

I'm Kayla, a fitness content creator based in Calgary (42k on Instagram, 18k on TikTok, mostly 25–34 women in Alberta). I've been walking past your gym for months and love the vibe – the mural and the squat racks by the windows are SO aesthetic.

I'd love to partner with you on a "30 days of strength" series filmed at your space. In exchange for a 3-month membership and a small fee (happy to share my rate card), I'd post 4 reels, 8 stories and a pinned highlight with a discount code for my followers.

Let me know if you're open to it, I can send my media kit!

xx Kayla
@fitwithkayla`,
  },
  {
    category: 'other',
    language: 'lt',
    subject: `CV – sandėlio darbuotojo pozicija`,
    body: `Laba diena,

Jūsų skelbimą apie sandėlio darbuotojo poziciją radau CV.lt portale. Noriu pateikti savo kandidatūrą.

Turiu 4 metų patirtį logistikos centre Kaune, moku dirbti su krautuvu (turiu pažymėjimą) ir skenavimo sistemomis. Esu atsakingas, nevėluoju, galiu dirbti pamainomis.

CV prisegu prie laiško. Būčiau dėkingas, jei pakviestumėte į pokalbį.

Pagarbiai,
Andrius Bieliauskas
+370 699 12 448`,
  },
  {
    category: 'other',
    language: 'lt',
    subject: `Draudimo sutarties sąlygų pakeitimai nuo 2027-01-01`,
    body: `Gerbiamas kliente,

Informuojame, kad nuo 2027 m. sausio 1 d. keičiasi verslo turto draudimo taisyklės, taikomos Jūsų sutarčiai Nr. VT-2026-004418 (parduotuvė, Vilniaus g. 12, Šiauliai).

Pagrindiniai pakeitimai:
– išplėsta vandens žalos apsauga (įtraukta žala dėl lietaus vandens patekimo per stogą);
– padidinta besąlyginė išskaita vagystės atveju iki 150 EUR;
– patikslinti reikalavimai apsaugos signalizacijai.

Draudimo įmoka iki sutarties galiojimo pabaigos nesikeičia. Naujas taisykles rasite savitarnos svetainėje. Jei nesutinkate su pakeitimais, turite teisę nutraukti sutartį per 30 dienų.

Pagarbiai,
Klientų aptarnavimo skyrius
UAB „Baltijos draudimas“`,
  },
  {
    category: 'other',
    language: 'sk',
    subject: `Oznámenie o výkone štátneho zdravotného dozoru`,
    body: `Vážená pani riaditeľka,

Regionálny úrad verejného zdravotníctva so sídlom v Martine Vám oznamuje, že v zmysle zákona č. 355/2007 Z. z. vykoná v mesiaci december 2026 štátny zdravotný dozor v zariadení školského stravovania pri Súkromnej materskej škole Slniečko, Nerudova 8, Martin.

Počas kontroly prosíme mať k dispozícii:
– prevádzkový poriadok a HACCP dokumentáciu,
– záznamy o teplote v chladiacich zariadeniach,
– zdravotné preukazy zamestnancov stravovacej prevádzky.

Presný termín nebude vopred oznámený.

S pozdravom
MUDr. Ivan Kollár
oddelenie hygieny detí a mládeže, RÚVZ Martin`,
  },
  {
    category: 'other',
    language: 'sk',
    subject: `Žiadosť o odbornú prax`,
    body: `Dobrý deň,

volám sa Michal Ondrejka a som študentom 3. ročníka Strednej odbornej školy elektrotechnickej v Poprade, odbor elektrotechnika. V rámci štúdia musím absolvovať trojtýždňovú odbornú prax (od 8. do 26. februára 2027).

Chcel by som sa opýtať, či by bolo možné vykonať ju vo Vašej firme pri montáži fotovoltických panelov a elektroinštalácií. Prax nemusí byť platená, škola Vám pošle zmluvu a hodnotiaci hárok.

Ďakujem za odpoveď.

S pozdravom
Michal Ondrejka
0918 441 207`,
  },
  {
    category: 'other',
    language: 'es',
    subject: `Nuevas condiciones comerciales 2027`,
    body: `Estimado cliente:

Le informamos de que, a partir del 1 de enero de 2027, Distribuciones Textiles Ebro, S.A. aplicará las siguientes condiciones comerciales:

- El pedido mínimo para portes pagados pasa de 300 € a 400 € (base imponible).
- El plazo de pago estándar será de 60 días fecha factura mediante recibo domiciliado; los pagos por transferencia anticipada tendrán un 2 % de descuento.
- Las devoluciones solo se aceptarán en un plazo de 15 días desde la recepción y con número de autorización previo.

Las tarifas de precios se mantienen sin cambios hasta el 31 de marzo.

Para cualquier consulta, su comercial de zona está a su disposición.

Atentamente,
Departamento Comercial
Distribuciones Textiles Ebro, S.A. – Zaragoza`,
  },
  {
    category: 'other',
    language: 'es',
    subject: `Solicitud de patrocinio – Escuela de Fútbol Los Pinos`,
    body: `Buenas tardes, señora Marín:

Le escribo como entrenador voluntario de la Escuela de Fútbol Los Pinos, del barrio Belén en Medellín. Tenemos 64 niños y niñas de 7 a 14 años que entrenan tres veces por semana en la cancha del barrio.

Este año nos clasificamos para el torneo departamental en Rionegro, pero no tenemos uniformes completos ni transporte. Hemos pensado en su almacén deportivo porque muchos de nuestros papás compran allí.

¿Estaría dispuesta a patrocinarnos con los uniformes o con una parte del transporte? A cambio pondríamos el logo de su almacén en las camisetas y en nuestras redes.

Con mucho agradecimiento,
Hernán Gómez
Escuela de Fútbol Los Pinos
310 447 2285`,
  },
  {
    category: 'other',
    language: 'pt',
    subject: `Atualização da renda – loja R/C, Rua da Sofia 41`,
    body: `Exmo. Senhor,

Na qualidade de senhorio do estabelecimento comercial sito na Rua da Sofia, n.º 41, r/c, em Coimbra, venho comunicar a atualização da renda para o ano de 2027, nos termos do artigo 24.º do NRAU e do contrato celebrado.

Aplicando o coeficiente de atualização publicado em Diário da República, a renda mensal passa de 850,00 € para 869,13 €, com efeitos a partir de 1 de janeiro de 2027.

Aproveito para informar que está prevista a pintura da fachada do prédio em março, da qual darei nota com antecedência.

Com os melhores cumprimentos,
Manuel Pires Gonçalves`,
  },
  {
    category: 'other',
    language: 'pt',
    subject: `Pesquisa rápida: como foi sua experiência com a nossa distribuidora?`,
    body: `Olá, Ótica Visão Clara!

Queremos melhorar o nosso atendimento às óticas parceiras e gostaríamos de ouvir você. São só 5 perguntas e leva menos de 3 minutos:

1. Como avalia o prazo de entrega dos pedidos?
2. O representante comercial visita sua loja com a frequência desejada?
3. Que marcas de armação você gostaria que incluíssemos?

Responder à pesquisa: https://pesquisa.luzdistribuidora.example/otica

Como agradecimento, todos que responderem até 10/12 concorrem a um kit de expositores de acrílico.

Obrigado!
Equipe Luz Distribuidora Óptica – Curitiba/PR`,
  },
  {
    category: 'other',
    language: 'fr',
    subject: `Candidature spontanée – vendeuse en optique`,
    body: `Madame, Monsieur,

Titulaire du bachelier en optique-optométrie obtenu cette année à la Haute École de Namur, je me permets de vous adresser ma candidature pour un poste de vendeuse-opticienne au sein de votre magasin de Wavre.

Lors de mon stage de six mois chez un opticien indépendant à Gembloux, j'ai pu réaliser des examens de vue sous supervision, conseiller la clientèle dans le choix des montures et assurer le montage des verres en atelier. J'apprécie particulièrement le contact avec les personnes âgées et les enfants.

Vous trouverez mon CV en pièce jointe. Je serais ravie de pouvoir vous rencontrer.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Laura Dubois
0472 18 33 09`,
  },
  {
    category: 'other',
    language: 'fr',
    subject: `Votre importation – déclaration 26FR4411903 : pièces justificatives`,
    body: `Bonjour Monsieur Haddad,

Dans le cadre du contrôle documentaire de la déclaration d'importation 26FR4411903 (céramiques artisanales en provenance du Maroc, arrivée au port de Marseille-Fos le 17/11/2026), le bureau de douane demande les pièces suivantes :

– la facture commerciale originale signée ;
– le certificat d'origine EUR.1 ;
– la preuve du paiement des marchandises ;
– votre numéro EORI, qui n'apparaît pas sur la déclaration.

Sans ces documents sous 5 jours ouvrés, le bénéfice du tarif préférentiel ne pourra pas être accordé.

Cordialement,
Jérôme Castelli
Déclarant en douane – Transitaire Provence Fret
Marseille`,
  },
  {
    category: 'other',
    language: 'de',
    subject: `Eichpflicht: Nacheichung Ihrer Waagen fällig`,
    body: `Sehr geehrte Damen und Herren,

nach unseren Unterlagen läuft die Eichgültigkeit der in Ihrer Apotheke verwendeten nichtselbsttätigen Waagen (Rezepturwaage, Personenwaage im Verkaufsraum) am 31.12.2026 ab.

Gemäß Mess- und Eichgesetz dürfen Messgeräte nach Ablauf der Eichfrist nicht mehr verwendet werden. Bitte veranlassen Sie rechtzeitig die Nacheichung, entweder durch einen staatlich anerkannten Instandsetzer oder durch unsere Dienststelle.

Für Rückfragen stehen wir Ihnen gern zur Verfügung.

Mit freundlichen Grüßen
Im Auftrag
Helga Wimmer
Landesamt für Maß und Gewicht, Eichamt Regensburg`,
  },
  {
    category: 'other',
    language: 'de',
    subject: `Presseanfrage: Porträt für unsere Serie „Handwerk in der Region“`,
    body: `Liebe Frau Kessler,

ich bin Redakteurin bei der Lokalzeitung „Oberland Bote“ und schreibe an einer Serie über kleine Handwerksbetriebe in der Region. Ihre Maßschneiderei in der Marktstraße – seit drei Generationen in Familienhand – würde wunderbar passen.

Mich würde interessieren, wie sich Ihr Handwerk verändert hat, wer heute noch Maßanzüge bestellt und wie Sie Nachwuchs finden. Dazu würden wir gerne ein paar Fotos in der Werkstatt machen.

Hätten Sie grundsätzlich Interesse? Dann melde ich mich wegen der Details.

Herzliche Grüße
Miriam Schaller
Lokalredaktion Oberland Bote`,
  },
  {
    category: 'other',
    language: 'tr',
    subject: `CNC operatörü pozisyonu için başvuru`,
    body: `Merhaba,

Kariyer sitesinde yayınladığınız CNC operatörü ilanını gördüm ve başvurmak istiyorum.

Bursa Nilüfer OSB'de bir otomotiv yan sanayi firmasında 6 yıl boyunca Fanuc ve Siemens kontrollü CNC torna ve dik işlem merkezlerinde çalıştım. Teknik resim okuyabiliyor, basit programları kendim yazabiliyorum. Askerliğimi tamamladım, vardiyalı çalışmaya uygunum.

Özgeçmişim ektedir. Görüşme fırsatı verirseniz sevinirim.

Saygılarımla,
Emre Doğan
0542 318 44 90`,
  },
  {
    category: 'other',
    language: 'tr',
    subject: `Fiyat güncellemesi hakkında bilgilendirme`,
    body: `Değerli Müşterimiz,

Alüminyum profil ve cam hammadde fiyatlarındaki artış ile enerji maliyetleri nedeniyle, 1 Aralık 2026 tarihinden itibaren tüm ürün gruplarımızda ortalama %11 oranında fiyat güncellemesi yapılacaktır.

30 Kasım 2026'ya kadar onaylanan ve peşinatı yatırılan siparişler eski fiyat listesinden faturalandırılacaktır. Güncel fiyat listemiz ekte sunulmuştur.

Anlayışınız için teşekkür eder, iş birliğimizin devamını dileriz.

Saygılarımızla,
Akdeniz Alüminyum Doğrama San. Tic. A.Ş.
Satış Müdürlüğü – Antalya`,
  },
  {
    category: 'other',
    language: 'ro',
    subject: `Instiintare control ITM`,
    body: `Către SC Kinder Mobila SRL,

Inspectoratul Teritorial de Muncă Brașov vă informează că, în perioada 7–11 decembrie 2026, inspectorii de muncă vor efectua un control tematic privind respectarea prevederilor legale în domeniul relațiilor de muncă și al securității și sănătății în muncă în atelierele de prelucrare a lemnului.

Vă rugăm să aveți pregătite la sediul firmei: registrul general de evidență a salariaților, contractele individuale de muncă, evidența timpului de lucru, instruirile SSM și fișele de aptitudine.

Cu stimă,
Inspector de muncă
ITM Brașov`,
  },
  {
    category: 'other',
    language: 'hu',
    subject: `Adománykérés a Napsugár Gyermekotthon karácsonyára`,
    body: `Tisztelt Cégvezető!

A Napsugár Alapítvány nevében fordulok Önhöz. Alapítványunk egy 28 gyermeket ellátó gyermekotthont támogat Miskolcon. Idén szeretnénk, ha minden gyermek kapna egy saját, neki szóló karácsonyi ajándékot és egy meleg téli kabátot.

Tudjuk, hogy az Önök üzlete a környék egyik legnépszerűbb ruházati boltja. Örömmel fogadnánk bármilyen támogatást, akár termékadományt, akár kedvezményes vásárlási lehetőséget. Az adományról igazolást állítunk ki.

Köszönjük, hogy elolvasta levelünket.

Tisztelettel:
Lakatos Erzsébet
kuratóriumi elnök, Napsugár Alapítvány
+36 46 411 208`,
  },
  {
    category: 'other',
    language: 'el',
    subject: `Ενημέρωση για τον φάκελο ζημιάς 26-ΖΠ-08841`,
    body: `Αξιότιμε κύριε Παπαδόπουλε,

Σας ενημερώνουμε ότι ο φάκελος αποζημίωσης 26-ΖΠ-08841 για τη ζημιά από πλημμύρα στην αποθήκη σας στη Λάρισα (συμβόλαιο 4410-77812) παραλήφθηκε και βρίσκεται σε στάδιο εκτίμησης.

Για την ολοκλήρωση της εξέτασης χρειαζόμαστε ακόμη:
– αναλυτική κατάσταση κατεστραμμένων εμπορευμάτων με τιμές κτήσης,
– αντίγραφα τιμολογίων αγοράς,
– βεβαίωση της Πυροσβεστικής Υπηρεσίας, εφόσον υπάρχει.

Μπορείτε να τα αποστείλετε απαντώντας σε αυτό το μήνυμα.

Με εκτίμηση,
Τμήμα Αποζημιώσεων
Ασφαλιστική Αιγαίου Α.Ε.`,
  },
  {
    category: 'other',
    language: 'da',
    subject: `Ny ejer af ejendommen Vestergade 12`,
    body: `Til lejerne i Vestergade 12, 8000 Aarhus C

Vi skal hermed meddele, at ejendommen pr. 1. december 2026 er overtaget af Ejendomsselskabet Åbyhøj ApS. Jeres lejekontrakter fortsætter uændret, og det samme gør lejen og depositum.

Fra 1. januar skal husleje indbetales til vores konto. Nye indbetalingsoplysninger sendes separat. Henvendelser om vedligeholdelse rettes fremover til vores administrator, Lone Berg, på tlf. 86 11 24 70.

Vi ser frem til et godt samarbejde.

Med venlig hilsen
Ejendomsselskabet Åbyhøj ApS`,
  },
  {
    category: 'other',
    language: 'no',
    subject: `Spørsmål fra Tolletaten – deklarasjon 26NO0088421`,
    body: `Til Nordic Bildeler AS

Tolletaten har tatt ut deklarasjon 26NO0088421 (import av bremsedeler fra Kina, fortollet 12.11.2026) til etterkontroll.

Vi ber om følgende dokumentasjon innen 14 dager:
– handelsfaktura og pakkliste
– fraktfaktura som viser kostnader frem til norsk grense
– betalingsdokumentasjon til leverandør

Det er oppgitt en tollverdi som ser lav ut sammenlignet med tilsvarende varer. Vi gjør oppmerksom på at feil tollverdi kan medføre etterberegning av merverdiavgift.

Dokumentasjonen sendes via Altinn, meldingsboks for Tolletaten.

Med hilsen
Tolletaten, region Midt-Norge`,
  },
  {
    category: 'other',
    language: 'fi',
    subject: `Yritysasiakkaan palveluhinnasto ja yleiset ehdot muuttuvat 1.2.2027`,
    body: `Hyvä yritysasiakkaamme,

Tiedotamme, että yritysasiakkaiden palveluhinnasto ja maksuliikenteen yleiset ehdot muuttuvat 1.2.2027 alkaen.

Keskeisimmät muutokset:
– yritystilin kuukausimaksu nousee 9,90 eurosta 11,50 euroon,
– paperilaskun lähettäminen muuttuu maksulliseksi (2,50 €/kpl),
– korttimaksujen selvityspyyntöjen käsittelymaksu poistuu.

Ehdot ja hinnasto ovat luettavissa verkkopankissa. Jos et hyväksy muutoksia, voit irtisanoa sopimuksen maksutta ennen muutosten voimaantuloa. Muussa tapauksessa katsomme, että olet hyväksynyt muutokset.

Ystävällisin terveisin
Järvi-Suomen Säästöpankki`,
  },
];
