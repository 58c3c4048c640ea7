import { describe, expect, it } from 'vitest';
import {
  TARGETS,
  failures,
  formatScores,
  pickPages,
  score,
  type LighthouseResult,
} from '../../../scripts/lighthouse/targets.ts';

/** A result with the given category scores (0–1) and audits. */
function result(
  scores: Partial<Record<string, number | null>>,
  audits: LighthouseResult['audits'] = {},
  refs: Record<string, { id: string; weight: number }[]> = {},
): LighthouseResult {
  const categories: LighthouseResult['categories'] = {};
  for (const id of ['performance', 'accessibility', 'best-practices', 'seo'])
    categories[id] = {
      title: id,
      score: id in scores ? (scores[id] ?? null) : 1,
      auditRefs: refs[id] ?? [],
    };
  return { categories, audits };
}

describe('pickPages', () => {
  it('takes home, the timeline, the first cohort and the first source page', () => {
    const files = [
      'sumber/index.html',
      'sumber/2/index.html',
      'sumber/2023-05-b/index.html',
      'sumber/2019-02-a/index.html',
      'angkatan/2023-x/index.html',
      'angkatan/2019-y/index.html',
      'en/cohorts/2000-z/index.html',
      'linimasa/index.html',
      'index.html',
    ];
    expect(pickPages(files)).toEqual([
      '/',
      '/linimasa/',
      '/angkatan/2019-y/',
      '/sumber/2019-02-a/',
    ]);
  });

  it('leaves out kinds of page the site does not have', () => {
    expect(pickPages(['index.html'])).toEqual(['/', '/linimasa/']);
  });
});

describe('failures', () => {
  it('passes scores on target', () => {
    const r = result({ performance: TARGETS.performance / 100 });
    expect(score(r, 'performance')).toBe(98);
    expect(failures(r)).toEqual([]);
  });

  it('lists the audits that cost points in a category below target', () => {
    const r = result(
      { accessibility: 0.93 },
      {
        'color-contrast': { title: 'Contrast', score: 0, scoreDisplayMode: 'binary' },
        'image-alt': { title: 'Alt', score: 1, scoreDisplayMode: 'binary' },
        info: { title: 'Info', score: 0, scoreDisplayMode: 'informative' },
        na: { title: 'NA', score: null, scoreDisplayMode: 'notApplicable' },
        lcp: { title: 'LCP', score: 0.5, scoreDisplayMode: 'numeric', displayValue: '3 s' },
      },
      {
        accessibility: [
          { id: 'color-contrast', weight: 7 },
          { id: 'image-alt', weight: 10 },
          { id: 'info', weight: 0 },
          { id: 'na', weight: 3 },
          { id: 'lcp', weight: 0 },
        ],
      },
    );
    expect(failures(r)).toEqual([
      {
        category: 'accessibility',
        score: 93,
        target: 100,
        audits: ['Contrast (color-contrast: score 0)', 'LCP (lcp: score 50, 3 s, weight 0)'],
      },
    ]);
  });

  it('treats a category Lighthouse could not score as failing', () => {
    expect(failures(result({ seo: null }))).toEqual([
      { category: 'seo', score: null, target: 100, audits: [] },
    ]);
  });
});

describe('formatScores', () => {
  it('prints one row per page and the targets', () => {
    const text = formatScores([{ page: '/', scores: [100, 100, 96, null] }]);
    expect(text.split('\n')[1]).toMatch(/^\/\s+100\s+100\s+96\s+n\/a$/);
    expect(text).toContain('≥98');
  });
});
