/**
 * The RSS feeds of the built site: well-formed RSS 2.0 whose items link to
 * built pages, one item per source article and cohort (or per correction),
 * every date one the content gives, none from the build.
 */
import { describe, expect, it } from 'vitest';
import {
  compareDates,
  earliestDay,
  isValidPartialDate,
  latestDay,
} from '../../src/lib/dates/partial-date.ts';
import {
  SITE_URL,
  distFileOf,
  readDist,
  siteContent,
  xmlBlocks,
  xmlProblems,
  xmlTagAttrs,
  xmlTexts,
} from '../helpers/dist.ts';

const { content } = siteContent();

const FEEDS = [
  { file: 'rss.xml', lang: 'id', kind: 'site' },
  { file: 'en/rss.xml', lang: 'en', kind: 'site' },
  { file: 'koreksi/rss.xml', lang: 'id', kind: 'corrections' },
  { file: 'en/corrections/rss.xml', lang: 'en', kind: 'corrections' },
] as const;

/** RFC 822 date as RSS 2.0 requires ("Mon, 15 May 2023 00:00:00 GMT"). */
const RFC_822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;

interface Item {
  title: string | undefined;
  link: string | undefined;
  guid: string | undefined;
  pubDate: string | undefined;
  description: string | undefined;
}

function items(xml: string): Item[] {
  return xmlBlocks(xml, 'item').map((block) => ({
    title: xmlTexts(block, 'title')[0],
    link: xmlTexts(block, 'link')[0],
    guid: xmlTexts(block, 'guid')[0],
    pubDate: xmlTexts(block, 'pubDate')[0],
    description: xmlTexts(block, 'description')[0],
  }));
}

/** Every date written anywhere in the content's records (a partial date, at any depth). */
function contentDates(value: unknown): string[] {
  if (typeof value === 'string') return isValidPartialDate(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(contentDates);
  if (value !== null && typeof value === 'object')
    return Object.values(value).flatMap(contentDates);
  return [];
}

/** The last moment any date of the content can stand for: no feed date may be later. */
const newestContentMoment = Date.parse(
  `${latestDay(
    [...content.articles, ...content.cohorts, ...content.claims, ...content.context]
      .flatMap((r) => contentDates(r.data))
      .sort(compareDates)
      .at(-1) ?? '1900',
  )}T23:59:59Z`,
);

/** Feeds whose content gives them items: the ones whose items there are to check. */
const itemCount = (kind: 'site' | 'corrections'): number =>
  kind === 'site'
    ? content.articles.length + content.cohorts.length
    : [...content.cohorts, ...content.claims].reduce(
        (n, r) => n + (r.data.corrections?.length ?? 0),
        0,
      );

describe('RSS feeds', () => {
  it.each(FEEDS.map((f) => [f.file, f] as const))(
    '%s is well-formed RSS 2.0 with its channel title, link, language and self link',
    (file, feed) => {
      const xml = readDist(file);
      expect(xmlProblems(xml), `dist/${file} is not well-formed XML`).toEqual([]);
      expect(xml, `dist/${file}: no <rss version="2.0">`).toMatch(/<rss[^>]*\sversion="2\.0"/);
      const channel = xmlBlocks(xml, 'channel');
      expect(channel.length, `dist/${file}: ${channel.length} <channel> elements`).toBe(1);
      const head = (channel[0] ?? '').replace(/<item>[\s\S]*<\/item>/, '');
      expect(xmlTexts(head, 'title')[0], `dist/${file}: channel title`).toBeTruthy();
      expect(xmlTexts(head, 'description')[0], `dist/${file}: channel description`).toBeTruthy();
      const link = xmlTexts(head, 'link')[0] ?? '';
      expect(distFileOf(link), `dist/${file}: channel link ${link} is not in dist`).toBeTruthy();
      expect(xmlTexts(head, 'language')[0], `dist/${file}: language`).toBe(
        feed.lang === 'id' ? 'id-ID' : 'en-GB',
      );
      const self = xmlTagAttrs(head, 'atom:link').find((a) => a['rel'] === 'self');
      expect(self?.['href'], `dist/${file}: atom:link rel=self`).toBe(`${SITE_URL}/${file}`);
    },
  );

  it.each(FEEDS.filter((f) => itemCount(f.kind) > 0).map((f) => [f.file] as const))(
    '%s: every item has a title, a link to a built page, a permalink guid and an RFC 822 pubDate',
    (file) => {
      const list = items(readDist(file));
      expect(list.length, `dist/${file}: no items`).toBeGreaterThan(0);
      list.forEach((item, i) => {
        const what = `dist/${file} item ${i + 1}`;
        expect(item.title, `${what}: title`).toBeTruthy();
        expect(item.description, `${what}: description`).toBeTruthy();
        expect(item.link?.startsWith(`${SITE_URL}/`), `${what}: link ${item.link}`).toBe(true);
        expect(
          distFileOf(item.link ?? ''),
          `${what}: link ${item.link} is not in dist`,
        ).toBeTruthy();
        expect(item.guid, `${what}: guid`).toBe(item.link);
        expect(item.pubDate, `${what}: pubDate`).toMatch(RFC_822);
      });
      const times = list.map((item) => Date.parse(item.pubDate ?? ''));
      times.slice(1).forEach((t, i) => {
        expect(t, `dist/${file}: item ${i + 2} is newer than item ${i + 1}`).toBeLessThanOrEqual(
          times[i] ?? Infinity,
        );
      });
      const guids = list.map((item) => item.guid);
      expect(new Set(guids).size, `dist/${file}: a guid repeats`).toBe(guids.length);
    },
  );

  it.each(FEEDS.filter((f) => f.kind === 'site').map((f) => [f.file, f.lang] as const))(
    '%s has one item per source article and per cohort, an article dated by its publication',
    (file, lang) => {
      const list = items(readDist(file));
      const [sources, cohorts] =
        lang === 'id' ? ['sumber', 'angkatan'] : ['en/sources', 'en/cohorts'];
      const expected = [
        ...content.articles.map((a) => `${SITE_URL}/${sources}/${a.id}/`),
        ...content.cohorts.map((c) => `${SITE_URL}/${cohorts}/${c.id}/`),
      ].sort();
      expect(list.map((item) => item.link).sort(), `dist/${file} item links`).toEqual(expected);
      for (const a of content.articles) {
        const item = list.find((it) => it.link === `${SITE_URL}/${sources}/${a.id}/`);
        expect(item?.title, `dist/${file}: title of ${a.id}`).toBe(a.data.title);
        const day = earliestDay(a.data.published);
        const expectedDate =
          a.data.published_time && day === a.data.published
            ? new Date(`${day}T${a.data.published_time}:00+07:00`)
            : new Date(`${day}T00:00:00Z`);
        expect(Date.parse(item?.pubDate ?? ''), `dist/${file}: pubDate of ${a.id}`).toBe(
          expectedDate.getTime(),
        );
      }
    },
  );

  it.each(FEEDS.filter((f) => f.kind === 'corrections').map((f) => [f.file] as const))(
    '%s has one item per correction in the content',
    (file) => {
      expect(items(readDist(file)).length, `dist/${file} items`).toBe(itemCount('corrections'));
    },
  );

  it.each(FEEDS.map((f) => [f.file] as const))(
    '%s has no date later than the newest date in the content (none from the build)',
    (file) => {
      const xml = readDist(file);
      const dates = ['pubDate', 'lastBuildDate', 'dc:date'].flatMap((tag) =>
        xmlTexts(xml, tag).map((text) => [tag, text] as const),
      );
      for (const [tag, text] of dates) {
        const time = Date.parse(text);
        expect(Number.isNaN(time), `dist/${file}: <${tag}>${text}`).toBe(false);
        expect(
          time,
          `dist/${file}: <${tag}>${text} is after every date in the content`,
        ).toBeLessThanOrEqual(newestContentMoment);
      }
    },
  );
});
