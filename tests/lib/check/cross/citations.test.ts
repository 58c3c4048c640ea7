/** A citation's article and where its quote occurs in it. */
import { afterEach, describe, expect, it } from 'vitest';
import {
  ARTICLE_FILE,
  ARTICLE_ID,
  CLAIM_TEXT,
  COHORT_FILE,
  COHORT_TEXT,
  CONTEXT_TEXT,
  articleText,
} from '../../../helpers/corpus.ts';
import { COHORT_PATH, cohort, lineIn, problemsIn, removeCorpora, withCode } from '../corpora.ts';

afterEach(removeCorpora);

describe('checkContent', () => {
  describe('references', () => {
    it('reports an unknown article and suggests the nearest id', () => {
      const problems = problemsIn(
        cohort(
          `- article: ${ARTICLE_ID}\n    quote: >-\n      Sebanyak`,
          `- article: 2019-02-diskominfo-smart-cty\n    quote: >-\n      Sebanyak`,
        ),
      );
      const [p] = withCode(problems, 'reference-unknown-article');
      expect(p).toMatchObject({ file: COHORT_PATH, field: 'sources[0].article' });
      expect(p?.line).toBe(lineIn(COHORT_TEXT, 'quote: >-') - 1);
      expect(p?.message.en).toContain('2019-02-diskominfo-smart-cty');
      expect(p?.fix.en).toContain(`e.g. ${ARTICLE_ID}`);
      expect(p?.fix.id).toContain(`mis. ${ARTICLE_ID}`);
    });
  });

  describe('quotes', () => {
    it('reports a quote that is not in the article', () => {
      const problems = problemsIn(cohort('Sebanyak 25 orang', 'Sebanyak 26 orang'));
      const [p] = withCode(problems, 'quote-not-found');
      expect(p).toMatchObject({ file: COHORT_PATH, field: 'sources[0].quote' });
      expect(p?.line).toBe(lineIn(COHORT_TEXT, 'Sebanyak 25 orang') - 1);
      expect(p?.fix.en).toContain(`content/${ARTICLE_FILE}`);
    });

    it('reports a quote that occurs twice as ambiguous', () => {
      const problems = problemsIn(
        cohort(
          'quote: Punggol Discovery Cube, Geoworks, NCS Pte Ltd',
          'quote: Kota Jambi juga tercatat',
        ),
      );
      const [p] = withCode(problems, 'quote-ambiguous');
      expect(p).toMatchObject({ field: 'sources[4].quote' });
      expect(p?.message.en).toMatch(/occurs \d+ times/);
    });

    it('matches a quote with different spacing and no-break spaces', () => {
      expect(problemsIn(cohort('Sebanyak 25 orang', 'Sebanyak    25\u00a0orang'))).toEqual([]);
    });

    it('matches a quote written in decomposed Unicode (NFC)', () => {
      const body = 'Peserta mengunjungi Caf\u00e9 Merlion di Marina Bay pada hari kedua.';
      const event = CONTEXT_TEXT.replace(ARTICLE_ID, 'cafe').replace(
        'quote: Pelatihan ini sepenuhnya dibiayai oleh Pemerintah Singapura',
        'quote: mengunjungi Cafe\u0301 Merlion di Marina Bay',
      );
      expect(
        problemsIn({ 'articles/cafe.md': articleText(body), 'context/e.yaml': event }),
      ).toEqual([]);
    });

    it('does not match a quote after a change of case', () => {
      const problems = problemsIn(cohort('Sebanyak 25 orang', 'sebanyak 25 orang'));
      withCode(problems, 'quote-not-found');
    });
  });
});

/** An article whose published headline may be quoted, cited as `h`. */
const HEADLINE_ARTICLE = {
  'articles/h.md': articleText(
    'Sebanyak 25 orang ASN Kota Contoh mengikuti pelatihan di Singapura selama sepekan.',
    { title: 'Pelatihan Tata Kelola Air di Singapura', title_basis: 'headline' },
  ),
};
const SITE_VISITS = `article: ${ARTICLE_ID}\n    quote: Punggol Discovery Cube, Geoworks, NCS Pte Ltd`;
const CONTEXT_QUOTE = `article: ${ARTICLE_ID}\n    quote: Pelatihan ini sepenuhnya dibiayai oleh Pemerintah Singapura`;
const CLAIM_QUOTE = /article: .*\n {4}quote: >-\n.*\n.*\n/;
const CORRECTION = (cite: string) =>
  `corrections:\n  - date: 2023-06-01\n    field: participants.asn-kota-jambi\n    previous: '20'\n    reason:\n      id: Sumber menyebut angka lain.\n      en: The source gives another number.\n    source:\n      ${cite}\n`;
const VARIANT = (cite: string) => `variants:\n  - field: period\n    value: sepekan\n    ${cite}\n`;

/**
 * Every kind of quote field, each as [name, files, field of the quote], with
 * a quote citing `article`; `files` adds the article when it is not the corpus one.
 */
function everyQuoteField(
  article: string,
  quote: string,
  files: Record<string, string> = {},
): [string, Record<string, string>, string][] {
  const cite = `article: ${article}\n    quote: ${JSON.stringify(quote)}`;
  const citeIn = (indent: string) => cite.replace('\n    ', `\n${indent}`);
  const cohortCiting = COHORT_TEXT.replace(SITE_VISITS, cite);
  return [
    ['a cohort source', { ...files, [COHORT_FILE]: cohortCiting }, 'sources[4].quote'],
    [
      'a claim source',
      { ...files, 'claims/c.yaml': CLAIM_TEXT.replace(CLAIM_QUOTE, `${cite}\n`) },
      'sources[0].quote',
    ],
    [
      'a context event source',
      { ...files, 'context/e.yaml': CONTEXT_TEXT.replace(CONTEXT_QUOTE, cite) },
      'sources[0].quote',
    ],
    [
      'a variant',
      { ...files, [COHORT_FILE]: `${COHORT_TEXT}${VARIANT(cite)}` },
      'variants[0].quote',
    ],
    [
      'the source of a correction',
      { ...files, [COHORT_FILE]: `${COHORT_TEXT}${CORRECTION(citeIn('      '))}` },
      'corrections[0].source.quote',
    ],
    [
      'a source of a cohort that fails its schema',
      { ...files, [COHORT_FILE]: cohortCiting.replace('status: held', 'status: selesai') },
      'sources[4].quote',
    ],
  ];
}

/** The problems with `code` at `field`, each with a complete message and fix. */
const at = (files: Record<string, string>, code: string, field: string) =>
  withCode(problemsIn(files), code).filter((p) => p.field === field);

describe('quotes that cannot be anchored', () => {
  // Under 12 characters the schema refuses a quote too; a source's quote gets only the
  // letters-and-digits message (the sources of an entry the schema rejects are still placed).
  it.each(everyQuoteField(ARTICLE_ID, '25'))('refuses "25" in %s', (name, files, field) => {
    const codes = problemsIn(files)
      .filter((p) => p.field === field)
      .map((p) => p.code);
    if (/variant|correction/.test(name)) expect(codes).toContain('schema-too-small');
    else expect(codes).toEqual(['quote-too-short']);
  });

  for (const [quote, letters] of [
    ['Dua puluh lima', 12],
    ['ASN Pemkot Jambi', 14],
    ['Sebanyak 25 orang ASN', 18],
    ['\u200b'.repeat(12), 0],
    ['. . . — — — , , ,', 0],
  ] as const) {
    it.each(everyQuoteField(ARTICLE_ID, quote))(
      `refuses ${JSON.stringify(quote)} (${letters} letters and digits) in %s`,
      (_, files, field) => {
        const [p] = at(files, 'quote-too-short', field);
        expect(p?.message.id).toContain(`: ${letters} huruf dan angka, padahal minimal 20`);
      },
    );
  }

  it.each(
    everyQuoteField('h', 'Tata Kelola Air di Singapura Sebanyak 25 orang ASN', HEADLINE_ARTICLE),
  )(
    'refuses a quote that starts in the headline and goes on in the body in %s',
    (_, files, field) => {
      const [p] = at(files, 'quote-spans-headline', field);
      expect(p?.message.id).toContain('(bagian «Tata Kelola Air di Singapura»)');
      expect(p?.message.id).toContain('(bagian «Sebanyak 25 orang ASN»)');
    },
  );

  it.each(everyQuoteField('h', 'Pelatihan Tata Kelola Air di Singapura', HEADLINE_ARTICLE))(
    'accepts a quote wholly in the published headline in %s',
    (_, files, field) => {
      const codes = problemsIn(files)
        .filter((p) => p.field === field)
        .map((p) => p.code);
      expect(codes.filter((c) => c.startsWith('quote-'))).toEqual([]);
    },
  );

  it.each(everyQuoteField(ARTICLE_ID, 'Selama sepekan, oleh Pemerintah Singa\u00adpura'))(
    'names an invisible character in a quote not found in %s',
    (_, files, field) => {
      const [p] = at(files, 'quote-not-found', field);
      expect(p?.message.id).toContain(
        'Kutipan hanya berbeda dari teks artikel karena karakter tak terlihat: tanda hubung lunak (U+00AD) di kata "Singa[U+00AD]pura" (karakter ke-38 kutipan).',
      );
      expect(p?.fix.id).toMatch(/^Hapus karakter tak terlihat itu: ketik ulang "Singapura"/);
    },
  );
});
