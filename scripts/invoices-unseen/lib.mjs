// Helpers for the unseen invoice set: exact decimal arithmetic in integers,
// locale formatting of numbers and dates, and derivation of ground truth and
// verification strings from a single invoice definition.

export const NBSP = '\u00A0';   // no-break space
export const NNBSP = '\u202F';  // narrow no-break space
export const THIN = '\u2009';    // thin space

export const esc = (s) => String(s)
  .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** "7.5" -> { n: 75, scale: 10, decimals: 1 } ; exact, no floating point. */
export function dec(s) {
  s = String(s);
  if (!/^-?\d+(\.\d+)?$/.test(s)) throw new Error(`not a decimal: ${s}`);
  const neg = s.startsWith('-');
  const [a, b = ''] = (neg ? s.slice(1) : s).split('.');
  const n = Number(a + b) * (neg ? -1 : 1);
  if (!Number.isSafeInteger(n)) throw new Error(`too large: ${s}`);
  return { n, scale: 10 ** b.length, decimals: b.length };
}

/** integer division rounded half away from zero */
export function roundDiv(num, den) {
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den)) throw new Error('unsafe integer');
  const sign = Math.sign(num) * Math.sign(den);
  const a = Math.abs(num), b = Math.abs(den);
  return sign * Math.floor((2 * a + b) / (2 * b));
}

/** cents -> "1234.56" */
export const cents = (c) => (c < 0 ? '-' : '') + Math.floor(Math.abs(c) / 100) + '.' + String(Math.abs(c) % 100).padStart(2, '0');

function groupInt(s, grp) {
  if (!grp) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && (s.length - i) % 3 === 0) out += grp;
    out += s[i];
  }
  return out;
}

/** format an integer in minor units (10^-decimals) with the given separators */
export function fmtMinor(minor, decimals, { dec: d = ',', grp = NBSP, minus = '-' } = {}) {
  const neg = minor < 0;
  const a = Math.abs(minor);
  const p = 10 ** decimals;
  const int = groupInt(String(Math.floor(a / p)), grp);
  const frac = decimals ? d + String(a % p).padStart(decimals, '0') : '';
  return (neg ? minus : '') + int + frac;
}

/** format a decimal string as printed (keeps its decimals) */
export function fmtDecStr(s, opts) {
  const x = dec(s);
  return fmtMinor(x.n, x.decimals, opts);
}

const MONTHS = {
  da: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** date formatters by style; input ISO YYYY-MM-DD */
export function fmtDate(iso, style) {
  const [y, m, d] = iso.split('-').map(Number);
  const p2 = (x) => String(x).padStart(2, '0');
  switch (style) {
    case 'iso': return iso;
    case 'dd.mm.yyyy': return `${p2(d)}.${p2(m)}.${y}`;
    case 'd.m.yyyy': return `${d}.${m}.${y}`;
    case 'd. m. yyyy': return `${d}. ${m}. ${y}`;
    case 'dd/mm/yyyy': return `${p2(d)}/${p2(m)}/${y}`;
    case 'dd-mm-yyyy': return `${p2(d)}-${p2(m)}-${y}`;
    case 'da-long': return `${d}. ${MONTHS.da[m - 1]} ${y}`;
    case 'en-US-long': return `${MONTHS.en[m - 1]} ${d}, ${y}`;
    case 'en-US-short': return `${MONTHS.en[m - 1].slice(0, 3)} ${d}, ${y}`;
    case 'en-GB-long': return `${d} ${MONTHS.en[m - 1]} ${y}`;
    default: throw new Error(`date style ${style}`);
  }
}

/** add days to an ISO date */
export function addDays(iso, n) {
  const t = new Date(iso + 'T00:00:00Z');
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}

/**
 * Compute every amount of an invoice in integer cents.
 * inv.items: [{ desc, qty: '7.5', unit: '595.00', rate: '25', disc?: '10' }]
 * inv.taxMode: 'rate' (VAT per rate on the summed net), 'line' (VAT per line, summed),
 *              'none' (no tax), 'multi' (several taxes on the whole subtotal: inv.taxes)
 * inv.discountPct: invoice-level discount before tax; inv.deposit / inv.credit: deducted after total.
 */
export function compute(inv) {
  const lines = inv.items.map((it) => {
    const q = dec(it.qty), u = dec(it.unit);
    let num = q.n * u.n * 100, den = q.scale * u.scale;
    const gross = roundDiv(num, den); // qty x unit, before line discount
    let net = gross;
    if (it.disc) {
      const p = dec(it.disc);
      net = roundDiv(num * (100 * p.scale - p.n), den * 100 * p.scale);
    }
    let tax = null;
    if (inv.taxMode === 'line') { const r = dec(it.rate); tax = roundDiv(net * r.n, 100 * r.scale); }
    return { ...it, beforeDisc: gross, net, tax, gross: tax == null ? null : net + tax };
  });
  const goods = lines.reduce((a, l) => a + l.net, 0);
  let discount = 0;
  if (inv.discountPct) { const p = dec(inv.discountPct); discount = roundDiv(goods * p.n, 100 * p.scale); }
  const subtotal = goods - discount;
  let byRate = [];
  let taxes = [];
  if (inv.taxMode === 'rate' || inv.taxMode === 'line') {
    const rates = [...new Set(lines.map((l) => l.rate))];
    byRate = rates.map((rate) => {
      const ls = lines.filter((l) => l.rate === rate);
      let net = ls.reduce((a, l) => a + l.net, 0);
      if (discount) {
        if (rates.length > 1) throw new Error('invoice discount with several rates not supported');
        net = subtotal;
      }
      const r = dec(rate);
      const tax = inv.taxMode === 'line' ? ls.reduce((a, l) => a + l.tax, 0) : roundDiv(net * r.n, 100 * r.scale);
      return { rate, net, tax, gross: net + tax };
    });
  } else if (inv.taxMode === 'multi') {
    taxes = inv.taxes.map((t) => { const r = dec(t.rate); return { ...t, amount: roundDiv(subtotal * r.n, 100 * r.scale) }; });
  }
  const tax = inv.taxMode === 'none' ? null
    : inv.taxMode === 'multi' ? taxes.reduce((a, t) => a + t.amount, 0)
    : byRate.reduce((a, r) => a + r.tax, 0);
  const total = subtotal + (tax ?? 0);
  const deposit = inv.deposit ? dec(inv.deposit).n : 0;
  const credit = inv.credit ? dec(inv.credit).n : 0;
  const amountDue = (inv.deposit || inv.credit) ? total - deposit - credit : null;
  return { lines, goods, discount, subtotal, byRate, taxes, tax, total, deposit, credit, amountDue };
}

export function groundTruth(inv, c) {
  const party = (p) => ({
    name: p.name ?? null,
    vatId: p.vatId ?? null,
    address: p.address ? p.address.join(', ') : null,
    email: p.email ?? null,
  });
  return {
    invoiceNumber: inv.number,
    issueDate: inv.issue,
    dueDate: inv.due ?? null,
    currency: inv.currency,
    seller: party(inv.seller),
    buyer: party(inv.buyer),
    subtotal: cents(c.subtotal),
    taxTotal: c.tax == null ? null : cents(c.tax),
    total: cents(c.total),
    amountDue: c.amountDue == null ? null : cents(c.amountDue),
    lineItems: c.lines.map((l) => ({
      description: l.desc,
      quantity: l.qty,
      unitPrice: l.unit,
      amount: cents(l.net),
    })),
    source: 'text',
  };
}

/** the strings that must appear in the PDF text for each ground-truth value, in printed form */
export function checkStrings(inv, c, f) {
  const out = [];
  const add = (field, text) => { if (text != null) out.push({ field, text: String(text) }); };
  add('invoiceNumber', inv.number);
  add('issueDate', f.d(inv.issue));
  if (inv.due) add('dueDate', f.d(inv.due));
  add('currency', inv.currencyPrinted ?? inv.currency);
  for (const side of ['seller', 'buyer']) {
    const p = inv[side];
    add(`${side}.name`, p.name);
    add(`${side}.vatId`, p.vatId);
    (p.address || []).forEach((l, i) => add(`${side}.address[${i}]`, l));
    add(`${side}.email`, p.email);
  }
  add('subtotal', f.m(c.subtotal));
  if (c.tax != null) add('taxTotal', f.m(c.tax));
  add('total', f.m(c.total));
  if (c.amountDue != null) add('amountDue', f.m(c.amountDue));
  c.lines.forEach((l, i) => {
    add(`lineItems[${i}].description`, l.desc);
    add(`lineItems[${i}].quantity`, f.q(l.qty));
    add(`lineItems[${i}].unitPrice`, f.u(l.unit));
    add(`lineItems[${i}].amount`, f.m(l.net));
  });
  for (const e of inv.extraChecks ? inv.extraChecks(c, f) : []) add('extra', e);
  return out;
}

/** minimal HTML document */
export function doc({ lang, title, css, body }) {
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>${esc(title)}</title>
<style>
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
${css}
</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/** Polish amount in words for the "Słownie" line: "dwanaście tysięcy trzysta siedem złotych 44/100" */
export function plnInWords(c) {
  const ones = ['zero', 'jeden', 'dwa', 'trzy', 'cztery', 'pięć', 'sześć', 'siedem', 'osiem', 'dziewięć'];
  const teens = ['dziesięć', 'jedenaście', 'dwanaście', 'trzynaście', 'czternaście', 'piętnaście', 'szesnaście', 'siedemnaście', 'osiemnaście', 'dziewiętnaście'];
  const tens = ['', '', 'dwadzieścia', 'trzydzieści', 'czterdzieści', 'pięćdziesiąt', 'sześćdziesiąt', 'siedemdziesiąt', 'osiemdziesiąt', 'dziewięćdziesiąt'];
  const hundreds = ['', 'sto', 'dwieście', 'trzysta', 'czterysta', 'pięćset', 'sześćset', 'siedemset', 'osiemset', 'dziewięćset'];
  const tri = (x) => {
    const h = Math.floor(x / 100), t = Math.floor((x % 100) / 10), o = x % 10, w = [];
    if (h) w.push(hundreds[h]);
    if (t === 1) w.push(teens[o]); else { if (t) w.push(tens[t]); if (o) w.push(ones[o]); }
    return w;
  };
  const form = (x, f1, f2, f5) => (x === 1 ? f1 : (x % 10 >= 2 && x % 10 <= 4 && !(x % 100 >= 12 && x % 100 <= 14)) ? f2 : f5);
  const n = Math.floor(c / 100);
  if (n >= 1e6) throw new Error('too large for plnInWords');
  const w = [];
  const th = Math.floor(n / 1000), r = n % 1000;
  if (th === 1) w.push('jeden tysiąc');
  else if (th) w.push(...tri(th), form(th, 'tysiąc', 'tysiące', 'tysięcy'));
  if (r || n === 0) w.push(...(n === 0 ? ['zero'] : tri(r)));
  return `${w.join(' ')} ${form(n, 'złoty', 'złote', 'złotych')} ${String(c % 100).padStart(2, '0')}/100`;
}

/** per-invoice formatters: m = money (cents), u = unit price (decimal string),
 *  q = quantity (decimal string), d = date (ISO) */
export function mkFmt({ num, qty = num, unit = num, date }) {
  return {
    m: (c) => fmtMinor(c, 2, num),
    u: (s) => fmtDecStr(s, unit),
    q: (s) => fmtDecStr(s, qty),
    d: (iso) => fmtDate(iso, date),
    rate: (s) => String(s).replace('.', num.dec ?? ','),
  };
}

export const lines = (arr) => arr.map(esc).join('<br>');
