/**
 * A practice release ("Contoh latihan", fictional) that writes its dates as
 * press releases do — "kemarin", "hari ini, Senin (15/10)", "Jumat (19/10)"
 * — and a cohort citing it, whose training start and end are each supported
 * by their own sentence. Published on Monday 15 October 2018.
 */
import { articleText } from '../../../helpers/corpus.ts';

/** Id and file of the practice article, and of the cohort citing it. */
export const DATES_ARTICLE = '2018-10-contoh-latihan-tanggal';
export const DATES_ARTICLE_FILE = `articles/${DATES_ARTICLE}.md`;
export const DATES_COHORT_FILE = 'cohorts/2018-10-contoh-latihan-tanggal.yaml';

/** The sentences of the practice release, one paragraph each. */
export const DATE_SENTENCES = {
  sendoff: 'Contoh latihan: Wali Kota melepas 20 orang ASN di Griya Mayang, kemarin.',
  start:
    'Pelatihan Singapore Cooperation Programme (SCP) bertema Public Service itu dimulai hari ini, Senin (15/10), di Singapura.',
  end: 'Pelatihan akan berakhir Jumat (19/10), dan peserta kembali ke Tanah Air sehari kemudian.',
} as const;

/** The sentences of a version of the practice release, one paragraph each. */
export type DateSentences = Record<keyof typeof DATE_SENTENCES, string>;

/** The practice article, published `published` (by default Monday 15 October 2018). */
export function datesArticle(
  published = '2018-10-15',
  sentences: DateSentences = DATE_SENTENCES,
): string {
  return articleText(Object.values(sentences).join('\n\n'), {
    title: "'Contoh latihan: tanggal yang ditulis relatif'",
    published,
  });
}

/** The cohort: send-off "kemarin", start and end each from its own sentence. */
export const DATES_COHORT = `programme: scp
theme: public-service
status: planned
period:
  start: 2018-10-15
  end: 2018-10-19
place: singapore
participants:
  - group: asn-kota-jambi
    count: 20
sendoff:
  date: 2018-10-14
  place: Griya Mayang
sources:
  - article: ${DATES_ARTICLE}
    quote: Wali Kota melepas 20 orang ASN di Griya Mayang, kemarin.
    supports: [participants.asn-kota-jambi, sendoff.date, sendoff.place]
  - article: ${DATES_ARTICLE}
    quote: >-
      Pelatihan Singapore Cooperation Programme (SCP) bertema Public Service itu dimulai hari ini,
      Senin (15/10), di Singapura.
    supports: [programme, theme, status, place, period.start]
  - article: ${DATES_ARTICLE}
    quote: Pelatihan akan berakhir Jumat (19/10)
    supports: [period.end]
`;

/** The practice files for a corpus: the article (published `published`) and the cohort. */
export function datesFiles(
  published?: string,
  cohort = DATES_COHORT,
  sentences: DateSentences = DATE_SENTENCES,
): Record<string, string> {
  return {
    [DATES_ARTICLE_FILE]: datesArticle(published, sentences),
    [DATES_COHORT_FILE]: cohort,
  };
}
