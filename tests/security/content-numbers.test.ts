/**
 * The value check understands what a number is. A cohort's participant
 * count is cited from a sentence added to the corpus article (fictional
 * practice sentences, "Contoh latihan"); the count must be stated there as
 * a count of the group's people, not as a year, a date, a duration, an
 * ordinal, part of a larger number, or a count of another government's
 * staff. Each refused case asserts the code, file, line and field, the
 * English message and fix, and that an unrelated broken file is still
 * reported in the same run; each accepted form leaves the citation silent.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/lib/check/index.ts';
import type { Problem } from '../../src/lib/check/problem.ts';
import {
  ARTICLE_FILE,
  ARTICLE_TEXT,
  COHORT_FILE,
  COHORT_TEXT,
  makeCorpus,
  type Corpus,
} from '../helpers/corpus.ts';

const OTHER = { file: 'claims/other.yaml', text: 'a: 1\na: 2\n' };
const OTHER_PROBLEM = { file: 'content/claims/other.yaml', code: 'yaml-duplicate-key', line: 2 };
const COHORT = `content/${COHORT_FILE}`;
const FIELD = 'sources[5].supports[0]';

const corpora: Corpus[] = [];
afterEach(() => {
  for (const c of corpora.splice(0)) c.cleanup();
});

/** The cohort with count `count`, cited only from `sentence`, which the article now holds. */
function cohortCiting(count: number, sentence: string): string {
  const text = COHORT_TEXT.replace('count: 25', `count: ${count}`).replace(
    'supports: [participants.asn-kota-jambi, ',
    'supports: [',
  );
  return `${text}  - article: 2019-02-diskominfo-smart-city\n    quote: ${JSON.stringify(sentence)}\n    supports: [participants.asn-kota-jambi]\n`;
}
const LINE = cohortCiting(1, 'x').split('\n').length - 1;

function problemsFor(count: number, sentence: string): Problem[] {
  const c = makeCorpus({
    [ARTICLE_FILE]: ARTICLE_TEXT.replace(/\n$/, `\n\nContoh latihan. ${sentence}\n`),
    [COHORT_FILE]: cohortCiting(count, sentence),
    [OTHER.file]: OTHER.text,
  });
  corpora.push(c);
  return runCheck(c.root, c.content, '2026-12-01').problems;
}

/** [count, sentence, what the English message says the number is] */
const REFUSED: Record<string, Array<[number, string, RegExp]>> = {
  'a year': [
    [
      2023,
      'Pelatihan serupa kembali digelar pada 2023 untuk ASN Pemkot Jambi.',
      /is a year, not a number of people/,
    ],
    [2024, 'Pada tahun 2024 ASN Pemkot Jambi kembali berangkat ke Singapura.', /is a year/],
  ],
  'a date': [
    [
      23,
      'Rombongan ASN Pemkot Jambi berangkat pada 23 Maret 2023 ke Singapura.',
      /is part of a date/,
    ],
    [17, 'Para ASN Pemkot Jambi tiba di Singapura (17/2) untuk pelatihan.', /is part of a date/],
  ],
  'a duration': [
    [
      10,
      'Selama kurun waktu 10 tahun Pemkot Jambi mengirim ASN ke Singapura.',
      /is a duration \("10 tahun"\)/,
    ],
    [5, 'Para ASN Pemkot Jambi belajar selama 5 hari di Singapura.', /is a duration/],
  ],
  'an ordinal': [
    [2, 'Ini kali kedua ASN Pemkot Jambi mengikuti pelatihan di Singapura.', /is an ordinal/],
    [
      3,
      'Pelatihan angkatan ke-3 ASN Pemkot Jambi berlangsung di Singapura.',
      /is an ordinal \("ke-3"\)|is an ordinal/,
    ],
  ],
  'part of a larger number': [
    [
      40,
      'Program ini telah menjangkau 40,000 pejabat dari berbagai negara.',
      /part of a larger number \("40,000"\)/,
    ],
    [
      40,
      'Alumni program ini kini berjumlah 40.000 pejabat dari banyak negara.',
      /does not state the number 40 for field/,
    ],
  ],
  "another government's staff": [
    [
      25,
      'Sebanyak 25 orang ASN Pemprov Jambi mengikuti pelatihan di Singapura.',
      /counts staff of .*, not ASN Pemkot Jambi/,
    ],
    [
      12,
      'Turut berangkat 12 ASN Kemnaker ke Singapura bersama rombongan.',
      /counts staff of .*, not ASN Pemkot Jambi/,
    ],
  ],
};

for (const [group, rows] of Object.entries(REFUSED)) {
  describe(`refused: ${group}`, () => {
    it.each(rows)('count %i on "%s"', (count, sentence, says) => {
      const problems = problemsFor(count, sentence);
      const p = problems.find((x) => x.file === COHORT && x.field === FIELD);
      expect(p, JSON.stringify(problems.map((x) => [x.file, x.field, x.code]))).toMatchObject({
        code: 'value-not-in-quote',
        line: LINE,
      });
      expect(p?.message.en).toMatch(
        new RegExp(`The number ${count} in the quote|does not state the number ${count} `),
      );
      expect(p?.message.en).toMatch(says);
      expect(p?.message.en).toMatch(/for field participants\.asn-kota-jambi\./);
      expect(p?.fix.en).toMatch(
        /^Choose a passage that (states a number of people|states the value|gives the number of ASN Pemkot Jambi)/,
      );
      expect(problems).toContainEqual(expect.objectContaining(OTHER_PROBLEM));
    });
  });
}

describe('accepted: a count of people', () => {
  it.each<[number, string]>([
    [25, 'Sebanyak 25 orang mengikuti pelatihan di Singapura.'],
    [25, 'Pemkot Jambi mengirim 25 ASN ke Singapura untuk pelatihan.'],
    [25, 'Peserta pelatihan kali ini sebanyak 25 dari berbagai OPD.'],
    [25, 'Pelatihan diikuti dua puluh lima peserta dari Pemkot Jambi.'],
    [18, 'Sebanyak 18 orang ASN Pemkot Jambi mengikuti pelatihan pada 2023.'],
  ])('count %i on "%s"', (count, sentence) => {
    const problems = problemsFor(count, sentence);
    expect(problems.filter((x) => x.file === COHORT)).toEqual([]);
    expect(problems).toContainEqual(expect.objectContaining(OTHER_PROBLEM));
  });
});
