/**
 * A claim scoped "abroad" on the practice site of tests/fixtures/abroad: the
 * city "memberangkatkan hampir 60 ASN ke luar negeri"; the course it held at
 * home is a real cohort but is not counted, and the reconciliation says why.
 */
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../src/lib/check/index.ts';
import { loadContent } from '../../../src/lib/content/load.ts';
import { abroadPlaces } from '../../../src/lib/data/places.ts';
import { reconcileClaims } from '../../../src/lib/data/reconcile.ts';
import {
  ABROAD_CLAIM,
  ABROAD_COHORT,
  ABROAD_CONTENT,
  IN_CITY_COHORT,
} from '../../fixtures/abroad/index.ts';
import { PROJECT_ROOT } from '../../helpers/corpus.ts';

const content = loadContent(PROJECT_ROOT, ABROAD_CONTENT);
const country = content.profile?.data.city.country ?? '';
const abroad = abroadPlaces(content.vocabularies.places, country);
const groups = content.vocabularies['participant-groups'];
const [r] = reconcileClaims(content.claims, content.cohorts, abroad, groups);

describe('a claim scoped abroad (practice site)', () => {
  it('is valid content: the check passes', () => {
    expect(runCheck(PROJECT_ROOT, ABROAD_CONTENT).problems).toEqual([]);
    expect(r?.claim.id).toBe(ABROAD_CLAIM);
  });

  it('counts the cohort abroad and leaves out the one held in the city, saying why', () => {
    expect(r?.counted.map((c) => c.id)).toEqual([ABROAD_COHORT]);
    expect(r?.excluded.map((x) => [x.cohort.id, x.reason])).toEqual([[IN_CITY_COHORT, 'place']]);
    expect(r?.documented).toBe(25);
  });

  it('reads "hampir 60" against the cohorts abroad only', () => {
    // 25 abroad is not almost 60; with the 30 at home, 55 would have been.
    expect(r?.verdict).toBe('undocumented');
    expect(r?.gap).toBe(35);
  });

  it('would count the course at home under a claim that sets no place', () => {
    const claim = content.claims[0];
    if (!claim) throw new Error('no claim in the practice site');
    const scope = { ...claim.data.scope };
    delete scope.place;
    const [all] = reconcileClaims(
      [{ ...claim, data: { ...claim.data, scope } }],
      content.cohorts,
      abroad,
      groups,
    );
    expect(all?.documented).toBe(55);
    expect(all?.verdict).toBe('matches');
  });
});
