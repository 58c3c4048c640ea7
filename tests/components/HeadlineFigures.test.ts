/** The home page's participant figure is a number only when some count is known. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import HeadlineFigures from '../../src/components/HeadlineFigures.astro';
import { headlineFigures } from '../../src/lib/data/figures.ts';
import { cohort, group, vocabularies } from '../helpers/records.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const render = (cohorts: ReturnType<typeof cohort>[]) =>
  container.renderToString(HeadlineFigures, {
    props: {
      lang: 'id',
      figures: headlineFigures(cohorts, vocabularies()['participant-groups']),
      vocabularies: vocabularies(),
      notes: { contextLeftOut: '', claimsNote: '' },
    },
  });

/** The big number of each figure, in order. */
const numbers = (html: string): string[] =>
  [...html.matchAll(/<span class="figure-number"[^>]*>([^<]*)<\/span>/g)].map((m) => m[1] ?? '');

describe('HeadlineFigures', () => {
  it('shows the known participants of the held cohorts', async () => {
    const html = await render([cohort('a', { participants: [group(25), group('unknown', 'x')] })]);
    expect(numbers(html)[1]).toBe('25');
  });

  it('shows "tidak diketahui", not 0, when no held cohort has a known count', async () => {
    const html = await render([cohort('a', { participants: [group('unknown')] })]);
    expect(numbers(html)[1]).toBe('tidak diketahui');
  });
});
