/** A publication date known to the day, month or year, or not at all but bounded. */
import { describe, expect, it } from 'vitest';
import {
  comparePublications,
  earliestPublication,
  isDated,
  latestPublication,
  mayBePublishedOn,
  publicationPrecision,
  publicationYear,
  publishedBefore,
  type Publication,
} from '../../../src/lib/dates/publication.ts';

const unknown = (after?: string, before?: string): Publication => ({
  published: 'unknown',
  ...(after ? { published_after: after } : {}),
  ...(before ? { published_before: before } : {}),
});

describe('earliestPublication and latestPublication', () => {
  it('read a written date as the days it may stand for', () => {
    expect(earliestPublication({ published: '2023' })).toBe('2023-01-01');
    expect(latestPublication({ published: '2023' })).toBe('2023-12-31');
    expect(latestPublication({ published: '2024-02' })).toBe('2024-02-29');
  });
  it('read an unknown date as its bounds, or nothing', () => {
    expect(earliestPublication(unknown('2024-06-07'))).toBe('2024-06-07');
    expect(latestPublication(unknown('2024-06-07'))).toBeUndefined();
    expect(earliestPublication(unknown())).toBeUndefined();
    expect(latestPublication(unknown(undefined, '2024-06-30'))).toBe('2024-06-30');
  });
});

describe('publishedBefore and mayBePublishedOn', () => {
  it('call an article earlier only when its last possible day is', () => {
    expect(publishedBefore({ published: '2024-05' }, '2024-06-10')).toBe(true);
    expect(publishedBefore({ published: '2024' }, '2024-06-10')).toBe(false);
    expect(publishedBefore(unknown(undefined, '2024-06-09'), '2024-06-10')).toBe(true);
    expect(publishedBefore(unknown('2024-01-01'), '2024-06-10')).toBe(false);
    expect(publishedBefore(unknown(), '2024-06-10')).toBe(false);
  });
  it('let a date fall in the bounds, both days included', () => {
    const p = unknown('2024-06-07', '2024-06-30');
    expect(mayBePublishedOn(p, '2024-06-07')).toBe(true);
    expect(mayBePublishedOn(p, '2024-06')).toBe(true);
    expect(mayBePublishedOn(p, '2024-07-01')).toBe(false);
    expect(mayBePublishedOn(p, '2024-06-06')).toBe(false);
    expect(mayBePublishedOn(unknown(), '1999')).toBe(true);
  });
});

describe('comparePublications', () => {
  it('orders by the first possible day: a year before its dated days, unbounded first', () => {
    const list: Publication[] = [
      { published: '2023-05-15' },
      unknown('2023-03-21'),
      { published: '2023' },
      unknown(),
      { published: '2023-03-21' },
      { published: '2023-03' },
    ];
    expect([...list].sort(comparePublications)).toEqual([
      unknown(),
      { published: '2023' },
      { published: '2023-03' },
      unknown('2023-03-21'),
      { published: '2023-03-21' },
      { published: '2023-05-15' },
    ]);
  });
});

describe('publicationYear and publicationPrecision', () => {
  it('know a year only when it is written or both bounds share it', () => {
    expect(publicationYear({ published: '2023-03' })).toBe(2023);
    expect(publicationYear(unknown('2024-06-07', '2024-12-01'))).toBe(2024);
    expect(publicationYear(unknown('2024-06-07', '2025-01-01'))).toBeUndefined();
    expect(publicationYear(unknown('2024-06-07'))).toBeUndefined();
  });
  it('say how precisely the date is known', () => {
    expect(publicationPrecision({ published: '2023' })).toBe('year');
    expect(publicationPrecision(unknown('2024-06-07'))).toBe('unknown');
    expect(isDated(unknown())).toBe(false);
  });
});
