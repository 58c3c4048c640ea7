/**
 * A weekday with a relative word and no date ("Senin besok", "Jumat depan",
 * "Minggu lalu", "Kamis malam kemarin"), read from the publication day: a
 * word pointing ahead ("besok", "depan", "mendatang", "nanti", "yang akan
 * datang") is the first such weekday after it, a word pointing back
 * ("lalu", "kemarin", "silam", "yang lalu") the last such weekday before it.
 * The reading is kept as days from the publication day, as for "kemarin".
 * A weekday is read with a capital first letter: "minggu lalu" is last week.
 * Without the publication day the expression is claimed but not dated.
 */
import type { DateRule } from './date-rules.ts';
import { publicationDay, shiftDays } from './relative.ts';
import { weekdayNamed, weekdayOf } from './weekdays.ts';

const AHEAD = new Set(['besok', 'depan', 'mendatang', 'nanti', 'yang akan datang']);
const BACK = new Set(['lalu', 'kemarin', 'silam', 'yang lalu']);

/** Days from the publication day's weekday `from` to the next (`ahead`) or last such `to`. */
export function daysToWeekday(from: number, to: number, ahead: boolean): number {
  const forward = (((to - from) % 7) + 7) % 7 || 7;
  return ahead ? forward : forward - 7 || -7;
}

export const WEEKDAY_RELATIVE: DateRule = {
  re: /(?<!\p{L})(Senin|Selasa|Rabu|Kamis|Jum['’]?at|Sabtu|Minggu|Ahad)(?:\s+(?:pagi|siang|sore|malam|petang))?\s+(besok|depan|mendatang|nanti|yang\s+akan\s+datang|yang\s+lalu|lalu|kemarin|silam)(?!\p{L})/gu,
  build: (m, _text, ctx) => {
    const day = weekdayNamed(m[1] ?? '');
    const cue = (m[2] ?? '').replace(/\s+/gu, ' ');
    if (day === undefined || (!AHEAD.has(cue) && !BACK.has(cue))) return undefined;
    const published = publicationDay(ctx);
    if (published === undefined) return null;
    const days = daysToWeekday(weekdayOf(published), day, AHEAD.has(cue));
    const date = shiftDays(published, days);
    return { start: date, end: date, inferred: true, reading: { kind: 'days', days } };
  },
};
