import fc from 'fast-check';
import { normalizeEmail, normalizePhone, parseNumber } from './coerce';
import { headerScore, mapHeaders } from './header-match';
import { parseDelimited, parseTable } from './table-parse';
import { BUILTIN_TARGETS } from './targets';

describe('parseNumber', () => {
  it.each([
    ['1.234,56', 1234.56],
    ['1,234.56', 1234.56],
    ['€ 1 234,5', 1234.5],
    ["1'234.50 CHF", 1234.5],
    ['12k', 12000],
    ['(50)', -50],
    ['0,5', 0.5],
  ])('%s → %d', (raw, expected) => expect(parseNumber(raw)?.value).toBeCloseTo(expected));

  it('marks a lone "1.234" as ambiguous and refuses words', () => {
    expect(parseNumber('1.234')).toEqual({ value: 1234, confidence: 0.7 });
    expect(parseNumber('twelve')).toBeNull();
  });

  it('round-trips integers written with thousands separators', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (n) => {
        expect(parseNumber(n.toLocaleString('de-DE'))?.value).toBe(n);
        expect(parseNumber(n.toLocaleString('en-US'))?.value).toBe(n);
      }),
    );
  });
});

describe('e-mail and phone normalisation', () => {
  it('cleans e-mail addresses', () => {
    expect(normalizeEmail('<Anna@Example.COM>')).toBe('anna@example.com');
    expect(normalizeEmail('anna (at) example (dot) com')).toBe('anna@example.com');
    expect(normalizeEmail('anna@')).toBeNull();
  });

  it('cleans phone numbers', () => {
    expect(normalizePhone('+49 (0)30 123-456')).toBe('+4930123456');
    expect(normalizePhone('0044 20 7946 0958')).toBe('+442079460958');
    expect(normalizePhone('call me')).toBeNull();
    expect(normalizePhone('123')).toBeNull();
  });
});

describe('header matching', () => {
  const lead = BUILTIN_TARGETS['crm-lead'].fields;
  const field = (n: string) => lead.find((f) => f.name === n)!;

  it('knows synonyms in several languages and tolerates typos', () => {
    expect(headerScore('Courriel', field('email'))).toBe(1);
    expect(headerScore('Empresa', field('company'))).toBe(1);
    expect(headerScore('Tel.', field('phone'))).toBe(1);
    expect(headerScore('Phone #', field('phone'))).toBe(1);
    expect(headerScore('Compnay', field('company'))).toBeGreaterThan(0.6);
    expect(headerScore('Favourite colour', field('company'))).toBe(0);
  });

  it('combines first and last name columns', () => {
    const mapping = mapHeaders(['Vorname', 'Nachname', 'E-Mail'], lead);
    expect(mapping.firstName).toBe(0);
    expect(mapping.lastName).toBe(1);
    expect(mapping.fields.get(2)).toBe('email');
  });
});

describe('table parsing', () => {
  it('handles quotes, escaped quotes and newlines inside quotes', () => {
    expect(parseDelimited('a,"b, c","say ""hi""","multi\nline"\n1,2,3,4', ',')).toEqual([
      ['a', 'b, c', 'say "hi"', 'multi\nline'],
      ['1', '2', '3', '4'],
    ]);
  });

  it('sniffs the delimiter', () => {
    expect(parseTable('a;b;c\n1;2,5;3')?.delimiter).toBe(';');
    expect(parseTable('a\tb\n1\t2')?.delimiter).toBe('\t');
    expect(parseTable('a | b\n1 | 2')?.delimiter).toBe('|');
    expect(parseTable('| a | b |\n|---|---|\n| 1 | 2 |')).toEqual({ delimiter: 'markdown', rows: [['a', 'b'], ['1', '2']] });
    expect(parseTable('just one line of prose')).toBeNull();
  });
});
