'use strict';
// US invoice (Zoho Invoice/FreshBooks-like, US Letter): mm/dd/yyyy dates, sales tax 8% on taxable parts
// only (labor non-taxable), item name + description per row, deposit "Payment Made (-)", "Balance Due".
module.exports = function (L) {
  const P = c => (c < 0 ? '-$' : '$') + L.num(Math.abs(c), { dec: '.', grp: ',' });
  const N = c => L.num(c, { dec: '.', grp: ',' });
  const seller = {
    name: 'Copperleaf Facility Services LLC',
    vatId: null,
    address: ['2150 Kinnear Park Drive, Suite 300', 'Columbus, OH 43212', 'U.S.A.'],
    email: 'billing@copperleaffs.com',
  };
  const buyer = {
    name: 'Lakeshore Montessori Academy, Inc.',
    vatId: null,
    address: ['4870 Sawmill Glen Road', 'Dublin, OH 43017', 'U.S.A.'],
    email: 'accountspayable@lakeshoremontessori.org',
  };
  const items = [
    { name: 'HVAC preventive maintenance', desc: 'Quarterly service, rooftop units RTU-1 to RTU-4', qty: '4', unit: 14500, tax: false },
    { name: 'MERV-13 pleated filter 20x25x2', desc: 'Replaced in all air handlers', qty: '24', unit: 1175, tax: true },
    { name: 'Condensate pump replacement - labor', desc: 'Technician hours, boiler room', qty: '2.5', unit: 9500, tax: false },
    { name: 'Condensate pump 115V, 1/30 HP', desc: 'Part #CP-1130, 1-year warranty', qty: '1', unit: 16840, tax: true },
    { name: 'Refrigerant R-454B recharge', desc: 'Billed per lb, RTU-3', qty: '6', unit: 3800, tax: true },
    { name: 'Programmable thermostat, 7-day', desc: 'Classrooms 2B, 3A, 3B', qty: '3', unit: 8990, tax: true },
    { name: 'Thermostat installation & programming', desc: 'Per unit, incl. occupancy schedule setup', qty: '3', unit: 4500, tax: false },
    { name: 'After-hours emergency call-out', desc: 'Saturday 10/24/2026, no-heat call', qty: '1', unit: 17500, tax: false },
  ];
  for (const it of items) { it.amount = L.lineAmount(it.qty, it.unit); it.description = it.name + ' ' + it.desc; }
  const subtotal = items.reduce((a, i) => a + i.amount, 0);
  const taxable = items.filter(i => i.tax).reduce((a, i) => a + i.amount, 0);
  const taxTotal = L.taxOn(taxable, '8');
  const total = subtotal + taxTotal;
  const paid = 50000;
  const due = total - paid;
  const no = 'INV-000318';

  const rows = items.map((it, i) => `<tr><td class="n">${i + 1}</td><td><div class="iname">${L.esc(it.name)}${it.tax ? '' : ''}</div><div class="idesc">${L.esc(it.desc)}</div></td><td class="r">${Number(it.qty).toFixed(2)}</td><td class="r">${N(it.unit)}</td><td class="c">${it.tax ? 'T' : ''}</td><td class="r">${N(it.amount)}</td></tr>`).join('');

  const html = `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>${no}</title>
<style>
@page { size: Letter; margin: 0.55in 0.6in; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9pt; color: #333; margin: 0; }
.top { display: flex; justify-content: space-between; }
.org .logo { width: 13mm; height: 13mm; background: #c46a2b; color: #fff; font-weight: 700; font-size: 13pt; display: flex; align-items: center; justify-content: center; border-radius: 2mm; margin-bottom: 2mm; }
.org { line-height: 1.5; }
.org b { font-size: 10.5pt; }
.ttl { text-align: right; }
.ttl h1 { font-size: 26pt; font-weight: 400; margin: 0; letter-spacing: 1pt; }
.ttl .num { font-weight: 700; margin-top: 1mm; }
.ttl .bd { margin-top: 5mm; font-size: 8pt; color: #666; }
.ttl .bd b { display: block; font-size: 13pt; color: #222; }
.mid { display: flex; justify-content: space-between; margin: 6mm 0 4mm; }
.mid .bill { line-height: 1.5; }
.mid .bill .h { color: #666; }
.mid table td { padding: .8mm 0 .8mm 8mm; text-align: right; }
.mid table td:first-child { color: #666; }
table.items { width: 100%; border-collapse: collapse; }
table.items th { background: #3c3d3a; color: #fff; font-weight: 400; padding: 2mm 2mm; text-align: left; font-size: 8.5pt; }
table.items td { padding: 1.6mm 2mm; border-bottom: .5pt solid #ddd; vertical-align: top; }
.iname { color: #222; } .idesc { color: #777; font-size: 8pt; margin-top: .5mm; }
.r, th.r { text-align: right !important; white-space: nowrap; } .c, th.c { text-align: center !important; } .n { width: 6mm; color: #777; }
table.tot { width: 85mm; margin: 3mm 0 0 auto; border-collapse: collapse; }
table.tot td { padding: 1.6mm 2mm; text-align: right; }
table.tot .t td { font-weight: 700; }
table.tot .bal td { background: #f5f4f3; font-weight: 700; font-size: 10pt; }
.notes { margin-top: 6mm; line-height: 1.55; }
.notes .h { color: #666; margin-bottom: 1mm; }
</style></head><body>
<div class="top">
  <div class="org"><div class="logo">CL</div><b>${seller.name}</b><br>${seller.address.join('<br>')}<br>(614) 555-0148<br>${seller.email}</div>
  <div class="ttl"><h1>INVOICE</h1><div class="num"># ${no}</div><div class="bd">Balance Due<b>${P(due)}</b></div></div>
</div>
<div class="mid">
  <div class="bill"><div class="h">Bill To</div><b>${buyer.name}</b><br>${buyer.address.join('<br>')}<br>${buyer.email}</div>
  <table>
    <tr><td>Invoice Date :</td><td>11/05/2026</td></tr>
    <tr><td>Terms :</td><td>Net 30</td></tr>
    <tr><td>Due Date :</td><td>12/05/2026</td></tr>
    <tr><td>P.O.# :</td><td>LMA-FY27-0112</td></tr>
  </table>
</div>
<table class="items"><thead><tr><th>#</th><th>Item &amp; Description</th><th class="r">Qty</th><th class="r">Rate</th><th class="c">Tax</th><th class="r">Amount</th></tr></thead>
<tbody>${rows}</tbody></table>
<table class="tot">
  <tr><td>Sub Total</td><td>${N(subtotal)}</td></tr>
  <tr><td>Sales Tax (8%) on ${P(taxable)}</td><td>${N(taxTotal)}</td></tr>
  <tr class="t"><td>Total</td><td>${P(total)}</td></tr>
  <tr><td>Payment Made</td><td style="color:#c0392b">(-) ${N(paid)}</td></tr>
  <tr class="bal"><td>Balance Due</td><td>${P(due)}</td></tr>
</table>
<div class="notes"><div class="h">Notes</div>T = taxable item. Thank you for your business. Deposit of ${P(paid)} received 10/20/2026 (check #20741).<br>
<div class="h" style="margin-top:3mm">Terms &amp; Conditions</div>Please remit payment within 30 days. Make checks payable to ${seller.name}. ACH transfer details available on request.</div>
</body></html>`;

  const expected = L.expected({
    invoiceNumber: no, issueDate: '2026-11-05', dueDate: '2026-12-05', currency: 'USD',
    seller, buyer, subtotal, taxTotal, total, amountDue: due,
    items: items.map(i => ({ description: i.description, qty: i.qty, unit: i.unit, amount: i.amount })),
  });
  const checks = [no, '11/05/2026', '12/05/2026', seller.name, ...seller.address, seller.email,
    buyer.name, ...buyer.address, buyer.email, N(subtotal), N(taxTotal), P(total), P(due),
    ...items.flatMap(i => [i.name, i.desc, Number(i.qty).toFixed(2), N(i.unit), N(i.amount)])];
  return { name: 'us-invoice-balance-due', html, expected, checks, arith: { lineAdjust: 0, amountDue: due } };
};
