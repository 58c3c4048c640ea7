import { describe, expect, it } from 'vitest';
import { lastByKey, storeState } from '../../src/site-data/state.ts';

describe('storeState', () => {
  const a = { id: 'a', digest: '1' };
  const b = { id: 'b', digest: '2' };
  const cohorts = [a, b];

  it('is the same for the same entries and digests', () => {
    expect(storeState({ cohorts, site: [{ id: 'site', digest: 's' }] })).toBe(
      storeState({ site: [{ id: 'site', digest: 's' }], cohorts: [...cohorts] }),
    );
  });

  it('changes when an entry changes, vanishes, or moves to another collection', () => {
    const before = storeState({ cohorts, claims: [] });
    expect(storeState({ cohorts: [a, { id: 'b', digest: '3' }], claims: [] })).not.toBe(before);
    expect(storeState({ cohorts: [a], claims: [] })).not.toBe(before);
    expect(storeState({ cohorts: [a], claims: [b] })).not.toBe(before);
  });

  it('never repeats for entries stored without a digest', () => {
    const undigested = { cohorts: [{ id: 'a' }] };
    expect(storeState(undigested)).not.toBe(storeState(undigested));
  });
});

describe('lastByKey', () => {
  it('computes once per key and again when the key changes', () => {
    const get = lastByKey<{ n: number }>();
    let computed = 0;
    const compute = () => ({ n: ++computed });
    const first = get('state-1', compute);
    expect(get('state-1', compute)).toBe(first);
    const second = get('state-2', compute);
    expect(second).not.toBe(first);
    expect(second.n).toBe(2);
    expect(get('state-2', compute)).toBe(second);
    expect(computed).toBe(2);
  });
});
