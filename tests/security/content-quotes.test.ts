/**
 * Quotes an editor cannot see are wrong, class by class: a quote that runs
 * from the headline into the body (the source page cannot mark it), a quote
 * carrying invisible characters (named, with their word and position), and
 * a quote too short to point at one passage. Each refused case asserts the
 * exact code, line and field of its problem and what its message must say,
 * and that an unrelated broken file is still reported in the same run; each
 * accepted case, that its quote gets no problem at all.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/lib/check/index.ts';
import type { Problem } from '../../src/lib/check/problem.ts';
import {
  ARTICLE_ID,
  CLAIM_TEXT,
  COHORT_FILE,
  COHORT_TEXT,
  CONTEXT_TEXT,
  articleText,
  makeCorpus,
  type Corpus,
} from '../helpers/corpus.ts';

/** The unrelated broken file every case adds, and the problem it must still get. */
const OTHER = { file: 'claims/other.yaml', text: 'a: 1\na: 2\n' };
const OTHER_PROBLEM = { file: 'content/claims/other.yaml', code: 'yaml-duplicate-key', line: 2 };

const corpora: Corpus[] = [];
afterEach(() => {
  for (const c of corpora.splice(0)) c.cleanup();
});

/** The problems of a corpus holding `files` and the unrelated broken file. */
function problemsWith(files: Record<string, string>): Problem[] {
  const c = makeCorpus({ ...files, [OTHER.file]: OTHER.text });
  corpora.push(c);
  return runCheck(c.root).problems;
}

/** An article `h` whose published headline may be quoted. */
const HEADLINE = 'Pelatihan Tata Kelola Air di Singapura';
const H = {
  'articles/h.md': articleText(
    'Sebanyak 25 orang ASN Kota Contoh mengikuti pelatihan di Singapura selama sepekan.\n\nPelatihan dibiayai oleh Pemerintah Singapura.',
    { title: HEADLINE, title_basis: 'headline' },
  ),
};
const SITE_VISITS = `article: ${ARTICLE_ID}\n    quote: Punggol Discovery Cube, Geoworks, NCS Pte Ltd`;
const CONTEXT_QUOTE = `article: ${ARTICLE_ID}\n    quote: Pelatihan ini sepenuhnya dibiayai oleh Pemerintah Singapura`;

/** A YAML quote citing `article`: double-quoted, so that "\u00ad" stays visible here. */
const cite = (article: string, quote: string) =>
  `article: ${article}\n    quote: ${JSON.stringify(quote)}`;
const cohortQuoting = (article: string, quote: string) => ({
  [COHORT_FILE]: COHORT_TEXT.replace(SITE_VISITS, cite(article, quote)),
});
const contextQuoting = (article: string, quote: string) => ({
  'context/e.yaml': CONTEXT_TEXT.replace(CONTEXT_QUOTE, cite(article, quote)),
});
const claimQuoting = (article: string, quote: string) => ({
  'claims/c.yaml': CLAIM_TEXT.replace(
    /article: .*\n {4}quote: >-\n.*\n.*\n/,
    `${cite(article, quote)}\n`,
  ),
});
const variantQuoting = (article: string, quote: string) => ({
  [COHORT_FILE]: `${COHORT_TEXT}variants:\n  - field: period\n    value: sepekan\n    ${cite(article, quote)}\n`,
});
const correctionQuoting = (article: string, quote: string) => ({
  [COHORT_FILE]: `${COHORT_TEXT}corrections:\n  - date: 2023-06-01\n    field: period\n    previous: 18–24 Februari 2019\n    reason:\n      id: Salah ketik.\n      en: A typo.\n    source:\n      ${cite(article, quote).replace('\n    ', '\n      ')}\n`,
});

const COHORT = `content/${COHORT_FILE}`;
/** Lines of the quote each builder writes (the fixture files are fixed). */
const AT = {
  cohort: { file: COHORT, line: 46, field: 'sources[4].quote' },
  context: { file: 'content/context/e.yaml', line: 12, field: 'sources[0].quote' },
  claim: { file: 'content/claims/c.yaml', line: 14, field: 'sources[0].quote' },
  variant: { file: COHORT, line: 52, field: 'variants[0].quote' },
  correction: { file: COHORT, line: 57, field: 'corrections[0].source.quote' },
};

interface Case {
  files: Record<string, string>;
  /** The problem that must be reported (a subset of its fields), and words its message must hold. */
  expected: Partial<Problem> & { says: string };
}

const ACROSS = 'Tata Kelola Air di Singapura Sebanyak 25 orang ASN';
const spans = (where: Partial<Problem>): Case['expected'] => ({
  ...where,
  code: 'quote-spans-headline',
  says: 'dimulai di judul artikel h',
});

const REFUSED: Record<string, Record<string, Case>> = {
  'a quote from the headline into the body': {
    'in a cohort source': {
      files: { ...H, ...cohortQuoting('h', ACROSS) },
      expected: spans(AT.cohort),
    },
    'in a context event': {
      files: { ...H, ...contextQuoting('h', ACROSS) },
      expected: spans(AT.context),
    },
    'in a claim': { files: { ...H, ...claimQuoting('h', ACROSS) }, expected: spans(AT.claim) },
    'in a variant': {
      files: { ...H, ...variantQuoting('h', ACROSS) },
      expected: spans(AT.variant),
    },
    'in a correction': {
      files: { ...H, ...correctionQuoting('h', ACROSS) },
      expected: spans(AT.correction),
    },
    'the whole headline and the first word': {
      files: { ...H, ...cohortQuoting('h', `${HEADLINE} Sebanyak`) },
      expected: spans(AT.cohort),
    },
    'the last word of the headline, a line break, then the body': {
      files: { ...H, ...cohortQuoting('h', 'di Singapura\n\nSebanyak 25 orang ASN Kota Contoh') },
      expected: spans(AT.cohort),
    },
  },
  'invisible characters in a quote not found': Object.fromEntries(
    (
      [
        ['a soft hyphen', '\u00ad', 'tanda hubung lunak (U+00AD)'],
        ['a zero-width space', '\u200b', 'spasi lebar-nol (U+200B)'],
        ['a zero-width non-joiner', '\u200c', 'pemisah lebar-nol (U+200C)'],
        ['a zero-width joiner', '\u200d', 'penyambung lebar-nol (U+200D)'],
        ['a word joiner', '\u2060', 'penyambung kata (U+2060)'],
        ['a BOM', '\ufeff', 'penanda urutan bita (BOM) (U+FEFF)'],
        ['a left-to-right mark', '\u200e', 'tanda kiri-ke-kanan (U+200E)'],
        ['a right-to-left mark', '\u200f', 'tanda kanan-ke-kiri (U+200F)'],
        ['a right-to-left override', '\u202e', 'kendali arah teks (U+202E)'],
      ] as const
    ).map(([name, c, says]): [string, Case] => [
      name,
      {
        files: cohortQuoting(ARTICLE_ID, `Punggol Disco${c}very Cube, Geoworks, NCS Pte Ltd`),
        expected: {
          ...AT.cohort,
          code: 'quote-not-found',
          says: `${says} di kata "Disco[${says.slice(-7, -1)}]very" (karakter ke-14 kutipan)`,
        },
      },
    ]),
  ),
  'too few letters and digits': {
    '"25" in a cohort source': {
      files: cohortQuoting(ARTICLE_ID, '25'),
      expected: { ...AT.cohort, code: 'quote-too-short', says: '2 huruf dan angka' },
    },
    '"ASN" in a claim': {
      files: claimQuoting(ARTICLE_ID, 'ASN'),
      expected: { ...AT.claim, code: 'quote-too-short', says: '3 huruf dan angka' },
    },
    'a name alone in a context event': {
      files: contextQuoting(ARTICLE_ID, 'Pemerintah Singapura'),
      expected: { ...AT.context, code: 'quote-too-short', says: '19 huruf dan angka' },
    },
    'a fragment in a variant': {
      files: variantQuoting(ARTICLE_ID, 'selama sepekan, oleh'),
      expected: { ...AT.variant, code: 'quote-too-short', says: '17 huruf dan angka' },
    },
    'twelve zero-width spaces in a correction': {
      files: correctionQuoting(ARTICLE_ID, '\u200b'.repeat(12)),
      expected: { ...AT.correction, code: 'quote-too-short', says: '0 huruf dan angka' },
    },
    'only spaces': {
      files: cohortQuoting(ARTICLE_ID, '            '),
      expected: { ...AT.cohort, code: 'quote-too-short', says: '0 huruf dan angka' },
    },
    'only punctuation and invisible characters': {
      files: contextQuoting(ARTICLE_ID, '\u00ad. — , ; \u2060 … ( ) \u200e'),
      expected: { ...AT.context, code: 'quote-too-short', says: '0 huruf dan angka' },
    },
  },
};

for (const [group, cases] of Object.entries(REFUSED)) {
  describe(group, () => {
    it.each(Object.entries(cases))(
      '%s: the exact problem, and the other broken file still reported',
      (_name, { files, expected: { says, ...expected } }) => {
        const problems = problemsWith(files);
        const found = problems.filter(
          (p) => p.code === expected.code && p.field === expected.field,
        );
        expect(found, JSON.stringify(problems, null, 1)).toHaveLength(1);
        expect(found[0]).toMatchObject(expected);
        expect(found[0]?.message.id).toContain(says);
        expect(problems).toContainEqual(expect.objectContaining(OTHER_PROBLEM));
      },
    );
  });
}

const ACCEPTED: Record<string, Record<string, string>> = {
  'the headline alone': { ...H, ...cohortQuoting('h', HEADLINE) },
  'part of the headline, in a variant': {
    ...H,
    ...variantQuoting('h', 'Tata Kelola Air di Singapura'),
  },
  'the body right after the headline': {
    ...H,
    ...contextQuoting('h', 'Sebanyak 25 orang ASN Kota Contoh mengikuti'),
  },
  'no-break spaces where the text has spaces': cohortQuoting(
    ARTICLE_ID,
    'Punggol\u00a0Discovery\u202fCube, Geoworks, NCS Pte Ltd',
  ),
  'a zero-width space where the text has a space': cohortQuoting(
    ARTICLE_ID,
    'Punggol Discovery Cube,\u200bGeoworks, NCS Pte Ltd',
  ),
  'exactly the minimum of letters and digits': contextQuoting(
    ARTICLE_ID,
    'ini sepenuhnya dibiayai',
  ),
};

describe('quotes that are accepted', () => {
  it.each(Object.entries(ACCEPTED))('%s', (_name, files) => {
    const problems = problemsWith(files).filter((p) => p.code.startsWith('quote-'));
    expect(problems).toEqual([]);
  });
});
