import { describe, expect, it } from 'vitest';
import { participantTotal } from '../../../../src/lib/data/participants.ts';
import { cohortsTable } from '../../../../src/lib/opendata/tables/cohorts.ts';
import type { Row } from '../../../../src/lib/opendata/table.ts';
import { group } from '../../../helpers/records.ts';
import { WATER, inputWith, realCohort, realInput } from '../fixtures.ts';

const input = realInput();
const byKey = (rows: readonly Row[], key: string, value: string) =>
  rows.find((r) => r[key] === value);

describe('cohortsTable', () => {
  const rows = cohortsTable(input).rows;
  it('has one row per cohort, oldest first', () => {
    expect(rows.map((r) => r.id)).toEqual([
      '2019-02-smart-city-cybersecurity',
      '2019-07-public-service',
      '2023-03-digital-transformation-temasek',
      '2023-03-public-service',
      WATER,
    ]);
  });
  it('leaves an unknown total empty and flags it, keeping the known minimum', () => {
    // As if the water company's managers were the city's own: a group of unknown size.
    const own = cohortsTable(inputWith({ ownGroups: ['perumdam-tirta-mayang'] })).rows;
    expect(byKey(own, 'id', WATER)).toMatchObject({
      participants: null,
      participants_at_least: 25,
      count_known: false,
      unknown_groups: ['perumdam-tirta-mayang'],
      status: 'planned',
    });
    expect(byKey(rows, 'id', '2023-03-public-service')).toMatchObject({
      participants: 25,
      participants_at_least: 25,
      count_known: true,
      unknown_groups: [],
    });
  });
  it('never writes 0 for a cohort whose every count is unknown', () => {
    const cohort = realCohort(WATER).data;
    cohort.participants = [group('unknown', 'perumdam-tirta-mayang')];
    const changed = inputWith({
      cohorts: { [WATER]: cohort },
      ownGroups: ['perumdam-tirta-mayang'],
    });
    const row = byKey(cohortsTable(changed).rows, 'id', WATER);
    expect(row).toMatchObject({
      participants: null,
      participants_at_least: null,
      count_known: false,
    });
  });
  it('counts the government’s own groups only and lists the groups of other bodies', () => {
    expect(byKey(rows, 'id', WATER)).toMatchObject({
      participants: 25,
      participants_at_least: 25,
      count_known: true,
      unknown_groups: [],
      other_groups: ['perumdam-tirta-mayang'],
    });
    expect(byKey(rows, 'id', '2023-03-public-service')).toMatchObject({ other_groups: [] });
  });
  it('gives page addresses in both languages', () => {
    expect(byKey(rows, 'id', WATER)).toMatchObject({
      page_id: `https://jejak-scp.id/angkatan/${WATER}/`,
      page_en: `https://jejak-scp.id/en/cohorts/${WATER}/`,
    });
  });
});

describe('participant totals in the data files', () => {
  it('agree with participantTotal for every cohort', () => {
    const rows = cohortsTable(input).rows;
    for (const c of input.cohorts) {
      const t = participantTotal(c.data, input.vocabularies['participant-groups']);
      expect(byKey(rows, 'id', c.id)).toMatchObject({
        participants: t.complete ? t.known : null,
        count_known: t.complete,
      });
    }
  });
});
