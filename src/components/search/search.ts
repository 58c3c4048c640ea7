/**
 * Entry of the search page's enhancement: when the page has the search
 * form, load the search UI (a separate chunk, fetched only here). Without
 * JavaScript the form and the browse lists still work.
 */
const root = document.querySelector<HTMLElement>('[data-search]');
if (root) {
  void import('./search-ui.ts').then(({ startSearch }) => startSearch(root));
}
