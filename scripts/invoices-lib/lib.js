'use strict';
// Shared helpers for the invoices-lib generator: integer-cent arithmetic,
// locale number/date formatting, and a tiny drawing layer on top of pdf-lib
// (y measured from the top of the page, right-aligned text, wrapped cells,
// tables with optional ruling and page breaks).

const { rgb } = require('pdf-lib');

// ---------- numbers (all money in integer cents) ----------
function milli(q) { // "3.5" -> 3500
  const [i, f = ''] = String(q).split('.');
  return parseInt(i, 10) * 1000 + parseInt((f + '000').slice(0, 3), 10);
}
function lineCalc(l) {
  const gross = Math.round((milli(l.q) * l.p) / 1000);
  const disc = l.disc ? Math.round((gross * l.disc) / 100) : 0;
  return { gross, discAmt: disc, net: gross - disc };
}
function dec(c) { // cents -> "1234.56"
  const neg = c < 0; c = Math.abs(c);
  return (neg ? '-' : '') + Math.floor(c / 100) + '.' + String(c % 100).padStart(2, '0');
}

function group(intStr, sep, indian) {
  if (!sep) return intStr;
  if (indian && intStr.length > 3) {
    const last3 = intStr.slice(-3); let rest = intStr.slice(0, -3); const parts = [];
    while (rest.length > 2) { parts.unshift(rest.slice(-2)); rest = rest.slice(0, -2); }
    if (rest) parts.unshift(rest);
    return parts.join(sep) + sep + last3;
  }
  return intStr.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}
const STYLES = {
  en: { g: ',', d: '.' },
  de: { g: '.', d: ',' },
  fr: { g: ' ', d: ',' },
  in: { g: ',', d: '.', indian: true },
};
function money(c, st) {
  st = STYLES[st] || st;
  const neg = c < 0; c = Math.abs(c);
  return (neg ? '-' : '') + group(String(Math.floor(c / 100)), st.g, st.indian) + st.d + String(c % 100).padStart(2, '0');
}
function qty(q, st, noGroup) {
  st = STYLES[st] || st;
  const [i, f] = String(q).split('.');
  return group(i, noGroup ? '' : st.g, st.indian) + (f ? st.d + f : '');
}
function pct(r, st) { st = STYLES[st] || st; return String(r).replace('.', st.d); }

// ---------- dates ----------
const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
};
function date(iso, f) {
  const [y, m, d] = iso.split('-');
  const dd = d, mm = m, dn = String(+d), mi = +m - 1;
  switch (f) {
    case 'dmy.': return `${dd}.${mm}.${y}`;
    case 'dmy/': return `${dd}/${mm}/${y}`;
    case 'dmy-': return `${dd}-${mm}-${y}`;
    case 'iso': return iso;
    case 'd Mon y': return `${dn} ${MONTHS.en[mi].slice(0, 3)} ${y}`;
    case 'd Month y': return `${dn} ${MONTHS.en[mi]} ${y}`;
    case 'dd-Mon-y': return `${dd}-${MONTHS.en[mi].slice(0, 3)}-${y}`;
    case 'nl': return `${dn} ${MONTHS.nl[mi]} ${y}`;
    default: throw new Error('date fmt ' + f);
  }
}

// ---------- invoice arithmetic ----------
// inv.lines: [{d, q, u, p (cents), disc (%), rate (%)}]
// inv.taxMode: 'total' (per rate on the net base, default) | 'line' (per line, summed) | 'none'
function compute(inv) {
  const lines = inv.lines.map((l) => ({ ...l, ...lineCalc(l), rate: l.rate != null ? l.rate : inv.rate }));
  const sumLines = lines.reduce((a, l) => a + l.net, 0);
  const invDisc = inv.invDisc ? Math.round((sumLines * inv.invDisc) / 100) : 0;
  const subtotal = sumLines - invDisc;
  const byRate = new Map();
  for (const l of lines) {
    const r = inv.taxMode === 'none' ? 0 : l.rate;
    const e = byRate.get(r) || { rate: r, base: 0, tax: 0 };
    e.base += l.net;
    if (inv.taxMode === 'line') { l.tax = Math.round((l.net * r) / 100); e.tax += l.tax; }
    byRate.set(r, e);
  }
  const taxes = [...byRate.values()];
  if (inv.taxMode !== 'line') {
    if (invDisc && taxes.length > 1) throw new Error('invoice discount with mixed rates not supported');
    for (const e of taxes) { if (invDisc) e.base -= invDisc; e.tax = Math.round((e.base * e.rate) / 100); }
  }
  if (inv.taxMode === 'none') taxes.forEach((e) => { e.tax = 0; });
  const tax = taxes.reduce((a, e) => a + e.tax, 0);
  const irpf = inv.irpf ? Math.round((subtotal * inv.irpf) / 100) : 0;
  const total = subtotal + tax - irpf;
  const deposit = inv.deposit || 0;
  const amountDue = deposit ? total - deposit : null;
  return { lines, sumLines, invDisc, subtotal, taxes, tax, irpf, total, deposit, amountDue };
}

// ---------- drawing ----------
const BLACK = rgb(0, 0, 0);
const GREY = rgb(0.45, 0.45, 0.45);
const LIGHT = rgb(0.9, 0.9, 0.9);

class Doc {
  constructor(pdf, fonts, size) { this.pdf = pdf; this.fonts = fonts; this.size = size; this.pages = []; this.newPage(); }
  newPage() {
    this.page = this.pdf.addPage(this.size); this.pages.push(this.page);
    this.W = this.page.getWidth(); this.H = this.page.getHeight();
    return this.page;
  }
  font(o) { return this.fonts[(o && o.font) || 'reg']; }
  width(s, o = {}) { return this.font(o).widthOfTextAtSize(s, o.size || 9); }
  text(s, x, y, o = {}) {
    const f = this.font(o), sz = o.size || 9, w = f.widthOfTextAtSize(s, sz);
    const xx = o.align === 'right' ? x - w : o.align === 'center' ? x - w / 2 : x;
    (o.page || this.page).drawText(s, { x: xx, y: this.H - y, size: sz, font: f, color: o.color || BLACK });
    return w;
  }
  lines(arr, x, y, o = {}) { // draws several lines, first optionally bold; returns y below
    const lead = o.lead || (o.size || 9) * 1.3;
    arr.forEach((s, i) => { if (s == null) return; this.text(s, x, y, { ...o, font: i === 0 && o.firstBold ? 'bold' : o.font }); y += lead; });
    return y;
  }
  wrap(s, width, o = {}) {
    const out = [];
    for (const para of String(s).split('\n')) {
      let cur = '';
      for (const w of para.split(' ')) {
        const t = cur ? cur + ' ' + w : w;
        if (this.width(t, o) <= width || !cur) cur = t; else { out.push(cur); cur = w; }
      }
      out.push(cur);
    }
    return out;
  }
  para(s, x, y, width, o = {}) {
    const lead = o.lead || (o.size || 9) * 1.3;
    for (const l of this.wrap(s, width, o)) { this.text(l, x, y, o); y += lead; }
    return y;
  }
  hline(x1, x2, y, o = {}) { this.page.drawLine({ start: { x: x1, y: this.H - y }, end: { x: x2, y: this.H - y }, thickness: o.t || 0.6, color: o.color || BLACK }); }
  vline(x, y1, y2, o = {}) { this.page.drawLine({ start: { x, y: this.H - y1 }, end: { x, y: this.H - y2 }, thickness: o.t || 0.6, color: o.color || BLACK }); }
  rect(x, y, w, h, o = {}) {
    this.page.drawRectangle({ x, y: this.H - y - h, width: w, height: h, color: o.fill, borderColor: o.border, borderWidth: o.border ? (o.t || 0.8) : 0 });
  }
}

// Table. cols: [{label, w, align, wrap}], rows: [[cell strings]].
// ruled: 'grid' | 'lines' | 'head' | 'none'
function table(doc, t) {
  const size = t.size || 9, lead = t.lead || size * 1.3, pad = t.pad != null ? t.pad : 3;
  const x0 = t.x, tw = t.cols.reduce((a, c) => a + c.w, 0), ruled = t.ruled || 'lines';
  let y = t.y;
  const cellX = (i) => x0 + t.cols.slice(0, i).reduce((a, c) => a + c.w, 0);
  const drawCells = (cells, yy, o) => {
    const wrapped = cells.map((s, i) => (t.cols[i].wrap ? doc.wrap(s || '', t.cols[i].w - 2 * pad - 2, { size, font: o.font }) : String(s == null ? '' : s).split('\n')));
    const n = Math.max(...wrapped.map((w) => w.length));
    const h = n * lead + 2 * pad;
    return { h, draw: () => {
      if (o.fill) doc.rect(x0, yy, tw, h, { fill: o.fill });
      wrapped.forEach((ls, i) => {
        const c = t.cols[i]; const cx = cellX(i);
        ls.forEach((s, k) => {
          const by = yy + pad + k * lead + size * 0.95;
          const x = c.align === 'right' ? cx + c.w - pad - 1 : c.align === 'center' ? cx + c.w / 2 : cx + pad + 1;
          doc.text(s, x, by, { size, font: o.font, align: c.align, color: o.color });
        });
      });
      if (ruled === 'grid') {
        doc.rect(x0, yy, tw, h, { border: BLACK, t: 0.5 });
        for (let i = 1; i < t.cols.length; i++) doc.vline(cellX(i), yy, yy + h, { t: 0.5 });
      }
    } };
  };
  const header = () => {
    const hc = drawCells(t.cols.map((c) => c.label), y, { font: t.headFont || 'bold', fill: t.headFill, color: t.headColor });
    hc.draw();
    if (ruled === 'lines' || ruled === 'head') doc.hline(x0, x0 + tw, y + hc.h, { t: 0.8 });
    y += hc.h;
  };
  if (!t.noHeader) header();
  t.rows.forEach((r, ri) => {
    const rc = drawCells(r, y, { font: t.font, fill: t.zebra && ri % 2 ? LIGHT : null });
    rc.draw(); y += rc.h;
    if (ruled === 'lines') doc.hline(x0, x0 + tw, y, { t: 0.3, color: GREY });
  });
  if (ruled === 'head') doc.hline(x0, x0 + tw, y, { t: 0.8 });
  return y;
}

// simpler re-implementation with page breaks handled by re-measuring
function table2(doc, t) {
  const rows = t.rows; let y = t.y; let i = 0; const out = { y };
  const size = t.size || 9;
  while (i < rows.length) {
    // find how many rows fit on this page
    const bottom = t.bottom || doc.H - 60;
    let n = 0, yy = y + (t.noHeader ? 0 : headH(doc, t));
    while (i + n < rows.length) {
      const h = rowH(doc, t, rows[i + n]);
      if (yy + h > bottom && n > 0) break;
      yy += h; n++;
    }
    y = table(doc, { ...t, y, rows: rows.slice(i, i + n) });
    i += n;
    if (i < rows.length) { doc.newPage(); y = t.onNewPage ? t.onNewPage(doc) : 50; }
  }
  out.y = y; return y;
  function headH(d, tt) { return rowH(d, tt, tt.cols.map((c) => c.label), tt.headFont || 'bold'); }
  function rowH(d, tt, r, font) {
    const size2 = tt.size || 9, lead = tt.lead || size2 * 1.3, pad = tt.pad != null ? tt.pad : 3;
    const n2 = Math.max(...r.map((s, k) => (tt.cols[k].wrap ? d.wrap(s || '', tt.cols[k].w - 2 * pad - 2, { size: size2, font: font || tt.font }).length : String(s == null ? '' : s).split('\n').length)));
    return n2 * lead + 2 * pad;
  }
}

module.exports = { milli, lineCalc, dec, money, qty, pct, date, compute, Doc, table: table2, STYLES, BLACK, GREY, LIGHT, rgb };
