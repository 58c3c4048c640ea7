/**
 * Language alternates (<link rel="alternate" hreflang>) point at a page of
 * this site that exists: each page's other-language version.
 */
import type { UrlRef } from './page.ts';
import { atLink, type Located } from './problem.ts';
import type { Site } from './site.ts';

/** True for a <link rel="alternate"> with an hreflang: checked here, not as a plain link. */
export function isAlternate(ref: UrlRef): boolean {
  return ref.tag === 'link' && ref.rel.includes('alternate') && Boolean(ref.hreflang);
}

export function checkHreflang(site: Site): Located[] {
  const problems: Located[] = [];
  for (const link of site.links) {
    const { ref, resolved, target } = link;
    if (!isAlternate(ref)) continue;
    const report = (message: string): void => {
      problems.push({ file: link.file, at: atLink(link), message });
    };
    if (resolved.kind === 'external')
      report(`hreflang="${ref.hreflang}" alternate ${ref.url} is not on this site`);
    else if (target && 'error' in target)
      report(`hreflang="${ref.hreflang}" alternate ${ref.url} does not exist: ${target.error}`);
  }
  return problems;
}
