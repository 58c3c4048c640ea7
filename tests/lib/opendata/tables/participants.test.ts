import { describe, expect, it } from 'vitest';
import { participantsTable } from '../../../../src/lib/opendata/tables/participants.ts';
import { otherCityProfile } from '../../../fixtures/other-city/index.ts';
import { WATER, realInput } from '../fixtures.ts';

const input = realInput();

describe('participantsTable', () => {
  it('has one row per cohort and group; an unknown count is empty with count_known false', () => {
    const rows = participantsTable(input).rows;
    expect(rows).toHaveLength(input.cohorts.reduce((n, c) => n + c.data.participants.length, 0));
    expect(rows.find((r) => r.group === 'perumdam-tirta-mayang')).toEqual({
      cohort_id: WATER,
      group: 'perumdam-tirta-mayang',
      count: null,
      count_known: false,
      own: false,
      body_id: 'Perumdam Tirta Mayang, perusahaan daerah milik Pemkot Jambi',
      body_en: 'Perumdam Tirta Mayang, a company owned by the city',
      status: 'planned',
      year: 2023,
    });
  });

  it('names the government as the body of its own groups, so every total can be recomputed', () => {
    const rows = participantsTable(input).rows;
    expect(rows.find((r) => r.cohort_id === WATER && r.group === 'asn-kota-jambi')).toMatchObject({
      count: 25,
      own: true,
      body_id: 'Pemerintah Kota Jambi',
      body_en: 'Kota Jambi city government',
    });
  });

  it('gives the site profile’s example groups in its description', () => {
    expect(participantsTable(input).description.id).toContain(
      '(mis. ASN Pemkot Jambi, manajemen Perumdam Tirta Mayang)',
    );
    const other = participantsTable({ ...input, profile: otherCityProfile() }).description;
    expect(other.en).toContain('(e.g. Teluk Rembulan civil servants)');
  });
});
