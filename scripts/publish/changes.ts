/**
 * What `npm run publish` changed in the ledger, in one line per kind of
 * record (Indonesian, then English), then one line per record published
 * under a new id ("ganti nama: old → new"). A renamed record counts once,
 * as renamed (and corrected when its values changed), not as new. Source
 * articles get a line of their own: how many are published and how many are
 * new (a corrected text keeps the hash it was first published with, so the
 * ledger cannot count corrections; the corrections page lists them).
 */
import type { Ledger } from '../../src/schemas/ledger.ts';

const KINDS = [
  ['cohorts', 'angkatan', 'cohorts'],
  ['claims', 'klaim', 'claims'],
  ['context', 'peristiwa konteks', 'context events'],
] as const;

/**
 * Records of one kind published before under another id, as [old id, new id]
 * pairs. A record merged into one already published counts as renamed too:
 * its old id now leads there.
 */
function renamedIds(
  old: Record<string, unknown>,
  now: Record<string, unknown>,
  renames: Record<string, string>,
): [from: string, to: string][] {
  return Object.entries(renames).filter(([from, to]) => from in old && to in now);
}

export function ledgerChanges(before: Ledger | undefined, after: Ledger): string[] {
  const renameLines: string[] = [];
  const lines = KINDS.map(([key, id, en]) => {
    const old = before?.[key] ?? {};
    const now = after[key];
    const renamed = renamedIds(old, now, after.renames ?? {});
    const previous = (k: string): string | undefined =>
      k in old ? k : renamed.find(([, to]) => to === k)?.[0];
    const added = Object.keys(now).filter((k) => previous(k) === undefined).length;
    const changed = Object.keys(now).filter((k) => {
      const was = previous(k);
      return was !== undefined && JSON.stringify(old[was]) !== JSON.stringify(now[k]);
    }).length;
    for (const [from, to] of renamed)
      renameLines.push(`${id}: ganti nama: ${from} → ${to} (${en}: renamed: ${from} → ${to})`);
    const total = Object.keys(now).length;
    const renamedId = renamed.length > 0 ? `, ${renamed.length} ganti nama` : '';
    const renamedEn = renamed.length > 0 ? `, ${renamed.length} renamed` : '';
    return `${id}: ${total} terbit, ${added} baru${renamedId}, ${changed} dikoreksi (${en}: ${total} published, ${added} new${renamedEn}, ${changed} corrected)`;
  });
  return [...lines, ...articleLine(before, after), ...renameLines];
}

/** The articles' line, when the ledger keeps articles (one written before it did has none). */
function articleLine(before: Ledger | undefined, after: Ledger): string[] {
  if (after.articles === undefined) return [];
  const ids = Object.keys(after.articles);
  const added = ids.filter((id) => !(id in (before?.articles ?? {}))).length;
  return [
    `artikel sumber: ${ids.length} terbit, ${added} baru (source articles: ${ids.length} published, ${added} new)`,
  ];
}
