import { detectDayMonthOrder, findDates, parseDate } from './dates';

describe('parseDate', () => {
  it.each([
    ['12.03.2025', '2025-03-12'],
    ['1.3.2025', '2025-03-01'],
    ['7. 2. 2025', '2025-02-07'],
    ['12.03.25', '2025-03-12'],
    ['2025-03-12', '2025-03-12'],
    ['2025/3/12', '2025-03-12'],
    ['2025. 03. 12.', '2025-03-12'],
    ['2025.03.12', '2025-03-12'],
    ['13/03/2025', '2025-03-13'],
    ['03/13/2025', '2025-03-13'],
    ['12-03-2025', '2025-03-12'],
    ['12 March 2025', '2025-03-12'],
    ['12th March 2025', '2025-03-12'],
    ['March 12, 2025', '2025-03-12'],
    ['Mar 12th, 2025', '2025-03-12'],
    ['12-Mar-2025', '2025-03-12'],
    ['12. März 2025', '2025-03-12'],
    ['3. Okt. 2025', '2025-10-03'],
    ['12 mars 2025', '2025-03-12'],
    ['1er février 2025', '2025-02-01'],
    ['12 de marzo de 2025', '2025-03-12'],
    ['7 ago 2025', '2025-08-07'],
    ['12 maart 2025', '2025-03-12'],
    ['5 mei 2025', '2025-05-05'],
    ['12 marzo 2025', '2025-03-12'],
    ['1° dicembre 2025', '2025-12-01'],
  ])('%s → %s', (raw, iso) => {
    expect(parseDate(raw)).toBe(iso);
  });

  it('uses the hint only for ambiguous slash dates, and flags them', () => {
    expect(parseDate('04/05/2025', 'dmy')).toBe('2025-05-04');
    expect(parseDate('04/05/2025', 'mdy')).toBe('2025-04-05');
    expect(findDates('04/05/2025')[0].ambiguous).toBe(true);
    expect(findDates('05/05/2025')[0].ambiguous).toBe(false);
    expect(findDates('13/05/2025', 'mdy')[0]).toMatchObject({ iso: '2025-05-13', ambiguous: false });
  });

  it.each(['31.02.2025', '2025-13-01', '00.01.2025', '12.03.1850', 'Version 1.2.3', 'Version 1. 2. 3', '1.2 2025'])('rejects %p', (raw) => {
    expect(parseDate(raw)).toBeNull();
  });

  it('finds several dates on a line, left to right', () => {
    expect(findDates('Date: 01.02.2025   Due: 3 March 2025').map((d) => d.iso)).toEqual(['2025-02-01', '2025-03-03']);
  });
});

describe('detectDayMonthOrder', () => {
  it('is settled by an unambiguous date anywhere in the text', () => {
    expect(detectDayMonthOrder('issued 04/05/2025 due 04/25/2025', 'EUR')).toEqual({ order: 'mdy', certain: true });
    expect(detectDayMonthOrder('issued 04/05/2025 due 25/05/2025', 'USD')).toEqual({ order: 'dmy', certain: true });
  });
  it('falls back to the currency, uncertain', () => {
    expect(detectDayMonthOrder('04/05/2025', 'USD')).toEqual({ order: 'mdy', certain: false });
    expect(detectDayMonthOrder('04/05/2025', 'GBP')).toEqual({ order: 'dmy', certain: false });
  });
});
