'use strict';
// Xero-like Australian TAX INVOICE, 39 line items over two pages (table header repeated on page 2),
// mixed "GST Free" and 10 % items, quantities printed with two decimals, "AMOUNT DUE AUD",
// detachable PAYMENT ADVICE slip repeating customer/amount/due date.
module.exports = function (L) {
  const N = c => L.num(c, { dec: '.', grp: ',' });
  const abn = L.abnFrom('248175360');
  const seller = {
    name: 'Southern Cross Café Supply Pty Ltd',
    vatId: L.abnSpaced(abn),
    address: ['Unit 3, 27 Tannery Lane', 'Brunswick VIC 3056', 'Australia'],
    email: 'accounts@sccafesupply.com.au',
  };
  const buyer = {
    name: 'Little Lantern Hospitality Pty Ltd',
    vatId: null,
    address: ['Shop 2, 118 Carrington Parade', 'Coburg VIC 3058', 'Australia'],
    email: null,
  };
  const F = false, T = true;
  const list = [
    ['Full cream milk 2 L', '48', 310, F], ['Barista lite milk 2 L', '24', 340, F],
    ['Oat milk barista edition 1 L', '36', 395, F], ['Almond milk barista 1 L', '24', 420, F],
    ['Soy milk barista 1 L', '12', 360, F], ['House blend espresso beans 1 kg', '18', 3850, F],
    ['Single origin Huila espresso beans 1 kg', '6', 4600, F], ['Decaf espresso beans (water process) 1 kg', '4', 4200, F],
    ['English breakfast tea leaves 500 g', '4', 1980, F], ['Chai spice blend 1 kg', '3', 3250, F],
    ['Raw sugar sachets (carton of 2000)', '2', 3600, F], ['Free-range eggs, 15 dozen tray', '4', 6750, F],
    ['Sourdough loaf, white, sliced', '30', 680, F], ['Avocados, Hass (tray of 20)', '3', 4200, F],
    ['Baby spinach 1.5 kg', '4', 1450, F], ['Cherry tomatoes 2 kg', '3', 1680, F],
    ['Haloumi 1 kg', '5', 2140, F], ['Smoked salmon, sliced 1 kg', '2', 4890, F],
    ['Pure maple syrup 1 L', '2', 2860, F], ['Toasted muesli 5 kg', '2', 4400, F],
    ['Greek-style yoghurt 5 kg', '3', 2475, F],
    ['Cold brew coffee concentrate 2 L', '6', 2490, T], ['Butter croissants, par-baked (box of 40)', '3', 5800, T],
    ['Caramel syrup 750 ml', '4', 1295, T], ['Vanilla syrup 750 ml', '4', 1295, T], ['Hazelnut syrup 750 ml', '2', 1295, T],
    ['Takeaway cups 8 oz, double wall (carton of 1000)', '2', 11800, T],
    ['Takeaway cups 12 oz, double wall (carton of 1000)', '3', 13200, T],
    ['Sip lids 8 oz (carton of 1000)', '2', 3900, T], ['Sip lids 12 oz (carton of 1000)', '3', 4200, T],
    ['Cup carriers, 4-cup moulded fibre (300)', '1', 5400, T], ['Wooden stirrers 140 mm (1000)', '2', 780, T],
    ['Kraft paper bags, medium (500)', '1', 3650, T], ['Napkins 2-ply, quarter fold (2000)', '2', 2990, T],
    ['Espresso machine cleaning tablets (100)', '2', 3400, T], ['Milk frother cleaner 1 L', '3', 1840, T],
    ['Grinder cleaning pellets 430 g', '1', 2250, T], ['Commercial dishwasher detergent 5 L', '2', 2780, T],
    ['Delivery fee - metro, before 7 am', '1', 1500, T],
  ];
  const items = list.map(([description, qty, unit, gst]) => ({ description, qty, unit, gst, amount: L.lineAmount(qty, unit) }));
  const subtotal = items.reduce((a, i) => a + i.amount, 0);
  const taxableBase = items.filter(i => i.gst).reduce((a, i) => a + i.amount, 0);
  const taxTotal = L.taxOn(taxableBase, '10');
  const total = subtotal + taxTotal;
  const paid = 0;
  const due = total - paid;
  const no = 'INV-20931';
  const bsb = '063-182', acc = '1047 2286';

  const rows = items.map(it => `<tr><td>${L.esc(it.description)}</td><td class="r">${Number(it.qty).toFixed(2)}</td><td class="r">${N(it.unit)}</td><td class="r">${it.gst ? '10%' : 'GST Free'}</td><td class="r">${N(it.amount)}</td></tr>`).join('');

  const html = `<!doctype html><html lang="en-AU"><head><meta charset="utf-8"><title>Invoice ${no}</title>
<style>
@page { size: A4; margin: 14mm 15mm 16mm;
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font-family: 'Liberation Sans', sans-serif; font-size: 7.5pt; color: #777; } }
body { font-family: 'Liberation Sans', sans-serif; font-size: 8.6pt; color: #1f1f1f; margin: 0; }
.head { display: flex; gap: 6mm; }
.head .a { flex: 1.5; }
.head .a h1 { font-size: 21pt; font-weight: 400; margin: 0 0 5mm; letter-spacing: .5pt; }
.head .a .cust { line-height: 1.45; }
.head .b { flex: 1; line-height: 1.4; }
.head .b div { margin-bottom: 2.2mm; }
.head .b b { display: block; }
.head .c { flex: 1.1; line-height: 1.45; }
table.items { width: 100%; border-collapse: collapse; margin-top: 10mm; }
table.items thead { display: table-header-group; }
table.items th { text-align: left; font-weight: 700; border-bottom: 1pt solid #1f1f1f; padding: 1.6mm 1.5mm; }
table.items td { padding: 1.45mm 1.5mm; border-bottom: .4pt solid #d5d5d5; }
table.items tr { page-break-inside: avoid; }
.r, th.r { text-align: right !important; white-space: nowrap; }
table.tot { width: 85mm; margin: 2mm 0 0 auto; border-collapse: collapse; page-break-inside: avoid; }
table.tot td { padding: 1.3mm 1.5mm; text-align: right; }
table.tot .b td { font-weight: 700; border-top: 1pt solid #1f1f1f; }
table.tot .due td { font-weight: 700; font-size: 10pt; border-top: 1pt solid #1f1f1f; }
.terms { margin-top: 6mm; line-height: 1.5; page-break-inside: avoid; }
.terms b { font-size: 9.5pt; }
.advice { margin-top: 10mm; border-top: 1pt dashed #777; padding-top: 4mm; page-break-inside: avoid; display: flex; gap: 10mm; position: relative; }
.advice .scissors { position: absolute; top: -3.2mm; left: 0; background: #fff; padding-right: 2mm; font-size: 9pt; }
.advice h2 { font-size: 14pt; font-weight: 400; margin: 0 0 3mm; }
.advice .l { flex: 1; line-height: 1.5; }
.advice table td { padding: 1mm 2mm; }
.advice table td:first-child { font-weight: 700; }
.advice .enc { border-bottom: .6pt solid #1f1f1f; width: 30mm; display: inline-block; }
</style></head><body>
<div class="head">
  <div class="a"><h1>TAX INVOICE</h1><div class="cust">${buyer.name}<br>Attention: Mia Nguyen<br>${buyer.address.join('<br>')}</div></div>
  <div class="b"><div><b>Invoice Date</b>9 Nov 2026</div><div><b>Invoice Number</b>${no}</div><div><b>Reference</b>PO 5512</div><div><b>ABN</b>${seller.vatId}</div></div>
  <div class="c">${seller.name}<br>${seller.address.join('<br>')}<br>${seller.email}<br>(03) 9381 4470</div>
</div>
<table class="items"><thead><tr><th>Description</th><th class="r">Quantity</th><th class="r">Unit Price</th><th class="r">GST</th><th class="r">Amount AUD</th></tr></thead>
<tbody>${rows}</tbody></table>
<table class="tot">
  <tr><td>Subtotal</td><td>${N(subtotal)}</td></tr>
  <tr><td>TOTAL GST 10%</td><td>${N(taxTotal)}</td></tr>
  <tr class="b"><td>TOTAL AUD</td><td>${N(total)}</td></tr>
  <tr><td>Less Amount Paid</td><td>${N(paid)}</td></tr>
  <tr class="due"><td>AMOUNT DUE AUD</td><td>${N(due)}</td></tr>
</table>
<div class="terms"><b>Due Date: 23 Nov 2026</b><br>
Payment by EFT to ${seller.name} · BSB ${bsb} · Account ${acc}. Please use the invoice number as your payment reference.<br>
GST-free items are basic food and beverage ingredients under the A New Tax System (Goods and Services Tax) Act 1999.</div>
<div class="advice"><span class="scissors">✂</span>
  <div class="l"><h2>PAYMENT ADVICE</h2>To: ${seller.name}<br>${seller.address.join('<br>')}</div>
  <table>
    <tr><td>Customer</td><td>${buyer.name}</td></tr>
    <tr><td>Invoice Number</td><td>${no}</td></tr>
    <tr><td>Amount Due</td><td>${N(due)}</td></tr>
    <tr><td>Due Date</td><td>23 Nov 2026</td></tr>
    <tr><td>Amount Enclosed</td><td><span class="enc">&nbsp;</span><br><small>Enter the amount you are paying above</small></td></tr>
  </table>
</div>
</body></html>`;

  const expected = L.expected({
    invoiceNumber: no, issueDate: '2026-11-09', dueDate: '2026-11-23', currency: 'AUD',
    seller, buyer, subtotal, taxTotal, total, amountDue: due,
    items: items.map(i => ({ description: i.description, qty: i.qty, unit: i.unit, amount: i.amount })),
  });
  const checks = [no, '9 Nov 2026', '23 Nov 2026', seller.name, seller.vatId, ...seller.address, seller.email,
    buyer.name, ...buyer.address, N(subtotal), N(taxTotal), N(total), N(due),
    ...items.flatMap(i => [i.description, Number(i.qty).toFixed(2), N(i.unit), N(i.amount)])];
  return { name: 'au-tax-invoice-long', html, expected, checks, arith: { lineAdjust: 0, amountDue: due, minPages: 2 } };
};
