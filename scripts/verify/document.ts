/**
 * What every checked page must have: a language on <html>, exactly one
 * non-empty <title> and exactly one <h1>. Only HTML elements outside
 * <template> count (an SVG <title> names a graphic, not the page).
 */
import { atPage, type Located } from './problem.ts';
import type { Site } from './site.ts';

export function checkDocument(site: Site): Located[] {
  const problems: Located[] = [];
  for (const [file, page] of site.pages) {
    let htmlLang: string | undefined;
    let titles = 0;
    let emptyTitles = 0;
    let h1s = 0;
    for (const element of page.elements) {
      if (!element.html || element.inTemplate) continue;
      if (element.tag === 'html') htmlLang = element.attr('lang');
      else if (element.tag === 'title') {
        titles++;
        if (element.text().trim() === '') emptyTitles++;
      } else if (element.tag === 'h1') h1s++;
    }
    const report = (message: string): void => {
      problems.push({ file, at: atPage(), message });
    };
    if (htmlLang === undefined || htmlLang.trim() === '') report('<html> has no lang attribute');
    if (titles === 0) report('no <title>');
    else if (titles > 1) report(`${titles} <title> elements (expected one)`);
    if (emptyTitles > 0) report('empty <title>');
    if (h1s !== 1) report(`${h1s} <h1> elements (expected exactly one)`);
  }
  return problems;
}
