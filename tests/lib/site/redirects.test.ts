import { describe, expect, it } from 'vitest';
import { redirectsFile, siteRedirects } from '../../../src/lib/site/redirects.ts';

const cohort = (id: string, renamed_from?: string[]) => ({
  id,
  data: renamed_from ? { renamed_from } : {},
});

describe('siteRedirects', () => {
  it('leads the old page of a renamed cohort to its new page, in each language', () => {
    expect(siteRedirects([cohort('baru', ['lama'])], ['id', 'en'])).toEqual([
      { from: '/angkatan/lama/', to: '/angkatan/baru/', lang: 'id' },
      { from: '/en/cohorts/lama/', to: '/en/cohorts/baru/', lang: 'en' },
    ]);
  });

  it('has one redirect per old id, sorted by old address, and none for cohorts never renamed', () => {
    const list = siteRedirects([cohort('z', ['y', 'x']), cohort('b'), cohort('a', ['a0'])], ['id']);
    expect(list.map((r) => `${r.from} ${r.to}`)).toEqual([
      '/angkatan/a0/ /angkatan/a/',
      '/angkatan/x/ /angkatan/z/',
      '/angkatan/y/ /angkatan/z/',
    ]);
    expect(siteRedirects([cohort('b')], ['id', 'en'])).toEqual([]);
  });
});

describe('redirectsFile', () => {
  it('writes one "old new 301" line per redirect', () => {
    const list = siteRedirects([cohort('baru', ['lama'])], ['id', 'en']);
    expect(redirectsFile(list)).toBe(
      '/angkatan/lama/ /angkatan/baru/ 301\n/en/cohorts/lama/ /en/cohorts/baru/ 301\n',
    );
    expect(redirectsFile([])).toBe('');
  });
});
