import { describe, expect, it } from 'vitest';
import { CONTRAST_DATES, headlineContrast } from '../../../src/lib/data/contrast.ts';
import { reconcileClaims } from '../../../src/lib/data/reconcile.ts';
import type { Claim } from '../../../src/schemas/claim.ts';
import { claim, cohort, vocabularies } from '../../helpers/records.ts';

const COHORTS = [cohort('held', { period: { start: '2018-03' } })];
const reconcile = (claims: ReturnType<typeof claim>[]) =>
  reconcileClaims(claims, COHORTS, new Set(['singapore']), vocabularies()['participant-groups']);
const ids = (claims: ReturnType<typeof claim>[], max?: number) =>
  headlineContrast(reconcile(claims), max).map((r) => r.claim.id);

describe('headlineContrast', () => {
  it('keeps claims of a number of participants only, oldest first', () => {
    expect(
      ids([
        claim('b-people', { made_on: '2022-09-05', value: 250 }),
        claim('a-people', { made_on: '2019-02', value: 150 }),
        claim('cohorts', { made_on: '2020', metric: 'cohorts', value: 6 }),
        claim('start', { made_on: '2021', metric: 'programme-start-year', value: 2016 }),
      ]),
    ).toEqual(['a-people', 'b-people']);
  });

  it('keeps one claim per date: the one that says most', () => {
    const at = (id: string, value: number, qualifier: Claim['qualifier']) =>
      claim(id, { made_on: '2023-05-15', value, qualifier });
    expect(ids([at('a', 300, 'exact'), at('b', 300, 'more-than')])).toEqual(['b']);
    expect(ids([at('a', 300, 'more-than'), at('b', 300, 'exact')])).toEqual(['a']);
    expect(ids([at('a', 310, 'almost'), at('b', 300, 'more-than')])).toEqual(['a']);
    expect(ids([at('a', 300, 'up-to'), at('b', 300, 'about')])).toEqual(['b']);
  });

  it('keeps the latest dates only, at most CONTRAST_DATES by default', () => {
    const claims = ['2016', '2017', '2018', '2019', '2020'].map((y) =>
      claim(`c-${y}`, { made_on: y }),
    );
    expect(CONTRAST_DATES).toBe(3);
    expect(ids(claims)).toEqual(['c-2018', 'c-2019', 'c-2020']);
    expect(ids(claims, 1)).toEqual(['c-2020']);
    expect(ids(claims, 0)).toEqual([]);
  });

  it('returns the reconciliation itself, so no figure is computed twice', () => {
    const all = reconcile([claim('a', { made_on: '2019-02' })]);
    expect(headlineContrast(all)[0]).toBe(all[0]);
  });
});
