#!/usr/bin/env node
// Checks the invoices-sheets test set: every PDF in test/fixtures/invoices-sheets has a
// text layer, every ground-truth value (names, ids, invoice number, descriptions, and
// each amount as it is formatted on the page) occurs in that text, and the ground truth
// adds up (subtotal + tax = total; lines (+ discount/shipping) = subtotal; due = total
// - deposit - withholding; qty x unit price = amount).
// For the spreadsheets this is also the check that Calc's formulas (which compute every
// amount on load) agree with the generator's integer-cent arithmetic.
//   node scripts/invoices-sheets/verify.mjs [name ...]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');
const FIX = path.join(ROOT, 'test', 'fixtures', 'invoices-sheets');
const CHECKS = path.join(HERE, 'checks');
const pdfjs = await import(path.join(ROOT, 'node_modules', 'pdfjs-dist', 'legacy', 'build', 'pdf.mjs'));

const norm = (s) =>
  s.normalize('NFC').replace(/[\u00a0\u202f\u2007\u2009\u2002\u2003]/g, ' ').replace(/\u2212/g, '-').replace(/\s+/g, ' ').trim();
const squeeze = (s) => norm(s).replace(/ /g, '');
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function pdfText(file) {
  const data = new Uint8Array(fs.readFileSync(file));
  const doc = await pdfjs.getDocument({ data, isEvalSupported: false, useSystemFonts: false }).promise;
  const pages = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const tc = await (await doc.getPage(p)).getTextContent();
    pages.push(tc.items.map((i) => i.str + (i.hasEOL ? '\n' : '')).join(' '));
  }
  await doc.destroy();
  return pages;
}

function toCents(s) {
  if (!/^-?\d+\.\d{2}$/.test(s)) throw new Error(`not a 2-decimal amount string: ${s}`);
  const neg = s.startsWith('-');
  const [i, f] = s.replace('-', '').split('.');
  const c = BigInt(i) * 100n + BigInt(f);
  return neg ? -c : c;
}

function group(intStr, sep, indian) {
  if (!sep || intStr.length <= 3) return intStr;
  let head = intStr.slice(0, -3);
  const parts = [intStr.slice(-3)];
  const size = indian ? 2 : 3;
  while (head.length > size) {
    parts.unshift(head.slice(-size));
    head = head.slice(0, -size);
  }
  if (head) parts.unshift(head);
  return parts.join(sep);
}

// "1234.50" -> "1.234,50" (absolute value; the sign is checked separately)
function formatAmount(s, nf) {
  const [i, f] = s.replace('-', '').split('.');
  let out = group(i, nf.grp, nf.indian);
  const decimals = nf.decimals ?? 2;
  if (decimals) out += nf.dec + f;
  else if (f !== '00') throw new Error(`${s} has cents but the document prints whole units`);
  return out;
}

function formatQty(q, nf) {
  return q.includes('.') ? q.replace('.', nf.dec) : q;
}

// occurrence of a number not glued to other digits; optionally preceded by a minus sign
function findNumber(hay, needle, negative) {
  const body = esc(needle);
  const re = negative
    ? new RegExp(`(?<![\\d.,'])-[^\\d\\s]{0,3} ?${body}(?![\\d])|\\(${body}\\)`)
    : new RegExp(`(?<![\\d.,'])${body}(?![\\d]|[.,]\\d)`);
  return re.test(hay);
}

const CURRENCY_TOKENS = {
  EUR: ['€', 'EUR'], HUF: ['Ft', 'HUF'], TRY: ['₺', 'TL', 'TRY'], INR: ['₹', 'INR', 'Rupees'],
  NZD: ['NZD'], ZAR: ['R '], MXN: ['MXN', 'M.N.'],
};

async function verifyOne(name) {
  const problems = [];
  const expFile = path.join(FIX, `${name}.pdf.expected.json`);
  const exp = JSON.parse(fs.readFileSync(expFile, 'utf8'));
  const chk = JSON.parse(fs.readFileSync(path.join(CHECKS, `${name}.checks.json`), 'utf8'));
  const pdf = path.join(FIX, `${name}.pdf`);
  if (!fs.existsSync(pdf)) return [`missing ${name}.pdf`];
  const pages = await pdfText(pdf);
  const raw = pages.join('\n');
  const spaced = norm(raw);
  const tight = squeeze(raw);

  // text layer
  if (spaced.length < 300) problems.push(`text layer too small (${spaced.length} chars)`);
  pages.forEach((p, i) => { if (norm(p).length < 20) problems.push(`page ${i + 1} has no text layer`); });
  if (pages.length < (chk.minPages ?? 1)) problems.push(`expected at least ${chk.minPages} pages, got ${pages.length}`);
  for (const bad of ['###', 'Err:', '#VALUE!', '#NAME?', '#REF!', '#DIV/0!']) {
    if (raw.includes(bad)) problems.push(`spreadsheet error/overflow marker "${bad}" on the page`);
  }

  const has = (s) => spaced.includes(norm(s)) || tight.includes(squeeze(s));
  const need = (label, s) => { if (s != null && !has(s)) problems.push(`${label} not found: ${JSON.stringify(s)}`); };

  // identity values
  need('invoiceNumber', exp.invoiceNumber);
  for (const side of ['seller', 'buyer']) {
    const p = exp[side];
    need(`${side}.name`, p.name);
    need(`${side}.vatId`, p.vatId);
    need(`${side}.email`, p.email);
    if (p.address) p.address.split(', ').forEach((part) => need(`${side}.address part`, part));
  }
  for (const s of chk.strings) need('printed string', s);
  const tokens = CURRENCY_TOKENS[exp.currency] ?? [exp.currency];
  if (!tokens.some((t) => raw.replace(/\u00a0/g, ' ').includes(t))) problems.push(`no currency marker for ${exp.currency}`);

  // amounts as printed
  const nf = chk.numfmt;
  const amount = (label, s) => {
    if (s == null) return;
    const f = formatAmount(s, nf);
    const neg = s.startsWith('-') && toCents(s) !== 0n;
    const ok = findNumber(spaced, f, neg) || findNumber(tight, f.replace(/ /g, ''), neg);
    if (!ok) problems.push(`${label} ${s} not found as "${neg ? '-' : ''}${f}"`);
  };
  amount('subtotal', exp.subtotal);
  if (chk.taxComponents) {
    // the page prints only the VAT per rate; the ground-truth tax total is their sum
    chk.taxComponents.forEach((c, i) => amount(`VAT component ${i + 1}`, c));
    const sum = chk.taxComponents.reduce((a, c) => a + toCents(c), 0n);
    if (sum !== toCents(exp.taxTotal)) problems.push(`VAT components sum ${sum} != taxTotal ${exp.taxTotal}`);
  } else {
    amount('taxTotal', exp.taxTotal);
  }
  amount('total', exp.total);
  amount('amountDue', exp.amountDue);
  for (const [k, v] of Object.entries(chk.adjust)) amount(`adjustment ${k}`, v);
  exp.lineItems.forEach((li, i) => {
    need(`line ${i + 1} description`, li.description);
    amount(`line ${i + 1} amount`, li.amount);
    amount(`line ${i + 1} unitPrice`, li.unitPrice);
    if (li.quantity != null) {
      const q = formatQty(li.quantity.replace('-', ''), nf);
      if (!findNumber(spaced, q, li.quantity.startsWith('-')) && !findNumber(tight, q, li.quantity.startsWith('-')))
        problems.push(`line ${i + 1} quantity ${li.quantity} not found`);
    }
  });

  // arithmetic of the ground truth
  const sub = toCents(exp.subtotal), tax = toCents(exp.taxTotal), tot = toCents(exp.total);
  if (sub + tax !== tot) problems.push(`subtotal + taxTotal = ${sub + tax} != total ${tot}`);
  let lines = exp.lineItems.reduce((a, li) => a + toCents(li.amount), 0n);
  const adj = Object.fromEntries(Object.entries(chk.adjust).map(([k, v]) => [k, toCents(v)]));
  lines += (adj.discount ?? 0n) + (adj.shipping ?? 0n);
  if (lines !== sub) problems.push(`sum of lines (+discount/shipping) = ${lines} != subtotal ${sub}`);
  const due = tot + (adj.deposit ?? 0n) + (adj.withholding ?? 0n);
  if (exp.amountDue != null && toCents(exp.amountDue) !== due) problems.push(`amountDue ${exp.amountDue} != total - deposit - withholding (${due})`);
  if (exp.amountDue == null && (adj.deposit || adj.withholding)) problems.push('deposit/withholding printed but amountDue is null');
  exp.lineItems.forEach((li, i) => {
    if (li.quantity == null || li.unitPrice == null) return;
    const [qi, qf = ''] = li.quantity.replace('-', '').split('.');
    const scale = 10n ** BigInt(qf.length);
    const q = (BigInt(qi) * scale + BigInt(qf || '0')) * (li.quantity.startsWith('-') ? -1n : 1n);
    const prod = q * toCents(li.unitPrice); // cents * scale
    const abs = prod < 0n ? -prod : prod;
    let r = (abs * 2n + scale) / (2n * scale); // half up, away from zero
    if (prod < 0n) r = -r;
    if (r !== toCents(li.amount)) problems.push(`line ${i + 1}: ${li.quantity} x ${li.unitPrice} != ${li.amount}`);
  });

  // shape of the ground truth
  for (const k of ['issueDate', 'dueDate']) {
    if (exp[k] != null && !/^\d{4}-\d{2}-\d{2}$/.test(exp[k])) problems.push(`${k} not ISO: ${exp[k]}`);
  }
  if (exp.issueDate && exp.dueDate && exp.dueDate < exp.issueDate) problems.push('dueDate before issueDate');
  if (!/^[A-Z]{3}$/.test(exp.currency)) problems.push(`currency not ISO 4217: ${exp.currency}`);
  if (exp.source !== 'text') problems.push('source must be "text"');
  return problems;
}

const wanted = process.argv.slice(2);
const names = fs.readdirSync(FIX).filter((f) => f.endsWith('.pdf.expected.json')).map((f) => f.replace('.pdf.expected.json', ''))
  .filter((n) => !wanted.length || wanted.includes(n)).sort();
let passed = 0, failed = 0;
for (const name of names) {
  const problems = await verifyOne(name);
  if (problems.length) {
    failed++;
    console.log(`FAIL ${name}`);
    for (const p of problems) console.log(`     - ${p}`);
  } else {
    passed++;
    console.log(`ok   ${name}`);
  }
}
const pdfs = fs.readdirSync(FIX).filter((f) => f.endsWith('.pdf'));
for (const f of pdfs) {
  if (!fs.existsSync(path.join(FIX, `${f}.expected.json`))) { failed++; console.log(`FAIL ${f}: no ground truth`); }
}
console.log(`verify: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
