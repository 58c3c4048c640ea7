/**
 * What the data set is called, its licence, its version and how to cite it.
 * The version is the latest date in the content (an article's publication or
 * a correction), never the build date, so two builds of the same content
 * are identical.
 */
import type { Lang } from '../../i18n/lang.ts';
import { compareDates } from '../dates/partial-date.ts';
import { routes } from '../site/routes.ts';
import { correctionLog } from './corrections.ts';
import type { Bilingual } from './table.ts';
import { absolute, type OpenDataInput } from './types.ts';

export const PUBLISHER = 'Jejak SCP';

/** The data licence (the site's code is MIT; article texts belong to their publishers). */
export const DATA_LICENCE = {
  id: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

export const DATASET_TITLE: Bilingual = {
  id: 'Jejak SCP: angkatan ASN Kota Jambi di Singapore Cooperation Programme',
  en: 'Jejak SCP: Kota Jambi civil-servant cohorts at the Singapore Cooperation Programme',
};

export const DATASET_DESCRIPTION: Bilingual = {
  id: 'Angkatan Aparatur Sipil Negara (ASN) Pemerintah Kota Jambi yang dikirim ke Singapore Cooperation Programme (SCP) dan pelatihan lain di Singapura: program, tema, status, periode, tempat dan peserta setiap angkatan; klaim kumulatif dalam siaran pers dan rekonsiliasinya dengan angkatan yang terdokumentasi; dan kutipan persis dari artikel sumber untuk setiap fakta. Jumlah yang tidak disebut sumber dibiarkan kosong, tidak pernah 0; angkatan yang baru direncanakan atau diumumkan tidak dihitung sebagai terlaksana.',
  en: "Cohorts of Kota Jambi city government civil servants (ASN) sent to the Singapore Cooperation Programme (SCP) and other trainings in Singapore: each cohort's programme, theme, status, period, place and participants; the cumulative claims made in press releases and their reconciliation with the documented cohorts; and the exact passage of a source article behind every fact. Counts no source gives are left empty, never 0; cohorts only planned or announced are not counted as held.",
};

/** The latest date in the content: the newest article or correction (as written, e.g. 2023-05-15). */
export function dataVersion(input: Pick<OpenDataInput, 'articles' | 'cohorts' | 'claims'>): string {
  const dates = [
    ...input.articles.map((a) => a.data.published),
    ...correctionLog(input).map((c) => c.date),
  ];
  return dates.reduce((latest, d) => (compareDates(d, latest) > 0 ? d : latest), '1900');
}

/** The suggested citation of the data set, in one language. */
export function citationText(
  lang: Lang,
  version: string,
  input: Pick<OpenDataInput, 'site'>,
): string {
  const year = version.slice(0, 4);
  const url = absolute(input, routes.openData(lang));
  return lang === 'id'
    ? `${PUBLISHER}. (${year}). ${DATASET_TITLE.id} [Data set], versi ${version}. ${url} (lisensi ${DATA_LICENCE.id}).`
    : `${PUBLISHER}. (${year}). ${DATASET_TITLE.en} [Data set], version ${version}. ${url} (licence ${DATA_LICENCE.id}).`;
}
