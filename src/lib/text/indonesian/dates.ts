/**
 * Dates and periods written in Indonesian news text: found with their exact
 * substring and offset, how a date not written in full was completed from
 * the publication date and the weekday written before it, checked against a
 * PartialDate ("does this passage state 2023-03-23, and by which
 * mentions?"), and a PartialDate written in Indonesian ("23 Maret 2023").
 */
import { isValidPartialDate } from '../../dates/partial-date.ts';
import type { DateContext, PartialDate, Reading } from './calendar.ts';
import { DATE_RULES } from './date-rules.ts';
import { MONTHS_ID } from './months.ts';
import { weekdayBefore, type WrittenWeekday } from './weekdays.ts';

export type { DateContext, PartialDate, Reading } from './calendar.ts';

/** A date or period written in the text. */
export interface DateMention {
  /** earliest date the mention denotes, as PartialDate */
  start: PartialDate;
  /** last date for a range ("23 hingga 31 Maret 2023" → 2023-03-31); equal to start for a single date */
  end: PartialDate;
  /** the date expression itself; parentheses, weekday names and cue words (tanggal, bulan, tahun) are left out */
  text: string;
  index: number;
  /** true when the year (or month) was not written and was taken from the context */
  inferred: boolean;
  /** how the context completed it, when it did (`inferred`) */
  reading?: Reading;
  /** the weekday written right before a single day ("Senin (15/10)"), whether or not it is the date's */
  weekday?: WrittenWeekday;
}

/** A built date as a mention, with its reading and the weekday written before a single day. */
function mention(
  built: { start: PartialDate; end: PartialDate; inferred: boolean; reading?: Reading },
  written: string,
  index: number,
  text: string,
): DateMention {
  const reading = built.reading ?? (built.inferred ? { kind: 'year' as const } : undefined);
  const weekday =
    built.start === built.end && built.start.length === 10 ? weekdayBefore(text, index) : undefined;
  return {
    ...built,
    text: written,
    index,
    ...(reading ? { reading } : {}),
    ...(weekday ? { weekday } : {}),
  };
}

/**
 * Every date, period and year written in the text, in order. Ranges ("23 hingga
 * 31 Maret 2023", "17 s.d. 23 Februari 2019", "28 Februari hingga 3 Maret 2019",
 * "Maret hingga Mei 2023", "2016-2019"), single dates ("Rabu, 19 Agustus 2015",
 * "(18/08/2015)", "05-09-2022", "2022-09-05"), press shorthand "(21/3)", months
 * ("Maret 2023", "bulan Juli mendatang") and years ("tahun 2016"). A missing
 * year is taken from `ctx` (inferred); without `ctx.year` such mentions are
 * dropped. A cue word after a date without its year ("1 Juli mendatang",
 * "Juli lalu") needs `ctx.month`, and a day word ("kemarin") `ctx.day`.
 * Invalid dates ("31 Februari 2019") yield nothing.
 */
export function findDates(text: string, ctx?: DateContext): DateMention[] {
  const claimed: Array<readonly [number, number]> = [];
  const found: DateMention[] = [];
  for (const rule of DATE_RULES) {
    const re = new RegExp(rule.re);
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      const overlaps = claimed.some(([s, e]) => start < e && s < end);
      const built = overlaps ? undefined : rule.build(m, text, ctx);
      if (built === undefined) {
        re.lastIndex = start + 1;
        continue;
      }
      claimed.push([start, end]);
      if (built !== null) found.push(mention(built, m[0], start, text));
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The date itself when it is a valid PartialDate; throws RangeError otherwise. */
function checkedDate(date: PartialDate): PartialDate {
  if (!isValidPartialDate(date))
    throw new RangeError(`Not a partial date: ${JSON.stringify(date)}`);
  return date;
}

/** Whether the mention's date `d` falls on `target`, read at the target's precision. */
function fallsOn(d: PartialDate, target: PartialDate): boolean {
  return d.length >= target.length && d.slice(0, target.length) === target;
}

/** A year must be written to count: a year taken from the context states nothing. */
function counts(m: DateMention, target: PartialDate): boolean {
  return !(m.inferred && target.length === 4);
}

/**
 * Does the text state this date (a day, or a month-precision date such as "2019-07").
 * A day is stated by a mention starting or ending on it ("23 hingga 31 Maret 2023"
 * states 2023-03-23 and 2023-03-31, not 2023-03-25); a month by a mention of it or
 * of a day in it; a year by any mention in it whose year is written.
 * Throws RangeError when `date` is not a valid PartialDate.
 */
export function mentionsDate(text: string, date: PartialDate, ctx?: DateContext): boolean {
  return datesStating(text, date, ctx).length > 0;
}

/** The mentions by which the text states this date (see `mentionsDate`). */
export function datesStating(text: string, date: PartialDate, ctx?: DateContext): DateMention[] {
  const target = checkedDate(date);
  return findDates(text, ctx).filter(
    (m) => counts(m, target) && (fallsOn(m.start, target) || fallsOn(m.end, target)),
  );
}

/**
 * Does the text state this period: a range whose start and end equal the given ones,
 * or for month precision a month mention. Each bound is compared at its own
 * precision, so "2023-03".."2023-04" is stated by "28 Maret hingga 2 April 2023".
 * When `end` is undefined or equals `start`, this is `mentionsDate(text, start, ctx)`.
 * Throws RangeError when a bound is not a valid PartialDate.
 */
export function mentionsPeriod(
  text: string,
  start: PartialDate,
  end: PartialDate | undefined,
  ctx?: DateContext,
): boolean {
  return periodsStating(text, start, end, ctx).length > 0;
}

/** The mentions by which the text states this period (see `mentionsPeriod`). */
export function periodsStating(
  text: string,
  start: PartialDate,
  end: PartialDate | undefined,
  ctx?: DateContext,
): DateMention[] {
  if (end === undefined || end === start) return datesStating(text, start, ctx);
  const from = checkedDate(start);
  const to = checkedDate(end);
  return findDates(text, ctx).filter(
    (m) =>
      m.start !== m.end &&
      counts(m, from) &&
      counts(m, to) &&
      fallsOn(m.start, from) &&
      fallsOn(m.end, to),
  );
}

/** A PartialDate in Indonesian: "23 Maret 2023", "Maret 2023", "2023". Throws RangeError when invalid. */
export function formatDateId(date: PartialDate): string {
  const [year = '', month, day] = checkedDate(date).split('-');
  if (month === undefined) return year;
  const name = MONTHS_ID[Number(month) - 1] ?? month;
  return day === undefined ? `${name} ${year}` : `${Number(day)} ${name} ${year}`;
}

/**
 * The words of a mention as a reader would cite them: with the weekday
 * written before it, the bracket that closes a shorthand and the cue word
 * after it ("Senin (15/10)", "Jumat malam (12/5)", "1 Juli mendatang").
 */
export function mentionWords(text: string, m: DateMention): string {
  let from = m.weekday?.index ?? m.index;
  let to = m.index + m.text.length;
  const open = /\(\s*$/u.exec(text.slice(Math.max(0, m.index - 3), m.index));
  const close = /^\s*\)/u.exec(text.slice(to));
  if (open && close) {
    if (!m.weekday) from = m.index - open[0].length;
    to += close[0].length;
  }
  const words = text.slice(from, to);
  const r = m.reading;
  return r?.kind === 'after' || r?.kind === 'before' ? `${words} ${r.cue}` : words;
}
