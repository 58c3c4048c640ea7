/**
 * Links to other sites (<a>, <area>) carry rel="noopener noreferrer": the
 * opened page gets no handle on ours and no Referer.
 */
import { atLink, type Located } from './problem.ts';
import { shown, type Site } from './site.ts';

export function checkExternalRel(site: Site): Located[] {
  const problems: Located[] = [];
  for (const link of site.links) {
    const { ref } = link;
    if (link.resolved.kind !== 'external' || (ref.tag !== 'a' && ref.tag !== 'area')) continue;
    if (ref.rel.includes('noopener') && ref.rel.includes('noreferrer')) continue;
    problems.push({
      file: link.file,
      at: atLink(link),
      message: `external link ${shown(ref)} needs rel="noopener noreferrer" (has rel="${ref.rel.join(' ')}")`,
    });
  }
  return problems;
}
