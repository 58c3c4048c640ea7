/**
 * The publication date of a new article from the answers: a date, or
 * `unknown` with its bounds (--published-after, --published-before: days,
 * the first not after the last). Bounds go only with `unknown`, as the
 * article schema requires; a written date is its own bound.
 */
import type { Publication } from '../../src/lib/dates/publication.ts';
import type { Answers } from './options.ts';
import { take, type Plan } from './plan.ts';
import { checkDay } from './validate.ts';

/** The bounds of an unknown publication date from the answers; undefined when one is not a day. */
export function publicationBounds(
  answers: Answers,
): Pick<Publication, 'published_after' | 'published_before'> | undefined {
  const out: Pick<Publication, 'published_after' | 'published_before'> = {};
  for (const [flag, field] of [
    ['published-after', 'published_after'],
    ['published-before', 'published_before'],
  ] as const) {
    const answer = answers[flag]?.trim();
    if (!answer) continue;
    const day = checkDay(answer, flag);
    if (!day.ok) return undefined;
    out[field] = day.value;
  }
  return out;
}

/**
 * The bounds of an unknown publication date (days, the first not after the
 * last); none for a written date, which is its own bound. Undefined, with
 * the problem in the plan, when they cannot be used.
 */
export function boundsOf(
  answers: Answers,
  plan: Plan,
  date: string,
): Pick<Publication, 'published_after' | 'published_before'> | undefined {
  const given = ['published-after', 'published-before'] as const;
  if (date !== 'unknown') {
    const extra = given.filter((f) => answers[f]?.trim());
    for (const flag of extra)
      plan.errors.push({
        id: `--${flag} hanya dipakai bila tanggal terbit tidak diketahui (--published=unknown); tanggal ${date} sudah menjadi batasnya.`,
        en: `--${flag} is only used when the publication date is unknown (--published=unknown); the date ${date} is its own bound.`,
      });
    return extra.length > 0 ? undefined : {};
  }
  const bounds = publicationBounds(answers);
  if (!bounds) {
    for (const flag of given) {
      const answer = answers[flag]?.trim();
      if (answer) take(plan, checkDay(answer, flag));
    }
    return undefined;
  }
  const { published_after: after, published_before: before } = bounds;
  if (after && before && before < after) {
    plan.errors.push({
      id: `--published-before (${before}) jatuh sebelum --published-after (${after}): artikel tidak mungkin terbit di antara keduanya.`,
      en: `--published-before (${before}) falls before --published-after (${after}): the article cannot have appeared between them.`,
    });
    return undefined;
  }
  return bounds;
}
