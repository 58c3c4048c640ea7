/**
 * Structured data in the built pages: every <script type="application/ld+json">
 * parses, uses the schema.org context, and carries the properties schema.org
 * and Google's structured-data guidelines require for its type, with the
 * values the content holds (an unknown date, publisher or end date is left
 * out or kept at the precision the source gives, never guessed).
 */
import { describe, expect, it } from 'vitest';
import { knownPeriod } from '../../src/lib/data/cohort-dates.ts';
import { publicationDate } from '../../src/lib/opendata/jsonld.ts';
import {
  SITE_URL,
  attr,
  distFileOf,
  distFiles,
  findElements,
  htmlPages,
  pageDocument,
  siteContent,
  textOf,
} from '../helpers/dist.ts';

type Json = Record<string, unknown>;

const { content } = siteContent();
const pages = htmlPages();

/** The JSON-LD blocks of a page, parsed; fails naming the file when one does not parse. */
function jsonLd(file: string): Json[] {
  const scripts = findElements(
    pageDocument(file),
    (el) => el.tagName === 'script' && attr(el, 'type') === 'application/ld+json',
  );
  return scripts.flatMap((s, i) => {
    let data: unknown;
    try {
      data = JSON.parse(textOf(s));
    } catch (e) {
      throw new Error(`dist/${file}: JSON-LD block ${i + 1} does not parse: ${String(e)}`, {
        cause: e,
      });
    }
    return Array.isArray(data) ? (data as Json[]) : [data as Json];
  });
}

function canonicalOf(file: string): string | undefined {
  const link = findElements(
    pageDocument(file),
    (el) => el.tagName === 'link' && attr(el, 'rel') === 'canonical',
  )[0];
  return link && attr(link, 'href');
}

/** The one block of this @type on the page. */
function blockOf(file: string, type: string): Json {
  const blocks = jsonLd(file).filter((b) => b['@type'] === type);
  expect(blocks.length, `dist/${file}: ${blocks.length} ${type} blocks, not 1`).toBe(1);
  return blocks[0] as Json;
}

const name = (value: unknown): unknown => (value as Json | undefined)?.['name'];
/** ISO 8601 date at year, month or day precision, or a date-time with an offset. */
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2}))?)?)?$/;

function expectOnSite(url: unknown, what: string): void {
  expect(typeof url === 'string' && url.startsWith(`${SITE_URL}/`), `${what}: ${String(url)}`).toBe(
    true,
  );
  expect(distFileOf(url as string), `${what}: ${String(url)} is not in dist`).toBeTruthy();
}

describe('JSON-LD on every page', () => {
  it.each(pages.map((p) => [p.file] as const))(
    '%s: every block parses, with the schema.org context and a known @type',
    (file) => {
      for (const block of jsonLd(file)) {
        expect(block['@context'], `dist/${file}: @context`).toBe('https://schema.org');
        expect(
          ['NewsArticle', 'EducationEvent', 'CourseInstance', 'Dataset'],
          `dist/${file}: @type ${String(block['@type'])}`,
        ).toContain(block['@type']);
      }
    },
  );

  it('is on each page type that has structured data, in both languages', () => {
    const typesOn = (path: string): unknown[] => {
      const file = distFileOf(path);
      if (!file) throw new Error(`${path} is not in dist`);
      return jsonLd(file).map((b) => b['@type']);
    };
    const article = content.articles[0]?.id ?? '';
    const cohort = content.cohorts[0]?.id ?? '';
    expect(typesOn(`/sumber/${article}/`), `/sumber/${article}/`).toContain('NewsArticle');
    expect(typesOn(`/en/sources/${article}/`), `/en/sources/${article}/`).toContain('NewsArticle');
    expect(typesOn(`/angkatan/${cohort}/`), `/angkatan/${cohort}/`).toContain('EducationEvent');
    expect(typesOn(`/en/cohorts/${cohort}/`), `/en/cohorts/${cohort}/`).toContain('EducationEvent');
    expect(typesOn('/data-terbuka/'), '/data-terbuka/').toContain('Dataset');
    expect(typesOn('/en/open-data/'), '/en/open-data/').toContain('Dataset');
  });

  it('is only on the pages that describe that thing (no NewsArticle on a list, …)', () => {
    const expected = new Map<string, string>([
      ...content.articles.flatMap((a) => [
        [`sumber/${a.id}/index.html`, 'NewsArticle'] as const,
        [`en/sources/${a.id}/index.html`, 'NewsArticle'] as const,
      ]),
      ...content.cohorts.flatMap((c) => [
        [`angkatan/${c.id}/index.html`, 'EducationEvent'] as const,
        [`en/cohorts/${c.id}/index.html`, 'EducationEvent'] as const,
      ]),
      ['data-terbuka/index.html', 'Dataset'],
      ['en/open-data/index.html', 'Dataset'],
    ]);
    for (const { file } of pages) {
      const types = jsonLd(file).map((b) => b['@type']);
      const want = expected.get(file);
      expect(types, `dist/${file}: JSON-LD types`).toEqual(want ? [want] : []);
    }
  });
});

const langs = [
  ['id', 'sumber', 'angkatan', 'data-terbuka'],
  ['en', 'en/sources', 'en/cohorts', 'en/open-data'],
] as const;

describe('NewsArticle on source article pages', () => {
  const outlets = content.vocabularies.outlets;
  const cases = langs.flatMap(([lang, sources]) =>
    content.articles.map((a) => [`${sources}/${a.id}/index.html`, lang, a] as const),
  );

  it.each(cases)(
    '%s: headline, datePublished, inLanguage, url, publisher and author',
    (file, lang, a) => {
      const d = a.data;
      const ld = blockOf(file, 'NewsArticle');
      const what = `dist/${file} NewsArticle`;
      expect(ld['headline'], `${what}: headline`).toBe(d.title);
      expect(
        String(ld['headline']).length,
        `${what}: headline over 110 characters`,
      ).toBeLessThanOrEqual(110);
      expect(ld['datePublished'], `${what}: datePublished`).toMatch(ISO_DATE);
      // Kept at the precision the source gives: a month-only date stays "YYYY-MM".
      expect(String(ld['datePublished']).startsWith(d.published), `${what}: datePublished`).toBe(
        true,
      );
      expect(ld['datePublished'], `${what}: datePublished`).toBe(
        publicationDate(d.published, d.published_time),
      );
      expect(ld['inLanguage'], `${what}: inLanguage`).toBe(d.language);
      expect(ld['url'], `${what}: url`).toBe(d.url === 'unknown' ? canonicalOf(file) : d.url);
      expect(ld['archivedAt'], `${what}: archivedAt is not the page's canonical`).toBe(
        canonicalOf(file),
      );
      expectOnSite(ld['archivedAt'], `${what}: archivedAt`);
      const outlet = d.outlet === 'unknown' ? undefined : outlets.get(d.outlet);
      if (outlet) expect(name(ld['publisher']), `${what}: publisher.name`).toBe(outlet.label[lang]);
      else expect(ld['publisher'], `${what}: a publisher for an unknown outlet`).toBeUndefined();
      const author = d.reporter ?? d.credit;
      if (author) expect(name(ld['author']), `${what}: author.name`).toBe(author);
      else expect(ld['author'], `${what}: an author the article does not name`).toBeUndefined();
      if (d.republishes)
        expect((ld['isBasedOn'] as Json | undefined)?.['@type'], `${what}: isBasedOn`).toBe(
          'NewsArticle',
        );
    },
  );
});

describe('EducationEvent on cohort pages', () => {
  const cases = langs.flatMap(([lang, , cohorts]) =>
    content.cohorts.map((c) => [`${cohorts}/${c.id}/index.html`, lang, c] as const),
  );

  it.each(cases)('%s: name, startDate, location, organizer, url, image', (file, _lang, c) => {
    const d = c.data;
    const ld = blockOf(file, 'EducationEvent');
    const what = `dist/${file} EducationEvent`;
    expect(String(ld['name'] ?? '').trim(), `${what}: name`).toBeTruthy();
    expect(ld['startDate'], `${what}: startDate`).toBe(knownPeriod(d)?.start);
    if (d.period !== 'unknown') expect(ld['startDate'], `${what}: startDate`).toMatch(ISO_DATE);
    expect(ld['endDate'], `${what}: endDate`).toBe(knownPeriod(d)?.end);
    const location = ld['location'] as Json | undefined;
    expect(location?.['@type'], `${what}: location @type`).toBe('Place');
    expect(String(location?.['name'] ?? '').trim(), `${what}: location.name`).toBeTruthy();
    const address = location?.['address'] as Json | undefined;
    expect(
      typeof address === 'string' || String(address?.['addressLocality'] ?? '').trim() !== '',
      `${what}: location.address`,
    ).toBe(true);
    if (d.host) expect(name(ld['organizer']), `${what}: organizer.name`).toBe(d.host);
    else expect(ld['organizer'], `${what}: an organizer the sources do not name`).toBeUndefined();
    expect(ld['url'], `${what}: url is not the page's canonical`).toBe(canonicalOf(file));
    expectOnSite(ld['url'], `${what}: url`);
    expectOnSite(ld['image'], `${what}: image`);
    if (d.status === 'announced')
      expect(ld['eventStatus'], `${what}: an announced cohort has an eventStatus`).toBeUndefined();
    for (const s of (ld['subjectOf'] as Json[] | undefined) ?? [])
      expectOnSite(String(s['@id']).replace(/#.*$/, ''), `${what}: subjectOf`);
  });
});

describe('Dataset on the open data pages', () => {
  const dataFiles = distFiles('data')
    .map((f) => f.slice('data/'.length))
    .filter((f) => f !== 'datapackage.json');

  it.each(langs.map(([lang, , , openData]) => [`${openData}/index.html`, lang] as const))(
    '%s: name, description, license, creator and a distribution of every data file',
    (file) => {
      const ld = blockOf(file, 'Dataset');
      const what = `dist/${file} Dataset`;
      expect(String(ld['name'] ?? '').trim(), `${what}: name`).toBeTruthy();
      const description = String(ld['description'] ?? '');
      expect(description.length, `${what}: description under 50 characters`).toBeGreaterThanOrEqual(
        50,
      );
      expect(description.length, `${what}: description over 5000 characters`).toBeLessThanOrEqual(
        5000,
      );
      expect(ld['license'], `${what}: license`).toBe(
        'https://creativecommons.org/licenses/by/4.0/',
      );
      expect(String(name(ld['creator']) ?? '').trim(), `${what}: creator.name`).toBeTruthy();
      expect(ld['url'], `${what}: url is not the page's canonical`).toBe(canonicalOf(file));
      const distribution = ld['distribution'] as Json[] | undefined;
      expect(Array.isArray(distribution), `${what}: distribution is not a list`).toBe(true);
      const urls = (distribution ?? []).map((dl) => {
        expect(dl['@type'], `${what}: distribution @type`).toBe('DataDownload');
        const url = String(dl['contentUrl'] ?? '');
        expectOnSite(url, `${what}: contentUrl`);
        expect(dl['encodingFormat'], `${what}: encodingFormat of ${url}`).toBe(
          url.endsWith('.csv')
            ? 'text/csv'
            : url.endsWith('.jsonld')
              ? 'application/ld+json'
              : 'application/json',
        );
        return url;
      });
      for (const f of dataFiles)
        expect(urls, `${what}: no DataDownload for data/${f}`).toContain(`${SITE_URL}/data/${f}`);
      expect(urls, `${what}: the Web Annotation file`).toContain(
        `${SITE_URL}/data/annotations.jsonld`,
      );
    },
  );
});
