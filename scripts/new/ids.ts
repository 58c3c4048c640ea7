/**
 * Ids (file names) of new entries, made from what the entry says, in the
 * style of the existing ones: `2023-05-jambi-update-water-management` for an
 * article, `2023-05-water-management` for a cohort, `2019-02-150-asn-3-tahun`
 * for a claim. Deterministic: the same answers give the same id, so running
 * the scaffold twice finds the first file instead of writing a second one.
 */
import { slug as githubSlug } from 'github-slugger';
import type { Claim } from '../../src/schemas/claim.ts';

/** Longest id made here (the schema allows 120). */
const MAX_ID = 80;

/**
 * A key of lower-case ASCII letters, digits and single hyphens (the `slug`
 * of src/schemas/common.ts): github-slugger's slug with accents and other
 * characters folded away, cut at a word boundary.
 */
export function toSlug(text: string, max = MAX_ID): string {
  const ascii = githubSlug(text)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z0-9-]+/gu, '-')
    .replace(/-{2,}/gu, '-')
    .replace(/^-|-$/gu, '');
  if (ascii.length <= max) return ascii;
  const cut = ascii.slice(0, max + 1);
  const at = cut.lastIndexOf('-');
  return (at > 0 ? cut.slice(0, at) : ascii.slice(0, max)).replace(/-$/u, '');
}

/** "2023-05" (or "2023" for a year alone) from a partial date; "tanpa-tanggal" for `unknown`. */
function yearMonth(date: string): string {
  return date === 'unknown' ? 'tanpa-tanggal' : date.slice(0, 7);
}

/** Id of a new article: date, outlet, then the topic (a theme key, else the title's first words). */
export function articleId(a: {
  published: string;
  outlet: string;
  topic?: string | undefined;
  title: string;
}): string {
  const outlet = a.outlet === 'unknown' ? '' : a.outlet;
  const topic = a.topic ? a.topic : toSlug(a.title, 40);
  return toSlug([yearMonth(a.published), outlet, topic].filter(Boolean).join(' '));
}

/** Id of a new cohort: start month and theme, and the programme when it is not the site's own. */
export function cohortId(
  c: { start: string; theme: string; programme: string },
  siteProgramme: string | undefined,
): string {
  const programme = c.programme === siteProgramme ? '' : c.programme;
  return toSlug([yearMonth(c.start), c.theme, programme].filter(Boolean).join(' '));
}

const METRIC_WORDS: Record<Claim['metric'], string> = {
  participants: 'peserta',
  cohorts: 'angkatan',
  'participants-per-year': 'peserta-per-tahun',
  'cohorts-in-year': 'angkatan-dalam-setahun',
  'partnership-years': 'tahun-kemitraan',
  'programme-start-year': 'tahun-mulai',
};

/** Id of a new claim: date made, value, what is counted, and the window when stated. */
export function claimId(c: {
  made_on: string;
  value: number;
  metric: Claim['metric'];
  window_years?: number | undefined;
  since?: string | undefined;
}): string {
  const parts = [yearMonth(c.made_on), String(c.value), METRIC_WORDS[c.metric]];
  if (c.window_years !== undefined) parts.push(`${c.window_years} tahun`);
  else if (c.since !== undefined) parts.push(`sejak ${c.since.slice(0, 4)}`);
  return toSlug(parts.join(' '));
}

/** Key of a new vocabulary term from its label ("Urban Planning" → "urban-planning"). */
export function termKey(label: string): string {
  return toSlug(label, 60);
}
