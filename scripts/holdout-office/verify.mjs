#!/usr/bin/env node
// Checks the built PDFs: each has a text layer, every string listed in
// checks/NAME.json (the values as printed) occurs in the extracted text, and
// the ground truth is arithmetically consistent. Run from the repo root:
//   node scripts/holdout-office/verify.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.resolve(HERE, '../../test/fixtures/invoices-holdout-office');
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');

const norm = (s) => s.normalize('NFC').replace(/[\s\u00a0\u202f\u2009]+/g, ' ').trim();
const c = (d) => { const m = /^(-?)(\d+)\.(\d\d)$/.exec(d); if (!m) throw new Error(`bad amount ${d}`); return (m[1] ? -1 : 1) * (Number(m[2]) * 100 + Number(m[3])); };
const q = (d) => { const m = /^(\d+)(?:\.(\d{1,3}))?$/.exec(d); if (!m) throw new Error(`bad qty ${d}`); return Number(m[1]) * 1000 + Number((m[2] ?? '').padEnd(3, '0')); };

async function text(file) {
  const doc = await pdfjs.getDocument({ data: new Uint8Array(fs.readFileSync(file)), useSystemFonts: true, verbosity: 0 }).promise;
  const pages = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const tc = await (await doc.getPage(i)).getTextContent();
    pages.push(tc.items.map((it) => it.str + (it.hasEOL ? '\n' : '')).join(' '));
  }
  return pages;
}

let failures = 0;
const fail = (name, msg) => { failures++; console.log(`FAIL ${name}: ${msg}`); };
const names = fs.readdirSync(path.join(HERE, 'checks')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
for (const name of names) {
  const pdf = path.join(OUT, `${name}.pdf`);
  const exp = JSON.parse(fs.readFileSync(`${pdf}.expected.json`, 'utf8'));
  const checks = JSON.parse(fs.readFileSync(path.join(HERE, 'checks', `${name}.json`), 'utf8'));
  const pages = await text(pdf);
  pages.forEach((p, i) => { if (norm(p).length < 50) fail(name, `page ${i + 1} has no text layer`); });
  const all = norm(pages.join('\n'));
  let missing = 0;
  for (const s of checks) if (!all.includes(norm(s))) { missing++; fail(name, `not found in text: ${JSON.stringify(s)}`); }
  // ground-truth shape and arithmetic
  const keys = ['invoiceNumber', 'issueDate', 'dueDate', 'currency', 'seller', 'buyer', 'subtotal', 'taxTotal', 'total', 'amountDue', 'lineItems', 'source'];
  if (JSON.stringify(Object.keys(exp)) !== JSON.stringify(keys)) fail(name, `keys ${Object.keys(exp)}`);
  for (const l of exp.lineItems) {
    if ((q(l.quantity) * c(l.unitPrice)) / 1000 !== c(l.amount)) fail(name, `line arithmetic ${JSON.stringify(l)}`);
  }
  const sumLines = exp.lineItems.reduce((s, l) => s + c(l.amount), 0);
  const note = [];
  if (sumLines !== c(exp.subtotal)) note.push(`lines ${sumLines / 100} != subtotal ${exp.subtotal}`);
  if (c(exp.subtotal) + c(exp.taxTotal) !== c(exp.total)) note.push(`subtotal+tax != total (${(c(exp.total) - c(exp.subtotal) - c(exp.taxTotal)) / 100})`);
  console.log(`${missing ? 'BAD ' : 'ok  '} ${name}: ${pages.length} page(s), ${checks.length} strings checked${note.length ? `; by design: ${note.join('; ')}` : ''}`);
}
console.log(failures ? `${failures} failure(s)` : 'all good');
process.exit(failures ? 1 : 0);
