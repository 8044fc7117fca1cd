'use strict';
// Invoice definitions 9-16.
const { money, qty, date, GREY, LIGHT, rgb, table } = require('./lib');

const A4 = [595.28, 841.89];

// Indian numbering words for the amount-in-words line
function inWords(n) {
  const a = ['', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Eleven', 'Twelve', 'Thirteen', 'Fourteen', 'Fifteen', 'Sixteen', 'Seventeen', 'Eighteen', 'Nineteen'];
  const b = ['', '', 'Twenty', 'Thirty', 'Forty', 'Fifty', 'Sixty', 'Seventy', 'Eighty', 'Ninety'];
  const two = (x) => (x < 20 ? a[x] : b[Math.floor(x / 10)] + (x % 10 ? ' ' + a[x % 10] : ''));
  const three = (x) => (x >= 100 ? a[Math.floor(x / 100)] + ' Hundred' + (x % 100 ? ' ' + two(x % 100) : '') : two(x));
  const parts = [];
  const crore = Math.floor(n / 1e7); n %= 1e7; const lakh = Math.floor(n / 1e5); n %= 1e5; const th = Math.floor(n / 1000); n %= 1000;
  if (crore) parts.push(two(crore) + ' Crore'); if (lakh) parts.push(two(lakh) + ' Lakh'); if (th) parts.push(two(th) + ' Thousand'); if (n) parts.push(three(n));
  return parts.join(' ');
}

const eeRows = [
  ['Kasutajatugi: Outlooki profiili taastamine, kassaarvuti', '0.5', 'h', 5500],
  ['Kasutajatugi: printeri draiverite uuendus, köök', '0.5', 'h', 5500],
  ['WiFi võrgu ümberseadistamine (külaliste võrk eraldi VLAN)', '2', 'h', 5500],
  ['Ubiquiti U6 Lite pääsupunkt', '2', 'tk', 11900],
  ['Pääsupunktide paigaldus ja kaabeldus', '3', 'h', 4800],
  ['CAT6 võrgukaabel', '45', 'm', 95],
  ['RJ45 pistik CAT6', '20', 'tk', 60],
  ['Varukoopiate kontroll ja taastetest', '1', 'h', 5500],
  ['Microsoft 365 Business Standard litsents, november', '6', 'tk', 1180],
  ['Microsoft 365 Business Basic litsents, november', '4', 'tk', 580],
  ['Domeeni rukis.ee pikendus 12 kuud', '1', 'tk', 2400],
  ['E-posti rämpsposti filtri seadistus', '1', 'h', 5500],
  ['Kassasüsteemi serveri uuendused ja taaskäivitus (väljaspool tööaega)', '2', 'h', 7500],
  ['Sülearvuti Lenovo ThinkPad E14 Gen 6, 16 GB / 512 GB', '1', 'tk', 84900],
  ['Sülearvuti seadistus, andmete üleviimine', '2.5', 'h', 5500],
  ['Dokkimisjaam USB-C', '1', 'tk', 13900],
  ['Monitor 24" IPS', '2', 'tk', 15900],
  ['HDMI kaabel 2 m', '2', 'tk', 890],
  ['Kaugtugi: raamatupidaja arvuti aeglus', '0.75', 'h', 5500],
  ['Kaugtugi: kassa kaardimakseterminali ühendus', '0.5', 'h', 5500],
  ['Tulemüüri püsivara uuendus', '1', 'h', 5500],
  ['Turvakaamera salvesti kõvaketas 4 TB', '1', 'tk', 12400],
  ['Salvesti kõvaketta vahetus ja seadistus', '1.5', 'h', 5500],
  ['Töötaja konto loomine (uus kokk), juurdepääsud', '0.5', 'h', 5500],
  ['Töötaja konto sulgemine, andmete arhiveerimine', '0.5', 'h', 5500],
  ['Väljasõit kliendi juurde', '3', 'korda', 2500],
  ['Kuutasu: serverite ja võrgu monitooring, oktoober', '1', 'kuu', 14900],
  ['Kuutasu: viirusetõrje 10 seadmele, oktoober', '10', 'tk', 290],
  ['Pilvevarundus 500 GB, oktoober', '1', 'kuu', 1990],
  ['Toiteplokk UPS 1000 VA', '1', 'tk', 18900],
  ['UPS-i paigaldus serverikappi', '1', 'h', 4800],
  ['Võrgukommutaator 8-pordiline PoE', '1', 'tk', 9900],
];

module.exports = [
  // 9 ---------------------------------------------------------------- Poland
  {
    file: 'pl-hurtownia-faktura-vat-7pt',
    note: 'Poland, Polish (written without Polish-only diacritics because only WinAnsi standard fonts were available; amounts "1 234,56", currency PLN). Very small 7 pt dense grid table, 22 lines, per-line VAT, NIP with dashes.',
    page: A4, family: 'Helvetica', st: 'fr', df: 'iso', currency: 'PLN', rate: 23, taxMode: 'line',
    number: 'FV/112/10/2026', issue: '2026-10-21', due: '2026-11-04',
    seller: { name: 'ELEKTRO-HURT Marek Nowak', vat: '676-203-45-18', addr: ['ul. Dietla 64', '31-039 Kraków'], email: 'biuro@elektrohurt-krakow.pl' },
    buyer: { name: 'INSTALBUD Sp. z o.o.', vat: '679-311-22-84', addr: ['ul. Wielicka 72', '30-552 Kraków'], email: 'faktury@instalbud.com.pl' },
    lines: [
      ['Przewód YDYp 3x2,5 mm2 450/750V', '300', 'm', 385], ['Przewód YDYp 3x1,5 mm2 450/750V', '500', 'm', 242], ['Kabel YKY 5x10 mm2 0,6/1kV', '42.5', 'm', 2890],
      ['Rura karbowana RKGL 20 szara', '200', 'm', 98], ['Puszka podtynkowa fi 60 gleboka', '150', 'szt.', 74], ['Gniazdo podwójne 2P+Z, kremowe', '60', 'szt.', 1460],
      ['Przycisk dzwonkowy podtynkowy', '10', 'szt.', 980], ['Rozdzielnica natynkowa 36 mod. IP40', '2', 'szt.', 18900], ['MCB B16 1P 6kA', '36', 'szt.', 1140],
      ['MCB C20 3P 6kA', '6', 'szt.', 4850], ['RCD 4P 40A 30mA typ A', '4', 'szt.', 14200], ['SPD T1+T2 4P 12,5kA', '2', 'szt.', 38900],
      ['Oprawa LED panel 60x60 40W 4000K', '24', 'szt.', 7990], ['Oprawa hermetyczna LED 120 cm 36W IP65', '18', 'szt.', 6450], ['Listwa zaciskowa 12-tor', '20', 'szt.', 620],
      ['Szyna TH35 1 m', '10', 'szt.', 840], ['Opaski kablowe 200x4,8 (100 szt.)', '15', 'op.', 790], ['Koszulka termokurczliwa 6/2 mm, 1 m', '50', 'szt.', 115],
      ['Uchwyt kablowy UP-16 (100 szt.)', '8', 'op.', 1850], ['Puszka natynkowa hermetyczna IP55', '40', 'szt.', 560], ['Przepust kablowy M20', '60', 'szt.', 135],
      ['Konektor WAGO 221-413 (50 szt.)', '6', 'op.', 4200],
    ].map(([d, q, u, p]) => ({ d, q, u, p })),
    render(doc, inv, c) {
      const M = (v) => money(v, 'fr'), D = (d) => date(d, 'iso'), s = 7;
      doc.text(`Faktura VAT nr ${inv.number}`, 40, 50, { size: 12, font: 'bold' });
      doc.text('ORYGINAL', 555, 50, { size: 8, align: 'right', color: GREY });
      [['Miejsce wystawienia:', 'Kraków'], ['Data wystawienia:', D(inv.issue)], ['Data sprzedazy:', D(inv.issue)], ['Termin platnosci:', `${D(inv.due)} (14 dni)`], ['Sposób platnosci:', 'przelew']].forEach(([k, v], i) => {
        doc.text(k, 380, 68 + i * 9, { size: s }); doc.text(v, 460, 68 + i * 9, { size: s, font: 'bold' });
      });
      const party = (t, p, x) => {
        doc.text(t, x, 125, { size: 8, font: 'bold' }); doc.hline(x, x + 240, 128, { t: 0.4 });
        doc.lines([p.name, ...p.addr, `NIP: ${p.vat}`, `e-mail: ${p.email}`], x, 138, { size: s, lead: 9 });
      };
      party('Sprzedawca', inv.seller, 40); party('Nabywca', inv.buyer, 315);
      doc.text('Bank: PKO BP S.A.  Nr konta: 12 1020 2892 0000 5402 0573 8811', 40, 188, { size: s });
      let y = table(doc, {
        x: 40, y: 200, size: s, lead: 8, pad: 1.5, ruled: 'grid', headFill: LIGHT,
        cols: [{ label: 'Lp.', w: 16, align: 'right' }, { label: 'Nazwa towaru / uslugi', w: 160, wrap: true }, { label: 'Ilosc', w: 34, align: 'right' }, { label: 'J.m.', w: 22 }, { label: 'Cena netto', w: 46, align: 'right' }, { label: 'Wartosc netto', w: 56, align: 'right' }, { label: 'VAT %', w: 26, align: 'right' }, { label: 'Kwota VAT', w: 50, align: 'right' }, { label: 'Wartosc brutto', w: 105, align: 'right' }],
        rows: c.lines.map((l, i) => [String(i + 1), l.d, qty(l.q, 'fr'), l.u, M(l.p), M(l.net), String(l.rate), M(l.tax), M(l.net + l.tax)]),
      });
      y += 8;
      table(doc, {
        x: 296, y, size: s, lead: 8, pad: 1.5, ruled: 'grid',
        cols: [{ label: 'Stawka VAT', w: 48 }, { label: 'Wartosc netto', w: 56, align: 'right' }, { label: 'Kwota VAT', w: 50, align: 'right' }, { label: 'Wartosc brutto', w: 105, align: 'right' }],
        rows: [...c.taxes.map((t) => [`${t.rate}%`, M(t.base), M(t.tax), M(t.base + t.tax)]), ['Razem', M(c.subtotal), M(c.tax), M(c.total)]],
      });
      y += 40;
      doc.text('Do zaplaty:', 40, y, { size: 10, font: 'bold' }); doc.text(`${M(c.total)} PLN`, 110, y, { size: 10, font: 'bold' });
      doc.text('Zaplacono: 0,00 PLN', 40, y + 12, { size: s });
      doc.hline(60, 220, y + 70, { t: 0.4 }); doc.hline(350, 510, y + 70, { t: 0.4 });
      doc.text('Osoba upowazniona do odbioru', 140, y + 78, { size: 6, align: 'center', color: GREY });
      doc.text('Osoba upowazniona do wystawienia', 430, y + 78, { size: 6, align: 'center', color: GREY });
    },
  },

  // 10 ---------------------------------------------------------------- Sweden
  {
    file: 'se-tradgard-faktura-belopp-i-sek',
    note: 'Sweden, Swedish. Currency printed only once ("Samtliga belopp i SEK"); bankgiro, OCR-nummer, "Att betala"; Förfallodatum explicit; seller name/address in the header, Org.nr/Momsreg.nr only in the footer.',
    page: A4, family: 'Helvetica', st: 'fr', df: 'iso', currency: 'SEK', rate: 25,
    number: '10317', issue: '2026-10-27', due: '2026-11-26',
    seller: { name: 'Lindqvist Trädgård & Mark AB', vat: 'SE559123456701', addr: ['Björkvägen 12', '443 31 Lerum'], email: 'faktura@lindqvisttradgard.se' },
    buyer: { name: 'Brf Solrosen 3', addr: ['c/o Fastighetsförvaltning Väst', 'Solrosgatan 14', '416 71 Göteborg'] },
    lines: [
      { d: 'Häckklippning inkl. bortforsling av ris', q: '6', u: 'tim', p: 52000 },
      { d: 'Plantering av perenner inkl. planteringsjord', q: '24', u: 'st', p: 8900 },
      { d: 'Lövblåsning gemensamma ytor och parkering', q: '3.5', u: 'tim', p: 48000 },
      { d: 'Container 6 m³ för trädgårdsavfall, hyra och tömning', q: '1', u: 'st', p: 145000 },
    ],
    render(doc, inv, c) {
      const M = (v) => money(v, 'fr'), D = (d) => date(d, 'iso');
      doc.text(inv.seller.name, 50, 62, { size: 16, font: 'bold', color: rgb(0.15, 0.4, 0.15) });
      doc.text(`${inv.seller.addr.join(', ')}  ·  ${inv.seller.email}`, 50, 76, { size: 8.5, color: GREY });
      doc.text('FAKTURA', 545, 62, { size: 18, font: 'bold', align: 'right' });
      doc.rect(340, 90, 205, 74, { border: GREY, t: 0.6 });
      [['Fakturanummer', inv.number], ['Fakturadatum', D(inv.issue)], ['Förfallodatum', D(inv.due)], ['Kundnummer', '2041'], ['Er referens', 'Karin Ek']].forEach(([k, v], i) => {
        doc.text(k, 348, 104 + i * 13, { size: 8.5, color: GREY }); doc.text(v, 538, 104 + i * 13, { size: 9, align: 'right' });
      });
      doc.text('Fakturaadress', 50, 104, { size: 8, color: GREY });
      doc.lines([inv.buyer.name, ...inv.buyer.addr], 50, 118, { size: 10, lead: 13 });
      doc.text('Arbeten utförda under oktober 2026 enligt skötselavtal.', 50, 200, { size: 9 });
      doc.text('Samtliga belopp i SEK', 545, 200, { size: 8.5, font: 'it', align: 'right' });
      let y = table(doc, {
        x: 50, y: 210, size: 9.5, ruled: 'lines', pad: 4,
        cols: [{ label: 'Beskrivning', w: 235, wrap: true }, { label: 'Antal', w: 50, align: 'right' }, { label: 'Enhet', w: 45 }, { label: 'À-pris', w: 75, align: 'right' }, { label: 'Belopp', w: 90, align: 'right' }],
        rows: c.lines.map((l) => [l.d, qty(l.q, 'fr'), l.u, M(l.p), M(l.net)]),
      });
      y += 18;
      [['Belopp exkl. moms', M(c.subtotal)], [`Moms ${inv.rate} %`, M(c.tax)], ['Att betala', M(c.total), 'bold']].forEach(([k, v, b]) => {
        doc.text(k, 345, y, { size: b ? 11 : 9.5, font: b }); doc.text(v, 545, y, { size: b ? 11 : 9.5, font: b, align: 'right' }); y += 16;
      });
      y += 30;
      doc.rect(50, y, 495, 46, { fill: rgb(0.93, 0.96, 0.93) });
      [['Bankgiro', '5421-8830'], ['OCR-nummer', '4412026103'], ['Att betala', M(c.total)], ['Förfallodatum', D(inv.due)]].forEach(([k, v], i) => {
        doc.text(k, 62 + i * 122, y + 17, { size: 8, color: GREY }); doc.text(v, 62 + i * 122, y + 33, { size: 11, font: 'bold' });
      });
      doc.text('Vid betalning efter förfallodatum debiteras dröjsmålsränta enligt räntelagen.', 50, y + 64, { size: 8, color: GREY });
      const fy = doc.H - 60;
      doc.hline(50, 545, fy - 12, { t: 0.4, color: GREY });
      const o = { size: 7.5, lead: 10, color: GREY };
      doc.lines([inv.seller.name, ...inv.seller.addr], 50, fy, o);
      doc.lines(['Tel 0302-145 80', inv.seller.email], 220, fy, o);
      doc.lines(['Org.nr 559123-4567', `Momsreg.nr ${inv.seller.vat}`, 'Godkänd för F-skatt'], 390, fy, o);
    },
  },

  // 11 ---------------------------------------------------------------- Denmark
  {
    file: 'dk-cykel-faktura-rabat',
    note: 'Denmark, Danish. CVR numbers; invoice-level "Rabat 10 %" before moms (subtotal = net after discount); "I alt"; "Netto 14 dage" -> dueDate null; quantities "1,5 t".',
    page: A4, family: 'Helvetica', st: 'de', df: 'dmy-', currency: 'DKK', rate: 25, invDisc: 10,
    number: '2026-1142', issue: '2026-10-28', due: null,
    seller: { name: 'Cykelværkstedet Aarhus ApS', vat: '41 23 56 78', addr: ['Jægergårdsgade 88', '8000 Aarhus C'], email: 'post@cykelvaerkstedet.dk' },
    buyer: { name: 'Kaffebaren Mejlgade ApS', vat: '38 91 24 60', addr: ['Mejlgade 41', '8000 Aarhus C'] },
    lines: [
      { no: 'LC-2201', d: 'Ladcykel Christiania Light, sort, med kasse og låg', q: '2', u: 'stk.', p: 1199600 },
      { no: 'LC-RK', d: 'Regnkaleche til ladcykel', q: '2', u: 'stk.', p: 119600 },
      { no: 'SRV', d: 'Klargøring, montering og levering', q: '1.5', u: 't', p: 49500 },
    ],
    render(doc, inv, c) {
      const M = (v) => money(v, 'de'), D = (d) => date(d, 'dmy-');
      doc.lines([inv.seller.name, ...inv.seller.addr, `CVR-nr. ${inv.seller.vat}`, 'Tlf. 86 12 34 50', inv.seller.email], 545, 50, { size: 9, lead: 12, align: 'right', firstBold: true });
      doc.lines([inv.buyer.name, 'Att.: Mikkel Holm', ...inv.buyer.addr, `CVR-nr. ${inv.buyer.vat}`], 60, 140, { size: 10, lead: 13 });
      doc.text('Faktura', 60, 250, { size: 20, font: 'bold' });
      [['Fakturanr.', inv.number], ['Fakturadato', D(inv.issue)], ['Kundenr.', '5530'], ['Ordrenr.', '7781']].forEach(([k, v], i) => {
        doc.text(k, 380, 140 + i * 13, { size: 9 }); doc.text(v, 545, 140 + i * 13, { size: 9, align: 'right' });
      });
      let y = table(doc, {
        x: 60, y: 270, size: 9.5, ruled: 'head', pad: 4,
        cols: [{ label: 'Varenr.', w: 55 }, { label: 'Beskrivelse', w: 190, wrap: true }, { label: 'Antal', w: 45, align: 'right' }, { label: 'Enhed', w: 40 }, { label: 'Stk.pris', w: 70, align: 'right' }, { label: 'Beløb', w: 85, align: 'right' }],
        rows: c.lines.map((l) => [l.no, l.d, qty(l.q, 'de'), l.u, M(l.p), M(l.net)]),
      });
      y += 18;
      [['Varer og ydelser', M(c.sumLines)], [`Rabat ${inv.invDisc} %`, '-' + M(c.invDisc)], ['Subtotal', M(c.subtotal)], [`Moms ${inv.rate} %`, M(c.tax)], ['I alt DKK', M(c.total), 'bold']].forEach(([k, v, b], i) => {
        if (i === 4) doc.hline(360, 545, y - 11, { t: 0.8 });
        doc.text(k, 360, y, { size: b ? 11 : 9.5, font: b }); doc.text(v, 545, y, { size: b ? 11 : 9.5, font: b, align: 'right' }); y += 16;
      });
      y += 30;
      doc.lines(['Betalingsbetingelser: Netto 14 dage.', 'Beløbet bedes indbetalt på reg.nr. 8117 kontonr. 4412 9830 med fakturanummer som reference.', 'Ved betaling efter forfald tilskrives rente på 0,8 % pr. påbegyndt måned.'], 60, y, { size: 9, lead: 12.5 });
    },
  },

  // 12 ---------------------------------------------------------------- Estonia
  {
    file: 'ee-it-tugi-arve-2-pages',
    note: 'Estonia, Estonian. "Arve", KMKR, käibemaks 24 %; 32 lines running over 2 pages (table header repeated, totals on page 2); "Lk 1/2" page numbers.',
    page: A4, family: 'Helvetica', st: 'fr', df: 'dmy.', currency: 'EUR', rate: 24,
    number: '2026/208', issue: '2026-10-30', due: '2026-11-13',
    seller: { name: 'Tamme IT Lahendused OÜ', vat: 'EE102345678', addr: ['Pärnu mnt 139a', '11317 Tallinn'], email: 'arved@tammeit.ee' },
    buyer: { name: 'Kohvik Rukis OÜ', vat: 'EE101987654', addr: ['Rüütli 21', '10130 Tallinn'], email: 'raamatupidamine@rukis.ee' },
    lines: eeRows.map(([d, q, u, p]) => ({ d, q, u, p })),
    render(doc, inv, c) {
      const M = (v) => money(v, 'fr'), D = (d) => date(d, 'dmy.');
      doc.lines([inv.seller.name, 'Registrikood 14123456', `KMKR ${inv.seller.vat}`, ...inv.seller.addr, inv.seller.email, 'Tel +372 5612 3456'], 50, 50, { size: 9, lead: 12, firstBold: true });
      doc.text(`ARVE nr ${inv.number}`, 545, 56, { size: 16, font: 'bold', align: 'right' });
      [['Kuupäev', D(inv.issue)], ['Maksetähtaeg', D(inv.due)], ['Viitenumber', '20262085'], ['Viivis', '0,05% päevas']].forEach(([k, v], i) => {
        doc.text(k, 390, 80 + i * 13, { size: 9, color: GREY }); doc.text(v, 545, 80 + i * 13, { size: 9, align: 'right' });
      });
      doc.text('Maksja', 50, 150, { size: 8, font: 'bold', color: GREY });
      doc.lines([inv.buyer.name, `KMKR ${inv.buyer.vat}`, ...inv.buyer.addr, inv.buyer.email], 50, 163, { size: 9.5, lead: 12.5 });
      doc.text('IT-teenused ja seadmed, oktoober 2026', 50, 240, { size: 10, font: 'bold' });
      let y = table(doc, {
        x: 50, y: 252, size: 9, ruled: 'lines', pad: 3.5, headFill: LIGHT, bottom: doc.H - 70,
        onNewPage: (d) => { d.text(`${inv.seller.name}  ·  Arve nr ${inv.number} (järg)`, 50, 50, { size: 9, color: GREY }); return 64; },
        cols: [{ label: 'Nr', w: 24, align: 'right' }, { label: 'Kirjeldus', w: 240, wrap: true }, { label: 'Kogus', w: 45, align: 'right' }, { label: 'Ühik', w: 40 }, { label: 'Hind', w: 65, align: 'right' }, { label: 'Summa', w: 81, align: 'right' }],
        rows: c.lines.map((l, i) => [String(i + 1), l.d, qty(l.q, 'fr'), l.u, M(l.p), M(l.net)]),
      });
      y += 18;
      [['Summa käibemaksuta', M(c.subtotal)], [`Käibemaks ${inv.rate}%`, M(c.tax)], ['Kokku tasuda (EUR)', M(c.total), 'bold']].forEach(([k, v, b]) => {
        doc.text(k, 350, y, { size: b ? 11 : 9.5, font: b }); doc.text(v, 545, y, { size: b ? 11 : 9.5, font: b, align: 'right' }); y += 16;
      });
      y += 20;
      doc.lines(['Palume tasuda arve maksetähtajaks viitenumbriga 20262085.', 'Swedbank IBAN EE38 2200 2210 2014 5685  ·  LHV IBAN EE71 7700 7710 0123 4567'], 50, y, { size: 9, lead: 12.5 });
      doc.pages.forEach((p, i) => doc.text(`Lk ${i + 1}/${doc.pages.length}`, 545, doc.H - 30, { size: 8, align: 'right', color: GREY, page: p }));
    },
  },

  // 13 ---------------------------------------------------------------- Lithuania
  {
    file: 'lt-baldai-vat-invoice-english',
    note: 'Lithuania, English (Lithuanian letters are outside WinAnsi). Supplier/customer side by side with company and VAT codes; zebra table without vertical rules; "12 pcs", "5 h"; amount in words; signature lines.',
    page: A4, family: 'Helvetica', st: 'en', df: 'iso', currency: 'EUR', rate: 21,
    number: 'KPA-0427', issue: '2026-11-02', due: '2026-11-16',
    seller: { name: 'UAB Kopa Studio', vat: 'LT100009876512', addr: ['Vilniaus g. 31', 'LT-01402 Vilnius'], email: 'sales@kopastudio.lt' },
    buyer: { name: 'UAB Nerija Hotels', vat: 'LT100004567813', addr: ['Taikos g. 8', 'LT-93121 Neringa'], email: 'finance@nerijahotels.lt' },
    lines: [
      { d: 'Oak lounge chair "Kopa", natural oil finish, wool upholstery', q: '12', u: 'pcs', p: 38500 },
      { d: 'Side table, solid ash, 50 cm', q: '6', u: 'pcs', p: 14250 },
      { d: 'Delivery Vilnius - Neringa', q: '1', u: 'trip', p: 18000 },
      { d: 'Assembly on site', q: '5', u: 'h', p: 3200 },
    ],
    render(doc, inv, c) {
      const M = (v) => money(v, 'en'), D = (d) => date(d, 'iso');
      doc.text('VAT INVOICE', doc.W / 2, 60, { size: 18, font: 'bold', align: 'center' });
      doc.text(`No. ${inv.number}`, doc.W / 2, 78, { size: 11, align: 'center' });
      doc.text(`Date of issue: ${D(inv.issue)}`, doc.W / 2, 93, { size: 9.5, align: 'center' });
      const party = (t, p, x, code) => {
        doc.text(t, x, 130, { size: 8, font: 'bold', color: GREY });
        doc.lines([p.name, `Company code: ${code}`, `VAT code: ${p.vat}`, `Address: ${p.addr.join(', ')}`, `E-mail: ${p.email}`], x, 144, { size: 9, lead: 12.5, firstBold: true });
      };
      party('SUPPLIER', inv.seller, 50, '305123456'); party('CUSTOMER', inv.buyer, 310, '302998877');
      doc.text('Bank: Swedbank AB, IBAN LT12 7300 0101 2345 6789', 50, 215, { size: 8.5 });
      let y = table(doc, {
        x: 50, y: 240, size: 9.5, ruled: 'none', zebra: true, pad: 5, headFill: rgb(0.2, 0.2, 0.25), headColor: rgb(1, 1, 1),
        cols: [{ label: 'No.', w: 30, align: 'right' }, { label: 'Description', w: 245, wrap: true }, { label: 'Qty', w: 60, align: 'right' }, { label: 'Unit price', w: 75, align: 'right' }, { label: 'Amount', w: 85, align: 'right' }],
        rows: c.lines.map((l, i) => [String(i + 1), l.d, `${qty(l.q, 'en')} ${l.u}`, M(l.p), M(l.net)]),
      });
      y += 20;
      [['Total excl. VAT', M(c.subtotal)], [`VAT ${inv.rate}%`, M(c.tax)], ['Total incl. VAT, EUR', M(c.total), 'bold']].forEach(([k, v, b]) => {
        doc.text(k, 345, y, { size: b ? 11 : 9.5, font: b }); doc.text(v, 545, y, { size: b ? 11 : 9.5, font: b, align: 'right' }); y += 16;
      });
      y += 10;
      doc.text('Amount in words: seven thousand thirty-six euro and 15 cents', 50, y, { size: 9, font: 'it' });
      doc.text(`Payment due date: ${D(inv.due)}`, 50, y + 16, { size: 9.5, font: 'bold' });
      y += 80;
      doc.hline(50, 250, y); doc.hline(330, 545, y);
      doc.text('Issued by: director Rasa Petrauske', 50, y + 12, { size: 8, color: GREY });
      doc.text('Received by (name, signature)', 330, y + 12, { size: 8, color: GREY });
    },
  },

  // 14 ---------------------------------------------------------------- Malta
  {
    file: 'mt-marine-courier-typewriter',
    note: 'Malta, English. Monospaced Courier "system print" layout with ASCII rules, QTY column first; VAT 18 %; "Payable within 30 days" -> dueDate null.',
    page: A4, family: 'Courier', st: 'en', df: 'dmy/', currency: 'EUR', rate: 18,
    number: 'SMS/26/0419', issue: '2026-11-04', due: null,
    seller: { name: 'Sliema Marine Services Ltd', vat: 'MT 2345 6789', addr: ['45 Triq ix-Xatt', 'Sliema SLM 1022'], email: 'accounts@sliemamarine.com.mt' },
    buyer: { name: 'Gozo Dive Centre Ltd', vat: 'MT 1987 2210', addr: ['Triq il-Port', 'Mgarr, Gozo GSM 1012'] },
    lines: [
      { d: 'Outboard engine service Yamaha F150 (oil, filters, impeller)', q: '2', p: 32000 },
      { d: 'Antifouling hull 8.5 m RIB, 2 coats', q: '1', p: 78000 },
      { d: 'Zinc anodes replaced', q: '6', p: 1850 },
      { d: 'Crane lift in/out', q: '2', p: 9500 },
    ],
    render(doc, inv, c) {
      const M = (v) => money(v, 'en'), D = (d) => date(d, 'dmy/');
      const s = 9, cw = doc.width('0', { size: s }), L = 50;
      const row = (y, str, o = {}) => doc.text(str, L, y, { size: s, ...o });
      const pad = (str, n, right) => (right ? String(str).padStart(n) : String(str).padEnd(n));
      const cx = doc.W / 2;
      doc.text(inv.seller.name, cx, 50, { size: 12, font: 'bold', align: 'center' });
      doc.text(`${inv.seller.addr.join(', ')} - Tel 2133 4455`, cx, 63, { size: s, align: 'center' });
      doc.text(`VAT No: ${inv.seller.vat}   ${inv.seller.email}`, cx, 75, { size: s, align: 'center' });
      row(100, '='.repeat(82));
      row(116, 'I N V O I C E', { font: 'bold' });
      row(134, `Invoice No : ${inv.number}`); row(146, `Date       : ${D(inv.issue)}`); row(158, 'Account    : GDC01');
      doc.text('Bill To:', L + 46 * cw, 134, { size: s });
      doc.lines([inv.buyer.name, ...inv.buyer.addr, `VAT No: ${inv.buyer.vat}`], L + 46 * cw, 146, { size: s, lead: 12 });
      row(200, '-'.repeat(82));
      row(212, `${pad('QTY', 5, true)}  ${pad('DESCRIPTION', 44)}  ${pad('UNIT PRICE', 12, true)}  ${pad('AMOUNT', 15, true)}`, { font: 'bold' });
      row(224, '-'.repeat(82));
      let y = 238;
      for (const l of c.lines) {
        const dl = doc.wrap(l.d, 44 * cw, { size: s });
        row(y, `${pad(qty(l.q, 'en'), 5, true)}  ${pad(dl[0], 44)}  ${pad(M(l.p), 12, true)}  ${pad(M(l.net), 15, true)}`);
        for (const more of dl.slice(1)) { y += 12; row(y, `${' '.repeat(7)}${more}`); }
        y += 14;
      }
      row(y, '-'.repeat(82)); y += 16;
      const tot = (k, v, o) => { row(y, `${pad(k, 63, true)}  ${pad(v, 15, true)}`, o); y += 13; };
      tot('Sub-Total EUR', M(c.subtotal)); tot(`VAT @ ${inv.rate}%`, M(c.tax)); tot('TOTAL EUR', M(c.total), { font: 'bold' });
      row(y, '='.repeat(82)); y += 24;
      row(y, 'Terms: Payable within 30 days of invoice date.'); y += 12;
      row(y, 'Bank: Bank of Valletta  IBAN MT84 VALL 2201 3000 0000 4001 2345 678'); y += 12;
      row(y, 'E&OE. Goods remain the property of SMS Ltd until paid in full.');
    },
  },

  // 15 ---------------------------------------------------------------- India
  {
    file: 'in-packaging-gst-tax-invoice',
    note: 'India, English. GSTIN, HSN/SAC, CGST 9 % + SGST 9 % (taxTotal = both), lakh grouping "5,92,700.00", quantities "12,000", amount in words; explicit due date.',
    page: A4, family: 'Helvetica', st: 'in', df: 'dd-Mon-y', currency: 'INR', rate: 18,
    number: 'SGP/2026-27/0418', issue: '2026-11-05', due: '2026-11-20',
    seller: { name: 'Shree Ganesh Packaging Industries', vat: '27AAKFS4821M1Z6', addr: ['Plot No. 42, MIDC Bhosari', 'Pune, Maharashtra 411026'], email: 'accounts@shreeganeshpack.in' },
    buyer: { name: 'Kothari Foods Pvt. Ltd.', vat: '27AABCK7731H1ZQ', addr: ['Survey No. 118, Chakan Industrial Area', 'Pune, Maharashtra 410501'], email: 'purchase@kotharifoods.co.in' },
    lines: [
      { hsn: '4819', d: 'Corrugated boxes 5-ply, 450 x 300 x 300 mm, 2 colour print', q: '12000', u: 'Nos', p: 3850 },
      { hsn: '3923', d: 'Printed laminated stand-up pouches 1 kg with zipper', q: '25000', u: 'Nos', p: 420 },
      { hsn: '3919', d: 'BOPP tape 48 mm x 65 m, brown', q: '600', u: 'Rolls', p: 3200 },
      { hsn: '9965', d: 'Freight & loading charges', q: '1', u: 'Lot', p: 650000 },
    ],
    render(doc, inv, c) {
      const M = (v) => money(v, 'in'), D = (d) => date(d, 'dd-Mon-y');
      const cx = doc.W / 2, L = 40, R = 555;
      doc.text('TAX INVOICE', cx, 40, { size: 14, font: 'bold', align: 'center' });
      doc.text('(Original for Recipient)', R, 40, { size: 7.5, align: 'right', color: GREY });
      doc.rect(L, 50, R - L, 82, { border: rgb(0, 0, 0), t: 0.7 });
      doc.lines([inv.seller.name, ...inv.seller.addr, `GSTIN/UIN: ${inv.seller.vat}`, 'State Name: Maharashtra, Code: 27', `E-Mail: ${inv.seller.email}`], L + 6, 63, { size: 8.5, lead: 11, firstBold: true });
      doc.vline(330, 50, 132, { t: 0.7 });
      [['Invoice No.', inv.number], ['Dated', D(inv.issue)], ['Due Date', D(inv.due)], ['Buyer\'s Order No.', 'KF/PO/2026/1187'], ['Dispatched through', 'VRL Logistics, MH12 KT 4471']].forEach(([k, v], i) => {
        doc.text(k, 336, 63 + i * 14, { size: 8, color: GREY }); doc.text(v, R - 6, 63 + i * 14, { size: 8.5, font: 'bold', align: 'right' });
      });
      doc.rect(L, 132, R - L, 72, { border: rgb(0, 0, 0), t: 0.7 });
      doc.text('Buyer (Bill to)', L + 6, 144, { size: 7.5, color: GREY });
      doc.lines([inv.buyer.name, ...inv.buyer.addr, `GSTIN/UIN: ${inv.buyer.vat}`, 'Place of Supply: Maharashtra (27)', `E-Mail: ${inv.buyer.email}`], L + 6, 156, { size: 8.5, lead: 11, firstBold: true });
      let y = table(doc, {
        x: L, y: 204, size: 8.5, ruled: 'grid', headFill: LIGHT,
        cols: [{ label: 'Sl', w: 22, align: 'right' }, { label: 'Description of Goods', w: 190, wrap: true }, { label: 'HSN/SAC', w: 50 }, { label: 'Quantity', w: 70, align: 'right' }, { label: 'Rate', w: 60, align: 'right' }, { label: 'per', w: 35 }, { label: 'Amount', w: R - L - 427, align: 'right' }],
        rows: c.lines.map((l, i) => [String(i + 1), l.d, l.hsn, `${qty(l.q, 'in')} ${l.u}`, M(l.p), l.u, M(l.net)]),
      });
      const half = Math.round((c.subtotal * inv.rate) / 200);
      if (half * 2 !== c.tax) throw new Error('CGST/SGST split not exact');
      const rows = [['Taxable Value', M(c.subtotal)], [`Output CGST @ ${inv.rate / 2}%`, M(half)], [`Output SGST @ ${inv.rate / 2}%`, M(half)], ['Grand Total (INR)', M(c.total), 'bold']];
      rows.forEach(([k, v, b]) => { doc.text(k, 330, y + 14, { size: 9, font: b }); doc.text(v, R - 6, y + 14, { size: 9, font: b, align: 'right' }); y += 14; });
      y += 24;
      doc.text(`Amount Chargeable (in words): INR ${inWords(c.total / 100)} Only`, L, y, { size: 8.5, font: 'bold' });
      y += 14;
      y = table(doc, {
        x: L, y, size: 8, ruled: 'grid',
        cols: [{ label: 'Taxable Value', w: 110, align: 'right' }, { label: 'CGST Rate', w: 60, align: 'right' }, { label: 'CGST Amount', w: 95, align: 'right' }, { label: 'SGST Rate', w: 60, align: 'right' }, { label: 'SGST Amount', w: 95, align: 'right' }, { label: 'Total Tax Amount', w: R - L - 420, align: 'right' }],
        rows: [[M(c.subtotal), `${inv.rate / 2}%`, M(half), `${inv.rate / 2}%`, M(half), M(c.tax)]],
      });
      y += 14;
      doc.text(`Tax Amount (in words): INR ${inWords(c.tax / 100)} Only`, L, y, { size: 8.5 });
      doc.lines(['Company\'s Bank Details', 'Bank: HDFC Bank, Bhosari Branch', 'A/c No.: 50200031457781', 'IFSC: HDFC0001183'], L, y + 24, { size: 8, lead: 11, firstBold: true });
      doc.text(`for ${inv.seller.name}`, R, y + 24, { size: 8.5, font: 'bold', align: 'right' });
      doc.text('Authorised Signatory', R, y + 70, { size: 8, align: 'right' });
      doc.text('This is a Computer Generated Invoice. Subject to Pune Jurisdiction.', cx, doc.H - 30, { size: 7.5, align: 'center', color: GREY });
    },
  },

  // 16 ---------------------------------------------------------------- New Zealand
  {
    file: 'nz-landscaping-tax-invoice',
    note: 'New Zealand, English. NZD, GST 15 %, "Tax Invoice"; seller band on top plus a grey band holding number/dates; GST number with dashes; tear-off payment advice.',
    page: A4, family: 'Helvetica', st: 'en', df: 'd Mon y', currency: 'NZD', rate: 15,
    number: 'INV-2611', issue: '2026-11-06', due: '2026-11-20',
    seller: { name: 'Tui Ridge Landscaping Ltd', vat: '123-456-789', addr: ['18 Kahikatea Drive', 'Frankton, Hamilton 3204'], email: 'admin@tuiridge.co.nz' },
    buyer: { name: 'Waikato Dental Group Ltd', addr: ['220 Victoria Street', 'Hamilton Central', 'Hamilton 3204'], email: 'accounts@waikatodental.co.nz' },
    lines: [
      { d: 'Grounds maintenance – weekly visits, October', q: '4', p: 18500 },
      { d: 'Hedge trimming, car park boundary', q: '3.5', u: 'h', p: 6800 },
      { d: 'Bark mulch supplied and spread', q: '6', u: 'm³', p: 9500 },
      { d: 'Green waste disposal', q: '1', p: 6500 },
    ],
    render(doc, inv, c) {
      const M = (v) => money(v, 'en'), D = (d) => date(d, 'd Mon y');
      const W = doc.W, white = rgb(1, 1, 1);
      doc.rect(0, 0, W, 70, { fill: rgb(0.12, 0.36, 0.2) });
      doc.text(inv.seller.name, 40, 40, { size: 18, font: 'bold', color: white });
      doc.text(`${inv.seller.addr.join(', ')}  |  ${inv.seller.email}  |  GST No. ${inv.seller.vat}`, 40, 56, { size: 8, color: rgb(0.85, 0.95, 0.85) });
      doc.rect(0, 70, W, 46, { fill: rgb(0.92, 0.92, 0.92) });
      doc.text('TAX INVOICE', 40, 98, { size: 15, font: 'bold' });
      [['Invoice Number', inv.number], ['Invoice Date', D(inv.issue)], ['Due Date', D(inv.due)]].forEach(([k, v], i) => {
        doc.text(k, 250 + i * 110, 87, { size: 7.5, color: GREY }); doc.text(v, 250 + i * 110, 103, { size: 10, font: 'bold' });
      });
      doc.text('To', 40, 140, { size: 8, color: GREY });
      doc.lines([inv.buyer.name, ...inv.buyer.addr, inv.buyer.email], 40, 153, { size: 9.5, lead: 12.5 });
      doc.text('Reference: Site 220 Victoria St', 555, 153, { size: 9, align: 'right' });
      let y = table(doc, {
        x: 40, y: 225, size: 9.5, ruled: 'lines', pad: 4,
        cols: [{ label: 'Description', w: 250, wrap: true }, { label: 'Quantity', w: 60, align: 'right' }, { label: 'Unit Price', w: 70, align: 'right' }, { label: 'GST', w: 50, align: 'right' }, { label: 'Amount NZD', w: 85, align: 'right' }],
        rows: c.lines.map((l) => [l.d, qty(l.q, 'en') + (l.u ? ' ' + l.u : ''), M(l.p), `${inv.rate}%`, M(l.net)]),
      });
      y += 16;
      [['Subtotal', M(c.subtotal)], [`Total GST ${inv.rate}%`, M(c.tax)], ['TOTAL NZD', M(c.total), 'bold']].forEach(([k, v, b]) => {
        doc.text(k, 380, y, { size: b ? 11 : 9.5, font: b }); doc.text(v, 555, y, { size: b ? 11 : 9.5, font: b, align: 'right' }); y += 16;
      });
      y += 24;
      doc.text('Payment by direct credit to ANZ 06-0313-0860321-00, reference INV-2611. Thank you!', 40, y, { size: 9 });
      const py = doc.H - 170;
      for (let x = 40; x < 555; x += 8) doc.hline(x, x + 4, py, { t: 0.5, color: GREY });
      doc.text('PAYMENT ADVICE', 40, py + 24, { size: 12, font: 'bold' });
      doc.lines(['To:', inv.seller.name, ...inv.seller.addr], 40, py + 42, { size: 9, lead: 12 });
      [['Customer', inv.buyer.name], ['Invoice Number', inv.number], ['Amount Due', M(c.total)], ['Due Date', D(inv.due)], ['Amount Enclosed', '']].forEach(([k, v], i) => {
        doc.text(k, 300, py + 24 + i * 16, { size: 9, font: 'bold' }); doc.text(v, 555, py + 24 + i * 16, { size: 9, align: 'right' });
      });
      doc.hline(430, 555, py + 24 + 4 * 16 + 3, { t: 0.5 });
    },
  },
];
