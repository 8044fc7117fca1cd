import { esc, lines, doc, NBSP, plnInWords, mkFmt, addDays } from '../lib.mjs';

const inv = {
  name: 'pl-drukarnia-faktura-vat',
  country: 'Poland', language: 'Polish', currency: 'PLN',
  traits: 'classic "Faktura VAT" from Polish invoicing software: Sprzedawca/Nabywca side by side, full-grid table (Lp., J.m., netto, stawka, kwota VAT, brutto per line), VAT summary by rate (23 %, 5 %), "Razem do zapłaty", słownie line, signature boxes; dates YYYY-MM-DD; 1 234,56 with NBSP; qty 5 000',
  number: 'FV/2025/04/0147',
  issue: '2025-04-30',
  saleDate: '2025-04-28',
  due: '2025-05-14',
  seller: {
    name: 'Drukarnia Wisła Sp. z o.o.', vatId: '676-241-89-07',
    address: ['ul. Przemysłowa 14', '30-701 Kraków'],
    email: 'biuro@drukarnia-wisla.pl',
    phone: '+48 12 654 21 90', regon: '356120874', krs: '0000418265',
    bankName: 'Santander Bank Polska S.A.', account: 'PL61 1090 1014 0000 0712 1981 2874',
  },
  buyer: {
    name: 'Kawiarnia Pod Arkadami Anna Nowak', vatId: '873-102-44-62',
    address: ['Rynek 7', '33-100 Tarnów'], email: null,
  },
  taxMode: 'line',
  items: [
    { desc: 'Ulotki A5, druk 4+4, papier kreda 130 g', uom: 'szt.', qty: '5000', unit: '0.18', rate: '23' },
    { desc: 'Wizytówki 90×50 mm, 4+4, 350 g, folia matowa', uom: 'op.', qty: '10', unit: '38.00', rate: '23' },
    { desc: 'Roll-up 85×200 cm z kasetą i torbą', uom: 'szt.', qty: '2', unit: '219.00', rate: '23' },
    { desc: 'Menu A4, 12 str., oprawa zeszytowa', uom: 'szt.', qty: '150', unit: '14.60', rate: '23' },
    { desc: 'Książka „Smaki Tarnowa”, 96 str., oprawa twarda', uom: 'egz.', qty: '200', unit: '31.50', rate: '5' },
    { desc: 'Projekt graficzny ulotki i menu', uom: 'godz.', qty: '6', unit: '120.00', rate: '23' },
  ],
  fmt: mkFmt({ num: { dec: ',', grp: NBSP }, date: 'iso' }),
  extraChecks: (c) => ['Razem do zapłaty', plnInWords(c.total)],
};

inv.render = (c, f) => {
  const s = inv.seller, b = inv.buyer;
  const rows = c.lines.map((l, i) => `<tr>
<td class="c">${i + 1}</td><td>${esc(l.desc)}</td><td class="c">${l.uom}</td><td class="r">${f.q(l.qty)}</td>
<td class="r">${f.u(l.unit)}</td><td class="r">${f.m(l.net)}</td><td class="c">${l.rate}%</td>
<td class="r">${f.m(l.tax)}</td><td class="r">${f.m(l.gross)}</td></tr>`).join('\n');
  const vat = c.byRate.map((r) => `<tr><td class="c">${r.rate}%</td><td class="r">${f.m(r.net)}</td><td class="r">${f.m(r.tax)}</td><td class="r">${f.m(r.gross)}</td></tr>`).join('');
  const days = (Date.parse(inv.due) - Date.parse(inv.issue)) / 864e5;
  const css = `
@page { size: A4; margin: 14mm 14mm 16mm 14mm; }
body { font-family: 'DejaVu Sans'; font-size: 8.3pt; color: #111; }
.top { display: flex; justify-content: space-between; align-items: flex-start; }
.logo { border: 2px solid #1f4e8c; color: #1f4e8c; padding: 6px 12px; font-family: 'DejaVu Serif'; font-size: 20pt; font-weight: bold; letter-spacing: 2px; }
.logo small { display: block; font-size: 7pt; letter-spacing: 4px; font-family: 'DejaVu Sans'; font-weight: normal; }
.meta { text-align: right; line-height: 1.6; }
.meta td { padding: 0 0 0 10px; }
h1 { font-size: 15pt; text-align: center; margin: 16px 0 0; }
.orig { text-align: center; font-size: 8pt; letter-spacing: 3px; color: #555; margin-bottom: 12px; }
.parties { display: flex; gap: 16px; margin-bottom: 12px; }
.parties > div { flex: 1; border-top: 2px solid #1f4e8c; padding-top: 4px; line-height: 1.45; }
.parties h3 { margin: 0 0 3px; font-size: 9pt; text-transform: uppercase; color: #1f4e8c; }
table { border-collapse: collapse; }
.items { width: 100%; }
.items th, .items td { border: 0.7px solid #555; padding: 3px 4px; vertical-align: top; }
.items th { background: #dfe6f0; font-weight: bold; font-size: 7.5pt; }
.items tr.sum td { font-weight: bold; background: #f2f2f2; }
.c { text-align: center; } .r { text-align: right; white-space: nowrap; }
.bottom { display: flex; justify-content: space-between; margin-top: 12px; }
.pay { line-height: 1.6; }
.vat th, .vat td { border: 0.7px solid #555; padding: 2px 6px; }
.vat th { background: #dfe6f0; font-size: 7.5pt; }
.vat tr.sum td { font-weight: bold; }
.due { margin-top: 14px; font-size: 12pt; border: 1.5px solid #111; padding: 6px 10px; display: inline-block; }
.words { margin-top: 5px; }
.sign { display: flex; justify-content: space-between; margin-top: 60px; font-size: 7pt; color: #444; }
.sign div { width: 40%; border-top: 1px dotted #333; text-align: center; padding-top: 3px; }
.foot { margin-top: 24px; font-size: 6.8pt; color: #666; border-top: 0.5px solid #aaa; padding-top: 3px; }`;
  const body = `
<div class="top">
  <div class="logo">WISŁA<small>DRUKARNIA · KRAKÓW</small></div>
  <table class="meta">
    <tr><td>Miejsce wystawienia:</td><td>Kraków</td></tr>
    <tr><td>Data wystawienia:</td><td>${f.d(inv.issue)}</td></tr>
    <tr><td>Data sprzedaży:</td><td>${f.d(inv.saleDate)}</td></tr>
  </table>
</div>
<h1>Faktura VAT nr ${esc(inv.number)}</h1>
<div class="orig">ORYGINAŁ</div>
<div class="parties">
  <div><h3>Sprzedawca</h3><b>${esc(s.name)}</b><br>${lines(s.address)}<br>NIP: ${s.vatId}<br>REGON: ${s.regon}, KRS: ${s.krs}<br>Tel.: ${s.phone}<br>E-mail: ${s.email}</div>
  <div><h3>Nabywca</h3><b>${esc(b.name)}</b><br>${lines(b.address)}<br>NIP: ${b.vatId}</div>
</div>
<table class="items">
<thead><tr><th>Lp.</th><th style="width:34%">Nazwa towaru lub usługi</th><th>J.m.</th><th>Ilość</th><th>Cena jedn. netto</th><th>Wartość netto</th><th>Stawka VAT</th><th>Kwota VAT</th><th>Wartość brutto</th></tr></thead>
<tbody>
${rows}
<tr class="sum"><td colspan="5" class="r">Razem:</td><td class="r">${f.m(c.subtotal)}</td><td class="c">X</td><td class="r">${f.m(c.tax)}</td><td class="r">${f.m(c.total)}</td></tr>
</tbody>
</table>
<div class="bottom">
  <div class="pay">
    Sposób płatności: <b>przelew</b><br>
    Termin płatności: <b>${f.d(inv.due)}</b> (${days} dni)<br>
    Bank: ${s.bankName}<br>
    Numer konta: <b>${s.account}</b>
  </div>
  <table class="vat">
    <thead><tr><th>Stawka VAT</th><th>Wartość netto</th><th>Kwota VAT</th><th>Wartość brutto</th></tr></thead>
    <tbody>${vat}<tr class="sum"><td>Razem</td><td class="r">${f.m(c.subtotal)}</td><td class="r">${f.m(c.tax)}</td><td class="r">${f.m(c.total)}</td></tr></tbody>
  </table>
</div>
<div class="due">Razem do zapłaty: <b>${f.m(c.total)} PLN</b></div>
<div class="words">Słownie: ${plnInWords(c.total)}</div>
<div class="sign"><div>Osoba upoważniona do odbioru faktury</div><div>Osoba upoważniona do wystawienia faktury<br>Katarzyna Zielińska</div></div>
<div class="foot">${esc(s.name)}, Sąd Rejonowy dla Krakowa-Śródmieścia w Krakowie, XI Wydział Gospodarczy KRS, nr KRS ${s.krs}, kapitał zakładowy 50${NBSP}000,00 zł. Faktura wygenerowana elektronicznie.</div>`;
  return doc({ lang: 'pl', title: `Faktura VAT ${inv.number}`, css, body });
};

export default inv;
