/**
 * A cohort page whose training start and end come from two sentences: each
 * part has its own anchor and its own marker, linking to its own passage;
 * a period supported whole is shown whole.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import CohortView from '../../../src/components/records/CohortView.astro';
import { loadContent } from '../../../src/lib/content/load.ts';
import { quoteAnchor } from '../../../src/lib/site/anchors.ts';
import { routes } from '../../../src/lib/site/routes.ts';
import { COHORT_ID, makeCorpus } from '../../helpers/corpus.ts';
import { DATES_ARTICLE, datesFiles } from '../../lib/check/cross/practice-dates.ts';
import { ids } from '../charts/html.ts';

const corpus = makeCorpus(datesFiles());
afterAll(() => corpus.cleanup());
const content = loadContent(corpus.root, corpus.content);
const cohortOf = (id: string) => {
  const found = content.cohorts.find((c) => c.id === id);
  if (!found) throw new Error(`no cohort ${id}`);
  return { id: found.id, data: found.data };
};

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const render = (id: string, lang: 'id' | 'en' = 'id') =>
  container.renderToString(CohortView, {
    props: {
      lang,
      cohort: cohortOf(id),
      vocabularies: content.vocabularies,
      titles: new Map<string, string>(),
    },
  });

/** The markup of the element with `id`, up to its closing tag (spans and dds do not nest here). */
const element = (html: string, tag: string, id: string): string =>
  new RegExp(`<${tag} id="${id}"[^>]*>([^]*?)</${tag}>`, 'u').exec(html)?.[1] ?? '';

describe('CohortView', () => {
  it('shows the start and the end of a period each with the passage that states it', async () => {
    const html = await render(DATES_ARTICLE);
    const start = element(html, 'span', 'f-period-start');
    const end = element(html, 'span', 'f-period-end');
    const passage = (quote: string) =>
      `${routes.source('id', DATES_ARTICLE)}#${quoteAnchor(quote)}`;
    expect(start).toContain('15 Oktober 2018');
    expect(start).toContain(
      `href="${passage('Pelatihan Singapore Cooperation Programme (SCP) bertema Public Service itu dimulai hari ini, Senin (15/10), di Singapura.')}"`,
    );
    expect(start).toContain('[2]');
    expect(end).toContain('19 Oktober 2018');
    expect(end).toContain(`href="${passage('Pelatihan akan berakhir Jumat (19/10)')}"`);
    expect(end).toContain('[3]');
    expect(ids(html)).toContain('f-period');
  });

  it('names each part among what a source supports', async () => {
    expect(await render(DATES_ARTICLE)).toMatch(
      /Mendukung:\s+Program, Tema, Status, Tempat, Awal pelatihan\s/u,
    );
    expect(await render(DATES_ARTICLE)).toMatch(/Mendukung:\s+Akhir pelatihan\s/u);
    expect(await render(DATES_ARTICLE, 'en')).toMatch(/Supports:\s+Training end\s/u);
  });

  it('shows a period supported whole as one value', async () => {
    const html = await render(COHORT_ID);
    expect(ids(html)).toContain('f-period');
    expect(ids(html)).not.toContain('f-period-start');
    expect(ids(html)).not.toContain('f-period-end');
  });
});
