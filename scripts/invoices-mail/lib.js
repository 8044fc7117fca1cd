'use strict';
// Shared helpers for the invoices-mail fixture generator.
// Plain Node.js (>= 20), standard library only. All money is integer cents (BigInt-exact
// where multiplication by fractional quantities or unit prices is involved).

const zlib = require('zlib');

// ---------------------------------------------------------------- decimal arithmetic
function parseDec(s) {
  // "1234.5" -> { int: 12345n, scale: 1 }
  s = String(s).trim();
  const neg = s.startsWith('-');
  if (neg) s = s.slice(1);
  const [a, b = ''] = s.split('.');
  const int = BigInt(a + b) * (neg ? -1n : 1n);
  return { int, scale: b.length };
}
function roundDivBig(n, d) {
  // round half away from zero
  const neg = (n < 0n) !== (d < 0n);
  const an = n < 0n ? -n : n;
  const ad = d < 0n ? -d : d;
  const q = (an * 2n + ad) / (ad * 2n);
  return neg ? -q : q;
}
// cents of qty * unit (both decimal strings), rounded half away from zero
function mul(qty, unit) {
  const q = parseDec(qty), u = parseDec(unit);
  const prod = q.int * u.int; // scale q.scale + u.scale
  const scale = q.scale + u.scale;
  if (scale >= 2) return Number(roundDivBig(prod, 10n ** BigInt(scale - 2)));
  return Number(prod * 10n ** BigInt(2 - scale));
}
// cents of base * percent/100, percent a decimal string like "25.5"; half away from zero
function pct(baseCents, percent) {
  const p = parseDec(percent);
  return Number(roundDivBig(BigInt(baseCents) * p.int, 100n * 10n ** BigInt(p.scale)));
}
// VAT contained in a gross amount: gross * r / (100 + r)
function vatOfGross(grossCents, percent) {
  const p = parseDec(percent);
  const s = 10n ** BigInt(p.scale);
  return Number(roundDivBig(BigInt(grossCents) * p.int, 100n * s + p.int));
}
const sum = (arr) => arr.reduce((a, b) => a + b, 0);
const cents = (s) => mul(s, '1');

// expected-json money string: "1234.56", "-12.00"
function money(c) {
  if (c === null || c === undefined) return null;
  const neg = c < 0;
  const a = Math.abs(c);
  return (neg ? '-' : '') + Math.floor(a / 100) + '.' + String(a % 100).padStart(2, '0');
}
// expected-json quantity string: minimal decimal ("3", "2.5", "-2")
function qtyJson(s) {
  let t = String(s);
  if (t.includes('.')) t = t.replace(/0+$/, '').replace(/\.$/, '');
  return t;
}

// ---------------------------------------------------------------- printed number formats
// style: { dec: ',', grp: '.', frac: 2 }
function groupInt(intStr, grp) {
  if (!grp) return intStr;
  let out = '';
  for (let i = 0; i < intStr.length; i++) {
    if (i > 0 && (intStr.length - i) % 3 === 0) out += grp;
    out += intStr[i];
  }
  return out;
}
function fmt(c, style, opts = {}) {
  const { dec = ',', grp = '.', frac = 2, minus = '-' } = style;
  const neg = c < 0;
  const a = Math.abs(c);
  let s = groupInt(String(Math.floor(a / 100)), grp);
  if (frac === 2) s += dec + String(a % 100).padStart(2, '0');
  else if (a % 100 !== 0) throw new Error('whole-unit currency with cents: ' + c);
  return (neg ? (opts.minus || minus) : '') + s;
}
// format a decimal string (quantity or unit price) in a printed style
function fmtDecStr(str, style, minFrac = 0) {
  const { dec = ',', grp = '.' } = style;
  let t = String(str);
  const neg = t.startsWith('-');
  if (neg) t = t.slice(1);
  let [a, b = ''] = t.split('.');
  while (b.length < minFrac) b += '0';
  let s = groupInt(a, grp);
  if (b) s += dec + b;
  return (neg ? '-' : '') + s;
}
const ST = {
  en: { dec: '.', grp: ',' },
  de: { dec: ',', grp: '.' },
  nbsp: { dec: ',', grp: '\u00a0' },
  sp: { dec: ',', grp: ' ' },
  ch: { dec: '.', grp: "'" },
  plain: { dec: '.', grp: '' },
  plainc: { dec: ',', grp: '' },
  jp: { dec: '.', grp: ',', frac: 0 },
};

// ---------------------------------------------------------------- check digits (public algorithms)
const digits = (s) => String(s).split('').map(Number);
const chk = {
  // DE USt-IdNr: ISO 7064 MOD 11,10 over 8 digits
  de(base8) {
    let p = 10;
    for (const d of digits(base8)) {
      let s = (d + p) % 10;
      if (s === 0) s = 10;
      p = (2 * s) % 11;
    }
    return base8 + ((11 - p) % 10);
  },
  // CH UID: CHE + 8 digits + check (weights 5,4,3,2,7,6,5,4; mod 11)
  ch(base8) {
    const w = [5, 4, 3, 2, 7, 6, 5, 4];
    const s = digits(base8).reduce((a, d, i) => a + d * w[i], 0);
    let c = 11 - (s % 11);
    if (c === 11) c = 0;
    if (c === 10) return null;
    return base8 + c;
  },
  // FR: key = (12 + 3 * (SIREN mod 97)) mod 97 ; SIREN is Luhn-valid
  frSiren(base8) {
    for (let c = 0; c < 10; c++) if (luhnOk(base8 + c)) return base8 + c;
  },
  frKey(siren) { return String((12 + 3 * (Number(siren) % 97)) % 97).padStart(2, '0'); },
  // BE: 10 digits, last two = 97 - (first8 mod 97)
  be(base8) { return base8 + String(97 - (Number(base8) % 97)).padStart(2, '0'); },
  // ES CIF (letter + 7 digits + control digit)
  esCif(letter, base7) {
    const d = digits(base7);
    let even = d[1] + d[3] + d[5];
    let odd = 0;
    for (const i of [0, 2, 4, 6]) { const x = d[i] * 2; odd += Math.floor(x / 10) + (x % 10); }
    const c = (10 - ((even + odd) % 10)) % 10;
    return letter + base7 + c;
  },
  // IT partita IVA (11 digits, Luhn-like)
  it(base10) {
    const d = digits(base10);
    let s = 0;
    d.forEach((x, i) => { if (i % 2 === 0) s += x; else { let y = x * 2; if (y > 9) y -= 9; s += y; } });
    return base10 + ((10 - (s % 10)) % 10);
  },
  // NL BTW (B.V., RSIN-based 11-proof): 8 digits + check, then B01
  nl(base8) {
    const d = digits(base8);
    const s = d.reduce((a, x, i) => a + x * (9 - i), 0);
    const c = s % 11;
    if (c === 10) return null;
    return base8 + c;
  },
  // PT NIF
  pt(base8) {
    const s = digits(base8).reduce((a, x, i) => a + x * (9 - i), 0);
    let c = 11 - (s % 11);
    if (c >= 10) c = 0;
    return base8 + c;
  },
  // PL NIP
  pl(base9) {
    const w = [6, 5, 7, 2, 3, 4, 5, 6, 7];
    const c = digits(base9).reduce((a, x, i) => a + x * w[i], 0) % 11;
    if (c === 10) return null;
    return base9 + c;
  },
  // SE org.nr (Luhn over 10 digits); VAT = SE + orgnr + 01
  se(base9) { for (let c = 0; c < 10; c++) if (luhnOk(base9 + c)) return base9 + c; },
  // CZ IČO
  cz(base7) {
    const s = digits(base7).reduce((a, x, i) => a + x * (8 - i), 0);
    const r = s % 11;
    const c = r === 0 ? 1 : r === 1 ? 0 : 11 - r;
    return base7 + c;
  },
  // FI Y-tunnus
  fi(base7) {
    const w = [7, 9, 10, 5, 8, 4, 2];
    const r = digits(base7).reduce((a, x, i) => a + x * w[i], 0) % 11;
    if (r === 1) return null;
    return base7 + '-' + (r === 0 ? 0 : 11 - r);
  },
  // GR ΑΦΜ
  gr(base8) {
    const s = digits(base8).reduce((a, x, i) => a + x * 2 ** (8 - i), 0);
    return base8 + ((s % 11) % 10);
  },
  // JP corporate number: check digit first, then 12 digits
  jp(base12) {
    const d = digits(base12);
    let s = 0;
    for (let n = 1; n <= 12; n++) s += d[12 - n] * (n % 2 === 1 ? 1 : 2);
    return String(9 - (s % 9)) + base12;
  },
  // TR VKN
  tr(base9) {
    const d = digits(base9);
    let s = 0;
    for (let i = 0; i < 9; i++) {
      const t = (d[i] + (9 - i)) % 10;
      let v = (t * 2 ** (9 - i)) % 9;
      if (t !== 0 && v === 0) v = 9;
      s += v;
    }
    return base9 + ((10 - (s % 10)) % 10);
  },
  // NO org.nr
  no(base8) {
    const w = [3, 2, 7, 6, 5, 4, 3, 2];
    let c = 11 - (digits(base8).reduce((a, x, i) => a + x * w[i], 0) % 11);
    if (c === 11) c = 0;
    if (c === 10) return null;
    return base8 + c;
  },
  // BG EIK (9 digits)
  bg(base8) {
    const d = digits(base8);
    let r = d.reduce((a, x, i) => a + x * (i + 1), 0) % 11;
    if (r === 10) { r = d.reduce((a, x, i) => a + x * (i + 3), 0) % 11; if (r === 10) r = 0; }
    return base8 + r;
  },
  // IE VAT (7 digits + check letter + second letter)
  ie(base7, second = 'A') {
    const w = [8, 7, 6, 5, 4, 3, 2];
    let s = digits(base7).reduce((a, x, i) => a + x * w[i], 0);
    if (second && second !== 'W') s += ('WABCDEFGHI'.indexOf(second)) * 9;
    return base7 + 'WABCDEFGHIJKLMNOPQRSTUV'[s % 23] + (second || '');
  },
  // GB VAT: 7 digits + 2 check digits (mod 97 scheme)
  gb(base7) {
    const w = [8, 7, 6, 5, 4, 3, 2];
    const s = digits(base7).reduce((a, x, i) => a + x * w[i], 0);
    return base7 + String((97 - (s % 97)) % 97).padStart(2, '0');
  },
  // AU ABN: find the two leading digits for a 9-digit body
  au(body9) {
    const w = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19];
    for (let p = 10; p < 100; p++) {
      const d = digits(String(p) + body9);
      d[0] -= 1;
      if (d.reduce((a, x, i) => a + x * w[i], 0) % 89 === 0) return String(p) + body9;
    }
    return null;
  },
  // DK CVR (weights 2,7,6,5,4,3,2,1; sum mod 11 == 0)
  dk(base7) {
    const w = [2, 7, 6, 5, 4, 3, 2];
    const s = digits(base7).reduce((a, x, i) => a + x * w[i], 0);
    const c = (11 - (s % 11)) % 11;
    if (c === 10) return null;
    return base7 + c;
  },
  // IBAN (ISO 13616 mod 97)
  iban(country, bban) {
    const conv = (s) => s.replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
    const n = BigInt(conv(bban + country + '00'));
    return country + String(98n - (n % 97n)).padStart(2, '0') + bban;
  },
  // FI reference number (7-3-1)
  fiRef(base) {
    const w = [7, 3, 1];
    const d = digits(base).reverse();
    const s = d.reduce((a, x, i) => a + x * w[i % 3], 0);
    return base + ((10 - (s % 10)) % 10);
  },
  // BE structured communication +++xxx/xxxx/xxxxx+++
  beOgm(base10) {
    let c = Number(BigInt(base10) % 97n);
    if (c === 0) c = 97;
    const s = base10 + String(c).padStart(2, '0');
    return `+++${s.slice(0, 3)}/${s.slice(3, 7)}/${s.slice(7)}+++`;
  },
};
function luhnOk(s) {
  let sum = 0;
  const d = digits(s).reverse();
  d.forEach((x, i) => { if (i % 2 === 1) { x *= 2; if (x > 9) x -= 9; } sum += x; });
  return sum % 10 === 0;
}
const groupIban = (s) => s.replace(/(.{4})/g, '$1 ').trim();

// ---------------------------------------------------------------- charsets
const revCache = {};
const CP1252_80 = '\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178';
function singleByteTable(charset) {
  if (revCache[charset]) return revCache[charset];
  const cs = charset.toLowerCase();
  const map = new Map();
  if (cs === 'windows-1252' || cs === 'iso-8859-1') {
    // Node 20's TextDecoder decodes windows-1252 like latin1 (0x80-0x9F as C1 controls),
    // so the table is built by hand: latin1 plus the cp1252 block when asked for.
    for (let b = 0; b < 256; b++) if (b < 0x80 || b >= 0xa0) map.set(String.fromCharCode(b), b);
    if (cs === 'windows-1252') CP1252_80.split('').forEach((ch, i) => { if (ch !== '\ufffd') map.set(ch, 0x80 + i); });
    revCache[charset] = map;
    return map;
  }
  const dec = new TextDecoder(cs === 'iso-8859-9' ? 'windows-1254' : cs);
  for (let b = 0; b < 256; b++) {
    // true ISO-8859-x have C1 controls at 0x80-0x9F: never use those for text
    if ((cs === 'iso-8859-1' || cs === 'iso-8859-9') && b >= 0x80 && b < 0xa0) continue;
    const ch = dec.decode(Uint8Array.of(b));
    if (ch === '\ufffd') continue;
    if (!map.has(ch)) map.set(ch, b);
  }
  revCache[charset] = map;
  return map;
}
let jisTable = null;
function jisX0208() {
  if (jisTable) return jisTable;
  jisTable = new Map();
  const dec = new TextDecoder('iso-2022-jp');
  for (let r = 0x21; r <= 0x7e; r++) {
    for (let c = 0x21; c <= 0x7e; c++) {
      const ch = dec.decode(Uint8Array.of(0x1b, 0x24, 0x42, r, c, 0x1b, 0x28, 0x42));
      if (ch.length === 1 && ch !== '\ufffd' && !jisTable.has(ch)) jisTable.set(ch, [r, c]);
    }
  }
  return jisTable;
}
function encodeIso2022jp(str) {
  const t = jisX0208();
  const out = [];
  let jis = false;
  for (const ch of str) {
    const cp = ch.codePointAt(0);
    if (cp < 0x80) {
      if (jis) { out.push(0x1b, 0x28, 0x42); jis = false; }
      out.push(cp);
    } else {
      const rc = t.get(ch);
      if (!rc) throw new Error('not in JIS X 0208: ' + ch + ' U+' + cp.toString(16));
      if (!jis) { out.push(0x1b, 0x24, 0x42); jis = true; }
      out.push(rc[0], rc[1]);
    }
  }
  if (jis) out.push(0x1b, 0x28, 0x42);
  return Buffer.from(out);
}
function encodeCharset(str, charset) {
  const cs = charset.toLowerCase();
  if (cs === 'utf-8') return Buffer.from(str, 'utf8');
  if (cs === 'iso-2022-jp') {
    // every line must end in ASCII mode
    return Buffer.concat(str.split('\n').map((l, i, a) => Buffer.concat([encodeIso2022jp(l), Buffer.from(i < a.length - 1 ? '\n' : '')])));
  }
  if (cs === 'us-ascii') {
    for (const ch of str) if (ch.codePointAt(0) > 127) throw new Error('non-ascii in us-ascii: ' + ch);
    return Buffer.from(str, 'latin1');
  }
  const m = singleByteTable(cs);
  const out = [];
  for (const ch of str) {
    const b = m.get(ch);
    if (b === undefined) throw new Error(`char ${JSON.stringify(ch)} U+${ch.codePointAt(0).toString(16)} not in ${charset}`);
    out.push(b);
  }
  return Buffer.from(out);
}

// ---------------------------------------------------------------- transfer encodings
function qpEncode(buf) {
  // buf: Buffer of text with LF line ends; returns QP with CRLF
  const lines = [];
  let start = 0;
  const raw = [];
  for (let i = 0; i <= buf.length; i++) {
    if (i === buf.length || buf[i] === 0x0a) {
      let end = i;
      if (end > start && buf[end - 1] === 0x0d) end--;
      raw.push(buf.subarray(start, end));
      start = i + 1;
    }
  }
  for (const line of raw) {
    const toks = [];
    for (let i = 0; i < line.length; i++) {
      const b = line[i];
      const last = i === line.length - 1;
      if ((b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !last)) toks.push(String.fromCharCode(b));
      else toks.push('=' + b.toString(16).toUpperCase().padStart(2, '0'));
    }
    let cur = '';
    for (const t of toks) {
      if (cur.length + t.length > 75) { lines.push(cur + '='); cur = ''; }
      cur += t;
    }
    lines.push(cur);
  }
  return lines.join('\r\n');
}
function b64Encode(buf) {
  const s = buf.toString('base64');
  return s.replace(/(.{76})/g, '$1\r\n').replace(/\r\n$/, '');
}

// RFC 2047 encoded words, split on character boundaries
function ew(str, charset = 'utf-8', mode = 'Q') {
  const cs = charset;
  const words = [];
  let cur = [];
  const prefix = `=?${cs}?${mode}?`;
  const render = (chars) => {
    const buf = cs.toLowerCase() === 'iso-2022-jp' ? encodeIso2022jp(chars.join('')) : encodeCharset(chars.join(''), cs);
    if (mode === 'B') return prefix + buf.toString('base64') + '?=';
    let s = '';
    for (const b of buf) {
      if (b === 0x20) s += '_';
      else if ((b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || '!*+-/'.includes(String.fromCharCode(b))) s += String.fromCharCode(b);
      else s += '=' + b.toString(16).toUpperCase().padStart(2, '0');
    }
    return prefix + s + '?=';
  };
  for (const ch of str) {
    const next = cur.concat([ch]);
    if (render(next).length > 75 && cur.length) { words.push(render(cur)); cur = [ch]; } else cur = next;
  }
  if (cur.length) words.push(render(cur));
  return words.join('\r\n ');
}

// ---------------------------------------------------------------- MIME entities
let bcount = 0;
function boundary(tag) { bcount++; return `----=_Part_${tag}_${String(bcount).padStart(3, '0')}.${(bcount * 7919 + 104729).toString(36)}`; }

function leaf({ type, charset, cte, body, filename, disposition, extra = [], cid }) {
  const h = [];
  let ct = type;
  if (charset) ct += `; charset=${/[-_]/.test(charset) && !/^[\w.-]+$/.test(charset) ? '"' + charset + '"' : charset}`;
  if (filename && !type.startsWith('message/')) ct += `;\r\n\tname="${filename}"`;
  h.push(['Content-Type', ct]);
  const buf = Buffer.isBuffer(body) ? body : encodeCharset(body.replace(/\r\n/g, '\n'), charset || 'us-ascii');
  let out;
  if (cte === 'quoted-printable') out = qpEncode(buf);
  else if (cte === 'base64') out = b64Encode(buf);
  else {
    out = buf.toString('latin1').replace(/\r?\n/g, '\r\n');
    if (cte === '7bit') for (const b of buf) if (b > 127) throw new Error('8-bit data in 7bit part');
  }
  if (cte) h.push(['Content-Transfer-Encoding', cte]);
  if (cid) h.push(['Content-ID', `<${cid}>`]);
  if (disposition) h.push(['Content-Disposition', disposition + (filename ? `;\r\n\tfilename="${filename}"` : '')]);
  for (const e of extra) h.push(e);
  return { headers: h, body: out };
}
function multi(subtype, parts, tag = subtype, preamble = 'This is a multi-part message in MIME format.') {
  const b = boundary(tag);
  const chunks = [];
  if (preamble) chunks.push(preamble + '\r\n');
  for (const p of parts) chunks.push(`--${b}\r\n` + serializeEntity(p) + '\r\n');
  chunks.push(`--${b}--\r\n`);
  return { headers: [['Content-Type', `multipart/${subtype};\r\n\tboundary="${b}"`]], body: chunks.join('') };
}
function serializeEntity(e) {
  return e.headers.map(([k, v]) => `${k}: ${v}`).join('\r\n') + '\r\n\r\n' + e.body;
}
function message(top, entity) {
  // top: array of [name, value]; MIME-Version inserted before content headers
  const headers = top.concat([['MIME-Version', '1.0']], entity.headers);
  let s = headers.map(([k, v]) => `${k}: ${v}`).join('\r\n') + '\r\n\r\n' + entity.body;
  if (!s.endsWith('\r\n')) s += '\r\n';
  for (const line of s.split('\r\n')) if (line.length > 998) throw new Error('line too long');
  return s;
}

// RFC 5322 date; tz like "+0100"
const WD = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MO = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function rfcDate(y, m, d, hh, mm, ss, tz) {
  const wd = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  const p = (n) => String(n).padStart(2, '0');
  return `${WD[wd]}, ${d} ${MO[m - 1]} ${y} ${p(hh)}:${p(mm)}:${p(ss)} ${tz}`;
}
function weekday(y, m, d) { return new Date(Date.UTC(y, m - 1, d)).getUTCDay(); }

// ---------------------------------------------------------------- small PNG (logo) generator
function crc32(buf) { return zlib.crc32(buf) >>> 0; }
function png(w, h, pixel) {
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) {
    raw[y * (w * 3 + 1)] = 0;
    for (let x = 0; x < w; x++) {
      const [r, g, b] = pixel(x, y);
      const o = y * (w * 3 + 1) + 1 + x * 3;
      raw[o] = r; raw[o + 1] = g; raw[o + 2] = b;
    }
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; ihdr[9] = 2; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

// ---------------------------------------------------------------- text layout helpers
const padR = (s, n) => { s = String(s); return s.length >= n ? s : s + ' '.repeat(n - s.length); };
const padL = (s, n) => { s = String(s); return s.length >= n ? s : ' '.repeat(n - s.length) + s; };
const dots = (left, right, width, ch = '.') => {
  const n = width - left.length - right.length - 2;
  return left + ' ' + ch.repeat(Math.max(3, n)) + ' ' + right;
};
// wrap text to width (for plain-text bodies)
function wrap(text, width = 72) {
  const out = [];
  for (const para of text.split('\n')) {
    if (para.length <= width) { out.push(para); continue; }
    let line = '';
    for (const w of para.split(' ')) {
      if (line && (line + ' ' + w).length > width) { out.push(line); line = w; } else line = line ? line + ' ' + w : w;
    }
    out.push(line);
  }
  return out.join('\n');
}
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// build an expected ground truth object in the fixed key order
function expected(o) {
  const party = (p) => ({ name: p.name ?? null, vatId: p.vatId ?? null, address: p.address ?? null, email: p.email ?? null });
  return {
    invoiceNumber: o.invoiceNumber ?? null,
    issueDate: o.issueDate ?? null,
    dueDate: o.dueDate ?? null,
    currency: o.currency ?? null,
    seller: party(o.seller),
    buyer: party(o.buyer),
    subtotal: money(o.subtotal),
    taxTotal: money(o.taxTotal),
    total: money(o.total),
    amountDue: o.amountDue === null || o.amountDue === undefined ? null : money(o.amountDue),
    lineItems: o.lineItems.map((l) => ({
      description: l.description,
      quantity: l.quantity === null || l.quantity === undefined ? null : qtyJson(l.quantity),
      unitPrice: l.unitPrice === null || l.unitPrice === undefined ? null : (typeof l.unitPrice === 'number' ? money(l.unitPrice) : l.unitPrice),
      amount: money(l.amount),
    })),
    source: 'text',
  };
}

module.exports = {
  parseDec, mul, pct, vatOfGross, sum, cents, money, qtyJson, fmt, fmtDecStr, ST, chk, luhnOk, groupIban,
  encodeCharset, encodeIso2022jp, qpEncode, b64Encode, ew, leaf, multi, message, serializeEntity, rfcDate, weekday,
  png, padR, padL, dots, wrap, esc, expected,
};
