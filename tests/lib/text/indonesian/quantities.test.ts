/** What each number in a sentence counts, and whether a sentence states a value as a measure. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  readNumbers,
  statesQuantity,
  type Measure,
  type NumberRole,
} from '../../../../src/lib/text/indonesian/quantities.ts';
import { normalizeText } from '../../../../src/lib/text/normalize.ts';
import { REAL_CONTENT } from '../../../helpers/corpus.ts';
import {
  FOUR_YEARS,
  JULY_2019,
  MARCH_EARLY,
  MOU_2015,
  ONLY_ONE,
  POSTED_2015,
  POSTED_2022,
  RELEASE_2019_02,
  RELEASE_2023_03,
  RELEASE_2023_05,
  SCP_2019_02,
  SCP_2023_03,
  SCP_2023_05,
  SECOND_2023,
  SINCE_2016,
  STAFF,
  TEN_COHORTS,
  THREE_YEARS,
} from './fixtures.ts';
import {
  FIFTY_YEARS,
  HEADLINE_2023_03,
  HEADLINE_2023_05,
  ONE_WEEK,
  PARTNERSHIP,
  SINCE_LEADERSHIP,
  TWO_TERMS,
  WATER_2023_05,
} from './quantity-sentences.ts';

/** A real sentence edited in one place, for a case no seed sentence shows. */
const STAFF_40_000 = STAFF.replace('300', '40,000');

type Row = [sentence: string, value: number, measure: Measure];

const STATES: Row[] = [
  [SCP_2023_03, 25, 'people'],
  [SCP_2019_02, 25, 'people'],
  [RELEASE_2023_03, 25, 'people'],
  [JULY_2019, 25, 'people'],
  [MARCH_EARLY, 4, 'people'],
  [SECOND_2023, 25, 'people'],
  [FOUR_YEARS, 250, 'people'],
  [THREE_YEARS, 150, 'people'],
  [STAFF, 300, 'people'],
  [SINCE_LEADERSHIP, 300, 'people'],
  [ONLY_ONE, 50, 'people'],
  [WATER_2023_05, 25, 'people'],
  [HEADLINE_2023_05, 25, 'people'],
  [HEADLINE_2023_03, 25, 'people'],
  [THREE_YEARS, 6, 'cohorts'],
  [TEN_COHORTS, 10, 'cohorts'],
  [SECOND_2023, 2, 'cohorts'],
  [PARTNERSHIP, 10, 'years'],
  [THREE_YEARS, 3, 'years'],
  [FOUR_YEARS, 4, 'years'],
  [FIFTY_YEARS, 50, 'years'],
  [SINCE_2016, 2016, 'year'],
  [SECOND_2023, 2023, 'year'],
  [SCP_2019_02, 2019, 'year'],
  [MOU_2015, 2015, 'year'],
  [SCP_2023_05, 2023, 'year'],
  [POSTED_2022, 2022, 'year'],
];

/** Each row also names what the value is in the sentence instead (undefined: not there at all). */
const DOES_NOT_STATE: Array<[...Row, NumberRole | undefined]> = [
  [SCP_2023_05, 2023, 'people', 'year'],
  [SCP_2023_03, 2023, 'people', 'year'],
  [PARTNERSHIP, 10, 'people', 'duration'],
  [SECOND_2023, 2, 'people', 'ordinal'],
  [STAFF_40_000, 40, 'people', 'part'],
  [THREE_YEARS, 3, 'people', 'duration'],
  [FOUR_YEARS, 4, 'people', 'duration'],
  [THREE_YEARS, 6, 'people', 'cohorts'],
  [TEN_COHORTS, 10, 'people', 'cohorts'],
  [SINCE_2016, 2016, 'people', 'year'],
  [FIFTY_YEARS, 50, 'people', 'duration'],
  [RELEASE_2019_02, 15, 'people', 'date'],
  [RELEASE_2023_03, 21, 'people', 'date'],
  [RELEASE_2023_05, 12, 'people', 'date'],
  [MOU_2015, 18, 'people', 'date'],
  [MOU_2015, 2015, 'people', 'year'],
  [POSTED_2022, 14, 'people', 'time'],
  [POSTED_2022, 5, 'people', 'date'],
  [POSTED_2022, 2022, 'people', 'year'],
  [POSTED_2015, 19, 'people', 'date'],
  [SCP_2019_02, 23, 'people', 'date'],
  [SCP_2019_02, 2019, 'people', 'year'],
  [ONLY_ONE, 1, 'people', undefined],
  [TWO_TERMS, 2, 'people', 'bare'],
  [SCP_2023_03, 25, 'cohorts', 'people'],
  [THREE_YEARS, 150, 'cohorts', 'people'],
  [THREE_YEARS, 3, 'cohorts', 'duration'],
  [SECOND_2023, 2023, 'cohorts', 'year'],
  [TEN_COHORTS, 10, 'years', 'cohorts'],
  [STAFF, 300, 'years', 'people'],
  [SINCE_2016, 2016, 'years', 'year'],
  [ONE_WEEK, 1, 'years', 'duration'],
  [SCP_2023_03, 25, 'year', 'people'],
  [PARTNERSHIP, 10, 'year', 'duration'],
  [STAFF_40_000, 40, 'year', 'part'],
];

describe('statesQuantity', () => {
  it.each(STATES)('states the value: %s → %d %s', (sentence, value, measure) => {
    expect(statesQuantity(sentence, value, measure)).toBe(true);
  });

  it.each(DOES_NOT_STATE)(
    'does not state the value: %s → %d %s (it is: %s)',
    (sentence, value, measure, role) => {
      expect(statesQuantity(sentence, value, measure)).toBe(false);
      const roles = readNumbers(sentence)
        .filter((r) => r.value === value)
        .map((r) => r.role);
      expect(roles[0]).toBe(role);
    },
  );

  it('is fed real sentences: every one occurs in a stored article', () => {
    const dir = join(REAL_CONTENT, 'articles');
    const texts = readdirSync(dir).map((f) => normalizeText(readFileSync(join(dir, f), 'utf8')));
    // The edited sentence, and the seed pages' date lines, which the stored copies leave out.
    const edited = new Set([STAFF_40_000, POSTED_2015, POSTED_2022]);
    const sentences = new Set([...STATES, ...DOES_NOT_STATE].map((r) => r[0]));
    for (const s of [...sentences].filter((x) => !edited.has(x))) {
      expect(
        texts.some((t) => t.includes(normalizeText(s))),
        s,
      ).toBe(true);
    }
  });
});

describe('readNumbers', () => {
  it('reads the forms a head-count, a cohort count and a duration take', () => {
    const cases: Array<[string, NumberRole, number, number?]> = [
      ['dua puluh lima peserta', 'people', 25],
      ['25 pegawai', 'people', 25],
      ['25 aparatur', 'people', 25],
      ['diikuti 25, terdiri dari', 'people', 25],
      ['sebanyak 25 (dua puluh lima)', 'people', 25],
      ['6 batch', 'cohorts', 6],
      ['enam angkatan', 'cohorts', 6],
      ['satu dasawarsa', 'duration', 1, 10],
      ['sedasawarsa', 'duration', 1, 10],
      ['5 hari', 'duration', 5],
      ['3 bulan', 'duration', 3],
      ['angkatan ke-6', 'ordinal', 6],
      ['Rp1,5 juta', 'money', 1500000],
      ['40 ribu rupiah', 'money', 40000],
      ['naik 2,5 persen', 'percent', 2.5],
      ['40%', 'percent', 40],
      ['versi 1.5', 'part', 1],
      ['sebanyak 5 negara', 'thing', 5],
    ];
    for (const [text, role, value, years] of cases) {
      const [first] = readNumbers(text);
      expect(first, text).toMatchObject({ role, value });
      if (years !== undefined) expect(first?.years, text).toBe(years);
    }
  });

  it('takes an ordinal for a number of cohorts only after a cohort or "kali"', () => {
    expect(statesQuantity('angkatan ke-6', 6, 'cohorts')).toBe(true);
    expect(statesQuantity('batch kedua', 2, 'cohorts')).toBe(true);
    expect(statesQuantity('ke-6', 6, 'cohorts')).toBe(false);
    expect(statesQuantity('hari kedua', 2, 'cohorts')).toBe(false);
    expect(readNumbers('angkatan ke-6')[0]?.unit).toBe('angkatan');
  });

  it('keeps the text and offset of each number', () => {
    for (const r of readNumbers(WATER_2023_05)) {
      expect(WATER_2023_05.slice(r.index, r.index + r.text.length)).toBe(r.text);
    }
    expect(readNumbers(SECOND_2023).map((r) => [r.text, r.role, r.unit])).toEqual([
      ['kedua', 'ordinal', 'kali'],
      ['2023', 'year', undefined],
      ['25', 'people', 'ASN'],
    ]);
  });
});
