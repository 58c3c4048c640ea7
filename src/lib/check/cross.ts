/**
 * The cross-entry check and the article lookups other modules share with it
 * (the quotable text of an article, whether a quote states a fact).
 */
export { checkContent } from './cross/index.ts';
export { indexArticles, quotableText } from './cross/article-index.ts';
export { quoteStates } from './cross/quote-states.ts';
