#!/usr/bin/env node
'use strict';
// Generates the invoices-web fixture set:
//   scripts/invoices-web/invoices/*.js  -> one module per invoice (data + HTML template)
//   scripts/invoices-web/html/NAME.html -> rendered HTML source (kept in the repo)
//   scripts/invoices-web/html/NAME.checks.json -> strings the verifier looks for in the PDF text
//   test/fixtures/invoices-web/NAME.pdf (+ NAME.pdf.expected.json)
// Usage: node scripts/invoices-web/generate.js [--no-pdf] [name-filter]
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const L = require('./lib');

const HERE = __dirname;
const OUT = path.resolve(HERE, '../../test/fixtures/invoices-web');
const HTML = path.join(HERE, 'html');
const args = process.argv.slice(2);
const noPdf = args.includes('--no-pdf');
const filter = args.find(a => !a.startsWith('--'));
const CHROME = process.env.CHROMIUM || 'chromium';

fs.mkdirSync(OUT, { recursive: true });
fs.mkdirSync(HTML, { recursive: true });

const mods = fs.readdirSync(path.join(HERE, 'invoices')).filter(f => f.endsWith('.js')).sort();
for (const f of mods) {
  const mod = require(path.join(HERE, 'invoices', f));
  const r = mod(L);
  if (filter && !r.name.includes(filter)) continue;
  const htmlFile = path.join(HTML, r.name + '.html');
  fs.writeFileSync(htmlFile, r.html);
  fs.writeFileSync(path.join(HTML, r.name + '.checks.json'),
    JSON.stringify({ checks: r.checks, arith: r.arith || {} }, null, 2) + '\n');
  fs.writeFileSync(path.join(OUT, r.name + '.pdf.expected.json'), JSON.stringify(r.expected, null, 2) + '\n');
  if (!noPdf) {
    const pdf = path.join(OUT, r.name + '.pdf');
    execFileSync(CHROME, ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
      '--run-all-compositor-stages-before-draw', '--virtual-time-budget=2000',
      '--print-to-pdf=' + pdf, 'file://' + htmlFile], { stdio: ['ignore', 'ignore', 'ignore'] });
  }
  console.log('ok', r.name);
}
