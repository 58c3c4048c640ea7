/**
 * The text of each problem the check reports, as an editor reads it in
 * `npm run check` (message and fix in Indonesian and English): quotes that
 * cannot be anchored (too short, across the headline, only in a title that is
 * not the published headline) and the invisible
 * characters of a quote not found.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ARTICLE_ID, COHORT_TEXT, CONTEXT_TEXT, articleText } from '../../helpers/corpus.ts';
import { cohort, context, removeCorpora, shown, withVariant } from './corpora.ts';

afterEach(removeCorpora);

const SITE_VISITS = 'quote: Punggol Discovery Cube, Geoworks, NCS Pte Ltd';
const HEADLINE_ARTICLE = {
  'articles/h.md': articleText(
    'Sebanyak 25 orang ASN Kota Contoh mengikuti pelatihan di Singapura selama sepekan.',
    { title: 'Pelatihan Tata Kelola Air di Singapura', title_basis: 'headline' },
  ),
};

describe('quotes', () => {
  it('quote-too-short (a source)', () => {
    expect(shown(cohort(SITE_VISITS, 'quote: Geoworks, NCS Pte Ltd'), 'quote-too-short'))
      .toMatchInlineSnapshot(`
        "content/cohorts/2019-02-smart-city.yaml:46  [sources[4].quote]
          ✗ Kutipan terlalu pendek untuk menunjuk satu bagian artikel: 17 huruf dan angka, padahal minimal 20 (spasi, tanda baca dan karakter tak terlihat tidak dihitung).
            (The quote is too short to point at one passage of the article: 17 letters and digits, at least 20 needed (spaces, punctuation and invisible characters do not count).)
          → Kutip seluruh klausa yang menyatakan nilainya, bukan hanya angka, nama atau satu kata (mis. "Sebanyak 25 orang ASN Kota Contoh mengikuti pelatihan", bukan "25").
            (Quote the whole clause that states the value, not only a number, a name or a word (e.g. "Sebanyak 25 orang ASN Kota Contoh mengikuti pelatihan", not "25").)"
      `);
  });

  it('quote-too-short (only invisible characters)', () => {
    expect(
      shown(
        context(
          'quote: Pelatihan ini sepenuhnya dibiayai oleh Pemerintah Singapura',
          'quote: "\\u200b\\u200b\\u200b\\u200b\\u00ad\\u00ad\\u00ad\\u00ad\\u2060\\u2060\\u2060\\u2060"',
        ),
        'quote-too-short',
      ),
    ).toMatchInlineSnapshot(`
      "content/context/e.yaml:12  [sources[0].quote]
        ✗ Kutipan terlalu pendek untuk menunjuk satu bagian artikel: 0 huruf dan angka, padahal minimal 20 (spasi, tanda baca dan karakter tak terlihat tidak dihitung).
          (The quote is too short to point at one passage of the article: 0 letters and digits, at least 20 needed (spaces, punctuation and invisible characters do not count).)
        → Kutip seluruh klausa yang menyatakan nilainya, bukan hanya angka, nama atau satu kata (mis. "Sebanyak 25 orang ASN Kota Contoh mengikuti pelatihan", bukan "25").
          (Quote the whole clause that states the value, not only a number, a name or a word (e.g. "Sebanyak 25 orang ASN Kota Contoh mengikuti pelatihan", not "25").)"
    `);
  });

  it('quote-spans-headline (a source)', () => {
    expect(
      shown(
        {
          ...HEADLINE_ARTICLE,
          'context/e.yaml': CONTEXT_TEXT.replace(ARTICLE_ID, 'h').replace(
            'quote: Pelatihan ini sepenuhnya dibiayai oleh Pemerintah Singapura',
            'quote: Tata Kelola Air di Singapura Sebanyak 25 orang ASN',
          ),
        },
        'quote-spans-headline',
      ),
    ).toMatchInlineSnapshot(`
      "content/context/e.yaml:12  [sources[0].quote]
        ✗ Kutipan dimulai di judul artikel h (bagian «Tata Kelola Air di Singapura») dan berlanjut ke badan teks (bagian «Sebanyak 25 orang ASN»); judul dan badan teks ditampilkan terpisah, jadi kutipan ini tidak dapat ditandai di halaman sumber.
          (The quote starts in the headline of article h (the part «Tata Kelola Air di Singapura») and goes on in the body (the part «Sebanyak 25 orang ASN»); the headline and the body are shown apart, so the quote cannot be marked on the source page.)
        → Kutip judulnya saja («Pelatihan Tata Kelola Air di Singapura») atau satu bagian dari badan teks saja, dengan satu kutipan untuk masing-masing bila keduanya diperlukan.
          (Quote either the headline alone («Pelatihan Tata Kelola Air di Singapura») or a passage of the body alone, with one quote for each when both are needed.)"
    `);
  });

  it('quote-spans-headline (a variant)', () => {
    expect(
      shown(
        {
          ...HEADLINE_ARTICLE,
          ...withVariant(
            '  - field: period\n    value: sepekan\n    article: h\n    quote: di Singapura Sebanyak 25 orang ASN Kota Contoh\n',
          ),
        },
        'quote-spans-headline',
      ),
    ).toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:52  [variants[0].quote]
        ✗ Kutipan dimulai di judul artikel h (bagian «di Singapura») dan berlanjut ke badan teks (bagian «Sebanyak 25 orang ASN Kota Contoh»); judul dan badan teks ditampilkan terpisah, jadi kutipan ini tidak dapat ditandai di halaman sumber.
          (The quote starts in the headline of article h (the part «di Singapura») and goes on in the body (the part «Sebanyak 25 orang ASN Kota Contoh»); the headline and the body are shown apart, so the quote cannot be marked on the source page.)
        → Kutip judulnya saja («Pelatihan Tata Kelola Air di Singapura») atau satu bagian dari badan teks saja, dengan satu kutipan untuk masing-masing bila keduanya diperlukan.
          (Quote either the headline alone («Pelatihan Tata Kelola Air di Singapura») or a passage of the body alone, with one quote for each when both are needed.)"
    `);
  });

  it('quote-in-unquoted-title (a source quoting a title of ours)', () => {
    expect(
      shown(
        {
          'articles/h.md': articleText(
            'Sebanyak 25 orang ASN Kota Contoh mengikuti pelatihan di Singapura selama sepekan.',
            { title: "'Contoh latihan: Pelatihan Tata Kelola Air di Singapura'" },
          ),
          'context/e.yaml': CONTEXT_TEXT.replace(ARTICLE_ID, 'h').replace(
            'quote: Pelatihan ini sepenuhnya dibiayai oleh Pemerintah Singapura',
            'quote: Pelatihan Tata Kelola Air di Singapura',
          ),
        },
        'quote-in-unquoted-title',
      ),
    ).toMatchInlineSnapshot(`
      "content/context/e.yaml:12  [sources[0].quote]
        ✗ Kutipan ini hanya ada di judul artikel h, dan judul itu dibuat oleh kami (title_basis: editorial) karena salinan tidak memuat judul: judul seperti itu bukan kata-kata sumber dan tidak dapat dikutip.
          (This quote is only in the title of article h, and that title is ours (title_basis: editorial), written because the copy has no headline: such a title is not the source's words and cannot be quoted.)
        → Kutip kalimat dari badan teks artikel yang menyebut nilai yang sama; bila badan teks tidak menyebutnya, nilai itu tidak didukung sumber ini.
          (Quote a sentence of the article's body that states the same value; if the body does not state it, this source does not support the value.)"
    `);
  });

  it('quote-in-unquoted-title (a variant quoting a title read from the address)', () => {
    expect(
      shown(
        {
          'articles/h.md': articleText(
            'Sebanyak 25 orang ASN Kota Contoh mengikuti pelatihan di Singapura selama sepekan.',
            { title: 'Pelatihan Tata Kelola Air di Singapura', title_basis: 'address' },
          ),
          ...withVariant(
            '  - field: period\n    value: sepekan\n    article: h\n    quote: Pelatihan Tata Kelola Air di Singapura\n',
          ),
        },
        'quote-in-unquoted-title',
      ),
    ).toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:52  [variants[0].quote]
        ✗ Kutipan ini hanya ada di judul artikel h, dan judul itu dibaca dari alamat web (title_basis: address), bukan judul yang diterbitkan: judul seperti itu bukan kata-kata sumber dan tidak dapat dikutip.
          (This quote is only in the title of article h, and that title was read from the web address (title_basis: address), not the published headline: such a title is not the source's words and cannot be quoted.)
        → Kutip kalimat dari badan teks artikel yang menyebut nilai yang sama; bila badan teks tidak menyebutnya, nilai itu tidak didukung sumber ini.
          (Quote a sentence of the article's body that states the same value; if the body does not state it, this source does not support the value.)"
    `);
  });

  it('quote-not-found (only invisible characters differ)', () => {
    expect(
      shown(
        cohort(SITE_VISITS, 'quote: "Punggol Disco\\u00advery Cube, Geo\\u200bworks, NCS Pte Ltd"'),
        'quote-not-found',
      ),
    ).toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:46  [sources[4].quote]
        ✗ Kutipan tidak ditemukan di teks artikel 2019-02-diskominfo-smart-city. Kutipan hanya berbeda dari teks artikel karena karakter tak terlihat: tanda hubung lunak (U+00AD) di kata "Disco[U+00AD]very" (karakter ke-14 kutipan); spasi lebar-nol (U+200B) di kata "Geo[U+200B]works" (karakter ke-29 kutipan).
          (Quote not found in the text of article 2019-02-diskominfo-smart-city. The quote differs from the article text only by invisible characters: soft hyphen (U+00AD) in the word "Disco[U+00AD]very" (character 14 of the quote); zero-width space (U+200B) in the word "Geo[U+200B]works" (character 29 of the quote).)
        → Hapus karakter tak terlihat itu: ketik ulang "Discovery", "Geoworks" di kutipan dengan papan ketik (salin-tempel dapat membawanya lagi).
          (Delete the invisible character(s): retype "Discovery", "Geoworks" in the quote on the keyboard (copy and paste may bring them back).)"
    `);
  });

  it('quote-not-found (invisible characters and another difference)', () => {
    expect(
      shown(
        cohort(SITE_VISITS, 'quote: "Punggol Discovery Cube, Geo\\u200dworks, NCS Pte. Ltd"'),
        'quote-not-found',
      ),
    ).toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:46  [sources[4].quote]
        ✗ Kutipan tidak ditemukan di teks artikel 2019-02-diskominfo-smart-city. Bagian paling mirip: «Punggol Discovery Cube, Geoworks, NCS Pte Ltd»; berbeda di 2 tempat, pertama: kutipan: "Geo[U+200D]works, NCS" — teks: "Geoworks, NCS". Kutipan juga memuat karakter tak terlihat: penyambung lebar-nol (U+200D) di kata "Geo[U+200D]works" (karakter ke-28 kutipan).
          (Quote not found in the text of article 2019-02-diskominfo-smart-city. Closest passage: «Punggol Discovery Cube, Geoworks, NCS Pte Ltd»; differs at 2 places, first: quote: "Geo[U+200D]works, NCS" — text: "Geoworks, NCS". The quote also holds invisible characters: zero-width joiner (U+200D) in the word "Geo[U+200D]works" (character 28 of the quote).)
        → Hapus karakter tak terlihat itu: ketik ulang "Geoworks" di kutipan dengan papan ketik (salin-tempel dapat membawanya lagi). Salin kutipan persis dari content/articles/2019-02-diskominfo-smart-city.md (huruf besar/kecil dan tanda baca harus sama; spasi dan baris baru boleh berbeda), atau perbaiki kutipan di tempat yang berbeda itu.
          (Delete the invisible character(s): retype "Geoworks" in the quote on the keyboard (copy and paste may bring them back). Copy the words exactly from content/articles/2019-02-diskominfo-smart-city.md (case and punctuation must match; spaces and line breaks may differ), or correct the quote where it differs.)"
    `);
  });

  it('quote-not-found (invisible characters in the source of a correction)', () => {
    const correction = `corrections:\n  - date: 2023-06-01\n    field: period\n    previous: 18–24 Februari 2019\n    reason:\n      id: Salah ketik.\n      en: A typo.\n    source:\n      article: ${ARTICLE_ID}\n      quote: "yang berlangsung di negara\\u200e Singapura (17 s.d. 23 Februari 2019)"\n`;
    expect(
      shown(
        { [`cohorts/2019-02-smart-city.yaml`]: `${COHORT_TEXT}${correction}` },
        'quote-not-found',
      ),
    ).toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:57  [corrections[0].source.quote]
        ✗ Kutipan tidak ditemukan di teks artikel 2019-02-diskominfo-smart-city. Kutipan hanya berbeda dari teks artikel karena karakter tak terlihat: tanda kiri-ke-kanan (U+200E) di kata "negara[U+200E]" (karakter ke-27 kutipan).
          (Quote not found in the text of article 2019-02-diskominfo-smart-city. The quote differs from the article text only by invisible characters: left-to-right mark (U+200E) in the word "negara[U+200E]" (character 27 of the quote).)
        → Hapus karakter tak terlihat itu: ketik ulang "negara" di kutipan dengan papan ketik (salin-tempel dapat membawanya lagi).
          (Delete the invisible character(s): retype "negara" in the quote on the keyboard (copy and paste may bring them back).)"
    `);
  });
});
