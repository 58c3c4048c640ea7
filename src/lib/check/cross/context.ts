/**
 * Checks of one context event against the rest of the content: a date taken
 * from the publication of its source must be that publication date, and its
 * sources must support its facts.
 */
import type { ContextEvent } from '../../../schemas/context-event.ts';
import type { Entry, LoadedContent } from '../../content/load.ts';
import { contextFacts } from '../facts.ts';
import { problemAt, type Problem } from '../problem.ts';
import type { ArticleIndex } from './article-index.ts';
import { publicationText, sourcePublications } from './publication-dates.ts';
import { checkSources } from './sources.ts';

/** A date_basis of publication with a date that no source was published on. */
function notPublicationDate(e: Entry<ContextEvent>, articles: ArticleIndex): Problem[] {
  if (e.data.date_basis !== 'publication') return [];
  const published = sourcePublications(e, articles);
  if (published.length === 0 || published.some((p) => p.published === e.data.date)) return [];
  const dates = published.map(publicationText).join(', ');
  return [
    problemAt(
      e,
      ['date'],
      'date-not-publication',
      {
        id: `date_basis: publication, tetapi date (${e.data.date}) berbeda dari tanggal terbit sumber (${dates}).`,
        en: `date_basis is publication, but date (${e.data.date}) differs from the sources' publication date (${dates}).`,
      },
      {
        id: 'Samakan date dengan tanggal terbit artikel, atau gunakan date_basis: stated dengan kutipan yang menyebut tanggal.',
        en: "Set date to the article's publication date, or use date_basis: stated with a quote that gives the date.",
      },
    ),
  ];
}

/** Every cross-entry problem of one context event. */
export function checkContextEvent(
  e: Entry<ContextEvent>,
  articles: ArticleIndex,
  content: LoadedContent,
): Problem[] {
  return [
    ...notPublicationDate(e, articles),
    ...checkSources(e, contextFacts(e.data), articles, content),
  ];
}
