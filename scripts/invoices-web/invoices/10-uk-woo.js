'use strict';
// WooCommerce "PDF Invoices & Packing Slips"-like shop invoice (UK, GBP): invoice number AND order
// number, "Price" column is the line total (no unit price printed -> unitPrice null), SKU under the
// product name, coupon discount + taxable shipping in the totals block. The printed "Subtotal" is the
// item total before coupon/shipping; ground-truth subtotal = items - coupon + shipping (net).
module.exports = function (L) {
  const P = c => (c < 0 ? '-£' : '£') + L.num(Math.abs(c), { dec: '.', grp: ',' });
  const gbVat = seven => { const d = seven.split('').map(Number); const s = d.reduce((a, x, i) => a + x * (8 - i), 0); return 'GB' + seven + String((97 - (s % 97)) % 97).padStart(2, '0'); };
  const seller = {
    name: 'Hedgerow & Hive Ltd',
    vatId: gbVat('3847162'),
    address: ['Unit 7, Fenland Business Park', 'Wisbech Road', 'March', 'PE15 8RX', 'United Kingdom'],
    email: 'orders@hedgerowandhive.co.uk',
  };
  const buyer = {
    name: 'Eleanor Whitcombe',
    vatId: null,
    address: ['3 Orchard Row', 'Little Haddon', 'Norwich', 'NR14 6QT'],
    email: 'eleanor.whitcombe@orchardrow.co.uk',
  };
  const items = [
    { description: 'Cedar National Beehive, flat-packed', sku: 'HH-NAT-CDR', qty: '2', unit: 14800 },
    { description: 'Stainless steel bee smoker, large', sku: 'HH-SMK-L', qty: '1', unit: 2750 },
    { description: 'Ventilated beekeeping jacket with fencing veil - L', sku: 'HH-JKT-VNT-L', qty: '1', unit: 6400 },
    { description: 'Tinned frame wire, 250 g reel', sku: 'HH-WIR-250', qty: '3', unit: 540 },
    { description: 'Organic fondant for winter feeding, 2.5 kg', sku: 'HH-FDT-25', qty: '4', unit: 995 },
  ];
  for (const it of items) it.amount = L.lineAmount(it.qty, it.unit);
  const itemsTotal = items.reduce((a, i) => a + i.amount, 0);
  const coupon = -L.taxOn(itemsTotal, '10');
  const shipping = 695;
  const subtotal = itemsTotal + coupon + shipping;
  const taxTotal = L.taxOn(subtotal, '20');
  const total = subtotal + taxTotal;
  const no = 'HH-2026-01048';

  const rows = items.map(it => `<tr><td class="prod"><span class="item-name">${L.esc(it.description)}</span><div class="meta">SKU: ${it.sku}</div></td><td class="qty">${it.qty}</td><td class="price">${P(it.amount)}</td></tr>`).join('');

  const html = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Invoice ${no}</title>
<style>
@page { size: A4; margin: 15mm 15mm 20mm; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9pt; color: #000; margin: 0; }
table { border-collapse: collapse; }
.head { width: 100%; margin-bottom: 8mm; }
.head td { vertical-align: top; }
.logo { font-family: 'DejaVu Serif', serif; font-size: 18pt; color: #a0661b; }
.logo small { display: block; font-family: 'Liberation Sans', sans-serif; font-size: 7.5pt; color: #666; letter-spacing: 1.5pt; }
.shop-info { line-height: 1.45; }
.shop-name { font-weight: bold; font-size: 11pt; }
h1 { font-size: 16pt; text-transform: uppercase; margin: 0 0 5mm; }
.order-data-addresses { width: 100%; margin-bottom: 8mm; }
.order-data-addresses > tbody > tr > td { vertical-align: top; width: 30%; line-height: 1.45; padding-right: 4mm; }
.order-data-addresses h3 { margin: 0 0 1mm; font-size: 9pt; }
.order-data th { text-align: left; font-weight: normal; padding: .5mm 3mm .5mm 0; white-space: nowrap; }
.order-data td { padding: .5mm 0; white-space: nowrap; }
table.order-details { width: 100%; margin-bottom: 6mm; }
table.order-details thead th { background: #000; color: #fff; text-align: left; padding: 2mm; border: .5pt solid #000; }
table.order-details td { border-bottom: .5pt solid #ccc; padding: 2mm; vertical-align: top; }
td.qty, td.price, th.qty, th.price { text-align: right; width: 25mm; }
.meta { font-size: 7.5pt; color: #555; margin-top: .5mm; }
.totals-wrap { display: flex; justify-content: space-between; }
.notes { width: 80mm; font-size: 8.5pt; line-height: 1.45; }
table.totals { width: 85mm; }
table.totals th, table.totals td { border-top: .5pt solid #ccc; padding: 1.6mm 2mm; text-align: left; }
table.totals td { text-align: right; }
table.totals tr.order_total th, table.totals tr.order_total td { border-top: 1.5pt solid #000; border-bottom: 1.5pt solid #000; font-weight: bold; }
.shipped_via { font-size: 7.5pt; color: #555; }
#footer { position: fixed; bottom: 0; left: 0; right: 0; text-align: center; border-top: .5pt solid #aaa; padding-top: 2mm; font-size: 7.5pt; color: #555; }
</style></head><body>
<table class="head"><tr>
  <td><div class="logo">Hedgerow &amp; Hive<small>BEEKEEPING SUPPLIES</small></div></td>
  <td class="shop-info" style="text-align:right"><div class="shop-name">${L.esc(seller.name)}</div>${seller.address.join('<br>')}<br>VAT Reg. No.: ${seller.vatId}</td>
</tr></table>
<h1>Invoice</h1>
<table class="order-data-addresses"><tr>
  <td><h3>Billing Address:</h3>${buyer.name}<br>${buyer.address.join('<br>')}<br><div class="billing-email">${buyer.email}</div><div class="billing-phone">07700 914382</div></td>
  <td><h3>Ship To:</h3>${buyer.name}<br>${buyer.address.join('<br>')}</td>
  <td><table class="order-data">
    <tr><th>Invoice Number:</th><td>${no}</td></tr>
    <tr><th>Invoice Date:</th><td>November 14, 2026</td></tr>
    <tr><th>Order Number:</th><td>58213</td></tr>
    <tr><th>Order Date:</th><td>November 12, 2026</td></tr>
    <tr><th>Payment Method:</th><td>Credit / Debit Card</td></tr>
  </table></td>
</tr></table>
<table class="order-details"><thead><tr><th class="product">Product</th><th class="qty">Quantity</th><th class="price">Price</th></tr></thead>
<tbody>${rows}</tbody></table>
<div class="totals-wrap">
  <div class="notes"><b>Customer note:</b> Please leave parcels in the log store if nobody is home.<br><br>Prices shown exclude VAT.</div>
  <table class="totals">
    <tr><th>Subtotal</th><td>${P(itemsTotal)}</td></tr>
    <tr><th>Discount (HIVE10)</th><td>${P(coupon)}</td></tr>
    <tr><th>Shipping</th><td>${P(shipping)} <span class="shipped_via">via Tracked 48 courier</span></td></tr>
    <tr><th>VAT 20%</th><td>${P(taxTotal)}</td></tr>
    <tr class="order_total"><th>Total</th><td>${P(total)}</td></tr>
  </table>
</div>
<div id="footer">${L.esc(seller.name)} · Registered in England &amp; Wales No. 11482937 · ${seller.email} · Thank you for supporting small British beekeepers!</div>
</body></html>`;

  const expected = L.expected({
    invoiceNumber: no, issueDate: '2026-11-14', dueDate: null, currency: 'GBP',
    seller, buyer, subtotal, taxTotal, total, amountDue: null,
    items: items.map(i => ({ description: i.description, qty: i.qty, unit: null, amount: i.amount })),
  });
  const checks = [no, 'November 14, 2026', '58213', seller.name, seller.vatId, ...seller.address, seller.email,
    buyer.name, ...buyer.address, buyer.email, P(itemsTotal), P(coupon), P(shipping), P(taxTotal), P(total),
    ...items.flatMap(i => [i.description, P(i.amount)])];
  return { name: 'uk-woocommerce-invoice', html, expected, checks, arith: { lineAdjust: coupon + shipping } };
};
