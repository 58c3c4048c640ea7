/** A cohort's display name: its theme and when it is, as far as the record says. */
import { describe, expect, it } from 'vitest';
import { cohortName } from '../../../src/lib/site/names.ts';
import { cohortData, term, vocabulary } from '../../helpers/records.ts';

const themes = vocabulary({
  'public-service': term({ label: { id: 'Pelayanan Publik', en: 'Public Service' } }),
});

describe('cohortName', () => {
  it('names the theme and the training period', () => {
    const d = cohortData({ period: { start: '2023-03-23', end: '2023-03-31' } });
    expect(cohortName(d, themes, 'id')).toBe('Pelayanan Publik — 23–31 Maret 2023');
  });
  it('names the send-off when the training dates are not given, else says they are not known', () => {
    const undated = cohortData({ status: 'announced', period: 'unknown' });
    expect(cohortName({ ...undated, sendoff: { date: '2024-07' } }, themes, 'id')).toBe(
      'Pelayanan Publik — pelepasan Juli 2024',
    );
    expect(cohortName({ ...undated, sendoff: { date: '2024-07' } }, themes, 'en')).toBe(
      'Public Service — send-off July 2024',
    );
    expect(cohortName(undated, themes, 'id')).toBe(
      'Pelayanan Publik — tanggal pelatihan belum diketahui',
    );
  });
});
