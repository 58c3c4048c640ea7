import { describe, expect, it } from 'vitest';
import {
  articleKindLabel,
  cohortTotalLabel,
  countLabel,
  dateLabel,
  numberLabel,
  participantsLabel,
  periodLabel,
  statusLabel,
  termLabel,
  UNKNOWN,
  UNKNOWN_ID,
} from '../../../src/lib/site/format.ts';
import { group, term, vocabulary } from '../../helpers/records.ts';

const themes = vocabulary({
  'water-management': term({ label: { id: 'Pengelolaan Air', en: 'Water Management' } }),
});

const groups = vocabulary({
  'asn-kota-jambi': term({ label: { id: 'ASN Pemkot Jambi', en: 'Kota Jambi ASN' } }),
  'perumdam-tirta-mayang': term({
    label: { id: 'Manajemen Perumdam Tirta Mayang', en: 'Tirta Mayang management' },
  }),
});

describe('termLabel', () => {
  it('gives the label of a known term in each language', () => {
    expect(termLabel(themes, 'water-management', 'id')).toBe('Pengelolaan Air');
    expect(termLabel(themes, 'water-management', 'en')).toBe('Water Management');
  });
  it('falls back to the key for a missing term', () => {
    expect(termLabel(themes, 'smart-city', 'en')).toBe('smart-city');
  });
  it('reads unknown as "tidak diketahui" / "unknown"', () => {
    expect(termLabel(themes, 'unknown', 'id')).toBe(UNKNOWN_ID);
    expect(termLabel(themes, 'unknown', 'en')).toBe('unknown');
  });
});

describe('countLabel', () => {
  it('never turns unknown into 0', () => {
    expect(countLabel('unknown', 'id')).toBe('tidak diketahui');
    expect(countLabel('unknown', 'en')).toBe(UNKNOWN.en);
    expect(countLabel(25, 'id')).toBe('25');
  });
});

describe('numberLabel', () => {
  it('groups digits the way each language does', () => {
    expect(numberLabel(1250, 'id')).toBe('1.250');
    expect(numberLabel(1250, 'en')).toBe('1,250');
  });
});

describe('statusLabel', () => {
  it('labels each status in Indonesian', () => {
    expect(['held', 'planned', 'announced'].map((s) => statusLabel(s as never, 'id'))).toEqual([
      'terlaksana',
      'direncanakan',
      'diumumkan',
    ]);
  });
  it('labels each status in English', () => {
    expect(['held', 'planned', 'announced'].map((s) => statusLabel(s as never, 'en'))).toEqual([
      'held',
      'planned',
      'announced',
    ]);
  });
});

describe('articleKindLabel', () => {
  it('labels article kinds in both languages', () => {
    expect(articleKindLabel('press-release', 'id')).toBe('siaran pers');
    expect(articleKindLabel('republication', 'en')).toBe('republication');
  });
});

describe('dateLabel', () => {
  it('keeps the precision of the date in Indonesian', () => {
    expect(dateLabel('2023-03-23', 'id')).toBe('23 Maret 2023');
    expect(dateLabel('2023-03', 'id')).toBe('Maret 2023');
    expect(dateLabel('2023', 'id')).toBe('2023');
  });
  it('keeps the precision of the date in English', () => {
    expect(dateLabel('2023-03-23', 'en')).toBe('23 March 2023');
    expect(dateLabel('2019-07', 'en')).toBe('July 2019');
    expect(dateLabel('2016', 'en')).toBe('2016');
  });
  it('does not shift the day in any time zone', () => {
    expect(dateLabel('2023-01-01', 'id')).toBe('1 Januari 2023');
    expect(dateLabel('2023-12-31', 'en')).toBe('31 December 2023');
  });
  it('throws on a date that is not a partial date', () => {
    expect(() => dateLabel('2019-02-31', 'id')).toThrow(RangeError);
  });
});

describe('periodLabel', () => {
  it('shows a range once, or the start alone', () => {
    expect(periodLabel({ start: '2023-05-15', end: '2023-05-19' }, 'id')).toBe('15–19 Mei 2023');
    expect(periodLabel({ start: '2023-05-15', end: '2023-05-19' }, 'en')).toBe('15 – 19 May 2023');
    expect(periodLabel({ start: '2019-07' }, 'id')).toBe('Juli 2019');
    expect(periodLabel({ start: '2019-07', end: '2019-07' }, 'en')).toBe('July 2019');
  });
  it('says that the training dates are not yet known', () => {
    expect(periodLabel('unknown', 'id')).toBe('tanggal pelatihan belum diketahui');
    expect(periodLabel('unknown', 'en')).toBe('training dates not yet known');
  });
  it('spells out both ends across months and when precisions differ', () => {
    expect(periodLabel({ start: '2019-02-28', end: '2019-03-03' }, 'id')).toBe(
      '28 Februari – 3 Maret 2019',
    );
    expect(periodLabel({ start: '2023-05', end: '2023-06-02' }, 'id')).toBe(
      'Mei 2023 – 2 Juni 2023',
    );
  });
});

describe('participantsLabel', () => {
  it('adds the known groups', () => {
    expect(participantsLabel([group(25), group(4, 'perumdam-tirta-mayang')], groups, 'id')).toBe(
      '29',
    );
  });
  it('names groups of unknown size instead of counting them as 0', () => {
    const participants = [group(25), group('unknown', 'perumdam-tirta-mayang')];
    expect(participantsLabel(participants, groups, 'id')).toBe(
      '25 + Manajemen Perumdam Tirta Mayang yang jumlahnya tidak diketahui',
    );
    expect(participantsLabel(participants, groups, 'en')).toBe(
      '25 + Tirta Mayang management, number unknown',
    );
  });
  it('never shows 0 when no group is known', () => {
    expect(participantsLabel([group('unknown')], groups, 'id')).toBe(
      'ASN Pemkot Jambi yang jumlahnya tidak diketahui',
    );
  });
});

describe('cohortTotalLabel', () => {
  const label = (key: string) => ({ asn: 'ASN Kota Contoh', bumd: 'Manajemen BUMD' })[key] ?? key;
  const total = (known: number, unknownGroups: string[]) => ({
    known,
    unknownGroups,
    complete: unknownGroups.length === 0,
  });

  it('shows the sum when every count is known', () => {
    expect(cohortTotalLabel(total(1250, []), label, 'id')).toBe('1.250');
    expect(cohortTotalLabel(total(1250, []), label, 'en')).toBe('1,250');
  });

  it('shows a minimum and names the groups of unknown size', () => {
    expect(cohortTotalLabel(total(25, ['bumd']), label, 'id')).toBe(
      'sedikitnya 25 (+ Manajemen BUMD: jumlahnya tidak diketahui)',
    );
  });

  it('never shows "sedikitnya 0" when no count is known', () => {
    expect(cohortTotalLabel(total(0, ['asn']), label, 'id')).toBe(
      'jumlah tidak diketahui (ASN Kota Contoh)',
    );
    expect(cohortTotalLabel(total(0, ['asn', 'bumd']), label, 'en')).toBe(
      'number not known (ASN Kota Contoh, Manajemen BUMD)',
    );
  });
});
