/**
 * Provenance in both directions: from a record's fields to the numbered
 * passages that support them, and from an article's passages to the facts of
 * every record that cites them.
 */
import type { Citation } from '../../schemas/citation.ts';
import { quoteAnchor } from '../site/anchors.ts';
import { findQuote } from '../text/normalize.ts';

export type RecordKind = 'cohort' | 'claim' | 'context';

export interface Variant {
  field: string;
  value: string;
  /** The value in English, for the English page. */
  value_en?: string | undefined;
  article: string;
  quote: string;
  note?: { id: string; en: string } | undefined;
}

export interface CitingRecord {
  kind: RecordKind;
  id: string;
  data: { sources: Citation[]; variants?: Variant[] | undefined };
}

export interface NumberedCitation extends Citation {
  /** 1-based number shown as the citation marker. */
  n: number;
  /** Fragment id of the passage on the article page. */
  anchor: string;
  /** Set when the passage gives a different value for its field than the record. */
  variant?: Variant;
}

export interface RecordCitations {
  /** Sources, then variants, numbered in that order. */
  list: NumberedCitation[];
  /** Citation numbers supporting each field path (sources only). */
  byField: Map<string, number[]>;
  /** Citation numbers of passages giving another value, by field path. */
  variantsByField: Map<string, number[]>;
}

/** Number a record's sources and variants and index them by field. */
export function recordCitations(record: CitingRecord): RecordCitations {
  const sources = record.data.sources.map((s, i): NumberedCitation => ({
    ...s,
    n: i + 1,
    anchor: quoteAnchor(s.quote),
  }));
  const variants = (record.data.variants ?? []).map((v, i): NumberedCitation => ({
    article: v.article,
    quote: v.quote,
    supports: [v.field],
    n: sources.length + i + 1,
    anchor: quoteAnchor(v.quote),
    variant: v,
  }));
  const index = (list: NumberedCitation[]) => {
    const map = new Map<string, number[]>();
    for (const c of list) for (const f of c.supports) map.set(f, [...(map.get(f) ?? []), c.n]);
    return map;
  };
  return {
    list: [...sources, ...variants],
    byField: index(sources),
    variantsByField: index(variants),
  };
}

export interface FactUse {
  kind: RecordKind;
  id: string;
  /** Fields the passage supports. */
  fields: string[];
  /** Fields for which the passage gives a different value than the record. */
  disputes: string[];
}

export interface Passage {
  anchor: string;
  quote: string;
  /** Offset in the article's normalised text, for ordering (-1 if not found). */
  position: number;
  uses: FactUse[];
}

/** Add one citation of a record to the passages of its article, keyed by anchor. */
function addCitation(
  byAnchor: Map<string, Passage>,
  r: CitingRecord,
  c: NumberedCitation,
  position: (quote: string) => number,
): void {
  const passage = byAnchor.get(c.anchor) ?? {
    anchor: c.anchor,
    quote: c.quote,
    position: position(c.quote),
    uses: [],
  };
  let use = passage.uses.find((u) => u.kind === r.kind && u.id === r.id);
  if (!use) {
    use = { kind: r.kind, id: r.id, fields: [], disputes: [] };
    passage.uses.push(use);
  }
  const target = c.variant ? use.disputes : use.fields;
  target.push(...c.supports.filter((f) => !target.includes(f)));
  byAnchor.set(c.anchor, passage);
}

const inTextOrder = (passages: Iterable<Passage>): Passage[] =>
  [...passages].sort((a, b) => a.position - b.position || a.anchor.localeCompare(b.anchor));

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
  const position = (quote: string): number => findQuote(articleText, quote)[0] ?? -1;
  for (const r of records) {
    for (const c of recordCitations(r).list) {
      if (c.article === articleId) addCitation(byAnchor, r, c, position);
    }
  }
  return inTextOrder(byAnchor.values());
}

/**
 * The passages of every cited article at once (what `articlePassages` gives
 * for each), in one pass over the records: a build computes this once
 * instead of scanning every record for every source page. `textOf` returns
 * the text quotes are matched against (undefined for an unknown article);
 * it is called once per cited article.
 */
export function passagesByArticle(
  records: readonly CitingRecord[],
  textOf: (articleId: string) => string | undefined,
): Map<string, Passage[]> {
  const cited = new Map<string, { r: CitingRecord; c: NumberedCitation }[]>();
  for (const r of records) {
    for (const c of recordCitations(r).list) {
      const list = cited.get(c.article) ?? [];
      list.push({ r, c });
      cited.set(c.article, list);
    }
  }
  const result = new Map<string, Passage[]>();
  for (const [articleId, list] of cited) {
    const text = textOf(articleId);
    if (text === undefined) continue;
    const byAnchor = new Map<string, Passage>();
    const position = (quote: string): number => findQuote(text, quote)[0] ?? -1;
    for (const { r, c } of list) addCitation(byAnchor, r, c, position);
    result.set(articleId, inTextOrder(byAnchor.values()));
  }
  return result;
}
