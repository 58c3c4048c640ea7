/**
 * What the site's Content-Security-Policy (public/_headers) would block:
 * inline styles — style= attributes and <style> elements outside <template>
 * (the policy allows stylesheet files only) — and anything loaded from
 * another origin (images, scripts, frames, media, stylesheets, fonts, …).
 * Links that only name another address (<a>, <link rel="alternate">, …)
 * load nothing and are left to the other checks.
 */
import type { UrlRef } from './page.ts';
import { atAttribute, atElement, atLink, type Located } from './problem.ts';
import { shown, type Site } from './site.ts';

/** Elements whose URL is loaded as part of the page (not navigated to). */
const RESOURCE_TAGS = new Set([
  'img',
  'script',
  'iframe',
  'source',
  'track',
  'audio',
  'video',
  'embed',
  'object',
  'input',
  'image',
  'use',
  'feimage',
]);
/** <link> rels that only name another address, without loading it. */
const NON_LOADING_RELS = new Set([
  'alternate',
  'canonical',
  'author',
  'license',
  'help',
  'next',
  'prev',
  'search',
  'me',
]);

/** True when the browser loads the URL as part of the page. */
export function loads(ref: UrlRef): boolean {
  return (
    RESOURCE_TAGS.has(ref.tag) ||
    ref.tag === 'style' ||
    ref.tag === 'css' ||
    (ref.tag === 'link' && !ref.rel.some((r) => NON_LOADING_RELS.has(r)))
  );
}

export function checkCsp(site: Site): Located[] {
  const problems: Located[] = [];
  for (const [file, page] of site.pages) {
    for (const element of page.elements) {
      element.attrs.forEach(({ name, value }, i) => {
        if (name !== 'style') return;
        const start = value.length > 60 ? `${value.slice(0, 60)}…` : value;
        problems.push({
          file,
          at: atAttribute(element, i),
          message: `inline style attribute on <${element.tag}>: style="${start}"`,
        });
      });
      if (element.tag === 'style' && !element.inTemplate)
        problems.push({
          file,
          at: atElement(element),
          message:
            'inline <style> element (the Content-Security-Policy allows stylesheet files only)',
        });
    }
  }
  for (const link of site.links) {
    if (link.resolved.kind === 'external' && loads(link.ref))
      problems.push({
        file: link.file,
        at: atLink(link),
        message: `loads a resource from another origin: ${shown(link.ref)}`,
      });
  }
  return problems;
}
