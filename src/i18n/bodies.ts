/**
 * Words for the people of other bodies than the government the site follows
 * (a provincial government's staff, a company's managers, lecturers), whom
 * every total leaves out: on the cohort page, in lists of cohorts, on the
 * home page, the theme and programme pages, the charts and the claim cards.
 */
import type { Lang } from './lang.ts';

type Dict = Record<Lang, string>;

export const bodiesText = {
  /** After the body of a group on the cohort page. */
  notCounted: {
    id: 'lembaga lain; tidak dihitung dalam total',
    en: 'another body; not counted in totals',
  },
  /** After a group in a short list of a cohort's participants. */
  otherBody: { id: 'lembaga lain, tidak dihitung', en: 'another body, not counted' },
  notIncluding: { id: 'tidak termasuk', en: 'not including' },
  atLeast: { id: 'sedikitnya', en: 'at least' },
  /** Claim card: the row listing them. */
  claimLeftOut: { id: 'Tidak dihitung (lembaga lain)', en: 'Not counted (other bodies)' },
} satisfies Record<string, Dict>;

/** "10 peserta dari lembaga lain" / "10 participants from other bodies", without a qualifier. */
export function otherBodiesNoun(count: string, one: boolean, lang: Lang): string {
  if (lang === 'id') return `${count} peserta dari lembaga lain`;
  return one ? `${count} participant from another body` : `${count} participants from other bodies`;
}

/** Other bodies' people whose number no source gives. */
export const otherBodiesUnknown: Dict = {
  id: 'peserta dari lembaga lain yang jumlahnya tidak diketahui',
  en: 'participants from other bodies, number not known',
};

/** "Tidak termasuk 10 peserta dari lembaga lain." under a figure. */
export function notIncludingSentence(count: string, lang: Lang): string {
  return lang === 'id' ? `Tidak termasuk ${count}.` : `Not including ${count}.`;
}

/** Home page and theme/programme pages, before the cohorts whose other-body people are left out. */
export function leftOutIn(count: string, lang: Lang): string {
  return lang === 'id'
    ? `Tidak termasuk ${count}, di angkatan berikut:`
    : `Not including ${count}, in these cohorts:`;
}
