import { esc, lines, doc, mkFmt } from '../lib.mjs';

const inv = {
  name: 'dk-vvs-faktura',
  country: 'Denmark', language: 'Danish', currency: 'DKK',
  traits: 'Danish plumber faktura in a clean online-accounting style: private customer top left, seller block with CVR-nr. right, dates "27. februar 2025", hours "7,5 timer", "Subtotal / Moms 25% / I alt DKK", FI-kode (+71) and Reg.nr./Kontonr. payment line; 1.234,56',
  number: '2025-0219',
  issue: '2025-02-27',
  due: '2025-03-13',
  seller: {
    name: 'Havnens VVS ApS', vatId: '38412760',
    address: ['Strandvejen 112', '8000 Aarhus C'],
    email: 'kontakt@havnensvvs.dk', phone: '+45 86 12 34 56', web: 'havnensvvs.dk',
  },
  buyer: {
    name: 'Mette Kjær Sørensen', vatId: null,
    address: ['Birkevej 3', '8240 Risskov'], email: 'mette.kjaer@mail.dk',
  },
  taxMode: 'rate',
  items: [
    { desc: 'Arbejdsløn, VVS-montør', qty: '7.5', uom: 'timer', unit: '595.00', rate: '25' },
    { desc: 'Arbejdsløn, lærling', qty: '4', uom: 'timer', unit: '325.00', rate: '25' },
    { desc: 'Kørsel', qty: '1', uom: 'stk.', unit: '395.00', rate: '25' },
    { desc: 'Termostatbatteri Grohe Grohtherm 800', qty: '1', uom: 'stk.', unit: '2149.00', rate: '25' },
    { desc: 'PEX-rør 16 mm', qty: '12', uom: 'm', unit: '18.75', rate: '25' },
    { desc: 'Kuglehane, forkromet ½"', qty: '4', uom: 'stk.', unit: '89.50', rate: '25' },
    { desc: 'Småmaterialer', qty: '1', uom: 'stk.', unit: '145.00', rate: '25' },
  ],
  fmt: mkFmt({ num: { dec: ',', grp: '.' }, date: 'da-long' }),
  extraChecks: () => ['I alt DKK', 'Moms 25%'],
};

inv.render = (c, f) => {
  const s = inv.seller, b = inv.buyer;
  const rows = c.lines.map((l) => `<tr><td>${esc(l.desc)}</td><td class="r">${f.q(l.qty)}</td><td>${l.uom}</td><td class="r">${f.u(l.unit)}</td><td class="r">${f.m(l.net)}</td></tr>`).join('\n');
  const css = `
@page { size: A4; margin: 18mm 18mm 16mm 18mm; }
body { font-family: 'DejaVu Sans'; font-size: 8.5pt; color: #333; }
.row { display: flex; justify-content: space-between; }
.logo { background: #0e6e76; color: #fff; font-weight: bold; font-size: 13pt; padding: 10px 14px; border-radius: 4px; display: inline-block; }
.logo small { display: block; font-weight: normal; font-size: 7pt; opacity: .85; }
.seller { text-align: right; line-height: 1.5; font-size: 8pt; }
.buyer { margin-top: 18mm; line-height: 1.5; font-size: 9.5pt; }
h1 { font-weight: normal; font-size: 22pt; margin: 14mm 0 4mm; color: #0e6e76; }
.meta { border-collapse: collapse; }
.meta td { padding: 1px 18px 1px 0; }
.meta td:first-child { color: #888; }
.items { width: 100%; border-collapse: collapse; margin-top: 10mm; }
.items th { text-align: left; font-size: 7.5pt; color: #888; font-weight: normal; border-bottom: 1.5px solid #0e6e76; padding: 4px; }
.items td { padding: 5px 4px; border-bottom: 1px solid #e6e6e6; }
.r { text-align: right !important; white-space: nowrap; }
.tot { margin-left: auto; margin-top: 5mm; border-collapse: collapse; min-width: 70mm; }
.tot td { padding: 3px 4px; }
.tot .grand td { border-top: 1.5px solid #0e6e76; font-weight: bold; font-size: 11pt; padding-top: 6px; }
.pay { margin-top: 14mm; line-height: 1.6; background: #f3f7f7; padding: 8px 10px; }
.foot { margin-top: 18mm; text-align: center; font-size: 7pt; color: #999; }`;
  const body = `
<div class="row">
  <div class="logo">HAVNENS VVS<small>Vand · Varme · Sanitet</small></div>
  <div class="seller"><b>${esc(s.name)}</b><br>${lines(s.address)}<br>CVR-nr. ${s.vatId}<br>Tlf. ${s.phone}<br>${s.email}</div>
</div>
<div class="buyer">${esc(b.name)}<br>${lines(b.address)}<br>${b.email}</div>
<h1>Faktura</h1>
<table class="meta">
  <tr><td>Fakturanr.</td><td>${inv.number}</td></tr>
  <tr><td>Fakturadato</td><td>${f.d(inv.issue)}</td></tr>
  <tr><td>Betalingsdato</td><td>${f.d(inv.due)}</td></tr>
  <tr><td>Kundenr.</td><td>1184</td></tr>
  <tr><td>Opgave</td><td>Udskiftning af køkkenbatteri og vandrør, Birkevej 3</td></tr>
</table>
<table class="items">
<thead><tr><th>Beskrivelse</th><th class="r">Antal</th><th>Enhed</th><th class="r">Á pris</th><th class="r">Pris</th></tr></thead>
<tbody>${rows}</tbody>
</table>
<table class="tot">
  <tr><td>Subtotal</td><td class="r">${f.m(c.subtotal)}</td></tr>
  <tr><td>Moms 25%</td><td class="r">${f.m(c.tax)}</td></tr>
  <tr class="grand"><td>I alt DKK</td><td class="r">${f.m(c.total)}</td></tr>
</table>
<div class="pay">
  <b>Betalingsbetingelser:</b> Netto 14 dage – beløbet forfalder ${f.d(inv.due)}.<br>
  Bankoverførsel: Reg.nr. 9570 · Kontonr. 0012345678 – angiv fakturanr. ${inv.number}<br>
  FI-indbetaling: +71&lt;000000201902197 +85012345&lt;<br>
  Ved betaling efter forfald tilskrives renter på 0,8% pr. påbegyndt måned.
</div>
<div class="foot">${esc(s.name)} · ${s.address.join(' · ')} · CVR-nr. ${s.vatId} · ${s.web}</div>`;
  return doc({ lang: 'da', title: `Faktura ${inv.number}`, css, body });
};

export default inv;
