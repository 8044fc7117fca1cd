#!/usr/bin/env node
'use strict';
// Verifies the rendered fixtures:
//  1. every PDF has a text layer and every "check" string (ground-truth values in their printed form)
//     occurs in the text extracted by poppler's pdftotext (raw and layout modes),
//  2. arithmetic of the ground truth: sum(line amounts) + lineAdjust = subtotal,
//     subtotal + taxTotal = total, amount = quantity * unitPrice (when unitPrice printed),
//  3. the JSON shape / conventions (ISO dates, two-decimal amounts, ISO currency).
// Usage: node scripts/invoices-web/verify.js
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const HERE = __dirname;
const OUT = path.resolve(HERE, '../../test/fixtures/invoices-web');
const HTML = path.join(HERE, 'html');

function norm(s) {
  return s.normalize('NFKC')
    .replace(/[\u00a0\u202f\u2009\u2007]/g, ' ')
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ');
}
function cents(s) {
  const m = /^(-?)(\d+)\.(\d{2})$/.exec(s);
  if (!m) throw new Error('bad amount ' + s);
  const v = Number(m[2]) * 100 + Number(m[3]);
  return m[1] ? -v : v;
}
function milli(q) {
  const m = /^(-?)(\d+)(?:\.(\d{1,3}))?$/.exec(q);
  if (!m) throw new Error('bad qty ' + q);
  const v = Number(m[2]) * 1000 + Number((m[3] || '').padEnd(3, '0') || 0);
  return m[1] ? -v : v;
}

let failures = 0, total = 0;
const files = fs.readdirSync(OUT).filter(f => f.endsWith('.pdf')).sort();
for (const f of files) {
  const name = f.replace(/\.pdf$/, '');
  const problems = [];
  const fallback = [];
  const exp = JSON.parse(fs.readFileSync(path.join(OUT, f + '.expected.json'), 'utf8'));
  const { checks, arith } = JSON.parse(fs.readFileSync(path.join(HTML, name + '.checks.json'), 'utf8'));
  const pdf = path.join(OUT, f);
  const raw = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-']).toString();
  const lay = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-']).toString();
  const plain = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-']).toString();
  const pages = Number((/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString()) || [])[1]);
  const texts = [raw, lay, plain].map(norm);
  const squash = texts.map(t => t.replace(/ /g, ''));
  if (raw.replace(/\s/g, '').length < 200) problems.push('no text layer');
  // every textual ground-truth value must be printed, independent of the module's own check list
  const auto = [exp.invoiceNumber];
  for (const p of [exp.seller, exp.buyer]) {
    auto.push(p.name, p.vatId, p.email);
    if (p.address) auto.push(...p.address.split(', '));
  }
  for (const li of exp.lineItems) auto.push(li.description);
  for (const c of [...checks, ...auto.filter(x => x != null)]) {
    const n = norm(String(c)).trim();
    if (!n) continue;
    if (texts.some(t => t.includes(n))) continue;
    // wrapped table cells: accept when the words appear in order with only whitespace between
    const nz = n.replace(/ /g, '');
    if (squash.some(t => t.includes(nz))) { fallback.push(c); continue; }
    problems.push('missing in text: ' + JSON.stringify(c));
  }
  // shape
  const keys = ['invoiceNumber', 'issueDate', 'dueDate', 'currency', 'seller', 'buyer', 'subtotal', 'taxTotal', 'total', 'amountDue', 'lineItems', 'source'];
  if (JSON.stringify(Object.keys(exp)) !== JSON.stringify(keys)) problems.push('key order/shape');
  for (const d of ['issueDate', 'dueDate']) if (exp[d] !== null && !/^2026-\d\d-\d\d$/.test(exp[d])) problems.push('date ' + d);
  if (!/^[A-Z]{3}$/.test(exp.currency)) problems.push('currency');
  for (const a of ['subtotal', 'taxTotal', 'total', 'amountDue']) if (exp[a] !== null && !/^-?\d+\.\d\d$/.test(exp[a])) problems.push('amount ' + a);
  // arithmetic
  const sub = cents(exp.subtotal), tax = cents(exp.taxTotal), tot = cents(exp.total);
  if (sub + tax !== tot) problems.push(`subtotal+tax ${sub + tax} != total ${tot}`);
  const lineSum = exp.lineItems.reduce((a, li) => a + cents(li.amount), 0);
  if (lineSum + (arith.lineAdjust || 0) !== sub) problems.push(`lines ${lineSum} + adjust ${arith.lineAdjust} != subtotal ${sub}`);
  exp.lineItems.forEach((li, idx) => {
    // lines with a printed per-line discount are exempt from qty * unit = amount
    if (li.unitPrice !== null && !(arith.discountedLines || []).includes(idx)) {
      const p = milli(li.quantity) * cents(li.unitPrice);
      if (p !== cents(li.amount) * 1000) problems.push(`line qty*unit != amount: ${li.description}`);
    }
    if (!li.description || /\s{2,}|^\s|\s$/.test(li.description)) problems.push('description whitespace: ' + li.description);
  });
  if (arith.amountDue !== undefined && exp.amountDue !== null && cents(exp.amountDue) !== arith.amountDue) problems.push('amountDue arith');
  if (arith.minPages && pages < arith.minPages) problems.push(`expected >= ${arith.minPages} pages, got ${pages}`);
  total++;
  if (problems.length) { failures++; console.log(`FAIL ${f} (${pages} p.)`); for (const p of problems) console.log('   ', p); }
  else console.log(`ok   ${f} (${pages} p., ${checks.length} checks, ${exp.lineItems.length} items)`);
  if (process.env.VERBOSE && fallback.length) console.log('     found only with spaces removed:', JSON.stringify(fallback));
}
console.log(`${total - failures} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
