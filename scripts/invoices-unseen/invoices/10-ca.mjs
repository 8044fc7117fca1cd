import { esc, lines, doc, NBSP, mkFmt } from '../lib.mjs';

const inv = {
  name: 'ca-traduction-bilingual',
  country: 'Canada (Québec)', language: 'French / English (bilingual)', currency: 'CAD',
  traits: 'bilingual FR/EN Quebec invoice "FACTURE / INVOICE": every label in both languages, descriptions "français / English", two sales taxes on separate lines "TPS / GST 5 %" and "TVQ / QST 9,975 %" with both registration numbers and a "Total des taxes / Total taxes" line, amounts in French Canadian format "1 774,50 $" (symbol after), qty "8 450" words; dates YYYY-MM-DD; Letter size',
  number: 'TB-2025-0042',
  issue: '2025-01-15',
  due: '2025-02-14',
  seller: {
    name: 'Traductions Boréal inc.', vatId: '812345678 RT0001', qst: '1221234567 TQ0001',
    address: ['1450, rue Saint-Denis, bureau 300', 'Montréal (Québec) H2X 3J8', 'Canada'],
    email: 'facturation@traductionsboreal.ca', phone: '514 555-0142',
  },
  buyer: {
    name: 'Clinique vétérinaire Saint-Laurent inc.', vatId: null,
    address: ['455, boulevard Saint-Laurent', 'Montréal (Québec) H2Y 2Y7'],
    email: 'comptabilite@cliniquesaintlaurent.ca',
  },
  taxMode: 'multi',
  taxes: [
    { label: 'TPS / GST', rate: '5', reg: '812345678 RT0001' },
    { label: 'TVQ / QST', rate: '9.975', reg: '1221234567 TQ0001' },
  ],
  items: [
    { desc: 'Traduction EN-FR, site Web / EN-FR translation, website', uom: 'mots / words', qty: '8450', unit: '0.21' },
    { desc: 'Révision / Proofreading', uom: 'h', qty: '3.5', unit: '65.00' },
    { desc: 'Traduction certifiée / Certified translation', uom: 'doc.', qty: '2', unit: '45.00' },
    { desc: 'Gestion de projet / Project management', uom: 'forfait / flat fee', qty: '1', unit: '120.00' },
  ],
  fmt: mkFmt({ num: { dec: ',', grp: NBSP }, date: 'iso' }),
  extraChecks: () => ['TPS / GST', 'TVQ / QST', '1221234567 TQ0001'],
};

inv.render = (c, f) => {
  const s = inv.seller, b = inv.buyer;
  const rows = c.lines.map((l) => `<tr><td>${esc(l.desc)}</td><td class="r">${f.q(l.qty)}</td><td>${l.uom}</td><td class="r">${f.u(l.unit)}${NBSP}$</td><td class="r">${f.m(l.net)}${NBSP}$</td></tr>`).join('\n');
  const taxes = c.taxes.map((t) => `<tr><td>${t.label} (${f.rate(t.rate)}${NBSP}%)<div class="reg">No ${t.reg}</div></td><td class="r">${f.m(t.amount)}${NBSP}$</td></tr>`).join('');
  const css = `
@page { size: letter; margin: 0.55in 0.6in; }
body { font-family: 'DejaVu Sans'; font-size: 8.3pt; color: #20303c; }
.top { display: flex; justify-content: space-between; border-bottom: 4px solid #2d6a4f; padding-bottom: 10px; }
.brand { font-size: 16pt; font-weight: bold; color: #2d6a4f; }
.brand small { display: block; font-size: 7.5pt; font-weight: normal; color: #20303c; line-height: 1.45; margin-top: 4px; }
.tt { text-align: right; }
.tt h1 { margin: 0; font-size: 17pt; letter-spacing: 1px; }
.tt table { margin-left: auto; margin-top: 6px; border-collapse: collapse; }
.tt td { padding: 1px 0 1px 10px; }
.tt td:first-child { color: #6b7b86; }
.bill { margin-top: 16px; line-height: 1.5; display: flex; justify-content: space-between; }
.bill .h { color: #6b7b86; font-size: 7.5pt; text-transform: uppercase; }
.items { width: 100%; border-collapse: collapse; margin-top: 18px; }
.items th { background: #2d6a4f; color: #fff; font-weight: normal; text-align: left; padding: 4px; font-size: 7.5pt; }
.items td { padding: 5px 4px; border-bottom: 1px solid #d8e2dc; }
.r { text-align: right !important; white-space: nowrap; }
.tot { margin-left: auto; margin-top: 8px; border-collapse: collapse; min-width: 3.3in; }
.tot td { padding: 3px 4px; vertical-align: top; }
.tot .g td { background: #d8f3dc; font-weight: bold; font-size: 10.5pt; }
.reg { font-size: 6.8pt; color: #6b7b86; }
.terms { margin-top: 24px; line-height: 1.55; font-size: 7.8pt; }
.foot { margin-top: 24px; text-align: center; color: #6b7b86; font-size: 7pt; }`;
  const body = `
<div class="top">
  <div class="brand">Traductions Boréal<small>${esc(s.name)}<br>${lines(s.address)}<br>${s.phone} · ${s.email}</small></div>
  <div class="tt"><h1>FACTURE / INVOICE</h1><table>
    <tr><td>N° de facture / Invoice no.</td><td><b>${inv.number}</b></td></tr>
    <tr><td>Date / Date</td><td>${f.d(inv.issue)}</td></tr>
    <tr><td>Date d'échéance / Due date</td><td>${f.d(inv.due)}</td></tr>
    <tr><td>Bon de commande / PO</td><td>CVSL-2025-003</td></tr>
  </table></div>
</div>
<div class="bill">
  <div><div class="h">Facturer à / Bill to</div><b>${esc(b.name)}</b><br>${lines(b.address)}<br>${b.email}</div>
  <div style="text-align:right"><div class="h">Numéros de taxes / Tax numbers</div>TPS / GST : ${s.vatId}<br>TVQ / QST : ${s.qst}</div>
</div>
<table class="items">
<thead><tr><th>Description</th><th class="r">Qté / Qty</th><th>Unité / Unit</th><th class="r">Prix unitaire / Unit price</th><th class="r">Montant / Amount</th></tr></thead>
<tbody>${rows}</tbody>
</table>
<table class="tot">
  <tr><td>Sous-total / Subtotal</td><td class="r">${f.m(c.subtotal)}${NBSP}$</td></tr>
  ${taxes}
  <tr><td>Total des taxes / Total taxes</td><td class="r">${f.m(c.tax)}${NBSP}$</td></tr>
  <tr class="g"><td>Total (CAD)</td><td class="r">${f.m(c.total)}${NBSP}$</td></tr>
</table>
<div class="terms"><b>Modalités / Terms:</b> Net 30 jours / Net 30 days. Virement Interac : ${s.email} · Dépôt direct / Direct deposit : transit 00321, institution 815, compte / account 4471203.<br>Des frais d'intérêt de 1,5 % par mois s'appliquent aux comptes en souffrance. / Interest of 1.5% per month is charged on overdue accounts.</div>
<div class="foot">Merci de votre confiance! · Thank you for your business!</div>`;
  return doc({ lang: 'fr-CA', title: `Facture ${inv.number}`, css, body });
};

export default inv;
