/** The totals of a theme or programme page never read "0 peserta" when no count is known. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import TotalsNote from '../../src/components/TotalsNote.astro';
import { heldSummary } from '../../src/lib/site/summary.ts';
import { cohort, group, vocabularies } from '../helpers/records.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const render = (cohorts: ReturnType<typeof cohort>[], lang: 'id' | 'en') =>
  container.renderToString(TotalsNote, {
    props: {
      lang,
      summary: heldSummary(cohorts, vocabularies()['participant-groups']),
      vocabularies: vocabularies(),
    },
  });

describe('TotalsNote', () => {
  it('gives the known participants of the held cohorts', async () => {
    const html = await render([cohort('a', { participants: [group(25)] })], 'id');
    expect(html).toContain('Terlaksana: 1 angkatan, 25 peserta terdokumentasi.');
  });

  it('says the number is not known when every held group is of unknown size', async () => {
    const held = [cohort('a', { participants: [group('unknown')] })];
    const id = await render(held, 'id');
    expect(id).toContain('Terlaksana: 1 angkatan, jumlah pesertanya tidak diketahui.');
    expect(id).not.toContain('0 peserta');
    const en = await render(held, 'en');
    expect(en).toContain('Held: 1 cohort, number of participants not known.');
    expect(en).not.toContain('0 participants');
  });
});
