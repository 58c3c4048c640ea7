/**
 * A claim card shows the qualifier in its own words and the scope "abroad"
 * as "luar negeri"; its statement, verdict and figures in view and the rest
 * in a <details>; a claim made again elsewhere shares the card; and it names
 * the people of other bodies its documented figure leaves out.
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
import { groupByPassage } from '../../../src/lib/data/claim-groups.ts';
import { realInput } from '../../lib/opendata/fixtures.ts';
import { ids } from '../charts/html.ts';

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

describe('ClaimCard: what is in view, what opens on demand', () => {
  const real = realInput().reconciled;
  const card = (id: string, repeats: typeof real = []) => {
    const main = real.find((x) => x.claim.id === id);
    if (!main) throw new Error(`no claim ${id} in content/`);
    return container.renderToString(ClaimCard, {
      props: {
        lang: 'id',
        r: main,
        repeats,
        vocabularies: content.vocabularies,
        cohortNames: new Map<string, string>(),
        titles: new Map<string, string>(),
      },
    });
  };

  it('keeps the statement, the verdict and the figures out of the <details>', async () => {
    const html = await render('id');
    const details = html.indexOf('<details class="claim-details"');
    expect(details).toBeGreaterThan(html.indexOf('</h3>'));
    expect(details).toBeGreaterThan(html.indexOf('class="verdict'));
    expect(html.slice(0, details).replace(/<[^>]*>/g, '')).toMatch(
      /Diklaim:\s+hampir 60\s+peserta\s+Terdokumentasi:\s+25/,
    );
    expect(html.slice(details)).toMatch(/<summary>Rincian dan sumber<\/summary>\s*<dl/);
    expect(html.trimEnd()).toMatch(/<\/ol>\s*<\/details>\s*<\/article>$/);
  });

  it('makes each figure in view a link: the claim to its passage, the record to its cohorts', async () => {
    const html = await render('id');
    const figures = html.slice(html.indexOf('class="claim-figures"'), html.indexOf('<details'));
    const links = [...figures.matchAll(/<a class="figure-link" href="([^"]*)"/g)].map((m) => m[1]);
    expect(links).toHaveLength(2);
    expect(links[0]).toMatch(/^\/sumber\/[^/]+\/#q-[a-z0-9]+$/);
    const counted = links[1]?.slice(1) ?? '';
    expect(html.slice(html.indexOf('<details'))).toContain(`id="${counted}"`);
  });

  it('says a start before the first documented cohort is not contradicted, with no gap', async () => {
    const html = await card('2023-05-scp-sejak-2016');
    expect(html).toContain('Tidak bertentangan dengan catatan');
    expect(html).not.toContain('<dt>Selisih</dt>');
  });

  it('lists the dates and sources of the same claim made again, and answers to its id', async () => {
    const [group] = groupByPassage(real).filter((g) => g.entries[0]?.repeats.length);
    const entry = group?.entries[0];
    if (!entry) throw new Error('no repeated claim in content/');
    const html = await card(entry.main.claim.id, entry.repeats);
    const allIds = ids(html);
    for (const r of [entry.main, ...entry.repeats]) {
      expect(allIds.filter((x) => x === r.claim.id)).toHaveLength(1);
      expect(html).toContain(`<time datetime="${r.claim.data.made_on}"`);
      for (const s of r.claim.data.sources) expect(html).toContain(`/sumber/${s.article}/#`);
    }
    expect(html).toContain('Kalimat yang sama dimuat 2 kali: Maret 2023 dan 15 Mei 2023.');
  });
});
