import { esc, lines, doc, mkFmt } from '../lib.mjs';

const inv = {
  name: 'au-electrician-tax-invoice',
  country: 'Australia', language: 'English (AU)', currency: 'AUD',
  traits: 'Australian tradie "TAX INVOICE" (Xero-like): ABN and electrical licence number, job address line, quantity column first (Qty | Description | Unit Price | GST | Amount AUD), hours "6.5", "Subtotal / Total GST 10% / Total AUD", direct-deposit BSB/account payment advice slip below a dashed cut line; dates DD/MM/YYYY; $1,234.56',
  number: 'INV-00731',
  issue: '2024-11-21',
  due: '2024-12-05',
  seller: {
    name: 'Coastline Electrical Pty Ltd', vatId: '51 824 753 556',
    address: ['Unit 3, 27 Industrial Drive', 'Burleigh Heads QLD 4220'],
    email: 'accounts@coastlineelectrical.com.au', phone: '0412 558 903', licence: '78214',
  },
  buyer: {
    name: "Jenna & Mark O'Connell", vatId: null,
    address: ['14 Banksia Street', 'Miami QLD 4220'], email: 'jenna.oconnell@bigpond.com',
  },
  taxMode: 'rate',
  items: [
    { desc: 'Labour – licensed electrician (hrs)', qty: '6.5', unit: '95.00', rate: '10' },
    { desc: 'Labour – apprentice (hrs)', qty: '6.5', unit: '55.00', rate: '10' },
    { desc: 'LED downlight 10W tri-colour, IP44', qty: '12', unit: '24.50', rate: '10' },
    { desc: 'Double power point with USB-C', qty: '4', unit: '38.90', rate: '10' },
    { desc: 'Smoke alarm 240V, photoelectric, interconnected', qty: '1', unit: '89.00', rate: '10' },
    { desc: 'Call-out fee', qty: '1', unit: '80.00', rate: '10' },
  ],
  fmt: mkFmt({ num: { dec: '.', grp: ',' }, date: 'dd/mm/yyyy' }),
  extraChecks: () => ['TAX INVOICE', 'ABN 51 824 753 556', 'TOTAL AUD'],
};

inv.render = (c, f) => {
  const s = inv.seller, b = inv.buyer;
  const rows = c.lines.map((l) => `<tr><td class="r">${f.q(l.qty)}</td><td>${esc(l.desc)}</td><td class="r">${f.u(l.unit)}</td><td class="r">${l.rate}%</td><td class="r">${f.m(l.net)}</td></tr>`).join('\n');
  const css = `
@page { size: A4; margin: 15mm 15mm 12mm; }
body { font-family: 'Liberation Sans'; font-size: 9pt; color: #222; }
.top { display: flex; justify-content: space-between; }
h1 { font-size: 24pt; margin: 0 0 12px; letter-spacing: 1px; }
.logo { text-align: right; }
.logo .mark { display: inline-block; background: #f5a300; color: #111; font-weight: bold; font-size: 14pt; padding: 8px 12px; transform: skewX(-8deg); }
.logo .mark span { color: #fff; }
.cols { display: flex; gap: 12mm; }
.cols .k { font-weight: bold; font-size: 8pt; }
.cols > div { line-height: 1.45; }
.seller { margin-left: auto; text-align: left; line-height: 1.45; }
.job { margin-top: 8mm; padding: 4px 8px; background: #fff6e0; border-left: 4px solid #f5a300; }
.items { width: 100%; border-collapse: collapse; margin-top: 8mm; }
.items th { text-align: left; border-bottom: 2px solid #222; padding: 4px; font-size: 8.5pt; }
.items td { padding: 5px 4px; border-bottom: 1px solid #ddd; }
.r { text-align: right !important; white-space: nowrap; }
.tot { margin-left: auto; border-collapse: collapse; margin-top: 4mm; min-width: 75mm; }
.tot td { padding: 3px 4px; }
.tot .g td { border-top: 2px solid #222; font-weight: bold; font-size: 11pt; }
.due { margin-top: 10mm; line-height: 1.6; }
.advice { margin-top: 18mm; border-top: 1px dashed #777; padding-top: 6mm; display: flex; justify-content: space-between; }
.advice h2 { font-size: 13pt; margin: 0 0 6px; }
.advice table td { padding: 2px 10px 2px 0; }
`;
  const body = `
<div class="top">
  <div><h1>TAX INVOICE</h1></div>
  <div class="logo"><div class="mark">COASTLINE <span>ELECTRICAL</span></div></div>
</div>
<div class="cols">
  <div><div class="k">Bill To</div>${esc(b.name)}<br>${lines(b.address)}<br>${b.email}</div>
  <div><div class="k">Invoice Date</div>${f.d(inv.issue)}<br><div class="k" style="margin-top:4px">Invoice Number</div>${inv.number}<br><div class="k" style="margin-top:4px">Reference</div>Quote Q-0412</div>
  <div class="seller"><b>${esc(s.name)}</b><br>${lines(s.address)}<br>ABN ${s.vatId}<br>Electrical Contractor Licence No. ${s.licence}<br>${s.phone} · ${s.email}</div>
</div>
<div class="job"><b>Job:</b> Kitchen and living room lighting upgrade, smoke alarm compliance – 14 Banksia Street, Miami (completed 19/11/2024)</div>
<table class="items">
<thead><tr><th class="r">Qty</th><th>Description</th><th class="r">Unit Price</th><th class="r">GST</th><th class="r">Amount AUD</th></tr></thead>
<tbody>${rows}</tbody>
</table>
<table class="tot">
  <tr><td>Subtotal</td><td class="r">${f.m(c.subtotal)}</td></tr>
  <tr><td>TOTAL GST 10%</td><td class="r">${f.m(c.tax)}</td></tr>
  <tr class="g"><td>TOTAL AUD</td><td class="r">${f.m(c.total)}</td></tr>
</table>
<div class="due"><b>Due Date: ${f.d(inv.due)}</b><br>Payment by direct deposit: BSB 084-004 · Account 123 456 789 · Account name: Coastline Electrical Pty Ltd<br>Please use the invoice number as your payment reference. Certificate of Test and Safety issued separately.</div>
<div class="advice">
  <div><h2>PAYMENT ADVICE</h2>To: ${esc(s.name)}<br>${lines(s.address)}</div>
  <table>
    <tr><td><b>Customer</b></td><td>${esc(b.name)}</td></tr>
    <tr><td><b>Invoice Number</b></td><td>${inv.number}</td></tr>
    <tr><td><b>Due Date</b></td><td>${f.d(inv.due)}</td></tr>
    <tr><td><b>Amount Enclosed</b></td><td>______________</td></tr>
  </table>
</div>`;
  return doc({ lang: 'en-AU', title: `Tax Invoice ${inv.number}`, css, body });
};

export default inv;
