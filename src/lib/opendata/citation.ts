/**
 * What the data set is called, who publishes it, its licence, its version
 * and how to cite it. The title and publisher come from the site profile;
 * the version is the latest date in the content (an article's publication
 * or a correction), never the build date, so two builds of the same content
 * are identical.
 */
import type { Lang } from '../../i18n/lang.ts';
import type { SiteProfile } from '../../schemas/site-profile.ts';
import { compareDates } from '../dates/partial-date.ts';
import { isDated } from '../dates/publication.ts';
import { routes } from '../site/routes.ts';
import { correctionLog } from './corrections.ts';
import type { Bilingual } from './table.ts';
import { absolute, type OpenDataInput } from './types.ts';

/** The data licence (the site's code is MIT; article texts belong to their publishers). */
export const DATA_LICENCE = {
  id: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** What the data set holds, naming the profile's government, programme and destination. */
export function datasetDescription(p: SiteProfile): Bilingual {
  const prog = (lang: Lang) => `${p.programme.name[lang]} (${p.programme.short})`;
  return {
    id: `Angkatan Aparatur Sipil Negara (ASN) ${p.government.name.id} yang dikirim ke ${prog('id')} dan pelatihan lain di ${p.destination.name.id}: program, tema, status, periode, tempat dan peserta setiap angkatan; klaim kumulatif dalam siaran pers dan rekonsiliasinya dengan angkatan yang terdokumentasi; dan kutipan persis dari artikel sumber untuk setiap fakta. Jumlah yang tidak disebut sumber dibiarkan kosong, tidak pernah 0; angkatan yang baru direncanakan atau diumumkan tidak dihitung sebagai terlaksana.`,
    en: `Cohorts of ${p.government.name.en} civil servants (ASN) sent to the ${prog('en')} and other trainings in ${p.destination.name.en}: each cohort's programme, theme, status, period, place and participants; the cumulative claims made in press releases and their reconciliation with the documented cohorts; and the exact passage of a source article behind every fact. Counts no source gives are left empty, never 0; cohorts only planned or announced are not counted as held.`,
  };
}

/** The data set's keywords: the city, ASN, the programme (with its abbreviation when asked), then the profile's own. */
export function datasetKeywords(p: SiteProfile, withAbbreviation: boolean): string[] {
  return [
    p.city.name.id,
    'ASN',
    p.programme.name.id,
    ...(withAbbreviation ? [p.programme.short] : []),
    ...p.keywords,
  ];
}

/** The latest date in the content: the newest dated article or correction (as written, e.g. 2023-05-15). */
export function dataVersion(input: Pick<OpenDataInput, 'articles' | 'cohorts' | 'claims'>): string {
  const dates = [
    ...input.articles.filter((a) => isDated(a.data)).map((a) => a.data.published),
    ...correctionLog(input).map((c) => c.date),
  ];
  return dates.reduce((latest, d) => (compareDates(d, latest) > 0 ? d : latest), '1900');
}

/** The suggested citation of the data set, in one language. */
export function citationText(
  lang: Lang,
  version: string,
  input: Pick<OpenDataInput, 'site' | 'profile'>,
): string {
  const year = version.slice(0, 4);
  const url = absolute(input, routes.openData(lang));
  const { publisher, dataset_title: title } = input.profile;
  return lang === 'id'
    ? `${publisher}. (${year}). ${title.id} [Data set], versi ${version}. ${url} (lisensi ${DATA_LICENCE.id}).`
    : `${publisher}. (${year}). ${title.en} [Data set], version ${version}. ${url} (licence ${DATA_LICENCE.id}).`;
}
