/**
 * Every internal address of the site, in both languages. Pages and
 * components build links only through these functions, so the language
 * switch can map any page to its counterpart.
 */
import type { Lang } from '../../i18n/lang.ts';

const prefix = (lang: Lang): string => (lang === 'id' ? '' : '/en');
const seg = (lang: Lang, id: string, en: string): string => (lang === 'id' ? id : en);

export const routes = {
  home: (lang: Lang) => `${prefix(lang)}/`,
  timeline: (lang: Lang) => `${prefix(lang)}/${seg(lang, 'linimasa', 'timeline')}/`,
  timelineTheme: (lang: Lang, theme: string) =>
    `${prefix(lang)}/${seg(lang, 'linimasa/tema', 'timeline/theme')}/${theme}/`,
  timelineProgramme: (lang: Lang, programme: string) =>
    `${prefix(lang)}/${seg(lang, 'linimasa/program', 'timeline/programme')}/${programme}/`,
  cohort: (lang: Lang, id: string) => `${prefix(lang)}/${seg(lang, 'angkatan', 'cohorts')}/${id}/`,
  source: (lang: Lang, id: string) => `${prefix(lang)}/${seg(lang, 'sumber', 'sources')}/${id}/`,
  sources: (lang: Lang) => `${prefix(lang)}/${seg(lang, 'sumber', 'sources')}/`,
  claims: (lang: Lang) => `${prefix(lang)}/${seg(lang, 'cek-klaim', 'claim-check')}/`,
  claim: (lang: Lang, id: string) =>
    `${prefix(lang)}/${seg(lang, 'cek-klaim', 'claim-check')}/#${id}`,
  themes: (lang: Lang) => `${prefix(lang)}/${seg(lang, 'tema', 'themes')}/`,
  theme: (lang: Lang, key: string) => `${prefix(lang)}/${seg(lang, 'tema', 'themes')}/${key}/`,
  programmes: (lang: Lang) => `${prefix(lang)}/${seg(lang, 'program', 'programmes')}/`,
  programme: (lang: Lang, key: string) =>
    `${prefix(lang)}/${seg(lang, 'program', 'programmes')}/${key}/`,
  charts: (lang: Lang) => `${prefix(lang)}/${seg(lang, 'grafik', 'charts')}/`,
  about: (lang: Lang) => `${prefix(lang)}/${seg(lang, 'tentang', 'about')}/`,
  context: (lang: Lang, id: string) => `${routes.timeline(lang)}#${id}`,
  /** Language-neutral data files. */
  chartCsv: (chart: string) => `/data/charts/${chart}.csv`,
} as const;
