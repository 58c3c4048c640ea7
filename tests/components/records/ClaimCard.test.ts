/**
 * A claim card shows the qualifier in its own words, the scope "abroad" as
 * "luar negeri", and the people of other bodies its documented figure leaves out.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import ClaimCard from '../../../src/components/records/ClaimCard.astro';
import { loadContent } from '../../../src/lib/content/load.ts';
import { abroadPlaces } from '../../../src/lib/data/places.ts';
import { reconcileClaims } from '../../../src/lib/data/reconcile.ts';
import { ABROAD_CONTENT } from '../../fixtures/abroad/index.ts';
import { JOINT_COHORT, OTHER_BODIES_CONTENT } from '../../fixtures/other-bodies/index.ts';
import { PROJECT_ROOT } from '../../helpers/corpus.ts';
import { claim, cohort, group, vocabularies } from '../../helpers/records.ts';

const content = loadContent(PROJECT_ROOT, ABROAD_CONTENT);
const abroad = abroadPlaces(content.vocabularies.places, 'ID');
const [r] = reconcileClaims(
  content.claims,
  content.cohorts,
  abroad,
  content.vocabularies['participant-groups'],
);

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const render = (lang: 'id' | 'en') =>
  container.renderToString(ClaimCard, {
    props: {
      lang,
      r,
      vocabularies: content.vocabularies,
      cohortNames: new Map<string, string>(),
      titles: new Map<string, string>(),
    },
  });

describe('ClaimCard', () => {
  it('writes the qualifier as the source does: "hampir 60", not "≈ 60"', async () => {
    expect(await render('id')).toMatch(/hampir 60\s+peserta/);
    expect(await render('en')).toMatch(/almost 60\s+participants/);
    expect(await render('id')).not.toContain('≈');
  });

  it('shows the scope abroad in words', async () => {
    expect(await render('id')).toMatch(/semua program, luar negeri/);
    expect(await render('en')).toMatch(/all programmes, abroad/);
  });
});

describe('ClaimCard: a documented count of unknown size', () => {
  it('reads "jumlah tidak diketahui", never "0 … (sedikitnya …)"', async () => {
    const held = cohort('c-unknown', {
      period: { start: '2023-03-01' },
      participants: [group('unknown')],
    });
    const made = claim('k-30', { metric: 'participants', value: 30, made_on: '2023-06' });
    const [unknownOnly] = reconcileClaims(
      [made],
      [held],
      new Set(),
      vocabularies()['participant-groups'],
    );
    const html = (lang: 'id' | 'en') =>
      container.renderToString(ClaimCard, {
        props: {
          lang,
          r: unknownOnly,
          vocabularies: vocabularies(),
          cohortNames: new Map<string, string>(),
          titles: new Map<string, string>(),
        },
      });
    const id = await html('id');
    expect(id).toMatch(/<dd>jumlah tidak diketahui<\/dd>/);
    expect(id).not.toMatch(/sedikitnya;|>\s*0\s/);
    expect(await html('en')).toMatch(/<dd>number not known<\/dd>/);
  });
});

describe('ClaimCard on a claim whose cohorts hold people of other bodies', () => {
  const practice = loadContent(PROJECT_ROOT, OTHER_BODIES_CONTENT);
  const [scp] = reconcileClaims(
    practice.claims,
    practice.cohorts,
    new Set(),
    practice.vocabularies['participant-groups'],
  );
  const html = (lang: 'id' | 'en') =>
    container.renderToString(ClaimCard, {
      props: {
        lang,
        r: scp,
        vocabularies: practice.vocabularies,
        cohortNames: new Map([[JOINT_COHORT, 'Kota Cerdas — Maret 2024']]),
        titles: new Map<string, string>(),
      },
    });
  const renderScp = async (lang: 'id' | 'en') =>
    (await html(lang)).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

  it('says the documented figure leaves them out', async () => {
    expect(await renderScp('id')).toMatch(
      /Terdokumentasi 27\s+peserta; tidak termasuk 10 peserta dari lembaga lain/,
    );
  });

  it('lists the cohorts whose people of other bodies were left out', async () => {
    expect(await renderScp('id')).toContain('Tidak dihitung (lembaga lain) Kota Cerdas');
    expect(await html('id')).toContain(
      `/angkatan/${JOINT_COHORT}/">Kota Cerdas — Maret 2024</a>: 10 Staf Pemprov Contoh (lembaga lain, tidak dihitung)`,
    );
    expect(await html('en')).toContain(
      '</a>: 10 Contoh provincial government staff (another body, not counted)',
    );
    expect(await renderScp('en')).toContain('Not counted (other bodies) Kota Cerdas');
  });

  it('lists nothing of the kind when every counted group is the city’s own', async () => {
    expect(await render('id')).not.toContain('lembaga lain');
  });
});
