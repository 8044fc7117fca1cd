#!/usr/bin/env node
'use strict';
// Checks the invoices-fresh set: every ground-truth value must appear in its
// printed (localised) form in the text layer (pdftotext -layout), and the
// ground-truth amounts must add up. Exit code 1 on any failure.
//
//   node scripts/invoices-fresh/verify.js [fixtureDir]

const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { INVOICES } = require('./generate');

const DIR = path.resolve(process.argv[2] || path.join(__dirname, '../../test/fixtures/invoices-fresh'));
const KEYS = ['invoiceNumber', 'issueDate', 'dueDate', 'currency', 'seller', 'buyer', 'subtotal', 'taxTotal', 'total', 'amountDue', 'lineItems', 'source'];
const PARTY_KEYS = ['name', 'vatId', 'address', 'email'];

const norm = s => s.replace(/[\u00a0\s]+/g, ' ').trim();
const esc = s => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// numbers: not part of a longer number (no adjacent digit or digit+separator)
const hasNum = (text, needle) => new RegExp("(?<![0-9])(?<![0-9][.,' ])" + esc(needle) + "(?![0-9])(?![.,'][0-9])").test(text);
const has = (text, needle) => new RegExp('(^|[^0-9A-Za-z])' + esc(norm(needle)) + '($|[^0-9A-Za-z])').test(text);

// independent re-implementation of the local number format
function local(dec, L, minDecimals) {
  let [i, f = ''] = dec.replace('-', '').split('.');
  if (minDecimals != null) while (f.length < minDecimals) f += '0';
  i = i.replace(/\B(?=(\d{3})+(?!\d))/g, L.thou || '');
  return i + (f ? L.dec + f : '');
}
// exact decimal -> integer in 1/1000 of the smallest printed unit
const toMilli = s => { const [i, f = ''] = s.split('.'); return BigInt(i + (f + '000000').slice(0, 6)); }; // micro-units
const fromMicro = v => Number(v) / 1e6;

let failures = 0, checks = 0;
function check(ok, file, what) { checks++; if (!ok) { failures++; console.log(`FAIL ${file}: ${what}`); } }

const countries = new Set();
for (const inv of INVOICES) {
  const file = inv.file;
  const pdf = path.join(DIR, file);
  const gt = JSON.parse(fs.readFileSync(pdf + '.expected.json', 'utf8'));
  const layout = norm(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }));
  const layoutNum = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\u00a0/g, ' ').replace(/[ \t]{2,}|\n/g, '  ');
  const raw = norm(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))[1]);
  countries.add(inv.country);

  // format of the ground-truth file
  check(JSON.stringify(Object.keys(gt)) === JSON.stringify(KEYS), file, 'top-level keys ' + Object.keys(gt));
  for (const p of ['seller', 'buyer']) check(JSON.stringify(Object.keys(gt[p])) === JSON.stringify(PARTY_KEYS), file, p + ' keys');
  check(gt.source === 'text', file, 'source');
  check(/^[A-Z]{3}$/.test(gt.currency), file, 'currency ISO');
  for (const k of ['issueDate', 'dueDate']) check(gt[k] === null || /^\d{4}-\d{2}-\d{2}$/.test(gt[k]), file, k + ' ISO');
  const amt = /^-?\d+(\.\d+)?$/;
  for (const k of ['subtotal', 'taxTotal', 'total']) check(amt.test(gt[k]), file, k + ' decimal');
  check(gt.amountDue === null || amt.test(gt.amountDue), file, 'amountDue decimal');

  // printed values
  const L = inv.L; const minDec = inv.scale === 1 ? 0 : 2;
  const A = v => local(v, L, minDec);
  const find = (label, printed) => check(has(layout, printed), file, `${label} "${printed}" not found in text`);
  const findNum = (label, printed) => check(hasNum(layoutNum, printed), file, `${label} number "${printed}" not found in text`);
  find('invoiceNumber', gt.invoiceNumber);
  find('issueDate', inv.D(gt.issueDate));
  if (gt.dueDate) find('dueDate', inv.D(gt.dueDate));
  check(has(layout, gt.currency) || layout.includes(L.sym), file, 'currency code or symbol');
  for (const p of ['seller', 'buyer']) {
    const P = gt[p];
    find(p + '.name', P.name);
    if (P.vatId) find(p + '.vatId', P.vatId);
    if (P.email) find(p + '.email', P.email);
    for (const part of P.address.split(', ')) find(p + '.address part', part);
  }
  for (const k of ['subtotal', 'taxTotal', 'total']) findNum(k, A(gt[k]));
  if (gt.amountDue) findNum('amountDue', A(gt.amountDue));
  gt.lineItems.forEach((li, i) => {
    const d = norm(li.description);
    const words = d.split(/[\s–-]+/).filter(Boolean);
    const ok = raw.includes(d) || layout.includes(d) || words.every(w => layout.includes(w));
    check(ok, file, `line ${i + 1} description "${d}"`);
    findNum(`line ${i + 1} quantity`, local(li.quantity, L, inv.qtyDec));
    findNum(`line ${i + 1} unitPrice`, A(li.unitPrice));
    findNum(`line ${i + 1} amount`, A(li.amount));
  });

  // arithmetic (in micro-units, exact)
  const sum = gt.lineItems.reduce((a, li) => a + toMilli(li.amount), 0n);
  if (inv.gross) check(sum === toMilli(gt.total), file, `gross lines sum ${fromMicro(sum)} != total ${gt.total}`);
  else check(sum === toMilli(gt.subtotal), file, `lines sum ${fromMicro(sum)} != subtotal ${gt.subtotal}`);
  check(toMilli(gt.subtotal) + toMilli(gt.taxTotal) === toMilli(gt.total), file, 'subtotal + tax != total');
  if (gt.amountDue !== null) check(toMilli(gt.amountDue) < toMilli(gt.total) && inv.deposit && toMilli(gt.total) - toMilli(inv.deposit) === toMilli(gt.amountDue), file, 'amountDue = total - deposit');
  else check(!inv.deposit, file, 'deposit but amountDue null');
  gt.lineItems.forEach((li, i) => {
    const q = Number(li.quantity), p = Number(li.unitPrice), a = Number(li.amount);
    const disc = Number(inv.lines[i].disc || 0);
    const unit = inv.scale === 1 ? 1 : 0.01;
    check(Math.abs(q * p * (1 - disc / 100) - a) <= unit / 2 + 1e-9, file, `line ${i + 1}: ${q} x ${p} (-${disc}%) != ${a}`);
  });
  // taxes: each printed rate group must reproduce the tax total
  let taxCheck = 0;
  if (inv.stacked) taxCheck = inv.stacked.reduce((a, t) => a + Math.round(Number(gt.subtotal) * Number(t.rate) + 1e-6) / 100, 0);
  else {
    const groups = {};
    gt.lineItems.forEach((li, i) => { const r = inv.lines[i].rate; groups[r] = (groups[r] || 0) + Number(li.amount); });
    const rnd = inv.scale === 1 ? (x => Math.round(x + 1e-6)) : (x => Math.round(x * 100 + 1e-6) / 100);
    for (const [r, base] of Object.entries(groups)) taxCheck += rnd(inv.gross ? base * Number(r) / (100 + Number(r)) : base * Number(r) / 100);
  }
  check(Math.abs(taxCheck - Number(gt.taxTotal)) < 0.005, file, `tax recomputed ${taxCheck} != ${gt.taxTotal}`);
  if (inv.expectPages) check(pages === inv.expectPages, file, `pages ${pages}`);
  console.log(`ok? ${file}  pages=${pages}  lines=${gt.lineItems.length}  total=${gt.total}${gt.amountDue ? ' due=' + gt.amountDue : ''}`);
}
check(countries.size === 16 && INVOICES.length === 16, 'set', `16 invoices / countries (got ${INVOICES.length}/${countries.size})`);
console.log(`${checks} checks, ${failures} failures`);
process.exit(failures ? 1 : 0);
