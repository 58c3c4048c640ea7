/**
 * Structured data (schema.org JSON-LD) for the pages: NewsArticle for a
 * source article, EducationEvent for a cohort, Dataset for the open data.
 * Only recorded facts go in: a property the records do not hold (a
 * publisher we do not know, an end date not given) is left out, never
 * guessed.
 *
 * Dates are ISO 8601 at the precision the source gives: "2019-02" when
 * only the month is known, "2019" for a year. schema.org's Date and
 * DateTime follow ISO 8601, which allows this reduced precision; a time in
 * WIB (UTC+7) is added when the article states one. A publication date that
 * is not known is left out (schema.org has no "published after").
 */
import type { Lang } from '../../i18n/lang.ts';
import type { Article } from '../../schemas/article.ts';
import { knownPeriod } from '../data/cohort-dates.ts';
import { compareDates, precisionOf } from '../dates/partial-date.ts';
import { isDated } from '../dates/publication.ts';
import type { CohortRecord, Record as Entry } from '../data/types.ts';
import { titleProperty } from '../site/article-title.ts';
import { articleKindLabel, statusLabel } from '../site/format.ts';
import { participantsLabel } from '../site/participant-words.ts';
import { cohortName } from '../site/names.ts';
import { routes } from '../site/routes.ts';
import { DATA_LICENCE, citationText, datasetDescription, datasetKeywords } from './citation.ts';
import { citationsLd, copiesLd } from './provenance-ld.ts';
import { absolute, type OpenDataInput, type Vocabularies } from './types.ts';

type Json = { [key: string]: unknown };

const CONTEXT = 'https://schema.org';

/**
 * JSON for a `<script type="application/ld+json">` element: `<`, `>` and
 * `&` are written as \u escapes, so no text can close the element early.
 */
export function jsonLdText(data: Json | readonly Json[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026');
}

/** ISO 8601 date of a publication, with its time in WIB when stated and the day is known. */
export function publicationDate(published: string, time?: string): string {
  return time && precisionOf(published) === 'day' ? `${published}T${time}:00+07:00` : published;
}

interface Site {
  site: string;
  vocabularies: Vocabularies;
}

const organization = (name: string, url?: string): Json => ({
  '@type': 'Organization',
  name,
  ...(url ? { url } : {}),
});

/** NewsArticle for a source article; `url` is the original address when known, else our copy. */
export function newsArticleLd(article: Entry<Article>, lang: Lang, ctx: Site): Json {
  const d = article.data;
  const page = absolute(ctx, routes.source(lang, article.id));
  const outlet = d.outlet === 'unknown' ? undefined : ctx.vocabularies.outlets.get(d.outlet);
  const author = d.reporter
    ? { '@type': 'Person', name: d.reporter }
    : d.credit
      ? organization(d.credit)
      : undefined;
  const original = d.republishes;
  const originalOutlet =
    original && original.outlet !== 'unknown'
      ? ctx.vocabularies.outlets.get(original.outlet)
      : undefined;
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    '@id': `${page}#article`,
    ...titleProperty(d),
    ...(isDated(d) ? { datePublished: publicationDate(d.published, d.published_time) } : {}),
    inLanguage: d.language,
    url: d.url === 'unknown' ? page : d.url,
    archivedAt: page,
    ...copiesLd(d, page),
    ...(d.also_at?.length ? { sameAs: d.also_at } : {}),
    description: d.summary[lang],
    genre: articleKindLabel(d.kind, lang),
    ...(outlet ? { publisher: organization(outlet.label[lang], outlet.website) } : {}),
    ...(author ? { author } : {}),
    ...(d.editor ? { editor: { '@type': 'Person', name: d.editor } } : {}),
    ...(original
      ? {
          isBasedOn: {
            '@type': 'NewsArticle',
            ...(original.url ? { url: original.url } : {}),
            ...(original.published ? { datePublished: original.published } : {}),
            ...(originalOutlet
              ? { publisher: organization(originalOutlet.label[lang], originalOutlet.website) }
              : {}),
          },
        }
      : {}),
  };
}

/**
 * EducationEvent for a cohort. Held and planned cohorts are EventScheduled
 * (schema.org has no "completed" status); an announced cohort gets no
 * status, and one whose training dates are not given no startDate. Participant counts are in the description: schema.org has no
 * property for the number of people who attended (maximumAttendeeCapacity
 * is a venue's capacity, and some courses had participants from elsewhere).
 */
export function educationEventLd(
  cohort: CohortRecord,
  lang: Lang,
  ctx: Site & { articles: ReadonlyMap<string, Pick<Entry<Article>, 'data'>> },
): Json {
  const d = cohort.data;
  const v = ctx.vocabularies;
  const page = absolute(ctx, routes.cohort(lang, cohort.id));
  const label = (map: Vocabularies['themes'], key: string) => map.get(key)?.label[lang] ?? key;
  const place = label(v.places, d.place);
  const participants = participantsLabel(d.participants, v['participant-groups'], lang);
  const description =
    lang === 'id'
      ? `${label(v.programmes, d.programme)}. Status: ${statusLabel(d.status, 'id')}. Peserta: ${participants}.`
      : `${label(v.programmes, d.programme)}. Status: ${statusLabel(d.status, 'en')}. Participants: ${participants}.`;
  const articles = [...new Set(d.sources.map((s) => s.article))];
  const period = knownPeriod(d);
  return {
    '@context': CONTEXT,
    '@type': 'EducationEvent',
    '@id': `${page}#event`,
    name: cohortName(d, v.themes, lang),
    description,
    url: page,
    image: absolute(ctx, routes.shareImage(lang, cohort.id)),
    ...(period ? { startDate: period.start } : {}),
    ...(period?.end ? { endDate: period.end } : {}),
    ...(d.status === 'announced' ? {} : { eventStatus: 'https://schema.org/EventScheduled' }),
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: {
      '@type': 'Place',
      name: place,
      address: { '@type': 'PostalAddress', addressLocality: place },
    },
    ...(d.host ? { organizer: organization(d.host) } : {}),
    ...(d.experts?.length
      ? {
          performer: d.experts.map((e) => ({
            '@type': 'Person',
            name: e.name,
            ...(e.role ? { jobTitle: e.role } : {}),
          })),
        }
      : {}),
    audience: {
      '@type': 'Audience',
      audienceType: d.participants.map((p) => label(v['participant-groups'], p.group)).join(', '),
    },
    ...citationsLd({ kind: 'cohort', id: cohort.id, data: d }, lang, ctx),
    subjectOf: articles.map((id) => {
      const article = ctx.articles.get(id);
      return {
        '@type': 'NewsArticle',
        '@id': `${absolute(ctx, routes.source(lang, id))}#article`,
        ...(article ? titleProperty(article.data) : { headline: id }),
      };
    }),
  };
}

/** First and last date of the cohorts' training, as an ISO 8601 interval; undefined without one. */
export function temporalCoverage(cohorts: readonly CohortRecord[]): string | undefined {
  const periods = cohorts.flatMap((c) => knownPeriod(c.data) ?? []);
  const starts = periods.map((p) => p.start).sort(compareDates);
  const ends = periods.map((p) => p.end ?? p.start).sort(compareDates);
  const first = starts[0];
  const last = ends[ends.length - 1];
  return first && last ? `${first}/${last}` : undefined;
}

/** The media type of a data file, by its ending: CSV, JSON-LD (the annotations) or JSON. */
export function encodingFormatOf(file: string): string {
  if (file.endsWith('.csv')) return 'text/csv';
  return file.endsWith('.jsonld') ? 'application/ld+json' : 'application/json';
}

/** Dataset for the open data page: every download as a DataDownload with its media type. */
export function datasetLd(
  input: OpenDataInput,
  lang: Lang,
  version: string,
  files: readonly string[],
): Json {
  const page = absolute(input, routes.openData(lang));
  const coverage = temporalCoverage(input.cohorts);
  const p = input.profile;
  const publisher = organization(p.publisher, absolute(input, routes.home(lang)));
  return {
    '@context': CONTEXT,
    '@type': 'Dataset',
    '@id': `${page}#dataset`,
    name: p.dataset_title[lang],
    description: datasetDescription(p)[lang],
    url: page,
    license: DATA_LICENCE.url,
    isAccessibleForFree: true,
    creator: publisher,
    publisher,
    creditText: citationText(lang, version, input),
    version,
    dateModified: version,
    inLanguage: [...p.languages],
    keywords: datasetKeywords(p, false),
    ...(coverage ? { temporalCoverage: coverage } : {}),
    spatialCoverage: {
      '@type': 'Place',
      name: p.city.name.id,
      address: {
        '@type': 'PostalAddress',
        addressLocality: p.city.locality,
        addressRegion: p.city.region,
        addressCountry: p.city.country,
      },
    },
    distribution: files.map((file) => ({
      '@type': 'DataDownload',
      name: file,
      encodingFormat: encodingFormatOf(file),
      contentUrl: absolute(input, routes.dataFile(file)),
    })),
  };
}
