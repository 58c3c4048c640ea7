/**
 * The provenance parts of the pages' schema.org JSON-LD: for a source
 * article, our stored copy as a `workExample` (its capture day when known,
 * its SHA-256 as a PropertyValue) and the archived copy of the original when
 * known; for a cohort, each citation as a `Quotation` on our copy, pointing
 * to the passage and to the article it is part of.
 */
import type { Article } from '../../schemas/article.ts';
import { recordedSha256 } from '../content/body-hash.ts';
import { recordCitations, type CitingRecord } from '../data/provenance.ts';
import type { Lang } from '../../i18n/lang.ts';
import { routes } from '../site/routes.ts';
import { absolute, type OpenDataInput } from './types.ts';

type Json = { [key: string]: unknown };
type Site = Pick<OpenDataInput, 'site'>;

/** `workExample` of a NewsArticle: our copy, then the archived copy when known. */
export function copiesLd(d: Article, page: string): { workExample: Json[] } {
  const hash = recordedSha256(d);
  return {
    workExample: [
      {
        '@type': 'CreativeWork',
        '@id': `${page}#copy`,
        url: page,
        inLanguage: d.language,
        ...(d.captured === 'unknown' ? {} : { dateCreated: d.captured }),
        ...(hash
          ? { identifier: { '@type': 'PropertyValue', propertyID: 'sha256', value: hash } }
          : {}),
      },
      ...(d.archive_url ? [{ '@type': 'CreativeWork', url: d.archive_url }] : []),
    ],
  };
}

/** `citation` of a record: each passage it cites, as a Quotation on our copy. */
export function citationsLd(record: CitingRecord, lang: Lang, ctx: Site): { citation: Json[] } {
  return {
    citation: recordCitations(record).list.map((c) => {
      const page = absolute(ctx, routes.source(lang, c.article));
      return {
        '@type': 'Quotation',
        text: c.quote,
        url: `${page}#${c.anchor}`,
        isPartOf: { '@id': `${page}#article` },
      };
    }),
  };
}
