/**
 * A claim's window and start typed as the statement writes them. A window
 * is a number of years in digits or in words, with or without its unit:
 * "5", "lima", "lima tahun terakhir", "dua dekade" (20), "satu dasawarsa"
 * (10), "sewindu" (8), read by the same number reader the check uses
 * (src/lib/text/indonesian/quantities.ts). A start is a date as `npm run new`
 * reads any date, with or without the words that open it: "2016", "sejak
 * 2016", "sejak Maret 2024" (src/lib/text/indonesian/since.ts). Both are
 * said back as read.
 */
import { findDates, type DateContext } from '../../src/lib/text/indonesian.ts';
import { readNumbers } from '../../src/lib/text/indonesian/quantities.ts';
import { findSince } from '../../src/lib/text/indonesian/since.ts';
import { readDate, type DateReading } from './dates.ts';
import type { Checked } from './validate.ts';

/** A window read from an answer: its length in years, and how it was read. */
export interface ReadWindow {
  years: number;
  /** "20 tahun terakhir (dua dekade)". */
  shown: string;
}

/** The longest window a claim may state, in years. */
const MAX_YEARS = 100;

/** Words that may come with a window's number and say nothing more: "dalam … terakhir". */
const FRAME =
  /(?<!\p{L})(?:dalam|selama|kurun|waktu|tahun|terakhir|belakangan|ini|the|last|past|in|years?)(?!\p{L})/giu;

const refuse = (answer: string, id: string, en: string): Checked<ReadWindow> => ({
  ok: false,
  problem: { id: `"${answer}": ${id}`, en: `"${answer}": ${en}` },
});

/** Read a window typed as a number of years, in digits or words ("dua dekade" → 20). */
export function readWindow(answer: string): Checked<ReadWindow> {
  const typed = answer.trim().replace(/\.$/u, '');
  const readings = readNumbers(typed);
  const [r] = readings;
  const rest = r ? `${typed.slice(0, r.index)} ${typed.slice(r.index + r.text.length)}` : typed;
  const unitless = r?.role === 'bare' && rest.replace(FRAME, '').trim() === '';
  const years = r?.role === 'duration' ? r.years : unitless ? r.value : undefined;
  if (readings.length !== 1 || years === undefined || !Number.isInteger(years))
    return refuse(
      typed,
      'jumlah tahun ini tidak terbaca. Tulis mis. 5, "lima tahun terakhir", "dua dekade" atau "satu dasawarsa".',
      'this number of years cannot be read. Write e.g. 5, "lima tahun terakhir", "dua dekade" or "satu dasawarsa".',
    );
  if (years < 1 || years > MAX_YEARS)
    return refuse(
      typed,
      `jumlah tahun harus antara 1 dan ${MAX_YEARS}.`,
      `the number of years must be between 1 and ${MAX_YEARS}.`,
    );
  const digitsOnly = /^\d+$/u.test(typed);
  const words = typed.replace(/(?<!\p{L})terakhir(?!\p{L})/giu, '').trim();
  const note = digitsOnly || words === `${years} tahun` ? '' : ` (${words})`;
  return { ok: true, value: { years, shown: `${years} tahun terakhir${note}` } };
}

/**
 * Read a start typed alone ("2016", "Maret 2024") or with the words that open
 * it ("sejak 2016", "semenjak tahun 2016", "mulai Maret 2024"): the date part
 * is read as any date the scaffold reads, and said back after "sejak".
 */
export function readSince(answer: string, opts: { ctx?: DateContext } = {}): DateReading {
  const typed = answer.trim().replace(/\.$/u, '');
  const [opened] = findSince(typed, opts.ctx);
  const dates = findDates(typed, opts.ctx);
  const last = dates.at(-1);
  const whole = opened?.index === 0 && opened.text === typed && dates.length === 1 && last;
  const r = whole ? readDate(typed.slice(last.index), opts) : readDate(answer, opts);
  if (!r.ok)
    return {
      ok: false,
      problem: {
        id: `"${typed}": tahun atau tanggal ini tidak terbaca. Tulis mis. 2016, "sejak 2016", Maret 2024 atau 7 Juni 2024.`,
        en: `"${typed}": this year or date cannot be read. Write e.g. 2016, "sejak 2016", Maret 2024 or 7 Juni 2024.`,
      },
    };
  return whole ? { ok: true, value: { ...r.value, shown: `sejak ${r.value.shown}` } } : r;
}
