#!/usr/bin/env node
// Verifies the printed set: every PDF has a text layer, every ground-truth value
// occurs in the page text in its printed form (checks/NAME.json), the page count
// is as intended, and the ground truth is arithmetically consistent.
//   node scripts/invoices-unseen/verify.mjs [NAME...]
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dec } from './lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const fixtures = join(repo, 'test', 'fixtures', 'invoices-unseen');
const pdfjs = await import(pathToFileURL(join(repo, 'node_modules', 'pdfjs-dist', 'legacy', 'build', 'pdf.mjs')).href);

const norm = (s) => s.normalize('NFC').replace(/[\u00A0\u2009\u202F\u2007\u2002\u2003]/g, ' ').replace(/\s+/g, ' ').trim();
const squash = (s) => norm(s).replace(/ /g, '');

async function pageTexts(file) {
  const data = new Uint8Array(readFileSync(file));
  const pdf = await pdfjs.getDocument({ data, verbosity: 0, useSystemFonts: false }).promise;
  const pages = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const tc = await (await pdf.getPage(i)).getTextContent();
    pages.push(tc.items.map((it) => it.str + (it.hasEOL ? '\n' : '')).join(''));
  }
  return pages;
}

const cents = (s) => { const d = dec(s); if (d.decimals > 2) throw new Error(s); return d.n * (100 / d.scale); };

const only = process.argv.slice(2);
let failed = 0, n = 0;
for (const f of readdirSync(join(here, 'checks')).filter((x) => x.endsWith('.json')).sort()) {
  const spec = JSON.parse(readFileSync(join(here, 'checks', f), 'utf8'));
  if (only.length && !only.includes(spec.name)) continue;
  n++;
  const errs = [], notes = [];
  const pages = await pageTexts(join(fixtures, `${spec.name}.pdf`));
  const all = pages.join('\n');
  if (norm(all).length < 200) errs.push('no text layer');
  if (pages.length !== spec.pages) errs.push(`pages: ${pages.length}, expected ${spec.pages}`);
  const text = norm(all), flat = squash(all);
  for (const { field, text: want } of spec.checks) {
    if (text.includes(norm(want))) continue;
    if (flat.includes(squash(want))) { notes.push(`${field}: found only ignoring spaces/line breaks: "${want}"`); continue; }
    errs.push(`${field}: "${want}" not in text`);
  }
  const gt = JSON.parse(readFileSync(join(fixtures, `${spec.name}.pdf.expected.json`), 'utf8'));
  const keys = ['invoiceNumber', 'issueDate', 'dueDate', 'currency', 'seller', 'buyer', 'subtotal', 'taxTotal', 'total', 'amountDue', 'lineItems', 'source'];
  if (JSON.stringify(Object.keys(gt)) !== JSON.stringify(keys)) errs.push(`keys: ${Object.keys(gt)}`);
  const discounted = new Set(spec.discountedLines ?? []);
  for (const [i, l] of gt.lineItems.entries()) {
    const q = dec(l.quantity), u = dec(l.unitPrice);
    const exact = q.n * u.n * 100 / (q.scale * u.scale);
    const amt = cents(l.amount);
    if (discounted.has(i) ? !(amt < exact) : Math.abs(amt - exact) > 0.5) errs.push(`line ${i}: ${l.quantity} x ${l.unitPrice} vs ${l.amount}`);
  }
  const sub = cents(gt.subtotal), tot = cents(gt.total), tax = gt.taxTotal == null ? 0 : cents(gt.taxTotal);
  if (sub + tax !== tot) errs.push(`subtotal + tax != total`);
  const lineSum = gt.lineItems.reduce((a, l) => a + cents(l.amount), 0);
  if (lineSum !== sub && !spec.invoiceDiscount) errs.push(`sum of lines ${lineSum} != subtotal ${sub}`);
  console.log(`${errs.length ? 'FAIL' : 'ok  '} ${spec.name}: ${pages.length} page(s), ${all.length} chars, ${spec.checks.length} checks${notes.length ? `, ${notes.length} only ignoring spaces` : ''}`);
  for (const e of errs) console.log(`     ${e}`);
  for (const e of notes) console.log(`     note: ${e}`);
  if (errs.length) failed++;
}
console.log(`${n - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
