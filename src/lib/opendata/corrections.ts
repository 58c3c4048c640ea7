/**
 * The corrections log: every correction of every cohort and claim, newest
 * first, with the value the record holds now. The record pages, the log
 * page, its feeds and corrections.csv all read this one list.
 */
import type { Correction } from '../../schemas/correction.ts';
import type { Localized } from '../../schemas/common.ts';
import { withAnchors } from './anchors.ts';
import { factValue } from './values.ts';
import type { OpenDataInput } from './types.ts';

export interface CorrectionEntry {
  recordKind: 'cohort' | 'claim';
  recordId: string;
  date: string;
  field: string;
  previous: string;
  /** The value the record holds now (language-neutral, as in the data files). */
  current: string | undefined;
  reason: Localized;
  source?: { article: string; quote: string } | undefined;
  /** Id of its row on the corrections page (anchors.ts); its feed item links there. */
  anchor: string;
}

function entriesOf(
  record: Parameters<typeof factValue>[0] & { kind: 'cohort' | 'claim' },
  id: string,
  corrections: readonly Correction[] | undefined,
): Omit<CorrectionEntry, 'anchor'>[] {
  return (corrections ?? []).map((c) => ({
    recordKind: record.kind,
    recordId: id,
    date: c.date,
    field: c.field,
    previous: c.previous,
    current: factValue(record, c.field),
    reason: c.reason,
    source: c.source,
  }));
}

/** Every correction, newest first (then by record id and field), each with its row's anchor. */
export function correctionLog(input: Pick<OpenDataInput, 'cohorts' | 'claims'>): CorrectionEntry[] {
  const sorted = [
    ...input.cohorts.flatMap((c) =>
      entriesOf({ kind: 'cohort', data: c.data }, c.id, c.data.corrections),
    ),
    ...input.claims.flatMap((c) =>
      entriesOf({ kind: 'claim', data: c.data }, c.id, c.data.corrections),
    ),
  ].sort(
    (a, b) =>
      b.date.localeCompare(a.date) ||
      a.recordId.localeCompare(b.recordId) ||
      a.field.localeCompare(b.field),
  );
  return withAnchors(sorted, (c) => `koreksi ${c.recordKind} ${c.recordId} ${c.field} ${c.date}`);
}
