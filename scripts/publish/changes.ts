/** What `npm run publish` changed in the ledger, in one line per kind of record (Indonesian, then English). */
import type { Ledger } from '../../src/schemas/ledger.ts';

const KINDS = [
  ['cohorts', 'angkatan', 'cohorts'],
  ['claims', 'klaim', 'claims'],
  ['context', 'peristiwa konteks', 'context events'],
] as const;

export function ledgerChanges(before: Ledger | undefined, after: Ledger): string[] {
  return KINDS.map(([key, id, en]) => {
    const old = before?.[key] ?? {};
    const now = after[key];
    const added = Object.keys(now).filter((k) => !(k in old)).length;
    const changed = Object.keys(now).filter(
      (k) => k in old && JSON.stringify(old[k]) !== JSON.stringify(now[k]),
    ).length;
    const total = Object.keys(now).length;
    return `${id}: ${total} terbit, ${added} baru, ${changed} dikoreksi (${en}: ${total} published, ${added} new, ${changed} corrected)`;
  });
}
