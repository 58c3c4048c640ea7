/**
 * BodyCorrections (src/components/opendata/BodyCorrections.astro): the
 * corrections of stored article texts on the corrections page. The entry
 * is fictional ("Contoh latihan").
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import BodyCorrections from '../../../src/components/opendata/BodyCorrections.astro';
import type { BodyCorrectionEntry } from '../../../src/lib/opendata/body-corrections.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const entry: BodyCorrectionEntry = {
  articleId: '2024-06-contoh-latihan',
  title: 'Contoh latihan: 30 ASN Belajar Tata Kota',
  date: '2024-06-20',
  previous: 'a'.repeat(64),
  sha256: 'b'.repeat(64),
  reason: {
    id: 'Contoh latihan: salah ketik di salinan.',
    en: 'Practice example: a typo in the copy.',
  },
  anchor: 'koreksi-teks-2024-06-contoh-latihan-bbbbbbbbbbbb',
};
const render = (lang: 'id' | 'en', entries: readonly BodyCorrectionEntry[]) =>
  container.renderToString(BodyCorrections, { props: { lang, entries } });

describe('BodyCorrections', () => {
  it('renders nothing when no stored text was corrected', async () => {
    expect((await render('id', [])).trim()).toBe('');
  });

  it('gives the date in words, the article with a link to its source page, what changed and why', async () => {
    const id = await render('id', [entry]);
    expect(id).toMatch(/<h2 id="source-texts-heading"[^>]*>Koreksi teks sumber<\/h2>/u);
    expect(id).toContain('<time datetime="2024-06-20">20 Juni 2024</time>');
    // The row the corrections feed links to.
    expect(id).toContain('<tr id="koreksi-teks-2024-06-contoh-latihan-bbbbbbbbbbbb">');
    expect(id).toMatch(/href="\/sumber\/2024-06-contoh-latihan\/"[^>]*>\s*Contoh latihan: 30 ASN/u);
    expect(id).toContain('Teks tersimpan artikel diubah (SHA-256 aaaaaaaaaaaa… → bbbbbbbbbbbb…).');
    expect(id).toContain('Contoh latihan: salah ketik di salinan.');
    const en = await render('en', [entry]);
    expect(en).toContain('Corrections to stored source texts');
    expect(en).toContain('<time datetime="2024-06-20">20 June 2024</time>');
    expect(en).toContain('href="/en/sources/2024-06-contoh-latihan/"');
    expect(en).toContain('The stored text of the article was changed');
    expect(en).toContain('Practice example: a typo in the copy.');
  });
});
