/**
 * What the search index reads: the whole timeline (every page of it) is
 * indexed, the timelines filtered by theme, programme or status are not, so a
 * cohort is found once, not once per filter it falls under.
 */
import { describe, expect, it } from 'vitest';
import { attr, findElements, htmlPages, pageDocument, readDist } from '../helpers/dist.ts';

const FILTERED = /^\/(linimasa|en\/timeline)\/(tema|program|programme|theme|status)\//;
const WHOLE = /^\/(linimasa|en\/timeline)\/(\d+\/)?$/;

const indexed = (file: string): boolean =>
  findElements(pageDocument(file), (el) => attr(el, 'data-pagefind-body') !== undefined).length > 0;

describe('search scope of the timeline pages', () => {
  const pages = htmlPages();
  const filtered = pages.filter((p) => FILTERED.test(p.path));
  const whole = pages.filter((p) => WHOLE.test(p.path));

  it('finds filtered timeline pages in both languages and the whole timeline', () => {
    expect(filtered.some((p) => p.path.startsWith('/linimasa/'))).toBe(true);
    expect(filtered.some((p) => p.path.startsWith('/en/timeline/'))).toBe(true);
    expect(whole.map((p) => p.path)).toEqual(
      expect.arrayContaining(['/linimasa/', '/en/timeline/']),
    );
  });

  it.each(filtered.map((p) => [p.path, p.file] as const))(
    '%s is left out of the index',
    (_, file) => {
      expect(indexed(file)).toBe(false);
    },
  );

  it.each(whole.map((p) => [p.path, p.file] as const))('%s is indexed', (_, file) => {
    expect(indexed(file)).toBe(true);
  });

  it('the index holds exactly the pages marked for it, per language', () => {
    const entry = JSON.parse(readDist('pagefind/pagefind-entry.json')) as {
      languages: Record<string, { page_count: number }>;
    };
    const marked: Record<string, number> = {};
    for (const page of pages) {
      if (!indexed(page.file)) continue;
      const lang = page.path.startsWith('/en/') ? 'en' : 'id';
      marked[lang] = (marked[lang] ?? 0) + 1;
    }
    expect(
      Object.fromEntries(Object.entries(entry.languages).map(([l, v]) => [l, v.page_count])),
    ).toEqual(marked);
  });
});
