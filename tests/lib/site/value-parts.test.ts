/** A period shown in parts only when its start or end is supported on its own. */
import { describe, expect, it } from 'vitest';
import { fieldAnchor } from '../../../src/lib/site/anchors.ts';
import { periodParts } from '../../../src/lib/site/value-parts.ts';

const PERIOD = { start: '2018-10-15', end: '2018-10-19' };

describe('periodParts', () => {
  it('gives the start and end, each with its field path, when a part is cited', () => {
    expect(periodParts(PERIOD, 'id', (p) => p === 'period.end')).toEqual([
      { path: 'period.start', value: '15 Oktober 2018' },
      { path: 'period.end', value: '19 Oktober 2018' },
    ]);
    expect(periodParts(PERIOD, 'en', (p) => p === 'period.start')?.[1]?.value).toBe(
      '19 October 2018',
    );
  });

  it('gives the start alone for a period without an end', () => {
    expect(periodParts({ start: '2019-07' }, 'id', () => true)).toEqual([
      { path: 'period.start', value: 'Juli 2019' },
    ]);
  });

  it('shows a period cited whole as one value', () => {
    expect(periodParts(PERIOD, 'id', (p) => p === 'period')).toBeUndefined();
  });

  it('gives each part the anchor a passage note links to', () => {
    expect(['period.start', 'period.end'].map(fieldAnchor)).toEqual([
      'f-period-start',
      'f-period-end',
    ]);
  });
});
