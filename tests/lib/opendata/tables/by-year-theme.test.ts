import { describe, expect, it } from 'vitest';
import { headlineFigures } from '../../../../src/lib/data/figures.ts';
import { participantsByYearThemeTable } from '../../../../src/lib/opendata/tables/by-year-theme.ts';
import { inputWith, realInput } from '../fixtures.ts';

const input = realInput();

describe('participantsByYearThemeTable', () => {
  const rows = participantsByYearThemeTable(input).rows;
  it('keeps held, planned and announced cohorts in separate rows', () => {
    const public2019 = rows.filter((r) => r.year === 2019 && r.theme === 'public-service');
    expect(public2019).toEqual([
      expect.objectContaining({ status: 'announced', cohorts: 1, participants: 25 }),
    ]);
    const held = rows.filter((r) => r.status === 'held');
    const known = held.reduce((n, r) => n + Number(r.participants_at_least ?? 0), 0);
    expect(known).toBe(
      headlineFigures(input.cohorts, input.vocabularies['participant-groups']).participantsKnown,
    );
  });
  it('counts every cohort exactly once', () => {
    const ids = rows.flatMap((r) => r.cohort_ids as string[]).sort();
    expect(ids).toEqual(input.cohorts.map((c) => c.id).sort());
  });
  it('flags a cell with a group of unknown size', () => {
    // As if the water company's managers were the city's own: a group of unknown size.
    const own = participantsByYearThemeTable(inputWith({ ownGroups: ['perumdam-tirta-mayang'] }));
    expect(own.rows.find((r) => r.theme === 'water-management')).toMatchObject({
      participants: null,
      participants_at_least: 25,
      count_known: false,
    });
  });
  it('counts the government’s own people only: the water company’s managers are left out', () => {
    expect(rows.find((r) => r.theme === 'water-management')).toMatchObject({
      participants: 25,
      participants_at_least: 25,
      count_known: true,
    });
  });
});
