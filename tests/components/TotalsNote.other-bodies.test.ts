/**
 * A theme or programme page's totals count the city's own people and list
 * the cohorts whose people of other bodies they leave out (practice site of
 * tests/fixtures/other-bodies: the SCP page).
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import TotalsNote from '../../src/components/TotalsNote.astro';
import { loadContent } from '../../src/lib/content/load.ts';
import { heldSummary } from '../../src/lib/site/summary.ts';
import { OTHER_BODIES_CONTENT } from '../fixtures/other-bodies/index.ts';
import { PROJECT_ROOT } from '../helpers/corpus.ts';

const content = loadContent(PROJECT_ROOT, OTHER_BODIES_CONTENT);
const v = content.vocabularies;

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const render = async (programme: string) => {
  const summary = heldSummary(content.cohorts, v['participant-groups'], { programme });
  const html = await container.renderToString(TotalsNote, {
    props: { lang: 'id', summary, vocabularies: v },
  });
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
};

describe('TotalsNote with people of other bodies', () => {
  it('counts the city’s own people and lists whom it leaves out', async () => {
    const text = await render('scp');
    expect(text).toContain('Terlaksana: 2 angkatan, 27 peserta terdokumentasi.');
    expect(text).toContain('Tidak termasuk 10 peserta dari lembaga lain, di angkatan berikut:');
    expect(text).toContain('Kota Cerdas');
    expect(text).not.toContain('Ekonomi Sirkular');
  });
});
