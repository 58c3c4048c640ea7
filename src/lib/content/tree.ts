/**
 * The top of the content folder: every name in it is a collection folder,
 * `_templates/` (read by `npm run new`), `published.json` (the ledger of
 * published values, read by the check), `site.yaml` (the site profile,
 * read by its own loader), a name passed over in silence (see folder.ts),
 * or a problem. A folder whose name is close to a collection's gets that
 * name suggested, so a misspelt `cohort/` is not silently left out.
 */
import { join } from 'node:path';
import type { Problem } from '../check/problem.ts';
import { folderNames, notAFile, SILENT_NAMES, statOrProblem } from './folder.ts';
import { displayPath, fileProblem } from './problems.ts';

/** Names at the top of content/ that are not collections but are known. */
const KNOWN_OTHER = new Set(['_templates', 'site.yaml', 'published.json']);

/** Edit distance between two short names (insertions, deletions, substitutions). */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(
        (prev[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** The collection a misspelt folder name most likely means, if one is close. */
export function closestCollection(
  name: string,
  collections: readonly string[],
): string | undefined {
  const lower = name.toLowerCase().replace(/[\s_]+/g, '-');
  let best: { dir: string; d: number } | undefined;
  for (const dir of collections) {
    const d = distance(lower.slice(0, 40), dir);
    if (d <= Math.max(2, Math.floor(dir.length / 3)) && (!best || d < best.d)) best = { dir, d };
  }
  return best?.dir;
}

/** A problem for every name at the top of `contentDir` that nothing reads. */
export function contentTreeProblems(
  root: string,
  contentDir: string,
  collections: readonly string[],
): Problem[] {
  const listed = folderNames(root, contentDir);
  // A missing or unreadable content folder shows as each collection's folder missing.
  if (!listed) return [];
  const problems = [...listed.problems];
  for (const name of listed.names) {
    if (collections.includes(name) || KNOWN_OTHER.has(name) || SILENT_NAMES.has(name)) continue;
    const path = join(contentDir, name);
    const file = displayPath(root, path);
    const stat = statOrProblem(path, file);
    if (!('isFile' in stat)) {
      problems.push(stat);
      continue;
    }
    if (!stat.isDirectory()) {
      problems.push(
        notAFile(file, stat) ??
          fileProblem(
            file,
            'file-outside-collection',
            'Berkas ini berada langsung di folder konten, di luar folder koleksi; tidak dibaca.',
            'This file sits directly in the content folder, outside any collection folder; it is not read.',
            `Pindahkan ke salah satu folder: ${collections.join(', ')}.`,
            `Move it into one of the folders: ${collections.join(', ')}.`,
          ),
      );
      continue;
    }
    const meant = closestCollection(name, collections);
    problems.push(
      fileProblem(
        `${file}/`,
        'folder-unknown',
        meant
          ? `Folder "${name}/" tidak dikenal dan tidak dibaca; mungkin maksudnya "${meant}/"?`
          : `Folder "${name}/" tidak dikenal dan tidak dibaca.`,
        meant
          ? `Unknown folder "${name}/", not read; did you mean "${meant}/"?`
          : `Unknown folder "${name}/", not read.`,
        meant
          ? `Ganti nama folder menjadi ${meant}/ (atau pindahkan berkasnya ke sana).`
          : `Folder konten yang dikenal: ${collections.join(', ')}; pindahkan berkasnya ke salah satunya.`,
        meant
          ? `Rename the folder to ${meant}/ (or move its files there).`
          : `The known content folders are: ${collections.join(', ')}; move its files into one of them.`,
      ),
    );
  }
  return problems;
}
