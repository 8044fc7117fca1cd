#!/usr/bin/env node
// Single source of the unseen invoice set. Every invoice's data lives once in
// invoices/NN-*.mjs; this script computes all amounts in integer cents and writes
//   scripts/invoices-unseen/html/NAME.html        (printed to PDF by build.sh)
//   scripts/invoices-unseen/checks/NAME.json      (printed form of every ground-truth value)
//   test/fixtures/invoices-unseen/NAME.pdf.expected.json   (ground truth)
import { readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compute, groundTruth, checkStrings } from './lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const fixtures = join(repo, 'test', 'fixtures', 'invoices-unseen');
for (const d of [join(here, 'html'), join(here, 'checks'), fixtures]) mkdirSync(d, { recursive: true });

const only = process.argv.slice(2);
const files = readdirSync(join(here, 'invoices')).filter((f) => f.endsWith('.mjs')).sort();
const index = [];
for (const file of files) {
  const inv = (await import(join(here, 'invoices', file))).default;
  if (only.length && !only.includes(inv.name)) continue;
  const c = compute(inv);
  const f = inv.fmt;
  writeFileSync(join(here, 'html', `${inv.name}.html`), inv.render(c, f));
  writeFileSync(join(here, 'checks', `${inv.name}.json`), JSON.stringify({
    name: inv.name,
    pages: inv.pages ?? 1,
    discountedLines: c.lines.flatMap((l, i) => (l.disc ? [i] : [])),
    invoiceDiscount: Boolean(inv.discountPct),
    checks: checkStrings(inv, c, f),
  }, null, 2) + '\n');
  writeFileSync(join(fixtures, `${inv.name}.pdf.expected.json`), JSON.stringify(groundTruth(inv, c), null, 2) + '\n');
  index.push({ name: inv.name, country: inv.country, language: inv.language, currency: inv.currency, traits: inv.traits });
  console.log(`${inv.name}: subtotal ${c.subtotal} tax ${c.tax} total ${c.total}${c.amountDue != null ? ` due ${c.amountDue}` : ''}`);
}
if (!only.length) writeFileSync(join(here, 'index.json'), JSON.stringify(index, null, 2) + '\n');
