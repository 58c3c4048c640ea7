import { describe, expect, it } from 'vitest';
import { reconcileClaims } from '../../../../src/lib/data/reconcile.ts';
import { claimsTable } from '../../../../src/lib/opendata/tables/claims.ts';
import { realInput } from '../fixtures.ts';

const input = realInput();

describe('claimsTable', () => {
  it('carries each claim with the reconciliation shown on the claim check', () => {
    const rows = claimsTable(input).rows;
    for (const r of reconcileClaims(input.claims, input.cohorts)) {
      expect(rows.find((row) => row.id === r.claim.id)).toMatchObject({
        value: r.claim.data.value,
        documented: r.documented,
        documented_with_planned: r.documentedWithPlanned,
        gap: r.gap,
        verdict: r.verdict,
        counted_cohorts: r.counted.map((c) => c.id),
        page_id: `https://jejak-scp.id/cek-klaim/#${r.claim.id}`,
      });
    }
  });
});
