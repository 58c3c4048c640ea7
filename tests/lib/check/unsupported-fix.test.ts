/** The fix of a fact no source supports says what the record may say instead, never to drop a required field. */
import { describe, expect, it } from 'vitest';
import { unsupportedFix } from '../../../src/lib/check/unsupported-fix.ts';
import { claimData, cohortData, group } from '../../helpers/records.ts';

const held = cohortData();
const planned = cohortData({ status: 'planned' });

describe('unsupportedFix', () => {
  it('offers period: unknown for a tentative cohort, and a tentative status for a held one', () => {
    expect(unsupportedFix('period', planned).id).toContain('tulis period: unknown');
    expect(unsupportedFix('period', held).id).toContain(
      'tulis status: announced (atau planned) dan period: unknown',
    );
  });

  it('offers count: unknown, and removing the group only when another remains', () => {
    const one = unsupportedFix('participants.asn-kota-jambi', held).id;
    expect(one).toContain('tulis count: unknown');
    expect(one).not.toContain('hapus');
    const two = cohortData({ participants: [group(25), group('unknown', 'bumd')] });
    expect(unsupportedFix('participants.bumd', two).id).toContain('hapus butirnya');
  });

  it('removes an optional field, or the optional part a required one is in', () => {
    expect(unsupportedFix('host', held).id).toContain('hapus kolom ini');
    expect(unsupportedFix('scope.since', claimData()).id).toContain('hapus kolom ini');
    expect(unsupportedFix('sendoff.date', held).id).toContain('hapus seluruh bagian sendoff');
  });

  it('never removes a required field', () => {
    for (const path of ['programme', 'theme', 'status', 'place', 'value', 'date', 'kind'])
      expect(unsupportedFix(path, held).id, path).not.toContain('hapus');
    expect(unsupportedFix('qualifier', claimData()).id).toContain('tulis qualifier: exact');
  });
});
