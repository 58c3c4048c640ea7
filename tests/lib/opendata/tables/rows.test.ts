import { describe, expect, it } from 'vitest';
import { routes } from '../../../../src/lib/site/routes.ts';
import {
  bilingualCells,
  chronological,
  correctionCount,
  hasKnownCount,
  pageCells,
  participantCountCells,
  sourceArticles,
  table,
} from '../../../../src/lib/opendata/tables/rows.ts';
import { group, groupTerms } from '../../../helpers/records.ts';
import { SITE } from '../fixtures.ts';

describe('chronological', () => {
  it('orders by partial date, oldest first, then by id', () => {
    const records = [
      { id: 'b', date: '2023-03' },
      { id: 'a', date: '2023-03' },
      { id: 'c', date: '2019' },
    ];
    expect(chronological(records, (r) => r.date).map((r) => r.id)).toEqual(['c', 'a', 'b']);
    expect(records.map((r) => r.id)).toEqual(['b', 'a', 'c']);
  });
});

describe('participantCountCells', () => {
  it('gives the total only when complete', () => {
    expect(participantCountCells({ known: 25, complete: true }, true)).toEqual({
      participants: 25,
      participants_at_least: 25,
      count_known: true,
    });
    expect(participantCountCells({ known: 25, complete: false }, true)).toEqual({
      participants: null,
      participants_at_least: 25,
      count_known: false,
    });
  });
  it('never writes 0 when no count is known', () => {
    expect(participantCountCells({ known: 0, complete: false }, false)).toEqual({
      participants: null,
      participants_at_least: null,
      count_known: false,
    });
  });
});

describe('hasKnownCount', () => {
  it('is true when some group has a count', () => {
    const groups = groupTerms(['a', 'b']);
    expect(hasKnownCount({ participants: [group('unknown', 'a')] }, groups)).toBe(false);
    expect(hasKnownCount({ participants: [group('unknown', 'a'), group(3, 'b')] }, groups)).toBe(
      true,
    );
  });
  it('looks at the government’s own groups only', () => {
    const groups = groupTerms(['a'], { b: 'Pemerintah Provinsi Contoh' });
    expect(hasKnownCount({ participants: [group('unknown', 'a'), group(3, 'b')] }, groups)).toBe(
      false,
    );
  });
});

describe('cells', () => {
  it('give both page addresses', () => {
    expect(pageCells({ site: SITE }, routes.cohort, 'x')).toEqual({
      page_id: `${SITE}/angkatan/x/`,
      page_en: `${SITE}/en/cohorts/x/`,
    });
  });
  it('give both languages of a text, empty when there is none', () => {
    expect(bilingualCells('note', { id: 'a', en: 'b' })).toEqual({ note_id: 'a', note_en: 'b' });
    expect(bilingualCells('note', undefined)).toEqual({ note_id: null, note_en: null });
  });
  it('list each quoted article once and count corrections', () => {
    expect(sourceArticles([{ article: 'b' }, { article: 'a' }, { article: 'b' }])).toEqual([
      'b',
      'a',
    ]);
    expect(correctionCount({})).toBe(0);
    expect(correctionCount({ corrections: [1, 2] })).toBe(2);
  });
});

describe('table', () => {
  it('completes every row with every column', () => {
    const t = table(
      'cohorts',
      { id: 't', en: 't' },
      { id: 'd', en: 'd' },
      [
        { name: 'a', type: 'string', description: { id: 'a', en: 'a' } },
        { name: 'b', type: 'integer', description: { id: 'b', en: 'b' } },
      ],
      ['a'],
      [{ b: 1, a: 'x' }, { a: 'y' }],
    );
    expect(t.rows).toEqual([
      { a: 'x', b: 1 },
      { a: 'y', b: null },
    ]);
    expect(Object.keys(t.rows[0] ?? {})).toEqual(['a', 'b']);
  });
});
