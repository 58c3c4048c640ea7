/**
 * Participants in words: a cohort's total and its groups as lists and record
 * pages show them, and the people a figure leaves out because they belong to
 * another body than the government the site follows ("tidak termasuk 10
 * peserta dari lembaga lain"). Pure; every number comes from
 * `participantTotal` / `sumParticipants`, never summed here. An unknown count
 * is named, never read as 0.
 */
import { bodiesText, otherBodiesNoun, otherBodiesUnknown } from '../../i18n/bodies.ts';
import type { Lang } from '../../i18n/lang.ts';
import { recordText } from '../../i18n/records.ts';
import type { ParticipantGroup } from '../../schemas/cohort.ts';
import { OWN_BODY, type Term } from '../../schemas/vocabulary.ts';
import { participantTotal, type OtherGroups, type ParticipantTotal } from '../data/participants.ts';
import { numberLabel, termLabel } from './format.ts';

/** How many people of other bodies: a known number, and whether some group's size is unknown. */
export type LeftOutCount = Pick<OtherGroups, 'known' | 'hasUnknown'>;

/**
 * "10 peserta dari lembaga lain"; "sedikitnya 10 …" when some group's size is
 * unknown; "peserta dari lembaga lain yang jumlahnya tidak diketahui" when no
 * size is known.
 */
export function otherBodiesCount(left: LeftOutCount, lang: Lang): string {
  if (left.known === 0) return otherBodiesUnknown[lang];
  const noun = otherBodiesNoun(numberLabel(left.known, lang), left.known === 1, lang);
  return left.hasUnknown ? `${bodiesText.atLeast[lang]} ${noun}` : noun;
}

/** "tidak termasuk 10 peserta dari lembaga lain" / "not including 10 participants from other bodies". */
export function notIncluding(left: LeftOutCount, lang: Lang): string {
  return `${bodiesText.notIncluding[lang]} ${otherBodiesCount(left, lang)}`;
}

/** The body of a group in the page's language; undefined for the government's own people or no body. */
export function bodyName(term: Pick<Term, 'body'> | undefined, lang: Lang): string | undefined {
  const body = term?.body;
  return body === undefined || body === OWN_BODY ? undefined : body[lang];
}

/**
 * One group of another body with its count: "10 Staf Pemprov Contoh",
 * "Manajemen … yang jumlahnya tidak diketahui", as an own group of unknown
 * size reads.
 */
export function otherGroupCount(
  p: ParticipantGroup,
  groups: ReadonlyMap<string, Term>,
  lang: Lang,
): string {
  const label = termLabel(groups, p.group, lang);
  if (p.count !== 'unknown') return `${numberLabel(p.count, lang)} ${label}`;
  return lang === 'id' ? `${label} yang jumlahnya tidak diketahui` : `${label}, number unknown`;
}

/**
 * One group of another body in a short list: "10 Staf Pemprov Contoh (lembaga
 * lain, tidak dihitung)", "Manajemen … yang jumlahnya tidak diketahui
 * (lembaga lain, tidak dihitung)".
 */
export function otherGroupText(
  p: ParticipantGroup,
  groups: ReadonlyMap<string, Term>,
  lang: Lang,
): string {
  return `${otherGroupCount(p, groups, lang)} (${bodiesText.otherBody[lang]})`;
}

/**
 * A cohort's participants in a short list: the sum of its own known groups,
 * then each own group of unknown size by name ("25 + Manajemen … yang
 * jumlahnya tidak diketahui"), then each group of another body with its count
 * ("; 10 Staf Pemprov Contoh (lembaga lain, tidak dihitung)").
 */
export function participantsLabel(
  participants: readonly ParticipantGroup[],
  groups: ReadonlyMap<string, Term>,
  lang: Lang,
): string {
  const total = participantTotal({ participants: [...participants] }, groups);
  const unknownText = total.unknownGroups.map((key) => {
    const label = termLabel(groups, key, lang);
    return lang === 'id' ? `${label} yang jumlahnya tidak diketahui` : `${label}, number unknown`;
  });
  // Known counts are at least 1, so a known sum of 0 means no own group's count is known.
  const own = [...(total.known > 0 ? [numberLabel(total.known, lang)] : []), ...unknownText];
  const others = total.others.groups.map((p) => otherGroupText(p, groups, lang));
  return [own.join(' + '), ...others].filter(Boolean).join('; ');
}

/**
 * A cohort's total as its record shows it: the sum when every count is known;
 * "sedikitnya 25 (+ group: jumlahnya tidak diketahui)" when some are; and
 * "jumlah tidak diketahui (group)" when none is — never "sedikitnya 0"; then
 * the people of other bodies it leaves out ("; tidak termasuk 10 peserta dari
 * lembaga lain").
 */
export function cohortTotalLabel(
  total: ParticipantTotal,
  groupLabel: (key: string) => string,
  lang: Lang,
): string {
  const leftOut = total.others.groups.length > 0 ? `; ${notIncluding(total.others, lang)}` : '';
  if (total.complete) return `${numberLabel(total.known, lang)}${leftOut}`;
  const groups = total.unknownGroups.map(groupLabel).join(', ');
  if (total.known === 0) return `${recordText.countUnknown[lang]} (${groups})${leftOut}`;
  return `${recordText.atLeast[lang]} ${numberLabel(total.known, lang)} (+ ${groups}: ${recordText.unknownSize[lang]})${leftOut}`;
}
