// Shared helpers for the office-style held-out invoices.
// All money is handled as integer cents (BigInt for products) so that the
// numbers printed in the HTML and the numbers in the ground truth come from
// one computation and cannot disagree.

export function cents(dec) {
  // "1234.50" -> 123450
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(dec);
  if (!m) throw new Error(`bad money literal ${dec}`);
  const frac = (m[3] ?? '').padEnd(2, '0');
  const v = Number(m[2]) * 100 + Number(frac);
  return m[1] ? -v : v;
}

export function qtyMilli(q) {
  const m = /^(\d+)(?:\.(\d{1,3}))?$/.exec(q);
  if (!m) throw new Error(`bad quantity ${q}`);
  return Number(m[1]) * 1000 + Number((m[2] ?? '').padEnd(3, '0'));
}

/** Net line amount; throws unless it is an exact number of cents. */
export function lineAmount(q, priceCents) {
  const p = BigInt(qtyMilli(q)) * BigInt(priceCents);
  if (p % 1000n !== 0n) throw new Error(`line ${q} x ${priceCents} is not exact`);
  return Number(p / 1000n);
}

/** round-half-up(base * num / den) for base >= 0, all integers. */
export function pct(baseCents, num, den) {
  if (baseCents < 0) throw new Error('negative base');
  const n = BigInt(baseCents) * BigInt(num);
  const d = BigInt(den);
  return Number((2n * n + d) / (2n * d));
}

/** Ground-truth decimal string: 123450 -> "1234.50", -500 -> "-5.00" */
export function dec(c) {
  const neg = c < 0;
  const a = Math.abs(c);
  return `${neg ? '-' : ''}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}

const NBSP = '\u00a0';
const SEP = {
  en: [',', '.'],
  de: ['.', ','],
  fr: [NBSP, ','],
  ch: ["'", '.'],
};

/** Locale-formatted amount without currency: fmt(123456,'de') -> "1.234,56" */
export function fmt(c, style) {
  const [g, d] = SEP[style];
  const neg = c < 0;
  const a = Math.abs(c);
  const int = String(Math.floor(a / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, g);
  return `${neg ? '-' : ''}${int}${d}${String(a % 100).padStart(2, '0')}`;
}

/** Quantity as printed: "8.4" -> "8,4" for comma-decimal styles */
export function fmtQty(q, style) {
  return style === 'en' || style === 'ch' ? q : q.replace('.', ',');
}

const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  at: ['Jänner', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
};

function parts(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`bad date ${iso}`);
  return { y: m[1], mo: m[2], d: m[3] };
}

/** Numeric date. kind: 'dmy.' | 'dmy/' | 'dmy-' | 'mdy/' */
export function dnum(iso, kind) {
  const { y, mo, d } = parts(iso);
  switch (kind) {
    case 'dmy.': return `${d}.${mo}.${y}`;
    case 'dmy/': return `${d}/${mo}/${y}`;
    case 'dmy-': return `${d}-${mo}-${y}`;
    case 'mdy/': return `${mo}/${d}/${y}`;
    default: throw new Error(kind);
  }
}

/** Written date in the document language. */
export function dword(iso, lang) {
  const { y, mo, d } = parts(iso);
  const day = Number(d);
  const month = MONTHS[lang][Number(mo) - 1];
  switch (lang) {
    case 'en': return `${day} ${month} ${y}`;
    case 'de': return `${day}. ${month} ${y}`;
    case 'at': return `${d}. ${month} ${y}`;
    case 'fr': return `${day === 1 ? '1er' : day} ${month} ${y}`;
    case 'es': return `${day} de ${month} de ${y}`;
    default: throw new Error(lang);
  }
}

export function esc(s) {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// ---- check digits, so the tax ids at least look like real ones ----------

export function deVatCheck(d8) {
  let product = 10;
  for (const ch of d8) {
    let sum = (Number(ch) + product) % 10;
    if (sum === 0) sum = 10;
    product = (2 * sum) % 11;
  }
  const c = 11 - product;
  return `${d8}${c === 10 ? 0 : c}`;
}

export function atUid(d7) {
  let s = 0;
  [...d7].forEach((ch, i) => {
    let v = Number(ch);
    if (i % 2 === 1) { v *= 2; v = Math.floor(v / 10) + (v % 10); }
    s += v;
  });
  const c = (10 - ((s + 4) % 10)) % 10;
  return `ATU${d7}${c}`;
}

export function frVat(siren) {
  const key = (12 + 3 * (Number(siren) % 97)) % 97;
  return `FR${String(key).padStart(2, '0')}${siren}`;
}

export function beVat(d8) {
  // 10-digit enterprise number: 8 digits + (97 - n mod 97)
  const c = 97 - (Number(d8) % 97);
  return `BE${d8}${String(c).padStart(2, '0')}`;
}

export function esNif(d8) {
  return `${d8}${'TRWAGMYFPDXBNJZSQVHLCKE'[Number(d8) % 23]}`;
}

export function esCif(letter, d7) {
  let even = 0;
  let odd = 0;
  [...d7].forEach((ch, i) => {
    const v = Number(ch);
    if (i % 2 === 1) even += v;
    else { const x = 2 * v; odd += Math.floor(x / 10) + (x % 10); }
  });
  const c = (10 - ((even + odd) % 10)) % 10;
  return `${letter}${d7}${c}`;
}

export function itPiva(d10) {
  let s = 0;
  [...d10].forEach((ch, i) => {
    let v = Number(ch);
    if (i % 2 === 1) { v *= 2; if (v > 9) v -= 9; }
    s += v;
  });
  return `${d10}${(10 - (s % 10)) % 10}`;
}

export function ptNif(d8) {
  let s = 0;
  [...d8].forEach((ch, i) => { s += Number(ch) * (9 - i); });
  const c = 11 - (s % 11);
  return `${d8}${c >= 10 ? 0 : c}`;
}

export function chUid(d8) {
  const w = [5, 4, 3, 2, 7, 6, 5, 4];
  let s = 0;
  [...d8].forEach((ch, i) => { s += Number(ch) * w[i]; });
  let c = 11 - (s % 11);
  if (c === 11) c = 0;
  if (c === 10) throw new Error('pick another UID');
  const all = `${d8}${c}`;
  return `CHE-${all.slice(0, 3)}.${all.slice(3, 6)}.${all.slice(6, 9)}`;
}

export function gbVat(d7) {
  const w = [8, 7, 6, 5, 4, 3, 2];
  let s = 0;
  [...d7].forEach((ch, i) => { s += Number(ch) * w[i]; });
  const c = (97 - (s % 97)) % 97;
  return `GB${d7}${String(c).padStart(2, '0')}`;
}

/**
 * Compute line amounts and per-rate tax. items: {qty, price ("12.50"), rate}
 * rates: { key: { num, den } } e.g. { std: { num: 19, den: 100 } }
 * Tax is computed per rate on the sum of net amounts of that rate.
 */
export function compute(items, rates) {
  const lines = items.map((it) => {
    const unit = cents(it.price);
    return { ...it, unit, amount: lineAmount(it.qty, unit) };
  });
  const net = lines.reduce((s, l) => s + l.amount, 0);
  const byRate = {};
  for (const l of lines) {
    if (l.rate == null) continue;
    byRate[l.rate] = (byRate[l.rate] ?? 0) + l.amount;
  }
  const taxes = Object.entries(byRate).map(([k, base]) => ({
    key: k, base, tax: pct(base, rates[k].num, rates[k].den),
  }));
  const tax = taxes.reduce((s, t) => s + t.tax, 0);
  return { lines, net, taxes, tax };
}

export function gtLine(l) {
  return { description: l.desc, quantity: l.qty, unitPrice: dec(l.unit), amount: dec(l.amount) };
}
