/**
 * The dates a text writes relative to its article that the publication
 * date, as far as it is known, cannot complete: "kemarin" when the date is
 * known only to the month, "Juli lalu" when only the year is known, "(15/10)"
 * when not even the year is. Each is found by reading the text again with a
 * publication date known to the year, the month and the day in turn; the
 * first precision that completes it is the one it needs.
 */
import type { DateContext } from './calendar.ts';
import { findDates, mentionWords } from './dates.ts';

export type NeededPrecision = 'year' | 'month' | 'day';

/** A date the text writes that the context cannot complete, and the precision it needs. */
export interface UnreadDate {
  /** the words as written ("kemarin", "Senin (15/10)", "Juli lalu") */
  words: string;
  index: number;
  needs: NeededPrecision;
}

/** Publication dates known to each precision; any real date serves, only what is known matters. */
const PROBES: readonly [NeededPrecision, DateContext][] = [
  ['year', { year: 2000 }],
  ['month', { year: 2000, month: 6 }],
  ['day', { year: 2000, month: 6, day: 15 }],
];

/** The dates in `text` that `ctx` cannot complete, in text order. */
export function unreadDates(text: string, ctx: DateContext | undefined): UnreadDate[] {
  const read = new Set(findDates(text, ctx).map((m) => m.index));
  const unread = new Map<number, UnreadDate>();
  for (const [needs, probe] of PROBES) {
    for (const m of findDates(text, probe)) {
      if (read.has(m.index) || unread.has(m.index)) continue;
      unread.set(m.index, { words: mentionWords(text, m), index: m.index, needs });
    }
  }
  return [...unread.values()].sort((a, b) => a.index - b.index);
}
