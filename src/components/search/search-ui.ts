/**
 * A small search UI over Pagefind's JavaScript API (/pagefind/pagefind.js,
 * which loads the index of the page's language). It renders results and
 * filters with DOM methods and classes only: no inline styles or scripts,
 * so it runs under a strict Content-Security-Policy, and excerpts are
 * copied as text with their <mark> highlights, never as HTML. It searches as
 * the reader types, and the language switch carries the query across.
 */

interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; kind?: string };
  sub_results: SubResult[];
}
interface Search {
  results: { id: string; data: () => Promise<ResultData> }[];
}
type Filters = Record<string, string[]>;
interface Pagefind {
  init(): Promise<void>;
  search(query: string | null, options?: { filters?: Filters }): Promise<Search>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** Words of the UI, from the page (data-strings). */
interface Strings {
  searching: string;
  noResults: string;
  resultsFor: string;
  resultsHeading: string;
  unavailable: string;
  filtersLegend: string;
  all: string;
  filters: Record<string, string>;
  /** Kind of the record pages listed before other results (the cohorts). */
  firstKind: string;
}

const MAX_RESULTS = 20;
/** Results read from the index before cohorts are moved to the front. */
const CANDIDATES = 40;
const MAX_SECTIONS = 3;
/** Pause after a keystroke before searching as the reader types. */
const TYPING_DELAY_MS = 200;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** An excerpt as text nodes and <mark> elements (anything else becomes its text). */
export function excerptNodes(excerpt: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  const p = doc.body.firstElementChild;
  return [...(p?.childNodes ?? [])].map((n) =>
    n.nodeName === 'MARK'
      ? el('mark', {}, n.textContent ?? '')
      : document.createTextNode(n.textContent ?? ''),
  );
}

/** Paths without a trailing index.html and with the page's own fragment kept. */
const samePage = (a: string, b: string): boolean =>
  a.split('#')[0] === b.split('#')[0] && !b.includes('#');

function resultItem(data: ResultData): HTMLLIElement {
  const title = el('a', { href: data.url }, data.meta.title ?? data.url);
  const head = el('p', { class: 'search-result-title' }, title);
  if (data.meta.kind) head.append(' ', el('span', { class: 'search-result-kind' }, data.meta.kind));
  const item = el(
    'li',
    { class: 'search-result' },
    head,
    el('p', {}, ...excerptNodes(data.excerpt)),
  );
  const sections = data.sub_results
    .filter((s) => !samePage(data.url, s.url))
    .slice(0, MAX_SECTIONS);
  if (sections.length > 0) {
    item.append(
      el(
        'ul',
        { class: 'search-result-sections' },
        ...sections.map((s) => el('li', {}, el('a', { href: s.url }, s.title))),
      ),
    );
  }
  return item;
}

/** The language switch keeps the query and filters: the other search page reads them. */
export function carryQuery(state: URLSearchParams): void {
  const link = document.querySelector<HTMLAnchorElement>('a.lang-switch');
  if (!link) return;
  const path = link.getAttribute('href')?.split('?')[0] ?? '';
  link.setAttribute('href', state.size ? `${path}?${state}` : path);
}

/** Starts the search UI on the element holding the form (`data-search`). */
export async function startSearch(root: HTMLElement): Promise<void> {
  const strings = JSON.parse(root.dataset['strings'] ?? '{}') as Strings;
  const form = root.querySelector('form');
  const input = root.querySelector<HTMLInputElement>('input[type="search"]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const results = root.querySelector<HTMLElement>('[data-search-results]');
  if (!form || !input || !status || !results) return;

  let pagefind: Pagefind;
  try {
    const bundle = root.dataset['bundle'] ?? '/pagefind/';
    pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
    await pagefind.init();
  } catch {
    status.textContent = strings.unavailable;
    return;
  }

  // The entry (search.ts) has already put the address's query in the box.
  const params = new URLSearchParams(location.search);
  const selects = new Map<string, HTMLSelectElement>();
  const available = await pagefind.filters();
  const fieldset = root.querySelector<HTMLElement>('[data-search-filters]');
  for (const slot of root.querySelectorAll<HTMLElement>('[data-search-filter]')) {
    const name = slot.dataset['searchFilter'] ?? '';
    const select = slot.querySelector('select');
    const values = Object.keys(available[name] ?? {}).sort((a, b) => a.localeCompare(b));
    if (!select || values.length === 0) {
      slot.remove();
      continue;
    }
    select.append(...values.map((v) => el('option', { value: v }, v)));
    select.value = values.includes(params.get(name) ?? '') ? (params.get(name) ?? '') : '';
    select.disabled = false;
    selects.set(name, select);
  }
  if (selects.size === 0) fieldset?.remove();

  let run = 0;
  const search = async (): Promise<void> => {
    const query = input.value.trim();
    const filters: Filters = {};
    const state = new URLSearchParams();
    if (query) state.set('q', query);
    for (const [name, select] of selects) {
      if (select.value) {
        filters[name] = [select.value];
        state.set(name, select.value);
      }
    }
    history.replaceState(null, '', `${location.pathname}${state.size ? `?${state}` : ''}`);
    carryQuery(state);
    const current = ++run;
    if (!query && Object.keys(filters).length === 0) {
      status.textContent = '';
      results.replaceChildren();
      return;
    }
    status.textContent = strings.searching;
    const found = await pagefind.search(query || null, { filters });
    const candidates = await Promise.all(found.results.slice(0, CANDIDATES).map((r) => r.data()));
    if (current !== run) return;
    // Cohort pages first (in Pagefind's order), then every other page in Pagefind's order:
    // the records are what readers look for; theme and listing pages repeat their names.
    const first = (d: ResultData) => (d.meta.kind === strings.firstKind ? 0 : 1);
    const data = candidates
      .map((d, i) => ({ d, i }))
      .sort((a, b) => first(a.d) - first(b.d) || a.i - b.i)
      .slice(0, MAX_RESULTS)
      .map(({ d }) => d);
    const shown = query ? `“${query}”` : Object.values(filters).flat().join(', ');
    status.textContent =
      data.length === 0
        ? `${strings.noResults} ${shown}.`
        : `${found.results.length} ${strings.resultsFor} ${shown}.`;
    results.replaceChildren(
      ...(data.length
        ? [
            el('h2', { id: 'search-results-heading' }, strings.resultsHeading),
            el(
              'ol',
              { class: 'search-results', 'aria-labelledby': 'search-results-heading' },
              ...data.map(resultItem),
            ),
          ]
        : []),
    );
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => void search(), TYPING_DELAY_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });
  for (const select of selects.values()) select.addEventListener('change', () => void search());
  if (input.value || [...selects.values()].some((s) => s.value)) await search();
}
