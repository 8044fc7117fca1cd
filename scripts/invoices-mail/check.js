#!/usr/bin/env node
'use strict';
// Verifier for test/fixtures/invoices-mail. Written independently of the generator:
// it has its own minimal MIME decoder (headers, RFC 2047, multipart, message/rfc822,
// quoted-printable, base64, charsets, HTML-to-text) and checks every ground-truth value
// against the decoded text, plus the arithmetic and the VAT-id check digits.
// Usage: node scripts/invoices-mail/check.js [fixtureDir]
const fs = require('fs');
const path = require('path');

const args = process.argv.slice(2);
const dumpIdx = args.indexOf('--dump');
const DUMP = dumpIdx >= 0 ? args.splice(dumpIdx, 2)[1] : null; // --dump NAME prints the decoded invoice text
const DIR = path.resolve(args[0] || path.join(__dirname, '../../test/fixtures/invoices-mail'));

// ------------------------------------------------------------------ per-file explanations
// Arithmetic that is not "sum of line amounts = subtotal" must be explained here; every
// adjustment amount listed must itself be printed in the message.
const EXPLAIN = {
  'us-saas-receipt-paid': { linesPlus: ['-37.00'], why: 'coupon LAUNCH20 in the totals block' },
  'au-hosting-renewal-gst-incl': { gross: true, why: 'prices incl. GST; lines are gross' },
  'ie-coworking-membership': { linesPlus: ['-96.00'], why: 'annual-commitment discount in the totals block' },
  'es-mayorista-12-lineas': { lineDiscount: true, why: 'Dto.% column: amount = qty x price less discount' },
  'tr-e-arsiv-fatura': { linesPlus: ['-500.00'], why: 'Toplam Iskonto in the totals block' },
  'no-nettbutikk-faktura-inkl-mva': { gross: true, linesPlus: ['-309.50', '99.00'], why: 'consumer prices incl. MVA; discount and shipping in the totals block' },
  'us-freelancer-reply-chain': { taxNotPrinted: true, why: 'US freelancer, no tax line printed; taxTotal 0.00 by convention' },
  'pt-honorarios-contabilidade': { noLines: true, why: 'single fee in a sentence, no item row' },
  'gr-xenodocheio-timologio': { taxParts: ['63.25', '6.24'], why: 'only the VAT per rate is printed; taxTotal is their sum' },
};
// VAT-id scheme for ids printed without a country prefix
const VATCC = {
  'au-hosting-renewal-gst-incl': 'AU', 'es-mayorista-12-lineas': 'ES', 'pt-honorarios-contabilidade': 'PT',
  'pl-drukarnia-faktura-vat': 'PL', 'gr-xenodocheio-timologio': 'GR', 'tr-e-arsiv-fatura': 'TR', 'jp-seikyusho-iso2022jp': 'JP',
};

// ------------------------------------------------------------------ charsets
const CP1252 = '\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178';
function decodeBytes(buf, charset) {
  const cs = (charset || 'us-ascii').toLowerCase().replace(/^"|"$/g, '');
  if (cs === 'us-ascii' || cs === 'ascii') {
    for (const b of buf) if (b > 127) throw new Error('8-bit byte in us-ascii part');
    return buf.toString('latin1');
  }
  // Node 20's TextDecoder treats windows-1252 like latin1; decode by hand
  if (cs === 'windows-1252' || cs === 'cp1252' || cs === 'iso-8859-1' || cs === 'latin1') {
    let s = '';
    for (const b of buf) {
      if (b >= 0x80 && b < 0xa0) {
        if (cs !== 'windows-1252' && cs !== 'cp1252') throw new Error(`C1 control byte 0x${b.toString(16)} in ${cs}`);
        s += CP1252[b - 0x80];
      } else s += String.fromCharCode(b);
    }
    return s;
  }
  return new TextDecoder(cs, { fatal: true }).decode(buf);
}

// ------------------------------------------------------------------ MIME
function splitHeadBody(raw) {
  const m = /\r?\n\r?\n/.exec(raw);
  if (!m) return { head: raw, body: '' };
  return { head: raw.slice(0, m.index), body: raw.slice(m.index + m[0].length) };
}
function parseHeaders(head) {
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const h = [];
  for (const line of unfolded.split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i > 0) h.push([line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim()]);
  }
  return h;
}
const hget = (h, name) => { const x = h.find(([k]) => k === name); return x ? x[1] : null; };
function parseParams(v) {
  const parts = [];
  let cur = '', q = false;
  for (const ch of v || '') {
    if (ch === '"') q = !q;
    if (ch === ';' && !q) { parts.push(cur); cur = ''; } else cur += ch;
  }
  parts.push(cur);
  const value = parts.shift().trim().toLowerCase();
  const params = {};
  for (const p of parts) {
    const i = p.indexOf('=');
    if (i > 0) params[p.slice(0, i).trim().toLowerCase()] = p.slice(i + 1).trim().replace(/^"(.*)"$/, '$1');
  }
  return { value, params };
}
function qpDecode(s) {
  const out = [];
  const t = s.replace(/=\r?\n/g, '');
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(t.slice(i + 1, i + 3))) { out.push(parseInt(t.slice(i + 1, i + 3), 16)); i += 2; } else out.push(t.charCodeAt(i) & 0xff);
  }
  return Buffer.from(out);
}
function decodeWords(v) {
  if (!v) return v;
  return v.replace(/\?=\s+=\?/g, '?==?').replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (m, cs, enc, txt) => {
    const buf = enc.toUpperCase() === 'B' ? Buffer.from(txt, 'base64') : qpDecode(txt.replace(/_/g, ' '));
    return decodeBytes(buf, cs);
  });
}
// returns a list of leaves: { type, charset, text, attachment, path }
function parseEntity(raw, pathName, leaves, depth = 0) {
  const { head, body } = splitHeadBody(raw);
  const h = parseHeaders(head);
  const ct = parseParams(hget(h, 'content-type') || 'text/plain; charset=us-ascii');
  const cte = (hget(h, 'content-transfer-encoding') || '7bit').toLowerCase();
  const disp = parseParams(hget(h, 'content-disposition') || 'inline').value;
  const shape = { type: ct.value, charset: ct.params.charset || null, cte, disposition: disp, children: [] };
  if (ct.value.startsWith('multipart/')) {
    const b = ct.params.boundary;
    if (!b) throw new Error('multipart without boundary');
    const lines = body.split(/\r?\n/);
    let cur = null;
    const parts = [];
    let closed = false;
    for (const line of lines) {
      if (line === '--' + b) { if (cur) parts.push(cur.join('\r\n')); cur = []; continue; }
      if (line === '--' + b + '--') { if (cur) parts.push(cur.join('\r\n')); cur = null; closed = true; break; }
      if (cur) cur.push(line);
    }
    if (!closed) throw new Error('multipart not closed: ' + b);
    parts.forEach((p, i) => shape.children.push(parseEntity(p, `${pathName}.${i + 1}`, leaves, depth + 1)));
    return shape;
  }
  if (ct.value === 'message/rfc822') {
    const inner = parseEntity(body, pathName + '.msg', leaves, depth + 1);
    const ih = parseHeaders(splitHeadBody(body).head);
    shape.inner = { from: decodeWords(hget(ih, 'from')), subject: decodeWords(hget(ih, 'subject')), date: hget(ih, 'date') };
    shape.children.push(inner);
    return shape;
  }
  let bytes;
  if (cte === 'base64') bytes = Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64');
  else if (cte === 'quoted-printable') bytes = qpDecode(body);
  else bytes = Buffer.from(body, 'latin1');
  if (ct.value.startsWith('text/')) {
    const text = decodeBytes(bytes, ct.params.charset);
    leaves.push({ type: ct.value, charset: ct.params.charset, text, attachment: disp === 'attachment', path: pathName });
  } else {
    leaves.push({ type: ct.value, bytes, attachment: true, path: pathName });
    if (ct.value === 'image/png' && bytes.subarray(1, 4).toString() !== 'PNG') throw new Error('broken PNG');
  }
  return shape;
}

// ------------------------------------------------------------------ HTML to text
const ENT = { nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", euro: '€', pound: '£', yen: '¥', copy: '©', reg: '®', middot: '·', ndash: '–', mdash: '—', laquo: '«', raquo: '»', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', bdquo: '„', hellip: '…', times: '×', deg: '°', sup2: '²', zwnj: '\u200c', rarr: '→', szlig: 'ß', auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', eacute: 'é', egrave: 'è', ecirc: 'ê', agrave: 'à', aacute: 'á', Agrave: 'À', Eacute: 'É', iacute: 'í', oacute: 'ó', uacute: 'ú', ccedil: 'ç', oslash: 'ø', aring: 'å', aelig: 'æ', Oslash: 'Ø', Aring: 'Å', AElig: 'Æ', ntilde: 'ñ', ordm: 'º', ordf: 'ª' };
function htmlToText(html) {
  let s = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<head[\s\S]*?<\/head>/gi, ' ')
    .replace(/<(style|script)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|tr|h[1-6]|li|table|center)>/gi, '\n')
    .replace(/<\/(td|th)>/gi, '\t')
    .replace(/<[^>]+>/g, '');
  s = s.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (m, e) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    if (!(e in ENT)) throw new Error('unknown entity ' + m);
    return ENT[e];
  });
  return s;
}
function normalize(text) {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n').map((l) => l.replace(/^(\s*>)+ ?/, '')).join('\n')
    .replace(/[\u00a0\u202f\u2007\u2009\u3000\t]/g, ' ')
    .replace(/[\u200b\u200c\u200d\u034f\ufeff]/g, '')
    .replace(/\u2212/g, '-')
    .replace(/\s+/g, ' ');
}

// ------------------------------------------------------------------ printed forms
const reEsc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function group(intStr, sep) {
  let out = '';
  for (let i = 0; i < intStr.length; i++) { if (i && (intStr.length - i) % 3 === 0) out += sep; out += intStr[i]; }
  return out;
}
function numberForms(value, { whole = false } = {}) {
  const v = value.replace(/^-/, '');
  const [ip, fp] = v.split('.');
  const forms = new Set();
  for (const g of ['', ',', '.', ' ', "'", '’']) {
    const gi = group(ip, g);
    if (fp === undefined) { forms.add(gi); continue; }
    for (const d of ['.', ',']) if (d !== g) forms.add(gi + d + fp);
    if (whole && /^0+$/.test(fp)) forms.add(gi);
  }
  return [...forms];
}
function findNumber(flat, value, opts) {
  for (const f of numberForms(value, opts)) {
    const re = new RegExp(`(?<![\\d.,'’])${reEsc(f)}(?![\\d]|[.,'’]\\d)`);
    if (re.test(flat)) return f;
  }
  return null;
}
const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  enS: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  da: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
};
function dateForms(iso) {
  const [y, m, d] = iso.split('-');
  const mi = Number(m), di = Number(d);
  const f = [
    `${y}-${m}-${d}`, `${d}.${m}.${y}`, `${di}.${mi}.${y}`, `${di}. ${mi}. ${y}`, `${d}/${m}/${y}`, `${m}/${d}/${y}`, `${d}-${m}-${y}`,
    `${y}/${m}/${d}`, `${y}年${mi}月${di}日`,
  ];
  for (const names of Object.values(MONTHS)) {
    const n = names[mi - 1];
    f.push(`${di} ${n} ${y}`, `${di}. ${n} ${y}`, `${n} ${di}, ${y}`, `${di} de ${n} de ${y}`);
  }
  return f;
}
function findDate(flat, iso) {
  const low = flat.toLowerCase();
  for (const f of dateForms(iso)) {
    const re = new RegExp(`(?<![\\d])${reEsc(f.toLowerCase())}(?![\\d])`);
    if (re.test(low)) return f;
  }
  return null;
}
const CUR = { EUR: ['EUR', '€'], GBP: ['GBP', '£'], USD: ['USD', '$'], AUD: ['AUD'], CHF: ['CHF'], PLN: ['PLN', 'zł'], SEK: ['SEK'], NOK: ['NOK'], DKK: ['DKK', 'kr.'], CZK: ['CZK', 'Kč'], JPY: ['円', '￥', '¥'], TRY: ['TL', 'TRY', '₺'] };

// ------------------------------------------------------------------ VAT id validators
const dg = (s) => s.split('').map(Number);
function luhn(s) { let t = 0; dg(s).reverse().forEach((x, i) => { if (i % 2) { x *= 2; if (x > 9) x -= 9; } t += x; }); return t % 10 === 0; }
const VAL = {
  GB: (s) => { const d = dg(s.replace(/\D/g, '')); if (d.length !== 9) return false; const t = [8, 7, 6, 5, 4, 3, 2].reduce((a, w, i) => a + w * d[i], 0) + d[7] * 10 + d[8]; return t % 97 === 0 || (t + 55) % 97 === 0; },
  IE: (s) => { const m = /^(\d{7})([A-W])([A-I]?)$/.exec(s.replace(/^IE\s*/, '')); if (!m) return false; let t = dg(m[1]).reduce((a, x, i) => a + x * (8 - i), 0); if (m[3]) t += 'WABCDEFGHI'.indexOf(m[3]) * 9; return 'WABCDEFGHIJKLMNOPQRSTUV'[t % 23] === m[2]; },
  DE: (s) => { const d = dg(s.replace(/^DE/, '')); if (d.length !== 9) return false; let p = 10; for (let i = 0; i < 8; i++) { let x = (d[i] + p) % 10; if (!x) x = 10; p = (2 * x) % 11; } return (11 - p) % 10 === d[8]; },
  CH: (s) => { const d = dg(s.replace(/\D/g, '')); const t = [5, 4, 3, 2, 7, 6, 5, 4].reduce((a, w, i) => a + w * d[i], 0); let c = 11 - (t % 11); if (c === 11) c = 0; return d.length === 9 && c === d[8]; },
  FR: (s) => { const m = /^FR(\d\d)(\d{9})$/.exec(s.replace(/\s/g, '')); return !!m && luhn(m[2]) && Number(m[1]) === (12 + 3 * (Number(m[2]) % 97)) % 97; },
  BE: (s) => { const d = s.replace(/\D/g, ''); return d.length === 10 && 97 - (Number(d.slice(0, 8)) % 97) === Number(d.slice(8)); },
  ES: (s) => { const m = /^([A-HJ-NP-SUVW])(\d{7})([0-9A-J])$/.exec(s.replace(/^ES/, '')); if (!m) return false; const d = dg(m[2]); let t = d[1] + d[3] + d[5]; for (const i of [0, 2, 4, 6]) { const x = d[i] * 2; t += Math.floor(x / 10) + (x % 10); } const c = (10 - (t % 10)) % 10; return m[3] === String(c) || m[3] === 'JABCDEFGHI'[c]; },
  IT: (s) => { const d = dg(s.replace(/^IT/, '')); if (d.length !== 11) return false; let t = 0; for (let i = 0; i < 10; i++) { if (i % 2 === 0) t += d[i]; else { let y = d[i] * 2; if (y > 9) y -= 9; t += y; } } return (10 - (t % 10)) % 10 === d[10]; },
  NL: (s) => { const m = /^NL(\d{9})B\d\d$/.exec(s); if (!m) return false; const d = dg(m[1]); return d.slice(0, 8).reduce((a, x, i) => a + x * (9 - i), 0) % 11 === d[8]; },
  PT: (s) => { const d = dg(s.replace(/^PT/, '')); if (d.length !== 9) return false; let c = 11 - (d.slice(0, 8).reduce((a, x, i) => a + x * (9 - i), 0) % 11); if (c >= 10) c = 0; return c === d[8]; },
  PL: (s) => { const d = dg(s.replace(/\D/g, '')); return d.length === 10 && [6, 5, 7, 2, 3, 4, 5, 6, 7].reduce((a, w, i) => a + w * d[i], 0) % 11 === d[9]; },
  SE: (s) => { const m = /^SE(\d{10})01$/.exec(s); return !!m && luhn(m[1]); },
  CZ: (s) => { const d = dg(s.replace(/^CZ/, '')); if (d.length !== 8) return false; const r = d.slice(0, 7).reduce((a, x, i) => a + x * (8 - i), 0) % 11; return (r === 0 ? 1 : r === 1 ? 0 : 11 - r) === d[7]; },
  FI: (s) => { const d = dg(s.replace(/^FI/, '').replace('-', '')); if (d.length !== 8) return false; const r = [7, 9, 10, 5, 8, 4, 2].reduce((a, w, i) => a + w * d[i], 0) % 11; return r !== 1 && (r === 0 ? 0 : 11 - r) === d[7]; },
  GR: (s) => { const d = dg(s.replace(/^(EL|GR)/, '')); if (d.length !== 9) return false; return (d.slice(0, 8).reduce((a, x, i) => a + x * 2 ** (8 - i), 0) % 11) % 10 === d[8]; },
  JP: (s) => { const m = /^T(\d)(\d{12})$/.exec(s); if (!m) return false; const d = dg(m[2]); let t = 0; for (let n = 1; n <= 12; n++) t += d[12 - n] * (n % 2 ? 1 : 2); return 9 - (t % 9) === Number(m[1]); },
  TR: (s) => { const d = dg(s); if (d.length !== 10) return false; let t = 0; for (let i = 0; i < 9; i++) { const a = (d[i] + 9 - i) % 10; let v = (a * 2 ** (9 - i)) % 9; if (a && !v) v = 9; t += v; } return (10 - (t % 10)) % 10 === d[9]; },
  NO: (s) => { const d = dg(s.replace(/^NO/, '').replace(/MVA$/, '').replace(/\s/g, '')); if (d.length !== 9) return false; let c = 11 - ([3, 2, 7, 6, 5, 4, 3, 2].reduce((a, w, i) => a + w * d[i], 0) % 11); if (c === 11) c = 0; return c === d[8]; },
  BG: (s) => { const d = dg(s.replace(/^BG/, '')); if (d.length !== 9) return false; let r = d.slice(0, 8).reduce((a, x, i) => a + x * (i + 1), 0) % 11; if (r === 10) { r = d.slice(0, 8).reduce((a, x, i) => a + x * (i + 3), 0) % 11; if (r === 10) r = 0; } return r === d[8]; },
  DK: (s) => { const d = dg(s.replace(/^DK/, '')); return d.length === 8 && [2, 7, 6, 5, 4, 3, 2, 1].reduce((a, w, i) => a + w * d[i], 0) % 11 === 0; },
  AU: (s) => { const d = dg(s.replace(/\s/g, '')); if (d.length !== 11) return false; d[0] -= 1; return [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19].reduce((a, w, i) => a + w * d[i], 0) % 89 === 0; },
};
function vatScheme(id, cc) {
  if (/^CHE-/.test(id)) return 'CH';
  const p = id.slice(0, 2);
  if (p === 'EL') return 'GR';
  if (/^[A-Z]{2}/.test(id) && VAL[p] && !(p === 'ES' && cc === 'ES' && !/^ES/.test(id))) return p;
  return cc;
}

// ------------------------------------------------------------------ arithmetic helpers
const toC = (s) => { const neg = s.startsWith('-'); const [a, b = ''] = s.replace('-', '').split('.'); const v = Number(a) * 100 + Number((b + '00').slice(0, 2)); if (b.length > 2 && /[1-9]/.test(b.slice(2))) return NaN; return neg ? -v : v; };
function mulC(q, u) {
  // exact q*u in cents (BigInt), rounded half away from zero
  const p = (s) => { const neg = s.startsWith('-'); const [a, b = ''] = s.replace('-', '').split('.'); return { n: BigInt(a + b) * (neg ? -1n : 1n), k: b.length }; };
  const x = p(q), y = p(u);
  const n = x.n * y.n, k = x.k + y.k;
  if (k <= 2) return Number(n * 10n ** BigInt(2 - k));
  const d = 10n ** BigInt(k - 2);
  const neg = n < 0n, an = neg ? -n : n;
  const r = (an * 2n + d) / (2n * d);
  return Number(neg ? -r : r);
}

// ------------------------------------------------------------------ run
const KEYS = ['invoiceNumber', 'issueDate', 'dueDate', 'currency', 'seller', 'buyer', 'subtotal', 'taxTotal', 'total', 'amountDue', 'lineItems', 'source'];
const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.eml')).sort();
let failures = 0, checks = 0;
const summary = [];
for (const file of files) {
  const name = file.replace(/\.eml$/, '');
  const errs = [];
  const ok = (cond, msg) => { checks++; if (!cond) errs.push(msg); };
  const raw = fs.readFileSync(path.join(DIR, file)).toString('latin1');
  let exp;
  try { exp = JSON.parse(fs.readFileSync(path.join(DIR, file + '.expected.json'), 'utf8')); } catch (e) { errs.push('expected.json: ' + e.message); }
  const leaves = [];
  let shape, top;
  try {
    ok(!/[^\x00-\x7f]/.test(raw), 'message contains raw 8-bit bytes');
    top = parseHeaders(splitHeadBody(raw).head);
    for (const hn of ['from', 'to', 'date', 'subject', 'message-id', 'mime-version', 'content-type']) ok(hget(top, hn) !== null, `missing header ${hn}`);
    ok(!isNaN(Date.parse(hget(top, 'date'))), 'Date header does not parse');
    shape = parseEntity(raw, 'body', leaves);
  } catch (e) { errs.push('MIME: ' + e.message); }
  const textLeaves = leaves.filter((l) => l.text !== undefined);
  for (const l of textLeaves) ok(!l.text.includes('\ufffd'), `${l.path}: replacement character after decoding (${l.charset})`);
  // invoice text = all inline text parts (attachments other than message/rfc822 excluded)
  let body = '';
  for (const l of textLeaves) {
    if (l.attachment) continue;
    try { body += '\n' + (l.type === 'text/html' ? htmlToText(l.text) : l.text); } catch (e) { errs.push(l.path + ': ' + e.message); }
  }
  const flat = normalize(body);
  if (DUMP && DUMP === name) console.log(body.replace(/\n\s*\n\s*\n+/g, '\n\n') + '\n----------------------------------------');
  const has = (s) => s !== null && flat.includes(normalize(s).trim());
  const X = EXPLAIN[name] || {};
  if (exp) {
    ok(JSON.stringify(Object.keys(exp)) === JSON.stringify(KEYS), 'key order/shape: ' + Object.keys(exp).join(','));
    for (const p of ['seller', 'buyer']) ok(JSON.stringify(Object.keys(exp[p] || {})) === '["name","vatId","address","email"]', `${p} shape`);
    ok(exp.source === 'text', 'source must be "text"');
    ok(/^[A-Z]{3}$/.test(exp.currency), 'currency');
    for (const k of ['subtotal', 'taxTotal', 'total', 'amountDue']) ok(exp[k] === null || /^-?\d+\.\d{2}$/.test(exp[k]), `${k} format ${exp[k]}`);
    for (const k of ['issueDate', 'dueDate']) ok(exp[k] === null || (/^2026-\d\d-\d\d$/.test(exp[k]) && !isNaN(Date.parse(exp[k]))), `${k} format`);
    // ---- values appear in the decoded text
    ok(has(exp.invoiceNumber), `invoiceNumber ${exp.invoiceNumber} not found`);
    for (const k of ['issueDate', 'dueDate']) if (exp[k]) ok(findDate(flat, exp[k]), `${k} ${exp[k]} not printed in any known form`);
    ok((CUR[exp.currency] || []).some((c) => flat.includes(c)), `currency ${exp.currency} not shown`);
    for (const p of ['seller', 'buyer']) {
      const P = exp[p];
      ok(has(P.name), `${p}.name "${P.name}" not found`);
      if (P.vatId) {
        ok(has(P.vatId), `${p}.vatId ${P.vatId} not found`);
        const sch = vatScheme(P.vatId, VATCC[name]);
        ok(VAL[sch] && VAL[sch](P.vatId), `${p}.vatId ${P.vatId} fails ${sch} check digits`);
      }
      if (P.email) ok(has(P.email), `${p}.email not found`);
      if (P.address) for (const piece of P.address.split(', ')) ok(has(piece), `${p}.address piece "${piece}" not found`);
    }
    const whole = exp.currency === 'JPY';
    for (const k of ['subtotal', 'taxTotal', 'total', 'amountDue']) {
      if (exp[k] === null) continue;
      if (k === 'taxTotal' && X.taxNotPrinted) { ok(exp[k] === '0.00', 'taxTotal must be 0.00 when not printed'); continue; }
      if (k === 'taxTotal' && X.taxParts) {
        for (const t of X.taxParts) ok(findNumber(flat, t), `tax part ${t} not printed`);
        ok(X.taxParts.reduce((a, t) => a + toC(t), 0) === toC(exp[k]), 'taxTotal != sum of printed tax parts');
        continue;
      }
      ok(findNumber(flat, exp[k], { whole }), `${k} ${exp[k]} not printed`);
    }
    for (const [i, li] of exp.lineItems.entries()) {
      ok(JSON.stringify(Object.keys(li)) === '["description","quantity","unitPrice","amount"]', `line ${i + 1} shape`);
      const dsc = normalize(li.description).trim();
      let found = flat.includes(dsc);
      if (!found) {
        // wrapped over two physical lines with other columns in between
        const w = dsc.split(' ');
        for (let c = 1; c < w.length && !found; c++) {
          const a = w.slice(0, c).join(' '), b = w.slice(c).join(' ');
          const ia = flat.indexOf(a);
          if (ia >= 0) { const ib = flat.indexOf(b, ia + a.length); found = ib >= 0 && ib - (ia + a.length) < 80; }
        }
      }
      ok(found, `line ${i + 1} description "${li.description}" not found`);
      if (li.quantity !== null) ok(findNumber(flat, li.quantity, { whole: true }), `line ${i + 1} quantity ${li.quantity} not printed`);
      if (li.unitPrice !== null) ok(findNumber(flat, li.unitPrice, { whole }), `line ${i + 1} unitPrice ${li.unitPrice} not printed`);
      ok(findNumber(flat, li.amount, { whole }), `line ${i + 1} amount ${li.amount} not printed`);
      if (li.quantity !== null && li.unitPrice !== null) {
        const calc = mulC(li.quantity, li.unitPrice);
        const amt = toC(li.amount);
        if (X.lineDiscount) ok(Math.abs(amt) <= Math.abs(calc) && Math.abs(amt) >= Math.abs(calc) * 0.8, `line ${i + 1}: discounted amount out of range`);
        else ok(calc === amt, `line ${i + 1}: ${li.quantity} x ${li.unitPrice} = ${calc / 100} != ${li.amount}`);
      }
    }
    // ---- arithmetic
    const st = toC(exp.subtotal), tt = toC(exp.taxTotal), to = toC(exp.total);
    ok(st + tt === to, `subtotal + taxTotal (${(st + tt) / 100}) != total ${exp.total}`);
    if (exp.amountDue !== null) ok(Math.abs(toC(exp.amountDue)) <= Math.abs(to), 'amountDue exceeds total');
    if (X.noLines) ok(exp.lineItems.length === 0, 'expected no line items');
    else {
      ok(exp.lineItems.length >= 1 && exp.lineItems.length <= 12, 'line item count');
      const ls = exp.lineItems.reduce((a, l) => a + toC(l.amount), 0);
      const adj = (X.linesPlus || []).reduce((a, s) => a + toC(s), 0);
      for (const s of X.linesPlus || []) ok(findNumber(flat, s), `adjustment ${s} not printed`);
      const target = X.gross ? to : st;
      ok(ls + adj === target, `sum(lines) ${ls / 100}${adj ? ` + adj ${adj / 100}` : ''} != ${X.gross ? 'total' : 'subtotal'} ${target / 100}`);
    }
    // ---- values must not come from the forwarding mail: the invoice date differs from Date header date or is explicitly printed
  }
  const shapeStr = (s) => (s.type.startsWith('multipart/') ? `${s.type.slice(10)}(${s.children.map(shapeStr).join(', ')})` : s.type === 'message/rfc822' ? `rfc822[${s.children.map(shapeStr).join('')}]` : `${s.type.replace('text/', '').replace('image/', '')}${s.charset ? ':' + s.charset.toLowerCase() : ''}/${s.cte === 'quoted-printable' ? 'qp' : s.cte}${s.disposition === 'attachment' ? '*' : ''}`);
  summary.push({ name, shape: shape ? shapeStr(shape) : '?', subject: top ? decodeWords(hget(top, 'subject')) : '?', errs });
  if (errs.length) failures++;
}
for (const s of summary) {
  console.log(`${s.errs.length ? 'FAIL' : 'ok  '} ${s.name}  ${s.shape}`);
  console.log(`      Subject: ${s.subject}`);
  for (const e of s.errs) console.log('      - ' + e);
}
console.log(`\n${files.length} messages, ${checks} checks`);
console.log(`${files.length - failures} passed, ${failures} failed`);
process.exit(failures || files.length !== 24 ? 1 : 0);
