/**
 * The forms a date takes in Indonesian news text, each a pattern and the way
 * its match becomes dates: day ranges ("23 hingga 31 Maret 2023", "17 s.d. 23
 * Februari 2019"), ISO and numeric dates, the press shorthand "(21/3)", a day
 * and month, month ranges, a month and year, year ranges, a month alone after
 * a cue word ("bulan Juli mendatang"), a bare year, a weekday with a
 * relative word ("Senin besok", ./weekday-relative.ts) and the day words
 * ("hari ini", "kemarin"). A day or month without its year followed by a cue word
 * ("1 Juli mendatang", "Juli lalu") is read toward it (./relative.ts). The
 * order of the rules is their strength.
 */
import { dateOf, inferYear, type DateContext, type PartialDate, type Reading } from './calendar.ts';
import { MONTHS_ID, MONTH_NAME, monthOf } from './months.ts';
import {
  DAY_WORD,
  cueAfter,
  dayWordOffset,
  publicationDay,
  shiftDays,
  yearToward,
} from './relative.ts';
import { WEEKDAY_RELATIVE } from './weekday-relative.ts';

/** Month name, abbreviation or English name: one capture group. */
const MONTH = `(?<!\\p{L})(${MONTH_NAME})(?!\\p{L})`;
const DAY = String.raw`(?<![\p{L}\p{N}])(\d{1,2})`;
const YEAR = String.raw`(\d{4})(?!\p{N})`;
const SEP = String.raw`\s*(?:-|–|—|s\.?\s?d\.?|s\s?/\s?d|sampai\s+dengan|sampai|hingga|until|to)\s*(?:(?:tanggal|tgl\.?)\s+)?`;
const BARE_YEAR_START = String.raw`(?<![\p{L}\p{N}.,/-])`;
const BARE_YEAR_END = String.raw`(?!\p{N}|[.,]\d)`;

/** Words before a month name alone that make it a date ("bulan Juli", "awal Maret"). */
const CUE_BEFORE =
  /(?:^|[^\p{L}])(?:bulan|pada|sejak|awal|akhir|pertengahan|medio|hingga|sampai|mulai|menjelang|jelang|selama|sepanjang|sebelum|setelah|sesudah|usai|periode)\s+$/iu;
/** The dates a rule reads from one match. */
export interface Built {
  start: PartialDate;
  end: PartialDate;
  inferred: boolean;
  /** How a date not written in full was completed (a year alone inferred: `year`). */
  reading?: Reading;
}

/**
 * A date pattern. `build` returns the dates, `null` for a date-like expression
 * that is invalid or cannot be dated (its span is still claimed, so that no
 * weaker pattern reads a part of it), or `undefined` when it is no date at all.
 */
export interface DateRule {
  re: RegExp;
  build: (
    m: RegExpExecArray,
    text: string,
    ctx: DateContext | undefined,
  ) => Built | null | undefined;
}

function num(s: string | undefined): number | undefined {
  return s === undefined ? undefined : Number(s);
}

function single(date: PartialDate | undefined, inferred: boolean): Built | null {
  return date === undefined ? null : { start: date, end: date, inferred };
}

function range(
  start: PartialDate | undefined,
  end: PartialDate | undefined,
  inferred: boolean,
): Built | null {
  if (start === undefined || end === undefined || end < start) return null;
  return { start, end, inferred };
}

interface MonthYear {
  month: number;
  year: number;
  inferred: boolean;
  reading?: Reading;
}

/**
 * The month a match names and its year: the one written, else the one a cue
 * word after the match points to (toward `day` when given), else the nearest
 * one the context gives.
 */
function monthAndYear(
  m: RegExpExecArray,
  text: string,
  [name, writtenYear, day]: [string | undefined, string | undefined, number | undefined],
  ctx: DateContext | undefined,
): MonthYear | undefined {
  const month = monthOf(name);
  if (month === undefined) return undefined;
  const written = num(writtenYear);
  if (written !== undefined) return { month, year: written, inferred: false };
  const cue = cueAfter(text, m.index + m[0].length);
  if (cue?.dir === undefined) {
    const year = inferYear(month, ctx);
    return year === undefined ? undefined : { month, year, inferred: true };
  }
  const year = yearToward(month, day, ctx, cue.dir);
  const kind = cue.dir === 'past' ? 'before' : 'after';
  return year === undefined
    ? undefined
    : { month, year, inferred: true, reading: { kind, cue: cue.words } };
}

/** Day range across two months: "28 Februari hingga 3 Maret 2019". */
function dayRangeTwoMonths(
  m: RegExpExecArray,
  _t: string,
  ctx: DateContext | undefined,
): Built | null {
  const [d1, m1, y1, d2, m2, y2] = [
    num(m[1]),
    monthOf(m[2]),
    num(m[3]),
    num(m[4]),
    monthOf(m[5]),
    num(m[6]),
  ];
  if (m1 === undefined || m2 === undefined) return null;
  const wrap = m2 < m1 ? 1 : 0;
  let start = y1;
  let end = y2;
  const inferred = start === undefined && end === undefined;
  if (start === undefined && end === undefined) {
    start = inferYear(m1, ctx);
    if (start === undefined) return null;
  }
  start ??= (end ?? 0) - wrap;
  end ??= start + wrap;
  return range(dateOf(start, m1, d1), dateOf(end, m2, d2), inferred);
}

/** The built dates with the reading of their year, if any. */
function withReading(built: Built | null, my: MonthYear): Built | null {
  return built && my.reading ? { ...built, reading: my.reading } : built;
}

/** Day range within one month: "15 hingga 19 Mei 2023", "17-23 Februari 2019". */
function dayRangeOneMonth(
  m: RegExpExecArray,
  text: string,
  ctx: DateContext | undefined,
): Built | null {
  const my = monthAndYear(m, text, [m[3], m[4], num(m[1])], ctx);
  if (!my) return null;
  return withReading(
    range(dateOf(my.year, my.month, num(m[1])), dateOf(my.year, my.month, num(m[2])), my.inferred),
    my,
  );
}

/** "19 Agustus 2015", "tanggal 5 September" (year from the context), "1 Juli mendatang". */
function dayMonth(m: RegExpExecArray, text: string, ctx: DateContext | undefined): Built | null {
  const my = monthAndYear(m, text, [m[2], m[3], num(m[1])], ctx);
  if (!my) return null;
  return withReading(single(dateOf(my.year, my.month, num(m[1])), my.inferred), my);
}

/** "Maret hingga Mei 2023". */
function monthRange(m: RegExpExecArray): Built | null {
  const [m1, y1, m2, y2] = [monthOf(m[1]), num(m[2]), monthOf(m[3]), num(m[4])];
  if (m1 === undefined || m2 === undefined || y2 === undefined) return null;
  const start = y1 ?? (m2 < m1 ? y2 - 1 : y2);
  return range(dateOf(start, m1), dateOf(y2, m2), false);
}

/** A month name alone, dated only with a cue word and a context year: "Bulan Juli mendatang". */
function monthAlone(
  m: RegExpExecArray,
  text: string,
  ctx: DateContext | undefined,
): Built | null | undefined {
  const month = monthOf(m[1]);
  if (month === undefined) return undefined;
  const after = cueAfter(text, m.index + m[0].length);
  const before = CUE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index));
  if (!after && !before) return undefined;
  const my = monthAndYear(m, text, [m[1], undefined, undefined], ctx);
  return my ? withReading(single(dateOf(my.year, month), true), my) : null;
}

/** "hari ini", "kemarin", "besok", "lusa": counted from the publication day. */
function dayWord(
  m: RegExpExecArray,
  text: string,
  ctx: DateContext | undefined,
): Built | null | undefined {
  const days = dayWordOffset(m, text);
  if (days === undefined) return undefined;
  const published = publicationDay(ctx);
  if (published === undefined) return null;
  const date = shiftDays(published, days);
  return { start: date, end: date, inferred: true, reading: { kind: 'days', days } };
}

const FULL_MONTH = MONTHS_ID.join('|');

/** Strongest first: a match claims its span, so weaker rules never reread a part of it. */
export const DATE_RULES: readonly DateRule[] = [
  {
    re: new RegExp(
      `${DAY}\\s+${MONTH}(?:,?\\s+${YEAR})?${SEP}${DAY}\\s+${MONTH}(?:,?\\s+${YEAR})?`,
      'giu',
    ),
    build: dayRangeTwoMonths,
  },
  {
    re: new RegExp(`${DAY}${SEP}${DAY}\\s+${MONTH}(?:,?\\s+${YEAR})?`, 'giu'),
    build: dayRangeOneMonth,
  },
  {
    // ISO 2022-09-05
    re: /(?<!\p{N})(\d{4})-(\d{2})-(\d{2})(?!\p{N})/gu,
    build: (m) => single(dateOf(Number(m[1]), num(m[2]), num(m[3])), false),
  },
  {
    // 05-09-2022, 18/08/2015, 05.09.2022
    re: /(?<![\p{N}.,/-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?!\p{N})/gu,
    build: (m) => single(dateOf(Number(m[4]), num(m[3]), num(m[1])), false),
  },
  {
    // press-release shorthand "(15/2)": day/month, year from the context
    re: /(?<=\(\s*)(\d{1,2})\s*\/\s*(\d{1,2})(?=\s*\))/gu,
    build: (m, _t, ctx) => {
      const [day, month] = [Number(m[1]), Number(m[2])];
      if (day < 1 || day > 31 || month < 1 || month > 12) return undefined;
      const year = inferYear(month, ctx);
      return year === undefined ? null : single(dateOf(year, month, day), true);
    },
  },
  { re: new RegExp(`${DAY}\\s+${MONTH}(?:,?\\s+${YEAR})?`, 'giu'), build: dayMonth },
  {
    re: new RegExp(`${MONTH}(?:\\s+${YEAR})?${SEP}${MONTH}\\s+${YEAR}`, 'giu'),
    build: monthRange,
  },
  {
    re: new RegExp(`${MONTH},?\\s+${YEAR}`, 'giu'),
    build: (m) => single(dateOf(Number(m[2]), monthOf(m[1])), false),
  },
  {
    // 2016-2019, 2016 hingga 2019
    re: new RegExp(`${BARE_YEAR_START}(\\d{4})${SEP}(\\d{4})${BARE_YEAR_END}`, 'giu'),
    build: (m) => {
      const [from, to] = [dateOf(Number(m[1])), dateOf(Number(m[2]))];
      return from === undefined || to === undefined ? undefined : range(from, to, false);
    },
  },
  { re: new RegExp(`(?<![\\p{L}\\p{N}])(${FULL_MONTH})(?!\\p{L})`, 'giu'), build: monthAlone },
  {
    // a bare year 1900–2100: "tahun 2016", "sejak 2016"
    re: new RegExp(`${BARE_YEAR_START}(\\d{4})${BARE_YEAR_END}`, 'gu'),
    build: (m) => {
      const year = dateOf(Number(m[1]));
      return year === undefined ? undefined : single(year, false);
    },
  },
  WEEKDAY_RELATIVE,
  { re: DAY_WORD, build: dayWord },
];
