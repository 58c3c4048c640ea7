/** A date fact of year precision ("sejak 2016") is stated only by a year in the quote. */
import { describe, expect, it } from 'vitest';
import { quoteStates } from '../../../../src/lib/check/cross/quote-states.ts';
import type { Fact } from '../../../../src/lib/check/facts.ts';
import { loadContent } from '../../../../src/lib/content/load.ts';
import { PROJECT_ROOT } from '../../../helpers/corpus.ts';
import { SINCE_2016, TEN_COHORTS } from '../../text/indonesian/fixtures.ts';

const content = loadContent(PROJECT_ROOT);
const since = (value: string): Fact => ({ path: 'scope.since', check: { kind: 'date', value } });
const ctx = { year: 2023, month: 5 };

describe('quoteStates', () => {
  it.each<[string, string, boolean]>([
    [SINCE_2016, '2016', true],
    [SINCE_2016, '2015', false],
    // A real sentence edited: a count written with a thousands dot is not a year.
    [TEN_COHORTS.replace('10 angkatan', '2.016 orang'), '2016', false],
    [TEN_COHORTS, '2010', false],
  ])('a year-precision date: %s → %s', (quote, value, states) => {
    expect(quoteStates(since(value), quote, ctx, content)).toBe(states);
  });
});
