#!/usr/bin/env node
'use strict';
// Generates the held-out invoices-lib test set: 16 PDFs (text layer, pdf-lib,
// standard WinAnsi fonts) plus NAME.pdf.expected.json ground truth, then
// verifies with `pdftotext -layout` that every ground-truth value is printed.
//
//   node scripts/invoices-lib/generate.js            # generate + verify
//   node scripts/invoices-lib/generate.js --no-verify

const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { PDFDocument, StandardFonts } = require('pdf-lib');
const { compute, dec, money, qty, date, Doc } = require('./lib');

const OUT = path.resolve(__dirname, '../../test/fixtures/invoices-lib');
const INVOICES = [...require('./invoices-a'), ...require('./invoices-b')];
const FIXED_DATE = new Date('2026-11-23T09:00:00Z');

const FAMILIES = {
  Helvetica: { reg: StandardFonts.Helvetica, bold: StandardFonts.HelveticaBold, it: StandardFonts.HelveticaOblique },
  Times: { reg: StandardFonts.TimesRoman, bold: StandardFonts.TimesRomanBold, it: StandardFonts.TimesRomanItalic },
  Courier: { reg: StandardFonts.Courier, bold: StandardFonts.CourierBold, it: StandardFonts.CourierOblique },
};

const compact = (s) => (s == null ? null : s.replace(/[\s.\-]/g, ''));
const party = (p) => ({ name: p.name, vatId: compact(p.vat), address: p.addr.join(', '), email: p.email || null });

function truth(inv, c) {
  return {
    invoiceNumber: inv.number,
    issueDate: inv.issue,
    dueDate: inv.due || null,
    currency: inv.currency,
    seller: party(inv.seller),
    buyer: party(inv.buyer),
    subtotal: dec(c.subtotal),
    taxTotal: dec(c.tax),
    total: dec(c.total),
    amountDue: c.amountDue == null ? null : dec(c.amountDue),
    lineItems: c.lines.map((l) => ({ description: l.d, quantity: l.q, unitPrice: dec(l.p), amount: dec(l.net) })),
    source: 'text',
  };
}

async function build(inv) {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Invoice ${inv.number}`);
  pdf.setAuthor(inv.seller.name);
  pdf.setProducer('pdf-lib');
  pdf.setCreator('invoices-lib generator');
  pdf.setCreationDate(FIXED_DATE); pdf.setModificationDate(FIXED_DATE);
  const fonts = {};
  for (const [k, v] of Object.entries(FAMILIES[inv.family])) fonts[k] = await pdf.embedFont(v);
  const doc = new Doc(pdf, fonts, inv.page);
  const c = compute(inv);
  inv.render(doc, inv, c);
  const bytes = await pdf.save({ useObjectStreams: false });
  return { bytes, c, pages: doc.pages.length };
}

// ---------- verification ----------
function checkArithmetic(inv, c, t) {
  const errs = [];
  const sumLines = c.lines.reduce((a, l) => a + l.net, 0);
  if (sumLines - c.invDisc !== c.subtotal) errs.push('lines - invoice discount != subtotal');
  if (c.subtotal + c.tax - c.irpf !== c.total) errs.push('subtotal + tax - irpf != total');
  if (c.taxes.reduce((a, e) => a + e.tax, 0) !== c.tax) errs.push('tax breakdown');
  for (const l of c.lines) {
    const g = Math.round((require('./lib').milli(l.q) * l.p) / 1000);
    if (g - l.discAmt !== l.net) errs.push('line ' + l.d);
  }
  if (c.amountDue != null && c.total - c.deposit !== c.amountDue) errs.push('amountDue');
  // ground truth decimal strings re-add exactly
  const cents = (s) => Math.round(parseFloat(s) * 100);
  const liSum = t.lineItems.reduce((a, l) => a + cents(l.amount), 0);
  if (liSum - c.invDisc !== cents(t.subtotal)) errs.push('truth lineItems sum');
  if (cents(t.subtotal) + cents(t.taxTotal) - c.irpf !== cents(t.total)) errs.push('truth totals');
  return errs;
}

function verify(inv, c, t, file) {
  const layout = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const norm = (s) => s.replace(/\u00a0/g, ' ').replace(/[ \t]+/g, ' ');
  const text = norm(layout);
  const flat = text.replace(/\s+/g, ' ');
  const squeezed = layout.replace(/[\s.\-]/g, '');
  const st = inv.st, M = (v) => money(v, st);
  const missing = [];
  const need = (label, s) => { if (!flat.includes(norm(s).replace(/\s+/g, ' '))) missing.push(`${label}: "${s}"`); };
  need('invoiceNumber', t.invoiceNumber);
  need('issueDate', date(t.issueDate, inv.df));
  if (t.dueDate) need('dueDate', date(t.dueDate, inv.df));
  for (const role of ['seller', 'buyer']) {
    const p = inv[role], tp = t[role];
    need(`${role}.name`, p.name);
    p.addr.forEach((a) => need(`${role}.address`, a));
    if (tp.email) need(`${role}.email`, tp.email);
    if (tp.vatId && !squeezed.includes(tp.vatId)) missing.push(`${role}.vatId ${tp.vatId}`);
  }
  need('subtotal', M(c.subtotal));
  if (c.tax !== 0 || inv.printZeroTax) need('taxTotal', M(c.tax));
  need('total', M(c.total));
  if (c.amountDue != null) need('amountDue', M(c.amountDue));
  for (const l of c.lines) {
    need('qty', qty(l.q, st)); need('unitPrice', M(l.p)); need('amount', M(l.net));
    for (const w of l.d.split(' ')) need('desc word', w);
  }
  const isoCur = t.currency;
  const curSeen = flat.includes(isoCur) || (isoCur === 'EUR' && flat.includes('€')) || (isoCur === 'GBP' && flat.includes('£'));
  if (!curSeen) missing.push('currency ' + isoCur);
  return missing;
}

async function main() {
  const doVerify = !process.argv.includes('--no-verify');
  fs.mkdirSync(OUT, { recursive: true });
  let bad = 0;
  for (const inv of INVOICES) {
    const { bytes, c, pages } = await build(inv);
    const file = path.join(OUT, inv.file + '.pdf');
    fs.writeFileSync(file, bytes);
    const t = truth(inv, c);
    fs.writeFileSync(file + '.expected.json', JSON.stringify(t, null, 2) + '\n');
    const errs = checkArithmetic(inv, c, t);
    const miss = doVerify ? verify(inv, c, t, file) : [];
    const ok = !errs.length && !miss.length;
    if (!ok) bad++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${inv.file}.pdf  pages=${pages}  total=${t.total} ${t.currency}${t.amountDue ? ' due=' + t.amountDue : ''}`);
    for (const e of [...errs, ...miss]) console.log('      ' + e);
  }
  if (bad) { console.error(`${bad} invoice(s) failed verification`); process.exit(1); }
}

main().catch((e) => { console.error(e); process.exit(1); });
