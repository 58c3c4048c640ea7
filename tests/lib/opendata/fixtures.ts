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

export const SITE = 'https://jejak-scp.id';
const content = loadContent(PROJECT_ROOT);
if (content.problems.length > 0) throw new Error('content/ has problems: run npm run check');

/** The real content as open data input. */
export function realInput(): OpenDataInput {
  return fromLoadedContent(content, SITE);
}

export function cohortData(id: string): Cohort {
  const found = content.cohorts.find((c) => c.id === id);
  if (!found) throw new Error(`no cohort ${id}`);
  return structuredClone(found.data);
}

export function claimData(id: string): Claim {
  const found = content.claims.find((c) => c.id === id);
  if (!found) throw new Error(`no claim ${id}`);
  return structuredClone(found.data);
}

/** The real content with some records replaced or added (by id). */
export function inputWith(
  changes: { cohorts?: Record<string, Cohort>; claims?: Record<string, Claim> } = {},
): OpenDataInput {
  const base = realInput();
  const merge = <T>(records: readonly { id: string; data: T }[], extra: Record<string, T> = {}) => [
    ...records.filter((r) => !(r.id in extra)),
    ...Object.entries(extra).map(([id, data]) => ({ id, data })),
  ];
  return {
    ...base,
    cohorts: merge(base.cohorts, changes.cohorts),
    claims: merge(base.claims, changes.claims),
  };
}

/** A correction of the Water Management cohort's Kota Jambi participants (fixture only). */
export const WATER = '2023-05-water-management';
export function waterWithCorrection(): Cohort {
  return {
    ...cohortData(WATER),
    corrections: [
      {
        date: '2023-06-02',
        field: 'participants.asn-kota-jambi',
        previous: '20',
        reason: { id: 'Salah ketik.', en: 'A typing error.' },
      },
    ],
  };
}
