/** The year groups of the timeline, the undated one included, as headings and anchors. */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/data/timeline.ts';
import { timelinePage } from '../../../src/lib/site/pagination.ts';
import { yearAnchor, yearHeading } from '../../../src/lib/site/timeline-years.ts';
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
