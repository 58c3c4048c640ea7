import { describe, expect, it } from 'vitest';
import {
  compareDates,
  daysInMonth,
  earliestDay,
  isDefinitelyBefore,
  isValidPartialDate,
  latestDay,
  precisionOf,
  yearOf,
} from '../../../src/lib/dates/partial-date.ts';

describe('isValidPartialDate', () => {
  it.each(['2023', '2023-03', '2023-03-23', '1900', '2100-12-31', '2019-07'])(
    'accepts %s',
    (value) => {
      expect(isValidPartialDate(value)).toBe(true);
    },
  );

  it('accepts 29 February in leap years only', () => {
    expect(isValidPartialDate('2024-02-29')).toBe(true);
    expect(isValidPartialDate('2000-02-29')).toBe(true);
    expect(isValidPartialDate('2023-02-29')).toBe(false);
    expect(isValidPartialDate('1900-02-29')).toBe(false);
  });

  it.each([
    '2023-02-30',
    '2023-04-31',
    '2023-13',
    '2023-00',
    '2023-01-00',
    '2023-01-32',
    '1899',
    '2101',
    '2023-1-5',
    '23-03-01',
    ' 2023',
    '2023-03-23T00:00',
    '2023/03/23',
    '',
    'unknown',
  ])('refuses %j', (value) => {
    expect(isValidPartialDate(value)).toBe(false);
  });
});

describe('daysInMonth', () => {
  it('knows month lengths and leap years', () => {
    expect(daysInMonth(2023, 1)).toBe(31);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 4)).toBe(30);
  });
});

describe('precisionOf', () => {
  it('reads the precision from the form', () => {
    expect(precisionOf('2023')).toBe('year');
    expect(precisionOf('2023-03')).toBe('month');
    expect(precisionOf('2023-03-23')).toBe('day');
  });
});

describe('earliestDay', () => {
  it('gives the first day a date may stand for', () => {
    expect(earliestDay('2023')).toBe('2023-01-01');
    expect(earliestDay('2023-03')).toBe('2023-03-01');
    expect(earliestDay('2023-03-23')).toBe('2023-03-23');
  });
});

describe('latestDay', () => {
  it('gives the last day a date may stand for', () => {
    expect(latestDay('2023')).toBe('2023-12-31');
    expect(latestDay('2023-03-23')).toBe('2023-03-23');
    expect(latestDay('2023-04')).toBe('2023-04-30');
  });

  it('knows the end of February in leap and common years', () => {
    expect(latestDay('2024-02')).toBe('2024-02-29');
    expect(latestDay('2023-02')).toBe('2023-02-28');
  });
});

describe('isDefinitelyBefore', () => {
  it('orders days', () => {
    expect(isDefinitelyBefore('2023-03-22', '2023-03-23')).toBe(true);
    expect(isDefinitelyBefore('2023-03-23', '2023-03-23')).toBe(false);
    expect(isDefinitelyBefore('2023-03-24', '2023-03-23')).toBe(false);
  });

  it('orders a month before a later month', () => {
    expect(isDefinitelyBefore('2023-02', '2023-03')).toBe(true);
  });

  it('does not order a month and a day inside it, either way', () => {
    expect(isDefinitelyBefore('2023-03', '2023-03-15')).toBe(false);
    expect(isDefinitelyBefore('2023-03-15', '2023-03')).toBe(false);
  });

  it('does not order a year and a month inside it', () => {
    expect(isDefinitelyBefore('2023', '2023-12')).toBe(false);
    expect(isDefinitelyBefore('2023-01', '2023')).toBe(false);
  });

  it('orders mixed precisions that do not overlap', () => {
    expect(isDefinitelyBefore('2022', '2023-01-01')).toBe(true);
    expect(isDefinitelyBefore('2023-03-31', '2023-04')).toBe(true);
    expect(isDefinitelyBefore('2019-02', '2019-03-17')).toBe(true);
    expect(isDefinitelyBefore('2023-04', '2023-03-31')).toBe(false);
  });
});

describe('compareDates', () => {
  it('sorts by earliest day, coarser precision first on ties', () => {
    expect(
      ['2023-03-05', '2023', '2023-03', '2022-12-31', '2023-01-01', '2023-01'].sort(compareDates),
    ).toEqual(['2022-12-31', '2023', '2023-01', '2023-01-01', '2023-03', '2023-03-05']);
  });

  it('returns zero for equal dates and has opposite signs when swapped', () => {
    expect(compareDates('2023-03', '2023-03')).toBe(0);
    expect(Math.sign(compareDates('2023', '2023-01-01'))).toBe(-1);
    expect(Math.sign(compareDates('2023-01-01', '2023'))).toBe(1);
    expect(Math.sign(compareDates('2024', '2023-12-31'))).toBe(1);
  });
});

describe('yearOf', () => {
  it('reads the year', () => {
    expect(yearOf('2023')).toBe(2023);
    expect(yearOf('2019-07-01')).toBe(2019);
  });
});
