/**
 * The text of each problem the check reports, as an editor reads it in
 * `npm run check` (message and fix in Indonesian and English): a cited
 * article and where a quote occurs in it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ARTICLE_ID, COHORT_FILE, COHORT_TEXT, articleText } from '../../helpers/corpus.ts';
import { cohort, removeCorpora, shown, withVariant } from './corpora.ts';

afterEach(removeCorpora);

describe('sources and quotes', () => {
  it('reference-unknown-article (a source)', () => {
    expect(
      shown(
        {
          [COHORT_FILE]: COHORT_TEXT.replaceAll(
            `article: ${ARTICLE_ID}`,
            'article: 2019-02-diskominfo-smartcity',
          ),
        },
        'reference-unknown-article',
      ),
    ).toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:24  [sources[0].article]
        ✗ Artikel "2019-02-diskominfo-smartcity" tidak ditemukan di content/articles.
          (Article "2019-02-diskominfo-smartcity" not found in content/articles.)
        → Tulis id artikel yang ada (nama berkas tanpa .md), mis. 2019-02-diskominfo-smart-city.
          (Use the id of an existing article (file name without .md), e.g. 2019-02-diskominfo-smart-city.)"
    `);
  });
  it('reference-unreadable-article (the file is there but cannot be read)', () => {
    const file = `articles/${ARTICLE_ID}.md`;
    expect(
      shown(
        { [file]: articleText('Teks.', { title: 'Contoh latihan: 30 ASN' }) },
        'reference-unreadable-article',
      ),
    ).toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:24  [sources[0].article]
        ✗ Artikel "2019-02-diskominfo-smart-city" ada (content/articles/2019-02-diskominfo-smart-city.md) tetapi tidak dapat dibaca, jadi kutipannya belum dapat diperiksa.
          (Article "2019-02-diskominfo-smart-city" exists (content/articles/2019-02-diskominfo-smart-city.md) but cannot be read, so its quotes cannot be checked yet.)
        → Perbaiki dulu masalah di content/articles/2019-02-diskominfo-smart-city.md (lihat pesan untuk berkas itu); kutipan ini diperiksa lagi sesudahnya.
          (First fix the problems reported for content/articles/2019-02-diskominfo-smart-city.md; this quote is checked again after that.)"
    `);
  });
  it('reference-unknown-article (a variant)', () => {
    expect(
      shown(
        withVariant(
          '  - field: period\n    value: sepekan\n    article: 2019-02-x\n    quote: Selama sepekan, oleh Pemerintah Singapura\n',
        ),
        'reference-unknown-article',
      ),
    ).toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:51  [variants[0].article]
        ✗ Artikel "2019-02-x" tidak ditemukan di content/articles.
          (Article "2019-02-x" not found in content/articles.)
        → Tulis id artikel yang ada (nama berkas tanpa .md), mis. 2019-02-diskominfo-smart-city.
          (Use the id of an existing article (file name without .md), e.g. 2019-02-diskominfo-smart-city.)"
    `);
  });
  it('quote-not-found (with the closest passage and where it differs)', () => {
    expect(shown(cohort('Sebanyak 25 orang', 'Sebanyak 26 orang'), 'quote-not-found'))
      .toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:25  [sources[0].quote]
        ✗ Kutipan tidak ditemukan di teks artikel 2019-02-diskominfo-smart-city. Bagian paling mirip: «Sebanyak 25 orang Aparatur Sipil Negara (ASN) Pemkot Jambi, telah mengikuti pelatihan Singapore Cooperation Programme (SCP), Smart City and Cybersecurity, yang berlangsung di negara Singapura (17 s.d. 23 Februari 2019).»; berbeda di: kutipan: "26 orang" — teks: "25 orang".
          (Quote not found in the text of article 2019-02-diskominfo-smart-city. Closest passage: «Sebanyak 25 orang Aparatur Sipil Negara (ASN) Pemkot Jambi, telah mengikuti pelatihan Singapore Cooperation Programme (SCP), Smart City and Cybersecurity, yang berlangsung di negara Singapura (17 s.d. 23 Februari 2019).»; differs at: quote: "26 orang" — text: "25 orang".)
        → Salin kutipan persis dari content/articles/2019-02-diskominfo-smart-city.md (huruf besar/kecil dan tanda baca harus sama; spasi dan baris baru boleh berbeda), atau perbaiki kutipan di tempat yang berbeda itu.
          (Copy the words exactly from content/articles/2019-02-diskominfo-smart-city.md (case and punctuation must match; spaces and line breaks may differ), or correct the quote where it differs.)"
    `);
  });
  it('quote-not-found (nothing like it in the article)', () => {
    expect(
      shown(
        cohort(
          'quote: Punggol Discovery Cube, Geoworks, NCS Pte Ltd',
          'quote: Gardens by the Bay dan Sentosa',
        ),
        'quote-not-found',
      ),
    ).toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:46  [sources[4].quote]
        ✗ Kutipan tidak ditemukan di teks artikel 2019-02-diskominfo-smart-city. Tidak ada bagian yang mirip di artikel 2019-02-diskominfo-smart-city: periksa apakah kutipan ini memang dari artikel itu.
          (Quote not found in the text of article 2019-02-diskominfo-smart-city. Nothing in article 2019-02-diskominfo-smart-city resembles it: check that the quote comes from that article.)
        → Salin kutipan persis dari content/articles/2019-02-diskominfo-smart-city.md (huruf besar/kecil dan tanda baca harus sama; spasi dan baris baru boleh berbeda), atau perbaiki kutipan di tempat yang berbeda itu.
          (Copy the words exactly from content/articles/2019-02-diskominfo-smart-city.md (case and punctuation must match; spaces and line breaks may differ), or correct the quote where it differs.)"
    `);
  });
  it('quote-not-found (a variant)', () => {
    expect(
      shown(
        withVariant(
          `  - field: period\n    value: sepekan\n    article: ${ARTICLE_ID}\n    quote: Selama sepekan, oleh pemerintah Singapura\n`,
        ),
        'quote-not-found',
      ),
    ).toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:52  [variants[0].quote]
        ✗ Kutipan tidak ditemukan di teks artikel 2019-02-diskominfo-smart-city. Bagian paling mirip: «Selama sepekan, oleh Pemerintah Singapura»; berbeda di: kutipan: "pemerintah Singapura" — teks: "Pemerintah Singapura".
          (Quote not found in the text of article 2019-02-diskominfo-smart-city. Closest passage: «Selama sepekan, oleh Pemerintah Singapura»; differs at: quote: "pemerintah Singapura" — text: "Pemerintah Singapura".)
        → Salin kutipan persis dari content/articles/2019-02-diskominfo-smart-city.md, atau perbaiki kutipan di tempat yang berbeda itu.
          (Copy the words exactly from content/articles/2019-02-diskominfo-smart-city.md, or correct the quote where it differs.)"
    `);
  });
  it('quote-ambiguous (a source)', () => {
    expect(
      shown(
        cohort(
          'quote: Punggol Discovery Cube, Geoworks, NCS Pte Ltd',
          'quote: oleh Pemerintah Singapura',
        ),
        'quote-ambiguous',
      ),
    ).toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:46  [sources[4].quote]
        ✗ Kutipan muncul 3 kali di artikel 2019-02-diskominfo-smart-city, jadi tidak jelas bagian mana yang dimaksud.
          (Quote occurs 3 times in article 2019-02-diskominfo-smart-city, so the passage is ambiguous.)
        → Perpanjang kutipan dengan kata-kata di sekitarnya sampai hanya muncul satu kali.
          (Extend the quote with surrounding words until it occurs only once.)"
    `);
  });
  it('quote-ambiguous (a variant)', () => {
    expect(
      shown(
        withVariant(
          `  - field: period\n    value: Jambi\n    article: ${ARTICLE_ID}\n    quote: Kota Jambi juga tercatat\n`,
        ),
        'quote-ambiguous',
      ),
    ).toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:52  [variants[0].quote]
        ✗ Kutipan muncul 2 kali di artikel 2019-02-diskominfo-smart-city.
          (Quote occurs 2 times in article 2019-02-diskominfo-smart-city.)
        → Perpanjang kutipan sampai hanya muncul satu kali.
          (Extend the quote until it occurs only once.)"
    `);
  });
});
