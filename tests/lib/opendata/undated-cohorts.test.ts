/**
 * The open data and structured data of a cohort whose training dates the
 * sources do not give: empty period cells, the year of its send-off (or
 * none), left out of the per-year table when nothing dates it, no startDate.
 */
import { describe, expect, it } from 'vitest';
import { educationEventLd, temporalCoverage } from '../../../src/lib/opendata/jsonld.ts';
import { participantsByYearThemeTable } from '../../../src/lib/opendata/tables/by-year-theme.ts';
import { cohortsTable } from '../../../src/lib/opendata/tables/cohorts.ts';
import { participantsTable } from '../../../src/lib/opendata/tables/participants.ts';
import { factValue } from '../../../src/lib/opendata/values.ts';
import type { Cohort } from '../../../src/schemas/cohort.ts';
import { WATER, inputWith, realCohort } from './fixtures.ts';

const base = realCohort(WATER).data;
const bySendoff: Cohort = { ...base, period: 'unknown', sendoff: { date: '2024-07' } };
const undated: Cohort = { ...base, period: 'unknown', status: 'announced' };
delete undated.sendoff;
const input = inputWith({ cohorts: { 'x-sendoff': bySendoff, 'x-undated': undated } });

describe('a cohort without training dates in open data', () => {
  it('leaves period_start and period_end empty, the undated last', () => {
    const rows = cohortsTable(input).rows;
    expect(rows.find((r) => r.id === 'x-sendoff')).toMatchObject({
      period_start: null,
      period_end: null,
      sendoff_date: '2024-07',
    });
    expect(rows.at(-1)?.id).toBe('x-undated');
    expect(rows.at(-2)?.id).toBe('x-sendoff');
  });

  it('counts it in the year of its send-off, or in no year', () => {
    const years = participantsTable(input).rows.filter((r) => String(r.cohort_id).startsWith('x-'));
    expect(years.map((r) => [r.cohort_id, r.year])).toEqual([
      ['x-sendoff', 2024],
      ['x-sendoff', 2024],
      ['x-undated', null],
      ['x-undated', null],
    ]);
    const cells = participantsByYearThemeTable(input).rows;
    const ids = cells.flatMap((r) => r.cohort_ids as string[]);
    expect(ids).toContain('x-sendoff');
    expect(ids).not.toContain('x-undated');
    expect(cells.every((r) => typeof r.year === 'number')).toBe(true);
  });

  it('records the published value of its period as unknown', () => {
    expect(factValue({ kind: 'cohort', data: undated }, 'period')).toBe('unknown');
  });

  it('gives its EducationEvent no startDate, and no date to the coverage', () => {
    const ctx = { site: input.site, vocabularies: input.vocabularies, articles: new Map() };
    const ld = educationEventLd({ id: 'x-undated', data: undated }, 'id', ctx);
    expect(ld).not.toHaveProperty('startDate');
    expect(ld).not.toHaveProperty('endDate');
    expect(temporalCoverage([{ id: 'x', data: undated }])).toBeUndefined();
  });
});
