#!/usr/bin/env node
'use strict';
// Regenerates test/fixtures/invoices-mail/*.eml and *.eml.expected.json.
// Usage: node scripts/invoices-mail/generate.js [outDir]
// Deterministic: running it twice produces byte-identical files.
const fs = require('fs');
const path = require('path');

const fixtures = [
  ...require('./fixtures-a'),
  ...require('./fixtures-b'),
  ...require('./fixtures-c'),
  ...require('./fixtures-d'),
  ...require('./fixtures-e'),
];
const outDir = path.resolve(process.argv[2] || path.join(__dirname, '../../test/fixtures/invoices-mail'));
fs.mkdirSync(outDir, { recursive: true });
const names = new Set();
for (const f of fixtures) {
  if (names.has(f.name)) throw new Error('duplicate fixture name ' + f.name);
  names.add(f.name);
  const { eml, expected } = f.build();
  for (let i = 0; i < eml.length; i++) if (eml.charCodeAt(i) > 127) throw new Error(`${f.name}: raw 8-bit byte in message at ${i}`);
  fs.writeFileSync(path.join(outDir, f.name + '.eml'), Buffer.from(eml, 'latin1'));
  fs.writeFileSync(path.join(outDir, f.name + '.eml.expected.json'), JSON.stringify(expected, null, 2) + '\n', 'utf8');
}
console.log(`wrote ${fixtures.length} messages to ${outDir}`);
