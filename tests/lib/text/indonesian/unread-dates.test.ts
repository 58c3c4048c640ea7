/** Dates a text writes that the publication date, known only so far, cannot complete. */
import { describe, expect, it } from 'vitest';
import { unreadDates } from '../../../../src/lib/text/indonesian/unread-dates.ts';

const TEXT = 'Dilepas kemarin, berangkat Juli lalu, tiba Senin (15/10) pada 2018.';

describe('unreadDates', () => {
  it('names each date with the precision of publication date it needs', () => {
    expect(unreadDates(TEXT, undefined).map((u) => [u.words, u.needs])).toEqual([
      ['kemarin', 'day'],
      ['Juli lalu', 'month'],
      ['Senin (15/10)', 'year'],
    ]);
    expect(unreadDates(TEXT, { year: 2018 }).map((u) => u.words)).toEqual(['kemarin', 'Juli lalu']);
    expect(unreadDates(TEXT, { year: 2018, month: 10 }).map((u) => u.words)).toEqual(['kemarin']);
  });

  it('finds none when the publication date is known to the day', () => {
    expect(unreadDates(TEXT, { year: 2018, month: 10, day: 15 })).toEqual([]);
  });

  it('finds none in a text that writes its dates in full', () => {
    expect(unreadDates('Dilepas 14 Oktober 2018.', undefined)).toEqual([]);
  });
});
