/**
 * Fragment links land: the #fragment of an internal link into a checked page
 * is an id (or <a name>) of that page — the citation markers' links to the
 * quoted passages on source pages among them. "#", "#top" and a text
 * directive alone need no target.
 */
import { atLink, type Located } from './problem.ts';
import { shown, type Link, type Site } from './site.ts';
import { fragmentId } from './urls.ts';

/** An internal link whose fragment names an id in a checked page. */
export interface AnchorLink {
  link: Link;
  id: string;
  /** The page the id must be in. */
  page: string;
}

/** The links with a fragment to check: what the summary counts as anchors. */
export function anchorLinks(site: Site): AnchorLink[] {
  const anchors: AnchorLink[] = [];
  for (const link of site.links) {
    const { resolved, target } = link;
    if (resolved.kind !== 'internal' || !target || 'error' in target) continue;
    const id = resolved.fragment === null ? undefined : fragmentId(resolved.fragment);
    if (id === undefined || !site.pages.has(target.file)) continue;
    anchors.push({ link, id, page: target.file });
  }
  return anchors;
}

export function checkAnchors(site: Site): Located[] {
  const problems: Located[] = [];
  for (const { link, id, page } of anchorLinks(site)) {
    if (site.pages.get(page)?.targets.has(id)) continue;
    problems.push({
      file: link.file,
      at: atLink(link),
      message: `missing anchor ${shown(link.ref)}: no id "${id}" in ${page}`,
    });
  }
  return problems;
}
