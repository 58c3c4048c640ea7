/**
 * Ids of every checked page: none empty and none used twice, so that every
 * fragment link (and every citation marker's link to its passage) has one
 * target. Ids inside a <template> are inert and not counted.
 */
import { atAttribute, atPage, type Located } from './problem.ts';
import type { Site } from './site.ts';

export function checkIds(site: Site): Located[] {
  const problems: Located[] = [];
  for (const [file, page] of site.pages) {
    const seen = new Set<string>();
    const duplicates = new Map<string, number>();
    for (const element of page.elements) {
      if (element.inTemplate) continue;
      element.attrs.forEach((a, i) => {
        if (a.name !== 'id') return;
        if (a.value === '')
          problems.push({
            file,
            at: atAttribute(element, i),
            message: `empty id attribute on <${element.tag}>`,
          });
        else if (seen.has(a.value)) duplicates.set(a.value, (duplicates.get(a.value) ?? 1) + 1);
        else seen.add(a.value);
      });
    }
    for (const [id, count] of duplicates)
      problems.push({ file, at: atPage(), message: `duplicate id "${id}" (${count} elements)` });
  }
  return problems;
}
