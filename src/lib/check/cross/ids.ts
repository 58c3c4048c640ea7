/**
 * Ids are unique across the records of the site (cohorts, claims and context
 * events): an id is the file name without its extension, so two files of the
 * same name in two folders, or as .yaml and .yml, collide.
 */
import type { Problem } from '../problem.ts';

/** A problem for each entry whose id an earlier entry already uses. */
export function duplicateIds(entries: readonly { id: string; file: string }[]): Problem[] {
  const problems: Problem[] = [];
  const ids = new Map<string, string>();
  for (const entry of entries) {
    const earlier = ids.get(entry.id);
    if (earlier) {
      problems.push({
        file: entry.file,
        code: 'id-duplicate',
        message: {
          id: `Id "${entry.id}" sudah dipakai oleh ${earlier}.`,
          en: `Id "${entry.id}" is already used by ${earlier}.`,
        },
        fix: {
          id: 'Ganti nama salah satu berkas: id harus unik di seluruh situs.',
          en: 'Rename one of the files: ids must be unique across the site.',
        },
      });
    } else ids.set(entry.id, entry.file);
  }
  return problems;
}
