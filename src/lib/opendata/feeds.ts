/**
 * Items of the RSS feeds, newest first: new source articles and cohorts
 * (/rss.xml, /en/rss.xml) and corrections (/koreksi/rss.xml,
 * /en/corrections/rss.xml). Every date comes from the content, never from
 * the build, so the feeds are identical from build to build.
 *
 * A date known only to the month or year is given as the first day it may
 * stand for (RSS needs a full date). A cohort's date is when it first
 * became known: the earliest publication of the articles it cites.
 */
import type { Lang } from '../../i18n/lang.ts';
import { fieldLabel, recordText } from '../../i18n/records.ts';
import { compareDates, earliestDay } from '../dates/partial-date.ts';
import { articleKindLabel, periodLabel, statusLabel } from '../site/format.ts';
import { participantsLabel } from '../site/participant-words.ts';
import { cohortName } from '../site/names.ts';
import { routes } from '../site/routes.ts';
import { correctionLog } from './corrections.ts';
import type { OpenDataInput } from './types.ts';

export interface FeedItem {
  title: string;
  /** Site path of the item's page. */
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

/** A partial date (with a WIB time when given) as a Date: the first moment it may stand for. */
export function feedDate(date: string, time?: string): Date {
  const day = earliestDay(date);
  return new Date(time && day === date ? `${day}T${time}:00+07:00` : `${day}T00:00:00Z`);
}

const newestFirst = (a: FeedItem & { key: string }, b: FeedItem & { key: string }): number =>
  b.pubDate.getTime() - a.pubDate.getTime() || a.key.localeCompare(b.key);

/** New source articles and cohorts, newest first. */
export function siteFeedItems(input: OpenDataInput, lang: Lang): FeedItem[] {
  const v = input.vocabularies;
  const published = new Map(input.articles.map((a) => [a.id, a.data.published]));
  const label = (map: typeof v.themes, key: string) => map.get(key)?.label[lang] ?? key;
  const articles = input.articles.map((a) => ({
    key: `a:${a.id}`,
    title: a.data.title,
    link: routes.source(lang, a.id),
    pubDate: feedDate(a.data.published, a.data.published_time),
    description: a.data.summary[lang],
    categories: [recordText.source[lang], articleKindLabel(a.data.kind, lang)],
  }));
  const cohorts = input.cohorts.map((c) => {
    const d = c.data;
    const known = d.sources
      .map((s) => published.get(s.article))
      .filter((x): x is string => x !== undefined)
      .sort(compareDates);
    const participants = participantsLabel(d.participants, v['participant-groups'], lang);
    return {
      key: `c:${c.id}`,
      title: `${recordText.cohort[lang]}: ${cohortName(d, v.themes, lang)}`,
      link: routes.cohort(lang, c.id),
      pubDate: feedDate(known[0] ?? d.period.start),
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
  return [...articles, ...cohorts].sort(newestFirst).map(({ key: _key, ...item }) => item);
}

/** Every correction, newest first. */
export function correctionFeedItems(input: OpenDataInput, lang: Lang): FeedItem[] {
  const v = input.vocabularies;
  const cohorts = new Map(input.cohorts.map((c) => [c.id, c.data]));
  const claims = new Map(input.claims.map((c) => [c.id, c.data]));
  const groupLabel = (key: string) => v['participant-groups'].get(key)?.label[lang] ?? key;
  return correctionLog(input)
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
        link:
          c.recordKind === 'cohort'
            ? routes.cohort(lang, c.recordId)
            : routes.claim(lang, c.recordId),
        pubDate: feedDate(c.date),
        description:
          lang === 'id'
            ? `${field}: sebelumnya "${c.previous}", sekarang "${current}". Alasan: ${c.reason.id}`
            : `${field}: previously "${c.previous}", now "${current}". Reason: ${c.reason.en}`,
        categories: [lang === 'id' ? 'Koreksi' : 'Correction'],
      };
    })
    .map(({ key: _key, ...item }) => item);
}
