'use strict';
// Shared helpers for the invoices-fresh generator: exact decimal arithmetic in
// integer minor units, locale number/date formatting, identifier check digits
// and a few PDF drawing primitives on top of pdfkit.

// ---------- exact decimals ----------
function scaleDigits(scale) { return String(scale).length - 1; }

function parseDec(s, scale) {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(String(s));
  if (!m) throw new Error('bad decimal ' + s);
  const digits = scaleDigits(scale);
  const frac = m[3] || '';
  if (frac.length > digits) throw new Error(`too many decimals in ${s} for scale ${scale}`);
  const v = Number(m[2]) * scale + (digits ? Number((frac + '0'.repeat(digits)).slice(0, digits)) : 0);
  if (!Number.isSafeInteger(v)) throw new Error('overflow ' + s);
  return m[1] ? -v : v;
}

// integer division rounded half away from zero
function divRound(a, b) {
  const A = BigInt(a), B = BigInt(b);
  const neg = (A < 0n) !== (B < 0n);
  const aa = A < 0n ? -A : A, bb = B < 0n ? -B : B;
  const q = (2n * aa + bb) / (2n * bb);
  return Number(neg ? -q : q);
}

// minor units -> "1234.56" (scale 100) or "125000" (scale 1)
function decStr(v, scale) {
  const digits = scaleDigits(scale);
  const neg = v < 0; const a = Math.abs(v);
  let s = String(Math.floor(a / scale));
  if (digits) s += '.' + String(a % scale).padStart(digits, '0');
  return (neg ? '-' : '') + s;
}

function groupInt(intStr, thou) {
  if (!thou) return intStr;
  return intStr.replace(/\B(?=(\d{3})+(?!\d))/g, thou);
}

// format a canonical decimal string ("1234.5") with locale separators
function fmtDecString(s, L, fixedDecimals) {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(s);
  let frac = m[3] || '';
  if (fixedDecimals != null) frac = (frac + '0'.repeat(fixedDecimals)).slice(0, Math.max(fixedDecimals, frac.replace(/0+$/, '').length));
  return m[1] + groupInt(m[2], L.thou) + (frac ? L.dec + frac : '');
}

// ---------- dates ----------
const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  enShort: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
};
function ymd(iso) { const [y, m, d] = iso.split('-').map(Number); return { y, m, d }; }
const p2 = n => String(n).padStart(2, '0');
const DATE = {
  iso: iso => iso,
  dmy: (sep, pad = true, tail = '') => iso => { const { y, m, d } = ymd(iso); return (pad ? p2(d) : d) + sep + (pad ? p2(m) : m) + sep + y + tail; },
  mdy: iso => { const { y, m, d } = ymd(iso); return `${p2(m)}/${p2(d)}/${y}`; },
  ymdSlash: iso => iso.replace(/-/g, '/'),
  hu: iso => { const { y, m, d } = ymd(iso); return `${y}. ${p2(m)}. ${p2(d)}.`; },
  cz: iso => { const { y, m, d } = ymd(iso); return `${d}. ${m}. ${y}`; },
  enLong: iso => { const { y, m, d } = ymd(iso); return `${d} ${MONTHS.en[m - 1]} ${y}`; },
  enShort: iso => { const { y, m, d } = ymd(iso); return `${d} ${MONTHS.enShort[m - 1]} ${y}`; },
  frLong: iso => { const { y, m, d } = ymd(iso); return `${d === 1 ? '1er' : d} ${MONTHS.fr[m - 1]} ${y}`; },
};
function addDays(iso, n) {
  const t = Date.UTC(...(([y, m, d]) => [y, m - 1, d])(iso.split('-').map(Number))) + n * 86400000;
  return new Date(t).toISOString().slice(0, 10);
}

// ---------- identifiers with check digits ----------
const digs = s => s.split('').map(Number);
function luhnCheck(base) { // check digit to append so that the whole passes Luhn
  let sum = 0; const d = digs(base).reverse();
  d.forEach((x, i) => { let v = i % 2 === 0 ? x * 2 : x; if (v > 9) v -= 9; sum += v; });
  return String((10 - sum % 10) % 10);
}
const ID = {
  gb(base7) { const w = [8, 7, 6, 5, 4, 3, 2]; const s = digs(base7).reduce((a, x, i) => a + x * w[i], 0); const c = (97 - s % 97) % 97; return base7 + p2(c); },
  be(base8) { const c = 97 - (Number(base8) % 97); return base8 + p2(c); }, // 10 digits, base8 starts with 0
  lu(base6) { return base6 + p2(Number(base6) % 89); },
  at(base7) { const d = digs(base7); let s = 0; d.forEach((x, i) => { if (i % 2 === 1) { const p = x * 2; s += Math.floor(p / 10) + p % 10; } else s += x; }); return base7 + String((10 - (s + 4) % 10) % 10); },
  cz(base7) { const s = digs(base7).reduce((a, x, i) => a + x * (8 - i), 0); const r = s % 11; const c = r === 0 ? 1 : r === 1 ? 0 : 11 - r; return base7 + String(c); },
  hu(base7) { const w = [9, 7, 3, 1, 9, 7, 3]; const s = digs(base7).reduce((a, x, i) => a + x * w[i], 0); return base7 + String((10 - s % 10) % 10); },
  no(base8) { const w = [3, 2, 7, 6, 5, 4, 3, 2]; const s = digs(base8).reduce((a, x, i) => a + x * w[i], 0); let c = 11 - s % 11; if (c === 11) c = 0; if (c === 10) throw new Error('invalid NO base ' + base8); return base8 + c; },
  fi(base7) { const w = [7, 9, 10, 5, 8, 4, 2]; const s = digs(base7).reduce((a, x, i) => a + x * w[i], 0); const r = s % 11; if (r === 1) throw new Error('invalid FI base'); return base7 + String(r === 0 ? 0 : 11 - r); },
  hr(base10) { let a = 10; for (const x of digs(base10)) { a = (a + x) % 10; if (a === 0) a = 10; a = (a * 2) % 11; } let c = 11 - a; if (c === 10) c = 0; return base10 + c; },
  ch(base8) { const w = [5, 4, 3, 2, 7, 6, 5, 4]; const s = digs(base8).reduce((a, x, i) => a + x * w[i], 0); let c = 11 - s % 11; if (c === 11) c = 0; if (c === 10) throw new Error('invalid CHE base'); return base8 + c; },
  abn(base9) { const w = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]; for (let p = 10; p < 100; p++) { const d = digs(String(p) + base9); d[0] -= 1; if (d.reduce((a, x, i) => a + x * w[i], 0) % 89 === 0) return String(p) + base9; } throw new Error('no ABN'); },
  luhn(base) { return base + luhnCheck(base); },
  rfc(base) { // 11 chars (persona moral) or 12 chars (persona fisica) without the check digit
    const tbl = '0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ';
    const s = base.padStart(12, ' '); let sum = 0;
    for (let i = 0; i < 12; i++) sum += tbl.indexOf(s[i]) * (13 - i);
    const r = sum % 11; const c = r === 0 ? '0' : (11 - r === 10 ? 'A' : String(11 - r));
    return base + c;
  },
  fiRef(base) { const w = [7, 3, 1]; const s = digs(base).reverse().reduce((a, x, i) => a + x * w[i % 3], 0); return base + String((10 - s % 10) % 10); },
  beOgm(base10) { let c = Number(base10) % 97; if (c === 0) c = 97; const n = base10 + p2(c); return `+++${n.slice(0, 3)}/${n.slice(3, 7)}/${n.slice(7)}+++`; },
  // IBAN check digits (ISO 13616, mod 97)
  iban(cc, bban) {
    const conv = s => s.toUpperCase().split('').map(ch => /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch).join('');
    const num = conv(bban + cc + '00'); let r = 0; for (const ch of num) r = (r * 10 + Number(ch)) % 97;
    const cd = p2(98 - r); const raw = cc + cd + bban;
    return raw.replace(/(.{4})/g, '$1 ').trim();
  },
};

// ---------- invoice arithmetic ----------
function compute(inv) {
  const S = inv.scale || 100;
  const lines = inv.lines.map((l, i) => {
    const q = parseDec(l.qty, 1000), p = parseDec(l.price, S);
    const before = divRound(q * p, 1000);
    const amt = l.disc ? divRound(before * (100000 - parseDec(l.disc, 1000)), 100000) : before;
    return Object.assign({}, l, { pos: i + 1, q, p, before, amt });
  });
  const groups = [];
  for (const l of lines) {
    let g = groups.find(x => x.rate === l.rate);
    if (!g) { g = { rate: l.rate, rm: parseDec(l.rate, 1000), base: 0 }; groups.push(g); }
    g.base += l.amt;
  }
  groups.sort((a, b) => a.rm - b.rm);
  for (const g of groups) {
    if (inv.gross) { g.gross = g.base; g.tax = divRound(g.base * g.rm, 100000 + g.rm); g.net = g.base - g.tax; }
    else { g.net = g.base; g.tax = divRound(g.base * g.rm, 100000); g.gross = g.net + g.tax; }
  }
  const subtotal = groups.reduce((a, g) => a + g.net, 0);
  let tax, taxes = null;
  if (inv.stacked) {
    taxes = inv.stacked.map(t => Object.assign({}, t, { amt: divRound(subtotal * parseDec(t.rate, 1000), 100000) }));
    tax = taxes.reduce((a, t) => a + t.amt, 0);
  } else tax = groups.reduce((a, g) => a + g.tax, 0);
  const total = subtotal + tax;
  const deposit = inv.deposit ? parseDec(inv.deposit, S) : 0;
  return { S, lines, groups, taxes, subtotal, tax, total, deposit, due: total - deposit };
}

function groundTruth(inv, c) {
  const d = v => decStr(v, c.S);
  const party = p => ({ name: p.name, vatId: p.vatId || null, address: p.addr.join(', '), email: p.email || null });
  return {
    invoiceNumber: inv.number,
    issueDate: inv.issue,
    dueDate: inv.due || null,
    currency: inv.currency,
    seller: party(inv.seller),
    buyer: party(inv.buyer),
    subtotal: d(c.subtotal),
    taxTotal: d(c.tax),
    total: d(c.total),
    amountDue: c.deposit ? d(c.due) : null,
    lineItems: c.lines.map(l => ({
      description: l.gtDesc || l.desc.replace(/\s*\n\s*/g, ' '),
      quantity: l.qty,
      unitPrice: d(l.p),
      amount: d(l.amt),
    })),
    source: 'text',
  };
}

// ---------- drawing ----------
const FD = '/usr/share/fonts/truetype/';
const FONTS = {
  dv: 'dejavu/DejaVuSans.ttf', dvB: 'dejavu/DejaVuSans-Bold.ttf',
  dvC: 'dejavu/DejaVuSansCondensed.ttf', dvCB: 'dejavu/DejaVuSansCondensed-Bold.ttf',
  dvS: 'dejavu/DejaVuSerif.ttf', dvSB: 'dejavu/DejaVuSerif-Bold.ttf',
  ls: 'liberation/LiberationSans-Regular.ttf', lsB: 'liberation/LiberationSans-Bold.ttf', lsI: 'liberation/LiberationSans-Italic.ttf',
  lr: 'liberation/LiberationSerif-Regular.ttf', lrB: 'liberation/LiberationSerif-Bold.ttf', lrI: 'liberation/LiberationSerif-Italic.ttf',
  ln: 'liberation/LiberationSansNarrow-Regular.ttf', lnB: 'liberation/LiberationSansNarrow-Bold.ttf',
  no: 'noto/NotoSans-Regular.ttf', noB: 'noto/NotoSans-Bold.ttf', noI: 'noto/NotoSans-Italic.ttf',
  nsr: 'noto/NotoSerif-Regular.ttf', nsrB: 'noto/NotoSerif-Bold.ttf',
};

class Pen {
  constructor(doc, font = 'ls', size = 9) { this.doc = doc; this.f = font; this.s = size; for (const [k, v] of Object.entries(FONTS)) doc.registerFont(k, FD + v); }
  font(f, s) { if (f) this.f = f; if (s) this.s = s; return this; }
  _set(o) { this.doc.font(o.font || this.f).fontSize(o.size || this.s).fillColor(o.color || '#111111'); }
  // text at absolute position; returns y below the text
  t(str, x, y, o = {}) {
    this._set(o);
    const opt = { lineGap: o.lg != null ? o.lg : 1, align: o.align || 'left', characterSpacing: o.cs || 0 };
    if (o.w) opt.width = o.w; else opt.lineBreak = false;
    if (o.underline) opt.underline = true;
    this.doc.text(String(str), x, y, opt);
    if (!o.w) return y + this.doc.currentLineHeight(true) + opt.lineGap;
    return this.doc.y;
  }
  h(str, w, o = {}) { this._set(o); return this.doc.heightOfString(String(str), { width: w, lineGap: o.lg != null ? o.lg : 1 }); }
  tw(str, o = {}) { this._set(o); return this.doc.widthOfString(String(str)); }
  lines(arr, x, y, o = {}) { for (const s of arr) { if (s == null) continue; y = this.t(s, x, y, o) + (o.gap || 0); } return y; }
  rule(x1, y, x2, o = {}) { this.doc.save().lineWidth(o.lw || 0.6).strokeColor(o.color || '#444444'); if (o.dash) this.doc.dash(o.dash, { space: o.dash }); this.doc.moveTo(x1, y).lineTo(x2, y).stroke(); this.doc.restore(); }
  vrule(x, y1, y2, o = {}) { this.doc.save().lineWidth(o.lw || 0.6).strokeColor(o.color || '#444444').moveTo(x, y1).lineTo(x, y2).stroke().restore(); }
  rect(x, y, w, h, o = {}) {
    const d = this.doc.save(); d.lineWidth(o.lw || 0.6);
    if (o.r) d.roundedRect(x, y, w, h, o.r); else d.rect(x, y, w, h);
    if (o.fill && o.stroke) d.fillAndStroke(o.fill, o.stroke); else if (o.fill) d.fill(o.fill); else d.stroke(o.stroke || '#444444');
    d.restore();
  }
  // key/value rows: rows = [[label, value, opts]]
  kv(rows, x, y, o = {}) {
    const lw = o.lw || 90, vw = o.vw || 110, gap = o.gap != null ? o.gap : 2;
    for (const r of rows) {
      const ro = r[2] || {};
      const f = ro.bold ? (o.fontB || this.f) : (o.font || this.f);
      const size = ro.size || o.size || this.s;
      const h1 = this.h(r[0], lw, { font: o.labelFont || f, size }), h2 = this.h(r[1], vw, { font: f, size });
      if (ro.lineAbove) this.rule(x, y - 2, x + lw + vw, { lw: ro.lineAbove });
      if (ro.fill) this.rect(x - 3, y - 2, lw + vw + 6, Math.max(h1, h2) + 4, { fill: ro.fill });
      this.t(r[0], x, y, { w: lw, font: o.labelFont || f, size, align: o.labelAlign || 'left', color: o.labelColor || ro.color });
      this.t(r[1], x + lw, y, { w: vw, font: f, size, align: o.valueAlign || 'right', color: ro.color });
      y += Math.max(h1, h2) + gap;
    }
    return y;
  }
  // table with automatic page breaks
  table(o) {
    const doc = this.doc, pad = o.pad != null ? o.pad : 3, size = o.size || this.s;
    const font = o.font || this.f, fontB = o.fontB || font;
    const width = o.cols.reduce((a, c) => a + c.w, 0);
    let y = o.y; let running = 0;
    const head = () => {
      const hh = Math.max(...o.cols.map(c => this.h(c.h, c.w - 2 * pad, { font: fontB, size: o.headSize || size }))) + 2 * pad;
      if (o.headFill) this.rect(o.x, y, width, hh, { fill: o.headFill });
      if (o.headBox) this.rect(o.x, y, width, hh, { stroke: o.gridColor || '#444' });
      let x = o.x;
      for (const c of o.cols) { this.t(c.h, x + pad, y + pad, { w: c.w - 2 * pad, align: c.ha || c.a || 'left', font: fontB, size: o.headSize || size, color: o.headColor }); x += c.w; }
      if (o.headRule !== false) this.rule(o.x, y + hh, o.x + width, { lw: o.headRule || 0.8 });
      if (o.headTopRule) this.rule(o.x, y, o.x + width, { lw: o.headTopRule });
      y += hh;
    };
    head();
    o.rows.forEach((r, ri) => {
      const cells = o.cols.map(c => c.v(r, ri));
      const rh = Math.max(...o.cols.map((c, i) => this.h(cells[i], c.w - 2 * pad, { font: c.font || font, size: c.size || size }))) + 2 * pad + (o.rowExtra || 0);
      if (y + rh > o.bottom) {
        if (o.carry) o.carry.bottom(y, running);
        doc.addPage();
        y = o.onNewPage();
        if (o.carry) y = o.carry.top(y, running);
        head();
      }
      if (o.stripe && ri % 2 === 1) this.rect(o.x, y, width, rh, { fill: o.stripe });
      let x = o.x;
      o.cols.forEach((c, i) => { this.t(cells[i], x + pad, y + pad, { w: c.w - 2 * pad, align: c.a || 'left', font: c.font || font, size: c.size || size }); x += c.w; });
      if (o.grid) { let gx = o.x; this.vrule(gx, y, y + rh, { lw: 0.4, color: o.gridColor }); for (const c of o.cols) { gx += c.w; this.vrule(gx, y, y + rh, { lw: 0.4, color: o.gridColor }); } }
      y += rh;
      if (o.rowRule) this.rule(o.x, y, o.x + width, { lw: o.rowRule, color: o.rowRuleColor || '#bbbbbb' });
      running += r.amt || 0;
    });
    if (o.endRule) this.rule(o.x, y, o.x + width, { lw: o.endRule });
    return y;
  }
}

module.exports = { parseDec, divRound, decStr, groupInt, fmtDecString, DATE, addDays, ID, compute, groundTruth, Pen, FONTS, FD };
