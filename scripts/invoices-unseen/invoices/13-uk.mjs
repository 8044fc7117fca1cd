import { esc, lines, doc, mkFmt } from '../lib.mjs';

const inv = {
  name: 'uk-joinery-deposit',
  country: 'United Kingdom', language: 'English (UK)', currency: 'GBP',
  traits: 'UK joinery invoice on serif letterhead: "VAT Reg. No. GB …", company number, 10% loyalty discount line below the goods total (subtotal is the discounted net), "VAT @ 20%", "Invoice total", "Less deposit received 22 September 2025", "Balance due" (amountDue ≠ total), sort code/account footer; dates "16 October 2025"; £1,234.56',
  number: 'TOJ-1187',
  issue: '2025-10-16',
  due: '2025-10-30',
  seller: {
    name: 'Thistle & Oak Joinery Ltd', vatId: 'GB 284 5617 32', company: '09876543',
    address: ['Unit 7, Riverside Works', 'Mill Lane', 'Hebden Bridge', 'HX7 8AD'],
    email: 'hello@thistleandoak.co.uk', phone: '01422 845 120',
  },
  buyer: {
    name: 'Mr & Mrs P. Hargreaves', vatId: null,
    address: ['12 Birchcliffe Road', 'Hebden Bridge', 'West Yorkshire', 'HX7 8DB'], email: null,
  },
  taxMode: 'rate',
  discountPct: '10',
  deposit: '1500.00',
  currencyPrinted: '£',
  items: [
    { desc: 'Bespoke fitted wardrobes, master bedroom (oak veneer, 3 doors)', qty: '1', unit: '2850.00', rate: '20' },
    { desc: 'Alcove shelving units, living room', qty: '2', unit: '640.00', rate: '20' },
    { desc: 'Solid oak window boards', qty: '3', unit: '96.00', rate: '20' },
    { desc: 'Installation labour (days)', qty: '2.5', unit: '310.00', rate: '20' },
    { desc: 'Delivery & waste removal', qty: '1', unit: '85.00', rate: '20' },
  ],
  fmt: mkFmt({ num: { dec: '.', grp: ',' }, date: 'en-GB-long' }),
  extraChecks: () => ['Balance due', 'Less deposit received', 'VAT @ 20%'],
};

inv.render = (c, f) => {
  const s = inv.seller, b = inv.buyer;
  const rows = c.lines.map((l) => `<tr><td>${esc(l.desc)}</td><td class="r">${f.q(l.qty)}</td><td class="r">£${f.u(l.unit)}</td><td class="r">£${f.m(l.net)}</td></tr>`).join('\n');
  const css = `
@page { size: A4; margin: 16mm 18mm 14mm; }
body { font-family: 'Liberation Serif'; font-size: 10pt; color: #2b2b2b; }
.lh { text-align: center; border-bottom: 1px solid #556b2f; padding-bottom: 8px; }
.lh .n { font-size: 24pt; color: #556b2f; letter-spacing: 1px; }
.lh .n span { font-style: italic; }
.lh .a { font-size: 8.5pt; color: #555; margin-top: 2px; }
.row { display: flex; justify-content: space-between; margin-top: 12mm; }
.to { line-height: 1.4; }
.to .h { font-variant: small-caps; color: #556b2f; }
h1 { font-size: 20pt; font-weight: normal; letter-spacing: 4px; margin: 0 0 4px; text-align: right; color: #556b2f; }
.meta { border-collapse: collapse; margin-left: auto; }
.meta td { padding: 1px 0 1px 12px; }
.meta td:first-child { text-align: right; color: #666; }
.items { width: 100%; border-collapse: collapse; margin-top: 12mm; font-family: 'Liberation Sans'; font-size: 9pt; }
.items th { text-align: left; background: #556b2f; color: #fff; padding: 5px; font-weight: normal; }
.items td { padding: 6px 5px; border-bottom: 1px solid #d9d9d9; }
.r { text-align: right !important; white-space: nowrap; }
.tot { margin-left: auto; border-collapse: collapse; margin-top: 6mm; font-family: 'Liberation Sans'; font-size: 9pt; min-width: 92mm; }
.tot td { padding: 3px 5px; }
.tot .line td { border-top: 1px solid #999; }
.tot .g td { font-weight: bold; border-top: 1px solid #333; }
.tot .bal td { font-weight: bold; font-size: 12pt; background: #eef2e6; border-top: 2px solid #556b2f; }
.notes { margin-top: 12mm; font-size: 9pt; line-height: 1.5; }
.foot { margin-top: 16mm; border-top: 1px solid #556b2f; padding-top: 4px; font-size: 7.5pt; text-align: center; color: #555; font-family: 'Liberation Sans'; }`;
  const body = `
<div class="lh"><div class="n">Thistle <span>&amp;</span> Oak Joinery</div>
  <div class="a">${s.address.join(' · ')} · ${s.phone} · ${s.email}</div></div>
<div class="row">
  <div class="to"><span class="h">Invoice to</span><br>${esc(b.name)}<br>${lines(b.address)}</div>
  <div><h1>INVOICE</h1><table class="meta">
    <tr><td>Invoice No:</td><td>${inv.number}</td></tr>
    <tr><td>Invoice Date:</td><td>${f.d(inv.issue)}</td></tr>
    <tr><td>Tax Point:</td><td>${f.d(inv.issue)}</td></tr>
    <tr><td>Due Date:</td><td>${f.d(inv.due)}</td></tr>
    <tr><td>Your Ref:</td><td>Quote Q-2025-044</td></tr>
  </table></div>
</div>
<table class="items">
<thead><tr><th>Description</th><th class="r">Qty</th><th class="r">Unit Price</th><th class="r">Net</th></tr></thead>
<tbody>${rows}</tbody>
</table>
<table class="tot">
  <tr><td>Total before discount</td><td class="r">£${f.m(c.goods)}</td></tr>
  <tr><td>Less ${inv.discountPct}% loyalty discount</td><td class="r">-£${f.m(c.discount)}</td></tr>
  <tr class="line"><td>Net amount</td><td class="r">£${f.m(c.subtotal)}</td></tr>
  <tr><td>VAT @ 20%</td><td class="r">£${f.m(c.tax)}</td></tr>
  <tr class="g"><td>Invoice total</td><td class="r">£${f.m(c.total)}</td></tr>
  <tr><td>Less deposit received 22 September 2025</td><td class="r">-£${f.m(c.deposit)}</td></tr>
  <tr class="bal"><td>Balance due</td><td class="r">£${f.m(c.amountDue)}</td></tr>
</table>
<div class="notes">Payment within 14 days by bank transfer to Thistle &amp; Oak Joinery Ltd, sort code 20-45-77, account 43871265, quoting ${inv.number}.<br>
Thank you for your custom – all joinery carries our five-year workmanship guarantee.</div>
<div class="foot">${esc(s.name)} · Registered in England and Wales, Company No. ${s.company} · Registered office: ${s.address.join(', ')} · VAT Reg. No. ${s.vatId}</div>`;
  return doc({ lang: 'en-GB', title: `Invoice ${inv.number}`, css, body });
};

export default inv;
