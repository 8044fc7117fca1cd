import { addDecimals, decimalsClose, detectDecimalSeparator, findAmounts, multiplyDecimals, normaliseDecimal, parseAmount, subtractDecimals } from './amounts';

describe('parseAmount', () => {
  it.each([
    ['1.234,56', '1234.56'],
    ['1,234.56', '1234.56'],
    ['1 234,56', '1234.56'],
    ['1\u00a0234,56', '1234.56'],
    ['1\u202f234,56', '1234.56'],
    ["1'234.56", '1234.56'],
    ['1’234.50', '1234.50'],
    ['1.234.567,00', '1234567.00'],
    ['1,234,567.00', '1234567.00'],
    ['€ 1.234,56', '1234.56'],
    ['$1,299.00', '1299.00'],
    ['1234.56 EUR', '1234.56'],
    ['CHF 99.95', '99.95'],
    ['-12,50', '-12.50'],
    ['(12.50)', '-12.50'],
    ['12.50-', '-12.50'],
    ['0,99', '0.99'],
    ['42', '42'],
    ['007', '7'],
  ])('%s → %s', (raw, expected) => {
    expect(parseAmount(raw)).toBe(expected);
  });

  it('resolves a lone separator before three digits as thousands unless hinted', () => {
    expect(parseAmount('1.234')).toBe('1234');
    expect(parseAmount('1,234')).toBe('1234');
    expect(parseAmount('1,234', ',')).toBe('1.234');
    expect(parseAmount('0,125')).toBe('0.125');
  });

  it('restores the decimal mark OCR dropped after a thousands group ("4.23750 €" in a comma document)', () => {
    expect(parseAmount('4.23750', ',')).toBe('4237.50');
    expect(parseAmount('4,23750', '.')).toBe('4237.50');
    expect(parseAmount('4.23750', '.')).toBe('4.23750');
    expect(findAmounts('Base imponible   4.23750 €', ',')).toMatchObject([{ value: '4237.50', money: true }]);
  });

  it('reads Indian lakh and crore grouping ("2,57,204.60")', () => {
    expect(parseAmount('2,57,204.60')).toBe('257204.60');
    expect(parseAmount('1,25,00,000')).toBe('12500000');
    expect(findAmounts('Grand Total (₹)   2,57,204.60').map((a) => a.value)).toEqual(['257204.60']);
  });

  it('takes a whole amount with its currency beside it for money ("389 900 Ft", "¥12,000"), a bare one not', () => {
    expect(findAmounts('4   db   389 900 Ft   1 559 600 Ft')).toMatchObject([{ value: '4', money: false }, { value: '389900', money: true }, { value: '1559600', money: true }]);
    expect(findAmounts('小計 ¥12,000')).toMatchObject([{ value: '12000', money: true }]);
    expect(findAmounts('Qty 12')).toMatchObject([{ value: '12', money: false }]);
  });

  it.each(['abc', '', '1.2.3,4,5', '12,3,456.00', '1,234,56.00'])('rejects %p', (raw) => {
    expect(parseAmount(raw)).toBeNull();
  });
});

describe('findAmounts', () => {
  it('skips percentages, dates, times and IBANs', () => {
    const line = 'VAT 19 % on 12.03.2025 at 10:30 IBAN DE89 3704 0044 0532 0130 00   190,00 €';
    expect(findAmounts(line).map((a) => a.value)).toEqual(['190.00']);
  });

  it('reads several amounts in a table row and marks money-shaped ones', () => {
    const found = findAmounts('Consulting   10   120,00 €   1.200,00 €');
    expect(found.map((a) => [a.value, a.money])).toEqual([
      ['10', false],
      ['120.00', true],
      ['1200.00', true],
    ]);
  });

  it('does not read digits inside identifiers', () => {
    expect(findAmounts('Invoice INV-2025-001 for order A17').map((a) => a.value)).toEqual([]);
  });
});

describe('decimal arithmetic', () => {
  it('adds exactly', () => {
    expect(addDecimals(['0.1', '0.2'])).toBe('0.3');
    expect(addDecimals(['1200.00', '85.5', '-0.50'])).toBe('1285.00');
  });
  it('subtracts and multiplies', () => {
    expect(subtractDecimals('10.00', '12.5')).toBe('-2.50');
    expect(multiplyDecimals('3.5', '68.00')).toBe('238.000');
  });
  it('compares with a tolerance', () => {
    expect(decimalsClose('100.00', '100.01')).toBe(true);
    expect(decimalsClose('100.00', '100.02')).toBe(false);
  });
  it('normalises structured decimals', () => {
    expect(normaliseDecimal('+0100.50')).toBe('100.50');
    expect(normaliseDecimal('.5')).toBe('0.5');
    expect(normaliseDecimal('1,5')).toBeNull();
  });
  it('detects the decimal separator of a document', () => {
    expect(detectDecimalSeparator('Summe 1.234,56 € MwSt 12,00')).toBe(',');
    expect(detectDecimalSeparator('Total $1,234.56 tax $12.00')).toBe('.');
    expect(detectDecimalSeparator('no money here')).toBeUndefined();
  });
});
