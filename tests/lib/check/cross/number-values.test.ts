/** Whether a quote states a number fact as what it measures, and what the number is when it does not. */
import { describe, expect, it } from 'vitest';
import { numberMisread, readNumberFact } from '../../../../src/lib/check/cross/number-values.ts';
import { claimFacts, cohortFacts, type FactCheck } from '../../../../src/lib/check/facts.ts';
import { loadContent } from '../../../../src/lib/content/load.ts';
import { normalizeText } from '../../../../src/lib/text/normalize.ts';
import { PROJECT_ROOT } from '../../../helpers/corpus.ts';
import {
  JULY_2019,
  MARCH_EARLY,
  RELEASE_2023_03,
  SCP_2019_02,
  SECOND_2023,
  STAFF,
  THREE_YEARS,
} from '../../text/indonesian/fixtures.ts';
import { KEMNAKER, PARTNERSHIP, WATER_2023_05 } from '../../text/indonesian/quantity-sentences.ts';

const content = loadContent(PROJECT_ROOT);
type NumberCheck = Extract<FactCheck, { kind: 'number' }>;

/** Every number fact of the real content with each quote that supports it. */
function realNumberFacts(): Array<[string, NumberCheck, string]> {
  const rows: Array<[string, NumberCheck, string]> = [];
  const records = [
    ...content.cohorts.map((c) => ({
      file: c.file,
      facts: cohortFacts(c.data),
      sources: c.data.sources,
    })),
    ...content.claims.map((c) => ({
      file: c.file,
      facts: claimFacts(c.data),
      sources: c.data.sources,
    })),
  ];
  for (const { file, facts, sources } of records) {
    for (const f of facts) {
      if (f.check.kind !== 'number') continue;
      for (const s of sources.filter((x) => x.supports.includes(f.path)))
        rows.push([`${file} ${f.path}`, f.check, s.quote]);
    }
  }
  return rows;
}

const asn = (value: number): NumberCheck => ({
  kind: 'number',
  value,
  measure: 'people',
  group: 'asn-kota-jambi',
});

describe('readNumberFact', () => {
  const real = realNumberFacts();

  it('finds the number facts of the real content', () => {
    expect(real.length).toBeGreaterThanOrEqual(20);
  });

  it.each(real)('states every number fact of the real content: %s', (_, check, quote) => {
    expect(readNumberFact(check, normalizeText(quote), content)).toEqual({ stated: true });
  });

  it.each<[string, number]>([
    [SCP_2019_02, 25],
    [MARCH_EARLY, 4],
    [SECOND_2023, 25],
    [JULY_2019, 25],
    [WATER_2023_05, 25],
    [RELEASE_2023_03, 25],
    [THREE_YEARS, 150],
  ])("counts the staff of the group's own government: %s", (quote, value) => {
    expect(readNumberFact(asn(value), quote, content).stated).toBe(true);
  });

  // Real sentences with the government edited: no seed counts another government's staff.
  it.each<[string, number, string]>([
    [SCP_2019_02.replace('Pemkot', 'Pemprov'), 25, 'Pemprov Jambi'],
    [MARCH_EARLY.replace('Kota Jambi', 'Kemnaker'), 4, 'Kemnaker'],
    [
      SECOND_2023.replace('Pemkot Jambi', 'Pemerintah Provinsi Jambi'),
      25,
      'Pemerintah Provinsi Jambi',
    ],
    [KEMNAKER.replace('kompetensi', 'kompetensi 25'), 25, 'Kementerian Ketenagakerjaan'],
    [STAFF.replace('orang stafnya', 'orang staf Pemkab Muaro Jambi'), 300, 'Pemkab Muaro Jambi'],
  ])("does not count another government's staff: %s", (quote, value, other) => {
    const verdict = readNumberFact(asn(value), quote, content);
    expect(verdict).toMatchObject({ stated: false, other: { text: other } });
  });

  it('binds no government to a group whose label names none', () => {
    const check: NumberCheck = {
      kind: 'number',
      value: 25,
      measure: 'people',
      group: 'perumdam-tirta-mayang',
    };
    expect(readNumberFact(check, SCP_2019_02.replace('Pemkot', 'Pemprov'), content).stated).toBe(
      true,
    );
  });
});

describe('numberMisread', () => {
  const misread = (check: NumberCheck, quote: string) =>
    numberMisread(check, readNumberFact(check, quote, content), 'value')?.message.id;

  it('says what the number in the quote is instead', () => {
    const people = (value: number): NumberCheck => ({ kind: 'number', value, measure: 'people' });
    expect(misread(people(2023), SECOND_2023)).toBe(
      'Angka 2023 dalam kutipan adalah tahun, bukan jumlah orang, untuk kolom value.',
    );
    expect(misread(people(10), PARTNERSHIP)).toBe(
      'Angka 10 dalam kutipan adalah lama waktu ("10 tahun"), bukan jumlah orang, untuk kolom value.',
    );
    expect(misread(people(2), SECOND_2023)).toBe(
      'Angka 2 dalam kutipan adalah bilangan urutan ("kedua"), bukan jumlah orang, untuk kolom value.',
    );
    expect(misread(people(40), STAFF.replace('300', '40,000'))).toBe(
      'Angka 40 dalam kutipan adalah bagian dari bilangan yang lebih besar ("40,000"), bukan jumlah orang, untuk kolom value.',
    );
  });

  it('is silent when the number is not in the quote at all, or is stated', () => {
    expect(misread({ kind: 'number', value: 26, measure: 'people' }, SCP_2019_02)).toBeUndefined();
    expect(misread({ kind: 'number', value: 25, measure: 'people' }, SCP_2019_02)).toBeUndefined();
  });
});
