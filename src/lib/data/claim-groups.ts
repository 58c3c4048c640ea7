/**
 * The claim check's cards, grouped by the passage each claim's figure comes
 * from. Press releases recycle paragraphs: the same words, quoted by several
 * claims, become one group; the same claim made again in another article
 * (same statement, scope and outcome against the record) becomes one card
 * listing every place it was made. Every claim stays in exactly one card and
 * keeps its id; the order is the reconciliation's.
 */
import type { Claim } from '../../schemas/claim.ts';
import { normalizeText } from '../text/normalize.ts';
import type { Reconciliation } from './reconcile.ts';

/** One card: a claim, and the same claim made again elsewhere. */
export interface ClaimEntry {
  main: Reconciliation;
  /** The same claim in other articles or at other dates, in order; empty for most. */
  repeats: Reconciliation[];
}

/** The claims whose figure comes from one passage. */
export interface PassageGroup {
  /** The passage, normalised (`normalizeText`), as every claim of the group quotes it. */
  passage: string;
  entries: ClaimEntry[];
}

/** The passage a claim's figure comes from: its first source supporting `value`, else its first source. */
export function valuePassage(claim: Claim): string {
  const source = claim.sources.find((s) => s.supports.includes('value')) ?? claim.sources[0];
  return normalizeText(source?.quote ?? '');
}

/**
 * What a card shows of a claim, as one string: two claims with the same
 * key read the same on the page and stand the same against the record.
 */
function cardKey(r: Reconciliation): string {
  const d = r.claim.data;
  return JSON.stringify([
    d.statement,
    d.metric,
    d.value,
    d.qualifier,
    d.speaker ?? null,
    d.scope,
    d.note ?? null,
    d.corrections ?? [],
    r.verdict,
    r.documented,
    r.documentedWithPlanned,
    r.hasUnknownCounts,
    r.counted.map((c) => c.id),
    r.from ?? null,
    r.from === undefined ? null : r.to,
  ]);
}

/** The reconciled claims as cards, grouped by passage, in the order of their first claim. */
export function groupByPassage(reconciled: readonly Reconciliation[]): PassageGroup[] {
  const groups = new Map<string, PassageGroup>();
  for (const r of reconciled) {
    const passage = valuePassage(r.claim.data);
    let group = groups.get(passage);
    if (group === undefined) {
      group = { passage, entries: [] };
      groups.set(passage, group);
    }
    const key = cardKey(r);
    const same = group.entries.find((e) => cardKey(e.main) === key);
    if (same) same.repeats.push(r);
    else group.entries.push({ main: r, repeats: [] });
  }
  return [...groups.values()];
}
