import { detectCurrency } from '../invoice-processor/currency';
import { isPersonField } from './concepts';
import { type RawRecord, signerOf } from './free-text';
import type { FieldSpec } from './target.types';

const DOLLARS = ['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'MXN'];
const KRONOR = ['SEK', 'NOK', 'DKK', 'ISK'];

/**
 * The one option of a currency list that the amount's sign or code stands for ("£142.60" → GBP), as
 * the invoice reader tells currencies; a bare "$" or "kr" is the list's only dollar or krona.
 */
function currencyOf(amount: string, options: string[]): string | null {
  const upper = options.map((o) => o.toUpperCase());
  const pick = (code: string | undefined) => (code === undefined ? null : options[upper.indexOf(code)]);
  const guess = detectCurrency(amount).code;
  if (guess && upper.includes(guess)) return pick(guess);
  for (const family of [DOLLARS, KRONOR]) {
    const sign = family === DOLLARS ? /\$/ : /(?<![\p{L}])kr\b\.?|:-/iu;
    const meant = upper.filter((code) => family.includes(code));
    if (sign.test(amount) && meant.length === 1) return pick(meant[0]);
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
