/**
 * Open data input for the builder tests: the real content (read with the
 * checker's reader), optionally with extra records, so tests can add a
 * correction or a cohort of unknown size without touching content/.
 */
import { loadContent } from '../../../src/lib/content/load.ts';
import type { Claim } from '../../../src/schemas/claim.ts';
import type { Cohort } from '../../../src/schemas/cohort.ts';
import { fromLoadedContent, type OpenDataInput } from '../../../src/lib/opendata/types.ts';
import { PROJECT_ROOT } from '../../helpers/corpus.ts';
import { correction } from '../../helpers/records.ts';

export const SITE = 'https://jejak-scp.id';
const content = loadContent(PROJECT_ROOT);
if (content.problems.length > 0) throw new Error('content/ has problems: run npm run check');

/** The real content as open data input. */
export function realInput(): OpenDataInput {
  return fromLoadedContent(content, SITE);
}

/** A real record by id, its data a copy a test may change. */
function realRecord<R extends { id: string; data: unknown }>(records: readonly R[], id: string): R {
  const found = records.find((r) => r.id === id);
  if (!found) throw new Error(`no record ${id} in content/`);
  return { ...found, data: structuredClone(found.data) };
}

export const realCohort = (id: string) => realRecord(content.cohorts, id);
export const realArticle = (id: string) => realRecord(content.articles, id);

/**
 * The real content with some records replaced or added (by id), and with
 * the participant groups `ownGroups` counted as the government's own.
 */
export function inputWith(
  changes: {
    cohorts?: Record<string, Cohort>;
    claims?: Record<string, Claim>;
    ownGroups?: readonly string[];
  } = {},
): OpenDataInput {
  const base = realInput();
  const groups = new Map(base.vocabularies['participant-groups']);
  for (const key of changes.ownGroups ?? []) {
    const term = groups.get(key);
    if (term) groups.set(key, { ...term, body: 'own' });
  }
  const merge = <T>(records: readonly { id: string; data: T }[], extra: Record<string, T> = {}) => [
    ...records.filter((r) => !(r.id in extra)),
    ...Object.entries(extra).map(([id, data]) => ({ id, data })),
  ];
  return {
    ...base,
    vocabularies: { ...base.vocabularies, 'participant-groups': groups },
    cohorts: merge(base.cohorts, changes.cohorts),
    claims: merge(base.claims, changes.claims),
  };
}

/** The Water Management cohort with a correction of its Kota Jambi participants (fixture only). */
export const WATER = '2023-05-water-management';
export function waterWithCorrection(): Cohort {
  return { ...realCohort(WATER).data, corrections: [correction()] };
}
