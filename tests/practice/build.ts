/**
 * The site built from a content copy (JEJAK_CONTENT_DIR) into the copy's
 * folder, with an Astro cache of its own: the project's configuration with
 * `cacheDir` moved into the copy, so that this build neither reads nor
 * prunes the incremental cache and content store of the project's own
 * builds, nor races another test's build for them.
 */
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from '../helpers/corpus.ts';
import { runNode, type ContentCopy, type Run } from '../helpers/node.ts';

const astro = join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** Build the site from `copy` into `<copy>/dist`. */
export async function buildCopy(copy: ContentCopy): Promise<{ run: Run; dist: string }> {
  const dist = join(copy.dir, 'dist');
  const config = copy.file(
    'astro.config.mjs',
    [
      `import config from ${JSON.stringify(pathToFileURL(join(PROJECT_ROOT, 'astro.config.mjs')).href)};`,
      `export default { ...config, cacheDir: ${JSON.stringify(join(copy.dir, 'astro-cache'))} };`,
      '',
    ].join('\n'),
  );
  // Astro reads --config relative to the project root.
  const run = await runNode(
    [astro, 'build', '--config', relative(PROJECT_ROOT, config), '--outDir', dist],
    { env: { JEJAK_CONTENT_DIR: copy.content }, timeout: 180_000 },
  );
  return { run, dist };
}
