/**
 * Provenance in both directions: from a record's fields to the numbered
 * passages that support them, and from an article's passages to the facts of
 * every record that cites them.
 */
import type { Citation } from '../../schemas/citation.ts';
import { quoteAnchor } from '../site/anchors.ts';
import { findQuote } from '../text/normalize.ts';

export type RecordKind = 'cohort' | 'claim' | 'context';

export interface CitingRecord {
  kind: RecordKind;
  id: string;
  data: { sources: Citation[] };
}

export interface NumberedCitation extends Citation {
  /** 1-based number shown as the citation marker. */
  n: number;
  /** Fragment id of the passage on the article page. */
  anchor: string;
}

export interface RecordCitations {
  list: NumberedCitation[];
  /** Citation numbers supporting each field path. */
  byField: Map<string, number[]>;
}

/** Number a record's sources and index them by the fields they support. */
export function recordCitations(record: CitingRecord): RecordCitations {
  const list = record.data.sources.map((s, i): NumberedCitation => ({
    ...s,
    n: i + 1,
    anchor: quoteAnchor(s.quote),
  }));
  const byField = new Map<string, number[]>();
  for (const c of list)
    for (const f of c.supports) byField.set(f, [...(byField.get(f) ?? []), c.n]);
  return { list, byField };
}

export interface FactUse {
  kind: RecordKind;
  id: string;
  fields: string[];
}

export interface Passage {
  anchor: string;
  quote: string;
  /** Offset in the article's normalised text, for ordering (-1 if not found). */
  position: number;
  uses: FactUse[];
}

/**
 * Passages of one article quoted by any record, in the order they appear in
 * the article's text, each with the facts it supports.
 */
export function articlePassages(
  articleId: string,
  articleText: string,
  records: readonly CitingRecord[],
): Passage[] {
  const byAnchor = new Map<string, Passage>();
  for (const r of records) {
    for (const s of r.data.sources) {
      if (s.article !== articleId) continue;
      const anchor = quoteAnchor(s.quote);
      const passage = byAnchor.get(anchor) ?? {
        anchor,
        quote: s.quote,
        position: findQuote(articleText, s.quote)[0] ?? -1,
        uses: [],
      };
      const use = passage.uses.find((u) => u.kind === r.kind && u.id === r.id);
      if (use) use.fields.push(...s.supports.filter((f) => !use.fields.includes(f)));
      else passage.uses.push({ kind: r.kind, id: r.id, fields: [...s.supports] });
      byAnchor.set(anchor, passage);
    }
  }
  return [...byAnchor.values()].sort(
    (a, b) => a.position - b.position || a.anchor.localeCompare(b.anchor),
  );
}
