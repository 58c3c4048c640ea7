/** The timeline's filter panel offers every status with its count, and marks the one that is on. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import TimelineFilter from '../../src/components/TimelineFilter.astro';
import type { Lang } from '../../src/i18n/lang.ts';
import { routes } from '../../src/lib/site/routes.ts';
import type { ActiveFilter, FilterOption } from '../../src/lib/site/timeline-filter.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const statuses = (lang: Lang): FilterOption[] => [
  { key: 'held', label: lang === 'id' ? 'terlaksana' : 'held', count: 3 },
  { key: 'planned', label: lang === 'id' ? 'direncanakan' : 'planned', count: 1 },
  { key: 'announced', label: lang === 'id' ? 'diumumkan' : 'announced', count: 0 },
];

const render = (lang: Lang, current?: ActiveFilter) =>
  container.renderToString(TimelineFilter, {
    props: {
      lang,
      statuses: statuses(lang),
      total: 4,
      themes: [{ key: 'water', label: 'Air', count: 2 }],
      programmes: [{ key: 'scp', label: 'SCP', count: 4 }],
      current,
    },
  });

/** The links of the status group: address, text (spaces folded) and whether it is current. */
function statusLinks(html: string): { href: string; text: string; current: boolean }[] {
  const group = /<div class="filter-group" data-field="status">([\s\S]*?)<\/div>/.exec(html)?.[1];
  return [...(group ?? '').matchAll(/<a href="([^"]*)"([^>]*)>([\s\S]*?)<\/a>/g)].map((m) => ({
    href: m[1] ?? '',
    text: (m[3] ?? '')
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
    current: (m[2] ?? '').includes('aria-current="page"'),
  }));
}

describe('TimelineFilter: by status', () => {
  it('offers every status and all of them, each with the cohorts its page shows', async () => {
    expect(statusLinks(await render('id'))).toEqual([
      { href: routes.timeline('id'), text: 'Semua status (4)', current: true },
      { href: '/linimasa/status/held/', text: 'terlaksana (3)', current: false },
      { href: '/linimasa/status/planned/', text: 'direncanakan (1)', current: false },
      { href: '/linimasa/status/announced/', text: 'diumumkan (0)', current: false },
    ]);
    const en = statusLinks(await render('en'));
    expect(en.map((l) => [l.href, l.text])).toEqual([
      [routes.timeline('en'), 'All statuses (4)'],
      ['/en/timeline/status/held/', 'held (3)'],
      ['/en/timeline/status/planned/', 'planned (1)'],
      ['/en/timeline/status/announced/', 'announced (0)'],
    ]);
  });

  it('marks the status that is on, and no longer "all"', async () => {
    const html = await render('id', { field: 'status', key: 'planned' });
    expect(statusLinks(html).filter((l) => l.current)).toEqual([
      { href: '/linimasa/status/planned/', text: 'direncanakan (1)', current: true },
    ]);
    expect(html).toContain('Menurut status');
  });

  it('stays folded on a filtered page too: the page names the filter outside the panel', async () => {
    for (const current of [undefined, { field: 'status', key: 'held' } as const]) {
      const html = await render('en', current);
      expect(html).toMatch(/<details class="filter-panel"[^>]*>/);
      expect(/<details class="filter-panel"[^>]*>/.exec(html)?.[0]).not.toContain('open');
      expect(html).toContain('Filter: status, theme, programme, year');
    }
  });
});
