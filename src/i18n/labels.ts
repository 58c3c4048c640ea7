/**
 * Labels of the values content takes from fixed lists (cohort status, claim
 * qualifier, claim metric, the place scope "abroad", verdict, article kind),
 * in both languages: the one place each is written. Pages, charts, feeds and
 * structured data all use these.
 */
import type { articleKinds } from '../schemas/article.ts';
import type { Claim } from '../schemas/claim.ts';
import type { cohortStatuses } from '../schemas/cohort.ts';
import type { Verdict } from '../lib/data/reconcile.ts';
import type { Lang } from './lang.ts';

type Dict = Record<Lang, string>;

/** How an unknown value reads, never 0 or an empty string. */
export const UNKNOWN: Readonly<Dict> = { id: 'tidak diketahui', en: 'unknown' };

export const statusLabels: Record<(typeof cohortStatuses)[number], Dict> = {
  held: { id: 'terlaksana', en: 'held' },
  planned: { id: 'direncanakan', en: 'planned' },
  announced: { id: 'diumumkan', en: 'announced' },
};

export const qualifierLabels: Record<Claim['qualifier'], Dict> = {
  exact: { id: 'tepat', en: 'exactly' },
  about: { id: 'sekitar', en: 'about' },
  'at-least': { id: 'sedikitnya', en: 'at least' },
  'more-than': { id: 'lebih dari', en: 'more than' },
  almost: { id: 'hampir', en: 'almost' },
  'up-to': { id: 'hingga', en: 'up to' },
};

/** A claimed number with its qualifier in words, as written: "hampir 500", "more than 300"; exact has none. */
export function qualified(qualifier: Claim['qualifier'], n: string, lang: Lang): string {
  return qualifier === 'exact' ? n : `${qualifierLabels[qualifier][lang]} ${n}`;
}

/** A claim's place scope `abroad` (`scope.place: abroad`): every place outside the country. */
export const abroadLabel: Readonly<Dict> = { id: 'luar negeri', en: 'abroad' };

export const metricLabels: Record<Claim['metric'], Dict> = {
  participants: { id: 'peserta', en: 'participants' },
  cohorts: { id: 'angkatan', en: 'cohorts' },
  'participants-per-year': { id: 'peserta per tahun', en: 'participants a year' },
  'cohorts-in-year': { id: 'angkatan dalam setahun', en: 'cohorts in the year' },
  'partnership-years': { id: 'tahun kemitraan', en: 'years of partnership' },
  'programme-start-year': { id: 'tahun mulai program', en: 'programme start year' },
};

/** How a claim stands against the record, as a person says it (the kinds: `VERDICTS`). */
export const verdictLabels: Record<Verdict, Dict> = {
  matches: { id: 'Sesuai catatan', en: 'Matches the record' },
  supported: { id: 'Didukung catatan', en: 'Borne out by the record' },
  'not-contradicted': {
    id: 'Tidak bertentangan dengan catatan',
    en: 'Not contradicted by the record',
  },
  undocumented: { id: 'Tidak tercatat sepenuhnya', en: 'Not fully documented' },
  'matches-with-planned': {
    id: 'Sesuai bila angkatan yang direncanakan ikut dihitung',
    en: 'Matches only if planned cohorts are counted',
  },
  exceeds: { id: 'Catatan melebihi klaim', en: 'Record exceeds the claim' },
};

export const articleKindLabels: Record<(typeof articleKinds)[number], Dict> = {
  'press-release': { id: 'siaran pers', en: 'press release' },
  news: { id: 'berita', en: 'news report' },
  republication: { id: 'tulis ulang', en: 'republication' },
};

/** One language's labels of a list: `{ held: 'terlaksana', … }`. */
export function labelsIn<K extends string>(labels: Record<K, Dict>, lang: Lang): Record<K, string> {
  return Object.fromEntries(Object.entries<Dict>(labels).map(([k, v]) => [k, v[lang]])) as Record<
    K,
    string
  >;
}
