/**
 * The redirects of the site, computed here and nowhere else: the old page of
 * every renamed cohort (a cohort lists its former ids in `renamed_from`), in
 * each language, and the page it moved to. The build writes a redirect page
 * at each old address and the list as `_redirects`; the site model exposes
 * the same list for a server configuration. Claims and context events have
 * no page of their own: their old ids stay anchors on the page that shows
 * them, so they need no redirect.
 */
import type { Lang } from '../../i18n/lang.ts';
import { routes } from './routes.ts';

/** One old address and the address that replaces it (root-relative paths). */
export interface Redirect {
  from: string;
  to: string;
  lang: Lang;
}

interface Renamable {
  id: string;
  data: { renamed_from?: readonly string[] | undefined };
}

/** Every redirect of the site, sorted by old address. */
export function siteRedirects(cohorts: readonly Renamable[], langs: readonly Lang[]): Redirect[] {
  return cohorts
    .flatMap((c) =>
      (c.data.renamed_from ?? []).flatMap((old) =>
        langs.map((lang) => ({
          from: routes.cohort(lang, old),
          to: routes.cohort(lang, c.id),
          lang,
        })),
      ),
    )
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/** The `_redirects` file (Netlify and Cloudflare Pages): one `old new 301` line per redirect. */
export function redirectsFile(redirects: readonly Redirect[]): string {
  return redirects.map((r) => `${r.from} ${r.to} 301\n`).join('');
}
