/**
 * Runs the full content check (schemas and cross-entry checks, the same as
 * `npm run check`) when Astro starts. `astro build` stops with every problem
 * listed; `astro dev` only warns, so the site keeps running while an editor
 * fixes a file. A build keeps each file's result in Astro's cache folder and
 * lets go of the whole check once the content is in Astro's data store.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { checkOnce, releaseCheck } from '../lib/check/index.ts';
import { formatReport } from '../lib/check/problem.ts';
import { diskBackedCache } from '../lib/content/file-cache.ts';
import { contentDir } from '../lib/content/location.ts';

/**
 * The error that stops a build. Astro prints its message and hint; the empty
 * stack keeps a trace of our own code out of an editor's terminal (the
 * problems themselves were already logged above it).
 */
function buildStopped(count: number): AstroError {
  const error = new AstroError(
    `Build dihentikan karena ${count} masalah konten. (Build stopped because of ${count} content problem(s).)`,
    'Jalankan `npm run check` untuk daftar lengkap dan cara memperbaiki tiap masalah. ' +
      '(Run `npm run check` for the full list and how to fix each problem.)',
  );
  error.name = 'ContentCheck';
  error.stack = '';
  return error;
}

/** Astro integration: check the content folder (`contentDir`) before `astro build` (fail) and `astro dev` (warn). */
export default function contentCheck(): AstroIntegration {
  return {
    name: 'jejak-scp:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const root = fileURLToPath(config.root);
        const dir = contentDir(root);
        // A build keeps each file's result on disk in Astro's cache folder, so the next build
        // parses only what changed and a cold build (cache cleared) checks cold; `astro dev`
        // keeps them in memory only (a save writes nothing).
        const folder = join(fileURLToPath(config.cacheDir), 'jejak-scp');
        const { problems } = checkOnce(
          root,
          dir,
          command === 'build' ? { cache: diskBackedCache(root, dir, folder) } : {},
        );
        if (problems.length === 0) return;
        const report = formatReport(problems);
        if (command === 'dev') {
          logger.warn(report);
          return;
        }
        logger.error(report);
        throw buildStopped(problems.length);
      },
      // The content is in Astro's data store by now: the pages read it there, not the check.
      'astro:build:start': () => {
        releaseCheck();
      },
    },
  };
}
