/**
 * Records for tests, one builder per kind of content: cohorts, claims,
 * articles, context events, citations, corrections, vocabulary terms and
 * whole vocabularies. Every default is valid against its zod schema in
 * src/schemas (tests/helpers/records.test.ts holds the builders to that),
 * and the defaults agree with each other: their keys are terms of
 * `vocabularies()` and their quotes occur in `ARTICLE_BODY`.
 *
 * Every field can be overridden; an override replaces the field whole (a
 * `period` given replaces the default period). Nothing depends on the clock
 * or on chance: ids are the caller's, so the same call builds the same
 * record, and each call builds fresh objects a test may change.
 */
import type {
  ArticleRecord,
  ClaimRecord,
  CohortRecord,
  ContextRecord,
  Vocabularies,
} from '../../src/lib/data/types.ts';
import type { Article } from '../../src/schemas/article.ts';
import type { Citation } from '../../src/schemas/citation.ts';
import type { Claim } from '../../src/schemas/claim.ts';
import type { Cohort, ParticipantGroup } from '../../src/schemas/cohort.ts';
import type { ContextEvent } from '../../src/schemas/context-event.ts';
import type { Correction } from '../../src/schemas/correction.ts';
import type { Term, VocabularyName } from '../../src/schemas/vocabulary.ts';

/** Id of the article the default citations quote. */
export const DEFAULT_ARTICLE = 'artikel-uji';

/** Stored text of the default article: every default quote occurs in it once. */
export const ARTICLE_BODY = [
  'Sebanyak 25 orang ASN Pemkot Jambi mengikuti pelatihan di Singapura.',
  'Dalam 3 tahun terakhir, Kota Jambi telah mengirimkan 150 orang ASN.',
  'Nota kesepahaman ditandatangani pada 18 Agustus 2015.',
].join('\n\n');

/** A passage of the default article supporting the given fields. */
export function citation(over: Partial<Citation> = {}): Citation {
  return {
    article: DEFAULT_ARTICLE,
    quote: 'Sebanyak 25 orang ASN Pemkot Jambi',
    supports: ['participants.asn-kota-jambi'],
    ...over,
  };
}

/** A participant group of a cohort: by default the city's own civil servants. */
export function group(
  count: ParticipantGroup['count'],
  key: string = 'asn-kota-jambi',
): ParticipantGroup {
  return { group: key, count };
}

/** A held SCP cohort of 25 Kota Jambi civil servants in Singapore, March 2023. */
export function cohortData(over: Partial<Cohort> = {}): Cohort {
  return {
    programme: 'scp',
    theme: 'public-service',
    status: 'held',
    period: { start: '2023-03-23' },
    place: 'singapore',
    participants: [group(25)],
    sources: [citation()],
    ...over,
  };
}

export function cohort(id: string, over: Partial<Cohort> = {}): CohortRecord {
  return { id, data: cohortData(over) };
}

/** "150 civil servants in the last 3 years", stated exactly in February 2019, with no scope. */
export function claimData(over: Partial<Claim> = {}): Claim {
  return {
    metric: 'participants',
    value: 150,
    qualifier: 'exact',
    made_on: '2019-02',
    scope: {},
    statement: {
      id: '150 ASN dikirim dalam 3 tahun terakhir.',
      en: '150 civil servants were sent in the last 3 years.',
    },
    sources: [citation({ quote: 'telah mengirimkan 150 orang ASN', supports: ['value'] })],
    ...over,
  };
}

export function claim(id: string, over: Partial<Claim> = {}): ClaimRecord {
  return { id, data: claimData(over) };
}

/** A press release of the city's communications office, February 2019, with its defaults filled in. */
export function articleData(over: Partial<Article> = {}): Article {
  return {
    title: 'Diklat di Singapura, 25 ASN Pemkot Belajar',
    title_basis: 'headline',
    outlet: 'diskominfo-kota-jambi',
    published: '2019-02',
    url: 'https://diskominfo.jambikota.go.id/diklat-di-singapura/',
    language: 'id',
    kind: 'press-release',
    capture: 'complete',
    captured: 'unknown',
    summary: { id: 'Ringkasan.', en: 'Summary.' },
    ...over,
  };
}

export function article(
  id: string,
  over: Partial<Article> = {},
  body: string = ARTICLE_BODY,
): ArticleRecord {
  return { id, data: articleData(over), body };
}

/** An agreement of 18 August 2015, its date stated in the quote. */
export function contextEventData(over: Partial<ContextEvent> = {}): ContextEvent {
  return {
    date: '2015-08-18',
    date_basis: 'stated',
    kind: 'agreement',
    title: { id: 'Nota kesepahaman', en: 'Memorandum of understanding' },
    summary: { id: 'Ringkasan.', en: 'Summary.' },
    sources: [
      citation({
        quote: 'Nota kesepahaman ditandatangani pada 18 Agustus 2015',
        supports: ['date', 'kind'],
      }),
    ],
    ...over,
  };
}

export function contextEvent(id: string, over: Partial<ContextEvent> = {}): ContextRecord {
  return { id, data: contextEventData(over) };
}

/** A typing error in the Kota Jambi participants, corrected on 2 June 2023. */
export function correction(over: Partial<Correction> = {}): Correction {
  return {
    date: '2023-06-02',
    field: 'participants.asn-kota-jambi',
    previous: '20',
    reason: { id: 'Salah ketik.', en: 'A typing error.' },
    ...over,
  };
}

/** A vocabulary term; unless given, its only spelling in source texts is its English label. */
export function term(over: Partial<Term> = {}): Term {
  const label = over.label ?? { id: 'Pelayanan Publik', en: 'Public Service' };
  return { label, terms: [label.en], ...over };
}

/** One vocabulary, terms in the order given. */
export function vocabulary(terms: Readonly<Record<string, Term>>): ReadonlyMap<string, Term> {
  return new Map(Object.entries(terms));
}

/**
 * A participant-group vocabulary: the `own` keys are the government's own
 * people, each key of `others` a group of the body named there.
 */
export function groupTerms(
  own: readonly string[],
  others: Readonly<Record<string, string>> = {},
): ReadonlyMap<string, Term> {
  return vocabulary({
    ...Object.fromEntries(
      own.map((key) => [key, term({ label: { id: key, en: key }, body: 'own' })]),
    ),
    ...Object.fromEntries(
      Object.entries(others).map(([key, body]) => [
        key,
        term({ label: { id: key, en: key }, body: { id: body, en: body } }),
      ]),
    ),
  });
}

/** The terms every default record refers to, one vocabulary per file name. */
function defaultTerms(): Record<VocabularyName, Record<string, Term>> {
  return {
    themes: { 'public-service': term() },
    programmes: {
      scp: term({
        label: { id: 'Singapore Cooperation Programme', en: 'Singapore Cooperation Programme' },
        terms: ['SCP', 'Singapore Cooperation Programme'],
      }),
    },
    outlets: {
      'diskominfo-kota-jambi': term({
        label: { id: 'Diskominfo Kota Jambi', en: 'Kota Jambi communications office' },
        terms: ['Diskominfo'],
      }),
    },
    'participant-groups': {
      'asn-kota-jambi': term({
        label: { id: 'ASN Pemkot Jambi', en: 'Kota Jambi civil servants (ASN)' },
        terms: ['ASN'],
        body: 'own',
      }),
    },
    places: { singapore: term({ label: { id: 'Singapura', en: 'Singapore' } }) },
  };
}

/** Every vocabulary: the default terms, or the terms given for a vocabulary instead. */
export function vocabularies(
  over: Partial<Record<VocabularyName, Readonly<Record<string, Term>>>> = {},
): Vocabularies {
  const terms = { ...defaultTerms(), ...over };
  return {
    themes: vocabulary(terms.themes),
    programmes: vocabulary(terms.programmes),
    outlets: vocabulary(terms.outlets),
    'participant-groups': vocabulary(terms['participant-groups']),
    places: vocabulary(terms.places),
  };
}

/** A copy of a record without the given fields (to test what a schema does when they are missing). */
export function without<T extends object, K extends keyof T>(value: T, ...keys: K[]): Omit<T, K> {
  const left = new Set<PropertyKey>(keys);
  return Object.fromEntries(Object.entries(value).filter(([k]) => !left.has(k))) as Omit<T, K>;
}
