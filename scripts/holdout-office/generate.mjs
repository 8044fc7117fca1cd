#!/usr/bin/env node
// Generates the office-style held-out invoices:
//   scripts/holdout-office/html/NAME.html          (the document source, converted by build.sh)
//   scripts/holdout-office/checks/NAME.json        (strings that must be visible in the PDF text)
//   test/fixtures/invoices-holdout-office/NAME.pdf.expected.json   (ground truth)
// Every number in the HTML and in the ground truth comes from the same
// computation below (integer cents), so they cannot disagree.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  compute, pct, dec, fmt, fmtQty, dnum, dword, esc, gtLine,
  deVatCheck, atUid, frVat, beVat, esNif, esCif, itPiva, ptNif, chUid, gbVat,
} from './lib.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const HTML_DIR = path.join(HERE, 'html');
const CHECK_DIR = path.join(HERE, 'checks');
const OUT_DIR = path.resolve(HERE, '../../test/fixtures/invoices-holdout-office');

const A4 = '21cm 29.7cm';
const LETTER = '8.5in 11in';

function head(title, { page = A4, margin = '1.5cm 1.8cm 1.5cm 1.8cm', font = "'Liberation Sans', Arial, sans-serif", size = '9.5pt', lang = 'en', extra = '' } = {}) {
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>${esc(title)}</title>
<style>
@page { size: ${page}; margin: ${margin}; }
body { font-family: ${font}; font-size: ${size}; }
td, th { font-family: ${font}; font-size: ${size}; }
${extra}
</style>
</head>
<body>
`;
}

const END = '</body>\n</html>\n';
const lines = (arr) => arr.map(esc).join('<br>');
const party = (p) => ({ name: p.name, vatId: p.vatId ?? null, address: p.address ? p.address.join(', ') : null, email: p.email ?? null });

function partyChecks(p) {
  const out = [p.name];
  if (p.vatId) out.push(p.vatId);
  if (p.email) out.push(p.email);
  if (p.address) out.push(...p.address);
  return out;
}

const invoices = [];

// ---------------------------------------------------------------------------
// 1. UK — £, VAT 20 %, written dates, meta in a right-hand box
// ---------------------------------------------------------------------------
invoices.push(() => {
  const S = 'en';
  const seller = {
    name: 'Harbour Lane Design Ltd',
    vatId: gbVat('2947731'),
    address: ["4 Canon's Road", 'Bristol BS1 5UH', 'United Kingdom'],
    email: 'accounts@harbourlanedesign.co.uk',
  };
  const buyer = {
    name: 'Pemberton & Hale Solicitors LLP',
    vatId: null,
    address: ['27 Queen Square', 'Bath BA1 2HX', 'United Kingdom'],
    email: null,
  };
  const number = 'HLD-2025-0147';
  const issue = '2025-03-14';
  const due = '2025-04-13';
  const { lines: L, net, tax } = compute([
    { desc: 'Brand identity refresh – logo redesign and usage guidelines', qty: '1', price: '1850.00', rate: 'std' },
    { desc: 'Stationery design (letterhead, business card, compliment slip)', qty: '3', price: '240.00', rate: 'std' },
    { desc: 'Website homepage mock-ups, desktop and mobile', qty: '2', price: '475.50', rate: 'std' },
    { desc: 'Copywriting – practice area pages (hours)', qty: '7.5', price: '68.00', rate: 'std' },
    { desc: 'Print management and proofing', qty: '1', price: '95.00', rate: 'std' },
  ], { std: { num: 20, den: 100 } });
  const total = net + tax;
  const C = '#0b5563';
  const html = head(`Invoice ${number}`, { extra: `.lbl { color: #555555; }` }) + `
<div title="header"><p align="right"><font size="1" color="#888888">Invoice ${esc(number)}</font></p></div>
<table width="100%" cellpadding="0" cellspacing="0">
<tr>
<td width="55%" valign="top">
<font size="6" color="${C}"><b>HARBOUR LANE</b></font><br>
<font size="3" color="${C}"><b>DESIGN STUDIO</b></font><br><br>
${esc(seller.name)}<br>${lines(seller.address)}<br>
Tel. 0117 496 0321<br>${esc(seller.email)}<br>www.harbourlanedesign.co.uk
</td>
<td width="45%" valign="top" align="right">
<font size="6"><b>INVOICE</b></font><br><br>
<table width="100%" cellpadding="5" cellspacing="0" style="border: 1.5pt solid ${C}">
<tr><td bgcolor="#e6f0f1"><b>Invoice No.</b></td><td align="right" bgcolor="#e6f0f1"><b>${esc(number)}</b></td></tr>
<tr><td>Invoice date</td><td align="right">${dword(issue, 'en')}</td></tr>
<tr><td>Due date</td><td align="right">${dword(due, 'en')}</td></tr>
<tr><td>Your reference</td><td align="right">PO 5521</td></tr>
<tr><td>Account</td><td align="right">PEM001</td></tr>
</table>
</td>
</tr>
</table>
<p>&nbsp;</p>
<table width="100%" cellpadding="0" cellspacing="0">
<tr><td width="55%" valign="top">
<font color="${C}"><b>INVOICE TO</b></font><br>
<b>${esc(buyer.name)}</b><br>
For the attention of: Ms Sarah Hale<br>
${lines(buyer.address)}
</td>
<td width="45%" valign="top"><font color="${C}"><b>PROJECT</b></font><br>Practice rebrand, phase 1<br>Work completed 3 February – 7 March 2025</td></tr>
</table>
<p>&nbsp;</p>
<table width="100%" cellpadding="5" cellspacing="0" style="border-collapse: collapse">
<thead>
<tr bgcolor="${C}">
<th align="left" width="52%"><font color="#ffffff">Description</font></th>
<th align="right" width="8%"><font color="#ffffff">Qty</font></th>
<th align="right" width="15%"><font color="#ffffff">Unit price</font></th>
<th align="right" width="9%"><font color="#ffffff">VAT</font></th>
<th align="right" width="16%"><font color="#ffffff">Net amount</font></th>
</tr>
</thead>
<tbody>
${L.map((l, i) => `<tr${i % 2 ? ' bgcolor="#f2f7f7"' : ''}><td>${esc(l.desc)}</td><td align="right">${fmtQty(l.qty, S)}</td><td align="right">£${fmt(l.unit, S)}</td><td align="right">20%</td><td align="right">£${fmt(l.amount, S)}</td></tr>`).join('\n')}
</tbody>
</table>
<p>&nbsp;</p>
<table width="100%" cellpadding="4" cellspacing="0">
<tr><td width="55%" valign="top" rowspan="3">
<b>Payment terms:</b> 30 days from invoice date.<br>
Please pay by bank transfer quoting the invoice number.<br>
Bank: Barclays Bank plc<br>Account name: Harbour Lane Design Ltd<br>Sort code: 20-45-77 &nbsp; Account no.: 43218765
</td>
<td width="25%">Subtotal</td><td width="20%" align="right">£${fmt(net, S)}</td></tr>
<tr><td>VAT @ 20%</td><td align="right">£${fmt(tax, S)}</td></tr>
<tr><td bgcolor="${C}"><font color="#ffffff"><b>Total (GBP)</b></font></td><td align="right" bgcolor="${C}"><font color="#ffffff"><b>£${fmt(total, S)}</b></font></td></tr>
</table>
<p>&nbsp;</p>
<p align="center"><i>Thank you for your business.</i></p>
<div title="footer">
<p align="center"><font size="1" color="#666666">Harbour Lane Design Ltd · Registered in England and Wales, company no. 09876543 · Registered office: 4 Canon's Road, Bristol BS1 5UH · VAT Reg. No. ${seller.vatId}</font></p>
</div>
` + END;
  const expected = {
    invoiceNumber: number, issueDate: issue, dueDate: due, currency: 'GBP',
    seller: party(seller), buyer: party(buyer),
    subtotal: dec(net), taxTotal: dec(tax), total: dec(total), amountDue: null,
    lineItems: L.map(gtLine), source: 'text',
  };
  const checks = [number, dword(issue, 'en'), dword(due, 'en'), ...partyChecks(seller), ...partyChecks(buyer),
    ...L.flatMap((l) => [l.desc, fmtQty(l.qty, S), `£${fmt(l.unit, S)}`, `£${fmt(l.amount, S)}`]),
    `£${fmt(net, S)}`, `£${fmt(tax, S)}`, `£${fmt(total, S)}`];
  return { name: 'uk-harbour-lane-design', html, expected, checks };
});

// ---------------------------------------------------------------------------
// 2. US — $, sales tax on taxable items only, MM/DD/YYYY, QuickBooks-like,
//    meta as a label/value table, "Balance due" stated besides the total
// ---------------------------------------------------------------------------
invoices.push(() => {
  const S = 'en';
  const seller = {
    name: 'Lakeside IT Solutions LLC',
    vatId: null,
    address: ['1180 Commerce Drive, Suite 200', 'Madison, WI 53719'],
    email: 'billing@lakesideitsolutions.com',
  };
  const buyer = {
    name: 'Northwoods Veterinary Clinic',
    vatId: null,
    address: ['455 Pine Street', 'Middleton, WI 53562'],
    email: 'office@northwoodsvet.com',
  };
  const number = '10482';
  const issue = '2025-03-07';
  const due = '2025-04-06';
  const { lines: L, net, tax, taxes } = compute([
    { sku: 'HW-DT-7020', desc: 'Dell OptiPlex 7020 desktop workstation, i5, 16 GB RAM', qty: '3', price: '849.00', rate: 'tx' },
    { sku: 'HW-MON-27', desc: '27" LED monitor, 1440p', qty: '3', price: '189.99', rate: 'tx' },
    { sku: 'HW-UPS-1500', desc: 'UPS battery backup 1500VA', qty: '1', price: '229.50', rate: 'tx' },
    { sku: 'LAB-ONSITE', desc: 'On-site installation and data migration (hours)', qty: '6.5', price: '95.00', rate: null },
    { sku: 'SVC-BACKUP', desc: 'Managed cloud backup service - March 2025', qty: '1', price: '149.00', rate: null },
  ], { tx: { num: 55, den: 1000 } });
  const taxable = taxes[0].base;
  const total = net + tax;
  const C = '#2e7d32';
  const html = head(`Invoice ${number}`, { page: LETTER, margin: '0.6in 0.7in 0.6in 0.7in', font: "'DejaVu Sans', Verdana, sans-serif", size: '8.5pt' }) + `
<table width="100%" cellpadding="0" cellspacing="0">
<tr>
<td width="60%" valign="top">
<font size="5" color="${C}"><b>Lakeside IT</b></font><br>
<b>${esc(seller.name)}</b><br>
${lines(seller.address)}<br>
(608) 555-0147<br>
${esc(seller.email)}<br>
www.lakesideitsolutions.com
</td>
<td width="40%" valign="top" align="right"><font size="6" color="${C}">INVOICE</font></td>
</tr>
</table>
<p>&nbsp;</p>
<table width="100%" cellpadding="0" cellspacing="0">
<tr>
<td width="33%" valign="top"><font color="#666666">BILL TO</font><br>${esc(buyer.name)}<br>Attn: Dr. Karen Olson<br>${lines(buyer.address)}<br>${esc(buyer.email)}</td>
<td width="30%" valign="top"><font color="#666666">SHIP TO</font><br>${esc(buyer.name)}<br>${lines(buyer.address)}</td>
<td width="37%" valign="top">
<table width="100%" cellpadding="2" cellspacing="0">
<tr><td align="right"><font color="#666666"><b>INVOICE #</b></font></td><td align="right">${number}</td></tr>
<tr><td align="right"><font color="#666666"><b>DATE</b></font></td><td align="right">${dnum(issue, 'mdy/')}</td></tr>
<tr><td align="right"><font color="#666666"><b>DUE DATE</b></font></td><td align="right">${dnum(due, 'mdy/')}</td></tr>
<tr><td align="right"><font color="#666666"><b>TERMS</b></font></td><td align="right">Net 30</td></tr>
</table>
</td>
</tr>
</table>
<p>&nbsp;</p>
<table width="100%" cellpadding="4" cellspacing="0" style="border-collapse: collapse">
<thead>
<tr bgcolor="#dcedc8">
<th align="left" width="15%"><font color="${C}">ITEM</font></th>
<th align="left" width="45%"><font color="${C}">DESCRIPTION</font></th>
<th align="center" width="6%"><font color="${C}">TAX</font></th>
<th align="right" width="8%"><font color="${C}">QTY</font></th>
<th align="right" width="12%"><font color="${C}">RATE</font></th>
<th align="right" width="14%"><font color="${C}">AMOUNT</font></th>
</tr>
</thead>
<tbody>
${L.map((l) => `<tr><td>${esc(l.sku)}</td><td>${esc(l.desc)}</td><td align="center">${l.rate ? 'T' : ''}</td><td align="right">${fmtQty(l.qty, S)}</td><td align="right">${fmt(l.unit, S)}</td><td align="right">${fmt(l.amount, S)}</td></tr>`).join('\n')}
</tbody>
</table>
<hr>
<table width="100%" cellpadding="3" cellspacing="0">
<tr>
<td width="55%" valign="top" rowspan="5"><font color="#666666">Thank you for your business! Please include the invoice number with your payment.<br>
Checks payable to ${esc(seller.name)}.<br>ACH: First Business Bank, routing 075911742, account 0041327755.<br>
Hardware is subject to Wisconsin sales tax (5% state + 0.5% Dane County). Labor and services are not taxable.</font></td>
<td width="25%" align="right">SUBTOTAL</td><td width="20%" align="right">${fmt(net, S)}</td></tr>
<tr><td align="right">TAXABLE</td><td align="right">${fmt(taxable, S)}</td></tr>
<tr><td align="right">SALES TAX (5.5%)</td><td align="right">${fmt(tax, S)}</td></tr>
<tr><td align="right">TOTAL</td><td align="right">${fmt(total, S)}</td></tr>
<tr><td align="right"><b>BALANCE DUE</b></td><td align="right"><font size="4"><b>$${fmt(total, S)}</b></font></td></tr>
</table>
` + END;
  const expected = {
    invoiceNumber: number, issueDate: issue, dueDate: due, currency: 'USD',
    seller: party(seller), buyer: party(buyer),
    subtotal: dec(net), taxTotal: dec(tax), total: dec(total), amountDue: dec(total),
    lineItems: L.map(gtLine), source: 'text',
  };
  const checks = [number, dnum(issue, 'mdy/'), dnum(due, 'mdy/'), ...partyChecks(seller), ...partyChecks(buyer),
    ...L.flatMap((l) => [l.desc, fmtQty(l.qty, S), fmt(l.unit, S), fmt(l.amount, S)]),
    fmt(net, S), fmt(tax, S), fmt(total, S), `$${fmt(total, S)}`];
  return { name: 'us-lakeside-it-sales-tax', html, expected, checks };
});

// ---------------------------------------------------------------------------
// 3. Germany — 35 items over two pages, 7 % + 19 % MwSt., DIN-5008 letter,
//    meta as a label/value table on the right
// ---------------------------------------------------------------------------
invoices.push(() => {
  const S = 'de';
  const seller = {
    name: 'Frischdienst Rheinland GmbH',
    vatId: `DE${deVatCheck('28746193')}`,
    address: ['Industriestraße 42', '50829 Köln'],
    email: 'buchhaltung@frischdienst-rheinland.de',
  };
  const buyer = {
    name: 'Restaurant Zur Alten Mühle',
    vatId: null,
    address: ['Mühlenweg 7', '51465 Bergisch Gladbach'],
    email: null,
  };
  const number = 'RE-2025-03118';
  const issue = '2025-03-04';
  const service = '2025-02-28';
  const due = '2025-03-18';
  const R = (sku, desc, qty, unit, price, rate) => ({ sku, desc, qty, unitName: unit, price, rate });
  const { lines: L, net, tax, taxes } = compute([
    R('10015', 'Kartoffeln festkochend, 12,5-kg-Sack', '4', 'Sack', '14.90', 'r'),
    R('10022', 'Zwiebeln gelb, 10-kg-Sack', '2', 'Sack', '9.80', 'r'),
    R('10031', 'Karotten, Kiste 10 kg', '2', 'Kiste', '11.20', 'r'),
    R('10047', 'Rispentomaten', '6', 'kg', '3.45', 'r'),
    R('10052', 'Salatgurken', '12', 'Stk', '0.69', 'r'),
    R('10068', 'Eisbergsalat', '10', 'Stk', '1.15', 'r'),
    R('10073', 'Champignons braun', '4', 'kg', '5.90', 'r'),
    R('10089', 'Zitronen', '3', 'kg', '2.95', 'r'),
    R('20114', 'Rinderhüfte, Pistolenware', '8.4', 'kg', '24.90', 'r'),
    R('20121', 'Schweinerücken ohne Knochen', '6.2', 'kg', '9.85', 'r'),
    R('20137', 'Hähnchenbrustfilet', '10', 'kg', '11.40', 'r'),
    R('20145', 'Lachsfilet mit Haut, TK', '5', 'kg', '21.80', 'r'),
    R('30210', 'Vollmilch 3,5 % Fett, 1 l', '24', 'Pck', '1.09', 'r'),
    R('30226', 'Schlagsahne 30 % Fett, 1 l', '12', 'Pck', '3.79', 'r'),
    R('30231', 'Deutsche Markenbutter, 250 g', '20', 'Stk', '2.29', 'r'),
    R('30248', 'Gouda mittelalt, am Stück', '3.5', 'kg', '10.90', 'r'),
    R('30253', 'Eier Freilandhaltung, Größe M, 180 Stk', '1', 'Krt', '46.80', 'r'),
    R('40310', 'Weizenmehl Type 405, 25 kg', '1', 'Sack', '18.90', 'r'),
    R('40325', 'Spaghetti, 5 kg', '3', 'Pck', '9.60', 'r'),
    R('40332', 'Basmatireis, 5 kg', '2', 'Pck', '12.40', 'r'),
    R('40348', 'Olivenöl extra vergine, 5 l', '2', 'Kan', '34.50', 'r'),
    R('40351', 'Rapsöl, 10 l', '1', 'Kan', '21.90', 'r'),
    R('40367', 'Tomaten gehackt, Dose 2,5 kg', '6', 'Dose', '3.85', 'r'),
    R('40374', 'Kaffeebohnen Crema, 1 kg', '4', 'Pck', '16.90', 'r'),
    R('50410', 'Mineralwasser medium, Kasten 12 x 0,75 l', '10', 'Kasten', '7.80', 's'),
    R('50427', 'Apfelschorle, Kasten 24 x 0,2 l', '4', 'Kasten', '13.20', 's'),
    R('50433', 'Cola, Kasten 24 x 0,2 l', '4', 'Kasten', '15.60', 's'),
    R('60510', 'Servietten 3-lagig, 40 x 40 cm, 1000 Stk', '2', 'Krt', '27.50', 's'),
    R('60526', 'Alufolie 45 cm, 150 m', '2', 'Rolle', '19.95', 's'),
    R('60532', 'Frischhaltefolie 45 cm, 300 m', '2', 'Rolle', '12.40', 's'),
    R('60547', 'Müllbeutel 120 l, 250 Stk', '1', 'Krt', '31.90', 's'),
    R('60553', 'Spülmaschinentabs, 200 Stk', '1', 'Eimer', '44.50', 's'),
    R('60568', 'Handspülmittel, 10 l', '1', 'Kan', '17.80', 's'),
    R('60574', 'Einweghandschuhe Nitril, Gr. L, 100 Stk', '5', 'Box', '6.95', 's'),
    R('99000', 'Lieferpauschale', '1', 'psch', '12.50', 's'),
  ], { r: { num: 7, den: 100 }, s: { num: 19, den: 100 } });
  const total = net + tax;
  const t7 = taxes.find((t) => t.key === 'r');
  const t19 = taxes.find((t) => t.key === 's');
  const C = '#8b1e2d';
  const eur = (c) => `${fmt(c, S)} €`;
  const html = head(`Rechnung ${number}`, { lang: 'de', margin: '1.2cm 1.5cm 1.2cm 2.2cm', size: '9pt' }) + `
<div title="header">
<table width="100%" cellpadding="0" cellspacing="0"><tr>
<td valign="top"><font size="5" color="${C}"><b>FRISCHDIENST</b></font><font size="5"><b> RHEINLAND</b></font><br><font size="2" color="#666666">Gastronomie-Großhandel · Frische · Tiefkühl · Non-Food</font></td>
<td align="right" valign="top"><font size="1" color="#666666">Industriestraße 42 · 50829 Köln<br>Telefon 0221 5498-30 · ${esc(seller.email)}</font></td>
</tr></table>
<hr>
</div>
<table width="100%" cellpadding="0" cellspacing="0">
<tr>
<td width="58%" valign="top">
<font size="1"><u>Frischdienst Rheinland GmbH · Industriestraße 42 · 50829 Köln</u></font><br><br>
${esc(buyer.name)}<br>Inh. Markus Weber<br>${lines(buyer.address)}
</td>
<td width="42%" valign="top">
<table width="100%" cellpadding="1" cellspacing="0">
<tr><td>Rechnungsnummer:</td><td align="right">${number}</td></tr>
<tr><td>Kundennummer:</td><td align="right">10377</td></tr>
<tr><td>Rechnungsdatum:</td><td align="right">${dnum(issue, 'dmy.')}</td></tr>
<tr><td>Leistungsdatum:</td><td align="right">${dnum(service, 'dmy.')}</td></tr>
<tr><td>Lieferschein:</td><td align="right">LS-884217</td></tr>
<tr><td><b>Zahlbar bis:</b></td><td align="right"><b>${dnum(due, 'dmy.')}</b></td></tr>
<tr><td>Ansprechpartner:</td><td align="right">Jana Schulte</td></tr>
</table>
</td>
</tr>
</table>
<p>&nbsp;</p>
<p><font size="4"><b>Rechnung Nr. ${number}</b></font></p>
<p>Sehr geehrte Damen und Herren,<br>für unsere Lieferung vom ${dnum(service, 'dmy.')} erlauben wir uns, Ihnen Folgendes zu berechnen:</p>
<table width="100%" cellpadding="3" cellspacing="0" style="border-collapse: collapse">
<thead>
<tr bgcolor="${C}">
<th align="left" width="5%"><font color="#ffffff">Pos.</font></th>
<th align="left" width="8%"><font color="#ffffff">Art.-Nr.</font></th>
<th align="left" width="40%"><font color="#ffffff">Bezeichnung</font></th>
<th align="right" width="7%"><font color="#ffffff">Menge</font></th>
<th align="left" width="8%"><font color="#ffffff">Einheit</font></th>
<th align="right" width="11%"><font color="#ffffff">Einzelpreis</font></th>
<th align="right" width="7%"><font color="#ffffff">MwSt.</font></th>
<th align="right" width="14%"><font color="#ffffff">Gesamtpreis</font></th>
</tr>
</thead>
<tbody>
${L.map((l, i) => `<tr${i % 2 ? ' bgcolor="#f6eced"' : ''}><td>${i + 1}</td><td>${l.sku}</td><td>${esc(l.desc)}</td><td align="right">${fmtQty(l.qty, S)}</td><td>${l.unitName}</td><td align="right">${fmt(l.unit, S)}</td><td align="right">${l.rate === 'r' ? '7 %' : '19 %'}</td><td align="right">${fmt(l.amount, S)}</td></tr>`).join('\n')}
</tbody>
</table>
<p>&nbsp;</p>
<table width="100%" cellpadding="2" cellspacing="0">
<tr><td width="45%"></td><td width="35%">Summe netto</td><td width="20%" align="right">${eur(net)}</td></tr>
<tr><td></td><td>zzgl. 7 % MwSt. auf ${eur(t7.base)}</td><td align="right">${eur(t7.tax)}</td></tr>
<tr><td></td><td>zzgl. 19 % MwSt. auf ${eur(t19.base)}</td><td align="right">${eur(t19.tax)}</td></tr>
<tr><td></td><td bgcolor="#f6eced"><b>Rechnungsbetrag</b></td><td align="right" bgcolor="#f6eced"><b>${eur(total)}</b></td></tr>
</table>
<p>Bitte überweisen Sie den Rechnungsbetrag ohne Abzug bis zum ${dnum(due, 'dmy.')} unter Angabe der Rechnungsnummer auf unser unten genanntes Konto.<br>Die Ware bleibt bis zur vollständigen Bezahlung unser Eigentum.</p>
<p>Mit freundlichen Grüßen<br>Frischdienst Rheinland GmbH</p>
<div title="footer">
<hr>
<table width="100%" cellpadding="0" cellspacing="0"><tr>
<td valign="top" width="33%"><font size="1">${esc(seller.name)}<br>Industriestraße 42<br>50829 Köln<br>${esc(seller.email)}</font></td>
<td valign="top" width="33%"><font size="1">Geschäftsführer: Thomas Brenner<br>Amtsgericht Köln HRB 81234<br>USt-IdNr.: ${seller.vatId}<br>Steuernr.: 217/5734/0921</font></td>
<td valign="top" width="34%"><font size="1">Sparkasse KölnBonn<br>IBAN: DE44 3705 0198 1934 5678 90<br>BIC: COLSDE33XXX</font></td>
</tr></table>
</div>
` + END;
  const expected = {
    invoiceNumber: number, issueDate: issue, dueDate: due, currency: 'EUR',
    seller: party(seller), buyer: party(buyer),
    subtotal: dec(net), taxTotal: dec(tax), total: dec(total), amountDue: null,
    lineItems: L.map(gtLine), source: 'text',
  };
  const checks = [number, dnum(issue, 'dmy.'), dnum(due, 'dmy.'), ...partyChecks(seller), ...partyChecks(buyer),
    ...L.flatMap((l) => [l.desc, fmtQty(l.qty, S), fmt(l.unit, S), fmt(l.amount, S)]),
    eur(net), eur(t7.tax), eur(t19.tax), eur(total)];
  return { name: 'de-frischdienst-35-items-two-pages', html, expected, checks };
});

// ---------------------------------------------------------------------------
// 4. Austria — ATU, 20 % USt., meta in the header line, "Jänner", € before amount
// ---------------------------------------------------------------------------
invoices.push(() => {
  const S = 'de';
  const seller = {
    name: 'Tischlerei Huber GmbH',
    vatId: atUid('6391827'),
    address: ['Hauptstraße 18', '4600 Wels', 'Österreich'],
    email: 'office@tischlerei-huber.at',
  };
  const buyer = {
    name: 'Café Konditorei Lindner KG',
    vatId: atUid('5832771'),
    address: ['Stadtplatz 5', '4600 Wels'],
    email: null,
  };
  const number = '2025/0038';
  const issue = '2025-01-15';
  const due = '2025-01-29';
  const { lines: L, net, tax } = compute([
    { desc: 'Verkaufstheke Eiche massiv, 3,20 m, nach Maß gefertigt', qty: '1', u: 'Stk', price: '6480.00', rate: 'a' },
    { desc: 'Wandregal Eiche geölt, 28 cm tief', qty: '4', u: 'lfm', price: '185.00', rate: 'a' },
    { desc: 'Barhocker-Sitzflächen neu gepolstert und bezogen', qty: '6', u: 'Stk', price: '94.50', rate: 'a' },
    { desc: 'Montage vor Ort (2 Monteure)', qty: '14.5', u: 'Std', price: '58.00', rate: 'a' },
    { desc: 'Anlieferung und Entsorgung Altmaterial', qty: '1', u: 'psch', price: '260.00', rate: 'a' },
  ], { a: { num: 20, den: 100 } });
  const total = net + tax;
  const eur = (c) => `€ ${fmt(c, S)}`;
  const C = '#5d4037';
  const serif = "'Liberation Serif', 'Times New Roman', serif";
  const html = head(`Rechnung ${number}`, { lang: 'de-AT', font: serif, size: '10.5pt' }) + `
<p align="center"><font size="6" color="${C}"><b>TISCHLEREI HUBER</b></font><br>
<font size="2" color="${C}">Möbel · Innenausbau · Ladenbau — seit 1962</font></p>
<p align="center"><font size="2">${esc(seller.name)} · ${seller.address.join(' · ')} · Tel. 07242 45 318 · ${esc(seller.email)}</font></p>
<hr>
<p>&nbsp;</p>
<p>${esc(buyer.name)}<br>z. H. Frau Elisabeth Lindner<br>${lines(buyer.address)}<br>UID-Nr.: ${buyer.vatId}</p>
<p>&nbsp;</p>
<table width="100%" cellpadding="4" cellspacing="0"><tr bgcolor="#efebe9">
<td><font size="4"><b>RECHNUNG Nr. ${number} vom ${dword(issue, 'at')}</b></font></td>
</tr></table>
<p>Kundennummer: 2318 &nbsp;&nbsp;|&nbsp;&nbsp; Leistungszeitraum: 07. bis 10. Jänner 2025 &nbsp;&nbsp;|&nbsp;&nbsp; Auftrag: AB-2024/211</p>
<p>Sehr geehrte Frau Lindner,<br>wir bedanken uns für Ihren Auftrag und verrechnen wie folgt:</p>
<table width="100%" cellpadding="4" cellspacing="0" style="border-collapse: collapse">
<thead>
<tr bgcolor="${C}">
<th align="left" width="6%"><font color="#ffffff">Pos</font></th>
<th align="right" width="8%"><font color="#ffffff">Menge</font></th>
<th align="left" width="8%"><font color="#ffffff">Einh.</font></th>
<th align="left" width="46%"><font color="#ffffff">Bezeichnung</font></th>
<th align="right" width="15%"><font color="#ffffff">Einzelpreis</font></th>
<th align="right" width="17%"><font color="#ffffff">Gesamt</font></th>
</tr>
</thead>
<tbody>
${L.map((l, i) => `<tr><td>${i + 1}</td><td align="right">${fmtQty(l.qty, S)}</td><td>${l.u}</td><td>${esc(l.desc)}</td><td align="right">${eur(l.unit)}</td><td align="right">${eur(l.amount)}</td></tr>`).join('\n')}
</tbody>
</table>
<hr>
<table width="100%" cellpadding="3" cellspacing="0">
<tr><td width="55%"></td><td width="25%">Summe netto</td><td width="20%" align="right">${eur(net)}</td></tr>
<tr><td></td><td>zzgl. 20 % USt.</td><td align="right">${eur(tax)}</td></tr>
<tr><td></td><td style="border-top: 1pt solid #000000"><b>Rechnungsbetrag</b></td><td align="right" style="border-top: 1pt solid #000000"><b>${eur(total)}</b></td></tr>
</table>
<p>Zahlbar bis ${dword(due, 'at')} ohne Abzug.<br>Wir danken für Ihr Vertrauen und freuen uns auf die weitere Zusammenarbeit.</p>
<p>Mit freundlichen Grüßen<br><br>Josef Huber</p>
<div title="footer">
<p align="center"><font size="1">${esc(seller.name)} · Firmenbuch FN 284517 m, Landesgericht Wels · UID: ${seller.vatId}<br>
Raiffeisenbank Wels · IBAN AT48 3400 0000 0123 4567 · BIC RZOOAT2L</font></p>
</div>
` + END;
  const expected = {
    invoiceNumber: number, issueDate: issue, dueDate: due, currency: 'EUR',
    seller: party(seller), buyer: party(buyer),
    subtotal: dec(net), taxTotal: dec(tax), total: dec(total), amountDue: null,
    lineItems: L.map(gtLine), source: 'text',
  };
  const checks = [number, dword(issue, 'at'), dword(due, 'at'), ...partyChecks(seller), ...partyChecks(buyer),
    ...L.flatMap((l) => [l.desc, fmtQty(l.qty, S), eur(l.unit), eur(l.amount)]),
    eur(net), eur(tax), eur(total)];
  return { name: 'at-tischlerei-huber', html, expected, checks };
});

// ---------------------------------------------------------------------------
// 5. France — HT / TVA / TTC, 1 234,56 €, prepayment (acompte) → net à payer
// ---------------------------------------------------------------------------
invoices.push(() => {
  const S = 'fr';
  const seller = {
    name: 'Atelier Lumière SARL',
    vatId: frVat('812345678'),
    address: ['12 rue des Tanneurs', '69002 Lyon', 'France'],
    email: 'contact@atelier-lumiere.fr',
  };
  const buyer = {
    name: 'Hôtel Les Terrasses SAS',
    vatId: frVat('530998214'),
    address: ['8 quai Saint-Antoine', '69002 Lyon', 'France'],
    email: 'compta@hotel-lesterrasses.fr',
  };
  const number = 'F2025-0219';
  const issue = '2025-02-12';
  const due = '2025-03-14';
  const { lines: L, net, tax } = compute([
    { desc: "Étude d'éclairage et plans d'implantation", qty: '1', u: 'forfait', price: '1450.00', rate: 'n' },
    { desc: 'Suspension laiton « Opaline » Ø 45 cm', qty: '12', u: 'u', price: '386.00', rate: 'n' },
    { desc: 'Applique murale LED 3000 K, finition bronze', qty: '24', u: 'u', price: '119.90', rate: 'n' },
    { desc: 'Ruban LED 24 V IP44, au mètre', qty: '38', u: 'm', price: '21.50', rate: 'n' },
    { desc: 'Pose et raccordement', qty: '22', u: 'h', price: '55.00', rate: 'n' },
  ], { n: { num: 20, den: 100 } });
  const total = net + tax;
  const deposit = 400000;
  const due$ = total - deposit;
  const eur = (c) => `${fmt(c, S)}\u00a0€`;
  const C = '#b8860b';
  const html = head(`Facture ${number}`, { lang: 'fr', font: "'DejaVu Sans', sans-serif", size: '8.5pt' }) + `
<table width="100%" cellpadding="6" cellspacing="0">
<tr>
<td width="55%" valign="top" bgcolor="#1c1c1c"><font size="6" color="${C}"><b>ATELIER LUMIÈRE</b></font><br><font color="#ffffff">Conception &amp; installation d'éclairage</font></td>
<td width="45%" valign="top" bgcolor="#1c1c1c" align="right"><font size="6" color="#ffffff"><b>FACTURE</b></font></td>
</tr>
</table>
<p>&nbsp;</p>
<table width="100%" cellpadding="0" cellspacing="0">
<tr>
<td width="50%" valign="top">
<font color="${C}"><b>ÉMETTEUR</b></font><br>
<b>${esc(seller.name)}</b><br>${lines(seller.address)}<br>Tél. 04 78 92 11 35<br>${esc(seller.email)}<br>N° TVA : ${seller.vatId}
</td>
<td width="50%" valign="top">
<table width="100%" cellpadding="3" cellspacing="0">
<tr><td bgcolor="#f5efe0">N° de facture</td><td bgcolor="#f5efe0" align="right"><b>${number}</b></td></tr>
<tr><td>Date de facture</td><td align="right">${dword(issue, 'fr')}</td></tr>
<tr><td>Échéance</td><td align="right">${dword(due, 'fr')}</td></tr>
<tr><td>N° client</td><td align="right">CL-0457</td></tr>
<tr><td>Devis de référence</td><td align="right">D2024-118</td></tr>
</table>
</td>
</tr>
</table>
<p>&nbsp;</p>
<table width="100%" cellpadding="6" cellspacing="0" style="border: 1pt solid ${C}">
<tr><td><font color="${C}"><b>CLIENT</b></font><br><b>${esc(buyer.name)}</b><br>Service comptabilité<br>${lines(buyer.address)}<br>${esc(buyer.email)}<br>N° TVA : ${buyer.vatId}</td></tr>
</table>
<p>Objet : Rénovation de l'éclairage du restaurant et du salon, selon devis accepté D2024-118.</p>
<table width="100%" cellpadding="4" cellspacing="0" style="border-collapse: collapse">
<thead>
<tr bgcolor="${C}">
<th align="left" width="42%"><font color="#ffffff">Désignation</font></th>
<th align="right" width="7%"><font color="#ffffff">Qté</font></th>
<th align="left" width="9%"><font color="#ffffff">Unité</font></th>
<th align="right" width="14%"><font color="#ffffff">Prix unit. HT</font></th>
<th align="right" width="10%"><font color="#ffffff">TVA</font></th>
<th align="right" width="18%"><font color="#ffffff">Montant HT</font></th>
</tr>
</thead>
<tbody>
${L.map((l, i) => `<tr${i % 2 ? ' bgcolor="#faf6ec"' : ''}><td>${esc(l.desc)}</td><td align="right">${fmtQty(l.qty, S)}</td><td>${l.u}</td><td align="right">${eur(l.unit)}</td><td align="right">20\u00a0%</td><td align="right">${eur(l.amount)}</td></tr>`).join('\n')}
</tbody>
</table>
<p>&nbsp;</p>
<table width="100%" cellpadding="4" cellspacing="0">
<tr><td width="50%" rowspan="5" valign="top"><font size="1">Conditions de paiement : virement à 30 jours.<br>
Pénalités de retard : trois fois le taux d'intérêt légal.<br>Indemnité forfaitaire pour frais de recouvrement : 40\u00a0€.<br>Pas d'escompte pour paiement anticipé.</font></td>
<td width="30%">Total HT</td><td width="20%" align="right">${eur(net)}</td></tr>
<tr><td>TVA 20\u00a0%</td><td align="right">${eur(tax)}</td></tr>
<tr><td bgcolor="#f5efe0"><b>Total TTC</b></td><td bgcolor="#f5efe0" align="right"><b>${eur(total)}</b></td></tr>
<tr><td>Acompte versé le ${dnum('2025-01-20', 'dmy/')}</td><td align="right">-${eur(deposit)}</td></tr>
<tr><td bgcolor="${C}"><font color="#ffffff"><b>Net à payer</b></font></td><td bgcolor="${C}" align="right"><font color="#ffffff"><b>${eur(due$)}</b></font></td></tr>
</table>
<div title="footer">
<p align="center"><font size="1" color="#555555">${esc(seller.name)} au capital de 10\u00a0000\u00a0€ · RCS Lyon 812 345 678 · SIRET 812 345 678 00021 · APE 7410Z · TVA intracommunautaire ${seller.vatId}<br>
Banque Populaire Auvergne Rhône Alpes · IBAN FR76 1680 7000 1234 5678 9012 345 · BIC CCBPFRPPGRE</font></p>
</div>
` + END;
  const expected = {
    invoiceNumber: number, issueDate: issue, dueDate: due, currency: 'EUR',
    seller: party(seller), buyer: party(buyer),
    subtotal: dec(net), taxTotal: dec(tax), total: dec(total), amountDue: dec(due$),
    lineItems: L.map(gtLine), source: 'text',
  };
  const checks = [number, dword(issue, 'fr'), dword(due, 'fr'), ...partyChecks(seller), ...partyChecks(buyer),
    ...L.flatMap((l) => [l.desc, fmtQty(l.qty, S), eur(l.unit), eur(l.amount)]),
    eur(net), eur(tax), eur(total), eur(deposit), eur(due$)];
  return { name: 'fr-atelier-lumiere-acompte', html, expected, checks };
});

// ---------------------------------------------------------------------------
// 6. Belgium (Dutch) — BTW 6 % + 21 %, € before the amount, DD/MM/YYYY,
//    meta in a band of headed cells, BTW summary table
// ---------------------------------------------------------------------------
invoices.push(() => {
  const S = 'de';
  const bev = beVat('04781120');
  const seller = {
    name: 'De Letterzetter BV',
    vatId: `${bev.slice(0, 2)} ${bev.slice(2, 6)}.${bev.slice(6, 9)}.${bev.slice(9)}`,
    address: ['Kerkstraat 56', '9000 Gent'],
    email: 'facturatie@deletterzetter.be',
  };
  const bbv = beVat('04591238');
  const buyer = {
    name: 'Vrije Basisschool De Regenboog vzw',
    vatId: `${bbv.slice(0, 2)} ${bbv.slice(2, 6)}.${bbv.slice(6, 9)}.${bbv.slice(9)}`,
    address: ['Schoolstraat 3', '9050 Gentbrugge'],
    email: 'directie@deregenboog-gentbrugge.be',
  };
  const number = '2025/0412';
  const issue = '2025-03-03';
  const due = '2025-04-02';
  const { lines: L, net, tax, taxes } = compute([
    { desc: 'Leesboek "De Gorgels en het geheim van de gletsjer"', qty: '25', price: '16.99', rate: 'six' },
    { desc: 'Van Dale basisschoolwoordenboek', qty: '12', price: '29.95', rate: 'six' },
    { desc: 'De Grote Bosatlas, 56e editie', qty: '8', price: '24.50', rate: 'six' },
    { desc: 'Schriften A5 geruit 10 mm, pak van 10', qty: '30', price: '8.40', rate: 'tw' },
    { desc: 'Drukwerk affiches A2 schoolfeest, vierkleurendruk', qty: '40', price: '15.30', rate: 'tw' },
    { desc: 'Kopieerpapier A4 80 g, doos van 5 pakken', qty: '15', price: '23.80', rate: 'tw' },
  ], { six: { num: 6, den: 100 }, tw: { num: 21, den: 100 } });
  const total = net + tax;
  const eur = (c) => `€ ${fmt(c, S)}`;
  const t6 = taxes.find((t) => t.key === 'six');
  const t21 = taxes.find((t) => t.key === 'tw');
  const C = '#c62828';
  const html = head(`Factuur ${number}`, { lang: 'nl-BE', size: '9pt' }) + `
<table width="100%" cellpadding="0" cellspacing="0">
<tr>
<td width="50%" valign="top"><font size="6"><b>De Letterzetter</b></font><br><font color="${C}">boekhandel · drukkerij · kantoorartikelen</font><br><br>
<font size="2">${lines(seller.address)}<br>09 225 61 40<br>${esc(seller.email)}<br>BTW ${seller.vatId}</font></td>
<td width="50%" valign="top"><br><br><br>
<table width="100%" cellpadding="6" cellspacing="0" style="border: 0.5pt solid #999999"><tr><td>
<b>${esc(buyer.name)}</b><br>t.a.v. de directie<br>${lines(buyer.address)}<br>BTW ${buyer.vatId}<br>${esc(buyer.email)}
</td></tr></table>
</td>
</tr>
</table>
<p>&nbsp;</p>
<p><font size="5" color="${C}"><b>FACTUUR</b></font></p>
<table width="100%" cellpadding="4" cellspacing="0" style="border-collapse: collapse">
<tr bgcolor="#eeeeee"><td><b>Factuurnummer</b></td><td><b>Factuurdatum</b></td><td><b>Vervaldatum</b></td><td><b>Klantnummer</b></td><td><b>Uw referentie</b></td></tr>
<tr><td>${number}</td><td>${dnum(issue, 'dmy/')}</td><td>${dnum(due, 'dmy/')}</td><td>K00871</td><td>Bestelbon 14/2025</td></tr>
</table>
<p>&nbsp;</p>
<table width="100%" cellpadding="4" cellspacing="0" style="border-collapse: collapse">
<thead>
<tr bgcolor="${C}">
<th align="left" width="50%"><font color="#ffffff">Omschrijving</font></th>
<th align="right" width="9%"><font color="#ffffff">Aantal</font></th>
<th align="right" width="14%"><font color="#ffffff">Eenheidsprijs</font></th>
<th align="right" width="9%"><font color="#ffffff">BTW</font></th>
<th align="right" width="18%"><font color="#ffffff">Totaal excl. BTW</font></th>
</tr>
</thead>
<tbody>
${L.map((l) => `<tr><td style="border-bottom: 0.5pt solid #dddddd">${esc(l.desc)}</td><td align="right" style="border-bottom: 0.5pt solid #dddddd">${fmtQty(l.qty, S)}</td><td align="right" style="border-bottom: 0.5pt solid #dddddd">${eur(l.unit)}</td><td align="right" style="border-bottom: 0.5pt solid #dddddd">${l.rate === 'six' ? '6%' : '21%'}</td><td align="right" style="border-bottom: 0.5pt solid #dddddd">${eur(l.amount)}</td></tr>`).join('\n')}
</tbody>
</table>
<p>&nbsp;</p>
<table width="100%" cellpadding="3" cellspacing="0">
<tr>
<td width="52%" valign="top">
<table width="95%" cellpadding="3" cellspacing="0" style="border: 0.5pt solid #999999">
<tr bgcolor="#eeeeee"><td><b>BTW-tarief</b></td><td align="right"><b>Maatstaf van heffing</b></td><td align="right"><b>BTW</b></td></tr>
<tr><td>6%</td><td align="right">${eur(t6.base)}</td><td align="right">${eur(t6.tax)}</td></tr>
<tr><td>21%</td><td align="right">${eur(t21.base)}</td><td align="right">${eur(t21.tax)}</td></tr>
</table>
</td>
<td width="48%" valign="top">
<table width="100%" cellpadding="3" cellspacing="0">
<tr><td>Totaal excl. BTW</td><td align="right">${eur(net)}</td></tr>
<tr><td>Totaal BTW</td><td align="right">${eur(tax)}</td></tr>
<tr bgcolor="${C}"><td><font color="#ffffff"><b>Totaal incl. BTW</b></font></td><td align="right"><font color="#ffffff"><b>${eur(total)}</b></font></td></tr>
</table>
</td>
</tr>
</table>
<p>Gelieve te betalen vóór de vervaldatum op rekening BE71 0689 0412 7769 (BIC GKCCBEBB) met vermelding van de gestructureerde mededeling <b>+++090/9337/55493+++</b>.<br>
Op al onze facturen zijn onze algemene voorwaarden van toepassing.</p>
<div title="footer">
<hr>
<p align="center"><font size="1">${esc(seller.name)} · Kerkstraat 56, 9000 Gent · BTW ${seller.vatId} · RPR Gent, afdeling Gent · Belfius BE71 0689 0412 7769 · BIC GKCCBEBB</font></p>
</div>
` + END;
  const expected = {
    invoiceNumber: number, issueDate: issue, dueDate: due, currency: 'EUR',
    seller: party(seller), buyer: party(buyer),
    subtotal: dec(net), taxTotal: dec(tax), total: dec(total), amountDue: null,
    lineItems: L.map(gtLine), source: 'text',
  };
  const checks = [number, dnum(issue, 'dmy/'), dnum(due, 'dmy/'), ...partyChecks(seller), ...partyChecks(buyer),
    ...L.flatMap((l) => [l.desc, fmtQty(l.qty, S), eur(l.unit), eur(l.amount)]),
    eur(net), eur(t6.tax), eur(t21.tax), eur(tax), eur(total)];
  return { name: 'be-letterzetter-btw-6-21', html, expected, checks };
});

// ---------------------------------------------------------------------------
// 7. Spain — freelancer, IVA 21 % and IRPF retention −15 %:
//    total = base + IVA − IRPF; written dates
// ---------------------------------------------------------------------------
invoices.push(() => {
  const S = 'de';
  const seller = {
    name: 'Laura Méndez Ruiz',
    vatId: esNif('47382915'),
    address: ['Calle de Ponzano 48, 3º B', '28003 Madrid'],
    email: 'laura@mendeztraducciones.es',
  };
  const buyer = {
    name: 'Editorial Cierzo S.L.',
    vatId: esCif('B', '5012345'),
    address: ['Calle del Coso 112', '50001 Zaragoza'],
    email: 'administracion@editorialcierzo.es',
  };
  const number = '2025-017';
  const issue = '2025-04-07';
  const due = '2025-05-07';
  const { lines: L, net, tax } = compute([
    { desc: 'Traducción inglés-español del manuscrito «El último faro» (por cada mil palabras)', qty: '48.5', price: '75.00', rate: 'iva' },
    { desc: 'Revisión ortotipográfica de galeradas (horas)', qty: '12', price: '35.00', rate: 'iva' },
    { desc: 'Adaptación de textos de cubierta y solapas', qty: '1', price: '180.00', rate: 'iva' },
  ], { iva: { num: 21, den: 100 } });
  // IRPF retention is computed on the same base as IVA and subtracted.
  const irpfExact = pct(net, 15, 100);
  const total = net + tax - irpfExact;
  const eur = (c) => `${fmt(c, S)} €`;
  const C = '#00695c';
  const html = head(`Factura ${number}`, { lang: 'es', font: "'Liberation Sans', Arial, sans-serif", size: '10pt' }) + `
<table width="100%" cellpadding="0" cellspacing="0">
<tr>
<td width="60%" valign="top"><font size="5" color="${C}"><b>LAURA MÉNDEZ RUIZ</b></font><br><font color="#555555">Traducción y corrección editorial</font></td>
<td width="40%" valign="top" align="right"><font size="6" color="#999999">FACTURA</font></td>
</tr>
</table>
<hr>
<table width="100%" cellpadding="2" cellspacing="0">
<tr><td width="25%"><b>Nº de factura:</b></td><td width="75%">${number}</td></tr>
<tr><td><b>Fecha de expedición:</b></td><td>${dword(issue, 'es')}</td></tr>
<tr><td><b>Fecha de vencimiento:</b></td><td>${dword(due, 'es')}</td></tr>
</table>
<p>&nbsp;</p>
<table width="100%" cellpadding="6" cellspacing="0">
<tr>
<td width="50%" valign="top" bgcolor="#e0f2f1"><font color="${C}"><b>DATOS DEL EMISOR</b></font><br>
${esc(seller.name)}<br>NIF: ${seller.vatId}<br>${lines(seller.address)}<br>${esc(seller.email)}<br>Tel. 655 214 387</td>
<td width="50%" valign="top" bgcolor="#f5f5f5"><font color="${C}"><b>DATOS DEL CLIENTE</b></font><br>
${esc(buyer.name)}<br>CIF: ${buyer.vatId}<br>${lines(buyer.address)}<br>${esc(buyer.email)}</td>
</tr>
</table>
<p>&nbsp;</p>
<table width="100%" cellpadding="5" cellspacing="0" style="border-collapse: collapse">
<thead>
<tr bgcolor="${C}">
<th align="left" width="58%"><font color="#ffffff">Concepto</font></th>
<th align="right" width="12%"><font color="#ffffff">Cantidad</font></th>
<th align="right" width="14%"><font color="#ffffff">Precio unitario</font></th>
<th align="right" width="16%"><font color="#ffffff">Importe</font></th>
</tr>
</thead>
<tbody>
${L.map((l) => `<tr><td style="border-bottom: 0.5pt solid #b2dfdb">${esc(l.desc)}</td><td align="right" style="border-bottom: 0.5pt solid #b2dfdb">${fmtQty(l.qty, S)}</td><td align="right" style="border-bottom: 0.5pt solid #b2dfdb">${eur(l.unit)}</td><td align="right" style="border-bottom: 0.5pt solid #b2dfdb">${eur(l.amount)}</td></tr>`).join('\n')}
</tbody>
</table>
<p>&nbsp;</p>
<table width="100%" cellpadding="4" cellspacing="0">
<tr><td width="50%"></td><td width="30%">Base imponible</td><td width="20%" align="right">${eur(net)}</td></tr>
<tr><td></td><td>IVA (21 %)</td><td align="right">${eur(tax)}</td></tr>
<tr><td></td><td>Retención IRPF (-15 %)</td><td align="right">-${eur(irpfExact)}</td></tr>
<tr><td></td><td bgcolor="#e0f2f1"><b>TOTAL FACTURA</b></td><td bgcolor="#e0f2f1" align="right"><b>${eur(total)}</b></td></tr>
</table>
<p>&nbsp;</p>
<p><b>Forma de pago:</b> transferencia bancaria antes de la fecha de vencimiento.<br>
IBAN: ES76 2100 0418 4502 0005 1332 (CaixaBank) · Titular: ${esc(seller.name)}</p>
<div title="footer">
<p align="center"><font size="1" color="#777777">${esc(seller.name)} · NIF ${seller.vatId} · ${seller.address.join(', ')} · ${esc(seller.email)}<br>
En cumplimiento del RGPD, sus datos se tratarán únicamente para la gestión administrativa y contable de esta factura.</font></p>
</div>
` + END;
  const expected = {
    invoiceNumber: number, issueDate: issue, dueDate: due, currency: 'EUR',
    seller: party(seller), buyer: party(buyer),
    subtotal: dec(net), taxTotal: dec(tax), total: dec(total), amountDue: null,
    lineItems: L.map(gtLine), source: 'text',
  };
  const checks = [number, dword(issue, 'es'), dword(due, 'es'), ...partyChecks(seller), ...partyChecks(buyer),
    ...L.flatMap((l) => [l.desc, fmtQty(l.qty, S), eur(l.unit), eur(l.amount)]),
    eur(net), eur(tax), eur(irpfExact), eur(total)];
  return { name: 'es-autonoma-irpf', html, expected, checks };
});

// ---------------------------------------------------------------------------
// 8. Italy — IVA 22 %, discount row (sconto), Imponibile, Totale documento,
//    meta in a band of headed cells
// ---------------------------------------------------------------------------
invoices.push(() => {
  const S = 'de';
  const sPiva = itPiva('0283741037');
  const bPiva = itPiva('0391528120');
  const seller = {
    name: 'Officina Grafica Bernardi S.r.l.',
    vatId: `IT${sPiva}`,
    address: ['Via Giuseppe Mazzini 24', '40137 Bologna (BO)'],
    email: 'amministrazione@graficabernardi.it',
  };
  const buyer = {
    name: 'Studio Associato Ferri & Colombo',
    vatId: `IT${bPiva}`,
    address: ["Via dell'Indipendenza 60", '40121 Bologna (BO)'],
    email: null,
  };
  const number = '184/2025';
  const issue = '2025-02-28';
  const due = '2025-03-31';
  const { lines: L, net: gross } = compute([
    { code: 'BR-A4-8', desc: 'Brochure A4 8 pagine, carta patinata opaca 150 g', um: 'NR', qty: '500', price: '1.84', rate: null },
    { code: 'BV-STD', desc: 'Biglietti da visita 85x55 mm, 4 nominativi da 250', um: 'CF', qty: '4', price: '32.50', rate: null },
    { code: 'CT-A4', desc: 'Cartelline A4 con alette, stampa 4/0', um: 'NR', qty: '250', price: '2.36', rate: null },
    { code: 'RL-85', desc: 'Roll-up 85x200 cm con struttura e borsa', um: 'NR', qty: '2', price: '89.00', rate: null },
    { code: 'GR-ORE', desc: 'Progettazione grafica e impaginazione', um: 'ORE', qty: '6', price: '45.00', rate: null },
  ], {});
  const discount = pct(gross, 10, 100);
  const net = gross - discount;
  const tax = pct(net, 22, 100);
  const total = net + tax;
  const C = '#1a237e';
  const html = head(`Fattura ${number}`, { lang: 'it', font: "'Liberation Sans', Arial, sans-serif", size: '8.5pt' }) + `
<table width="100%" cellpadding="0" cellspacing="0">
<tr>
<td width="55%" valign="top"><font size="5" color="${C}"><b>OFFICINA GRAFICA BERNARDI</b></font><br>
${esc(seller.name)}<br>${lines(seller.address)}<br>Tel. 051 634 2210 · ${esc(seller.email)}<br>
P.IVA ${seller.vatId} · C.F. ${sPiva}</td>
<td width="45%" valign="top">
<table width="100%" cellpadding="6" cellspacing="0" style="border: 1pt solid ${C}"><tr><td>
<font size="1">Spett.le</font><br><b>${esc(buyer.name)}</b><br>${lines(buyer.address)}<br>P.IVA ${buyer.vatId}<br>Codice destinatario: M5UXCR1
</td></tr></table>
</td>
</tr>
</table>
<p>&nbsp;</p>
<table width="100%" cellpadding="3" cellspacing="0" style="border: 1pt solid ${C}">
<tr bgcolor="#e8eaf6"><td><font size="1">Tipo documento</font></td><td><font size="1">Numero</font></td><td><font size="1">Data</font></td><td><font size="1">Pagamento</font></td><td><font size="1">Scadenza</font></td></tr>
<tr><td><b>FATTURA</b></td><td><b>${number}</b></td><td><b>${dnum(issue, 'dmy/')}</b></td><td>Bonifico bancario 30 gg d.f.f.m.</td><td><b>${dnum(due, 'dmy/')}</b></td></tr>
</table>
<p>&nbsp;</p>
<table width="100%" cellpadding="3" cellspacing="0" style="border-collapse: collapse">
<thead>
<tr bgcolor="${C}">
<th align="left" width="10%"><font color="#ffffff">Codice</font></th>
<th align="left" width="44%"><font color="#ffffff">Descrizione</font></th>
<th align="center" width="6%"><font color="#ffffff">U.M.</font></th>
<th align="right" width="8%"><font color="#ffffff">Q.tà</font></th>
<th align="right" width="12%"><font color="#ffffff">Prezzo unitario</font></th>
<th align="right" width="13%"><font color="#ffffff">Importo</font></th>
<th align="center" width="7%"><font color="#ffffff">IVA</font></th>
</tr>
</thead>
<tbody>
${L.map((l, i) => `<tr${i % 2 ? ' bgcolor="#f5f6fb"' : ''}><td>${l.code}</td><td>${esc(l.desc)}</td><td align="center">${l.um}</td><td align="right">${fmtQty(l.qty, S)}</td><td align="right">${fmt(l.unit, S)}</td><td align="right">${fmt(l.amount, S)}</td><td align="center">22</td></tr>`).join('\n')}
</tbody>
</table>
<p>&nbsp;</p>
<table width="100%" cellpadding="3" cellspacing="0">
<tr>
<td width="50%" valign="top">
<table width="95%" cellpadding="3" cellspacing="0" style="border: 0.5pt solid #9fa8da">
<tr bgcolor="#e8eaf6"><td>Aliquota IVA</td><td align="right">Imponibile</td><td align="right">Imposta</td></tr>
<tr><td>22% - Aliquota ordinaria</td><td align="right">${fmt(net, S)}</td><td align="right">${fmt(tax, S)}</td></tr>
</table>
<br><font size="1">Coordinate bancarie: Banca di Bologna · IBAN IT60 X054 2811 1010 0000 0123 456</font>
</td>
<td width="50%" valign="top">
<table width="100%" cellpadding="3" cellspacing="0">
<tr><td>Totale merce</td><td align="right">€ ${fmt(gross, S)}</td></tr>
<tr><td>Sconto 10%</td><td align="right">-€ ${fmt(discount, S)}</td></tr>
<tr><td>Imponibile</td><td align="right">€ ${fmt(net, S)}</td></tr>
<tr><td>IVA 22%</td><td align="right">€ ${fmt(tax, S)}</td></tr>
<tr bgcolor="${C}"><td><font color="#ffffff"><b>Totale documento</b></font></td><td align="right"><font color="#ffffff"><b>€ ${fmt(total, S)}</b></font></td></tr>
</table>
</td>
</tr>
</table>
<div title="footer">
<p align="center"><font size="1" color="#555555">${esc(seller.name)} · Sede legale: Via Giuseppe Mazzini 24, 40137 Bologna · Capitale sociale € 20.000,00 i.v. · REA BO-471122 · P.IVA e C.F. ${sPiva}<br>
PEC: graficabernardi@pec.it · Copia di cortesia: l'originale è trasmesso tramite Sistema di Interscambio (SdI)</font></p>
</div>
` + END;
  const expected = {
    invoiceNumber: number, issueDate: issue, dueDate: due, currency: 'EUR',
    seller: party(seller), buyer: party(buyer),
    subtotal: dec(net), taxTotal: dec(tax), total: dec(total), amountDue: null,
    lineItems: L.map(gtLine), source: 'text',
  };
  const checks = [number, dnum(issue, 'dmy/'), dnum(due, 'dmy/'), ...partyChecks(seller), ...partyChecks(buyer),
    ...L.flatMap((l) => [l.desc, fmtQty(l.qty, S), fmt(l.unit, S), fmt(l.amount, S)]),
    `€ ${fmt(gross, S)}`, `€ ${fmt(discount, S)}`, `€ ${fmt(net, S)}`, `€ ${fmt(tax, S)}`, `€ ${fmt(total, S)}`];
  return { name: 'it-grafica-sconto', html, expected, checks };
});

// ---------------------------------------------------------------------------
// 9. Portugal — IVA 23 %, NIF, amounts with the code after ("1.234,56 EUR"),
//    meta in a right-hand box
// ---------------------------------------------------------------------------
invoices.push(() => {
  const S = 'de';
  const seller = {
    name: 'Lusoclima – Instalações Técnicas, Lda.',
    vatId: ptNif('50987654'),
    address: ['Rua de Santa Catarina 812', '4000-446 Porto', 'Portugal'],
    email: 'geral@lusoclima.pt',
  };
  const buyer = {
    name: 'Padaria Pastelaria Estrela do Norte, Lda.',
    vatId: ptNif('51443287'),
    address: ['Avenida da Boavista 1450', '4100-114 Porto'],
    email: null,
  };
  const number = 'FT 2025/312';
  const issue = '2025-03-18';
  const due = '2025-04-17';
  const { lines: L, net, tax } = compute([
    { ref: 'AC-12K', desc: 'Ar condicionado mural inverter 12000 BTU', qty: '2', un: 'UN', price: '689.00', rate: 'n' },
    { ref: 'KIT-INST', desc: 'Kit de instalação (tubagem de cobre 3 m, suportes)', qty: '2', un: 'UN', price: '74.50', rate: 'n' },
    { ref: 'MO-01', desc: 'Mão de obra – instalação e ensaio', qty: '9', un: 'H', price: '32.00', rate: 'n' },
    { ref: 'MAN-12', desc: 'Contrato de manutenção anual (1.º ano)', qty: '1', un: 'UN', price: '210.00', rate: 'n' },
  ], { n: { num: 23, den: 100 } });
  const total = net + tax;
  const e = (c) => `${fmt(c, S)} EUR`;
  const C = '#0277bd';
  const html = head(`Fatura ${number}`, { lang: 'pt', font: "'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif", size: '8.5pt' }) + `
<table width="100%" cellpadding="0" cellspacing="0">
<tr>
<td width="55%" valign="top"><font size="6" color="${C}"><b>LUSOCLIMA</b></font><br><font color="#555555">Climatização · Ventilação · Frio Comercial</font><br><br>
<b>${esc(seller.name)}</b><br>${lines(seller.address)}<br>Tel. 222 081 447 · ${esc(seller.email)}<br>NIF: ${seller.vatId}</td>
<td width="45%" valign="top">
<table width="100%" cellpadding="4" cellspacing="0" style="border: 1pt solid ${C}">
<tr bgcolor="${C}"><td colspan="2"><font color="#ffffff"><b>FATURA ${number}</b></font></td></tr>
<tr><td>Data de emissão</td><td align="right">${dnum(issue, 'dmy/')}</td></tr>
<tr><td>Data de vencimento</td><td align="right">${dnum(due, 'dmy/')}</td></tr>
<tr><td>Condições de pagamento</td><td align="right">30 dias</td></tr>
<tr><td>ATCUD</td><td align="right">JF8K3M9P-312</td></tr>
<tr><td colspan="2" align="right"><font size="1">Original</font></td></tr>
</table>
</td>
</tr>
</table>
<p>&nbsp;</p>
<table width="100%" cellpadding="0" cellspacing="0"><tr><td width="55%"></td><td width="45%">
Exmo.(s) Sr.(s)<br><b>${esc(buyer.name)}</b><br>${lines(buyer.address)}<br>NIF: ${buyer.vatId}
</td></tr></table>
<p>&nbsp;</p>
<table width="100%" cellpadding="4" cellspacing="0" style="border-collapse: collapse">
<thead>
<tr bgcolor="#e1f5fe">
<th align="left" width="10%">Ref.</th>
<th align="left" width="42%">Descrição</th>
<th align="right" width="7%">Qtd.</th>
<th align="center" width="6%">Un.</th>
<th align="right" width="12%">Preço Unit.</th>
<th align="right" width="7%">IVA</th>
<th align="right" width="16%">Total Líquido</th>
</tr>
</thead>
<tbody>
${L.map((l) => `<tr><td>${l.ref}</td><td>${esc(l.desc)}</td><td align="right">${fmtQty(l.qty, S)}</td><td align="center">${l.un}</td><td align="right">${fmt(l.unit, S)}</td><td align="right">23%</td><td align="right">${fmt(l.amount, S)}</td></tr>`).join('\n')}
</tbody>
</table>
<hr>
<table width="100%" cellpadding="3" cellspacing="0">
<tr>
<td width="50%" valign="top">
<b>Quadro resumo do IVA</b>
<table width="95%" cellpadding="3" cellspacing="0" style="border: 0.5pt solid #81d4fa">
<tr bgcolor="#e1f5fe"><td>Taxa</td><td align="right">Incidência</td><td align="right">Valor IVA</td></tr>
<tr><td>IVA 23%</td><td align="right">${fmt(net, S)}</td><td align="right">${fmt(tax, S)}</td></tr>
</table>
</td>
<td width="50%" valign="top">
<table width="100%" cellpadding="3" cellspacing="0">
<tr><td>Total Ilíquido</td><td align="right">${e(net)}</td></tr>
<tr><td>Total IVA</td><td align="right">${e(tax)}</td></tr>
<tr bgcolor="${C}"><td><font color="#ffffff"><b>Total do Documento</b></font></td><td align="right"><font color="#ffffff"><b>${e(total)}</b></font></td></tr>
</table>
</td>
</tr>
</table>
<p>Pagamento por transferência bancária para o IBAN PT50 0035 0651 0000 4821 5309 6 (Caixa Geral de Depósitos).<br>
Os bens/serviços foram colocados à disposição do adquirente na data do documento.</p>
<div title="footer">
<p align="center"><font size="1" color="#555555">${esc(seller.name)} · Capital social 50.000,00 EUR · Matrícula na C.R.C. do Porto e NIF ${seller.vatId}<br>
JF8K3M9P-312 · Processado por programa certificado n.º 2231/AT</font></p>
</div>
` + END;
  const expected = {
    invoiceNumber: number, issueDate: issue, dueDate: due, currency: 'EUR',
    seller: party(seller), buyer: party(buyer),
    subtotal: dec(net), taxTotal: dec(tax), total: dec(total), amountDue: null,
    lineItems: L.map(gtLine), source: 'text',
  };
  const checks = [number, dnum(issue, 'dmy/'), dnum(due, 'dmy/'), ...partyChecks(seller), ...partyChecks(buyer),
    ...L.flatMap((l) => [l.desc, fmtQty(l.qty, S), fmt(l.unit, S), fmt(l.amount, S)]),
    e(net), e(tax), e(total)];
  return { name: 'pt-lusoclima-iva-23', html, expected, checks };
});

// ---------------------------------------------------------------------------
// 10. Switzerland — CHF, 8.1 % MWST, 1'234.50, CHE-…MWST, written dates
// ---------------------------------------------------------------------------
invoices.push(() => {
  const S = 'ch';
  const seller = {
    name: 'Alpenblick Informatik AG',
    vatId: `${chUid('10932245')} MWST`,
    address: ['Bahnhofstrasse 21', '8001 Zürich'],
    email: 'rechnungen@alpenblick-informatik.ch',
  };
  const buyer = {
    name: 'Bäckerei Steiner GmbH',
    vatId: `${chUid('21547730')} MWST`,
    address: ['Seestrasse 14', '8800 Thalwil'],
    email: 'buero@baeckerei-steiner.ch',
  };
  const number = '25-0517';
  const issue = '2025-05-20';
  const due = '2025-06-19';
  const { lines: L, net, tax } = compute([
    { desc: 'Einrichtung Kassensystem inkl. Schulung Personal', qty: '1', u: 'Pauschal', price: '1450.00', rate: 'm' },
    { desc: 'Tablet-Kasse 10" inkl. Wandhalterung', qty: '2', u: 'Stk.', price: '689.00', rate: 'm' },
    { desc: 'Bondrucker Epson TM-m30III', qty: '2', u: 'Stk.', price: '279.50', rate: 'm' },
    { desc: 'Support und Fernwartung', qty: '3.5', u: 'Std.', price: '165.00', rate: 'm' },
    { desc: 'Softwarelizenz KassePro, Juni 2025 bis Mai 2026', qty: '12', u: 'Mt.', price: '39.90', rate: 'm' },
  ], { m: { num: 81, den: 1000 } });
  const total = net + tax;
  const chf = (c) => `CHF ${fmt(c, S)}`;
  const C = '#c0392b';
  const html = head(`Rechnung ${number}`, { lang: 'de-CH', size: '9.5pt' }) + `
<table width="100%" cellpadding="0" cellspacing="0">
<tr>
<td width="50%" valign="top"></td>
<td width="50%" valign="top" align="right"><font size="5" color="${C}"><b>ALPENBLICK</b></font><font size="5"> INFORMATIK</font><br>
<font size="2">${esc(seller.name)} · ${seller.address.join(' · ')}<br>044 211 48 90 · ${esc(seller.email)}</font></td>
</tr>
</table>
<p>&nbsp;</p>
<table width="100%" cellpadding="0" cellspacing="0">
<tr>
<td width="55%" valign="top"><br>${esc(buyer.name)}<br>Herr Daniel Steiner<br>${lines(buyer.address)}<br>${esc(buyer.email)}</td>
<td width="45%" valign="top"><br>Zürich, ${dword(issue, 'de')}</td>
</tr>
</table>
<p>&nbsp;</p>
<p><font size="4"><b>Rechnung Nr. ${number}</b></font></p>
<table width="60%" cellpadding="2" cellspacing="0">
<tr><td>Rechnungsdatum</td><td>${dword(issue, 'de')}</td></tr>
<tr><td>Kundennummer</td><td>K-2291</td></tr>
<tr><td>Zahlbar bis</td><td>${dword(due, 'de')}</td></tr>
<tr><td>Ihre MWST-Nr.</td><td>${buyer.vatId}</td></tr>
</table>
<p>&nbsp;</p>
<table width="100%" cellpadding="4" cellspacing="0" style="border-collapse: collapse">
<thead>
<tr bgcolor="#f2f2f2">
<th align="left" width="6%" style="border-bottom: 1.5pt solid ${C}">Pos.</th>
<th align="left" width="46%" style="border-bottom: 1.5pt solid ${C}">Beschreibung</th>
<th align="right" width="9%" style="border-bottom: 1.5pt solid ${C}">Menge</th>
<th align="center" width="10%" style="border-bottom: 1.5pt solid ${C}">Einheit</th>
<th align="right" width="13%" style="border-bottom: 1.5pt solid ${C}">Preis</th>
<th align="right" width="16%" style="border-bottom: 1.5pt solid ${C}">Total CHF</th>
</tr>
</thead>
<tbody>
${L.map((l, i) => `<tr><td>${i + 1}</td><td>${esc(l.desc)}</td><td align="right">${fmtQty(l.qty, S)}</td><td align="center">${l.u}</td><td align="right">${fmt(l.unit, S)}</td><td align="right">${fmt(l.amount, S)}</td></tr>`).join('\n')}
</tbody>
</table>
<p>&nbsp;</p>
<table width="100%" cellpadding="3" cellspacing="0">
<tr><td width="50%"></td><td width="28%">Zwischentotal</td><td width="22%" align="right">${chf(net)}</td></tr>
<tr><td></td><td>MWST 8.1 %</td><td align="right">${chf(tax)}</td></tr>
<tr><td></td><td style="border-top: 1pt solid #000000; border-bottom: 2pt double #000000"><b>Rechnungstotal</b></td><td align="right" style="border-top: 1pt solid #000000; border-bottom: 2pt double #000000"><b>${chf(total)}</b></td></tr>
</table>
<p>Zahlbar innert 30 Tagen netto, bis ${dword(due, 'de')}. Bitte verwenden Sie für die Zahlung die untenstehende Bankverbindung und geben Sie die Rechnungsnummer an.</p>
<p>Freundliche Grüsse<br>Alpenblick Informatik AG<br><br>Reto Bachmann</p>
<div title="footer">
<hr>
<p><font size="1">${esc(seller.name)} · ${seller.address.join(' · ')} · UID/MWST: ${seller.vatId}<br>
Zürcher Kantonalbank · IBAN CH93 0070 0110 0061 1600 2 · BIC ZKBKCHZZ80A · Handelsregister des Kantons Zürich</font></p>
</div>
` + END;
  const expected = {
    invoiceNumber: number, issueDate: issue, dueDate: due, currency: 'CHF',
    seller: party(seller), buyer: party(buyer),
    subtotal: dec(net), taxTotal: dec(tax), total: dec(total), amountDue: null,
    lineItems: L.map(gtLine), source: 'text',
  };
  const checks = [number, dword(issue, 'de'), dword(due, 'de'), ...partyChecks(seller), ...partyChecks(buyer),
    ...L.flatMap((l) => [l.desc, fmtQty(l.qty, S), fmt(l.unit, S), fmt(l.amount, S)]),
    chf(net), chf(tax), chf(total)];
  return { name: 'ch-alpenblick-mwst', html, expected, checks };
});

// ---------------------------------------------------------------------------
fs.mkdirSync(HTML_DIR, { recursive: true });
fs.mkdirSync(CHECK_DIR, { recursive: true });
fs.mkdirSync(OUT_DIR, { recursive: true });
for (const make of invoices) {
  const { name, html: raw, expected, checks } = make();
  // Writer's HTML import quirk: a cell whose content *starts* with a nested
  // table swallows that table into the previous cell. An empty paragraph in
  // front of the nested table avoids it.
  const html = raw.replace(/(<td[^>]*>)\n<table/g, '$1<p style="margin-top: 0; margin-bottom: 0"></p>\n<table');
  fs.writeFileSync(path.join(HTML_DIR, `${name}.html`), html);
  fs.writeFileSync(path.join(OUT_DIR, `${name}.pdf.expected.json`), `${JSON.stringify(expected, null, 2)}\n`);
  fs.writeFileSync(path.join(CHECK_DIR, `${name}.json`), `${JSON.stringify(checks, null, 2)}\n`);
  console.log(`${name}: subtotal ${expected.subtotal} tax ${expected.taxTotal} total ${expected.total} amountDue ${expected.amountDue} items ${expected.lineItems.length}`);
}
