import { describe, expect, it } from 'vitest';
import { cohortsTable } from '../../../../src/lib/opendata/tables/cohorts.ts';
import { correctionsTable } from '../../../../src/lib/opendata/tables/corrections.ts';
import { otherCityProfile } from '../../../fixtures/other-city/index.ts';
import { WATER, inputWith, realInput, waterWithCorrection } from '../fixtures.ts';

const input = realInput();

describe('correctionsTable', () => {
  it('is empty for the real content, with every column', () => {
    expect(correctionsTable(input).rows).toEqual([]);
  });
  it('lists a correction with the value the record holds now', () => {
    const rows = correctionsTable(inputWith({ cohorts: { [WATER]: waterWithCorrection() } })).rows;
    expect(rows).toEqual([
      expect.objectContaining({
        record_kind: 'cohort',
        record_id: WATER,
        date: '2023-06-02',
        field: 'participants.asn-kota-jambi',
        previous: '20',
        current: '25',
        reason_en: 'A typing error.',
        source_article: null,
      }),
    ]);
    const cohorts = cohortsTable(inputWith({ cohorts: { [WATER]: waterWithCorrection() } })).rows;
    expect(cohorts.find((r) => r.id === WATER)?.corrections).toBe(1);
  });
  it('gives its field column an example with the site’s own participant group', () => {
    const field = (i: typeof input) => correctionsTable(i).columns.find((c) => c.name === 'field');
    expect(field(input)?.description.en).toContain('participants.asn-kota-jambi');
    expect(field({ ...input, profile: otherCityProfile() })?.description.en).toContain(
      'participants.asn-teluk-rembulan',
    );
  });
});
