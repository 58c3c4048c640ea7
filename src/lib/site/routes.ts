/**
 * Every internal address of the site, in both languages. Pages and
 * components build links only through these functions, so the language
 * switch can map any page to its counterpart.
 */
import type { Lang } from '../../i18n/lang.ts';
import { pagePath } from './pagination.ts';

const prefix = (lang: Lang): string => (lang === 'id' ? '' : '/en');
const seg = (lang: Lang, id: string, en: string): string => (lang === 'id' ? id : en);

export const routes = {
  home: (lang: Lang) => `${prefix(lang)}/`,
  /** The timeline; page n > 1 of a long one is at …/n/ (src/lib/site/pagination.ts). */
  timeline: (lang: Lang, page?: number) =>
    pagePath(`${prefix(lang)}/${seg(lang, 'linimasa', 'timeline')}/`, page),
  timelineTheme: (lang: Lang, theme: string, page?: number) =>
    pagePath(`${prefix(lang)}/${seg(lang, 'linimasa/tema', 'timeline/theme')}/${theme}/`, page),
  timelineProgramme: (lang: Lang, programme: string, page?: number) =>
    pagePath(
      `${prefix(lang)}/${seg(lang, 'linimasa/program', 'timeline/programme')}/${programme}/`,
      page,
    ),
  /** The timeline of the cohorts of one status (held, planned, announced). */
  timelineStatus: (lang: Lang, status: string, page?: number) =>
    pagePath(`${prefix(lang)}/${seg(lang, 'linimasa/status', 'timeline/status')}/${status}/`, page),
  cohort: (lang: Lang, id: string) => `${prefix(lang)}/${seg(lang, 'angkatan', 'cohorts')}/${id}/`,
  source: (lang: Lang, id: string) => `${prefix(lang)}/${seg(lang, 'sumber', 'sources')}/${id}/`,
  /** Stylesheet of a source page, one per article in both languages: frames each passage whole. */
  passageFrames: (id: string) => `${routes.source('id', id)}kutipan.css`,
  sources: (lang: Lang, page?: number) =>
    pagePath(`${prefix(lang)}/${seg(lang, 'sumber', 'sources')}/`, page),
  claims: (lang: Lang) => `${prefix(lang)}/${seg(lang, 'cek-klaim', 'claim-check')}/`,
  claim: (lang: Lang, id: string) =>
    `${prefix(lang)}/${seg(lang, 'cek-klaim', 'claim-check')}/#${id}`,
  themes: (lang: Lang) => `${prefix(lang)}/${seg(lang, 'tema', 'themes')}/`,
  theme: (lang: Lang, key: string, page?: number) =>
    pagePath(`${prefix(lang)}/${seg(lang, 'tema', 'themes')}/${key}/`, page),
  programmes: (lang: Lang) => `${prefix(lang)}/${seg(lang, 'program', 'programmes')}/`,
  programme: (lang: Lang, key: string, page?: number) =>
    pagePath(`${prefix(lang)}/${seg(lang, 'program', 'programmes')}/${key}/`, page),
  charts: (lang: Lang) => `${prefix(lang)}/${seg(lang, 'grafik', 'charts')}/`,
  /** One chart's page: the chart, and its files, citation and embed code to take away. */
  chart: (lang: Lang, id: string) => `${routes.charts(lang)}${id}/`,
  /** One chart alone, for another site's <iframe>. */
  chartEmbed: (lang: Lang, id: string) => `${routes.charts(lang)}${id}/embed/`,
  /** One chart as a file of its own, in the words of its language. */
  chartFile: (lang: Lang, id: string, ext: 'svg' | 'png') =>
    `${routes.charts(lang)}${id}/${id}.${ext}`,
  about: (lang: Lang) => `${prefix(lang)}/${seg(lang, 'tentang', 'about')}/`,
  /** A context event on the timeline page that holds it (see `SiteIndexes.timelinePages`). */
  context: (lang: Lang, id: string, page?: number) => `${routes.timeline(lang, page)}#${id}`,
  openData: (lang: Lang) => `${prefix(lang)}/${seg(lang, 'data-terbuka', 'open-data')}/`,
  dataDictionary: (lang: Lang) => `${prefix(lang)}/${seg(lang, 'kamus-data', 'data-dictionary')}/`,
  search: (lang: Lang) => `${prefix(lang)}/${seg(lang, 'cari', 'search')}/`,
  corrections: (lang: Lang) => `${prefix(lang)}/${seg(lang, 'koreksi', 'corrections')}/`,
  /** RSS feed of new source articles and cohorts. */
  feed: (lang: Lang) => `${prefix(lang)}/rss.xml`,
  /** RSS feed of corrections. */
  correctionsFeed: (lang: Lang) => `${routes.corrections(lang)}rss.xml`,
  /** Share image of a cohort, or of the site when no cohort is given. */
  shareImage: (lang: Lang, cohort?: string) =>
    cohort === undefined ? `/og/${lang}/site.png` : `/og/${lang}/cohorts/${cohort}.png`,
  /** Share image of the claim check: the headline contrast. */
  claimsShareImage: (lang: Lang) => `/og/${lang}/claims.png`,
  /** Language-neutral data files. */
  chartCsv: (chart: string) => `/data/charts/${chart}.csv`,
  /** An open data file ("cohorts.csv", "datapackage.json"). */
  dataFile: (file: string) => `/data/${file}`,
} as const;

/** First path segments of each section, Indonesian and English, longest first. */
const SECTIONS: readonly (readonly [id: string, en: string])[] = [
  ['linimasa/tema', 'timeline/theme'],
  ['linimasa/program', 'timeline/programme'],
  ['linimasa/status', 'timeline/status'],
  ['linimasa', 'timeline'],
  ['angkatan', 'cohorts'],
  ['sumber', 'sources'],
  ['cek-klaim', 'claim-check'],
  ['tema', 'themes'],
  ['program', 'programmes'],
  ['grafik', 'charts'],
  ['tentang', 'about'],
  ['data-terbuka', 'open-data'],
  ['kamus-data', 'data-dictionary'],
  ['cari', 'search'],
  ['koreksi', 'corrections'],
];

/**
 * The address of the same page in the other language ("/angkatan/x/" ↔
 * "/en/cohorts/x/"), from the section table above; undefined for an address
 * outside it. Ids and keys are the same in both languages.
 */
export function counterpartPath(path: string): string | undefined {
  const en = path === '/en/' || path.startsWith('/en/');
  const rest = en ? path.slice('/en'.length) : path;
  if (rest === '/') return en ? '/' : '/en/';
  for (const [id, enSeg] of SECTIONS) {
    const from = `/${en ? enSeg : id}/`;
    if (rest.startsWith(from))
      return `${en ? '' : '/en'}/${en ? id : enSeg}/${rest.slice(from.length)}`;
  }
  return undefined;
}
