/** Words of the claim check page and its claim cards, in both languages. */
import type { Lang } from './lang.ts';

type Dict = Record<Lang, string>;

export const claimsText = {
  intro: {
    id: 'Siaran pers menyebut angka kumulatif yang tidak selalu sejalan. Di sini setiap klaim disandingkan dengan jumlah angkatan yang terdokumentasi dalam sumber kami pada tanggal klaim dibuat, dengan cakupan yang sama. Angka terdokumentasi adalah batas bawah: selisih berarti sumber kami tidak menjelaskan sisanya, bukan bahwa klaimnya salah.',
    en: 'Press releases give cumulative figures that do not always agree. Here each claim is set against what the cohorts documented in our sources add up to, at the date the claim was made and under the same scope. Documented figures are minimums: a gap means our sources do not account for the rest, not that the claim is false.',
  },
  summaryCaption: { id: 'Ringkasan klaim menurut tanggal', en: 'Claims by date' },
  result: { id: 'Hasil', en: 'Result' },
  eachClaim: { id: 'Klaim satu per satu', en: 'Each claim' },
  excludes: { id: 'tidak termasuk', en: 'excludes' },
} satisfies Record<string, Dict>;

/** The sentence under a claim that its record does not match: what the gap means. */
export function gapText(
  gap: number,
  show: (n: number) => string,
  metric: string,
  lang: Lang,
): string {
  if (gap > 0)
    return lang === 'id'
      ? `${show(gap)} ${metric} dalam klaim tidak tercatat dalam sumber yang kami simpan.`
      : `${show(gap)} ${metric} in the claim are not accounted for by the sources we hold.`;
  return lang === 'id'
    ? `Catatan kami ${show(-gap)} lebih banyak dari klaim.`
    : `Our record shows ${show(-gap)} more than the claim.`;
}
