/**
 * Words of the parts that tell the story first: the headline contrast on the
 * home page, and the claim check's cards grouped by passage. The credit
 * lines' words are in src/lib/site/credit.ts, the contrast sentence's in
 * src/lib/site/contrast-text.ts.
 */
import { listText } from '../lib/charts/strings.ts';
import type { Lang } from './lang.ts';

type Dict = Record<Lang, string>;

export const storyText = {
  contrastRows: {
    id: 'Klaim dan catatan, menurut tanggal klaim',
    en: 'Claims and the record, by date of the claim',
  },
  claimed: { id: 'klaim', en: 'claimed' },
  documented: { id: 'tercatat', en: 'documented' },
  contrastLink: {
    id: 'Lihat setiap klaim dan sumbernya',
    en: 'See every claim and its sources',
  },
  shareSubtitle: {
    id: 'Peserta menurut klaim, dan menurut sumber yang kami simpan',
    en: 'Participants as claimed, and as documented in our sources',
  },
  claimDetails: {
    id: 'Rincian dan sumber',
    en: 'Details and sources',
  },
  samePassage: {
    id: 'Klaim dari paragraf yang sama',
    en: 'Claims from the same paragraph',
  },
} satisfies Record<string, Dict>;

/** The line of a claim card made again elsewhere: "Dinyatakan 2 kali: Maret 2023 dan 15 Mei 2023." */
export function madeAgain(dates: readonly string[], lang: Lang): string {
  const list = listText(dates, lang);
  return lang === 'id'
    ? `Kalimat yang sama dimuat ${dates.length} kali: ${list}.`
    : `The same sentence ran ${dates.length} times: ${list}.`;
}
