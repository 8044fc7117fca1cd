/** Currency detection: ISO 4217 codes outrank symbols; "$" alone means USD only as a weak hint. */

const ISO_CODES = [
  'EUR', 'USD', 'GBP', 'CHF', 'JPY', 'CNY', 'CAD', 'AUD', 'NZD', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'RON', 'BGN',
  'TRY', 'INR', 'BRL', 'MXN', 'ZAR', 'SGD', 'HKD', 'KRW', 'RUB', 'AED', 'SAR', 'ILS', 'ISK', 'THB', 'IDR', 'MYR', 'PHP',
  'UAH', 'QAR', 'KWD', 'EGP', 'NGN', 'KES', 'CLP', 'COP', 'PEN', 'ARS', 'TWD', 'VND',
];
/** A currency sign or code right after or right before an amount: "389 900 Ft", "¥12,000", "12 000 JPY". */
const CODES = ISO_CODES.join('|');
export const CURRENCY_AFTER = new RegExp(`^\\s?(?:[€$£¥₩₹₺₽₪₴円元]|(?:Ft|Kč|zł|kr|lei|лв|${CODES})(?![\\p{L}]))`, 'u');
export const CURRENCY_BEFORE = new RegExp(`(?:[€$£¥₩₹₺₽₪₴]|(?<![\\p{L}])(?:${CODES}|Rs\\.?))\\s?$`, 'u');

/** A code on its own, not a part of a product or account code ("DRP-TRY", "EUR-4711"). */
const ISO_RE = new RegExp(`(?<![\\p{L}]|[\\p{L}\\d][-_/])(${ISO_CODES.join('|')})(?![\\p{L}]|[-_/][\\p{L}\\d])`, 'gu');

/** An Australian Business Number or a GST-registered Australian tax invoice. */
const AUSTRALIAN = /\bABN:?\s*\d{2}\s?\d{3}\s?\d{3}\s?\d{3}\b/;

const BARE_DOLLAR = /(?<![A-Z])\$/g;
const DOLLARS = ['CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'MXN'];
const isoSeen = (text: string, code: string) => new RegExp(`(?<![\\p{L}])${code}(?![\\p{L}])`, 'u').test(text);

const SYMBOLS: [RegExp, string][] = [
  [/(?:CA|C)\$/g, 'CAD'],
  [/(?:AU|A)\$/g, 'AUD'],
  [/NZ\$/g, 'NZD'],
  [/(?:HK)\$/g, 'HKD'],
  [/S\$/g, 'SGD'],
  [/R\$/g, 'BRL'],
  [/US\$/g, 'USD'],
  [/€/g, 'EUR'],
  [/£/g, 'GBP'],
  [/¥|￥/g, 'JPY'],
  [/₹/g, 'INR'],
  [/zł/g, 'PLN'],
  [/Kč/g, 'CZK'],
  [/₺/g, 'TRY'],
  [/(?<![\p{L}])(?:Fr\.|SFr\.?)(?=\s?\d)/gu, 'CHF'],
  [/\d\s?Ft(?![\p{L}])/gu, 'HUF'],
  [/\d\s?lei(?![\p{L}])/giu, 'RON'],
  [/₽|\d\s?руб/gu, 'RUB'],
  [/₩/g, 'KRW'],
  [/₪/g, 'ILS'],
  [/₱/g, 'PHP'],
  [/\d\s?TL(?![\p{L}])|(?<![\p{L}])TL\s?\d/gu, 'TRY'],
  [/(?<![\p{L}])Rs\.?\s?\d/gu, 'INR'],
  [/(?<![\p{L}])RM\s?\d/gu, 'MYR'],
  [/\d\s?円|円\s?\d/gu, 'JPY'],
  [/\d\s?元|元\s?\d/gu, 'CNY'],
  [/(?<![\p{L}])лв\.?(?![\p{L}])/gu, 'BGN'],
  [/₴/g, 'UAH'],
  [/د\.إ/g, 'AED'],
];

/** "R 1 234.50", "R1,234.50": the rand, when no other currency is named. */
const RAND_AMOUNT = /(?<![\p{L}\d])R\s?\d{1,3}(?:[ ,]?\d{3})*\.\d{2}(?!\d)/gu;

/**
 * A currency sign or code written beside an amount in a table cell ("R$ 3.200,00", "1 250 Kč",
 * "12 500 Ft", "R 7 450.00"): not part of the number.
 */
export const CURRENCY_MARK = /(?:R|US|CA|C|AU|A|NZ|HK|S|MX)\$|[€$£¥₹₺₽₩₪₱]|(?<![\p{L}])(?:zł|Kč|Ft|lei|kr\.?|Rs\.?|TL|RM|Fr\.|SFr\.?)(?![\p{L}])|(?<![\p{L}])R(?=\s?\d)|:-|(?<![\p{L}])[A-Z]{3}(?![\p{L}])/gu;

/** "kr" after an amount is the krona or krone of whichever country the document is from. */
const KRONA_AMOUNT = /\d\s?(?:kr\.?|:-)(?![\p{L}])|(?<![\p{L}])kr\.?\s?\d/iu;
const KRONA_COUNTRY: [RegExp, string][] = [
  [/\bNO\d{9}(?:MVA)?\b|\d{3}\s?\d{3}\s?\d{3}\s?MVA\b|(?<![\p{L}])(?:mva|forfallsdato|å betale|foretaksregisteret)(?![\p{L}])/iu, 'NOK'],
  [/\bDK\d{8}\b|(?<![\p{L}])(?:cvr|forfaldsdato|at betale|i alt)(?![\p{L}])/iu, 'DKK'],
  [/\bIS\d{5,6}\b|(?<![\p{L}])(?:kennitala|vsk)(?![\p{L}])/iu, 'ISK'],
  // "moms" is Danish too: Swedish only when nothing above said Danish
  [/\bSE\d{12}\b|(?<![\p{L}])(?:moms(?:reg)?|att betala|förfallodatum|bankgiro|plusgiro)(?![\p{L}])/iu, 'SEK'],
];

function kronaOf(text: string): string | null {
  if (!KRONA_AMOUNT.test(text)) return null;
  return KRONA_COUNTRY.find(([re]) => re.test(text))?.[1] ?? null;
}

export interface CurrencyGuess {
  code: string | null;
  confidence: number;
}

export function detectCurrency(text: string): CurrencyGuess {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(ISO_RE)) counts.set(m[1], (counts.get(m[1]) ?? 0) + 2);
  let rest = text;
  for (const [re, code] of SYMBOLS) {
    const n = (rest.match(re) ?? []).length;
    if (n) counts.set(code, (counts.get(code) ?? 0) + n);
    rest = rest.replace(re, ' ');
  }
  // "$" alone is whichever dollar the document names ("Total (CAD)" over amounts in "$"), else USD
  const bareDollars = (rest.match(BARE_DOLLAR) ?? []).length;
  if (bareDollars) {
    const named = DOLLARS.filter((code) => isoSeen(text, code));
    // no code printed: the country's business number says which dollar ("ABN 51 824 753 556": Australian)
    const dollar = named.length === 1 ? named[0] : named.length === 0 && AUSTRALIAN.test(text) ? 'AUD' : 'USD';
    counts.set(dollar, (counts.get(dollar) ?? 0) + bareDollars);
  }
  const krona = counts.size ? null : kronaOf(text);
  if (krona) return { code: krona, confidence: 0.75 };
  if (!counts.size && (text.match(RAND_AMOUNT) ?? []).length >= 2) return { code: 'ZAR', confidence: 0.7 };
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (!ranked.length) return { code: null, confidence: 0 };
  const [code, score] = ranked[0];
  const runnerUp = ranked[1]?.[1] ?? 0;
  let confidence = isoSeen(text, code) ? 0.9 : code === 'USD' ? 0.6 : 0.85;
  if (runnerUp > 0 && runnerUp * 2 > score) confidence -= 0.25;
  return { code, confidence: Math.max(0.3, confidence) };
}
