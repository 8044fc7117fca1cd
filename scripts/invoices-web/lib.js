'use strict';
// Shared helpers for the invoices-web fixture generator.
// All money is handled as integer minor units ("cents"; for JPY: yen * 100 so
// that the ground truth still carries two decimals).

// ---------------------------------------------------------------- money ---
function absDiv(n, d) {
  // round half away from zero of n / d, integers only
  const neg = (n < 0) !== (d < 0);
  const a = Math.abs(n), b = Math.abs(d);
  const q = Math.floor((2 * a + b) / (2 * b));
  return neg ? -q : q;
}

// Parse "2.5" -> 2500 (thousandths)
function qtyMilli(q) {
  const m = /^(-?)(\d+)(?:\.(\d{1,3}))?$/.exec(q);
  if (!m) throw new Error('bad qty ' + q);
  const v = parseInt(m[2], 10) * 1000 + parseInt((m[3] || '').padEnd(3, '0') || '0', 10);
  return m[1] ? -v : v;
}

function lineAmount(qty, unitCents) {
  const p = qtyMilli(qty) * unitCents;
  if (p % 1000 !== 0) throw new Error(`qty ${qty} * ${unitCents} not whole cents`);
  return p / 1000;
}

// percent given as string "19", "8.1", "8.875" -> tax cents on base
function taxOn(baseCents, rate) {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(String(rate));
  const dec = (m[2] || '');
  const scale = 10 ** dec.length;
  const r = parseInt(m[1] + dec, 10); // rate * scale
  return absDiv(baseCents * r, 100 * scale);
}

// ground-truth decimal string
function dot(c) {
  const neg = c < 0; c = Math.abs(c);
  return (neg ? '-' : '') + Math.floor(c / 100) + '.' + String(c % 100).padStart(2, '0');
}

function group(intStr, sep) {
  if (!sep) return intStr;
  return intStr.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

// Locale-ish number formatting of cents.
// opts: dec (decimal sep), grp (group sep), decimals (2 or 0), minus ('-' or '−')
function num(c, opts = {}) {
  const { dec = ',', grp = '.', decimals = 2, minus = '-' } = opts;
  const neg = c < 0; c = Math.abs(c);
  let s;
  if (decimals === 0) {
    if (c % 100 !== 0) throw new Error('fractional amount in 0-decimal currency');
    s = group(String(c / 100), grp);
  } else {
    s = group(String(Math.floor(c / 100)), grp) + dec + String(c % 100).padStart(2, '0');
  }
  return (neg ? minus : '') + s;
}

// quantity formatting: "2.5" -> "2,5" with dec; grouping not needed
function qfmt(q, dec = ',') {
  return String(q).replace('.', dec);
}

// -------------------------------------------------------------- dates ---
function ymd(d) { return d; } // dates are kept as ISO strings
function parts(iso) { const [y, m, d] = iso.split('-').map(Number); return { y, m, d }; }
function pad(n) { return String(n).padStart(2, '0'); }
function addDays(iso, days) {
  const { y, m, d } = parts(iso);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return t.toISOString().slice(0, 10);
}

// ---------------------------------------------------------- escaping ---
function esc(s) {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// --------------------------------------------------- ID check digits ---
function digits(s) { return s.replace(/\D/g, '').split('').map(Number); }

// IBAN: country, bban -> full IBAN (no spaces)
function iban(country, bban) {
  const re = (bban + country + '00').toUpperCase().replace(/[A-Z]/g, ch => String(ch.charCodeAt(0) - 55));
  let mod = 0;
  for (const ch of re) mod = (mod * 10 + Number(ch)) % 97;
  return country + String(98 - mod).padStart(2, '0') + bban;
}
function ibanValid(ib) {
  const s = ib.replace(/\s/g, '');
  const re = (s.slice(4) + s.slice(0, 4)).replace(/[A-Z]/g, ch => String(ch.charCodeAt(0) - 55));
  let mod = 0; for (const ch of re) mod = (mod * 10 + Number(ch)) % 97;
  return mod === 1;
}
function ibanSpaced(ib) { return ib.replace(/(.{4})/g, '$1 ').trim(); }

// German USt-IdNr: DE + 8 digits + ISO 7064 MOD 11,10 check digit
function deVat(eight) {
  let product = 10;
  for (const d of digits(eight)) {
    let sum = (d + product) % 10; if (sum === 0) sum = 10;
    product = (2 * sum) % 11;
  }
  let c = 11 - product; if (c === 10) c = 0;
  return 'DE' + eight + c;
}

// Luhn
function luhnOk(s) {
  let sum = 0; const a = digits(s).reverse();
  a.forEach((d, i) => { if (i % 2) { d *= 2; if (d > 9) d -= 9; } sum += d; });
  return sum % 10 === 0;
}
function luhnComplete(prefix) {
  for (let c = 0; c < 10; c++) if (luhnOk(prefix + c)) return prefix + c;
}
// French: SIREN (9, Luhn) ; SIRET = SIREN + NIC (5) Luhn over 14 ; TVA FRkk + SIREN
function frSiren(eight) { return luhnComplete(eight); }
function frSiret(siren, nic4) { return luhnComplete(siren + nic4); }
function frTva(siren) { const k = (12 + 3 * (Number(siren) % 97)) % 97; return 'FR' + String(k).padStart(2, '0') + siren; }

// Spanish DNI/NIF of a person: 8 digits + letter
function esNif(eight) { return eight + 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(eight) % 23]; }
// Spanish CIF of a company: letter + 7 digits + control (digit for A/B)
function esCif(letter, seven) {
  const d = digits(seven); let even = 0, odd = 0;
  d.forEach((x, i) => { if (i % 2 === 1) even += x; else { const y = 2 * x; odd += Math.floor(y / 10) + (y % 10); } });
  const c = (10 - ((even + odd) % 10)) % 10;
  return letter + seven + c;
}

// Dutch btw-id (legacy mod-11 format): NL + 9 digits + B01
function nlVat(eight) {
  const d = digits(eight); let s = 0;
  d.forEach((x, i) => { s += x * (9 - i); });
  const c = s % 11; if (c === 10) return null;
  return 'NL' + eight + c + 'B01';
}

// Polish NIP: 9 digits + check (weights 6,5,7,2,3,4,5,6,7)
function plNip(nine) {
  const w = [6, 5, 7, 2, 3, 4, 5, 6, 7]; const d = digits(nine);
  const c = d.reduce((a, x, i) => a + x * w[i], 0) % 11; if (c === 10) return null;
  return nine + c;
}

// Czech IČO: 7 digits + check
function czIco(seven) {
  const d = digits(seven); let s = 0; d.forEach((x, i) => { s += x * (8 - i); });
  const r = s % 11; const c = r === 0 ? 1 : r === 1 ? 0 : 11 - r;
  return seven + c;
}

// Greek ΑΦΜ: 8 digits + check
function grAfm(eight) {
  const d = digits(eight); let s = 0; d.forEach((x, i) => { s += x * 2 ** (8 - i); });
  return eight + ((s % 11) % 10);
}

// Bulgarian ЕИК (9 digits)
function bgEik(eight) {
  const d = digits(eight); let s = 0; d.forEach((x, i) => { s += x * (i + 1); });
  let r = s % 11;
  if (r === 10) { s = 0; d.forEach((x, i) => { s += x * (i + 3); }); r = s % 11; if (r === 10) r = 0; }
  return eight + r;
}

// Latvian legal-entity registration / PVN number (11 digits)
function lvReg(ten) {
  const w = [9, 1, 4, 8, 3, 10, 2, 5, 7, 6]; const d = digits(ten);
  const s = d.reduce((a, x, i) => a + x * w[i], 0);
  const c = ((3 - (s % 11)) % 11 + 11) % 11; if (c === 10) return null;
  return ten + c;
}

// Australian ABN: 11 digits, weighted mod 89
function abnOk(abn) {
  const w = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]; const d = digits(abn); d[0] -= 1;
  return d.reduce((a, x, i) => a + x * w[i], 0) % 89 === 0;
}
function abnFrom(nine) { // find 2 leading digits making ABN valid
  for (let p = 10; p < 100; p++) { const s = String(p) + nine; if (abnOk(s)) return s; }
}
function abnSpaced(a) { return a.slice(0, 2) + ' ' + a.slice(2, 5) + ' ' + a.slice(5, 8) + ' ' + a.slice(8); }

// Japanese corporate number (13 digits, leading check digit); invoice reg no = 'T' + it
function jpCorp(twelve) {
  const d = digits(twelve).reverse(); let s = 0;
  d.forEach((x, i) => { s += x * ((i + 1) % 2 === 1 ? 1 : 2); });
  return String(9 - (s % 9)) + twelve;
}

// Swiss UID CHE-xxx.xxx.xxx : 8 digits + mod 11 check
function chUid(eight) {
  const w = [5, 4, 3, 2, 7, 6, 5, 4]; const d = digits(eight);
  let c = 11 - (d.reduce((a, x, i) => a + x * w[i], 0) % 11);
  if (c === 11) c = 0; if (c === 10) return null;
  const n = eight + c;
  return 'CHE-' + n.slice(0, 3) + '.' + n.slice(3, 6) + '.' + n.slice(6);
}
// Swiss QR reference: 26 digits + mod 10 recursive
function qrRef(twentysix) {
  const t = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]; let carry = 0;
  for (const d of digits(twentysix)) carry = t[(carry + d) % 10];
  return twentysix + ((10 - carry) % 10);
}
function qrRefSpaced(r) { return r.slice(0, 2) + ' ' + r.slice(2).replace(/(.{5})/g, '$1 ').trim(); }

// Irish VAT (new format 7 digits + check letter + second letter)
function ieVat(seven, second) {
  const d = digits(seven); let s = 0; d.forEach((x, i) => { s += x * (8 - i); });
  s += 9 * (second.charCodeAt(0) - 64);
  return 'IE' + seven + 'WABCDEFGHIJKLMNOPQRSTUV'[s % 23] + second;
}

// Canadian Business Number (9 digits, Luhn)
function caBn(eight) { return luhnComplete(eight); }

// Singapore UEN (ROC format yyyyNNNNNX) – check letter algorithm is not public,
// only the format is imitated.

module.exports = {
  absDiv, qtyMilli, lineAmount, taxOn, dot, group, num, qfmt, parts, pad, addDays, esc,
  iban, ibanValid, ibanSpaced, deVat, luhnOk, frSiren, frSiret, frTva, esNif, esCif, nlVat, plNip,
  czIco, grAfm, bgEik, lvReg, abnOk, abnFrom, abnSpaced, jpCorp, chUid, qrRef, qrRefSpaced, ieVat, caBn,
};

// ------------------------------------------------ ground-truth builder ---
function normQty(q) {
  let s = String(q);
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  return s;
}
// party: {name, vatId, address: [lines] | null, email}
function party(p) {
  return {
    name: p.name,
    vatId: p.vatId == null ? null : p.vatId,
    address: p.address == null ? null : p.address.join(', '),
    email: p.email == null ? null : p.email,
  };
}
// items: [{description, qty, unit (cents|null), amount (cents)}]
function expected(o) {
  return {
    invoiceNumber: o.invoiceNumber,
    issueDate: o.issueDate,
    dueDate: o.dueDate == null ? null : o.dueDate,
    currency: o.currency,
    seller: party(o.seller),
    buyer: party(o.buyer),
    subtotal: dot(o.subtotal),
    taxTotal: dot(o.taxTotal),
    total: dot(o.total),
    amountDue: o.amountDue == null ? null : dot(o.amountDue),
    lineItems: o.items.map(it => ({
      description: it.description,
      quantity: normQty(it.qty),
      unitPrice: it.unit == null ? null : dot(it.unit),
      amount: dot(it.amount),
    })),
    source: 'text',
  };
}
// group bases by rate and compute tax per rate; returns [{rate, base, tax}]
function taxTable(entries) {
  const m = new Map();
  for (const e of entries) m.set(String(e.rate), (m.get(String(e.rate)) || 0) + e.amount);
  return [...m.entries()].map(([rate, base]) => ({ rate, base, tax: taxOn(base, rate) }));
}
module.exports.normQty = normQty;
module.exports.party = party;
module.exports.expected = expected;
module.exports.taxTable = taxTable;

// ----------------------------------------------------------- QR codes ---
// Real QR codes are drawn with the npm package "qrcode" when it can be loaded
// (QRCODE_MODULE=/path/to/node_modules/qrcode); the resulting SVG is cached in
// assets/ so that later runs without the package produce the same PDFs.
const fs = require('fs');
const path = require('path');
function qrSvg(key, payload, sizeMm) {
  const file = path.join(__dirname, 'assets', key + '.svg');
  let qr = null;
  try { qr = require(process.env.QRCODE_MODULE || 'qrcode'); } catch (e) { qr = null; }
  let svg;
  if (qr) {
    const m = qr.create(payload, { errorCorrectionLevel: 'M' }).modules;
    const n = m.size; let d = '';
    for (let y = 0; y < n; y++) for (let x = 0; x < n; x++) if (m.get(y, x)) d += `M${x} ${y}h1v1h-1z`;
    svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n} ${n}" shape-rendering="crispEdges"><path d="${d}" fill="#000"/></svg>`;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, svg + '\n');
  } else if (fs.existsSync(file)) {
    svg = fs.readFileSync(file, 'utf8').trim();
  } else {
    throw new Error('QR code ' + key + ': install the npm package qrcode (see README) or keep assets/' + key + '.svg');
  }
  return svg.replace('<svg ', `<svg width="${sizeMm}mm" height="${sizeMm}mm" `);
}
module.exports.qrSvg = qrSvg;
