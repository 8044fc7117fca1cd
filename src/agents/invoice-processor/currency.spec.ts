import { detectCurrency } from './currency';

describe('detectCurrency', () => {
  it('does not read a currency code inside a product code', () => {
    const text = 'DRP-TRY  Geyser drip tray   2   R 395.00   R 790.00\nCU-22  Copper pipe   14   R 118.50   R 1 659.00\nTotal (Incl. VAT)   R 31 957.35';
    expect(detectCurrency(text).code).toBe('ZAR');
  });

  it('reads a code on its own or after an amount', () => {
    expect(detectCurrency('Total 1.234,56 EUR').code).toBe('EUR');
    expect(detectCurrency('Amount due: TRY 4,500.00').code).toBe('TRY');
    expect(detectCurrency('Total: 100EUR').code).toBe('EUR');
  });

  it('reads a bare "$" as the Australian dollar beside an ABN', () => {
    expect(detectCurrency('TAX INVOICE\nABN 51 824 753 556\nTotal $1,280.00').code).toBe('AUD');
    expect(detectCurrency('INVOICE\nTotal $1,280.00').code).toBe('USD');
  });
});
