/**
 * Numbers and dates as written in Indonesian news text, found so that a
 * checker can confirm that a cited value really occurs in a quoted passage,
 * as what it measures (a head-count, cohorts, years, a year).
 *
 * Everything here is pure: no I/O, no global state, no locale lookups.
 * Mentions carry the exact substring they were read from (`text`) and its
 * offset (`index`), so `input.slice(index, index + text.length) === text`.
 */
export {
  findDates,
  formatDateId,
  mentionsDate,
  mentionsPeriod,
  type DateContext,
  type DateMention,
  type PartialDate,
} from './indonesian/dates.ts';
export { MONTHS_ID } from './indonesian/months.ts';
export {
  findNumbers,
  mentionsNumber,
  mentionsOrdinal,
  type NumberMention,
} from './indonesian/numbers.ts';
export {
  readNumbers,
  statesQuantity,
  type Measure,
  type NumberReading,
  type NumberRole,
} from './indonesian/quantities.ts';
