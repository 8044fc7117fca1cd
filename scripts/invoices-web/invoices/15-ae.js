'use strict';
// UAE bilingual English/Arabic TAX INVOICE: TRN for seller and buyer, VAT 5 %, AED, bilingual labels
// and table headers (item descriptions in English), advance payment deducted -> Balance Due.
module.exports = function (L) {
  const N = c => L.num(c, { dec: '.', grp: ',' });
  const A = c => 'AED ' + N(c);
  const seller = {
    name: 'Dune Crest Technical Supplies L.L.C.',
    vatId: '100384726500003',
    address: ['Warehouse 14, Al Quoz Industrial Area 3', 'P.O. Box 118273, Dubai', 'United Arab Emirates'],
    email: 'accounts@dunecrest-ts.ae',
  };
  const buyer = {
    name: 'Gulf Harbour Hospitality L.L.C.',
    vatId: '100529374100003',
    address: ['Office 1204, Marina Plaza, Dubai Marina', 'Dubai', 'United Arab Emirates'],
    email: 'finance@gulfharbourhospitality.ae',
  };
  const items = [
    { description: 'Split AC unit 2.0 ton, inverter, R32 - supply only', qty: '6', unit: 235000 },
    { description: 'Copper pipe set 3/8" - 5/8", insulated, 5 m', qty: '6', unit: 18500 },
    { description: 'Installation labour per indoor/outdoor unit', qty: '6', unit: 32000 },
    { description: 'Outdoor unit wall bracket, heavy duty, galvanised', qty: '6', unit: 4550 },
    { description: 'Removal and disposal of old units (environmental fee)', qty: '1', unit: 35000 },
  ];
  for (const it of items) it.amount = L.lineAmount(it.qty, it.unit);
  const subtotal = items.reduce((a, i) => a + i.amount, 0);
  const taxTotal = L.taxOn(subtotal, '5');
  const total = subtotal + taxTotal;
  const advance = 500000;
  const due = total - advance;
  const no = 'DCTS-INV-26-00873';
  const ib = L.iban('AE', '033' + '1048273655019201');

  const ar = s => `<span class="ar" dir="rtl" lang="ar">${s}</span>`;
  const rows = items.map((it, i) => `<tr><td class="c">${i + 1}</td><td>${L.esc(it.description)}</td><td class="r">${it.qty}</td><td class="r">${N(it.unit)}</td><td class="r">${N(it.amount)}</td><td class="c">5%</td><td class="r">${N(L.taxOn(it.amount, '5'))}</td><td class="r">${N(it.amount + L.taxOn(it.amount, '5'))}</td></tr>`).join('');
  // per-line VAT must add up to the document VAT
  if (items.reduce((a, i) => a + L.taxOn(i.amount, '5'), 0) !== taxTotal) throw new Error('AE line VAT sum');

  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tax Invoice ${no}</title>
<style>
@page { size: A4; margin: 12mm 13mm; }
body { font-family: 'Noto Sans', 'Noto Sans Arabic', sans-serif; font-size: 8.2pt; color: #1a1a1a; margin: 0; }
.ar { font-family: 'Noto Sans Arabic', 'Noto Naskh Arabic', sans-serif; }
.hdr { display: flex; justify-content: space-between; align-items: flex-start; border-bottom: 2.5pt solid #b08d57; padding-bottom: 3mm; }
.hdr .en { line-height: 1.5; }
.hdr .en .n { font-size: 12.5pt; font-weight: 700; color: #5a4320; }
.hdr .arb { text-align: right; line-height: 1.7; direction: rtl; }
.hdr .arb .n { font-size: 13pt; font-weight: 700; color: #5a4320; }
.title { display: flex; justify-content: space-between; align-items: center; background: #5a4320; color: #fff; padding: 2.5mm 4mm; margin: 4mm 0; font-size: 12pt; font-weight: 700; letter-spacing: 1pt; }
.grid { display: flex; gap: 4mm; }
.grid > div { flex: 1; border: .6pt solid #b08d57; padding: 2.5mm 3mm; line-height: 1.55; }
.lbl { display: flex; justify-content: space-between; font-weight: 700; color: #5a4320; border-bottom: .4pt solid #d8c7a8; margin-bottom: 1mm; }
table.meta { width: 100%; border-collapse: collapse; }
table.meta td { padding: .6mm 0; }
table.meta td.a { text-align: right; color: #5a4320; }
table.it { width: 100%; border-collapse: collapse; margin-top: 4mm; }
table.it th { background: #f3ece0; border: .5pt solid #b08d57; padding: 1.4mm 1.2mm; font-size: 7.2pt; line-height: 1.35; }
table.it td { border: .5pt solid #d8c7a8; padding: 1.8mm 1.2mm; }
.r { text-align: right; white-space: nowrap; } .c { text-align: center; }
table.tot { width: 110mm; margin: 4mm 0 0 auto; border-collapse: collapse; }
table.tot td { border: .5pt solid #d8c7a8; padding: 1.5mm 2mm; }
table.tot td.a { text-align: right; color: #5a4320; }
table.tot .g td { font-weight: 700; background: #f3ece0; }
table.tot .due td { font-weight: 700; font-size: 10pt; background: #5a4320; color: #fff; }
table.tot .due td.a { color: #fff; }
.bank { margin-top: 6mm; display: flex; justify-content: space-between; gap: 8mm; line-height: 1.55; font-size: 7.8pt; }
.bank .arb { direction: rtl; text-align: right; }
.sig { display: flex; justify-content: space-between; margin-top: 14mm; font-size: 7.8pt; }
.sig div { width: 60mm; border-top: .5pt solid #555; padding-top: 1mm; text-align: center; }
</style></head><body>
<div class="hdr">
  <div class="en"><div class="n">${seller.name}</div>${seller.address.join('<br>')}<br>Tel: +971 4 347 2281 · ${seller.email}<br>TRN: ${seller.vatId}</div>
  <div class="arb ar"><div class="n">ديون كرست للتوريدات الفنية ذ.م.م</div>مستودع ١٤، منطقة القوز الصناعية ٣<br>ص.ب. ١١٨٢٧٣، دبي، الإمارات العربية المتحدة<br>الرقم الضريبي: <span dir="ltr">${seller.vatId}</span></div>
</div>
<div class="title"><span>TAX INVOICE</span>${ar('فاتورة ضريبية')}</div>
<div class="grid">
  <div><div class="lbl"><span>Bill To</span>${ar('فاتورة إلى')}</div><b>${buyer.name}</b><br>${buyer.address.join('<br>')}<br>TRN: ${buyer.vatId}<br>${buyer.email}</div>
  <div><table class="meta">
    <tr><td>Invoice No.</td><td><b>${no}</b></td><td class="a">${ar('رقم الفاتورة')}</td></tr>
    <tr><td>Invoice Date</td><td>18/11/2026</td><td class="a">${ar('تاريخ الفاتورة')}</td></tr>
    <tr><td>Date of Supply</td><td>15/11/2026</td><td class="a">${ar('تاريخ التوريد')}</td></tr>
    <tr><td>Due Date</td><td>18/12/2026</td><td class="a">${ar('تاريخ الاستحقاق')}</td></tr>
    <tr><td>LPO No.</td><td>GHH-LPO-7731</td><td class="a">${ar('رقم أمر الشراء')}</td></tr>
  </table></div>
</div>
<table class="it"><thead><tr>
  <th>#</th><th>Description<br>${ar('الوصف')}</th><th>Qty<br>${ar('الكمية')}</th><th>Unit Price<br>${ar('سعر الوحدة')}</th><th>Taxable Amount<br>${ar('المبلغ الخاضع للضريبة')}</th><th>VAT %<br>${ar('نسبة الضريبة')}</th><th>VAT Amount<br>${ar('مبلغ الضريبة')}</th><th>Total (AED)<br>${ar('الإجمالي')}</th>
</tr></thead><tbody>${rows}</tbody></table>
<table class="tot">
  <tr><td>Total excluding VAT</td><td class="a">${ar('الإجمالي غير شامل الضريبة')}</td><td class="r">${A(subtotal)}</td></tr>
  <tr><td>VAT 5%</td><td class="a">${ar('ضريبة القيمة المضافة ٥٪')}</td><td class="r">${A(taxTotal)}</td></tr>
  <tr class="g"><td>Total including VAT</td><td class="a">${ar('الإجمالي شامل الضريبة')}</td><td class="r">${A(total)}</td></tr>
  <tr><td>Less: Advance received</td><td class="a">${ar('ناقص: الدفعة المقدمة')}</td><td class="r">(${A(advance)})</td></tr>
  <tr class="due"><td>Balance Due</td><td class="a">${ar('الرصيد المستحق')}</td><td class="r">${A(due)}</td></tr>
</table>
<div class="bank">
  <div>Bank: Emirates Crescent Bank P.J.S.C., Al Quoz branch<br>Account name: ${seller.name}<br>IBAN: ${ib} · SWIFT: ECBKAEAD</div>
  <div class="arb ar">يرجى تحويل المبلغ المستحق قبل تاريخ الاستحقاق<br>شكراً لتعاملكم معنا</div>
</div>
<div class="sig"><div>Received by / ${ar('المستلم')}</div><div>For ${seller.name}</div></div>
</body></html>`;

  const expected = L.expected({
    invoiceNumber: no, issueDate: '2026-11-18', dueDate: '2026-12-18', currency: 'AED',
    seller, buyer, subtotal, taxTotal, total, amountDue: due,
    items: items.map(i => ({ description: i.description, qty: i.qty, unit: i.unit, amount: i.amount })),
  });
  const checks = [no, '18/11/2026', '18/12/2026', seller.name, seller.vatId, ...seller.address, seller.email,
    buyer.name, buyer.vatId, ...buyer.address, buyer.email, A(subtotal), A(taxTotal), A(total), A(due),
    ...items.flatMap(i => [i.description, N(i.unit), N(i.amount)])];
  return { name: 'ae-bilingual-tax-invoice', html, expected, checks, arith: { lineAdjust: 0, amountDue: due } };
};
