/**
 * Values written the way careless or hurried editors write them, class by
 * class: numbers in quotation marks, fractions and thousands separators
 * (1.500 is read as 1.5, 2.000 as 2), digits of other scripts, "not known"
 * in words, numbers in words or with their unit, dates in words. Each case
 * asserts the exact code, line and field, the fix an editor can copy, that
 * the generic "does not match" message is not what they get, and that an
 * unrelated broken file is still reported in the same run.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/lib/check/index.ts';
import type { Problem } from '../../src/lib/check/problem.ts';
import {
  CLAIM_TEXT,
  COHORT_FILE,
  COHORT_TEXT,
  makeCorpus,
  type Corpus,
  type FileText,
} from '../helpers/corpus.ts';

const OTHER = { file: 'claims/other.yaml', text: 'a: 1\na: 2\n' };
const OTHER_PROBLEM = { file: 'content/claims/other.yaml', code: 'yaml-duplicate-key', line: 2 };
const GENERIC = /does not match any accepted form|Wrong kind of value/;

const corpora: Corpus[] = [];
afterEach(() => {
  for (const c of corpora.splice(0)) c.cleanup();
});

function problemsWith(files: Record<string, FileText | null>): Problem[] {
  const c = makeCorpus({ ...files, [OTHER.file]: OTHER.text });
  corpora.push(c);
  return runCheck(c.root).problems;
}

interface Case {
  files: Record<string, FileText>;
  /** The problem that must be reported (a subset of its fields). */
  expected: Partial<Problem>;
  /** What its English message says. */
  says: RegExp;
  /** What its English fix says. */
  fix: RegExp;
}

const COHORT = `content/${COHORT_FILE}`;
const COUNT = { file: COHORT, line: 11, field: 'participants[0].count' };
const count = (value: string, code: string, says: RegExp, fix: RegExp): Case => ({
  files: { [COHORT_FILE]: COHORT_TEXT.replace('count: 25', `count: ${value}`) },
  expected: { ...COUNT, code },
  says,
  fix,
});
const claimWith = (from: string, to: string) => ({
  'claims/c.yaml': CLAIM_TEXT.replace(from, to),
});
const UNION = 'schema-invalid-union';

const CASES: Record<string, Record<string, Case>> = {
  'a number written as text': {
    'in double quotes': count('"25"', UNION, /25 is written as text \(in quotation/, /count: 25\./),
    'in single quotes': count("'25'", UNION, /in quotation marks/, /quotation marks: count: 25\./),
    'quoted, with a leading zero': count('"025"', UNION, /as text/, /count: 25\./),
    'a quoted 0': count('"0"', UNION, /as text/, /count: 0\. 0 is not accepted.*write unknown/),
    'a claim value in quotes': {
      files: claimWith('value: 150', 'value: "150"'),
      expected: { file: 'content/claims/c.yaml', line: 2, field: 'value' },
      says: /150 is written as text/,
      fix: /value: 150\./,
    },
  },
  'a fraction or a thousands separator': {
    '25.5': count('25.5', UNION, /25\.5 is not a whole number; people/, /e\.g\. 25 or 26/),
    '"25,5"': count('"25,5"', UNION, /"25,5" is not a whole number/, /e\.g\. 25 or 26/),
    '1.500 (read as 1.5)': count('1.500', UNION, /1\.500 .*reads as 1\.5/, /count: 1500\./),
    '"1,500"': count('"1,500"', UNION, /thousands separator/, /count: 1500\./),
    '"1.500.000" (too large besides)': count(
      '1.500.000',
      UNION,
      /thousands separator/,
      /count: 1500000\. The number must be at most 100000/,
    ),
    '2.000 (read as 2, which the schema accepts)': count(
      '2.000',
      'number-thousands-point',
      /2\.000 is written, which reads as 2/,
      /If 2000 is meant, write count: 2000 without/,
    ),
    '0x19 (read as 25)': count(
      '0x19',
      'number-unusual-form',
      /0x19, which reads as 25/,
      /0–9: count: 25\./,
    ),
    'a claim window of 2.5 years': {
      files: claimWith('window_years: 3', 'window_years: 2.5'),
      expected: { file: 'content/claims/c.yaml', line: 8, field: 'scope.window_years' },
      says: /2\.5 is not a whole number\.$/,
      fix: /e\.g\. 2 or 3/,
    },
  },
  'digits of another script': {
    'Arabic-Indic ٤': count('٤', UNION, /"٤" is written in Arabic-Indic digits/, /count: 4\./),
    'Extended Arabic-Indic ۲۵': count('۲۵', UNION, /Extended Arabic-Indic/, /count: 25\./),
    'Devanagari २५': count('२५', UNION, /Devanagari digits/, /count: 25\./),
    'full-width ２５': count('２５', UNION, /full-width digits/, /count: 25\./),
    'Javanese ꧒꧕': count('꧒꧕', UNION, /Javanese digits/, /count: 25\./),
    'Bengali with a unit': count('২৫ জন', UNION, /Bengali digits/, /0–9: count: 25\./),
    'a script without a table entry (Ol Chiki ᱒᱕)': count(
      '᱒᱕',
      UNION,
      /digits of another script/,
      /^Write the number in the digits 0–9\./,
    ),
  },
  '"not known" in words': {
    'tidak diketahui': count(
      'tidak diketahui',
      UNION,
      /not a number/,
      /count: unknown \(never 0\)/,
    ),
    'Tidak ada': count('Tidak ada', UNION, /"Tidak ada" is not a number/, /count: unknown/),
    'belum diketahui': count('belum diketahui', UNION, /not a number/, /count: unknown/),
    'tidak disebutkan': count('tidak disebutkan', UNION, /not a number/, /count: unknown/),
    '"?"': count('"?"', UNION, /"\?" is not a number/, /count: unknown/),
    '"-"': count('"-"', UNION, /"-" is not a number/, /count: unknown/),
    'n/a': count('n/a', UNION, /"n\/a" is not a number/, /count: unknown/),
    'left empty': count('', UNION, /This field is empty/, /count: unknown/),
    '""': count('""', UNION, /This field is empty/, /count: unknown/),
    Unknown: count('Unknown', UNION, /exactly unknown \(lower case\)/, /^Write count: unknown\./),
    unknwon: count('unknwon', UNION, /exactly unknown/, /count: unknown/),
    'a claim value that is not known': {
      files: claimWith('value: 150', 'value: tidak diketahui'),
      expected: { file: 'content/claims/c.yaml', line: 2, field: 'value' },
      says: /not a number/,
      fix: /does not take unknown/,
    },
    'an optional window that is not known': {
      files: claimWith('window_years: 3', 'window_years: tidak disebutkan'),
      expected: { file: 'content/claims/c.yaml', line: 8, field: 'scope.window_years' },
      says: /not a number/,
      fix: /remove this line/,
    },
  },
  'a number in words or with its unit': {
    'dua puluh lima': count(
      'dua puluh lima',
      UNION,
      /in words \("dua puluh lima"\)/,
      /count: 25\./,
    ),
    'duapuluh lima': count('duapuluh lima', UNION, /in words/, /count: 25\./),
    '25 orang': count('25 orang', UNION, /"25 orang" is written/, /number alone: count: 25\./),
    'dua puluh lima ASN': count('dua puluh lima ASN', UNION, /holds a number alone/, /count: 25/),
    'sekitar 1.500 peserta': count('sekitar 1.500 peserta', UNION, /alone/, /count: 1500\./),
    '20-25 orang': count('20-25 orang', UNION, /more than one number/, /one number alone/),
    nol: count('nol', UNION, /in words/, /0 is not accepted/),
    'a window of tiga tahun': {
      files: claimWith('window_years: 3', 'window_years: tiga tahun'),
      expected: { file: 'content/claims/c.yaml', line: 8, field: 'scope.window_years' },
      says: /"tiga tahun" is written/,
      fix: /window_years: 3\./,
    },
  },
  'a date written another way': {
    'in Indonesian words': {
      files: { [COHORT_FILE]: COHORT_TEXT.replace('start: 2019-02-17', 'start: 17 Februari 2019') },
      expected: { file: COHORT, line: 5, field: 'period.start', code: 'schema-custom' },
      says: /written "17 Februari 2019"/,
      fix: /^Write start: 2019-02-17\./,
    },
    'as day/month/year': {
      files: { [COHORT_FILE]: COHORT_TEXT.replace('start: 2019-02-17', 'start: 17/02/2019') },
      expected: { file: COHORT, line: 5, field: 'period.start' },
      says: /written "17\/02\/2019"/,
      fix: /start: 2019-02-17/,
    },
    'with a weekday': {
      files: {
        [COHORT_FILE]: COHORT_TEXT.replace('date: 2019-02-15', 'date: Jumat, 15 Februari 2019'),
      },
      expected: { file: COHORT, line: 13, field: 'sendoff.date' },
      says: /written "Jumat, 15 Februari 2019"/,
      fix: /date: 2019-02-15/,
    },
    unpadded: {
      files: { [COHORT_FILE]: COHORT_TEXT.replace('end: 2019-02-23', 'end: 2019-2-23') },
      expected: { file: COHORT, line: 6, field: 'period.end' },
      says: /written "2019-2-23"/,
      fix: /end: 2019-02-23/,
    },
    'a range for a start': {
      files: {
        [COHORT_FILE]: COHORT_TEXT.replace('start: 2019-02-17', 'start: 17 s.d. 23 Februari 2019'),
      },
      expected: { file: COHORT, line: 5, field: 'period.start' },
      says: /is a range of dates/,
      fix: /start: 2019-02-17 and end: 2019-02-23/,
    },
  },
};

for (const [group, cases] of Object.entries(CASES)) {
  describe(group, () => {
    it.each(Object.entries(cases))(
      '%s: the specific fix, and the other broken file still reported',
      (_name, { files, expected, says, fix }) => {
        const problems = problemsWith(files);
        const p = problems.find((x) => x.file === expected.file && x.field === expected.field);
        expect(p, JSON.stringify(problems.map((x) => [x.file, x.field, x.code]))).toMatchObject(
          expected,
        );
        expect(p?.message.en).toMatch(says);
        expect(p?.fix.en).toMatch(fix);
        expect(p?.message.id).not.toBe('');
        expect(p?.fix.id).not.toBe('');
        expect(`${p?.message.en} ${p?.fix.en}`).not.toMatch(GENERIC);
        expect(problems).toContainEqual(expect.objectContaining(OTHER_PROBLEM));
      },
    );
  });
}

describe('values the specific fixes leave to the generic message', () => {
  it.each([
    ['a list', '[25]'],
    ['a yes', 'true'],
    ['a sentence with no number', 'banyak sekali'],
  ])('%s', (_name, value) => {
    const problems = problemsWith({
      [COHORT_FILE]: COHORT_TEXT.replace('count: 25', `count: ${value}`),
    });
    const p = problems.find((x) => x.field === COUNT.field);
    expect(p).toMatchObject({ ...COUNT, code: UNION });
    expect(p?.message.en).toMatch(/does not match any accepted form/);
  });
});
