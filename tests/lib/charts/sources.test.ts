import { describe, expect, it } from 'vitest';
import { CHART_IDS } from '../../../src/lib/charts/models.ts';
import { chartRecords } from '../../../src/lib/charts/sources.ts';
import { claim, cohort } from '../../helpers/records.ts';

const input = {
  cohorts: [cohort('held'), cohort('planned', { status: 'planned' })],
  claims: [claim('c')],
};
const drawn = (id: (typeof CHART_IDS)[number]) => chartRecords(id, input).map((r) => r.id);

describe('chartRecords', () => {
  it('gives the cohort charts every cohort, planned ones included', () => {
    for (const id of CHART_IDS.filter((c) => c !== 'claims-vs-record'))
      expect(drawn(id), id).toEqual(['held', 'planned']);
  });

  it('gives the claims chart every claim and the held cohorts', () => {
    expect(drawn('claims-vs-record')).toEqual(['c', 'held']);
  });
});
