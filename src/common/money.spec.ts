import { formatCredits, mulDiv, parseCredits } from './money';

describe('money', () => {
  it.each([
    ['12.5', 12_500_000n],
    ['0.000350', 350n],
    ['7', 7_000_000n],
    ['-1.25', -1_250_000n],
  ])('parses %s', (text, micros) => expect(parseCredits(text)).toBe(micros));

  it.each(['1e3', '1.0000001', 'abc', '', '1,5', '--1'])('rejects %p', (text) => expect(() => parseCredits(text)).toThrow(/decimal string/));

  it('formats without trailing zeros and round-trips', () => {
    expect(formatCredits(12_500_000n)).toBe('12.5');
    expect(formatCredits(350n)).toBe('0.00035');
    expect(formatCredits(-1_000_000n)).toBe('-1');
    for (const text of ['0.000001', '123456.654321', '42']) expect(formatCredits(parseCredits(text))).toBe(text);
  });

  it('rounds half away from zero', () => {
    expect(mulDiv(5n, 1n, 2n)).toBe(3n);
    expect(mulDiv(-5n, 1n, 2n)).toBe(-3n);
    expect(mulDiv(1_000_000n, 95n, 100n)).toBe(950_000n);
  });
});
