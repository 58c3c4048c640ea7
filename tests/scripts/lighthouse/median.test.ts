import { describe, expect, it } from 'vitest';
import { formatMedians, isMet, summarize } from '../../../scripts/lighthouse/median.ts';

describe('summarize', () => {
  it('gives the median and the lowest of the runs', () => {
    expect(summarize([99, 86, 100])).toEqual({ median: 99, min: 86 });
    expect(summarize([90, 100])).toEqual({ median: 95, min: 90 });
  });

  it('counts a run Lighthouse could not score as 0', () => {
    expect(summarize([null, 100, 100])).toEqual({ median: 100, min: 0 });
    expect(summarize([null, null, 100])).toEqual({ median: 0, min: 0 });
  });
});

describe('isMet', () => {
  const runs = (perf: number[]) => perf.map((p) => [p, 100, 100, 100]);

  it('judges each category by its median against its target', () => {
    expect(isMet({ type: 'home', path: '/', runs: runs([97, 98, 100]) })).toBe(true);
    expect(isMet({ type: 'home', path: '/', runs: runs([97, 97, 100]) })).toBe(false);
    expect(isMet({ type: 'home', path: '/', runs: [[100, 100, 100, 99]] })).toBe(false);
  });

  it('never passes a page type with no page or no run', () => {
    expect(isMet({ type: 'search', path: undefined, runs: [] })).toBe(false);
    expect(isMet({ type: 'search', path: '/cari/', runs: [] })).toBe(false);
  });
});

describe('formatMedians', () => {
  it('prints median (min) per category and MET / NOT MET per page type', () => {
    const out = formatMedians(
      [
        {
          type: 'home',
          path: '/',
          runs: [
            [99, 100, 100, 100],
            [98, 100, 100, 100],
            [100, 100, 100, 100],
          ],
        },
        { type: 'search', path: undefined, runs: [] },
      ],
      3,
    );
    const lines = out.split('\n');
    expect(lines[0]).toMatch(
      /^page type\s+path\s+performance\s+accessibility\s+best-practices\s+seo\s+result$/,
    );
    expect(lines[1]).toMatch(
      /^home\s+\/\s+99 \(98\)\s+100 \(100\)\s+100 \(100\)\s+100 \(100\)\s+MET$/,
    );
    expect(lines[2]).toMatch(/^search\s+\(none in build\)\s+n\/a\s+n\/a\s+n\/a\s+n\/a\s+NOT MET$/);
    expect(lines[3]).toMatch(/^target\s+≥98\s+≥100\s+≥100\s+≥100$/);
    expect(lines[4]).toBe('median (min) of 3 runs per page; 1 of 2 page types on target');
  });
});
