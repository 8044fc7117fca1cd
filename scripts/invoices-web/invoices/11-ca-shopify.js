'use strict';
// Shopify order-printer-like invoice of a Canadian shop (CAD, US Letter): GST 5 % on goods + shipping,
// BC PST 7 % on goods only, discount code, "$" amounts with "CAD" only at the total, order already
// paid so the "Outstanding" amount is 0.00.
module.exports = function (L) {
  const P = c => (c < 0 ? '-$' : '$') + L.num(Math.abs(c), { dec: '.', grp: ',' });
  const bn = L.caBn('78451236');
  const seller = {
    name: 'Driftwood Paddle Co. Ltd.',
    vatId: bn + ' RT0001',
    address: ['412 Harbour Road', 'Victoria BC V9A 3S2', 'Canada'],
    email: 'hello@driftwoodpaddle.ca',
  };
  const buyer = {
    name: 'Tamsin Okafor',
    vatId: null,
    address: ['88 Lakeview Crescent', 'Kelowna BC V1Y 6H2', 'Canada'],
    email: 'tamsin.okafor@kelownamail.ca',
  };
  const items = [
    { description: 'Cedar Touring Kayak Paddle - 220 cm', qty: '2', unit: 18900 },
    { description: 'Coiled Paddle Leash - Charcoal', qty: '2', unit: 2450 },
    { description: 'Roll-Top Dry Bag 20 L - Kelp Green', qty: '1', unit: 3995 },
    { description: 'Paddle Care Kit (Wax + Cloth)', qty: '1', unit: 1800 },
  ];
  for (const it of items) it.amount = L.lineAmount(it.qty, it.unit);
  const itemsTotal = items.reduce((a, i) => a + i.amount, 0);
  const discount = -L.taxOn(itemsTotal, '15');
  const shipping = 2200;
  const goods = itemsTotal + discount;
  const subtotal = goods + shipping;
  const gst = L.taxOn(subtotal, '5');
  const pst = L.taxOn(goods, '7');
  const taxTotal = gst + pst;
  const total = subtotal + taxTotal;
  const paid = total;
  const outstanding = total - paid;
  const no = 'DP1047';

  const rows = items.map(it => `<tr><td class="q">${it.qty}</td><td>${L.esc(it.description)}</td><td class="r">${P(it.unit)}</td><td class="r">${P(it.amount)}</td></tr>`).join('');

  const html = `<!doctype html><html lang="en-CA"><head><meta charset="utf-8"><title>Invoice ${no}</title>
<style>
@page { size: Letter; margin: 0.6in 0.65in; }
body { font-family: 'Noto Sans', sans-serif; font-size: 9pt; color: #303030; margin: 0; }
.top { display: flex; justify-content: space-between; align-items: flex-start; }
.shop { font-size: 15pt; font-weight: 700; color: #1a1a1a; }
.shop-addr { line-height: 1.5; margin-top: 1mm; color: #616161; }
.inv { text-align: right; line-height: 1.6; }
.inv .t { font-size: 20pt; font-weight: 300; color: #1a1a1a; }
hr { border: 0; border-top: .6pt solid #e3e3e3; margin: 6mm 0; }
.addrs { display: flex; gap: 10mm; }
.addrs > div { flex: 1; line-height: 1.5; }
.addrs h4 { margin: 0 0 1.5mm; font-size: 8pt; text-transform: uppercase; letter-spacing: .8pt; color: #8a8a8a; }
h3 { font-size: 10pt; margin: 0 0 3mm; }
table.items { width: 100%; border-collapse: collapse; }
table.items th { text-align: left; font-size: 8pt; color: #8a8a8a; font-weight: 600; border-bottom: .6pt solid #e3e3e3; padding: 2mm 1.5mm; }
table.items td { padding: 2.5mm 1.5mm; border-bottom: .6pt solid #f1f1f1; }
.q { width: 14mm; }
.r, th.r { text-align: right !important; white-space: nowrap; }
table.totals { width: 95mm; margin: 5mm 0 0 auto; border-collapse: collapse; }
table.totals td { padding: 1.3mm 1.5mm; }
table.totals .sep td { border-top: .6pt solid #e3e3e3; }
table.totals .big td { font-weight: 700; font-size: 11pt; color: #1a1a1a; }
.thanks { margin-top: 14mm; text-align: center; color: #616161; line-height: 1.6; }
</style></head><body>
<div class="top">
  <div><div class="shop">${seller.name}</div><div class="shop-addr">${seller.address.join('<br>')}<br>${seller.email}<br>GST/HST Reg. No. ${seller.vatId}<br>PST No. PST-1084-6629</div></div>
  <div class="inv"><div class="t">Invoice</div>Invoice no.: <b>${no}</b><br>Order #${no}<br>Order date: Nov 3, 2026<br>Invoice date: Nov 3, 2026</div>
</div>
<hr>
<div class="addrs">
  <div><h4>Bill to</h4>${buyer.name}<br>${buyer.address.join('<br>')}<br>${buyer.email}</div>
  <div><h4>Ship to</h4>${buyer.name}<br>${buyer.address.join('<br>')}</div>
  <div><h4>Payment</h4>Credit card ending in 4417<br>Paid Nov 3, 2026<br><br><h4>Shipping method</h4>Standard Ground (3–5 business days)</div>
</div>
<hr>
<h3>Order details</h3>
<table class="items"><thead><tr><th>Qty</th><th>Item</th><th class="r">Unit price</th><th class="r">Price</th></tr></thead>
<tbody>${rows}</tbody></table>
<table class="totals">
  <tr><td>Subtotal</td><td class="r">${P(itemsTotal)}</td></tr>
  <tr><td>Discount (PADDLE15)</td><td class="r">${P(discount)}</td></tr>
  <tr><td>Shipping</td><td class="r">${P(shipping)}</td></tr>
  <tr><td>GST 5%</td><td class="r">${P(gst)}</td></tr>
  <tr><td>BC PST 7%</td><td class="r">${P(pst)}</td></tr>
  <tr class="sep big"><td>Total</td><td class="r">${P(total)} CAD</td></tr>
  <tr><td>Total paid</td><td class="r">${P(paid)}</td></tr>
  <tr class="sep"><td><b>Outstanding amount</b></td><td class="r"><b>${P(outstanding)}</b></td></tr>
</table>
<div class="thanks">Thank you for shopping with us!<br>Questions about your order? Email ${seller.email}</div>
</body></html>`;

  const expected = L.expected({
    invoiceNumber: no, issueDate: '2026-11-03', dueDate: null, currency: 'CAD',
    seller, buyer, subtotal, taxTotal, total, amountDue: outstanding,
    items: items.map(i => ({ description: i.description, qty: i.qty, unit: i.unit, amount: i.amount })),
  });
  const checks = [no, 'Nov 3, 2026', seller.name, seller.vatId, ...seller.address, seller.email,
    buyer.name, ...buyer.address, buyer.email, P(itemsTotal), P(discount), P(shipping), P(gst), P(pst), P(total) + ' CAD', P(outstanding),
    ...items.flatMap(i => [i.description, P(i.unit), P(i.amount)])];
  return { name: 'ca-shopify-order-invoice', html, expected, checks, arith: { lineAdjust: discount + shipping, amountDue: outstanding } };
};
