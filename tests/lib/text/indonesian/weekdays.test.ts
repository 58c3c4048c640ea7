/** Weekdays: of a date, named in text, written before a date, and the nearest one to a day. */
import { describe, expect, it } from 'vitest';
import {
  nearestWeekday,
  weekdayBefore,
  weekdayNamed,
  weekdayOf,
} from '../../../../src/lib/text/indonesian/weekdays.ts';
import { MOU_2015, POSTED_2015, RELEASE_2023_05 } from './fixtures.ts';

describe('weekdayOf', () => {
  it('gives the weekday of a date, Sunday first', () => {
    expect(['2018-10-14', '2018-10-15', '2018-10-16', '2024-02-29'].map(weekdayOf)).toEqual([
      0, 1, 2, 4,
    ]);
  });
});

describe('weekdayNamed', () => {
  it.each([
    ['Senin', 1],
    ['jumat', 5],
    ["Jum'at", 5],
    ['Jum’at', 5],
    ['Ahad', 0],
    ['Minggu', 0],
  ])('reads %s as %i', (name, day) => expect(weekdayNamed(name)).toBe(day));

  it('reads no other word', () => expect(weekdayNamed('pekan')).toBeUndefined());
});

describe('weekdayBefore', () => {
  it.each([
    [MOU_2015, '18/08/2015', 'Selasa', 2],
    [POSTED_2015, '19 Agustus', 'Rabu', 3],
    [RELEASE_2023_05, '12/5', 'Jumat', 5],
    ['hari ini, Senin, tanggal 15 Oktober', '15 Oktober', 'Senin', 1],
  ])('finds the weekday before the date in %j', (text, date, name, day) => {
    const found = weekdayBefore(text, text.indexOf(date));
    expect(found).toMatchObject({ text: name, day });
    expect(text.slice(found?.index)).toMatch(new RegExp(`^${name}`));
  });

  it.each([
    ['selama satu minggu (15/10)', '15/10'],
    ['Senin lalu (15/10)', '15/10'],
    ['Kasenin (15/10)', '15/10'],
  ])('finds none in %j', (text, date) => {
    expect(weekdayBefore(text, text.indexOf(date))).toBeUndefined();
  });
});

describe('nearestWeekday', () => {
  it('finds the day of the weekday within three days either side', () => {
    expect(nearestWeekday('2018-10-16', 1)).toBe('2018-10-15');
    expect(nearestWeekday('2018-10-16', 5)).toBe('2018-10-19');
    expect(nearestWeekday('2018-10-16', 2)).toBe('2018-10-16');
    expect(nearestWeekday('2019-01-01', 0)).toBe('2018-12-30');
  });
});
