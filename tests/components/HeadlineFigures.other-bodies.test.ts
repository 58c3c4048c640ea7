/**
 * The home page's figures count the city's own people only, say so under the
 * participants figure, and list the cohorts whose people of other bodies they
 * leave out (practice site of tests/fixtures/other-bodies).
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import HeadlineFigures from '../../src/components/HeadlineFigures.astro';
import { siteText } from '../../src/i18n/site.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { headlineFigures } from '../../src/lib/data/figures.ts';
import { OTHER_BODIES_CONTENT } from '../fixtures/other-bodies/index.ts';
import { PROJECT_ROOT } from '../helpers/corpus.ts';

const content = loadContent(PROJECT_ROOT, OTHER_BODIES_CONTENT);
const profile = content.profile?.data;
const v = content.vocabularies;
const figures = headlineFigures(content.cohorts, v['participant-groups']);

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const render = async (lang: 'id' | 'en') => {
  if (!profile) throw new Error('the practice site has no profile');
  const html = await container.renderToString(HeadlineFigures, {
    props: { lang, figures, vocabularies: v, notes: siteText(profile, lang).figures },
  });
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
};

describe('HeadlineFigures with people of other bodies', () => {
  it('counts the city’s own people and says how many of other bodies it leaves out', async () => {
    expect(await render('id')).toContain(
      '40 peserta terdokumentasi Jumlah minimum: hanya angkatan terlaksana, hanya kelompok yang jumlahnya disebut sumber. Tidak termasuk 17 peserta dari lembaga lain.',
    );
    expect(await render('en')).toContain('. Not including 17 participants from other bodies.');
  });

  it('lists the cohorts whose people of other bodies are left out, with those people', async () => {
    const text = await render('id');
    expect(text).toContain('Tidak termasuk 17 peserta dari lembaga lain, di angkatan berikut:');
    expect(text).toContain('Peserta: 19; 10 Staf Pemprov Contoh (lembaga lain, tidak dihitung)');
    expect(text).toContain(
      'Peserta: 13; 1 Karyawan Perumda Tirta Contoh (lembaga lain, tidak dihitung); 6 Dosen Universitas Contoh (lembaga lain, tidak dihitung)',
    );
  });

  it('counts the polytechnic project as a programme of its own', async () => {
    expect(await render('id')).toContain(
      'Singapore Cooperation Programme (SCP): 2; Proyek Kerja Sama Politeknik Merlion: 1',
    );
  });
});
