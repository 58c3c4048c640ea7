/**
 * Clears the previous build's output without making the build wait for it.
 * Astro empties the output folder before it bundles, file by file and
 * synchronously: after a build of thousands of pages that takes tens of
 * seconds, every rebuild. This integration moves the old output aside in
 * one rename when the build starts (into the cache folder, same disk; Astro
 * then finds the output folder empty) and deletes it in the background
 * while the build runs; the build waits for the deletion only at its end.
 * Where the rename cannot be made (another disk), nothing is moved and
 * Astro empties the folder itself as before.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Where the old output goes: a folder of its own under the cache folder. */
export function staleDir(cacheDir: string): string {
  return join(cacheDir, 'stale-out-dir');
}

/**
 * Moves `outDir` to `stale` in one rename, after removing what an
 * interrupted build left there; false when there is no output to move or it
 * cannot be moved.
 */
export function moveAside(outDir: string, stale: string): boolean {
  rmSync(stale, { recursive: true, force: true });
  if (!existsSync(outDir)) return false;
  try {
    mkdirSync(join(stale, '..'), { recursive: true });
    renameSync(outDir, stale);
    return true;
  } catch {
    return false;
  }
}

/** Deletes what `moveAside` moved, in the background; resolves when it is gone. */
export function deleteAside(stale: string): Promise<void> {
  return rm(stale, { recursive: true, force: true, maxRetries: 3 });
}

/** Astro integration: the previous output moved aside at the start of a build, deleted meanwhile. */
export default function staleOutDir(): AstroIntegration {
  let outDir = '';
  let cacheDir = '';
  let deleting: Promise<void> = Promise.resolve();
  return {
    name: 'jejak-scp:stale-out-dir',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': () => {
        const stale = staleDir(cacheDir);
        if (moveAside(outDir, stale)) deleting = deleteAside(stale);
      },
      'astro:build:done': async () => {
        await deleting;
      },
    },
  };
}
