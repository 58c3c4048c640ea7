/** The year groups of the timeline, the undated one included, as headings and anchors. */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/data/timeline.ts';
import { timelinePage } from '../../../src/lib/site/pagination.ts';
import { withEmptyYears, yearAnchor, yearHeading } from '../../../src/lib/site/timeline-years.ts';
import { cohort } from '../../helpers/records.ts';

describe('yearAnchor and yearHeading', () => {
  it('name a year by itself and the undated group in words', () => {
    expect([yearAnchor(2023), yearHeading(2023, 'id')]).toEqual(['y-2023', '2023']);
    expect([yearAnchor(undefined), yearHeading(undefined, 'id')]).toEqual([
      'y-tanpa-tanggal',
      'Waktu belum diketahui',
    ]);
    expect(yearHeading(undefined, 'en')).toBe('Date not yet known');
  });
});

describe('timelinePage with an undated group', () => {
  const undated = (id: string) => cohort(id, { status: 'announced', period: 'unknown' });
  const years = buildTimeline([undated('x'), undated('y'), cohort('d')], []);

  it('keeps the undated cohorts together, last, and finds the page of the group', () => {
    const page = timelinePage(years, 1, 2);
    expect(page.years.map((y) => [y.year, y.items.map((i) => i.record.id)])).toEqual([
      [2023, ['d']],
      [undefined, ['x']],
    ]);
    expect(timelinePage(years, 2, 2).years).toEqual([
      { year: undefined, items: [expect.objectContaining({ record: undated('y') })] },
    ]);
    expect(page.yearPages.get(undefined)).toBe(1);
  });
});

describe('withEmptyYears', () => {
  const group = (year: number | undefined, n = 1) => ({
    year,
    items: Array.from({ length: n }, (_, i) => ({
      type: 'cohort' as const,
      date: undefined,
      record: cohort(`c-${String(year)}-${String(i)}`),
    })),
  });
  it('adds an empty group for each year missing between two dated groups', () => {
    const out = withEmptyYears([group(2015), group(2019), group(2020), group(undefined)]);
    expect(out.map((g) => [g.year, g.items.length])).toEqual([
      [2015, 1],
      [2016, 0],
      [2017, 0],
      [2018, 0],
      [2019, 1],
      [2020, 1],
      [undefined, 1],
    ]);
  });
  it('adds nothing before the first year, after the last, or to an empty list', () => {
    expect(withEmptyYears([group(2019)]).map((g) => g.year)).toEqual([2019]);
    expect(withEmptyYears([])).toEqual([]);
  });
});
