/**
 * A site built from a fixture's content folder, for tests/dist: one build
 * through Astro's API in a child process with JEJAK_CONTENT_DIR set, into a
 * temporary folder of its own (its outDir and its cacheDir), so neither
 * dist/ nor the project's build cache is read or changed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from './corpus.ts';

export interface FixtureSite {
  outDir: string;
  /** Text of a built file (path relative to the site's root); throws naming it when missing. */
  read(file: string): string;
  cleanup(): void;
}

/** Build the site of `contentDir`; throws with Astro's output when the build fails. */
export function buildFixtureSite(contentDir: string, name: string): FixtureSite {
  const work = mkdtempSync(join(tmpdir(), `jejak-${name}-`));
  const outDir = join(work, 'dist');
  const script = [
    "import { build } from 'astro';",
    'const [root, outDir, cacheDir] = process.argv.slice(1);',
    "await build({ root, outDir, cacheDir, force: true, logLevel: 'error' });",
  ].join('\n');
  const child = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', script, PROJECT_ROOT, outDir, join(work, 'cache')],
    { cwd: PROJECT_ROOT, env: { ...process.env, JEJAK_CONTENT_DIR: contentDir }, encoding: 'utf8' },
  );
  if (child.status !== 0) {
    rmSync(work, { recursive: true, force: true });
    throw new Error(`build of ${name} failed:\n${child.stdout}\n${child.stderr}`);
  }
  return {
    outDir,
    read: (file) => {
      const path = join(outDir, file);
      if (!existsSync(path)) throw new Error(`${name}: ${file} was not built`);
      return readFileSync(path, 'utf8');
    },
    cleanup: () => rmSync(work, { recursive: true, force: true }),
  };
}
