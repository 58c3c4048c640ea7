import { describe, expect, it } from 'vitest';
import {
  formatMemory,
  formatSeconds,
  formatSummaries,
  formatGrowth,
  formatTable,
  growth,
  median,
  pairedRatio,
  peak,
  summarise,
  type SizeResult,
  type Summary,
} from '../../../scripts/bench/report.ts';

function result(over: Partial<SizeResult> = {}): SizeResult {
  return {
    articles: 1000,
    ours: [12, 10, 11],
    bare: [10, 8, 10],
    oursPeak: [500 * 2 ** 20, null, 700 * 2 ** 20],
    barePeak: [null, null, null],
    pages: 2200,
    check: [2, 3, 1],
    rebuild: 2,
    rebuildReused: 2150,
    rebuildPages: 2205,
    ...over,
  };
}

/** A summary with the figures the targets read; the rest is filler. */
function summary(articles: number, ours: number, over: Partial<Summary> = {}): Summary {
  return {
    ...summarise(result({ articles })),
    ours,
    ratio: 1.2,
    check: 5,
    rebuild: ours / 10,
    rebuildFraction: 0.1,
    ...over,
  };
}

describe('median', () => {
  it('takes the middle value of an odd-length list, whatever the order', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([10, 1, 1])).toBe(1);
  });
  it('takes the mean of the two middle values of an even-length list', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('does not reorder its argument', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
  it('refuses an empty list', () => {
    expect(() => median([])).toThrow(/empty/);
  });
});

describe('pairedRatio', () => {
  it('is the median of the run-by-run ratios, not the ratio of medians', () => {
    // ratios 2, 1, 1.5 → 1.5; ratio of medians would be 20 / 10 = 2.
    expect(pairedRatio([20, 10, 30], [10, 10, 20])).toBe(1.5);
  });
  it('refuses lists of different lengths', () => {
    expect(() => pairedRatio([1, 2], [1])).toThrow(/length/);
  });
});

describe('peak', () => {
  it('is the largest measured value, ignoring runs without a measure', () => {
    expect(peak([3, null, 5, 4])).toBe(5);
  });
  it('is null when nothing was measured', () => {
    expect(peak([null, null])).toBeNull();
  });
});

describe('summarise', () => {
  it('derives medians, the paired ratio, pages per second and the rebuild fraction', () => {
    const s = summarise(result());
    expect(s.ours).toBe(11);
    expect(s.bare).toBe(10);
    expect(s.ratio).toBe(1.2); // ratios 1.2, 1.25, 1.1
    expect(s.oursPeak).toBe(700 * 2 ** 20);
    expect(s.barePeak).toBeNull();
    expect(s.pagesPerSecond).toBe(200);
    expect(s.check).toBe(2);
    expect(s.rebuildFraction).toBeCloseTo(2 / 11);
  });
});

describe('growth', () => {
  it('compares consecutive sizes, in increasing order', () => {
    const g = growth([summary(4000, 60, { bare: 20 }), summary(1000, 10, { bare: 4 })]);
    expect(g).toEqual([{ from: 1000, to: 4000, articleRatio: 4, oursRatio: 6, bareRatio: 5 }]);
  });
  it('is empty for a single size', () => {
    expect(growth([summary(1000, 10)])).toEqual([]);
  });
});

describe('formatSeconds', () => {
  it('shows one decimal under a minute, minutes and seconds above', () => {
    expect(formatSeconds(9.96)).toBe('10.0 s');
    expect(formatSeconds(65.4)).toBe('1m 05 s');
    expect(formatSeconds(119.7)).toBe('2m 00 s');
  });
});

describe('formatMemory', () => {
  it('shows MiB, or n/a when not measured', () => {
    expect(formatMemory(1.5 * 2 ** 30)).toBe('1536 MiB');
    expect(formatMemory(null)).toBe('n/a');
  });
});

describe('formatTable', () => {
  it('aligns the first column left and the others right, under a rule', () => {
    expect(
      formatTable(
        ['n', 'time'],
        [
          ['1000', '1 s'],
          ['4', '12.5 s'],
        ],
      ),
    ).toBe(['n       time', '----  ------', '1000     1 s', '4     12.5 s'].join('\n'));
  });
});

describe('formatSummaries', () => {
  it('prints one row per size with the ratio, memory and reuse', () => {
    const text = formatSummaries([summarise(result())]);
    const row = text.split('\n')[2] ?? '';
    expect(row).toMatch(/^1000 +11\.0 s +10\.0 s +1\.20× +700 MiB +n\/a +2200 +200\.0 +2\.0 s/);
    expect(row).toMatch(/2150\/2205$/);
  });
});

describe('formatGrowth', () => {
  it('prints the growth of the build and of the bare build per step', () => {
    const text = formatGrowth([summary(1000, 10), summary(4000, 50)]);
    expect(text).toContain('growth 1000→4000 (articles ×4): build ×5.00');
  });
});
