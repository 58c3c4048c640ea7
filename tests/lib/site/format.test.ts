import { describe, expect, it } from 'vitest';
import {
  articleKindLabel,
  countLabel,
  dateLabel,
  numberLabel,
  periodLabel,
  statusLabel,
  termLabel,
  UNKNOWN,
  UNKNOWN_ID,
} from '../../../src/lib/site/format.ts';
import { term, vocabulary } from '../../helpers/records.ts';

const themes = vocabulary({
  'water-management': term({ label: { id: 'Pengelolaan Air', en: 'Water Management' } }),
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
  it('gives the same text on every call, whatever language and precision came before', () => {
    const calls = [
      ['2023-03-23', 'id', '23 Maret 2023'],
      ['2023-03', 'en', 'March 2023'],
      ['2023-03-23', 'en', '23 March 2023'],
      ['2023', 'id', '2023'],
      ['2023-03', 'id', 'Maret 2023'],
    ] as const;
    for (const round of [1, 2]) {
      const got = calls.map(([date, lang]) => dateLabel(date, lang));
      expect({ round, got }).toEqual({ round, got: calls.map((c) => c[2]) });
    }
    expect([numberLabel(1250, 'en'), numberLabel(1250, 'id')]).toEqual(['1,250', '1.250']);
  });
});

describe('periodLabel', () => {
  it('shows a range once, or the start alone', () => {
    expect(periodLabel({ start: '2023-05-15', end: '2023-05-19' }, 'id')).toBe('15–19 Mei 2023');
    expect(periodLabel({ start: '2023-05-15', end: '2023-05-19' }, 'en')).toBe('15–19 May 2023');
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
  it('closes the en dash between one-word ends and spaces it between ends with spaces', () => {
    for (const lang of ['id', 'en'] as const) {
      expect(periodLabel({ start: '2024-03-04', end: '2024-03-08' }, lang)).toMatch(/^4–8 /u);
      expect(periodLabel({ start: '2023-03', end: '2023-05' }, lang)).toMatch(
        /^Mar\w+–Mei|^March–May/u,
      );
      expect(periodLabel({ start: '2023', end: '2024' }, lang)).toBe('2023–2024');
    }
    expect(periodLabel({ start: '2024-03-04', end: '2024-03-08' }, 'en')).toBe('4–8 March 2024');
    expect(periodLabel({ start: '2024-03-28', end: '2024-04-02' }, 'en')).toBe(
      '28 March – 2 April 2024',
    );
    expect(periodLabel({ start: '2023-12-28', end: '2024-01-02' }, 'en')).toBe(
      '28 December 2023 – 2 January 2024',
    );
    expect(periodLabel({ start: '2023-12-28', end: '2024-01-02' }, 'id')).toBe(
      '28 Desember 2023 – 2 Januari 2024',
    );
  });
});
