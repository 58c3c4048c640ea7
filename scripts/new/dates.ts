/**
 * Dates as an editor types them — "7 Juni 2024", "15/10/2018", "Senin 15
 * Oktober 2018", "7-6-2024", "2024-06-07", "Juni 2024", "2024" — read with
 * the same Indonesian date reader the check uses (src/lib/text/indonesian),
 * into a partial date (2024-06-07, 2024-06, 2024), or a period when a range
 * is allowed ("10 hingga 14 Juni 2024"). With the article's publication
 * date, a date written as the article writes it is read too: "(15/10)",
 * "kemarin", "1 Juli mendatang". A weekday typed with the date must be the
 * date's own. The reading is said back in words and as stored, with how a
 * relative date was counted.
 */
import { readingReason } from '../../src/lib/check/date-readings.ts';
import type { Bilingual } from '../../src/lib/check/problem.ts';
import { isValidPartialDate, precisionOf } from '../../src/lib/dates/partial-date.ts';
import {
  findDates,
  formatDateId,
  type DateContext,
  type DateMention,
} from '../../src/lib/text/indonesian.ts';
import { mentionWords } from '../../src/lib/text/indonesian/dates.ts';
import {
  WEEKDAYS_EN,
  WEEKDAYS_ID,
  weekdayNamed,
  weekdayOf as dayOfWeek,
} from '../../src/lib/text/indonesian/weekdays.ts';

const LEADING_WEEKDAY =
  /^(minggu|senin|selasa|rabu|kamis|jum['’]?at|sabtu|ahad)\b(?:\s+(?:pagi|siang|sore|malam|petang))?[\s,]*/iu;

/** A date read from an answer: `start` (and `end` for a range), and how it was read. */
export interface ReadDate {
  start: string;
  end?: string;
  /** "Jumat, 7 Juni 2024 (2024-06-07)". */
  shown: string;
}

export type DateReading = { ok: true; value: ReadDate } | { ok: false; problem: Bilingual };

/** The weekday of a day-precision date, in Indonesian. */
export function weekdayOf(date: string): string {
  return WEEKDAYS_ID[dayOfWeek(date)] ?? '';
}

/** One date in words: "Jumat, 7 Juni 2024" for a day, "Juni 2024" for a month. */
function inWords(date: string): string {
  const precision = precisionOf(date);
  if (precision === 'year') return `tahun ${date}`;
  return precision === 'day' ? `${weekdayOf(date)}, ${formatDateId(date)}` : formatDateId(date);
}

/** The date in words and as stored, with how a date written relative to the article was read. */
function shownAs(start: string, end: string | undefined, how?: string): string {
  const note = how === undefined ? '' : `; ${how}`;
  if (end === undefined || end === start) return `${inWords(start)} (${start}${note})`;
  return `${inWords(start)} – ${inWords(end)} (${start} – ${end}${note})`;
}

/** How a mention was read from the publication date, when a day word or cue word decided it. */
function howRead(m: DateMention, ctx: DateContext | undefined): string | undefined {
  if (m.reading === undefined || m.reading.kind === 'year' || ctx === undefined) return undefined;
  return readingReason(m, ctx)?.id;
}

/** "15/10" typed alone is the press shorthand "(15/10)". */
function asShorthand(typed: string): string {
  return /^\d{1,2}\s*\/\s*\d{1,2}$/u.test(typed) ? `(${typed})` : typed;
}

const refuse = (answer: string, id: string, en: string): DateReading => ({
  ok: false,
  problem: { id: `"${answer}": ${id}`, en: `"${answer}": ${en}` },
});

/**
 * Read a typed date. `ctx` (the article's publication date) completes a date
 * typed without its year ("7 Juni", "(15/10)") or relative to the article
 * ("kemarin", "1 Juli mendatang"), and the reading is said back; `range`
 * accepts a period.
 */
export function readDate(
  answer: string,
  opts: { ctx?: DateContext; range?: boolean } = {},
): DateReading {
  const typed = answer.trim().replace(/\.$/u, '');
  const weekday = LEADING_WEEKDAY.exec(typed);
  const rest = asShorthand(
    typed
      .slice(weekday?.[0].length ?? 0)
      .replace(/^(?:tanggal|tgl\.?)\s+/iu, '')
      .trim(),
  );
  let start: string | undefined;
  let end: string | undefined;
  let how: string | undefined;
  if (/^\d{4}(?:-\d{2}){0,2}$/u.test(rest)) {
    if (isValidPartialDate(rest)) start = rest;
  } else {
    const found = findDates(rest, opts.ctx);
    const [m] = found;
    if (found.length === 1 && m && mentionWords(rest, m) === rest) {
      start = m.start;
      if (m.end !== m.start) end = m.end;
      how = howRead(m, opts.ctx);
    }
  }
  if (start === undefined)
    return refuse(
      answer,
      'tanggal ini tidak terbaca. Tulis mis. 7 Juni 2024, 7/6/2024, 2024-06-07, atau Juni 2024 bila hanya bulannya diketahui.',
      'this date cannot be read. Write e.g. 7 Juni 2024, 7/6/2024, 2024-06-07, or Juni 2024 when only the month is known.',
    );
  if (end !== undefined && !opts.range)
    return refuse(
      answer,
      'di sini hanya satu tanggal, bukan rentang.',
      'only one date here, not a range.',
    );
  if (weekday) {
    const said = weekdayNamed(weekday[1] ?? '');
    if (precisionOf(start) !== 'day' || end !== undefined)
      return refuse(
        answer,
        'nama hari hanya untuk satu tanggal lengkap.',
        'a weekday goes only with one full date.',
      );
    const actual = dayOfWeek(start);
    if (said !== undefined && said !== actual)
      return refuse(
        answer,
        `${formatDateId(start)} jatuh pada hari ${WEEKDAYS_ID[actual]}, bukan ${WEEKDAYS_ID[said]}. Periksa tanggal atau harinya.`,
        `${start} is a ${WEEKDAYS_EN[actual]}, not a ${WEEKDAYS_EN[said]}. Check the date or the weekday.`,
      );
  }
  return { ok: true, value: { start, ...(end ? { end } : {}), shown: shownAs(start, end, how) } };
}
