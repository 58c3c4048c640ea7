/**
 * Where the content folder is: `root/content`, unless the environment
 * variable JEJAK_CONTENT_DIR names another one (an absolute path). The one
 * place that reads the variable; the site's loaders, the build-time check and
 * `npm run check` all ask here, so a build or a preview can run on a copy of
 * the content (a test corpus, a practice entry) without touching content/.
 */
import { isAbsolute, join, resolve } from 'node:path';

/** Name of the environment variable that points the site at another content folder. */
export const CONTENT_DIR_ENV = 'JEJAK_CONTENT_DIR';

/**
 * The content folder for a project root. A relative JEJAK_CONTENT_DIR is
 * refused, because the working directories of `astro`, `npm run` and test
 * runners differ and would silently read different folders.
 */
export function contentDir(root: string, env: NodeJS.ProcessEnv = process.env): string {
  const value = env[CONTENT_DIR_ENV]?.trim();
  if (!value) return join(root, 'content');
  if (!isAbsolute(value)) {
    throw new Error(
      `${CONTENT_DIR_ENV} harus berupa path absolut (${CONTENT_DIR_ENV} must be an absolute path): ${value}`,
    );
  }
  return resolve(value);
}
