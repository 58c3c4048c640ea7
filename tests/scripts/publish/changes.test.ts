import { describe, expect, it } from 'vitest';
import { ledgerChanges } from '../../../scripts/publish/changes.ts';

const ledger = (
  cohorts: Record<string, Record<string, string>>,
  renames?: Record<string, string>,
) => ({
  version: 1 as const,
  cohorts,
  claims: {},
  context: {},
  ...(renames ? { renames } : {}),
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

  it('reports a rename as a rename, not as a removal and an addition', () => {
    const before = ledger({ a: { status: 'held' }, b: { status: 'held' } });
    const after = ledger({ a2: { status: 'held' }, b: { status: 'held' } }, { a: 'a2' });
    expect(ledgerChanges(before, after)).toEqual([
      'angkatan: 2 terbit, 0 baru, 1 ganti nama, 0 dikoreksi (cohorts: 2 published, 0 new, 1 renamed, 0 corrected)',
      'klaim: 0 terbit, 0 baru, 0 dikoreksi (claims: 0 published, 0 new, 0 corrected)',
      'peristiwa konteks: 0 terbit, 0 baru, 0 dikoreksi (context events: 0 published, 0 new, 0 corrected)',
      'angkatan: ganti nama: a → a2 (cohorts: renamed: a → a2)',
    ]);
  });

  it('counts a renamed record whose values changed as corrected too', () => {
    const before = ledger({ a: { status: 'planned' } });
    const after = ledger({ a2: { status: 'held' } }, { a: 'a2' });
    expect(ledgerChanges(before, after)[0]).toContain('0 baru, 1 ganti nama, 1 dikoreksi');
  });

  it('reports a rename once: a redirect published before is not renamed again', () => {
    const before = ledger({ a2: { status: 'held' } }, { a: 'a2' });
    const after = ledger({ a2: { status: 'held' } }, { a: 'a2' });
    const lines = ledgerChanges(before, after);
    expect(lines[0]).toBe(
      'angkatan: 1 terbit, 0 baru, 0 dikoreksi (cohorts: 1 published, 0 new, 0 corrected)',
    );
    expect(lines).toHaveLength(3);
  });

  it('reports a record merged into a published one as renamed to it', () => {
    const before = ledger({ a: { status: 'held' }, b: { status: 'held' } });
    const lines = ledgerChanges(before, ledger({ b: { status: 'held' } }, { a: 'b' }));
    expect(lines[0]).toContain('1 terbit, 0 baru, 1 ganti nama, 0 dikoreksi');
    expect(lines[3]).toBe('angkatan: ganti nama: a → b (cohorts: renamed: a → b)');
  });

  it('reports each of two records merged into one', () => {
    const before = ledger({ a: {}, b: {} });
    const lines = ledgerChanges(before, ledger({ c: {} }, { a: 'c', b: 'c' }));
    expect(lines[0]).toContain('1 terbit, 0 baru, 2 ganti nama, 0 dikoreksi');
    expect(lines.slice(3)).toEqual([
      'angkatan: ganti nama: a → c (cohorts: renamed: a → c)',
      'angkatan: ganti nama: b → c (cohorts: renamed: b → c)',
    ]);
  });

  it('counts a record renamed before it was ever published as new', () => {
    const after = ledger({ a2: {} }, { a: 'a2' });
    expect(ledgerChanges(ledger({}), after)[0]).toContain('1 terbit, 1 baru, 0 dikoreksi');
  });

  it('counts published and new source articles on a line of their own, before the renames', () => {
    const before = { ...ledger({ a: {} }), articles: { 'old-article': 'x'.repeat(64) } };
    const after = {
      ...ledger({ b: {} }, { a: 'b' }),
      articles: { 'old-article': 'x'.repeat(64), 'new-article': 'y'.repeat(64) },
    };
    expect(ledgerChanges(before, after).slice(3)).toEqual([
      'artikel sumber: 2 terbit, 1 baru (source articles: 2 published, 1 new)',
      'angkatan: ganti nama: a → b (cohorts: renamed: a → b)',
    ]);
  });

  it('prints no articles line for a ledger that keeps no articles', () => {
    expect(ledgerChanges(undefined, ledger({ a: {} })).join('\n')).not.toContain('artikel');
  });
});
