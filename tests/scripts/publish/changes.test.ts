import { describe, expect, it } from 'vitest';
import { ledgerChanges } from '../../../scripts/publish/changes.ts';

const ledger = (cohorts: Record<string, Record<string, string>>) => ({
  version: 1 as const,
  cohorts,
  claims: {},
  context: {},
});

describe('ledgerChanges', () => {
  it('counts published, new and corrected records per kind', () => {
    const before = ledger({ a: { status: 'planned' }, b: { status: 'held' } });
    const after = ledger({ a: { status: 'held' }, b: { status: 'held' }, c: { status: 'held' } });
    expect(ledgerChanges(before, after)[0]).toBe(
      'angkatan: 3 terbit, 1 baru, 1 dikoreksi (cohorts: 3 published, 1 new, 1 corrected)',
    );
  });

  it('counts everything as new on the first publication', () => {
    expect(ledgerChanges(undefined, ledger({ a: {} }))[0]).toContain(
      '1 terbit, 1 baru, 0 dikoreksi',
    );
  });
});
