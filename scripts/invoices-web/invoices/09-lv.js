'use strict';
// Latvian PVN rēķins: "SIA"/"AS" legal form before the name, reģ. Nr. and PVN reģ. Nr. (LV + 11 digits),
// Latvian long dates incl. the dative after "līdz", a totals-level discount (Atlaide 5 %),
// quantities with space grouping, amount in words.
module.exports = function (L) {
  const F = c => L.num(c, { dec: ',', grp: '\u00a0' });
  const Q = q => L.group(q, '\u00a0');
  const reg = L.lvReg('4000381724');
  const bReg = L.lvReg('4000375618');
  const seller = {
    name: 'SIA Dzintarkrasts Loģistika',
    vatId: 'LV' + reg,
    address: ['Krasta iela 94', 'Rīga, LV-1019'],
    email: 'rekini@dzintarkrasts.lv',
  };
  const buyer = {
    name: 'AS Baltijas Pārtikas Tīkls',
    vatId: 'LV' + bReg,
    address: ['Rīgas iela 52', 'Daugavpils, LV-5401'],
    email: 'gramatvediba@bpt.lv',
  };
  const items = [
    { description: 'Noliktavas uzglabāšana, paletes vieta (oktobris 2026)', mu: 'pal.', qty: '320', unit: 475 },
    { description: 'Paletes pieņemšana un izkraušana', mu: 'pal.', qty: '146', unit: 320 },
    { description: 'Komplektēšana pēc pasūtījuma (pasūtījuma rindas)', mu: 'rinda', qty: '2480', unit: 38 },
    { description: 'Paletes aptīšana ar stretch plēvi', mu: 'pal.', qty: '118', unit: 160 },
    { description: 'Piegāde Rīga – Daugavpils, 20 t kravas auto', mu: 'reiss', qty: '3', unit: 38500 },
    { description: 'Muitas dokumentu noformēšana', mu: 'gab.', qty: '2', unit: 4500 },
  ];
  for (const it of items) it.amount = L.lineAmount(it.qty, it.unit);
  const lineSum = items.reduce((a, i) => a + i.amount, 0);
  const discount = -L.taxOn(lineSum, '5');
  const subtotal = lineSum + discount;
  const taxTotal = L.taxOn(subtotal, '21');
  const total = subtotal + taxTotal;
  if (total !== 501573) throw new Error('LV: update words, total ' + total);
  const words = 'pieci tūkstoši piecpadsmit euro un 73 centi';
  const no = 'DK-2026/1183';
  const ib = L.iban('LV', 'HABA' + '0551039428176');

  const rows = items.map((it, i) => `<tr><td class="c">${i + 1}.</td><td>${L.esc(it.description)}</td><td class="c">${it.mu}</td><td class="r">${Q(it.qty)}</td><td class="r">${F(it.unit)}</td><td class="r">${F(it.amount)}</td></tr>`).join('');

  const html = `<!doctype html><html lang="lv"><head><meta charset="utf-8"><title>Rēķins ${no}</title>
<style>
@page { size: A4; margin: 15mm 15mm 15mm 20mm; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9pt; color: #1e2a2f; margin: 0; }
.band { background: #8c1d2c; color: #fff; padding: 5mm 6mm; display: flex; justify-content: space-between; align-items: center; }
.band .n { font-size: 15pt; font-weight: 700; }
.band .d { text-align: right; line-height: 1.6; }
table.parties { width: 100%; border-collapse: collapse; margin-top: 6mm; }
table.parties td { vertical-align: top; padding: 1mm 2mm; line-height: 1.5; }
table.parties td.k { color: #777; width: 28mm; }
table.parties tr.h td { font-weight: 700; color: #8c1d2c; border-bottom: .6pt solid #8c1d2c; padding-top: 3mm; }
table.it { width: 100%; border-collapse: collapse; margin-top: 6mm; }
table.it th { border-top: 1pt solid #1e2a2f; border-bottom: 1pt solid #1e2a2f; padding: 1.8mm 1.5mm; font-size: 8pt; text-align: left; }
table.it td { padding: 1.9mm 1.5mm; border-bottom: .4pt solid #ccc; }
.r, th.r { text-align: right !important; white-space: nowrap; } .c { text-align: center; }
table.tot { width: 90mm; margin: 4mm 0 0 auto; border-collapse: collapse; }
table.tot td { padding: 1.3mm 1.5mm; }
table.tot .g td { font-weight: 700; font-size: 11pt; border-top: 1pt solid #1e2a2f; }
.words { margin-top: 4mm; }
.foot { margin-top: 10mm; line-height: 1.6; font-size: 8.3pt; }
.sign { margin-top: 14mm; display: flex; gap: 18mm; font-size: 8pt; }
.sign div { flex: 1; border-top: .5pt solid #777; padding-top: 1mm; }
</style></head><body>
<div class="band"><div class="n">PVN rēķins Nr. ${no}</div>
  <div class="d">Datums: 2026. gada 6. novembris<br>Apmaksāt līdz 2026. gada 20. novembrim</div></div>
<table class="parties">
  <tr class="h"><td colspan="2">Preču piegādātājs / pakalpojuma sniedzējs</td><td colspan="2">Saņēmējs</td></tr>
  <tr><td class="k">Nosaukums</td><td><b>${seller.name}</b></td><td class="k">Nosaukums</td><td><b>${buyer.name}</b></td></tr>
  <tr><td class="k">Reģ. Nr.</td><td>${reg}</td><td class="k">Reģ. Nr.</td><td>${bReg}</td></tr>
  <tr><td class="k">PVN reģ. Nr.</td><td>${seller.vatId}</td><td class="k">PVN reģ. Nr.</td><td>${buyer.vatId}</td></tr>
  <tr><td class="k">Adrese</td><td>${seller.address.join(', ')}</td><td class="k">Adrese</td><td>${buyer.address.join(', ')}</td></tr>
  <tr><td class="k">E-pasts</td><td>${seller.email}</td><td class="k">E-pasts</td><td>${buyer.email}</td></tr>
  <tr><td class="k">Banka</td><td>AS Ziemeļu Banka<br>${L.ibanSpaced(ib)}</td><td class="k">Līgums</td><td>Nr. L-2025/044 no 2025. gada 2. janvāra</td></tr>
</table>
<table class="it"><thead><tr><th>Nr.</th><th>Nosaukums</th><th>Mērv.</th><th class="r">Daudz.</th><th class="r">Cena, EUR</th><th class="r">Summa, EUR</th></tr></thead>
<tbody>${rows}</tbody></table>
<table class="tot">
  <tr><td>Kopā</td><td class="r">${F(lineSum)}</td></tr>
  <tr><td>Atlaide 5%</td><td class="r">${F(discount)}</td></tr>
  <tr><td>Summa bez PVN</td><td class="r">${F(subtotal)}</td></tr>
  <tr><td>PVN 21%</td><td class="r">${F(taxTotal)}</td></tr>
  <tr class="g"><td>Summa apmaksai, EUR</td><td class="r">${F(total)}</td></tr>
</table>
<div class="words">Summa vārdiem: <i>${words}</i></div>
<div class="foot">Rēķins sagatavots elektroniski un ir derīgs bez paraksta.<br>Lūdzam maksājuma uzdevumā norādīt rēķina numuru ${no}.</div>
<div class="sign"><div>Rēķinu izrakstīja: loģistikas vadītāja Ilze Kalniņa</div><div>Rēķinu saņēma:</div></div>
</body></html>`;

  const expected = L.expected({
    invoiceNumber: no, issueDate: '2026-11-06', dueDate: '2026-11-20', currency: 'EUR',
    seller, buyer, subtotal, taxTotal, total, amountDue: total,
    items: items.map(i => ({ description: i.description, qty: i.qty, unit: i.unit, amount: i.amount })),
  });
  const checks = [no, '2026. gada 6. novembris', '2026. gada 20. novembrim', seller.name, seller.vatId, seller.address.join(', '), seller.email,
    buyer.name, buyer.vatId, buyer.address.join(', '), buyer.email, F(subtotal), F(taxTotal), F(total), F(discount),
    ...items.flatMap(i => [i.description, Q(i.qty), F(i.unit), F(i.amount)])];
  return { name: 'lv-pvn-rekins', html, expected, checks, arith: { lineAdjust: discount, amountDue: total } };
};
