/**
 * The site runs no JavaScript: no <script> element (except JSON-LD data
 * blocks, which must parse, and any script on the allowlisted search
 * pages), no event-handler attribute (on…=) and no javascript: URL, in HTML
 * and SVG alike.
 */
import { refreshUrl } from './page.ts';
import { atAttribute, atElement, type Located } from './problem.ts';
import type { Site } from './site.ts';
import { isJavascriptUrl } from './urls.ts';

export function checkNoScripts(site: Site): Located[] {
  const problems: Located[] = [];
  for (const [file, page] of site.pages) {
    const allowed = site.scriptAllowlist.has(file);
    for (const element of page.elements) {
      const { tag } = element;
      element.attrs.forEach(({ name, value }, i) => {
        // Ids inside a <template> are inert: no check reads them.
        if (name === 'id' && element.inTemplate) return;
        const at = atAttribute(element, i);
        if (/^on/i.test(name))
          problems.push({ file, at, message: `event-handler attribute ${name} on <${tag}>` });
        if (isJavascriptUrl(value))
          problems.push({ file, at, message: `javascript: URL in ${name} of <${tag}>` });
      });
      const at = atElement(element);
      if (tag === 'script') {
        const type = (element.attr('type') ?? '').trim().toLowerCase();
        if (type !== 'application/ld+json' || element.attr('src') !== undefined) {
          if (!allowed)
            problems.push({ file, at, message: '<script> element (the site needs no JavaScript)' });
        } else {
          try {
            JSON.parse(element.text());
          } catch {
            problems.push({
              file,
              at,
              message: '<script type="application/ld+json"> does not hold valid JSON',
            });
          }
        }
      } else if (
        tag === 'meta' &&
        element.html &&
        !element.inTemplate &&
        element.attr('http-equiv')?.toLowerCase() === 'refresh'
      ) {
        const url = refreshUrl(element);
        if (url && isJavascriptUrl(url))
          problems.push({ file, at, message: 'javascript: URL in <meta http-equiv="refresh">' });
      }
    }
  }
  return problems;
}
