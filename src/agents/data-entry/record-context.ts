import { isPersonField } from './concepts';
import { type RawRecord, signerOf } from './free-text';
import type { FieldSpec } from './target.types';

/** Currency signs and words as written beside amounts, with the ISO codes they may stand for. */
const CURRENCY_SIGNS: [RegExp, string[]][] = [
  [/R\$/, ['BRL']],
  [/£/, ['GBP']],
  [/€|\beur(?:o|os)?\b/i, ['EUR']],
  [/¥|円/, ['JPY', 'CNY']],
  [/₹|\brs\.?\s?\d/i, ['INR']],
  [/₺|\btl\b/i, ['TRY']],
  [/zł|\bpln\b/i, ['PLN']],
  [/kč|\bczk\b/i, ['CZK']],
  [/\bft\b|\bhuf\b/i, ['HUF']],
  [/\bchf\b|\bfr\.\s?\d/i, ['CHF']],
  [/\bkr\b\.?|:-/i, ['SEK', 'NOK', 'DKK', 'ISK']],
  [/\$/, ['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'MXN']],
];

/** The one option of a currency list that the amount's sign or code stands for ("£142.60" → GBP). */
function currencyOf(amount: string, options: string[]): string | null {
  const upper = options.map((o) => o.toUpperCase());
  const code = /\b([A-Z]{3})\b/.exec(amount.toUpperCase());
  if (code && upper.includes(code[1])) return options[upper.indexOf(code[1])];
  for (const [sign, codes] of CURRENCY_SIGNS) {
    if (!sign.test(amount)) continue;
    const meant = codes.filter((c) => upper.includes(c));
    return meant.length === 1 ? options[upper.indexOf(meant[0])] : null;
  }
  return null;
}

const isCurrencyList = (field: FieldSpec) => Boolean(field.enum && field.enum.length >= 2 && field.enum.every((o) => /^[A-Za-z]{3}$/.test(o)));

/**
 * What an organization's own records leave out and the whole text says: a field of a person's name
 * that no column or line gave is the person who signed the message ("Thanks, Gareth Llewellyn" over
 * an expense table); a currency field (a list of ISO codes) is the currency the record's amount is
 * written in ("£142.60" → GBP).
 */
export function completeFromText(raws: RawRecord[], fields: FieldSpec[], text: string): void {
  const person = fields.find((f) => isPersonField(f) && raws.every((raw) => !raw[f.name]));
  const signer = person ? signerOf(text) : null;
  const currency = fields.find(isCurrencyList);
  const amounts = fields.filter((f) => f.type === 'number' || f.type === 'integer');
  for (const raw of raws) {
    if (person && signer) raw[person.name] = { raw: signer, confidence: 0.55 };
    if (currency && !raw[currency.name]) {
      const written = amounts.map((f) => raw[f.name]?.raw).find((value) => value && currencyOf(value, currency.enum!));
      if (written) raw[currency.name] = { raw: currencyOf(written, currency.enum!)!, confidence: 0.6 };
    }
  }
}
