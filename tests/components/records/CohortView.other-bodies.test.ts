/**
 * A cohort page lists every participant group with its count and, for a
 * group of another body, that body and that it is not counted; its total
 * counts the city's own people only and says whom it leaves out.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import CohortView from '../../../src/components/records/CohortView.astro';
import { loadContent } from '../../../src/lib/content/load.ts';
import { JOINT_COHORT, OTHER_BODIES_CONTENT } from '../../fixtures/other-bodies/index.ts';
import { PROJECT_ROOT } from '../../helpers/corpus.ts';

const content = loadContent(PROJECT_ROOT, OTHER_BODIES_CONTENT);
const joint = content.cohorts.find((c) => c.id === JOINT_COHORT);

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

/** The page's text, tags removed and spaces collapsed. */
const render = async (lang: 'id' | 'en') =>
  (
    await container.renderToString(CohortView, {
      props: {
        lang,
        cohort: joint,
        vocabularies: content.vocabularies,
        titles: new Map<string, string>(),
      },
    })
  )
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('CohortView', () => {
  it('lists the other body’s group with its count and body, not counted', async () => {
    expect(await render('id')).toMatch(
      /Peserta: Staf Pemprov Contoh 10 — Pemerintah Provinsi Contoh \(lembaga lain; tidak dihitung dalam total\)/,
    );
    expect(await render('en')).toMatch(
      /Participants: Contoh provincial government staff 10 — Contoh provincial government \(another body; not counted in totals\)/,
    );
  });

  it('lists the city’s own group without a body note', async () => {
    expect(await render('id')).toMatch(/Peserta: ASN Pemkot Contoh 19 \[/);
  });

  it('counts the city’s own people in the total and says whom it leaves out', async () => {
    expect(await render('id')).toContain('Jumlah 19; tidak termasuk 10 peserta dari lembaga lain');
    expect(await render('en')).toContain(
      'Total 19; not including 10 participants from other bodies',
    );
  });
});
