'use strict';
// Irish SaaS subscription invoice (Stripe-billing-like) to a German business: billing periods printed
// under each line, proration lines (remaining time +, unused time - credit), usage-based line,
// EU reverse charge (VAT 0.00), customer balance applied -> Amount due < Total.
module.exports = function (L) {
  const E = c => (c < 0 ? '-€' : '€') + L.num(Math.abs(c), { dec: '.', grp: ',' });
  const seller = {
    name: 'Lanterna Analytics Ltd',
    vatId: L.ieVat('3849216', 'H'),
    address: ['Block C, Liffey Wharf Business Park', 'Dublin 4', 'D04 X2T8', 'Ireland'],
    email: 'billing@lanterna-analytics.io',
  };
  const buyer = {
    name: 'Brandtmeier Logistik GmbH',
    vatId: L.deVat('31764258'),
    address: ['Hafenallee 8', '20457 Hamburg', 'Germany'],
    email: 'rechnungen@brandtmeier-logistik.de',
  };
  const remaining = L.absDiv(12 * 4900 * 14, 31);
  const unused = -L.absDiv(8 * 1900 * 14, 31);
  const items = [
    { description: 'Remaining time on 12 × Growth (per seat) after 18 Oct 2026', period: 'Oct 18 – Nov 1, 2026', qty: '1', unit: remaining },
    { description: 'Unused time on 8 × Starter (per seat) after 18 Oct 2026', period: 'Oct 18 – Nov 1, 2026', qty: '1', unit: unused },
    { description: 'Growth (per seat)', period: 'Nov 1 – Dec 1, 2026', qty: '12', unit: 4900 },
    { description: 'Data warehouse connector add-on', period: 'Nov 1 – Dec 1, 2026', qty: '1', unit: 12000 },
    { description: 'Additional API calls (per 10,000 calls above plan quota)', period: 'Oct 1 – Nov 1, 2026', qty: '125', unit: 80 },
  ];
  for (const it of items) { it.amount = L.lineAmount(it.qty, it.unit); it.gt = it.description + ' ' + it.period; }
  const subtotal = items.reduce((a, i) => a + i.amount, 0);
  const taxTotal = 0;
  const total = subtotal;
  const applied = -5490;
  const due = total + applied;
  const no = '4B7C2D19-0017';

  const rows = items.map(it => `<tr><td><div>${L.esc(it.description)}</div><div class="per">${it.period}</div></td><td class="r">${it.qty}</td><td class="r">${E(it.unit)}</td><td class="r">${E(it.amount)}</td></tr>`).join('');

  const html = `<!doctype html><html lang="en-IE"><head><meta charset="utf-8"><title>Invoice ${no}</title>
<style>
@page { size: A4; margin: 16mm 17mm; }
body { font-family: 'Noto Sans', sans-serif; font-size: 8.6pt; color: #1a1f36; margin: 0; }
.top { display: flex; justify-content: space-between; align-items: flex-start; }
h1 { font-size: 20pt; font-weight: 600; margin: 0 0 4mm; }
.logo { width: 14mm; height: 14mm; border-radius: 3mm; background: linear-gradient(135deg, #f6a623, #e8590c); color: #fff; font-weight: 700; font-size: 14pt; display: flex; align-items: center; justify-content: center; }
table.kv td { padding: .6mm 6mm .6mm 0; }
table.kv td:first-child { color: #697386; }
.parties { display: flex; gap: 10mm; margin-top: 7mm; }
.parties > div { flex: 1; line-height: 1.5; }
.parties .h { font-weight: 600; }
.due { font-size: 15pt; font-weight: 600; margin: 8mm 0 1mm; }
.paylink { color: #635bff; margin-bottom: 7mm; }
table.it { width: 100%; border-collapse: collapse; }
table.it th { text-align: left; font-weight: 400; color: #697386; font-size: 7.8pt; border-bottom: .6pt solid #1a1f36; padding: 1.5mm 0; }
table.it td { padding: 2.2mm 0; border-bottom: .4pt solid #e3e8ee; vertical-align: top; }
.per { color: #697386; font-size: 7.8pt; margin-top: .4mm; }
.r, th.r { text-align: right !important; white-space: nowrap; padding-left: 4mm !important; }
table.tot { width: 95mm; margin: 0 0 0 auto; border-collapse: collapse; }
table.tot td { padding: 1.6mm 0; border-bottom: .4pt solid #e3e8ee; }
table.tot .b td { font-weight: 600; }
.memo { margin-top: 8mm; line-height: 1.55; }
.foot { position: fixed; bottom: 0; left: 0; right: 0; font-size: 7.4pt; color: #697386; border-top: .4pt solid #e3e8ee; padding-top: 2mm; display: flex; justify-content: space-between; }
</style></head><body>
<div class="top">
  <div><h1>Invoice</h1>
    <table class="kv"><tr><td>Invoice number</td><td>${no}</td></tr><tr><td>Date of issue</td><td>November 1, 2026</td></tr><tr><td>Date due</td><td>November 15, 2026</td></tr></table></div>
  <div class="logo">L</div>
</div>
<div class="parties">
  <div><div class="h">${seller.name}</div>${seller.address.join('<br>')}<br>${seller.email}<br>IE VAT ${seller.vatId}</div>
  <div><div class="h">Bill to</div>${buyer.name}<br>${buyer.address.join('<br>')}<br>${buyer.email}<br>DE VAT ${buyer.vatId}</div>
</div>
<div class="due">${E(due)} due November 15, 2026</div>
<div class="paylink">Pay online</div>
<table class="it"><thead><tr><th>Description</th><th class="r">Qty</th><th class="r">Unit price</th><th class="r">Amount</th></tr></thead>
<tbody>${rows}</tbody></table>
<table class="tot">
  <tr><td>Subtotal</td><td class="r">${E(subtotal)}</td></tr>
  <tr><td>Total excluding tax</td><td class="r">${E(subtotal)}</td></tr>
  <tr><td>VAT - Germany (0% on ${E(subtotal)})</td><td class="r">${E(taxTotal)}</td></tr>
  <tr class="b"><td>Total</td><td class="r">${E(total)}</td></tr>
  <tr><td>Applied balance</td><td class="r">${E(applied)}</td></tr>
  <tr class="b"><td>Amount due</td><td class="r">${E(due)}</td></tr>
</table>
<div class="memo">Reverse charge: VAT to be accounted for by the recipient (Article 196, Council Directive 2006/112/EC).<br>
Plan change on 18 Oct 2026: Starter → Growth, 8 → 12 seats. Prorations are calculated to the day.<br>
Questions? Contact ${seller.email}.</div>
<div class="foot"><span>${no} · ${E(due)} due November 15, 2026</span><span>Page 1 of 1</span></div>
</body></html>`;

  const expected = L.expected({
    invoiceNumber: no, issueDate: '2026-11-01', dueDate: '2026-11-15', currency: 'EUR',
    seller, buyer, subtotal, taxTotal, total, amountDue: due,
    items: items.map(i => ({ description: i.gt, qty: i.qty, unit: i.unit, amount: i.amount })),
  });
  const checks = [no, 'November 1, 2026', 'November 15, 2026', seller.name, seller.vatId, ...seller.address, seller.email,
    buyer.name, buyer.vatId, ...buyer.address, buyer.email, E(subtotal), E(taxTotal), E(total), E(due), E(applied),
    ...items.flatMap(i => [i.gt, i.qty, E(i.unit), E(i.amount)])];
  return { name: 'ie-saas-subscription', html, expected, checks, arith: { lineAdjust: 0, amountDue: due } };
};
