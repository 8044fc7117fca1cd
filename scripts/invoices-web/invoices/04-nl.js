'use strict';
// Dutch creditfactuur (Moneybird-like): negative amounts, quantity column first, 9 % and 21 % btw,
// reference to the original invoice, no due date, no "te betalen" line (amountDue null).
module.exports = function (L) {
  const F = c => L.num(Math.abs(c), { dec: ',', grp: '.' });
  const E = c => (c < 0 ? '-€ ' : '€ ') + F(c);
  const seller = {
    name: 'Zuivelhoeve Het Wad B.V.',
    vatId: L.nlVat('85316247'),
    address: ['Dijkweg 112', '1779 GB Den Oever'],
    email: 'administratie@zuivelhoevehetwad.nl',
  };
  const buyer = {
    name: 'Delicatessen Marktzicht V.O.F.',
    vatId: L.nlVat('86542917'),
    address: ['Vismarkt 9', '9712 CA Groningen'],
    email: null,
  };
  const items = [
    { description: 'Retour: Boerenkaas belegen, wiel 10 kg (THT overschreden bij levering)', qty: '2', unit: -8450, rate: '9' },
    { description: 'Retour: Geitenkaas met fenegriek, 4,5 kg', qty: '3', unit: -5220, rate: '9' },
    { description: 'Creditering: Kaasplank eikenhout met gravure (beschadigd geleverd)', qty: '4', unit: -1875, rate: '21' },
    { description: 'Creditering verzendkosten koeltransport', qty: '1', unit: -2450, rate: '21' },
  ];
  for (const it of items) it.amount = L.lineAmount(it.qty, it.unit);
  const taxes = L.taxTable(items).sort((a, b) => Number(b.rate) - Number(a.rate));
  const subtotal = items.reduce((a, i) => a + i.amount, 0);
  const taxTotal = taxes.reduce((a, t) => a + t.tax, 0);
  const total = subtotal + taxTotal;
  const no = 'CR-2026-0031';
  const ib = L.iban('NL', 'RABO' + '0318472956');

  const rows = items.map(it => `<tr><td class="q">${it.qty}</td><td>${L.esc(it.description)}</td><td class="r">${E(it.unit)}</td><td class="r">${it.rate}%</td><td class="r">${E(it.amount)}</td></tr>`).join('');
  const taxRows = taxes.map(t => `<tr><td>${t.rate}% btw over ${E(t.base)}</td><td class="r">${E(t.tax)}</td></tr>`).join('');

  const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Creditfactuur ${no}</title>
<style>
@page { size: A4; margin: 18mm 20mm 20mm; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.5pt; color: #2b2b2b; margin: 0; }
.head { display: flex; justify-content: space-between; }
.logo { font-family: 'DejaVu Serif', serif; font-size: 17pt; color: #1f6f8b; }
.logo span { display:block; font-family: 'Liberation Sans', sans-serif; font-size: 8pt; color: #8aa; letter-spacing: 2pt; }
.company { text-align: right; line-height: 1.45; font-size: 8.5pt; color: #555; }
.addr { margin-top: 14mm; line-height: 1.45; }
h1 { font-size: 18pt; font-weight: 400; margin: 12mm 0 4mm; color: #1f6f8b; }
.details { border-collapse: collapse; margin-bottom: 8mm; }
.details td { padding: .8mm 10mm .8mm 0; }
.details td:first-child { color: #888; }
table.lines { width: 100%; border-collapse: collapse; }
table.lines th { text-align: left; font-weight: 700; border-bottom: 1pt solid #1f6f8b; padding: 2mm 1.5mm; }
table.lines td { padding: 2.2mm 1.5mm; border-bottom: .5pt solid #ddd; vertical-align: top; }
.q { width: 12mm; }
.r, th.r { text-align: right !important; white-space: nowrap; }
.sum { margin: 4mm 0 0 auto; border-collapse: collapse; width: 90mm; }
.sum td { padding: 1.3mm 1.5mm; }
.sum .t td { font-weight: 700; font-size: 11pt; border-top: 1pt solid #1f6f8b; }
.note { margin-top: 10mm; line-height: 1.5; }
.foot { position: fixed; bottom: 0; left: 0; right: 0; text-align: center; font-size: 7.5pt; color: #999; border-top: .5pt solid #ddd; padding-top: 2mm; }
</style></head><body>
<div class="head">
  <div class="logo">Het Wad<span>ZUIVELHOEVE</span></div>
  <div class="company">${seller.name}<br>${seller.address.join('<br>')}<br>${seller.email}<br>0227 58 31 46</div>
</div>
<div class="addr">${buyer.name}<br>t.a.v. de heer R. Dijkstra<br>${buyer.address.join('<br>')}</div>
<h1>Creditfactuur</h1>
<table class="details">
  <tr><td>Factuurnummer</td><td>${no}</td></tr>
  <tr><td>Factuurdatum</td><td>17 november 2026</td></tr>
  <tr><td>Betreft factuur</td><td>2026-0198 van 28 oktober 2026</td></tr>
  <tr><td>Uw btw-nummer</td><td>${buyer.vatId}</td></tr>
</table>
<table class="lines"><thead><tr><th>Aantal</th><th>Omschrijving</th><th class="r">Prijs</th><th class="r">Btw</th><th class="r">Totaal</th></tr></thead>
<tbody>${rows}</tbody></table>
<table class="sum">
  <tr><td>Subtotaal</td><td class="r">${E(subtotal)}</td></tr>
  ${taxRows}
  <tr class="t"><td>Totaal</td><td class="r">${E(total)}</td></tr>
</table>
<div class="note">Het creditbedrag van ${E(-total)} storten wij binnen 14 dagen terug op uw rekening, of verrekenen wij desgewenst met uw volgende bestelling.</div>
<div class="foot">${seller.name} · KvK 71840263 · Btw-nummer ${seller.vatId} · IBAN ${L.ibanSpaced(ib)} · BIC RABONL2U</div>
</body></html>`;

  const expected = L.expected({
    invoiceNumber: no, issueDate: '2026-11-17', dueDate: null, currency: 'EUR',
    seller, buyer, subtotal, taxTotal, total, amountDue: null,
    items: items.map(i => ({ description: i.description, qty: i.qty, unit: i.unit, amount: i.amount })),
  });
  const checks = [no, '17 november 2026', seller.name, seller.vatId, ...seller.address, seller.email,
    buyer.name, buyer.vatId, ...buyer.address, E(subtotal), E(total), ...taxes.map(t => E(t.tax)),
    ...items.flatMap(i => [i.description, E(i.unit), E(i.amount)])];
  return { name: 'nl-creditfactuur', html, expected, checks, arith: { lineAdjust: 0 } };
};
