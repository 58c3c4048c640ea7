/**
 * Every citation as a W3C Web Annotation (https://www.w3.org/TR/annotation-model/),
 * in one AnnotationCollection (/data/annotations.jsonld): the passage
 * is the target, on the original address (TextQuoteSelector; a TimeState
 * with the capture day and the archived copy when known) and on our copy
 * (TextQuoteSelector and TextPositionSelector). Positions count Unicode
 * code points in the text quotes are matched against — the published
 * headline and the body as a reader sees them, NFC, each run of whitespace
 * one space (`normalizeText(quotableText(…))`). The body says which facts of
 * which record the passage supports, and links the record's page.
 */
import { createHash } from 'node:crypto';
import type { Article } from '../../schemas/article.ts';
import { quotableText } from '../check/cross/article-index.ts';
import { recordCitations, type CitingRecord } from '../data/provenance.ts';
import { routes } from '../site/routes.ts';
import { normalizeText } from '../text/normalize.ts';
import { absolute, type OpenDataInput } from './types.ts';

type Json = Record<string, unknown>;
type StoredArticle = { id: string; data: Article; body?: string | undefined };

/** Path of the collection under /data/. */
export const ANNOTATIONS_FILE = 'annotations.jsonld';
/** Code points of context kept before and after a quote. */
const CONTEXT = 32;

export interface QuoteSelectors {
  quote: { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string };
  position: { type: 'TextPositionSelector'; start: number; end: number };
}

/** Selectors of the first occurrence of `quote` in `text` (both normalised), or undefined. */
export function quoteSelectors(text: string, quote: string): QuoteSelectors | undefined {
  const points = [...normalizeText(text)];
  const exact = [...normalizeText(quote)];
  const hay = points.join('');
  const at = hay.indexOf(exact.join(''));
  if (at === -1 || exact.length === 0) return undefined;
  const start = [...hay.slice(0, at)].length;
  const end = start + exact.length;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: exact.join(''),
      prefix: points.slice(Math.max(0, start - CONTEXT), start).join(''),
      suffix: points.slice(end, end + CONTEXT).join(''),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

const KIND_NAME = { cohort: 'angkatan', claim: 'klaim', context: 'peristiwa konteks' } as const;

const KIND_ROUTE = {
  cohort: (id: string) => routes.cohort('id', id),
  claim: (id: string) => routes.claim('id', id),
  context: (id: string) => routes.context('id', id),
} as const;

function citingRecords(input: OpenDataInput): CitingRecord[] {
  return [
    ...input.cohorts.map((x) => ({ kind: 'cohort' as const, id: x.id, data: x.data })),
    ...input.claims.map((x) => ({ kind: 'claim' as const, id: x.id, data: x.data })),
    ...input.context.map((x) => ({ kind: 'context' as const, id: x.id, data: x.data })),
  ].sort((a, b) => a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
}

/** The state of the original we cite: our capture day and the archived copy, when known. */
function timeState(d: Article): Json | undefined {
  const state: Json = {
    ...(d.captured === 'unknown' ? {} : { sourceDate: `${d.captured}T00:00:00+07:00` }),
    ...(d.archive_url ? { cached: d.archive_url } : {}),
  };
  return Object.keys(state).length ? { type: 'TimeState', ...state } : undefined;
}

/** The annotation collection of every citation whose quote is found in its stored article. */
export function annotationCollection(input: OpenDataInput): Json {
  const articles = new Map(
    (input.articles as readonly StoredArticle[]).map((a) => [a.id, a] as const),
  );
  const id = absolute(input, routes.dataFile(ANNOTATIONS_FILE));
  const items = citingRecords(input).flatMap((r) =>
    recordCitations(r).list.flatMap((c): Json[] => {
      const article = articles.get(c.article);
      if (!article) return [];
      const selectors = quoteSelectors(
        quotableText({ ...article, body: article.body ?? '' }),
        c.quote,
      );
      if (!selectors) return [];
      const d = article.data;
      const state = timeState(d);
      const fields = c.variant ? [c.variant.field] : c.supports;
      const relation = c.variant ? 'berbeda dari nilai tercatat' : 'mendukung';
      const copy = absolute(input, routes.source('id', c.article));
      return [
        {
          id: `${id}#${r.kind}-${r.id}-${c.n}`,
          type: 'Annotation',
          motivation: 'linking',
          body: [
            {
              type: 'TextualBody',
              purpose: 'describing',
              format: 'text/plain',
              language: 'id',
              value: `Kutipan ini ${relation} ${fields.join(', ')} pada ${KIND_NAME[r.kind]} ${r.id}.`,
            },
            { id: absolute(input, KIND_ROUTE[r.kind](r.id)), purpose: 'linking' },
          ],
          target: [
            ...(d.url === 'unknown'
              ? []
              : [{ source: d.url, selector: selectors.quote, ...(state ? { state } : {}) }]),
            { source: copy, selector: [selectors.quote, selectors.position] },
          ],
        },
      ];
    }),
  );
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id,
    type: 'AnnotationCollection',
    label: 'Kutipan sumber setiap fakta (Source passage of every fact)',
    total: items.length,
    first: { id: `${id}#page-1`, type: 'AnnotationPage', items },
  };
}

/** The collection as the file /data/annotations.jsonld holds it. */
export function annotationsText(input: OpenDataInput): string {
  return `${JSON.stringify(annotationCollection(input), null, 2)}\n`;
}

/** The data-package resource describing the annotations file (not a table). */
export function annotationsResource(text: string) {
  return {
    name: 'annotations',
    path: ANNOTATIONS_FILE,
    profile: 'data-resource',
    title: 'Anotasi kutipan (W3C Web Annotation)',
    title_en: 'Passage annotations (W3C Web Annotation)',
    description:
      'Setiap kutipan sumber sebagai W3C Web Annotation (JSON-LD): target di alamat asli dan di salinan kami (TextQuoteSelector; TextPositionSelector dalam titik kode teks tersimpan yang dinormalisasi), dengan fakta yang didukungnya.',
    description_en:
      'Every source passage as a W3C Web Annotation (JSON-LD): targets on the original address and on our copy (TextQuoteSelector; TextPositionSelector in code points of the normalised stored text), with the facts it supports.',
    format: 'jsonld',
    mediatype: 'application/ld+json',
    encoding: 'utf-8',
    bytes: Buffer.byteLength(text, 'utf8'),
    hash: `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`,
  };
}

/**
 * The package with the annotations file among its resources: a package
 * holding a resource that is not a table is a `data-package` (its tables
 * keep their `tabular-data-resource` profile).
 */
export function withAnnotations<P extends { resources: readonly object[] }>(pkg: P, text: string) {
  return {
    ...pkg,
    profile: 'data-package',
    resources: [...pkg.resources, annotationsResource(text)],
  };
}
