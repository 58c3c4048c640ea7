/**
 * Checks of one claim against the rest of the content: its scope terms, its
 * made_on date against the publication of its sources, its sources, its
 * qualifier and scope as the quotes write them, and its corrections.
 */
import { ABROAD, type Claim } from '../../../schemas/claim.ts';
import type { Entry, LoadedContent } from '../../content/load.ts';
import { isDated, mayBePublishedOn } from '../../dates/publication.ts';
import { claimFacts } from '../facts.ts';
import { problemAt, type Problem } from '../problem.ts';
import type { ArticleIndex } from './article-index.ts';
import { publicationText, sourcePublications } from './publication-dates.ts';
import { checkQualifier } from './claim-qualifier.ts';
import { checkScopeWording } from './claim-scope.ts';
import { checkCorrections } from './corrections.ts';
import { checkSources } from './sources.ts';
import { checkVocab } from './vocabularies.ts';

/** A made_on date that overlaps the publication date of none of the claim's sources. */
function madeOnApart(c: Entry<Claim>, articles: ArticleIndex): Problem[] {
  const d = c.data;
  const published = sourcePublications(c, articles);
  if (published.length === 0 || published.some((p) => mayBePublishedOn(p, d.made_on))) return [];
  const dates = published.map(publicationText).join(', ');
  return [
    problemAt(
      c,
      ['made_on'],
      'date-claim-made-on',
      {
        id: `made_on (${d.made_on}) tidak cocok dengan tanggal terbit sumbernya (${dates}).`,
        en: `made_on (${d.made_on}) does not match the publication date of its sources (${dates}).`,
      },
      published.every(isDated)
        ? {
            id: 'Isi made_on dengan tanggal terbit artikel yang memuat pernyataan itu.',
            en: 'Set made_on to the publication date of the article that makes the statement.',
          }
        : {
            id: 'Isi made_on dengan tanggal terbit artikel yang memuat pernyataan itu; bila tanggal terbitnya tidak diketahui, dengan tanggal di antara published_after dan published_before-nya.',
            en: 'Set made_on to the publication date of the article that makes the statement; when that date is not known, to a date between its published_after and published_before.',
          },
    ),
  ];
}

/** Every cross-entry problem of one claim. */
export function checkClaim(
  c: Entry<Claim>,
  articles: ArticleIndex,
  content: LoadedContent,
): Problem[] {
  const d = c.data;
  const facts = claimFacts(d);
  return [
    ...checkVocab(c, ['scope', 'programme'], 'programmes', d.scope.programme, content),
    ...(d.scope.place === ABROAD
      ? []
      : checkVocab(c, ['scope', 'place'], 'places', d.scope.place, content)),
    ...madeOnApart(c, articles),
    ...checkSources(c, facts, articles, content),
    ...checkQualifier(c, articles),
    ...checkScopeWording(c, articles, content),
    ...checkCorrections(c, { kind: 'claim', data: d }, facts, articles, content.vocabularies),
  ];
}
