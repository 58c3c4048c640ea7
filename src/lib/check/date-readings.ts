/**
 * What the check says about dates a quote does not write in full, in
 * Indonesian and English: how each date stating a fact was read from the
 * article's publication date ("kemarin" dibaca sebagai 14 Oktober 2018 …),
 * a weekday written before a date that contradicts it, with both readings,
 * and why a date cannot be read when the publication date is known too
 * vaguely. Shared by the check's notes and the scaffold's echo.
 */
import { precisionOf } from '../dates/partial-date.ts';
import {
  datesStating,
  formatDateId,
  mentionWords,
  periodsStating,
  type DateContext,
  type DateMention,
  type Reading,
} from '../text/indonesian/dates.ts';
import { publicationDate } from '../text/indonesian/relative.ts';
import { unreadDates } from '../text/indonesian/unread-dates.ts';
import {
  WEEKDAYS_EN,
  WEEKDAYS_ID,
  nearestWeekday,
  weekdayOf,
} from '../text/indonesian/weekdays.ts';
import type { FactCheck } from './facts.ts';
import type { Bilingual } from './problem.ts';

/** The mentions by which a quote states a date fact; undefined for a fact that is not a date. */
export function statingMentions(
  check: FactCheck,
  quote: string,
  ctx: DateContext,
): DateMention[] | undefined {
  if (check.kind === 'period') return periodsStating(quote, check.start, check.end, ctx);
  if (check.kind !== 'date') return undefined;
  return precisionOf(check.value) === 'year' ? [] : datesStating(quote, check.value, ctx);
}

const DAYS_ID: Record<number, string> = {
  [-2]: 'dua hari sebelum tanggal terbit',
  [-1]: 'sehari sebelum tanggal terbit',
  0: 'tanggal terbit',
  1: 'sehari sesudah tanggal terbit',
  2: 'dua hari sesudah tanggal terbit',
};
const DAYS_EN: Record<number, string> = {
  [-2]: 'two days before the publication date',
  [-1]: 'the day before the publication date',
  0: 'the publication date',
  1: 'the day after the publication date',
  2: 'two days after the publication date',
};

/** A mention's dates: "15 Oktober 2018", or "15 Oktober 2018 – 19 Oktober 2018" for a range. */
function shown(m: DateMention, format: (d: string) => string): string {
  return m.start === m.end ? format(m.start) : `${format(m.start)} – ${format(m.end)}`;
}

/** Why the mention reads as it does, from the publication date `published`. */
function reason(m: DateMention, r: Reading, ctx: DateContext, published: string): Bilingual {
  const pubId = formatDateId(published);
  const such = formatDateId(m.start).replace(/ \d{4}$/u, '');
  switch (r.kind) {
    case 'days':
      return {
        id: `${DAYS_ID[r.days] ?? `${Math.abs(r.days)} hari ${r.days < 0 ? 'sebelum' : 'sesudah'} tanggal terbit`} ${pubId}`,
        en: `${DAYS_EN[r.days] ?? `${Math.abs(r.days)} days ${r.days < 0 ? 'before' : 'after'} the publication date`}, ${published}`,
      };
    case 'year':
      return m.start.startsWith(String(ctx.year))
        ? {
            id: `tahun tidak ditulis; diambil dari tanggal terbit ${pubId}`,
            en: `no year written; the year of the publication date, ${published}`,
          }
        : {
            id: `tahun tidak ditulis; tanggal itu yang terdekat dengan tanggal terbit ${pubId}`,
            en: `no year written; the nearest such date to the publication date, ${published}`,
          };
    case 'after':
      return {
        id: `${such} berikutnya sejak tanggal terbit ${pubId}`,
        en: `the first such date on or after the publication date, ${published}`,
      };
    case 'before':
      return {
        id: `${such} terakhir sampai tanggal terbit ${pubId}`,
        en: `the last such date on or before the publication date, ${published}`,
      };
  }
}

/** How one mention was read from the publication date; undefined for one written in full. */
export function readingMessage(
  quote: string,
  m: DateMention,
  ctx: DateContext,
): Bilingual | undefined {
  const published = publicationDate(ctx);
  if (m.reading === undefined || published === undefined) return undefined;
  const words = mentionWords(quote, m);
  const why = reason(m, m.reading, ctx, published);
  return {
    id: `"${words}" dibaca sebagai ${shown(m, formatDateId)} (${why.id}).`,
    en: `"${words}" read as ${shown(m, (d) => d)} (${why.en}).`,
  };
}

/** Why a mention reads as it does ("sehari sebelum tanggal terbit 15 Oktober 2018"); undefined for one written in full. */
export function readingReason(m: DateMention, ctx: DateContext): Bilingual | undefined {
  const published = publicationDate(ctx);
  if (m.reading === undefined || published === undefined) return undefined;
  return reason(m, m.reading, ctx, published);
}

/**
 * How the dates by which the quote states a date fact were read, when none
 * of them is written in full; empty when one is, or the fact is no date.
 */
export function readingsOf(check: FactCheck, quote: string, ctx: DateContext): Bilingual[] {
  const mentions = statingMentions(check, quote, ctx) ?? [];
  if (mentions.some((m) => m.reading === undefined)) return [];
  const out = new Map<string, Bilingual>();
  for (const m of mentions) {
    const message = readingMessage(quote, m, ctx);
    if (message) out.set(message.id, message);
  }
  return [...out.values()];
}

/** Every weekday the quote writes before a date that is not that date's, with both readings. */
export function weekdayConflicts(quote: string, mentions: readonly DateMention[]): Bilingual[] {
  return mentions.flatMap((m) => {
    if (!m.weekday) return [];
    const actual = weekdayOf(m.start);
    const written = m.weekday.day;
    if (actual === written) return [];
    const near = nearestWeekday(m.start, written);
    const words = mentionWords(quote, m);
    const [isId, isEn] = [WEEKDAYS_ID[actual] ?? '', WEEKDAYS_EN[actual] ?? ''];
    const [saidId, saidEn] = [WEEKDAYS_ID[written] ?? '', WEEKDAYS_EN[written] ?? ''];
    return [
      {
        id: `Kutipan menulis "${words}", tetapi ${formatDateId(m.start)} jatuh pada hari ${isId}. Menurut angkanya: ${isId}, ${formatDateId(m.start)}; menurut nama harinya: ${saidId}, ${formatDateId(near)} (${saidId} terdekat).`,
        en: `The quote writes "${words}", but ${m.start} is a ${isEn}. By its numbers: ${isEn} ${m.start}; by its weekday: ${saidEn} ${near} (the nearest ${saidEn}).`,
      },
    ];
  });
}

const KNOWN_ID = {
  none: 'tidak diketahui',
  year: 'hanya diketahui tahunnya',
  month: 'hanya diketahui sampai bulannya',
};
const KNOWN_EN = {
  none: 'not known',
  year: 'known only to the year',
  month: 'known only to the month',
};

/**
 * Why the quote's relative dates cannot be read, when the publication date
 * is known too vaguely for one of them, and the published date to write;
 * undefined when every date the quote writes can be read.
 */
export function unreadReason(
  quote: string,
  ctx: DateContext,
): { message: Bilingual; needs: string } | undefined {
  const unread = unreadDates(quote, ctx);
  if (unread.length === 0) return undefined;
  const published = publicationDate(ctx);
  const known = published === undefined ? 'none' : precisionOf(published);
  if (known === 'day') return undefined;
  const words = unread.map((u) => `"${u.words}"`).join(', ');
  const shownDate = published === undefined ? '' : ` (${formatDateId(published)})`;
  const needs = unread.some((u) => u.needs === 'day')
    ? 'YYYY-MM-DD'
    : unread.some((u) => u.needs === 'month')
      ? 'YYYY-MM'
      : 'YYYY';
  return {
    message: {
      id: `${words} dihitung dari tanggal terbit artikel, tetapi tanggal terbit itu ${KNOWN_ID[known]}${shownDate}`,
      en: `${words} counts from the article's publication date, which is ${KNOWN_EN[known]}${published === undefined ? '' : ` (${published})`}`,
    },
    needs,
  };
}
