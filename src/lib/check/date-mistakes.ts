/**
 * What went wrong when a date field is not written as YYYY-MM-DD, and the
 * date to write instead, for the common mistakes: a date in Indonesian
 * words ("23 Maret 2023", "Kamis, 23 Maret 2023"), in day/month/year digits
 * ("23/03/2023", "23-03-2023"), with unpadded or slashed parts ("2023-3-5",
 * "2023/03/23"), or a range where one date belongs. Undefined when the text
 * reads as no date: the generic date message then applies.
 */
import { isValidPartialDate, precisionOf } from '../dates/partial-date.ts';
import { findDates, formatDateId } from '../text/indonesian/dates.ts';
import type { Explained } from './number-fixes.ts';

/** Year first, with other separators or unpadded parts: 2023/03/23, 2023-3-5, 2023.03. */
const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/;
/** What may surround a written date without changing it: a weekday, "tanggal", punctuation. */
const AROUND =
  /^[\s,.()]*(?:(?:hari\s+)?(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad)\b[\s,]*)?(?:tanggal|tgl\.?)?[\s,.()]*$/iu;

const pad = (s: string): string => s.padStart(2, '0');

/** The one date or range `text` is, when nothing else is written around it. */
function readDate(text: string): { start: string; end: string } | undefined {
  const ymd = YEAR_FIRST.exec(text);
  if (ymd) {
    const [, y = '', m = '', d] = ymd;
    const date = d === undefined ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`;
    return isValidPartialDate(date) ? { start: date, end: date } : undefined;
  }
  const found = findDates(text);
  const [mention] = found;
  if (found.length !== 1 || !mention || mention.inferred) return undefined;
  const rest = text.slice(0, mention.index) + text.slice(mention.index + mention.text.length);
  return AROUND.test(rest) ? { start: mention.start, end: mention.end } : undefined;
}

/**
 * The message and fix for a date field holding `input`; `precision` is
 * 'full' when the field takes a day only, and `key` is the field's name.
 */
export function dateMistake(
  input: unknown,
  precision: 'partial' | 'full',
  key: string | undefined,
): Explained | undefined {
  if (typeof input !== 'string') return undefined;
  const text = input.trim();
  const date = readDate(text);
  if (!date) return undefined;
  const as = (v: string): string => (key === undefined ? v : `${key}: ${v}`);
  const form = precision === 'full' ? 'TTTT-BB-HH' : 'TTTT-BB-HH (atau TTTT-BB, TTTT)';
  const formEn = precision === 'full' ? 'YYYY-MM-DD' : 'YYYY-MM-DD (or YYYY-MM, YYYY)';
  if (date.start !== date.end) {
    const endToo = key === 'start';
    return {
      message: {
        id: `"${text}" adalah rentang tanggal; kolom ini berisi satu tanggal.`,
        en: `"${text}" is a range of dates; this field holds one date.`,
      },
      fix: {
        id: `Tulis ${as(date.start)}${endToo ? ` dan end: ${date.end}` : ''}.`,
        en: `Write ${as(date.start)}${endToo ? ` and end: ${date.end}` : ''}.`,
      },
    };
  }
  if (precision === 'full' && precisionOf(date.start) !== 'day') return undefined;
  return {
    message: {
      id: `Tanggal ditulis "${text}"; kolom ini memakai bentuk ${form}.`,
      en: `The date is written "${text}"; this field takes the form ${formEn}.`,
    },
    fix: {
      id: `Tulis ${as(date.start)} (${formatDateId(date.start)}).`,
      en: `Write ${as(date.start)}.`,
    },
  };
}
