/**
 * How a corrected value reads on a page: a date field's ISO value as a date
 * in words with its machine form kept for `<time datetime>`, a period (ISO
 * interval "start/end") in words with both ends kept, anything else as written.
 * Only the fields that hold dates are read as dates, so a count of 2023 stays
 * a count.
 */
import type { Lang } from '../../i18n/lang.ts';
import { isValidPartialDate } from '../dates/partial-date.ts';
import { dateLabel, periodLabel } from './format.ts';

/** Fact paths whose values are partial dates (a period is an interval of two). */
const DATE_FIELDS = new Set([
  'period',
  'period.start',
  'period.end',
  'sendoff.date',
  'scope.since',
]);

export type CorrectionValue =
  | { kind: 'date'; datetime: string; text: string }
  | { kind: 'period'; start: string; end: string; text: string }
  | { kind: 'text'; text: string };

/** The value of `field` as it reads in `lang`; unchanged text when it is not a date. */
export function correctionValue(field: string, value: string, lang: Lang): CorrectionValue {
  if (!DATE_FIELDS.has(field)) return { kind: 'text', text: value };
  const [start = '', end, ...rest] = value.trim().split('/');
  if (rest.length > 0 || !isValidPartialDate(start)) return { kind: 'text', text: value };
  if (end === undefined) return { kind: 'date', datetime: start, text: dateLabel(start, lang) };
  if (!isValidPartialDate(end)) return { kind: 'text', text: value };
  return { kind: 'period', start, end, text: periodLabel({ start, end }, lang) };
}
