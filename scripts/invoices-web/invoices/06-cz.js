'use strict';
// Czech faktura of a freelancer who is not VAT registered (Fakturoid-like): only IČO for the seller
// ("Nejsem plátce DPH"), buyer with DIČ, a single line item, dates "3. 11. 2026", QR Platba code.
module.exports = function (L) {
  const F = c => L.num(c, { dec: ',', grp: '\u00a0' });
  const K = c => F(c) + '\u00a0Kč';
  const ico = L.czIco('0742815');
  const bIco = L.czIco('2871460');
  const seller = {
    name: 'Ing. Tereza Vlčková',
    vatId: null,
    address: ['Na Hřebenech 1187/14', '147 00 Praha 4'],
    email: 'tereza@vlckova-preklady.cz',
  };
  const buyer = {
    name: 'Nakladatelství Modrý Kos s.r.o.',
    vatId: 'CZ' + bIco,
    address: ['Veveří 2581/102', '616 00 Brno'],
    email: 'faktury@modrykos.cz',
  };
  const items = [
    { description: 'Překlad odborné publikace „Dějiny alpských železnic“ z němčiny do češtiny', qty: '212', unitLabel: 'NS', unit: 38000 },
  ];
  for (const it of items) it.amount = L.lineAmount(it.qty, it.unit);
  const subtotal = items.reduce((a, i) => a + i.amount, 0);
  const total = subtotal;
  const no = '2026-0011';
  const vs = '20260011';
  // Czech account number with a valid mod-11 check (weights 6,3,7,9,10,5,8,4,2,1)
  const w = [6, 3, 7, 9, 10, 5, 8, 4, 2, 1];
  let acct = 2401827360;
  while (String(acct).padStart(10, '0').split('').reduce((a, x, i) => a + Number(x) * w[i], 0) % 11 !== 0) acct++;
  const acctS = String(acct);
  const ib = L.iban('CZ', '2010' + '000000' + acctS.padStart(10, '0'));
  const spd = `SPD*1.0*ACC:${ib}*AM:${L.dot(total)}*CC:CZK*X-VS:${vs}*MSG:FAKTURA ${no}`;
  const qr = L.qrSvg('cz-faktura-neplatce', spd, 30);

  const html = `<!doctype html><html lang="cs"><head><meta charset="utf-8"><title>Faktura ${no}</title>
<style>
@page { size: A4; margin: 15mm 17mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.8pt; color: #333; margin: 0; }
h1 { font-size: 19pt; font-weight: 400; margin: 0 0 6mm; }
h1 b { font-weight: 700; }
.cols { display: flex; gap: 12mm; }
.cols > div { flex: 1; line-height: 1.55; }
.lab { font-size: 7pt; text-transform: uppercase; color: #19a974; font-weight: 700; letter-spacing: .7pt; margin-bottom: 1.5mm; }
.payment { display: flex; gap: 12mm; margin-top: 8mm; padding: 4mm 0; border-top: .6pt solid #ddd; border-bottom: .6pt solid #ddd; }
.payment table td { padding: .7mm 4mm .7mm 0; }
.payment table td:first-child { color: #777; }
table.items { width: 100%; border-collapse: collapse; margin-top: 8mm; }
table.items th { text-align: left; font-size: 7.5pt; color: #777; font-weight: 400; border-bottom: .6pt solid #bbb; padding: 1.5mm 1mm; }
table.items td { padding: 2.5mm 1mm; border-bottom: .6pt solid #eee; }
.r, th.r { text-align: right !important; white-space: nowrap; }
.total { display: flex; justify-content: space-between; align-items: flex-end; margin-top: 8mm; }
.total .sum { text-align: right; }
.total .sum .big { font-size: 17pt; font-weight: 700; color: #19a974; }
.qr { display: flex; gap: 3mm; align-items: center; font-size: 7.5pt; color: #777; }
.foot { margin-top: 14mm; font-size: 7.5pt; color: #777; line-height: 1.5; }
</style></head><body>
<h1>Faktura <b>${no}</b></h1>
<div class="cols">
  <div><div class="lab">Dodavatel</div><b>${seller.name}</b><br>${seller.address.join('<br>')}<br>IČO: ${ico}<br>Nejsem plátce DPH.<br>${seller.email}</div>
  <div><div class="lab">Odběratel</div><b>${buyer.name}</b><br>${buyer.address.join('<br>')}<br>IČO: ${bIco}<br>DIČ: ${buyer.vatId}<br>${buyer.email}</div>
</div>
<div class="payment">
  <table>
    <tr><td>Bankovní účet</td><td><b>${acctS}/2010</b></td></tr>
    <tr><td>IBAN</td><td>${L.ibanSpaced(ib)}</td></tr>
    <tr><td>Variabilní symbol</td><td><b>${vs}</b></td></tr>
    <tr><td>Způsob platby</td><td>Převodem</td></tr>
  </table>
  <table>
    <tr><td>Datum vystavení</td><td>3. 11. 2026</td></tr>
    <tr><td>Datum splatnosti</td><td><b>17. 11. 2026</b></td></tr>
    <tr><td>Objednávka č.</td><td>OBJ-26-0457</td></tr>
  </table>
</div>
<p style="margin-top:6mm">Fakturuji Vám za překladatelské služby dle objednávky:</p>
<table class="items"><thead><tr><th>Položka</th><th class="r">Množství</th><th class="r">Cena za m.j.</th><th class="r">Celkem</th></tr></thead>
<tbody>${items.map(it => `<tr><td>${L.esc(it.description)}</td><td class="r">${it.qty} ${it.unitLabel}</td><td class="r">${K(it.unit)}</td><td class="r">${K(it.amount)}</td></tr>`).join('')}</tbody></table>
<div class="total">
  <div class="qr">${qr}<div>QR Platba</div></div>
  <div class="sum">Celkem k úhradě<div class="big">${K(total)}</div></div>
</div>
<div class="foot">Fyzická osoba zapsaná v živnostenském rejstříku vedeném Úřadem městské části Praha 4.<br>
NS = normostrana (1 800 znaků včetně mezer).</div>
</body></html>`;

  const expected = L.expected({
    invoiceNumber: no, issueDate: '2026-11-03', dueDate: '2026-11-17', currency: 'CZK',
    seller, buyer, subtotal, taxTotal: 0, total, amountDue: total,
    items: items.map(i => ({ description: i.description, qty: i.qty, unit: i.unit, amount: i.amount })),
  });
  const checks = [no, '3. 11. 2026', '17. 11. 2026', seller.name, ...seller.address, seller.email, 'Nejsem plátce DPH',
    buyer.name, buyer.vatId, ...buyer.address, buyer.email, K(total), ...items.flatMap(i => [i.description, i.qty, K(i.unit), K(i.amount)])];
  return { name: 'cz-faktura-neplatce', html, expected, checks, arith: { lineAdjust: 0, amountDue: total } };
};
