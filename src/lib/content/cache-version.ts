/**
 * The version of the code that reads and validates one content file: a
 * SHA-1 over the source of `src/lib` and `src/schemas` (the reader, the
 * schemas, the check and everything they import) and `package-lock.json`
 * (the YAML, Markdown and zod versions). A per-file result stored under
 * another version is never used. Computed once per process and code tree;
 * when the source cannot be found (a bundled copy), the version is unique to
 * this process, so nothing stored by another run is trusted.
 */
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Files of a folder tree, sorted, skipping what cannot be listed. */
function filesUnder(dir: string, depth = 0): string[] {
  let names: string[];
  try {
    names = readdirSync(dir, { withFileTypes: true })
      .map((d) => (d.isDirectory() && depth < 16 ? `${d.name}/` : d.isFile() ? d.name : ''))
      .filter((n) => n !== '')
      .sort();
  } catch {
    return [];
  }
  return names.flatMap((name) =>
    name.endsWith('/') ? filesUnder(join(dir, name), depth + 1) : [join(dir, name)],
  );
}

/**
 * The SHA-1 over the given source folders and files (path relative to
 * `base`, then bytes), or undefined when none of the folders holds a file.
 */
export function sourceVersion(
  base: string,
  dirs: readonly string[],
  files: readonly string[],
): string | undefined {
  const sources = dirs.flatMap((d) => filesUnder(join(base, d)));
  if (sources.length === 0) return undefined;
  const hash = createHash('sha1');
  for (const path of [...sources, ...files.map((f) => join(base, f))]) {
    hash.update(`${path.slice(base.length)}\0`);
    try {
      hash.update(readFileSync(path));
    } catch {
      hash.update('\0missing\0');
    }
  }
  return hash.digest('hex');
}

let memo: string | undefined;

/** The version of this checkout's reading code (see the module comment). */
export function readerVersion(): string {
  if (memo !== undefined) return memo;
  // This file is src/lib/content/cache-version.ts: the project is three folders up.
  const here = import.meta.dirname as string | undefined;
  const project = here === undefined ? undefined : resolve(here, '..', '..', '..');
  const found =
    project === undefined
      ? undefined
      : sourceVersion(project, ['src/lib', 'src/schemas'], ['package-lock.json']);
  memo = found ?? `process-${randomUUID()}`;
  return memo;
}
