'use strict';
// Singapore GST TAX INVOICE: centred letterhead with UEN = GST Reg. No., GST 9 %, per-line discount
// column (amount = qty x unit - discount), decimal quantity (m²), "Total Amount Payable" in S$.
module.exports = function (L) {
  const N = c => L.num(c, { dec: '.', grp: ',' });
  const S = c => 'S$' + N(c);
  const uen = '201734562K';
  const seller = {
    name: 'Merlion Print & Signage Pte. Ltd.',
    vatId: uen,
    address: ['No. 9 Defu Lane 7, #03-12', 'Singapore 539250'],
    email: 'accounts@merlionprint.com.sg',
  };
  const buyer = {
    name: 'Tanjong Rhu Dental Group Pte. Ltd.',
    vatId: null,
    address: ['80 Amber Gardens Road, #02-05', 'Singapore 439959'],
    email: 'ops@tanjongrhudental.sg',
  };
  const items = [
    { description: 'Acrylic signage 600 x 400 mm, UV print, with stainless standoffs', qty: '4', unit: 18500, disc: '10' },
    { description: 'Frosted window vinyl with cut-out logo, per m²', qty: '12.5', unit: 4200 },
    { description: 'Appointment cards, 350gsm matt, 2 sides (box of 500)', qty: '6', unit: 4800 },
    { description: 'Letterhead A4, 100gsm woodfree (ream of 500)', qty: '10', unit: 3650, disc: '5' },
    { description: 'Roll-up banner 850 x 2000 mm with carry bag', qty: '2', unit: 12900 },
    { description: 'Installation at 3 clinics (after office hours)', qty: '3', unit: 16000 },
  ];
  for (const it of items) {
    const gross = L.lineAmount(it.qty, it.unit);
    it.discAmt = it.disc ? L.taxOn(gross, it.disc) : 0;
    it.amount = gross - it.discAmt;
  }
  const subtotal = items.reduce((a, i) => a + i.amount, 0);
  const taxTotal = L.taxOn(subtotal, '9');
  const total = subtotal + taxTotal;
  const no = 'MPS/26/11/0457';

  const rows = items.map((it, i) => `<tr><td class="c">${i + 1}</td><td>${L.esc(it.description)}</td><td class="r">${it.qty}</td><td class="r">${N(it.unit)}</td><td class="r">${it.disc ? it.disc + '%' : '-'}</td><td class="r">${N(it.amount)}</td></tr>`).join('');

  const html = `<!doctype html><html lang="en-SG"><head><meta charset="utf-8"><title>Tax Invoice ${no}</title>
<style>
@page { size: A4; margin: 13mm 15mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.4pt; color: #111; margin: 0; }
.lh { text-align: center; border-bottom: 2pt solid #c8102e; padding-bottom: 3mm; line-height: 1.5; }
.lh .n { font-size: 15pt; font-weight: 700; color: #c8102e; letter-spacing: .5pt; }
.lh .s { font-size: 7.6pt; color: #444; }
h1 { text-align: center; font-size: 13pt; letter-spacing: 3pt; margin: 5mm 0; }
.info { display: flex; gap: 6mm; }
.info .to { flex: 1.3; border: .6pt solid #555; padding: 2.5mm 3mm; line-height: 1.5; }
.info .meta { flex: 1; border: .6pt solid #555; }
.info .meta table { width: 100%; border-collapse: collapse; }
.info .meta td { padding: 1.1mm 2.5mm; border-bottom: .4pt solid #ccc; }
.info .meta tr:last-child td { border-bottom: 0; }
.info .meta td:first-child { width: 26mm; font-weight: 700; }
table.it { width: 100%; border-collapse: collapse; margin-top: 5mm; }
table.it th { border: .6pt solid #555; background: #f2f2f2; padding: 1.8mm 1.5mm; font-size: 7.8pt; }
table.it td { border-left: .6pt solid #555; border-right: .6pt solid #555; padding: 2mm 1.5mm; vertical-align: top; }
table.it tbody tr:last-child td { border-bottom: .6pt solid #555; padding-bottom: 10mm; }
.r { text-align: right; white-space: nowrap; } .c { text-align: center; }
.bottom { display: flex; justify-content: space-between; gap: 6mm; margin-top: 3mm; }
.bottom .pay { flex: 1; font-size: 7.8pt; line-height: 1.55; }
table.tot { border-collapse: collapse; width: 80mm; }
table.tot td { border: .6pt solid #555; padding: 1.6mm 2mm; }
table.tot .g td { font-weight: 700; background: #f2f2f2; font-size: 9.5pt; }
.sig { display: flex; justify-content: space-between; margin-top: 16mm; font-size: 7.8pt; }
.sig div { width: 65mm; border-top: .5pt solid #111; padding-top: 1mm; text-align: center; }
.cg { margin-top: 6mm; font-size: 7pt; color: #666; text-align: center; }
</style></head><body>
<div class="lh"><div class="n">${seller.name.toUpperCase()}</div>
<div class="s">${seller.address.join(', ')} · Tel: 6748 3391 · ${seller.email}<br>UEN / Co. Reg. No.: ${uen} &nbsp;·&nbsp; GST Reg. No.: ${seller.vatId}</div></div>
<h1>TAX INVOICE</h1>
<div class="info">
  <div class="to"><b>Bill To:</b><br>${buyer.name}<br>${buyer.address.join('<br>')}<br>Attn: Ms. Jolene Tan · ${buyer.email}</div>
  <div class="meta"><table>
    <tr><td>Invoice No.</td><td>${no}</td></tr>
    <tr><td>Date</td><td>16/11/2026</td></tr>
    <tr><td>Your Ref.</td><td>PO-TRD-2291</td></tr>
    <tr><td>Terms</td><td>30 Days</td></tr>
    <tr><td>Due Date</td><td>16/12/2026</td></tr>
    <tr><td>Sales Person</td><td>Ravi Menon</td></tr>
  </table></div>
</div>
<table class="it"><thead><tr><th>S/N</th><th>Description</th><th>Qty</th><th>Unit Price (S$)</th><th>Disc.</th><th>Amount (S$)</th></tr></thead>
<tbody>${rows}</tbody></table>
<div class="bottom">
  <div class="pay"><b>Payment:</b> PayNow to UEN ${uen}, or bank transfer to Straits Commerce Bank, A/C No. 072-918304-5.<br>
  Cheques should be crossed and made payable to "${seller.name}".<br>Goods sold are not returnable. E. &amp; O.E.</div>
  <table class="tot">
    <tr><td>Sub-Total</td><td class="r">${S(subtotal)}</td></tr>
    <tr><td>Add: GST @ 9%</td><td class="r">${S(taxTotal)}</td></tr>
    <tr class="g"><td>Total Amount Payable</td><td class="r">${S(total)}</td></tr>
  </table>
</div>
<div class="sig"><div>Received in good order &amp; condition</div><div>For ${seller.name}<br>Authorised Signature</div></div>
<div class="cg">This is a computer-generated invoice.</div>
</body></html>`;

  const expected = L.expected({
    invoiceNumber: no, issueDate: '2026-11-16', dueDate: '2026-12-16', currency: 'SGD',
    seller, buyer, subtotal, taxTotal, total, amountDue: total,
    items: items.map(i => ({ description: i.description, qty: i.qty, unit: i.unit, amount: i.amount })),
  });
  const checks = [no, '16/11/2026', '16/12/2026', seller.name, seller.address.join(', '), S(subtotal), S(taxTotal), S(total),
    ...items.flatMap(i => [i.description, i.qty, N(i.unit), N(i.amount)])];
  const discountedLines = items.map((it, i) => (it.disc ? i : -1)).filter(i => i >= 0);
  return { name: 'sg-gst-tax-invoice', html, expected, checks, arith: { lineAdjust: 0, amountDue: total, discountedLines } };
};
