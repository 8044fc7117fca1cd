import { ValidationFailedError } from './domain-error';

/** 1 credit = 1,000,000 micro-credits. Money is bigint micro-credits inside, decimal strings outside. */
export const MICROS_PER_CREDIT = 1_000_000n;

const DECIMAL = /^(-)?(\d{1,15})(?:\.(\d{1,6}))?$/;

/** "12.5" → 12_500_000n. Rejects floats with more than 6 places, exponents, and junk. */
export function parseCredits(value: string | number, field = 'amount'): bigint {
  const text = typeof value === 'number' ? String(value) : value.trim();
  const match = DECIMAL.exec(text);
  if (!match) {
    throw new ValidationFailedError(`${field} must be a decimal string with at most 6 decimal places, like "12.5"`, { fields: { [field]: ['invalid amount'] } });
  }
  const [, sign, whole, fraction = ''] = match;
  const micros = BigInt(whole) * MICROS_PER_CREDIT + BigInt(fraction.padEnd(6, '0'));
  return sign ? -micros : micros;
}

/** 12_500_000n → "12.5"; 350n → "0.00035". */
export function formatCredits(micros: bigint | string | number): string {
  const value = BigInt(micros);
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const whole = abs / MICROS_PER_CREDIT;
  const fraction = (abs % MICROS_PER_CREDIT).toString().padStart(6, '0').replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** Rounds half away from zero: amount × numerator / denominator, in micro-credits. */
export function mulDiv(amount: bigint, numerator: bigint, denominator: bigint): bigint {
  const product = amount * numerator;
  const half = denominator / 2n;
  return product >= 0n ? (product + half) / denominator : (product - half) / denominator;
}
