/**
 * The server block of a built site, read from where each part lives: the
 * template (deploy/nginx/server.conf.template), the headers of
 * public/_headers and the redirects of the build's `_redirects` (absent when
 * no record was renamed). Refuses a folder that is not a built site, or one
 * without its 404 page, which the configuration sends for a missing address.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TEMPLATE_FILE, serverConfig, type ServerOptions } from './config.ts';
import { parseHeaderRules } from './headers.ts';
import { place, sourceError } from './problem.ts';
import { parseRedirects, type ServerRedirect } from './redirects.ts';

/** The headers file, from the project root. */
export const HEADERS_FILE = 'public/_headers';

export interface SiteServerInput {
  /** The project (template and public/_headers). */
  projectRoot: string;
  /** The built site whose `_redirects` is read. */
  dist: string;
  options: ServerOptions;
  /** Redirects besides the build's (a test's renamed record). */
  extraRedirects?: readonly ServerRedirect[] | undefined;
}

export function siteServerConfig(input: SiteServerInput): string {
  const { projectRoot, dist } = input;
  const shown = relative(projectRoot, dist) || '.';
  for (const page of ['index.html', '404.html'])
    if (!existsSync(join(dist, page)))
      throw sourceError(
        place(`${shown}/${page}`),
        {
          id: 'berkas ini tidak ada: folder itu belum berisi situs yang dibangun.',
          en: 'this file is missing: the folder does not hold a built site.',
        },
        {
          id: 'jalankan npm run build dulu, atau berikan --dist=FOLDER situs yang dibangun.',
          en: 'run npm run build first, or give --dist=FOLDER of a built site.',
        },
      );
  const read = (file: string): string => readFileSync(join(projectRoot, file), 'utf8');
  const rules = parseHeaderRules(read(HEADERS_FILE), HEADERS_FILE);
  const redirectsFile = join(dist, '_redirects');
  const redirects = existsSync(redirectsFile)
    ? parseRedirects(readFileSync(redirectsFile, 'utf8'), `${shown}/_redirects`)
    : [];
  return serverConfig(
    read(TEMPLATE_FILE),
    rules.every,
    [...redirects, ...(input.extraRedirects ?? [])],
    input.options,
    rules.paths,
  );
}
