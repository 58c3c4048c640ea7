/**
 * Items of the RSS feeds, newest first: new source articles and cohorts
 * (/rss.xml, /en/rss.xml) and corrections of values and of stored article
 * texts (/koreksi/rss.xml, /en/corrections/rss.xml). Every date comes from the content, never from
 * the build, so the feeds are identical from build to build.
 *
 * A date known to the day is given with its time when stated, a month as
 * its first day; a date known only to the year, or not at all, gets no
 * pubDate (RSS makes it optional): 1 January would read as the day. Items
 * are ordered by the first day they may stand for, an article of unknown
 * date at its `published_after` bound, and one with no bound last. A
 * cohort's date is when it first became known: the publication of the
 * first article it cites (in that order) whose first possible day is known.
 */
import type { Lang } from '../../i18n/lang.ts';
import { fieldLabel, recordText } from '../../i18n/records.ts';
import { cohortDate } from '../data/cohort-dates.ts';
import { earliestDay } from '../dates/partial-date.ts';
import {
  comparePublications,
  earliestPublication,
  isDated,
  publicationPrecision,
  type Publication,
} from '../dates/publication.ts';
import { articleTitle } from '../site/article-title.ts';
import { articleKindLabel, periodLabel, statusLabel } from '../site/format.ts';
import { participantsLabel } from '../site/participant-words.ts';
import { cohortName } from '../site/names.ts';
import { routes } from '../site/routes.ts';
import { bodyChangeText, bodyCorrectionLog } from './body-corrections.ts';
import { correctionLog } from './corrections.ts';
import type { OpenDataInput } from './types.ts';

export interface FeedItem {
  title: string;
  /** Site path of the item's page. */
  link: string;
  /** Absent when the date is known only to the year, or not at all. */
  pubDate?: Date;
  description: string;
  categories: string[];
}

/** A partial date (with a WIB time when given) as a Date: the first moment it may stand for. */
export function feedDate(date: string, time?: string): Date {
  const day = earliestDay(date);
  return new Date(time && day === date ? `${day}T${time}:00+07:00` : `${day}T00:00:00Z`);
}

/** An item with its sort key: the first moment it may stand for, -Infinity when unbounded. */
type Sortable = FeedItem & { key: string; at: number };

const newestFirst = (a: Sortable, b: Sortable): number => b.at - a.at || a.key.localeCompare(b.key);

/** The pubDate of a publication: only when it is known to the day or the month. */
function pubDateOf(p: Publication & { published_time?: string | undefined }): Date | undefined {
  const precision = publicationPrecision(p);
  return precision === 'day' || precision === 'month'
    ? feedDate(p.published, p.published_time)
    : undefined;
}

/** The sort position of a publication: its first moment, -Infinity when nothing bounds it. */
function sortTime(p: Publication & { published_time?: string | undefined }): number {
  const earliest = earliestPublication(p);
  if (earliest === undefined) return -Infinity;
  return (isDated(p) ? feedDate(p.published, p.published_time) : feedDate(earliest)).getTime();
}

/** `{ pubDate }` when there is one, else nothing. */
const optional = (pubDate: Date | undefined): { pubDate?: Date } => (pubDate ? { pubDate } : {});

/** New source articles and cohorts, newest first. */
export function siteFeedItems(input: OpenDataInput, lang: Lang): FeedItem[] {
  const v = input.vocabularies;
  const published = new Map(input.articles.map((a) => [a.id, a.data]));
  const label = (map: typeof v.themes, key: string) => map.get(key)?.label[lang] ?? key;
  const articles = input.articles.map((a): Sortable => ({
    key: `a:${a.id}`,
    at: sortTime(a.data),
    title: articleTitle(a.data, lang),
    link: routes.source(lang, a.id),
    ...optional(pubDateOf(a.data)),
    description: a.data.summary[lang],
    categories: [recordText.source[lang], articleKindLabel(a.data.kind, lang)],
  }));
  const cohorts = input.cohorts.map((c): Sortable => {
    const d = c.data;
    const sources = d.sources
      .map((s) => published.get(s.article))
      .filter((x) => x !== undefined)
      .sort(comparePublications);
    // A source of unknown date with no lower bound says nothing of when the cohort became known.
    const first = sources.find((p) => earliestPublication(p) !== undefined) ?? sources[0];
    // The day (or bound) of the first report; its time of day is the article's, not the cohort's.
    const when: Publication = first
      ? {
          published: first.published,
          ...(first.published_after ? { published_after: first.published_after } : {}),
          ...(first.published_before ? { published_before: first.published_before } : {}),
        }
      : { published: cohortDate(d) ?? 'unknown' };
    const participants = participantsLabel(d.participants, v['participant-groups'], lang);
    return {
      key: `c:${c.id}`,
      title: `${recordText.cohort[lang]}: ${cohortName(d, v.themes, lang)}`,
      link: routes.cohort(lang, c.id),
      at: sortTime(when),
      ...optional(pubDateOf(when)),
      description:
        lang === 'id'
          ? `${label(v.programmes, d.programme)}, ${periodLabel(d.period, 'id')}, ${label(v.places, d.place)}. Status: ${statusLabel(d.status, 'id')}. Peserta: ${participants}.`
          : `${label(v.programmes, d.programme)}, ${periodLabel(d.period, 'en')}, ${label(v.places, d.place)}. Status: ${statusLabel(d.status, 'en')}. Participants: ${participants}.`,
      categories: [
        recordText.cohort[lang],
        label(v.themes, d.theme),
        label(v.programmes, d.programme),
      ],
    };
  });
  return [...articles, ...cohorts].sort(newestFirst).map(({ key: _key, at: _at, ...item }) => item);
}

/** Every correction of a value and of a stored article text, newest first. */
export function correctionFeedItems(input: OpenDataInput, lang: Lang): FeedItem[] {
  const texts = bodyCorrectionLog(input).map((c) => ({
    date: c.date,
    item: {
      title: `${lang === 'id' ? 'Koreksi teks sumber' : 'Source text correction'}: ${c.title}`,
      link: `${routes.corrections(lang)}#${c.anchor}`,
      pubDate: feedDate(c.date),
      description: `${bodyChangeText(c, lang)} ${lang === 'id' ? 'Alasan' : 'Reason'}: ${c.reason[lang]}`,
      categories: [lang === 'id' ? 'Koreksi' : 'Correction'],
    },
  }));
  const values = valueCorrectionItems(input, lang);
  // Stable: values keep their order within a day, before the texts of that day.
  return [...values, ...texts].sort((a, b) => b.date.localeCompare(a.date)).map(({ item }) => item);
}

/** Every correction of a published value, newest first, with its date. */
function valueCorrectionItems(
  input: OpenDataInput,
  lang: Lang,
): { date: string; item: FeedItem }[] {
  const v = input.vocabularies;
  const cohorts = new Map(input.cohorts.map((c) => [c.id, c.data]));
  const claims = new Map(input.claims.map((c) => [c.id, c.data]));
  const groupLabel = (key: string) => v['participant-groups'].get(key)?.label[lang] ?? key;
  const log = correctionLog(input);
  return log
    .map((c, i) => {
      const cohort = cohorts.get(c.recordId);
      const name =
        c.recordKind === 'cohort' && cohort
          ? cohortName(cohort, v.themes, lang)
          : (claims.get(c.recordId)?.statement[lang] ?? c.recordId);
      const field = fieldLabel(c.field, lang, groupLabel);
      const current = c.current ?? '';
      return {
        key: String(i).padStart(6, '0'),
        title: `${lang === 'id' ? 'Koreksi' : 'Correction'}: ${name} — ${field}`,
        link: `${routes.corrections(lang)}#${c.anchor}`,
        pubDate: feedDate(c.date),
        description:
          lang === 'id'
            ? `${field}: sebelumnya "${c.previous}", sekarang "${current}". Alasan: ${c.reason.id}`
            : `${field}: previously "${c.previous}", now "${current}". Reason: ${c.reason.en}`,
        categories: [lang === 'id' ? 'Koreksi' : 'Correction'],
      };
    })
    .map(({ key: _key, ...item }, i) => ({ date: log[i]?.date ?? '', item }));
}
