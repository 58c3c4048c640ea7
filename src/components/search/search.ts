/**
 * Entry of the search page's enhancement: when the page has the search
 * form, put the address's query in it at once (the reader sees what is being
 * searched while the index loads), then load the search UI (a separate chunk,
 * fetched only here). Without JavaScript the form and the browse lists still work.
 */
const root = document.querySelector<HTMLElement>('[data-search]');
if (root) {
  const input = root.querySelector<HTMLInputElement>('input[type="search"]');
  if (input && !input.value) input.value = new URLSearchParams(location.search).get('q') ?? '';
  void import('./search-ui.ts').then(({ startSearch }) => startSearch(root));
}
