#!/usr/bin/env node
'use strict';
// Generates the invoices-fresh held-out test set: 16 text-layer PDF invoices
// from small businesses in 16 countries, plus NAME.pdf.expected.json ground truth.
// Every invoice's data is kept once below; all amounts are computed in integer
// minor units (lib.compute) and both the PDF and the ground truth print them.
//
//   node scripts/invoices-fresh/generate.js [outDir]

const fs = require('fs');
const path = require('path');
const PDFDocument = require('pdfkit');
const { decStr, fmtDecString, DATE, ID, compute, groundTruth, Pen } = require('./lib');

const OUT = path.resolve(process.argv[2] || path.join(__dirname, '../../test/fixtures/invoices-fresh'));

// number/currency formatting bound to one invoice
function fmt(inv, c) {
  const L = inv.L;
  const num = v => fmtDecString(decStr(v, c.S), L, c.S === 1 ? 0 : 2);
  const money = v => L.pre ? L.sym + (L.sep || '') + num(v) : num(v) + (L.sep == null ? ' ' : L.sep) + L.sym;
  const qty = s => fmtDecString(s, L, inv.qtyDec);
  const rate = s => fmtDecString(s, L) + (L.pct || ' %');
  return { num, money, qty, rate, date: inv.D };
}

const INVOICES = [];
const add = inv => INVOICES.push(inv);

// =====================================================================
// 1. United Kingdom — English, GBP (£), VAT 20 %, "30 days net" only
// =====================================================================
const GB_VAT = 'GB' + ID.gb('2941873');
add({
  file: 'gb-bristol-joinery-invoice.pdf', country: 'United Kingdom', lang: 'en-GB',
  currency: 'GBP', L: { dec: '.', thou: ',', sym: '£', pre: true, sep: '', pct: '%' }, D: DATE.enLong,
  number: 'HJ-2026-0187', issue: '2026-03-12', due: null,
  seller: { name: 'Harbourside Joinery Ltd', vatId: GB_VAT, addr: ['Unit 7, Feeder Road Trade Park', 'Bristol', 'BS2 0SB'], email: 'accounts@harboursidejoinery.co.uk' },
  buyer: { name: 'Clifton Vale Lettings Ltd', vatId: null, addr: ['3 Royal York Crescent', 'Bristol', 'BS8 4JZ'], email: null },
  lines: [
    { desc: 'Supply and fit FD30 oak-veneered fire doors to communal landings, including intumescent strips, smoke seals and overhead closers', qty: '3', price: '412.00', rate: '20' },
    { desc: 'Ease and adjust sash windows, renew sash cords and parting beads (flats 2, 4 and 5)', qty: '5', price: '68.50', rate: '20' },
    { desc: 'Carpenter labour, making good to door frames and skirting', qty: '14.5', price: '38.00', rate: '20' },
    { desc: 'Materials: softwood, fixings, filler and consumables', qty: '1', price: '126.40', rate: '20' },
  ],
  draw(P, inv, c, F) {
    const s = inv.seller, b = inv.buyer;
    P.font('ls', 9);
    P.t('INVOICE', 48, 52, { font: 'lsB', size: 28, color: '#1f4e3d', cs: 2 });
    let y = P.t(s.name, 340, 50, { font: 'lsB', size: 12, w: 210, align: 'right' });
    y = P.lines([...s.addr, 'Tel 0117 496 0321', s.email, 'VAT Reg No: ' + s.vatId], 340, y + 2, { w: 210, align: 'right', size: 8.5 });
    P.t('Invoice to', 48, 150, { font: 'lsB', size: 8, color: '#1f4e3d' });
    P.lines([b.name, ...b.addr], 48, 163, { size: 10 });
    P.kv([
      ['Invoice number', inv.number], ['Invoice date', F.date(inv.issue)], ['Tax point', F.date(inv.issue)],
      ['Your order ref.', 'PO 4471 / Mrs K. Ahmed'], ['Payment terms', '30 days net'],
    ], 330, 150, { lw: 95, vw: 125, size: 9, labelColor: '#555555', gap: 3 });
    P.rule(48, 240, 547, { lw: 1.5, color: '#1f4e3d' });
    y = P.table({
      x: 48, y: 250, size: 9, font: 'ls', fontB: 'lsB', bottom: 760, pad: 4, rowRule: 0.3, headRule: 0.8,
      cols: [
        { h: 'Description', w: 250, v: l => l.desc },
        { h: 'Qty', w: 45, a: 'right', v: l => F.qty(l.qty) },
        { h: 'Unit price', w: 70, a: 'right', v: l => F.money(l.p) },
        { h: 'VAT', w: 50, a: 'right', v: l => F.rate(l.rate) },
        { h: 'Amount', w: 84, a: 'right', v: l => F.money(l.amt) },
      ], rows: c.lines,
    });
    y = P.kv([
      ['Subtotal', F.money(c.subtotal)],
      ['VAT at 20%', F.money(c.tax)],
      ['Total (GBP)', F.money(c.total), { bold: true, size: 11, lineAbove: 1 }],
    ], 367, y + 14, { lw: 100, vw: 80, size: 9.5, fontB: 'lsB', gap: 5 });
    P.t('Payment terms: 30 days net. Please pay by BACS to Harbourside Joinery Ltd, sort code 30-94-57, account 41829377, quoting the invoice number as reference.', 48, y + 30, { w: 499, size: 8.5 });
    P.rule(48, 790, 547, { lw: 0.4 });
    P.t('Harbourside Joinery Ltd · Registered in England and Wales, company no. 08412356 · Registered office: Unit 7, Feeder Road Trade Park, Bristol BS2 0SB', 48, 796, { w: 499, size: 7, align: 'center', color: '#555555' });
  },
});

// =====================================================================
// 2. United States — English, USD ($), sales tax on taxable lines, 2 pages
// =====================================================================
const usParts = [
  ['RTU-PM', 'Preventive maintenance, rooftop unit RTU-1 (Carrier 48TC, 7.5 ton): coils, belts, drains, controls check', '1', '185.00', false],
  ['RTU-PM', 'Preventive maintenance, rooftop unit RTU-2 (Carrier 48TC, 5 ton)', '1', '165.00', false],
  ['FLT-20252', 'Pleated filter MERV 13, 20x25x2', '12', '9.85', true],
  ['FLT-16252', 'Pleated filter MERV 13, 16x25x2', '8', '8.60', true],
  ['BLT-A42', 'V-belt A42, blower drive', '2', '14.75', true],
  ['BLT-A38', 'V-belt A38, condenser fan', '1', '13.90', true],
  ['CAP-4575', 'Dual run capacitor 45/5 MFD 440 V', '1', '38.50', true],
  ['CNT-240', 'Contactor 2-pole 40 A, 24 V coil', '1', '46.20', true],
  ['LAB-REG', 'Service technician labor, regular hours', '6.5', '112.00', false],
  ['LAB-HLP', 'Apprentice labor, regular hours', '4', '68.00', false],
  ['REF-410', 'Refrigerant R-410A (lb), leak repaired at service valve', '3.5', '42.00', true],
  ['LKD-01', 'Electronic leak detection and repair, braze service valve', '1', '145.00', false],
  ['CND-CLN', 'Condenser coil cleaning solution, 1 gal', '2', '24.95', true],
  ['DRN-TAB', 'Condensate pan treatment tablets (box of 12)', '1', '18.40', true],
  ['WIC-PM', 'Walk-in cooler: clean evaporator, check defrost timer and door gaskets', '1', '140.00', false],
  ['GSK-3072', 'Door gasket, walk-in cooler, 30 x 72 in, magnetic', '1', '89.00', true],
  ['TMR-8145', 'Defrost timer 8145-20, 120 V', '1', '64.30', true],
  ['HOOD-INS', 'Make-up air unit inspection, burner and igniter test', '1', '120.00', false],
  ['IGN-HSI', 'Hot surface igniter, silicon nitride', '1', '52.80', true],
  ['TST-CO', 'Combustion analysis and CO test report', '1', '75.00', false],
  ['THR-PRO', 'Programmable thermostat, 7-day, commercial, installed', '2', '129.00', true],
  ['LAB-PRG', 'Thermostat programming to bakery schedule', '1', '55.00', false],
  ['MSC-FIT', 'Miscellaneous fittings, wire nuts, tape, tie wraps', '1', '22.60', true],
  ['TRP-CHG', 'Trip charge, Columbus service area', '2', '49.00', false],
  ['DSP-FLT', 'Disposal of used filters and refrigerant recovery cylinder fee', '1', '35.00', false],
  ['UV-LAMP', 'UV-C coil lamp replacement, 24 in', '2', '96.50', true],
];
add({
  file: 'us-columbus-hvac-invoice.pdf', country: 'United States (Ohio)', lang: 'en-US',
  currency: 'USD', L: { dec: '.', thou: ',', sym: '$', pre: true, sep: '', pct: '%' }, D: DATE.mdy, size: 'LETTER',
  number: '10482', issue: '2026-04-07', due: '2026-05-07',
  seller: { name: 'Buckeye Comfort Heating & Cooling LLC', vatId: null, addr: ['2210 Morse Rd', 'Columbus, OH 43229'], email: 'billing@buckeyecomfort.com' },
  buyer: { name: 'Short North Bakehouse Inc.', vatId: null, addr: ['871 N High St', 'Columbus, OH 43215'], email: 'ap@shortnorthbakehouse.com' },
  lines: usParts.map(([code, desc, qty, price, taxable]) => ({ code, desc, qty, price, rate: taxable ? '7.5' : '0', taxable })),
  draw(P, inv, c, F) {
    const s = inv.seller, b = inv.buyer, doc = P.doc;
    P.font('Helvetica', 9);
    P.rect(40, 40, 250, 34, { fill: '#7a1f1f' });
    P.t('BUCKEYE COMFORT', 50, 48, { font: 'Helvetica-Bold', size: 16, color: '#ffffff' });
    P.t(s.name, 40, 82, { font: 'Helvetica-Bold', size: 9.5 });
    P.lines([...s.addr, '(614) 555-0187  |  ' + s.email, 'Ohio HVAC contractor lic. #HV.48127'], 40, 95, { size: 8.5 });
    P.t('INVOICE', 400, 40, { font: 'Helvetica-Bold', size: 26, color: '#7a1f1f', w: 172, align: 'right' });
    const mx = 332, cw = [60, 60, 60, 60];
    const hdr = ['Invoice #', 'Date', 'Due Date', 'Terms'], val = [inv.number, F.date(inv.issue), F.date(inv.due), 'Net 30'];
    let x = mx;
    hdr.forEach((h, i) => { P.rect(x, 78, cw[i], 16, { fill: '#eeeeee', stroke: '#777' }); P.t(h, x, 82, { w: cw[i], align: 'center', font: 'Helvetica-Bold', size: 8 }); P.rect(x, 94, cw[i], 18, { stroke: '#777' }); P.t(val[i], x, 99, { w: cw[i], align: 'center', size: 8.5 }); x += cw[i]; });
    P.rect(40, 140, 250, 78, { stroke: '#777' }); P.rect(322, 140, 250, 78, { stroke: '#777' });
    P.t('Bill To', 48, 146, { font: 'Helvetica-Bold', size: 8.5 });
    P.lines([b.name, 'Attn: Accounts Payable', ...b.addr, b.email], 48, 160, { size: 9 });
    P.t('Service Location', 330, 146, { font: 'Helvetica-Bold', size: 8.5 });
    P.lines(['Short North Bakehouse - Production Kitchen', '1170 Chambers Rd', 'Columbus, OH 43212', 'Work order WO-2291, PO# SNB-0342'], 330, 160, { size: 9 });
    const cols = [
      { h: 'Item', w: 62, v: l => l.code, size: 8 },
      { h: 'Description', w: 240, v: l => l.desc },
      { h: 'Qty', w: 40, a: 'right', v: l => F.qty(l.qty) },
      { h: 'Rate', w: 70, a: 'right', v: l => F.num(l.p) },
      { h: 'Tax', w: 30, a: 'center', v: l => l.taxable ? 'T' : '' },
      { h: 'Amount', w: 90, a: 'right', v: l => F.num(l.amt) },
    ];
    let y = P.table({
      x: 40, y: 234, size: 8.5, font: 'Helvetica', fontB: 'Helvetica-Bold', bottom: 700, pad: 4, headFill: '#7a1f1f', headColor: '#ffffff', headRule: false, stripe: '#f3eded', cols, rows: c.lines,
      onNewPage: () => { P.t('Buckeye Comfort Heating & Cooling LLC  -  Invoice #' + inv.number + ' (continued)', 40, 40, { font: 'Helvetica-Bold', size: 10 }); return 62; },
    });
    const taxable = c.groups.find(g => g.rm > 0);
    if (y > 560) { doc.addPage(); P.t('Buckeye Comfort Heating & Cooling LLC  -  Invoice #' + inv.number + ' (continued)', 40, 40, { font: 'Helvetica-Bold', size: 10 }); y = 62; }
    P.t('T = taxable item. Labor and service charges are not subject to Ohio sales tax.', 40, y + 8, { size: 7.5, color: '#555' });
    y = P.kv([
      ['Subtotal', F.money(c.subtotal)],
      ['Taxable amount', F.money(taxable.base)],
      ['Sales Tax (Franklin Co. 7.5%)', F.money(c.tax)],
      ['Total', F.money(c.total), { bold: true }],
      ['Payments/Credits', F.money(0)],
      ['Balance Due', F.money(c.due), { bold: true, size: 11, fill: '#eeeeee' }],
    ], 362, y + 10, { lw: 130, vw: 80, size: 9, font: 'Helvetica', fontB: 'Helvetica-Bold', gap: 4 });
    P.t('Please make checks payable to Buckeye Comfort Heating & Cooling LLC or pay by ACH: Huntington National Bank, routing 044000024, account 01876543210. A 1.5% monthly finance charge applies to balances past due.', 40, y + 16, { w: 532, size: 8 });
    P.t('Thank you for your business!', 40, y + 46, { font: 'Helvetica-Oblique', size: 9 });
  },
  expectPages: 2, pageLabel: (i, n) => `Page ${i} of ${n}`, pageLabelPos: { x: 40, y: 760, w: 532, align: 'right', font: 'Helvetica', size: 8 },
});

// =====================================================================
// 3. Canada (Québec) — bilingual FR/EN, CAD, GST 5 % + QST 9.975 %
// =====================================================================
const CA_BN = ID.luhn('81734562');
add({
  file: 'ca-montreal-traiteur-facture-invoice.pdf', country: 'Canada (Québec)', lang: 'fr-CA / en-CA',
  currency: 'CAD', L: { dec: ',', thou: ' ', sym: '$', pre: false, sep: ' ', pct: ' %' }, D: DATE.iso, size: 'LETTER',
  number: 'F-2026-0419', issue: '2026-05-21', due: '2026-06-05',
  stacked: [{ name: 'TPS / GST', rate: '5' }, { name: 'TVQ / QST', rate: '9.975' }],
  seller: { name: 'Traiteur La Belle Assiette inc.', vatId: CA_BN + ' RT0001', addr: ['4520, rue Saint-Denis', 'Montréal (Québec) H2J 2L3'], email: 'info@labelleassiette.ca' },
  buyer: { name: 'Studio Mile-End Design inc.', vatId: null, addr: ['5445, avenue de Gaspé, bureau 610', 'Montréal (Québec) H2T 3B2'], email: 'comptes@studiomileend.ca' },
  lines: [
    { desc: 'Boîtes-repas corporatives — sandwich, salade, dessert\nCorporate lunch boxes — sandwich, salad, dessert', qty: '42', price: '18.75', rate: '0' },
    { desc: 'Plateau de fromages du Québec (20 pers.) / Québec cheese platter (serves 20)', qty: '3', price: '64.00', rate: '0' },
    { desc: 'Café équitable et thés, service pour 40 / Fair-trade coffee and teas, service for 40', qty: '1', price: '96.00', rate: '0' },
    { desc: 'Location de vaisselle et verrerie / Tableware and glassware rental', qty: '42', price: '2.25', rate: '0' },
    { desc: 'Service et livraison / Service and delivery', qty: '1', price: '85.00', rate: '0' },
  ],
  draw(P, inv, c, F) {
    const s = inv.seller, b = inv.buyer;
    P.font('no', 9);
    P.t(s.name, 36, 40, { font: 'noB', size: 17, w: 540, align: 'center', color: '#8a3b12' });
    P.t(s.addr.join(', ') + '  ·  514 555-0142  ·  ' + s.email, 36, 64, { w: 540, align: 'center', size: 8.5 });
    P.t('TPS/GST : ' + s.vatId + '   ·   TVQ/QST : 1221874563 TQ0001', 36, 77, { w: 540, align: 'center', size: 8.5 });
    P.rule(36, 96, 576, { lw: 1, color: '#8a3b12' });
    P.t('FACTURE / INVOICE', 36, 104, { w: 540, align: 'center', font: 'noB', size: 13, cs: 1 });
    P.t('Facturé à / Bill to', 40, 140, { font: 'noB', size: 8.5, color: '#8a3b12' });
    P.lines([b.name, ...b.addr, b.email], 40, 154, { size: 9.5 });
    P.kv([
      ['No de facture / Invoice no.', inv.number], ['Date', F.date(inv.issue)], ['Échéance / Due date', F.date(inv.due)],
      ['Bon de commande / PO', 'SMD-2026-77'], ['Événement / Event', '2026-05-20, lancement / launch'],
    ], 326, 140, { lw: 130, vw: 120, size: 8.5, labelColor: '#555', gap: 3 });
    let y = P.table({
      x: 40, y: 240, size: 9, font: 'no', fontB: 'noB', bottom: 700, pad: 4, headTopRule: 0.8, rowRule: 0.3, headSize: 8,
      cols: [
        { h: 'Qté\nQty', w: 45, a: 'right', v: l => F.qty(l.qty) },
        { h: 'Description', w: 305, v: l => l.desc },
        { h: 'Prix unitaire\nUnit price', w: 90, a: 'right', v: l => F.money(l.p) },
        { h: 'Montant\nAmount', w: 92, a: 'right', v: l => F.money(l.amt) },
      ], rows: c.lines,
    });
    y = P.kv([
      ['Sous-total / Subtotal', F.money(c.subtotal)],
      ['TPS / GST 5 %', F.money(c.taxes[0].amt)],
      ['TVQ / QST 9,975 %', F.money(c.taxes[1].amt)],
      ['Total des taxes / Total taxes', F.money(c.tax)],
      ['TOTAL (CAD)', F.money(c.total), { bold: true, size: 11, lineAbove: 1 }],
    ], 336, y + 12, { lw: 150, vw: 90, size: 9, fontB: 'noB', gap: 4 });
    P.t('Conditions : net 15 jours. Paiement par virement Interac à ' + s.email + ' ou par chèque à l’ordre de Traiteur La Belle Assiette inc.\nTerms: net 15 days. Payment by Interac e-Transfer to ' + s.email + ' or by cheque payable to Traiteur La Belle Assiette inc.', 40, y + 24, { w: 532, size: 8 });
    P.t('Merci! / Thank you!', 40, 740, { w: 532, align: 'center', font: 'noB', size: 9, color: '#8a3b12' });
  },
});

// =====================================================================
// 4. Australia — English, AUD ($), GST 10 %, GST-inclusive prices, GST-free items
// =====================================================================
const AU_ABN = ID.abn('638214907');
const AU_ABN_B = ID.abn('417305228');
const abnFmt = a => `${a.slice(0, 2)} ${a.slice(2, 5)} ${a.slice(5, 8)} ${a.slice(8)}`;
add({
  file: 'au-melbourne-coffee-tax-invoice.pdf', country: 'Australia', lang: 'en-AU',
  currency: 'AUD', L: { dec: '.', thou: ',', sym: '$', pre: true, sep: '', pct: '%' }, D: DATE.dmy('/'), gross: true,
  number: 'INV-20931', issue: '2026-08-14', due: '2026-08-28',
  seller: { name: 'Yarra Bean Roasters Pty Ltd', vatId: abnFmt(AU_ABN), addr: ['18 Cremorne Street', 'Richmond VIC 3121'], email: 'orders@yarrabean.com.au' },
  buyer: { name: 'Little Lonsdale Espresso Pty Ltd', vatId: abnFmt(AU_ABN_B), addr: ['Shop 2, 200 Little Lonsdale Street', 'Melbourne VIC 3000'], email: null },
  lines: [
    { desc: 'House Blend espresso beans 1 kg *', gtDesc: 'House Blend espresso beans 1 kg', qty: '12', price: '42.00', rate: '0' },
    { desc: 'Single origin Colombia Huila 1 kg *', gtDesc: 'Single origin Colombia Huila 1 kg', qty: '4', price: '54.00', rate: '0' },
    { desc: 'Takeaway cups 8 oz double wall, carton of 1000', qty: '2', price: '148.50', rate: '10' },
    { desc: 'Sip lids 8 oz, carton of 1000', qty: '2', price: '61.60', rate: '10' },
    { desc: 'Barista milk jug 600 ml, stainless', qty: '3', price: '32.95', rate: '10' },
    { desc: 'Grinder burr set replacement and calibration (on site)', qty: '1', price: '165.00', rate: '10' },
  ],
  draw(P, inv, c, F) {
    const s = inv.seller, b = inv.buyer;
    const teal = '#0f6b6b';
    P.font('ls', 9);
    P.t(s.name, 40, 44, { font: 'lsB', size: 17, color: teal });
    P.lines(['ABN ' + s.vatId, ...s.addr, s.email, '(03) 9428 1150'], 40, 68, { size: 9 });
    P.t('TAX INVOICE', 330, 44, { font: 'lsB', size: 22, w: 225, align: 'right' });
    P.kv([['Invoice Number', inv.number], ['Invoice Date', F.date(inv.issue)], ['Due Date', F.date(inv.due)], ['Reference', 'Weekly order 33']], 345, 78, { lw: 95, vw: 115, size: 9, fontB: 'lsB', labelFont: 'lsB', gap: 3 });
    P.t('BILL TO', 40, 160, { font: 'lsB', size: 8, color: teal });
    P.lines([b.name, 'ABN ' + b.vatId, ...b.addr], 40, 173, { size: 9.5 });
    let y = P.table({
      x: 40, y: 240, size: 9, font: 'ls', fontB: 'lsB', bottom: 740, pad: 5, headFill: teal, headColor: '#ffffff', headRule: false, rowRule: 0.3,
      cols: [
        { h: 'Description', w: 230, v: l => l.desc },
        { h: 'Quantity', w: 55, a: 'right', v: l => F.qty(l.qty) },
        { h: 'Unit Price (incl. GST)', w: 85, a: 'right', v: l => F.num(l.p) },
        { h: 'GST', w: 55, a: 'right', v: l => l.rate === '0' ? 'GST-free' : '10%' },
        { h: 'Amount AUD (incl. GST)', w: 90, a: 'right', v: l => F.num(l.amt) },
      ], rows: c.lines,
    });
    P.t('* GST-free item (basic food). All prices include GST where applicable.', 40, y + 6, { size: 8, color: '#555' });
    P.rect(330, y + 24, 225, 84, { stroke: teal, lw: 1 });
    P.kv([
      ['Total excl. GST', F.money(c.subtotal)],
      ['GST', F.money(c.tax)],
      ['Total incl. GST', F.money(c.total), { bold: true }],
      ['AMOUNT DUE AUD', F.money(c.due), { bold: true, size: 11 }],
    ], 340, y + 32, { lw: 110, vw: 95, size: 9.5, fontB: 'lsB', gap: 5 });
    P.t('How to pay', 40, y + 30, { font: 'lsB', size: 9 });
    P.lines(['Direct deposit: Yarra Bean Roasters Pty Ltd', 'BSB 063-182   Account 1047 2291', 'Reference: ' + inv.number, 'Due: ' + F.date(inv.due) + ' (14 days)'], 40, y + 44, { size: 8.5 });
  },
});

// =====================================================================
// 5. Switzerland — German, CHF, MWST 8.1 % and 2.6 %, window on the right
// =====================================================================
const CHE = ID.ch('11628171');
const cheFmt = u => `CHE-${u.slice(0, 3)}.${u.slice(3, 6)}.${u.slice(6)} MWST`;
add({
  file: 'ch-zuerich-baeckerei-rechnung.pdf', country: 'Switzerland', lang: 'de-CH',
  currency: 'CHF', L: { dec: '.', thou: "'", sym: 'CHF', pre: true, sep: ' ', pct: ' %' }, D: DATE.dmy('.'),
  number: '26-0318', issue: '2026-09-15', due: '2026-10-15',
  seller: { name: 'Bäckerei Sonnenberg AG', vatId: cheFmt(CHE), addr: ['Seefeldstrasse 88', '8008 Zürich'], email: 'bestellung@sonnenberg-beck.ch' },
  buyer: { name: 'Treuhand Kessler & Partner AG', vatId: null, addr: ['Bahnhofstrasse 31', '8001 Zürich'], email: null },
  lines: [
    { desc: 'Buttergipfeli', unit: 'Stk', qty: '240', price: '1.60', rate: '2.6' },
    { desc: 'Zopf 500 g', unit: 'Stk', qty: '36', price: '6.80', rate: '2.6' },
    { desc: 'Apéro-Platte «Sonnenberg» für 20 Personen\n(Canapés, Mini-Quiches, Fleischkäse-Brötli)', qty: '2', unit: 'Stk', price: '185.00', rate: '2.6' },
    { desc: 'Lieferung und Aufbau Apéro, 20.08.2026', unit: 'Std', qty: '3', price: '45.00', rate: '8.1' },
    { desc: 'Miete Kaffeemaschine inkl. Reinigung, August 2026', unit: 'Mt', qty: '1', price: '120.00', rate: '8.1' },
  ],
  draw(P, inv, c, F) {
    const s = inv.seller, b = inv.buyer;
    P.font('no', 9);
    P.t('Sonnenberg', 50, 42, { font: 'nsrB', size: 24, color: '#6b4a1b' });
    P.t('Bäckerei · Konditorei · Café', 52, 72, { size: 8.5, color: '#6b4a1b' });
    P.lines([s.name, ...s.addr, 'Tel. 044 381 22 40', s.email], 50, 94, { size: 8.5 });
    P.t(s.name + ', ' + s.addr.join(', '), 320, 134, { size: 6.5, underline: true, color: '#444' });
    P.lines([b.name, 'Buchhaltung', ...b.addr], 320, 150, { size: 10.5 });
    P.t('Rechnung', 50, 230, { font: 'noB', size: 16 });
    P.kv([['Rechnungsnummer', inv.number], ['Rechnungsdatum', F.date(inv.issue)], ['Kundennummer', 'K-1042'], ['Zahlbar bis', F.date(inv.due)]], 50, 256, { lw: 100, vw: 80, size: 9, valueAlign: 'left', gap: 2 });
    P.t('Sehr geehrte Damen und Herren\nFür unsere Lieferungen im August 2026 erlauben wir uns, Ihnen folgenden Betrag in Rechnung zu stellen:', 50, 320, { w: 495, size: 9 });
    let y = P.table({
      x: 50, y: 352, size: 9, font: 'no', fontB: 'noB', bottom: 740, pad: 4, headRule: 0.8, headTopRule: 0.8, rowRule: 0.3,
      cols: [
        { h: 'Pos.', w: 32, v: l => String(l.pos) },
        { h: 'Menge', w: 45, a: 'right', v: l => F.qty(l.qty) },
        { h: 'Einheit', w: 42, v: l => l.unit },
        { h: 'Bezeichnung', w: 196, v: l => l.desc },
        { h: 'Preis', w: 60, a: 'right', v: l => F.num(l.p) },
        { h: 'MWST', w: 42, a: 'right', v: l => F.rate(l.rate) },
        { h: 'Betrag CHF', w: 78, a: 'right', v: l => F.num(l.amt) },
      ], rows: c.lines,
    });
    const rows = [['Zwischentotal', F.num(c.subtotal)]];
    for (const g of c.groups) rows.push([`MWST ${F.rate(g.rate)} auf ${F.num(g.net)}`, F.num(g.tax)]);
    rows.push(['Total MWST', F.num(c.tax)]);
    rows.push(['Total CHF', F.num(c.total), { bold: true, size: 10.5, lineAbove: 1 }]);
    y = P.kv(rows, 295, y + 10, { lw: 170, vw: 80, size: 9, fontB: 'noB', gap: 3 });
    P.t('Zahlbar bis ' + F.date(inv.due) + ' rein netto. Bitte verwenden Sie den beiliegenden QR-Einzahlungsschein.\nZürcher Kantonalbank, IBAN ' + ID.iban('CH', '00700110004122837') + ' · Verwendungszweck: Rechnung ' + inv.number + '\nFreundliche Grüsse — Ihr Sonnenberg-Team', 50, y + 20, { w: 495, size: 8.5 });
    P.rule(50, 790, 545, { lw: 0.4 });
    P.t(s.name + ' · ' + s.addr.join(' · ') + ' · UID ' + s.vatId, 50, 796, { w: 495, size: 7, align: 'center', color: '#555' });
  },
});

// =====================================================================
// 6. Luxembourg — French, EUR (code), TVA 3 % and 17 %, sentence meta, deposit
// =====================================================================
const LU_A = 'LU' + ID.lu('274815'), LU_B = 'LU' + ID.lu('190356');
add({
  file: 'lu-librairie-facture-acompte.pdf', country: 'Luxembourg', lang: 'fr-LU',
  currency: 'EUR', L: { dec: ',', thou: '.', sym: 'EUR', pre: false, sep: ' ', pct: ' %' }, D: DATE.frLong,
  number: '2026-114', issue: '2026-06-18', due: '2026-07-18', deposit: '500.00',
  seller: { name: 'Librairie Alinéa S.à r.l.', vatId: LU_A, addr: ['12, Grand-Rue', 'L-1660 Luxembourg'], email: 'commandes@alinea.lu' },
  buyer: { name: 'Crèche Les Petits Lutins S.à r.l.', vatId: LU_B, addr: ['45, route d’Arlon', 'L-8009 Strassen'], email: null },
  lines: [
    { ref: '978-2-0812-4455-1', desc: 'Albums jeunesse, sélection « Premières lectures » (lot de 10 titres)', qty: '4', price: '112.50', rate: '3' },
    { ref: '978-2-2110-9907-3', desc: 'Imagiers cartonnés bilingues français–luxembourgeois', qty: '25', price: '14.90', rate: '3' },
    { ref: 'PAP-0331', desc: 'Papier dessin A3 120 g, ramette de 250 feuilles', qty: '6', price: '18.40', rate: '17' },
    { ref: 'JEU-7742', desc: 'Jeux éducatifs en bois (puzzle, boulier, formes)', qty: '8', price: '27.95', rate: '17' },
    { ref: 'SRV-01', desc: 'Équipement et plastification des livres', qty: '65', price: '1.20', rate: '17' },
  ],
  draw(P, inv, c, F) {
    const s = inv.seller, b = inv.buyer;
    P.font('lr', 10);
    P.rect(50, 42, 46, 46, { fill: '#2d3a63' });
    P.t('A', 50, 52, { font: 'lrB', size: 26, color: '#ffffff', w: 46, align: 'center' });
    P.t(s.name, 106, 44, { font: 'lrB', size: 15 });
    P.lines([s.addr.join(' – '), 'Tél. +352 22 47 19 · ' + s.email], 106, 64, { size: 9 });
    P.lines([b.name, 'À l’attention de Mme Sophie Reding', ...b.addr], 58, 148, { size: 11 });
    P.t('Luxembourg, le ' + F.date(inv.issue), 330, 148, { size: 10, w: 215, align: 'right' });
    P.t(`Facture n° ${inv.number} du ${F.date(inv.issue)}`, 50, 250, { font: 'lrB', size: 14 });
    P.t(`Votre commande du 28 mai 2026 – client n° C-0233 – votre n° TVA ${b.vatId}`, 50, 272, { size: 9.5, color: '#333' });
    let y = P.table({
      x: 50, y: 298, size: 9, font: 'lr', fontB: 'lrB', bottom: 740, pad: 4, headFill: '#dfe3ee', headRule: false, rowRule: 0.3,
      cols: [
        { h: 'Réf.', w: 88, v: l => l.ref, size: 8 },
        { h: 'Désignation', w: 190, v: l => l.desc },
        { h: 'Qté', w: 35, a: 'right', v: l => F.qty(l.qty) },
        { h: 'P.U. HT', w: 60, a: 'right', v: l => F.num(l.p) },
        { h: 'TVA', w: 42, a: 'right', v: l => F.rate(l.rate) },
        { h: 'Montant HT', w: 80, a: 'right', v: l => F.num(l.amt) },
      ], rows: c.lines,
    });
    const rows = [['Total HT', F.money(c.subtotal)]];
    for (const g of c.groups) rows.push([`TVA ${F.rate(g.rate)} sur ${F.num(g.net)}`, F.money(g.tax)]);
    rows.push(['Total TVA', F.money(c.tax)]);
    rows.push(['Total TTC', F.money(c.total), { bold: true, lineAbove: 0.8 }]);
    rows.push(['Acompte versé le 2 juin 2026', '– ' + F.money(c.deposit)]);
    rows.push(['Reste à payer', F.money(c.due), { bold: true, size: 11, fill: '#dfe3ee' }]);
    y = P.kv(rows, 300, y + 12, { lw: 150, vw: 95, size: 9.5, fontB: 'lrB', gap: 4 });
    P.t(`Nous vous remercions de bien vouloir régler le solde de ${F.money(c.due)} au plus tard le ${F.date(inv.due)} sur notre compte ${ID.iban('LU', '0019' + '175500214000')} (BCEELULL), en indiquant le numéro de facture.`, 50, y + 22, { w: 495, size: 9.5 });
    P.rule(50, 782, 545, { lw: 0.4 });
    P.t(`${s.name} · ${s.addr.join(', ')} · RCS Luxembourg B 214577 · TVA ${s.vatId} · Autorisation d’établissement n° 10084321/1`, 50, 788, { w: 495, size: 7, align: 'center', color: '#555' });
  },
});

// =====================================================================
// 7. Belgium — Dutch, EUR (€ prefix), BTW 21 % and 6 %, discount column
// =====================================================================
const BE_A = ID.be('04738215'), BE_B = ID.be('07163490');
const beFmt = n => `BE ${n.slice(0, 4)}.${n.slice(4, 7)}.${n.slice(7)}`;
add({
  file: 'be-gent-drukkerij-factuur.pdf', country: 'Belgium', lang: 'nl-BE',
  currency: 'EUR', L: { dec: ',', thou: '.', sym: '€', pre: true, sep: ' ', pct: ' %' }, D: DATE.dmy('/'),
  number: '2026/00731', issue: '2026-10-07', due: '2026-11-06',
  seller: { name: 'Drukkerij Vandenbroucke BV', vatId: beFmt(BE_A), addr: ['Brusselsesteenweg 412', '9050 Gentbrugge'], email: 'facturatie@drukkerijvdb.be' },
  buyer: { name: 'Brouwerij De Leiemeersen BV', vatId: beFmt(BE_B), addr: ['Leiekaai 18', '9000 Gent'], email: null },
  lines: [
    { desc: 'Etiketten "Leiemeersen Tripel" 33 cl, 4/0 op zelfklevend papier, per 1000 st.', qty: '20', price: '84.00', disc: '0', rate: '21' },
    { desc: 'Halsetiketten 33 cl, 2/0, per 1000 st.', qty: '20', price: '31.50', disc: '0', rate: '21' },
    { desc: 'Jubileumboek "25 jaar Leiemeersen"\n96 p., 21 x 28 cm, gebonden, 4/4', gtDesc: 'Jubileumboek "25 jaar Leiemeersen" 96 p., 21 x 28 cm, gebonden, 4/4', qty: '500', price: '14.80', disc: '5', rate: '6' },
    { desc: 'Bierviltjes 4/4, rond 107 mm, per 1000 st.', qty: '10', price: '46.00', disc: '10', rate: '21' },
    { desc: 'Prepress en drukproeven', qty: '1', price: '180.00', disc: '0', rate: '21' },
  ],
  draw(P, inv, c, F) {
    const s = inv.seller, b = inv.buyer;
    P.font('dvC', 9);
    P.t('Drukkerij', 50, 40, { font: 'dvC', size: 12, color: '#b8001f' });
    P.t('VANDENBROUCKE', 50, 54, { font: 'dvCB', size: 20, color: '#b8001f' });
    P.lines([s.name, ...s.addr, 'BTW ' + s.vatId, s.email, 'tel. 09 231 44 70'], 50, 82, { size: 8 });
    P.t('FACTUUR', 380, 42, { font: 'dvCB', size: 24, w: 165, align: 'right' });
    P.t(`${s.name} · ${s.addr.join(' · ')}`, 50, 160, { size: 6.5, color: '#555', underline: true });
    P.lines([b.name, 't.a.v. de boekhouding', ...b.addr], 50, 174, { size: 10.5 });
    // meta grid
    const mx = 330, rowsM = [['Factuurnummer', inv.number], ['Factuurdatum', F.date(inv.issue)], ['Vervaldatum', F.date(inv.due)], ['Klantnummer', '40218'], ['Uw BTW-nummer', b.vatId], ['Uw referentie', 'bestelbon 2026-118']];
    rowsM.forEach((r, i) => { const y = 156 + i * 16; P.rect(mx, y, 85, 16, { fill: '#f1f1f1', stroke: '#999' }); P.rect(mx + 85, y, 130, 16, { stroke: '#999' }); P.t(r[0], mx + 4, y + 4, { size: 7.5, font: 'dvCB' }); P.t(r[1], mx + 89, y + 4, { size: 8 }); });
    let y = P.table({
      x: 50, y: 276, size: 8.5, font: 'dvC', fontB: 'dvCB', bottom: 740, pad: 4, headBox: true, grid: true, gridColor: '#999', rowRule: 0.4, rowRuleColor: '#999',
      cols: [
        { h: 'Nr', w: 24, a: 'right', v: l => String(l.pos) },
        { h: 'Omschrijving', w: 185, v: l => l.desc },
        { h: 'Aantal', w: 40, a: 'right', v: l => F.qty(l.qty) },
        { h: 'Eenheids-\nprijs', w: 55, a: 'right', v: l => F.num(l.p) },
        { h: 'Korting', w: 42, a: 'right', v: l => l.disc === '0' ? '' : F.rate(l.disc) },
        { h: 'BTW', w: 38, a: 'right', v: l => F.rate(l.rate) },
        { h: 'Totaal excl. BTW', w: 111, a: 'right', v: l => F.money(l.amt) },
      ], rows: c.lines,
    });
    // VAT overview left, totals right
    let yl = y + 14;
    P.t('BTW-overzicht', 50, yl, { font: 'dvCB', size: 8.5 });
    yl += 14;
    const cw = [50, 80, 70]; const hx = [50, 100, 180];
    ['Tarief', 'Maatstaf', 'BTW'].forEach((h, i) => P.t(h, hx[i], yl, { w: cw[i], align: i ? 'right' : 'left', font: 'dvCB', size: 8 }));
    P.rule(50, yl + 11, 250, { lw: 0.5 }); yl += 14;
    for (const g of c.groups) { [F.rate(g.rate), F.money(g.net), F.money(g.tax)].forEach((v, i) => P.t(v, hx[i], yl, { w: cw[i], align: i ? 'right' : 'left', size: 8 })); yl += 12; }
    y = P.kv([
      ['Totaal excl. BTW', F.money(c.subtotal)], ['Totaal BTW', F.money(c.tax)],
      ['Te betalen', F.money(c.total), { bold: true, size: 11, fill: '#f1f1f1', lineAbove: 1 }],
    ], 330, y + 14, { lw: 110, vw: 105, size: 9, fontB: 'dvCB', gap: 5 });
    y = Math.max(y, yl) + 22;
    P.t(`Gelieve ${F.money(c.total)} te betalen vóór ${F.date(inv.due)} op rekening ${ID.iban('BE', '001' + '4720918' + '61')} (GEBABEBB) met de gestructureerde mededeling ${ID.beOgm('0007310412')}.`, 50, y, { w: 495, size: 8.5 });
    P.t('Op al onze facturen zijn onze algemene verkoopsvoorwaarden van toepassing. Bij laattijdige betaling is van rechtswege een verwijlintrest verschuldigd.', 50, y + 28, { w: 495, size: 7, color: '#555' });
  },
});

// =====================================================================
// 8. Austria — German, EUR, USt 10 % and 20 %, two pages with "Übertrag",
//    terms "14 Tagen" without a printed due date
// =====================================================================
const AT_A = 'ATU' + ID.at('7391284'), AT_B = 'ATU' + ID.at('6620517');
const atLines = [
  ['Begrüßungsgetränk Holunder-Prosecco', '120', 'Glas', '4.20', '20'],
  ['Alkoholfreier Hugo', '40', 'Glas', '3.60', '20'],
  ['Kürbiskernöl-Brötchen mit Verhackert', '160', 'Stk', '1.90', '10'],
  ['Mini-Backhendl mit Erdäpfel-Vogerlsalat', '160', 'Port.', '4.80', '10'],
  ['Steirische Käsetafel mit Trauben und Nüssen', '6', 'Platte', '68.00', '10'],
  ['Räucherforelle auf Kren-Creme, Schwarzbrot', '120', 'Stk', '2.70', '10'],
  ['Vorspeise: Steirischer Wurzelspeck mit Kren', '140', 'Port.', '7.40', '10'],
  ['Kürbiscremesuppe mit Kernöl', '140', 'Port.', '5.20', '10'],
  ['Hauptgang: Rindsschulter geschmort, Wurzelgemüse, Erdäpfelpüree', '95', 'Port.', '19.80', '10'],
  ['Hauptgang vegetarisch: Käferbohnen-Gulasch mit Polenta', '45', 'Port.', '15.60', '10'],
  ['Dessert: Apfelstrudel mit Vanillesauce', '140', 'Port.', '4.90', '10'],
  ['Kaffee und Tee nach dem Essen', '140', 'Pers.', '2.80', '20'],
  ['Mitternachtsimbiss: Käsekrainer mit Senf und Gebäck', '110', 'Port.', '4.50', '10'],
  ['Sauvignon Blanc Südsteiermark DAC, 0,75 l', '36', 'Fl.', '22.00', '20'],
  ['Blauer Zweigelt Vulkanland, 0,75 l', '28', 'Fl.', '24.50', '20'],
  ['Schilcher Sekt brut, 0,75 l', '12', 'Fl.', '29.00', '20'],
  ['Murauer Märzen vom Fass', '180', '0,5 l', '4.10', '20'],
  ['Mineralwasser prickelnd/still, 1 l', '90', 'Fl.', '3.20', '20'],
  ['Apfelsaft naturtrüb, 1 l', '40', 'Fl.', '4.40', '20'],
  ['Servicepersonal, 17.10.2026, 17:00–01:00', '48', 'Std', '32.00', '20'],
  ['Küchenchef vor Ort', '9', 'Std', '45.00', '20'],
  ['Geschirr, Besteck und Gläser (Miete)', '140', 'Pers.', '2.30', '20'],
  ['Stehtische mit Husse (Miete)', '14', 'Stk', '12.00', '20'],
  ['Tischwäsche, Reinigung inklusive', '18', 'Stk', '6.50', '20'],
  ['Transport und Auf-/Abbau', '1', 'pausch.', '240.00', '20'],
  ['Kühlanhänger (Miete), 2 Tage', '2', 'Tag', '55.00', '20'],
  ['Entsorgung Speisereste und Altglas', '1', 'pausch.', '65.00', '20'],
  ['Kinderteller: Wiener Schnitzerl mit Pommes', '12', 'Port.', '8.90', '10'],
  ['Allergenkennzeichnung und Menükarten (Druck)', '30', 'Stk', '1.80', '20'],
  ['Korkgeld für mitgebrachten Wein', '6', 'Fl.', '12.00', '20'],
];
add({
  file: 'at-graz-catering-rechnung-2seiten.pdf', country: 'Austria', lang: 'de-AT',
  currency: 'EUR', L: { dec: ',', thou: '.', sym: '€', pre: true, sep: ' ', pct: ' %' }, D: DATE.dmy('.'),
  number: '2026/0871', issue: '2026-10-23', due: null,
  seller: { name: 'Steirerküche Catering e.U.', vatId: AT_A, addr: ['Annenstraße 47', '8020 Graz'], email: 'office@steirerkueche.at' },
  buyer: { name: 'Murinsel Events GmbH', vatId: AT_B, addr: ['Lendkai 19', '8020 Graz'], email: null },
  lines: atLines.map(([desc, qty, unit, price, rate]) => ({ desc, qty, unit, price, rate })),
  draw(P, inv, c, F) {
    const s = inv.seller, b = inv.buyer, doc = P.doc;
    P.font('ls', 9);
    const footer = () => {
      P.rule(50, 790, 545, { lw: 0.4 });
      P.t(`${s.name} · Inh. Theresa Pichler · ${s.addr.join(', ')} · UID ${s.vatId} · FN 512904 s, LG f. ZRS Graz · IBAN ${ID.iban('AT', '38000' + '00012345678')}`, 50, 796, { w: 495, size: 6.8, align: 'center', color: '#555' });
    };
    P.t('Steirerküche', 50, 40, { font: 'lsB', size: 22, color: '#2e6b2e' });
    P.t('Catering · Events · Feinkost', 50, 66, { size: 9, color: '#2e6b2e' });
    P.lines([s.name, ...s.addr, 'Tel. +43 316 71 80 44', s.email], 400, 42, { size: 8, w: 145, align: 'right' });
    P.rule(50, 96, 545, { lw: 1.2, color: '#2e6b2e' });
    P.t(`${s.name}, ${s.addr.join(', ')}`, 50, 122, { size: 6.5, color: '#555' });
    P.lines([b.name, 'z. H. Herrn Mag. Lukas Rainer', ...b.addr], 50, 136, { size: 10.5 });
    P.kv([['Rechnungsnummer', inv.number], ['Rechnungsdatum', F.date(inv.issue)], ['Leistungsdatum', '17.10.2026'], ['Kundennummer', '20417'], ['UID Kunde', b.vatId]], 340, 122, { lw: 95, vw: 110, size: 9, gap: 3 });
    P.t('Rechnung', 50, 222, { font: 'lsB', size: 16 });
    P.t('Für die Verpflegung bei Ihrer Veranstaltung „Herbstgala Murinsel“ am 17.10.2026 erlauben wir uns, wie folgt zu verrechnen:', 50, 244, { w: 495, size: 9 });
    footer();
    let y = P.table({
      x: 50, y: 272, size: 8.5, font: 'ls', fontB: 'lsB', bottom: 740, pad: 3.5, headFill: '#e4eee4', headRule: false, rowRule: 0.25,
      cols: [
        { h: 'Pos', w: 28, v: l => String(l.pos) },
        { h: 'Bezeichnung', w: 212, v: l => l.desc },
        { h: 'Menge', w: 42, a: 'right', v: l => F.qty(l.qty) },
        { h: 'Einh.', w: 42, v: l => l.unit },
        { h: 'EP netto', w: 55, a: 'right', v: l => F.num(l.p) },
        { h: 'USt', w: 36, a: 'right', v: l => F.rate(l.rate) },
        { h: 'Gesamt netto', w: 80, a: 'right', v: l => F.num(l.amt) },
      ], rows: c.lines,
      carry: {
        bottom: (yy, run) => { P.rule(50, yy + 2, 545, { lw: 0.8 }); P.t('Übertrag', 370, yy + 6, { font: 'lsB', size: 9 }); P.t(F.money(run), 445, yy + 6, { font: 'lsB', size: 9, w: 100, align: 'right' }); },
        top: (yy, run) => { P.t('Übertrag', 370, yy, { font: 'lsB', size: 9 }); P.t(F.money(run), 445, yy, { font: 'lsB', size: 9, w: 100, align: 'right' }); return yy + 18; },
      },
      onNewPage: () => { P.t(`Rechnung ${inv.number} vom ${F.date(inv.issue)} – Fortsetzung`, 50, 42, { font: 'lsB', size: 10 }); P.t(s.name, 50, 56, { size: 8, color: '#555' }); footer(); return 80; },
    });
    if (y > 640) { doc.addPage(); footer(); y = 60; }
    const rows = [['Summe netto', F.money(c.subtotal), { lineAbove: 0.8 }]];
    for (const g of c.groups) rows.push([`zzgl. ${F.rate(g.rate)} USt von ${F.money(g.net)}`, F.money(g.tax)]);
    rows.push(['USt gesamt', F.money(c.tax)]);
    rows.push(['Rechnungsbetrag', F.money(c.total), { bold: true, size: 11, lineAbove: 1 }]);
    y = P.kv(rows, 285, y + 12, { lw: 170, vw: 90, size: 9, fontB: 'lsB', gap: 4 });
    P.t(`Zahlbar innerhalb von 14 Tagen ab Rechnungsdatum ohne Abzug auf unser Konto bei der Steiermärkischen Sparkasse. Bitte geben Sie als Verwendungszweck die Rechnungsnummer ${inv.number} an.\nWir bedanken uns für den Auftrag und freuen uns auf die nächste Veranstaltung!`, 50, y + 18, { w: 495, size: 8.5 });
  },
  expectPages: 2, pageLabel: (i, n) => `Seite ${i} von ${n}`, pageLabelPos: { x: 445, y: 772, w: 100, align: 'right', font: 'ls', size: 8 },
});

// =====================================================================
// 9. Czech Republic — Czech, CZK (Kč), DPH 21 % and 12 %, d. M. yyyy dates
// =====================================================================
const CZ_A = ID.cz('2874115'), CZ_B = ID.cz('4519302');
add({
  file: 'cz-brno-zahradnictvi-faktura.pdf', country: 'Czech Republic', lang: 'cs',
  currency: 'CZK', L: { dec: ',', thou: ' ', sym: 'Kč', pre: false, sep: ' ', pct: ' %' }, D: DATE.cz,
  number: '260412', issue: '2026-11-05', due: '2026-11-19',
  seller: { name: 'Zahradnictví Kvítek s.r.o.', vatId: 'CZ' + CZ_A, addr: ['Údolní 567/33', '602 00 Brno'], email: 'fakturace@kvitek-brno.cz' },
  buyer: { name: 'Pekárna Šumava s.r.o.', vatId: 'CZ' + CZ_B, addr: ['Nádražní 1021', '385 01 Vimperk'], email: null },
  lines: [
    { qty: '24', unit: 'ks', desc: 'Buxus sempervirens, koule ⌀ 30 cm, v květináči', price: '389.00', rate: '12' },
    { qty: '60', unit: 'ks', desc: 'Levandule lékařská, kontejner 2 l', price: '89.90', rate: '12' },
    { qty: '12', unit: 'ks', desc: 'Truhlík terakota 80 cm', price: '459.00', rate: '21' },
    { qty: '0.75', unit: 'm³', desc: 'Zahradní substrát, volně ložený', price: '1840.00', rate: '21' },
    { qty: '16.5', unit: 'hod', desc: 'Výsadba a úprava předzahrádky provozovny, práce zahradníka', price: '520.00', rate: '21' },
    { qty: '1', unit: 'ks', desc: 'Doprava Brno – Vimperk a zpět', price: '3980.00', rate: '21' },
  ],
  draw(P, inv, c, F) {
    const s = inv.seller, b = inv.buyer;
    P.font('dv', 8.5);
    P.t('Faktura – daňový doklad', 40, 36, { font: 'dvB', size: 16 });
    P.t('č. ' + inv.number, 400, 38, { font: 'dvB', size: 14, w: 155, align: 'right' });
    P.rect(40, 66, 255, 128, { stroke: '#333' }); P.rect(300, 66, 255, 128, { stroke: '#333', lw: 1.4 });
    P.t('Dodavatel', 48, 72, { font: 'dvB', size: 7.5, color: '#666' });
    P.lines([s.name, ...s.addr, '', 'IČO: ' + CZ_A + '    DIČ: ' + s.vatId, 'E-mail: ' + s.email, 'Tel.: +420 541 212 870'], 48, 86, { size: 8.5 });
    P.t('Odběratel', 308, 72, { font: 'dvB', size: 7.5, color: '#666' });
    P.lines([b.name, ...b.addr, '', 'IČO: ' + CZ_B + '    DIČ: ' + b.vatId], 308, 86, { size: 9.5 });
    const meta = [
      ['Datum vystavení:', F.date(inv.issue)], ['Datum uskutečnění zdanitelného plnění:', '31. 10. 2026'], ['Datum splatnosti:', F.date(inv.due)],
      ['Forma úhrady:', 'převodem'], ['Bankovní účet:', '2801234567/2010'], ['IBAN:', ID.iban('CZ', '2010' + '0000002801234567')], ['Variabilní symbol:', inv.number], ['Objednávka č.:', 'OBJ-55/2026 ze dne 2. 10. 2026'],
    ];
    meta.forEach((m, i) => { const col = i < 4 ? 0 : 1; const y = 202 + (i % 4) * 13; P.t(m[0], 40 + col * 260, y, { size: 8, color: '#444' }); P.t(m[1], 40 + col * 260 + (col ? 95 : 165), y, { size: 8.5, font: 'dvB' }); });
    P.t('Fakturujeme Vám za dodávku rostlin a práce dle objednávky:', 40, 262, { size: 8.5 });
    let y = P.table({
      x: 40, y: 278, size: 8.5, font: 'dv', fontB: 'dvB', bottom: 740, pad: 3.5, headFill: '#e9e9e9', headRule: 0.6, rowRule: 0.25,
      cols: [
        { h: 'Množství', w: 50, a: 'right', v: l => F.qty(l.qty) },
        { h: 'MJ', w: 30, v: l => l.unit },
        { h: 'Označení dodávky', w: 215, v: l => l.desc },
        { h: 'Cena za MJ', w: 70, a: 'right', v: l => F.num(l.p) },
        { h: 'DPH %', w: 45, a: 'right', v: l => String(l.rate) },
        { h: 'Celkem bez DPH', w: 105, a: 'right', v: l => F.num(l.amt) },
      ], rows: c.lines,
    });
    y += 14;
    P.t('Rekapitulace DPH v Kč', 40, y, { font: 'dvB', size: 8.5 }); y += 14;
    const hx = [40, 110, 200, 290], cw = [60, 85, 85, 90];
    ['Sazba', 'Základ', 'DPH', 'Celkem'].forEach((h, i) => P.t(h, hx[i], y, { w: cw[i], align: i ? 'right' : 'left', font: 'dvB', size: 8 }));
    P.rule(40, y + 11, 380, { lw: 0.5 }); y += 14;
    for (const g of c.groups.slice().reverse()) { [g.rate + ' %', F.num(g.net), F.num(g.tax), F.num(g.gross)].forEach((v, i) => P.t(v, hx[i], y, { w: cw[i], align: i ? 'right' : 'left', size: 8 })); y += 12; }
    P.rule(40, y + 1, 380, { lw: 0.5 }); y += 4;
    ['Celkem', F.num(c.subtotal), F.num(c.tax), F.num(c.total)].forEach((v, i) => P.t(v, hx[i], y, { w: cw[i], align: i ? 'right' : 'left', size: 8, font: 'dvB' }));
    y += 26;
    P.rect(300, y, 255, 30, { fill: '#e9e9e9' });
    P.t('Celkem k úhradě:', 308, y + 9, { font: 'dvB', size: 10.5 });
    P.t(F.money(c.total), 420, y + 8, { font: 'dvB', size: 12, w: 128, align: 'right' });
    P.t('Vystavila: Jana Dvořáková', 40, y + 50, { size: 8 });
    P.t('Společnost je zapsána v obchodním rejstříku vedeném Krajským soudem v Brně, oddíl C, vložka 98765.', 40, 800, { size: 7, color: '#555', w: 515, align: 'center' });
  },
});

// =====================================================================
// 10. Hungary — Hungarian, HUF (Ft, no decimals), ÁFA 27 %, yyyy. mm. dd.
// =====================================================================
const HU_A = ID.hu('2471836'), HU_B = ID.hu('1850394');
add({
  file: 'hu-debrecen-kerekpar-szamla.pdf', country: 'Hungary', lang: 'hu',
  currency: 'HUF', scale: 1, L: { dec: ',', thou: ' ', sym: 'Ft', pre: false, sep: ' ', pct: '%' }, D: DATE.hu,
  number: 'TK-2026/00318', issue: '2026-07-09', due: '2026-07-24',
  seller: { name: 'Tiszántúli Kerékpár Kft.', vatId: HU_A + '-2-09', addr: ['4025 Debrecen', 'Piac utca 54.'], email: 'szamla@tiszantulibringa.hu' },
  buyer: { name: 'Nagyerdei Futárszolgálat Bt.', vatId: HU_B + '-2-09', addr: ['4032 Debrecen', 'Egyetem sugárút 12.'], email: null },
  lines: [
    { desc: 'Csepel Woodlands Pro trekking kerékpár, 28", M váz', qty: '3', unit: 'db', price: '189900', rate: '27' },
    { desc: 'Spirálzár, 180 cm, kulcsos', qty: '3', unit: 'db', price: '12490', rate: '27' },
    { desc: 'Csomagtartó táska, vízálló, 2 × 20 l', qty: '3', unit: 'db', price: '24990', rate: '27' },
    { desc: 'Belső gumi 28" (700×35–45C), autószelep', qty: '10', unit: 'db', price: '2190', rate: '27' },
    { desc: 'Flotta-szerviz munkadíj (4 kerékpár átvizsgálása, fékbeállítás)', qty: '4.5', unit: 'óra', price: '9800', rate: '27' },
  ],
  draw(P, inv, c, F) {
    const s = inv.seller, b = inv.buyer;
    P.font('dv', 8.5);
    P.t('SZÁMLA', 40, 36, { font: 'dvB', size: 20, w: 515, align: 'center', cs: 3 });
    P.t('Sorszám: ' + inv.number, 40, 64, { font: 'dvB', size: 10, w: 515, align: 'center' });
    P.t('Eredeti példány · 1. oldal / 1', 40, 80, { size: 7.5, w: 515, align: 'center', color: '#555' });
    P.rect(40, 100, 255, 112, { stroke: '#222' }); P.rect(300, 100, 255, 112, { stroke: '#222' });
    P.rect(40, 100, 255, 16, { fill: '#dde6f0' }); P.rect(300, 100, 255, 16, { fill: '#dde6f0' });
    P.t('Eladó', 46, 104, { font: 'dvB', size: 8 }); P.t('Vevő', 306, 104, { font: 'dvB', size: 8 });
    P.lines([s.name, ...s.addr, 'Adószám: ' + s.vatId, 'Közösségi adószám: HU' + HU_A, 'Bankszámla: 11738008-20741963-00000000', 'E-mail: ' + s.email], 46, 122, { size: 8.5 });
    P.lines([b.name, ...b.addr, 'Adószám: ' + b.vatId], 306, 122, { size: 9 });
    const mh = ['Fizetési mód', 'Teljesítés dátuma', 'Számla kelte', 'Fizetési határidő'], mv = ['átutalás', F.date('2026-07-08'), F.date(inv.issue), F.date(inv.due)];
    mh.forEach((h, i) => { const x = 40 + i * 128.75; P.rect(x, 222, 128.75, 30, { stroke: '#222' }); P.t(h, x + 4, 226, { size: 7.5, color: '#444' }); P.t(mv[i], x + 4, 238, { size: 9, font: 'dvB' }); });
    let y = P.table({
      x: 40, y: 266, size: 8.5, font: 'dv', fontB: 'dvB', bottom: 740, pad: 3.5, headFill: '#dde6f0', headRule: 0.8, rowRule: 0.25, headSize: 7.5,
      cols: [
        { h: 'Megnevezés', w: 205, v: l => l.desc },
        { h: 'Menny.', w: 40, a: 'right', v: l => F.qty(l.qty) },
        { h: 'Me.e.', w: 32, v: l => l.unit },
        { h: 'Nettó egységár', w: 70, a: 'right', v: l => F.num(l.p) },
        { h: 'ÁFA', w: 38, a: 'right', v: l => F.rate(l.rate) },
        { h: 'Nettó érték', w: 130, a: 'right', v: l => F.money(l.amt) },
      ], rows: c.lines,
    });
    y += 14;
    P.t('ÁFA-összesítő', 40, y, { font: 'dvB', size: 8.5 }); y += 13;
    const hx = [40, 100, 200, 300], cw = [55, 95, 95, 95];
    ['ÁFA-kulcs', 'Nettó', 'ÁFA', 'Bruttó'].forEach((h, i) => P.t(h, hx[i], y, { w: cw[i], align: i ? 'right' : 'left', font: 'dvB', size: 8 }));
    P.rule(40, y + 11, 395, { lw: 0.5 }); y += 14;
    for (const g of c.groups) { [F.rate(g.rate), F.money(g.net), F.money(g.tax), F.money(g.gross)].forEach((v, i) => P.t(v, hx[i], y, { w: cw[i], align: i ? 'right' : 'left', size: 8.5 })); y += 13; }
    y += 14;
    P.kv([['Nettó összesen:', F.money(c.subtotal)], ['ÁFA összesen:', F.money(c.tax)], ['Fizetendő összesen:', F.money(c.total), { bold: true, size: 12, lineAbove: 1.2 }]], 265, y, { lw: 160, vw: 130, size: 9.5, fontB: 'dvB', gap: 5 });
    P.t('A számla a 2007. évi CXXVII. törvény szerinti tartalommal került kiállításra. Késedelmes fizetés esetén a Ptk. szerinti késedelmi kamatot számítjuk fel.', 40, 770, { w: 515, size: 7, color: '#555' });
  },
});

// =====================================================================
// 11. Norway — Bokmål, NOK, MVA 25 %, single-line totals, KID
// =====================================================================
const NO_A = ID.no('91834572'), NO_B = ID.no('92371642');
const noFmt = n => `NO ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)} MVA`;
const KID = ID.luhn('0003051720');
add({
  file: 'no-bergen-elektro-faktura.pdf', country: 'Norway', lang: 'nb',
  currency: 'NOK', L: { dec: ',', thou: ' ', sym: 'kr', pre: false, sep: ' ', pct: ' %' }, D: DATE.dmy('.'),
  number: '30517', issue: '2026-02-02', due: '2026-02-16',
  seller: { name: 'Fjordlys Elektro AS', vatId: noFmt(NO_A), addr: ['Kong Oscars gate 62', '5017 Bergen'], email: 'post@fjordlyselektro.no' },
  buyer: { name: 'Bryggen Kaffebrenneri AS', vatId: null, addr: ['Bryggen 23', '5003 Bergen'], email: null },
  lines: [
    { desc: 'Feilsøking kurs 4 og 7, kjøkken', qty: '2.5', unit: 'time', price: '945.00', rate: '25' },
    { desc: 'Elektriker, montering av nye kurser til kaffebrenner', qty: '11', unit: 'time', price: '945.00', rate: '25' },
    { desc: 'Kursomlegging inkl. jordfeilbryter 2P 40A 30mA', qty: '2', unit: 'stk', price: '1420.00', rate: '25' },
    { desc: 'Kabel PFSP 3G2,5', qty: '38', unit: 'm', price: '27.50', rate: '25' },
    { desc: 'Stikkontakt 32A CEE 5-pol, utenpåliggende', qty: '1', unit: 'stk', price: '1185.00', rate: '25' },
    { desc: 'Kjøregodtgjørelse og småmateriell', qty: '1', unit: 'stk', price: '590.00', rate: '25' },
  ],
  draw(P, inv, c, F) {
    const s = inv.seller, b = inv.buyer;
    P.font('no', 9);
    P.rect(0, 0, 595.28, 10, { fill: '#1d4f7a' });
    P.t('FAKTURA', 50, 46, { font: 'noB', size: 24, color: '#1d4f7a' });
    P.lines([b.name, 'Att.: Ingrid Haugland', ...b.addr], 50, 140, { size: 10.5 });
    let y = P.t(s.name, 360, 40, { font: 'noB', size: 12 });
    y = P.lines([...s.addr, 'Org.nr. ' + s.vatId, 'Telefon 55 30 71 20', s.email, 'Kontonr. 3201 12 34567'], 360, y + 2, { size: 8.5 });
    P.kv([['Fakturanr.', inv.number], ['Fakturadato', F.date(inv.issue)], ['Forfallsdato', F.date(inv.due)], ['Kundenr.', '11208'], ['Deres ref.', 'Ingrid Haugland'], ['Vår ref.', 'Ole Kvamme'], ['Ordre', 'Prosjekt 2026-014']], 360, 140, { lw: 75, vw: 110, size: 9, gap: 2 });
    let yy = P.table({
      x: 50, y: 276, size: 9, font: 'no', fontB: 'noB', bottom: 640, pad: 4, headRule: 1, rowRule: 0.25,
      cols: [
        { h: 'Beskrivelse', w: 235, v: l => l.desc },
        { h: 'Antall', w: 50, a: 'right', v: l => F.qty(l.qty) },
        { h: 'Enhet', w: 40, v: l => l.unit },
        { h: 'Pris', w: 65, a: 'right', v: l => F.num(l.p) },
        { h: 'Mva', w: 35, a: 'right', v: l => F.rate(l.rate) },
        { h: 'Beløp', w: 70, a: 'right', v: l => F.num(l.amt) },
      ], rows: c.lines,
    });
    // single-line totals bar
    yy += 16;
    P.rect(50, yy, 495, 26, { fill: '#e6eef5' });
    P.t(`Sum eks. mva: ${F.num(c.subtotal)}     Mva 25 %: ${F.num(c.tax)}     Å betale NOK: ${F.num(c.total)}`, 58, yy + 8, { font: 'noB', size: 10, w: 480, align: 'right' });
    P.t('Betalingsbetingelser: 14 dager netto. Ved for sen betaling beregnes forsinkelsesrente etter forsinkelsesrenteloven.', 50, yy + 38, { size: 8 });
    // giro box
    const gy = 700;
    P.rule(40, gy - 10, 555, { dash: 3, color: '#888' });
    P.t('BETALINGSINFORMASJON', 50, gy, { font: 'noB', size: 8, color: '#1d4f7a' });
    const cells = [['KID', KID], ['Til konto', '3201 12 34567'], ['Beløp', 'NOK ' + F.num(c.total)], ['Betalingsfrist', F.date(inv.due)]];
    cells.forEach((cc, i) => { const x = 50 + i * 124; P.rect(x, gy + 14, 120, 36, { stroke: '#1d4f7a' }); P.t(cc[0], x + 5, gy + 18, { size: 7, color: '#555' }); P.t(cc[1], x + 5, gy + 31, { size: 10, font: 'noB' }); });
    P.t(`Betalt av: ${b.name}   ·   Betalt til: ${s.name}, ${s.addr.join(', ')}`, 50, gy + 60, { size: 7.5, color: '#555' });
  },
});

// =====================================================================
// 12. Finland — Finnish, EUR, ALV 14 % and 25,5 %, seller only in the footer
// =====================================================================
const FI_YT = ID.fi('3182457');
const FI_REF = ID.fiRef('44710');
const fiRefFmt = r => r.replace(/\B(?=(\d{5})+(?!\d))/g, ' ');
add({
  file: 'fi-tampere-leipomo-lasku.pdf', country: 'Finland', lang: 'fi',
  currency: 'EUR', L: { dec: ',', thou: ' ', sym: '€', pre: false, sep: ' ', pct: ' %' }, D: DATE.dmy('.', false),
  number: '4471', issue: '2026-04-09', due: '2026-04-23',
  seller: { name: 'Pyynikin Leipomo Oy', vatId: 'FI' + FI_YT, addr: ['Pyynikintie 21', '33230 Tampere'], email: 'laskutus@pyynikinleipomo.fi' },
  buyer: { name: 'Hämeenkadun Kahvila Oy', vatId: null, addr: ['Hämeenkatu 14 B', '33100 Tampere'], email: null },
  lines: [
    { desc: 'Ruisleipä 500 g', qty: '120', price: '3.10', rate: '14' },
    { desc: 'Korvapuusti, pakaste, 40 kpl/ltk', qty: '18', price: '21.60', rate: '14' },
    { desc: 'Karjalanpiirakka, 30 kpl/ltk', qty: '12', price: '17.40', rate: '14' },
    { desc: 'Mustikkapiirakka, pelti (30 palaa)', qty: '6', price: '42.00', rate: '14' },
    { desc: 'Kuljetus, viikkotoimitukset maaliskuu (4 krt)', qty: '4', price: '18.00', rate: '25.5' },
    { desc: 'Leipäkorit, vuokra maaliskuu', qty: '10', price: '2.50', rate: '25.5' },
  ],
  draw(P, inv, c, F) {
    const s = inv.seller, b = inv.buyer;
    P.font('ls', 9);
    P.lines([b.name, 'Ostoreskontra', ...b.addr], 56, 120, { size: 10.5 });
    P.t('LASKU', 330, 48, { font: 'lsB', size: 15 });
    P.kv([
      ['Päivämäärä', F.date(inv.issue)], ['Laskun numero', inv.number], ['Asiakasnumero', '2087'], ['Viitteenne', 'Maaliskuun toimitukset'],
      ['Maksuehto', '14 pv netto'], ['Eräpäivä', F.date(inv.due)], ['Viivästyskorko', '11,5 %'], ['Viitenumero', fiRefFmt(FI_REF)],
    ], 330, 72, { lw: 95, vw: 120, size: 9, valueAlign: 'left', gap: 2 });
    let y = P.table({
      x: 56, y: 250, size: 9, font: 'ls', fontB: 'lsB', bottom: 640, pad: 4, headRule: 0.8, rowRule: 0.2, rowRuleColor: '#dddddd',
      cols: [
        { h: 'Nimike', w: 230, v: l => l.desc },
        { h: 'Määrä', w: 50, a: 'right', v: l => F.qty(l.qty) },
        { h: 'à-hinta', w: 60, a: 'right', v: l => F.num(l.p) },
        { h: 'Alv %', w: 50, a: 'right', v: l => fmtDecString(l.rate, inv.L) },
        { h: 'Veroton', w: 90, a: 'right', v: l => F.num(l.amt) },
      ], rows: c.lines,
    });
    y += 14;
    const hx = [56, 140, 230, 320], cw = [70, 80, 80, 80];
    P.t('Alv-erittely', 56, y, { font: 'lsB', size: 8.5 }); y += 13;
    ['Alv %', 'Veroton', 'Vero', 'Verollinen'].forEach((h, i) => P.t(h, hx[i], y, { w: cw[i], align: i ? 'right' : 'left', font: 'lsB', size: 8 }));
    y += 12;
    for (const g of c.groups) { [fmtDecString(g.rate, inv.L), F.num(g.net), F.num(g.tax), F.num(g.gross)].forEach((v, i) => P.t(v, hx[i], y, { w: cw[i], align: i ? 'right' : 'left', size: 8.5 })); y += 12; }
    P.rule(56, y + 1, 400, { lw: 0.4 }); y += 4;
    ['Yhteensä', F.num(c.subtotal), F.num(c.tax), F.num(c.total)].forEach((v, i) => P.t(v, hx[i], y, { w: cw[i], align: i ? 'right' : 'left', size: 8.5, font: 'lsB' }));
    y += 24;
    P.t('Yhteensä EUR', 330, y, { font: 'lsB', size: 11 }); P.t(F.num(c.total), 430, y, { font: 'lsB', size: 11, w: 106, align: 'right' });
    // bank transfer strip
    const by = 660;
    P.rect(40, by, 515, 70, { stroke: '#333' });
    const iban = ID.iban('FI', '5731' + '3020519774');
    P.lines(['Saajan tilinumero', 'IBAN ' + iban + '   BIC OKOYFIHH'], 46, by + 6, { size: 8 });
    P.lines(['Saaja', s.name], 46, by + 34, { size: 8 });
    P.kv([['Viitenumero', fiRefFmt(FI_REF)], ['Eräpäivä', F.date(inv.due)], ['Euro', F.num(c.total)]], 330, by + 8, { lw: 80, vw: 130, size: 9, fontB: 'lsB', gap: 6 });
    // seller only in footer
    P.rule(40, 760, 555, { lw: 0.4 });
    P.lines([s.name, ...s.addr], 40, 766, { size: 7.5 });
    P.lines(['Y-tunnus ' + FI_YT.slice(0, 7) + '-' + FI_YT.slice(7), 'ALV-nro ' + s.vatId, 'Kotipaikka Tampere'], 220, 766, { size: 7.5 });
    P.lines([s.email, 'puh. 03 212 4470', 'Ennakkoperintärekisterissä'], 400, 766, { size: 7.5 });
  },
});

// =====================================================================
// 13. Mexico — Spanish, MXN ($ + "Moneda: MXN"), IVA 16 %, discount %, CFDI style,
//     "Condiciones de pago: 30 días" only
// =====================================================================
const RFC_A = ID.rfc('ITA140522Q7'), RFC_B = ID.rfc('CAR1809113K');
add({
  file: 'mx-guadalajara-imprenta-factura.pdf', country: 'Mexico', lang: 'es-MX',
  currency: 'MXN', L: { dec: '.', thou: ',', sym: '$', pre: true, sep: '', pct: '%' }, D: DATE.dmy('/'),
  number: 'A-1588', issue: '2026-02-19', due: null,
  seller: { name: 'Impresos Tapatíos S.A. de C.V.', vatId: RFC_A, addr: ['Av. Chapultepec Sur 284', 'Col. Americana', 'C.P. 44160', 'Guadalajara, Jal.'], email: 'facturacion@impresostapatios.mx' },
  buyer: { name: 'Cafetería Los Arcos S. de R.L. de C.V.', vatId: RFC_B, addr: ['Av. Vallarta 1520', 'Col. Lafayette', 'C.P. 44150', 'Guadalajara, Jal.'], email: 'pagos@losarcoscafe.mx' },
  lines: [
    { unit: 'H87 Pieza', key: '82121500', desc: 'Menú impreso couché 300 g, 4x4 tintas, laminado mate, tamaño carta', qty: '250', price: '38.50', disc: '10', rate: '16' },
    { unit: 'H87 Pieza', key: '55121600', desc: 'Etiqueta adhesiva para vaso, 5 cm, selección de color', qty: '5000', price: '0.85', disc: '0', rate: '16' },
    { unit: 'XBX Caja', key: '14111800', desc: 'Tarjetas de presentación, caja de 1000', qty: '4', price: '420.00', disc: '0', rate: '16' },
    { unit: 'H87 Pieza', key: '55121700', desc: 'Lona impresa 3 x 1.5 m con ojillos, para fachada', qty: '2', price: '1150.00', disc: '5', rate: '16' },
    { unit: 'E48 Servicio', key: '82141500', desc: 'Diseño gráfico de menú y adaptación a formatos', qty: '1', price: '2800.00', disc: '0', rate: '16' },
  ],
  draw(P, inv, c, F) {
    const s = inv.seller, b = inv.buyer;
    P.font('no', 8);
    P.rect(36, 36, 523, 96, { stroke: '#0b5c3b', lw: 1 });
    P.t(s.name, 46, 44, { font: 'noB', size: 13, color: '#0b5c3b' });
    P.lines(['RFC: ' + s.vatId, 'Régimen fiscal: 601 General de Ley Personas Morales', s.addr.join(', '), 'Tel. 33 3615 0921 · ' + s.email], 46, 64, { size: 8 });
    P.rect(380, 36, 179, 96, { fill: '#0b5c3b' });
    P.t('FACTURA', 386, 42, { font: 'noB', size: 15, color: '#ffffff', w: 167, align: 'center' });
    P.lines(['Serie y folio: ' + inv.number, 'Fecha de emisión: ' + F.date(inv.issue), 'Lugar de expedición: 44160', 'Tipo de comprobante: I - Ingreso'], 388, 66, { size: 8, color: '#ffffff' });
    P.t('Folio fiscal (UUID): 7F3A9C21-4B6E-4D0A-9E15-2C8B6D41F0A7', 36, 140, { size: 7.5, color: '#444' });
    P.rect(36, 154, 523, 70, { stroke: '#999' });
    P.t('RECEPTOR', 44, 160, { font: 'noB', size: 8, color: '#0b5c3b' });
    P.lines([b.name, 'RFC: ' + b.vatId, 'Domicilio: ' + b.addr.join(', '), 'Correo: ' + b.email], 44, 172, { size: 8.5 });
    P.lines(['Uso CFDI: G03 Gastos en general', 'Régimen fiscal receptor: 601', 'Moneda: MXN', 'Exportación: 01 No aplica'], 380, 172, { size: 8 });
    let y = P.table({
      x: 36, y: 236, size: 8, font: 'no', fontB: 'noB', bottom: 700, pad: 3.5, headFill: '#0b5c3b', headColor: '#ffffff', headRule: false, stripe: '#eef5f1', headSize: 7.5,
      cols: [
        { h: 'Cantidad', w: 48, a: 'right', v: l => F.qty(l.qty) },
        { h: 'Unidad', w: 55, v: l => l.unit },
        { h: 'Clave prod./serv.', w: 55, v: l => l.key },
        { h: 'Descripción', w: 170, v: l => l.desc },
        { h: 'Valor unitario', w: 60, a: 'right', v: l => F.money(l.p) },
        { h: 'Desc. %', w: 40, a: 'right', v: l => l.disc === '0' ? '0%' : l.disc + '%' },
        { h: 'Importe', w: 95, a: 'right', v: l => F.money(l.amt) },
      ], rows: c.lines,
    });
    P.kv([['Subtotal', F.money(c.subtotal)], ['IVA Trasladado 16%', F.money(c.tax)], ['Total', F.money(c.total), { bold: true, size: 11, lineAbove: 1 }]], 380, y + 12, { lw: 90, vw: 89, size: 9, fontB: 'noB', gap: 4 });
    P.lines(['Forma de pago: 99 Por definir', 'Método de pago: PPD Pago en parcialidades o diferido', 'Condiciones de pago: 30 días', 'Cuenta BBVA CLABE 012320001234567891'], 36, y + 14, { size: 8 });
    const sy = 640;
    P.t('Sello digital del CFDI:', 36, sy, { font: 'noB', size: 7 });
    P.t('kq3R8vXn0bPz+Jf2QeW7mA1sYtC9uLdH4gN6oVx5KcE2iB8rTyU0wZaM3nS7pF1hG4jD6lQ9eR2tY5uI8oP0aS3dF6gH9jK2lZ4xC7vB0nM=', 36, sy + 10, { size: 6.5, w: 523, color: '#555' });
    P.t('Este documento es una representación impresa de un CFDI versión 4.0', 36, sy + 40, { size: 7, color: '#555' });
  },
});

// =====================================================================
// 14. South Africa — English, ZAR (R), VAT 15 %, deposit deducted, yyyy/mm/dd
// =====================================================================
const ZA_A = ID.luhn('471028365'), ZA_B = ID.luhn('493015782');
add({
  file: 'za-capetown-plumbing-tax-invoice.pdf', country: 'South Africa', lang: 'en-ZA',
  currency: 'ZAR', L: { dec: '.', thou: ' ', sym: 'R', pre: true, sep: ' ', pct: '%' }, D: DATE.ymdSlash,
  number: 'TBP-06721', issue: '2026-06-30', due: '2026-07-14', deposit: '5000.00',
  seller: { name: 'Table Bay Plumbing (Pty) Ltd', vatId: ZA_A, addr: ['21 Voortrekker Road', 'Maitland', 'Cape Town', '7405'], email: 'accounts@tablebayplumbing.co.za' },
  buyer: { name: 'Bo-Kaap Guesthouse CC', vatId: ZA_B, addr: ['74 Wale Street', 'Bo-Kaap', 'Cape Town', '8001'], email: null },
  lines: [
    { code: 'GYS-150', desc: 'Kwikot 150 L solar-ready geyser, supply and install', qty: '2', price: '7450.00', rate: '15' },
    { code: 'VLV-PRV', desc: 'Pressure control valve and vacuum breakers', qty: '2', price: '865.00', rate: '15' },
    { code: 'DRP-TRY', desc: 'Geyser drip tray with drain', qty: '2', price: '395.00', rate: '15' },
    { code: 'CU-22', desc: 'Copper pipe 22 mm and fittings', qty: '14', price: '118.50', rate: '15' },
    { code: 'LAB-PLB', desc: 'Qualified plumber (2 persons), 27-28 June 2026', qty: '16', price: '485.00', rate: '15' },
    { code: 'COC-01', desc: 'Certificate of Compliance (plumbing) and municipal notification', qty: '1', price: '950.00', rate: '15' },
  ],
  draw(P, inv, c, F) {
    const s = inv.seller, b = inv.buyer;
    P.font('dv', 8.5);
    P.t(s.name, 40, 40, { font: 'dvB', size: 14, color: '#0d3c61' });
    P.lines([...s.addr.slice(0, 3) .map((x, i) => i === 2 ? x + ', ' + s.addr[3] : x), 'Tel 021 511 0392', s.email, 'Reg. No. 2014/128840/07', 'VAT No. ' + s.vatId], 40, 60, { size: 8.5 });
    P.rect(350, 40, 205, 110, { stroke: '#0d3c61', lw: 1.2 });
    P.rect(350, 40, 205, 24, { fill: '#0d3c61' });
    P.t('TAX INVOICE', 350, 46, { font: 'dvB', size: 13, color: '#ffffff', w: 205, align: 'center' });
    P.kv([['Invoice No.', inv.number], ['Date', F.date(inv.issue)], ['Due Date', F.date(inv.due)], ['Account', 'BOK001'], ['Order No.', 'Quote Q-3318']], 358, 72, { lw: 80, vw: 110, size: 8.5, gap: 3 });
    P.t('INVOICE TO', 40, 168, { font: 'dvB', size: 8, color: '#0d3c61' });
    P.lines([b.name, b.addr[0], b.addr[1] + ', ' + b.addr[2], b.addr[3], 'VAT No. ' + b.vatId], 40, 181, { size: 9.5 });
    P.t('SITE', 300, 168, { font: 'dvB', size: 8, color: '#0d3c61' });
    P.lines(['74 Wale Street, Bo-Kaap (rooms 3 and 5)', 'Contact: Mr Y. Davids 082 555 0147'], 300, 181, { size: 8.5 });
    let y = P.table({
      x: 40, y: 252, size: 8.5, font: 'dv', fontB: 'dvB', bottom: 740, pad: 4, headBox: true, grid: true, gridColor: '#8899aa', rowRule: 0.4, rowRuleColor: '#8899aa',
      cols: [
        { h: 'Code', w: 58, v: l => l.code, size: 7.5 },
        { h: 'Description', w: 217, v: l => l.desc },
        { h: 'Qty', w: 40, a: 'right', v: l => F.qty(l.qty) },
        { h: 'Unit Price Excl.', w: 90, a: 'right', v: l => F.money(l.p) },
        { h: 'Total Excl.', w: 110, a: 'right', v: l => F.money(l.amt) },
      ], rows: c.lines,
    });
    P.rect(325, y + 12, 230, 104, { stroke: '#0d3c61' });
    P.kv([
      ['Sub Total (Excl. VAT)', F.money(c.subtotal)], ['VAT @ 15%', F.money(c.tax)], ['Total (Incl. VAT)', F.money(c.total), { bold: true }],
      ['Less: Deposit received 2026/06/02', '- ' + F.money(c.deposit)], ['BALANCE DUE', F.money(c.due), { bold: true, size: 10.5, lineAbove: 1 }],
    ], 332, y + 18, { lw: 120, vw: 95, size: 8.5, fontB: 'dvB', gap: 5 });
    P.t('Banking details', 40, y + 16, { font: 'dvB', size: 8.5 });
    P.lines(['First National Bank, branch code 250655', 'Account: Table Bay Plumbing (Pty) Ltd', 'Cheque account 62841057392', 'Reference: ' + inv.number], 40, y + 30, { size: 8 });
    P.t('Goods remain the property of Table Bay Plumbing (Pty) Ltd until paid in full. Workmanship guaranteed for 12 months.', 40, 790, { size: 7, color: '#555', w: 515, align: 'center' });
  },
});

// =====================================================================
// 15. Singapore — English, SGD (S$), GST 9 % inclusive prices
// =====================================================================
add({
  file: 'sg-aircon-servicing-tax-invoice.pdf', country: 'Singapore', lang: 'en-SG',
  currency: 'SGD', L: { dec: '.', thou: ',', sym: 'S$', pre: true, sep: '', pct: '%' }, D: DATE.enShort, gross: true,
  number: 'KS/26/0932', issue: '2026-01-12', due: '2026-02-11',
  seller: { name: 'Kim Seng Aircon Services Pte. Ltd.', vatId: '201734567K', addr: ['10 Ubi Crescent, #05-12 Ubi Techpark', 'Singapore 408564'], email: 'service@kimsengaircon.sg' },
  buyer: { name: 'Tanjong Pagar Dental Clinic Pte. Ltd.', vatId: null, addr: ['7 Tanjong Pagar Plaza, #02-101', 'Singapore 081007'], email: 'admin@tpdental.sg' },
  lines: [
    { desc: 'General servicing of wall-mounted fan coil units (quarterly contract visit)', qty: '6', price: '45.00', rate: '9' },
    { desc: 'Chemical overhaul of fan coil unit, treatment room 2 and 3', qty: '2', price: '120.00', rate: '9' },
    { desc: 'Refrigerant top-up R32 (per unit)', qty: '1', price: '80.00', rate: '9' },
    { desc: 'Replace condensate drain pipe, 19 mm PVC with insulation (per metre)', qty: '3.5', price: '25.00', rate: '9' },
    { desc: 'Supply and install anti-vibration rubber pads for condenser', qty: '4', price: '12.80', rate: '9' },
  ],
  draw(P, inv, c, F) {
    const s = inv.seller, b = inv.buyer;
    P.font('ls', 9);
    P.t(s.name.toUpperCase(), 40, 38, { font: 'lsB', size: 15, w: 515, align: 'center', color: '#004c8c' });
    P.t(s.addr.join(', '), 40, 58, { w: 515, align: 'center', size: 8.5 });
    P.t('Tel: 6745 1208  |  Email: ' + s.email + '  |  GST Reg. No.: ' + s.vatId, 40, 70, { w: 515, align: 'center', size: 8.5 });
    P.rule(40, 88, 555, { lw: 2, color: '#004c8c' }); P.rule(40, 91, 555, { lw: 0.5, color: '#004c8c' });
    P.t('TAX INVOICE', 40, 102, { font: 'lsB', size: 16, w: 515, align: 'center', cs: 2 });
    P.t('Bill To:', 40, 136, { font: 'lsB', size: 9 });
    P.lines([b.name, ...b.addr, 'Attn: Ms Rachel Lim (Practice Manager)', b.email], 40, 150, { size: 9.5 });
    const meta = [['Invoice No.', inv.number], ['Date', F.date(inv.issue)], ['Terms', '30 Days'], ['Due Date', F.date(inv.due)], ['Contract', 'MC-2025-118']];
    meta.forEach((m, i) => { const y = 136 + i * 17; P.rect(360, y, 80, 17, { fill: '#e6eef6', stroke: '#8aa' }); P.rect(440, y, 115, 17, { stroke: '#8aa' }); P.t(m[0], 365, y + 4, { size: 8.5, font: 'lsB' }); P.t(m[1], 445, y + 4, { size: 8.5 }); });
    let y = P.table({
      x: 40, y: 240, size: 9, font: 'ls', fontB: 'lsB', bottom: 740, pad: 5, headBox: true, grid: true, gridColor: '#8aa', rowRule: 0.4, rowRuleColor: '#8aa', headFill: '#e6eef6',
      cols: [
        { h: 'S/N', w: 32, a: 'center', v: l => String(l.pos) },
        { h: 'Description', w: 258, v: l => l.desc },
        { h: 'Qty', w: 45, a: 'right', v: l => F.qty(l.qty) },
        { h: 'Unit Price (S$)', w: 80, a: 'right', v: l => F.num(l.p) },
        { h: 'Amount (S$)', w: 100, a: 'right', v: l => F.num(l.amt) },
      ], rows: c.lines,
    });
    P.t('All prices are inclusive of 9% GST.', 40, y + 6, { size: 8.5, font: 'lsI' });
    y = P.kv([
      ['Total Amount Payable (incl. GST)', F.money(c.total), { bold: true }],
      ['Amount excluding GST', F.money(c.subtotal)],
      ['GST @ 9% (included)', F.money(c.tax)],
    ], 290, y + 24, { lw: 175, vw: 90, size: 9, fontB: 'lsB', gap: 5 });
    P.lines(['Payment by PayNow to UEN ' + s.vatId + ' or cheque payable to "' + s.name + '".', 'Please quote the invoice number with your payment. This is a computer-generated invoice; no signature is required.'], 40, y + 22, { size: 8 });
  },
});

// =====================================================================
// 16. Croatia — Croatian, EUR, PDV 25 % / 13 % plus non-taxable tourist tax,
//     fiscal invoice number, dates with trailing dot
// =====================================================================
const OIB_A = ID.hr('7310492856'), OIB_B = ID.hr('2958147036');
add({
  file: 'hr-split-apartmani-racun.pdf', country: 'Croatia', lang: 'hr',
  currency: 'EUR', L: { dec: ',', thou: '.', sym: '€', pre: false, sep: ' ', pct: '%' }, D: DATE.dmy('.', true, '.'),
  number: '27/1/1', issue: '2026-05-14', due: '2026-05-29',
  seller: { name: 'Vila Meje d.o.o.', vatId: 'HR' + OIB_A, addr: ['Šetalište Ivana Meštrovića 16', '21000 Split'], email: 'recepcija@vilameje.hr' },
  buyer: { name: 'Softverski studio Kvarner d.o.o.', vatId: 'HR' + OIB_B, addr: ['Ulica Ivana Zajca 8', '51000 Rijeka'], email: null },
  lines: [
    { desc: 'Smještaj – dvokrevetna soba s doručkom, 10.–13.05.2026.', unit: 'noć', qty: '12', price: '95.00', rate: '13' },
    { desc: 'Boravišna pristojba', unit: 'os/noć', qty: '24', price: '2.00', rate: '0' },
    { desc: 'Večera – degustacijski meni dalmatinske kuhinje', unit: 'kom', qty: '16', price: '42.00', rate: '13' },
    { desc: 'Vino Plavac mali, boca 0,75 l', unit: 'kom', qty: '8', price: '28.00', rate: '25' },
    { desc: 'Najam dvorane za radionicu s opremom', unit: 'dan', qty: '2', price: '150.00', rate: '25' },
    { desc: 'Najam broda s posadom, izlet Šolta', unit: 'kom', qty: '1', price: '340.00', rate: '25' },
  ],
  draw(P, inv, c, F) {
    const s = inv.seller, b = inv.buyer;
    P.font('dv', 8.5);
    P.t(s.name, 40, 36, { font: 'dvSB', size: 17, w: 515, align: 'center', color: '#7a2b4a' });
    P.t(`${s.addr.join(', ')} · OIB: ${OIB_A} · PDV ID: ${s.vatId}`, 40, 60, { size: 8, w: 515, align: 'center' });
    P.t(`IBAN: ${ID.iban('HR', '2402006' + '1100874321')} (Erste&Steiermärkische Bank d.d.) · ${s.email}`, 40, 72, { size: 8, w: 515, align: 'center' });
    P.rule(40, 88, 555, { lw: 0.8, color: '#7a2b4a' });
    P.t('RAČUN br. ' + inv.number, 40, 100, { font: 'dvB', size: 15 });
    P.t('R-1', 500, 102, { font: 'dvB', size: 12, w: 55, align: 'right' });
    P.t('Kupac:', 40, 132, { font: 'dvB', size: 8, color: '#7a2b4a' });
    P.lines([b.name, ...b.addr, 'OIB: ' + OIB_B, 'PDV ID: ' + b.vatId], 40, 145, { size: 9.5 });
    P.kv([
      ['Datum i vrijeme izdavanja:', F.date(inv.issue) + ' u 14:32'], ['Mjesto izdavanja:', 'Split'], ['Datum isporuke:', '10.–13.05.2026.'],
      ['Datum dospijeća:', F.date(inv.due)], ['Način plaćanja:', 'transakcijski račun'], ['Poziv na broj:', 'HR00 27-1-1'], ['Operater:', 'Ana Perić'],
    ], 300, 132, { lw: 125, vw: 130, size: 8.5, gap: 2, valueAlign: 'left' });
    let y = P.table({
      x: 40, y: 250, size: 8.5, font: 'dv', fontB: 'dvB', bottom: 740, pad: 4, headTopRule: 1, headRule: 1, rowRule: 0.25,
      cols: [
        { h: 'R.br.', w: 32, v: l => l.pos + '.' },
        { h: 'Naziv', w: 208, v: l => l.desc },
        { h: 'Jed. mj.', w: 45, v: l => l.unit },
        { h: 'Kol.', w: 35, a: 'right', v: l => F.qty(l.qty) },
        { h: 'Cijena', w: 60, a: 'right', v: l => F.num(l.p) },
        { h: 'PDV', w: 45, a: 'right', v: l => l.rate === '0' ? 'n/p' : F.rate(l.rate) },
        { h: 'Iznos', w: 90, a: 'right', v: l => F.num(l.amt) },
      ], rows: c.lines,
    });
    P.t('n/p – nije predmet oporezivanja (boravišna pristojba se naplaćuje u ime i za račun Turističke zajednice)', 40, y + 5, { size: 7, color: '#555' });
    y += 24;
    P.t('Rekapitulacija PDV-a', 40, y, { font: 'dvB', size: 8.5 });
    const hx = [40, 150, 240], cw = [105, 85, 80];
    ['Stopa', 'Osnovica', 'Iznos PDV-a'].forEach((h, i) => P.t(h, hx[i], y + 14, { w: cw[i], align: i ? 'right' : 'left', font: 'dvB', size: 8 }));
    let yl = y + 28;
    for (const g of c.groups.slice().reverse()) { [g.rm ? 'PDV ' + F.rate(g.rate) : 'Neoporezivo', F.num(g.net), F.num(g.tax)].forEach((v, i) => P.t(v, hx[i], yl, { w: cw[i], align: i ? 'right' : 'left', size: 8.5 })); yl += 12; }
    const yr = P.kv([['Ukupno bez PDV-a', F.money(c.subtotal)], ['Ukupno PDV', F.money(c.tax)], ['UKUPNO ZA PLATITI', F.money(c.total), { bold: true, size: 11, lineAbove: 1.2 }]], 310, yl + 14, { lw: 150, vw: 95, size: 9, fontB: 'dvB', gap: 5 });
    y = yr + 24;
    P.lines(['ZKI: 3f6a1c08b2d94e7a5c10e8f2a9b7d341', 'JIR: 8d2e4b17-6a3c-4f90-b5e2-71c9d0a4f3b6', 'Oslobođenja/napomene: boravišna pristojba nije predmet PDV-a.', 'Račun izdala: Ana Perić'], 40, y, { size: 7.5, color: '#333' });
  },
});

// =====================================================================
function render(inv) {
  const c = compute(inv);
  const F = fmt(inv, c);
  const created = new Date(inv.issue + 'T09:30:00Z');
  const doc = new PDFDocument({
    size: inv.size || 'A4', margin: 0, bufferPages: true,
    info: { Title: `Invoice ${inv.number}`, Author: inv.seller.name, Subject: 'Invoice', Creator: 'invoices-fresh generator', Producer: 'PDFKit', CreationDate: created, ModDate: created },
  });
  const P = new Pen(doc);
  inv.draw(P, inv, c, F);
  const range = doc.bufferedPageRange();
  if (range.count > 1 && inv.pageLabel) {
    for (let i = 0; i < range.count; i++) {
      doc.switchToPage(i);
      const o = inv.pageLabelPos;
      P.t(inv.pageLabel(i + 1, range.count), o.x, o.y, { w: o.w, align: o.align, font: o.font, size: o.size, color: '#555' });
    }
  }
  return new Promise((resolve, reject) => {
    const chunks = [];
    doc.on('data', d => chunks.push(d));
    doc.on('end', () => resolve({ pdf: Buffer.concat(chunks), gt: groundTruth(inv, c), pages: range.count, c }));
    doc.on('error', reject);
    doc.end();
  });
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const seen = new Set();
  for (const inv of INVOICES) {
    if (seen.has(inv.country)) throw new Error('duplicate country ' + inv.country);
    seen.add(inv.country);
    const { pdf, gt, pages } = await render(inv);
    fs.writeFileSync(path.join(OUT, inv.file), pdf);
    fs.writeFileSync(path.join(OUT, inv.file + '.expected.json'), JSON.stringify(gt, null, 2) + '\n');
    console.log(`${inv.file}  ${pages}p  ${gt.currency} total ${gt.total}${gt.amountDue ? ' due ' + gt.amountDue : ''}`);
  }
}

module.exports = { INVOICES, compute, fmt };
if (require.main === module) main().catch(e => { console.error(e); process.exit(1); });
