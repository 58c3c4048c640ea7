/**
 * Numbers and dates as written in Indonesian news text, found so that a
 * checker can confirm that a cited value really occurs in a quoted passage.
 *
 * Everything here is pure: no I/O, no global state, no locale lookups.
 * Mentions carry the exact substring they were read from (`text`) and its
 * offset (`index`), so `input.slice(index, index + text.length) === text`.
 */

import { isValidPartialDate } from '../dates/partial-date.ts';

/** A calendar date known to year, month or day precision: "2023", "2023-03" or "2023-03-23". */
export type PartialDate = string;

/** A number written in the text, in digits ("1.000", "2,5", "3 juta") or words ("dua puluh lima"). */
export interface NumberMention {
  value: number;
  text: string;
  index: number;
}

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
}

/** The publication date of the article, used to complete "(15/2)" or "Juli". */
export interface DateContext {
  year?: number;
  month?: number;
}

/** Indonesian month names, January first. */
export const MONTHS_ID: readonly string[] = Object.freeze([
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
]);

// ---------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------

const SCALES: ReadonlyMap<string, number> = new Map([
  ['ribu', 1e3],
  ['juta', 1e6],
  ['miliar', 1e9],
  ['milyar', 1e9],
  ['triliun', 1e12],
]);

const UNITS: ReadonlyMap<string, number> = new Map([
  ['nol', 0],
  ['satu', 1],
  ['dua', 2],
  ['tiga', 3],
  ['empat', 4],
  ['lima', 5],
  ['enam', 6],
  ['tujuh', 7],
  ['delapan', 8],
  ['sembilan', 9],
]);

/** "se-" words that stand for a whole scale (one thousand, one million…). */
const SE_SCALES: ReadonlyMap<string, number> = new Map([
  ['seribu', 1e3],
  ['sejuta', 1e6],
  ['semiliar', 1e9],
  ['semilyar', 1e9],
]);

const POSITIONAL = new Set(['belas', 'puluh', 'ratus']);

/** No atom is a prefix of another, so a greedy split of a written-together word is unambiguous. */
const ATOMS = [
  ...UNITS.keys(),
  ...SE_SCALES.keys(),
  'sepuluh',
  'sebelas',
  'seratus',
  ...POSITIONAL,
  ...SCALES.keys(),
].sort((a, b) => b.length - a.length);

const ATOM_WORD = new RegExp(`^(?:${ATOMS.join('|')})+$`, 'u');
const ATOM = new RegExp(ATOMS.join('|'), 'gu');
/** "puluhan", "ratusan ribu": approximate amounts, not numbers. */
const APPROXIMATE = /^(?:belas|puluh|ratus|ribu|juta|miliar|milyar)an$/u;

const DIGIT_NUMBER =
  /(?<!\p{N})(?:(\d{1,3}(?:\.\d{3})+)|(\d+))(?:,(\d+)(?![\d:]))?(?!\p{N})(?:\s*(ribu|juta|miliar|milyar|triliun)(?!\p{L}))?/giu;

function digitMentions(text: string): NumberMention[] {
  const found: NumberMention[] = [];
  for (const m of text.matchAll(DIGIT_NUMBER)) {
    const whole = (m[1] ?? m[2] ?? '').replaceAll('.', '');
    const fraction = m[3] ?? '';
    const scale = m[4] === undefined ? 1 : (SCALES.get(m[4].toLowerCase()) ?? 1);
    // Integer arithmetic first, so that "2,3 juta" is exactly 2300000.
    const value = (Number(whole + fraction) * scale) / 10 ** fraction.length;
    found.push({ value, text: m[0], index: m.index });
  }
  return found;
}

interface Parsed {
  value: number;
  used: number;
}

/** A group below one thousand ("dua ratus lima puluh tiga") starting at atom `i`. */
function parseGroup(atoms: readonly string[], i: number): Parsed | undefined {
  let value = 0;
  let j = i;
  const unitAt = (k: number): number | undefined => UNITS.get(atoms[k] ?? '');
  const h = unitAt(j);
  if (atoms[j] === 'seratus') {
    value += 100;
    j += 1;
  } else if (h !== undefined && h > 0 && atoms[j + 1] === 'ratus') {
    value += h * 100;
    j += 2;
  }
  const t = unitAt(j);
  if (atoms[j] === 'sepuluh' || atoms[j] === 'sebelas') {
    return { value: value + (atoms[j] === 'sepuluh' ? 10 : 11), used: j + 1 };
  }
  if (t !== undefined && t > 0 && atoms[j + 1] === 'belas') {
    return { value: value + 10 + t, used: j + 2 };
  }
  if (t !== undefined && t > 0 && atoms[j + 1] === 'puluh') {
    value += t * 10;
    j += 2;
  }
  const u = unitAt(j);
  const zeroAlone = u === 0 && j === i;
  if (u !== undefined && (u > 0 || zeroAlone) && !POSITIONAL.has(atoms[j + 1] ?? '')) {
    value += u;
    j += 1;
  }
  return j > i ? { value, used: j } : undefined;
}

/** The longest number that the atoms starting at index 0 spell out. */
function parseAtoms(atoms: readonly string[]): Parsed | undefined {
  let i = 0;
  let total = 0;
  let lastScale = Infinity;
  while (i < atoms.length) {
    const se = SE_SCALES.get(atoms[i] ?? '');
    if (se !== undefined) {
      if (se >= lastScale) break;
      total += se;
      lastScale = se;
      i += 1;
      continue;
    }
    const group = parseGroup(atoms, i);
    if (!group) break;
    const scale = SCALES.get(atoms[group.used] ?? '');
    if (scale !== undefined && scale < lastScale && group.value > 0) {
      total += group.value * scale;
      lastScale = scale;
      i = group.used + 1;
      continue;
    }
    total += group.value;
    i = group.used;
    break;
  }
  return i > 0 ? { value: total, used: i } : undefined;
}

interface Word {
  atoms: string[];
  index: number;
  end: number;
}

/** Words made only of number atoms, not glued to another word by a hyphen ("satu-satunya"). */
function numberWords(text: string): { words: Word[]; approximateAfter: Set<number> } {
  const words: Word[] = [];
  const approximateAfter = new Set<number>();
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const lower = m[0].toLowerCase();
    const end = m.index + m[0].length;
    if (APPROXIMATE.test(lower)) approximateAfter.add(m.index);
    if (!ATOM_WORD.test(lower)) continue;
    const hyphenated =
      /\p{L}-$/u.test(text.slice(Math.max(0, m.index - 2), m.index)) ||
      /^-\p{L}/u.test(text.slice(end, end + 2));
    if (hyphenated) continue;
    words.push({ atoms: lower.match(ATOM) ?? [], index: m.index, end });
  }
  return { words, approximateAfter };
}

function wordMentions(text: string): NumberMention[] {
  const { words, approximateAfter } = numberWords(text);
  const found: NumberMention[] = [];
  let i = 0;
  while (i < words.length) {
    // The phrase: consecutive number words separated by whitespace only.
    let j = i + 1;
    while (j < words.length) {
      const prev = words[j - 1];
      const next = words[j];
      if (!prev || !next || !/^\s+$/u.test(text.slice(prev.end, next.index))) break;
      j += 1;
    }
    // Longest prefix of whole words that parses completely.
    let taken = 0;
    for (let k = j; k > i && taken === 0; k -= 1) {
      const atoms = words.slice(i, k).flatMap((w) => w.atoms);
      const parsed = parseAtoms(atoms);
      if (parsed && parsed.used === atoms.length) {
        const first = words[i];
        const last = words[k - 1];
        if (first && last) {
          const after = /^\s+/u.exec(text.slice(last.end));
          const approximate = after !== null && approximateAfter.has(last.end + after[0].length);
          if (!approximate) {
            found.push({
              value: parsed.value,
              text: text.slice(first.index, last.end),
              index: first.index,
            });
          }
        }
        taken = k - i;
      }
    }
    i += Math.max(taken, 1);
  }
  return found;
}

/**
 * Every number in the text, in order: digits with "." thousands separators and
 * "," decimals ("16.000", "2,5"), optionally followed by ribu/juta/miliar/triliun,
 * and number words from "nol" to the trillions ("dua ratus lima puluh", "seribu").
 * Parts of dates and times are returned too; `mentionsNumber` skips them.
 */
export function findNumbers(text: string): NumberMention[] {
  return [...digitMentions(text), ...wordMentions(text)].sort((a, b) => a.index - b.index);
}

/** "14:59", "14.59 WIB": clock times, which are not counts. */
const TIME = /(?<!\p{N})\d{1,2}(?::\d{2}|\.\d{2}(?=\s*(?:WIB|WITA|WIT)(?!\p{L})))(?!\p{N})/gu;

/**
 * Whether the text states the number `n` as a count or amount: "25 orang ASN"
 * mentions 25, "250 orang" and "2025" do not, nor do days and months inside
 * dates ("25 Maret 2023", "(21/3)", "05-09-2022") or clock times. Years stay numbers.
 */
export function mentionsNumber(text: string, n: number): boolean {
  if (!Number.isFinite(n)) return false;
  const skipped: Array<readonly [number, number]> = [];
  // Any year will do to recognise "(21/3)" as a date; 2000 is a leap year.
  for (const d of findDates(text, { year: 2000 })) {
    if (d.start.length > 4) skipped.push([d.index, d.index + d.text.length]);
  }
  for (const t of text.matchAll(TIME)) skipped.push([t.index, t.index + t[0].length]);
  const isYear = (m: NumberMention): boolean => /^\d{4}$/u.test(m.text);
  const inSkipped = (m: NumberMention): boolean =>
    skipped.some(([s, e]) => m.index < e && s < m.index + m.text.length);
  return findNumbers(text).some((m) => m.value === n && (isYear(m) || !inSkipped(m)));
}

// ---------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------

const MONTH_ALIASES: ReadonlyMap<string, number> = new Map([
  ...MONTHS_ID.map((name, i) => [name.toLowerCase(), i + 1] as const),
  ['pebruari', 2],
  ['nopember', 11],
  ...[
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
  ].map((name, i) => [name, i + 1] as const),
]);

const MONTH_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['jan', 1],
  ['feb', 2],
  ['mar', 3],
  ['apr', 4],
  ['jun', 6],
  ['jul', 7],
  ['agu', 8],
  ['agt', 8],
  ['ags', 8],
  ['aug', 8],
  ['sep', 9],
  ['sept', 9],
  ['okt', 10],
  ['oct', 10],
  ['nov', 11],
  ['des', 12],
  ['dec', 12],
]);

function byLength(a: string, b: string): number {
  return b.length - a.length;
}

const MONTH_NAME = [
  ...[...MONTH_ALIASES.keys()].sort(byLength),
  ...[...MONTH_ABBREVIATIONS.keys()].sort(byLength).map((a) => `${a}\\.?`),
].join('|');

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
/** Words after a month name alone that make it a date, and which way they point. */
const CUE_AFTER = /^\s+(lalu|kemarin|silam|mendatang|depan|nanti|ini)(?!\p{L})/iu;

type Direction = 'past' | 'future' | undefined;

interface Built {
  start: PartialDate;
  end: PartialDate;
  inferred: boolean;
}

/**
 * A date pattern. `build` returns the dates, `null` for a date-like expression
 * that is invalid or cannot be dated (its span is still claimed, so that no
 * weaker pattern reads a part of it), or `undefined` when it is no date at all.
 */
interface DateRule {
  re: RegExp;
  build: (
    m: RegExpExecArray,
    text: string,
    ctx: DateContext | undefined,
  ) => Built | null | undefined;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function monthOf(name: string | undefined): number | undefined {
  if (name === undefined) return undefined;
  const key = name.toLowerCase().replace(/\.$/u, '');
  return MONTH_ALIASES.get(key) ?? MONTH_ABBREVIATIONS.get(key);
}

function num(s: string | undefined): number | undefined {
  return s === undefined ? undefined : Number(s);
}

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD" when that is a real date, else undefined. */
function dateOf(year: number, month?: number, day?: number): PartialDate | undefined {
  let s = String(year).padStart(4, '0');
  if (month !== undefined) s += `-${pad(month)}`;
  if (month !== undefined && day !== undefined) s += `-${pad(day)}`;
  return isValidPartialDate(s) ? s : undefined;
}

/**
 * Year of a month mentioned without one: the context year, moved to the
 * neighbouring year when the context month makes that the nearer reading
 * ("(28/12)" in a January article) or the cue word demands it ("Maret lalu").
 */
function inferYear(
  month: number,
  ctx: DateContext | undefined,
  dir: Direction,
): number | undefined {
  const year = ctx?.year;
  if (year === undefined || !Number.isInteger(year)) return undefined;
  const current = ctx?.month;
  if (current === undefined || current < 1 || current > 12) return year;
  if (dir === 'past') return month > current ? year - 1 : year;
  if (dir === 'future') return month < current ? year + 1 : year;
  if (month - current > 6) return year - 1;
  if (current - month > 6) return year + 1;
  return year;
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
    start = inferYear(m1, ctx, undefined);
    if (start === undefined) return null;
  }
  start ??= (end ?? 0) - wrap;
  end ??= start + wrap;
  return range(dateOf(start, m1, d1), dateOf(end, m2, d2), inferred);
}

/** Day range within one month: "15 hingga 19 Mei 2023", "17-23 Februari 2019". */
function dayRangeOneMonth(
  m: RegExpExecArray,
  _t: string,
  ctx: DateContext | undefined,
): Built | null {
  const month = monthOf(m[3]);
  if (month === undefined) return null;
  const written = num(m[4]);
  const year = written ?? inferYear(month, ctx, undefined);
  if (year === undefined) return null;
  return range(
    dateOf(year, month, num(m[1])),
    dateOf(year, month, num(m[2])),
    written === undefined,
  );
}

/** "19 Agustus 2015", "tanggal 5 September" (year from the context). */
function dayMonth(m: RegExpExecArray, _t: string, ctx: DateContext | undefined): Built | null {
  const month = monthOf(m[2]);
  if (month === undefined) return null;
  const written = num(m[3]);
  const year = written ?? inferYear(month, ctx, undefined);
  if (year === undefined) return null;
  return single(dateOf(year, month, num(m[1])), written === undefined);
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
  const after = CUE_AFTER.exec(text.slice(m.index + m[0].length));
  const before = CUE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index));
  if (!after && !before) return undefined;
  const cue = after?.[1]?.toLowerCase();
  const dir: Direction =
    cue === 'lalu' || cue === 'kemarin' || cue === 'silam'
      ? 'past'
      : cue === 'mendatang' || cue === 'depan' || cue === 'nanti'
        ? 'future'
        : undefined;
  const year = inferYear(month, ctx, dir);
  return year === undefined ? null : single(dateOf(year, month), true);
}

const FULL_MONTH = MONTHS_ID.join('|');

/** Strongest first: a match claims its span, so weaker rules never reread a part of it. */
const DATE_RULES: readonly DateRule[] = [
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
      const year = inferYear(month, ctx, undefined);
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
];

/**
 * Every date, period and year written in the text, in order. Ranges ("23 hingga
 * 31 Maret 2023", "17 s.d. 23 Februari 2019", "28 Februari hingga 3 Maret 2019",
 * "Maret hingga Mei 2023", "2016-2019"), single dates ("Rabu, 19 Agustus 2015",
 * "(18/08/2015)", "05-09-2022", "2022-09-05"), press shorthand "(21/3)", months
 * ("Maret 2023", "bulan Juli mendatang") and years ("tahun 2016"). A missing
 * year is taken from `ctx` (inferred); without `ctx.year` such mentions are
 * dropped. Invalid dates ("31 Februari 2019") yield nothing.
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
      if (built !== null) found.push({ ...built, text: m[0], index: start });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

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
  const target = checkedDate(date);
  return findDates(text, ctx).some(
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
  if (end === undefined || end === start) return mentionsDate(text, start, ctx);
  const from = checkedDate(start);
  const to = checkedDate(end);
  return findDates(text, ctx).some(
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

const ORDINAL_WORDS: readonly string[] = [
  'pertama',
  'kedua',
  'ketiga',
  'keempat',
  'kelima',
  'keenam',
  'ketujuh',
  'kedelapan',
  'kesembilan',
  'kesepuluh',
];

/** Whether the text states the ordinal `n` ("kedua", "ke-2", "ke 2"), as in "kali kedua". */
export function mentionsOrdinal(text: string, n: number): boolean {
  const word = ORDINAL_WORDS[n - 1];
  const folded = text.toLocaleLowerCase('id');
  if (word !== undefined && new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'u').test(folded))
    return true;
  return new RegExp(`(?<!\\p{L})ke[-\\s]?${n}(?!\\p{N})`, 'u').test(folded);
}
