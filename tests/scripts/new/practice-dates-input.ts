/**
 * The practice release with relative dates (tests/lib/check/cross/practice-dates.ts)
 * as the scaffold sees it: its quotable text and date context, and the facts
 * of the cohort citing it, for the tests of choosing and echoing quotes.
 */
import { indexArticles } from '../../../src/lib/check/cross.ts';
import { cohortFacts } from '../../../src/lib/check/facts.ts';
import { loadContent } from '../../../src/lib/content/load.ts';
import type { CitationInput } from '../../../scripts/new/citations.ts';
import { dateContextOf } from '../../../scripts/new/quotes.ts';
import { makeCorpus } from '../../helpers/corpus.ts';
import { DATES_ARTICLE, DATE_SENTENCES, datesFiles } from '../../lib/check/cross/practice-dates.ts';

const corpus = makeCorpus(datesFiles());
const content = loadContent(corpus.root);
corpus.cleanup();
const article = indexArticles(content.articles).get(DATES_ARTICLE);
const cohort = content.cohorts.find((c) => c.id === DATES_ARTICLE);
if (!article || !cohort) throw new Error('practice corpus without its article or cohort');

/** Quotes from the practice release about its cohort. */
export const DATES_INPUT: CitationInput = {
  article: DATES_ARTICLE,
  text: article.text,
  ctx: dateContextOf(article.entry.data.published),
  facts: cohortFacts(cohort.data),
  content,
  status: cohort.data.status,
};

/** The sentences of the release: the send-off, the start and the end of the training. */
export const SENDOFF_SENTENCE: string = DATE_SENTENCES.sendoff;
export const START_SENTENCE: string = DATE_SENTENCES.start;
export const END_SENTENCE: string = DATE_SENTENCES.end;
