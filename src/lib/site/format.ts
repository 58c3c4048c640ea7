/**
 * Display strings for values of the content, in Indonesian or English:
 * vocabulary labels, statuses, counts, dates and periods. Pure; `unknown`
 * always reads "tidak diketahui" / "unknown", never 0 or an empty string.
 * Dates keep the precision the source gives ("Maret 2023" stays a month).
 */
import { gapsText } from '../../i18n/gaps.ts';
import { UNKNOWN, articleKindLabels, statusLabels } from '../../i18n/labels.ts';
import { LOCALES, type Lang } from '../../i18n/lang.ts';
import type { articleKinds } from '../../schemas/article.ts';
import type { cohortStatuses } from '../../schemas/cohort.ts';
import type { Localized } from '../../schemas/common.ts';
import type { Term } from '../../schemas/vocabulary.ts';
import { isValidPartialDate, precisionOf, type Precision } from '../dates/partial-date.ts';

export { UNKNOWN };
/** How an unknown value reads on an Indonesian page. */
export const UNKNOWN_ID = UNKNOWN.id;

/** held, planned or announced. */
export type CohortStatus = (typeof cohortStatuses)[number];
/** press-release, news or republication. */
export type ArticleKind = (typeof articleKinds)[number];

const LOCALE: Record<Lang, string> = LOCALES;

/** The text of a bilingual field in the page's language. */
export function localized(text: Localized, lang: Lang): string {
  return text[lang];
}

/** Label of a vocabulary term; the key itself when the term is missing. */
export function termLabel(vocabulary: ReadonlyMap<string, Term>, key: string, lang: Lang): string {
  return key === 'unknown' ? UNKNOWN[lang] : (vocabulary.get(key)?.label[lang] ?? key);
}

/** Label of a cohort status. */
export function statusLabel(status: CohortStatus, lang: Lang): string {
  return statusLabels[status][lang];
}

/** Label of an article kind. */
export function articleKindLabel(kind: ArticleKind, lang: Lang): string {
  return articleKindLabels[kind][lang];
}

/**
 * One Intl formatter per language and options, made on first use: making one
 * costs about a hundred times a format call, and a large build formats
 * dates and numbers on every page.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function memo<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
  let f = formatters.get(key);
  if (f === undefined) {
    f = make();
    formatters.set(key, f);
  }
  return f as F;
}

/** A whole number with the language's digit grouping ("1.250" / "1,250"). */
export function numberLabel(n: number, lang: Lang): string {
  return memo(`number ${lang}`, () => new Intl.NumberFormat(LOCALE[lang])).format(n);
}

/** A participant count, or "tidak diketahui" / "unknown". */
export function countLabel(count: number | 'unknown', lang: Lang): string {
  return count === 'unknown' ? UNKNOWN[lang] : numberLabel(count, lang);
}

const FORMAT_OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  day: { day: 'numeric', month: 'long', year: 'numeric' },
};

function formatter(precision: Precision, lang: Lang): Intl.DateTimeFormat {
  return memo(
    `${precision} ${lang}`,
    () => new Intl.DateTimeFormat(LOCALE[lang], { ...FORMAT_OPTIONS[precision], timeZone: 'UTC' }),
  );
}

function toDate(date: string): Date {
  if (!isValidPartialDate(date)) throw new RangeError(`Not a partial date: ${date}`);
  const [y, m = 1, d = 1] = date.split('-').map(Number) as [number, number?, number?];
  return new Date(Date.UTC(y, m - 1, d));
}

/**
 * A partial date at its own precision: "23 Maret 2023", "Maret 2023", "2023"
 * (English "23 March 2023"). Throws RangeError when the date is not valid.
 */
export function dateLabel(date: string, lang: Lang): string {
  return formatter(precisionOf(date), lang).format(toDate(date));
}

/**
 * The text of a formatted range with the site's en dash rule: closed when
 * both ends are one word or number ("4–8 Maret 2024", "Maret–Mei 2023"),
 * spaced when an end has a space ("28 Maret – 2 April 2024"). ICU spaces the
 * dash in some locales (en-GB "4 – 8 March") and uses thin spaces elsewhere.
 */
function rangeText(parts: readonly Intl.DateTimeRangeFormatPart[]): string {
  const end = (source: 'startRange' | 'endRange') =>
    parts
      .filter((p) => p.source === source)
      .map((p) => p.value)
      .join('')
      .trim();
  const dash = /\s/u.test(end('startRange')) || /\s/u.test(end('endRange')) ? ' – ' : '–';
  return parts
    .map((p) => (p.source === 'shared' && /[–-]/u.test(p.value) ? dash : p.value))
    .join('')
    .replace(/[\u2009\u202f]/gu, ' ');
}

/**
 * A period: "15–19 Mei 2023" when both ends have the same precision, "Mei
 * 2023 – 2 Juni 2023" when they differ, the start alone when the end is not
 * known, and "tanggal pelatihan belum diketahui" when the sources give none.
 * The en dash follows rangeText's rule in both languages.
 */
export function periodLabel(
  period: { start: string; end?: string | undefined } | 'unknown',
  lang: Lang,
): string {
  if (period === 'unknown') return gapsText.periodUnknown[lang];
  const { start, end } = period;
  if (end === undefined || end === start) return dateLabel(start, lang);
  const precision = precisionOf(start);
  if (precision === precisionOf(end)) {
    return rangeText(formatter(precision, lang).formatRangeToParts(toDate(start), toDate(end)));
  }
  return `${dateLabel(start, lang)} – ${dateLabel(end, lang)}`;
}
