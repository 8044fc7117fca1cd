import { esc, lines, doc, mkFmt } from '../lib.mjs';

const inv = {
  name: 'us-saas-stripe-style',
  country: 'United States', language: 'English (US)', currency: 'USD',
  traits: 'SaaS invoice in the style of Stripe-hosted invoices: "Invoice number / Date of issue / Date due", "$554.28 USD due October 2, 2025" headline, billing-period sub-lines under each item, metered usage line with 184,000 × $0.0004, Tax column, "Total excluding tax", "Sales Tax - Washington (10.35% on …)", "Applied balance" credit, so "Amount due" ≠ Total; dates "September 2, 2025"; Letter size',
  number: 'B8E4F1C2-0007',
  issue: '2025-09-02',
  due: '2025-10-02',
  seller: {
    name: 'Tallyline, Inc.', vatId: null,
    address: ['548 Market Street', 'PMB 72213', 'San Francisco, California 94104', 'United States'],
    email: 'billing@tallyline.io',
  },
  buyer: {
    name: 'Harbor & Pine Design LLC', vatId: null,
    address: ['1201 Western Avenue', 'Suite 400', 'Seattle, Washington 98101', 'United States'],
    email: 'ap@harborpine.com',
  },
  taxMode: 'multi',
  taxes: [{ label: 'Sales Tax - Washington', rate: '10.35' }],
  credit: '50.00',
  items: [
    { desc: 'Growth plan', period: 'Sep 2 – Oct 2, 2025', qty: '1', unit: '249.00' },
    { desc: 'Additional seats', period: 'Sep 2 – Oct 2, 2025', qty: '7', unit: '18.00' },
    { desc: 'API requests (metered)', period: 'Aug 2 – Sep 2, 2025', qty: '184000', unit: '0.0004' },
    { desc: 'Priority support add-on', period: 'Sep 2 – Oct 2, 2025', qty: '1', unit: '99.00' },
  ],
  fmt: mkFmt({ num: { dec: '.', grp: ',' }, date: 'en-US-long' }),
  extraChecks: (c, f) => ['Amount due', 'Applied balance', `$${f.m(c.amountDue)} USD due ${f.d(inv.due)}`],
};

inv.render = (c, f) => {
  const s = inv.seller, b = inv.buyer, t = c.taxes[0];
  const rows = c.lines.map((l) => `<tr><td>${esc(l.desc)}<div class="per">${l.period}</div></td><td class="r">${f.q(l.qty)}</td><td class="r">$${f.u(l.unit)}</td><td class="r">${t.rate}%</td><td class="r">$${f.m(l.net)}</td></tr>`).join('\n');
  const css = `
@page { size: letter; margin: 0.6in 0.6in 0.5in; @bottom-left { content: "${inv.number} · $${f.m(c.amountDue)} due ${f.d(inv.due)}"; font: 7.5pt 'Liberation Sans'; color: #697386; } @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 7.5pt 'Liberation Sans'; color: #697386; } }
body { font-family: 'Liberation Sans'; font-size: 9pt; color: #1a1f36; }
.top { display: flex; justify-content: space-between; align-items: flex-start; }
h1 { font-size: 20pt; margin: 0 0 14px; font-weight: bold; }
.logo { width: 44px; height: 44px; border-radius: 8px; background: #635bff; color: #fff; font-weight: bold; font-size: 20pt; text-align: center; line-height: 44px; }
.meta td { padding: 1px 0; }
.meta td:first-child { width: 110px; color: #1a1f36; font-weight: bold; }
.parties { display: flex; gap: 60px; margin-top: 22px; line-height: 1.5; }
.parties .h { font-weight: bold; }
.headline { font-size: 15pt; font-weight: bold; margin-top: 26px; }
.paylink { color: #635bff; margin-top: 6px; }
.memo { margin-top: 16px; color: #3c4257; }
.items { width: 100%; border-collapse: collapse; margin-top: 26px; }
.items th { text-align: left; font-weight: normal; color: #697386; font-size: 8pt; border-bottom: 1px solid #e3e8ee; padding: 5px 0; }
.items td { padding: 8px 0; vertical-align: top; border-bottom: 1px solid #e3e8ee; }
.per { color: #697386; font-size: 8pt; margin-top: 2px; }
.r { text-align: right !important; white-space: nowrap; }
.tot { margin-left: auto; width: 58%; border-collapse: collapse; margin-top: 4px; }
.tot td { padding: 6px 0; border-bottom: 1px solid #e3e8ee; }
.tot .b td { font-weight: bold; }
.note { margin-top: 40px; color: #697386; font-size: 8pt; line-height: 1.5; }`;
  const body = `
<div class="top">
  <div><h1>Invoice</h1>
  <table class="meta">
    <tr><td>Invoice number</td><td>${inv.number}</td></tr>
    <tr><td>Date of issue</td><td>${f.d(inv.issue)}</td></tr>
    <tr><td>Date due</td><td>${f.d(inv.due)}</td></tr>
  </table></div>
  <div class="logo">T</div>
</div>
<div class="parties">
  <div><div class="h">${esc(s.name)}</div>${lines(s.address)}<br>${s.email}</div>
  <div><div class="h">Bill to</div>${esc(b.name)}<br>${lines(b.address)}<br>${b.email}</div>
</div>
<div class="headline">$${f.m(c.amountDue)} USD due ${f.d(inv.due)}</div>
<div class="paylink">Pay online</div>
<div class="memo">Thanks for building with Tallyline. Usage is billed in arrears for the previous period.</div>
<table class="items">
<thead><tr><th>Description</th><th class="r">Qty</th><th class="r">Unit price</th><th class="r">Tax</th><th class="r">Amount</th></tr></thead>
<tbody>${rows}</tbody>
</table>
<table class="tot">
  <tr><td>Subtotal</td><td class="r">$${f.m(c.subtotal)}</td></tr>
  <tr><td>Total excluding tax</td><td class="r">$${f.m(c.subtotal)}</td></tr>
  <tr><td>${t.label} (${t.rate}% on $${f.m(c.subtotal)})</td><td class="r">$${f.m(t.amount)}</td></tr>
  <tr><td>Total</td><td class="r">$${f.m(c.total)}</td></tr>
  <tr><td>Applied balance</td><td class="r">-$${f.m(c.credit)}</td></tr>
  <tr class="b"><td>Amount due</td><td class="r">$${f.m(c.amountDue)} USD</td></tr>
</table>
<div class="note">Questions? Contact ${s.email}. Tallyline, Inc. is registered to collect sales tax in Washington.</div>`;
  return doc({ lang: 'en-US', title: `Invoice ${inv.number}`, css, body });
};

export default inv;
