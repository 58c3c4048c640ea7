import { describe, expect, it } from 'vitest';
import { contextTable } from '../../../../src/lib/opendata/tables/context-events.ts';
import { realInput } from '../fixtures.ts';

const input = realInput();

describe('contextTable', () => {
  const rows = contextTable(input).rows;
  it('has one row per context event, oldest first, in both languages', () => {
    expect(rows.map((r) => r.id)).toEqual([
      '2015-08-kemnaker-singapore-polytechnic',
      '2022-09-penghargaan-kepegawaian',
    ]);
    for (const r of rows) {
      const e = input.context.find((x) => x.id === r.id);
      expect(r).toMatchObject({ title_id: e?.data.title.id, summary_en: e?.data.summary.en });
    }
  });
  it('points at the event on the timeline', () => {
    expect(rows[0]?.page_en).toMatch(/^https:\/\/jejak-scp\.id\/en\/.*#2015-08-kemnaker/);
  });
});
