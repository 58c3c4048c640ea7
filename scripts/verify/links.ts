/**
 * Internal links resolve: every URL of a checked page or stylesheet that
 * points into the site (relative, root-relative, or absolute on the site's
 * own origin) is a valid URL served by a file of dist, a page by its folder
 * with the trailing slash. Language alternates are checked by hreflang.ts.
 */
import { isAlternate } from './hreflang.ts';
import { atLink, type Located } from './problem.ts';
import { shown, type Link, type Site } from './site.ts';

/** The URLs that point into the site: what the summary counts as links. */
export function internalLinks(site: Site): Link[] {
  return site.links.filter((link) => link.resolved.kind === 'internal');
}

export function checkLinks(site: Site): Located[] {
  const problems: Located[] = [];
  for (const link of site.links) {
    const { ref, resolved, target } = link;
    const report = (message: string): void => {
      problems.push({ file: link.file, at: atLink(link), message });
    };
    if (resolved.kind === 'invalid') report(`invalid URL ${shown(ref)}`);
    else if (target && 'error' in target && !isAlternate(ref))
      report(`broken link ${shown(ref)}: ${target.error}`);
  }
  return problems;
}
