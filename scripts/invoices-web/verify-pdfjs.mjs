#!/usr/bin/env node
// Second, independent text-layer check with pdfjs-dist (from the repo's node_modules):
// every check string / textual ground-truth value must occur in the text pdfjs extracts.
// Usage: node scripts/invoices-web/verify-pdfjs.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.resolve(HERE, '../../test/fixtures/invoices-web');
const HTML = path.join(HERE, 'html');
const require = createRequire(path.resolve(HERE, '../../package.json'));
const pdfjs = await import(require.resolve('pdfjs-dist/legacy/build/pdf.mjs'));
const cmaps = path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'cmaps') + '/';

const norm = s => s.normalize('NFKC').replace(/[\u00a0\u202f\u2009\u2007]/g, ' ').replace(/\u00ad/g, '').replace(/\s+/g, ' ');

let failed = 0, n = 0;
for (const f of fs.readdirSync(OUT).filter(x => x.endsWith('.pdf')).sort()) {
  const name = f.replace(/\.pdf$/, '');
  const exp = JSON.parse(fs.readFileSync(path.join(OUT, f + '.expected.json'), 'utf8'));
  const { checks } = JSON.parse(fs.readFileSync(path.join(HTML, name + '.checks.json'), 'utf8'));
  const doc = await pdfjs.getDocument({ data: new Uint8Array(fs.readFileSync(path.join(OUT, f))), cMapUrl: cmaps, cMapPacked: true, verbosity: 0 }).promise;
  let text = '';
  for (let p = 1; p <= doc.numPages; p++) {
    const tc = await (await doc.getPage(p)).getTextContent();
    for (const it of tc.items) text += it.str + (it.hasEOL ? '\n' : ' ');
    text += '\n';
  }
  const t = norm(text), tz = t.replace(/ /g, '');
  const auto = [exp.invoiceNumber];
  for (const p of [exp.seller, exp.buyer]) { auto.push(p.name, p.vatId, p.email); if (p.address) auto.push(...p.address.split(', ')); }
  for (const li of exp.lineItems) auto.push(li.description);
  const missing = [...checks, ...auto].filter(c => c != null && String(c).trim()).filter(c => {
    const s = norm(String(c)).trim();
    return !t.includes(s) && !tz.includes(s.replace(/ /g, ''));
  });
  n++;
  if (missing.length) { failed++; console.log('FAIL', f, JSON.stringify(missing)); } else console.log('ok  ', f, `(${doc.numPages} p.)`);
}
console.log(`${n - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
