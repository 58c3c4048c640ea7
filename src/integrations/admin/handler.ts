/**
 * The browser editor's pages on the editor's own computer: /admin/ (Decap
 * CMS with the configuration generated from the schemas), /admin/verdict/
 * and /admin/verdict.json (the checker's problems, all or of one file).
 * One request handler, mounted by the dev server (integrations/admin.ts) and
 * usable by any Node HTTP server (the browser test). Everything is read anew
 * on each request, so a saved file shows in the verdict at once; the verdict
 * is `checkOnce`, which checks again only when a file changed and shares its
 * result with the dev server's loaders (one check per save, not two). Answers
 * only under /admin/; calls `next()` for any other address.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { checkOnce } from '../../lib/check/index.ts';
import { buildCmsConfig } from '../../lib/cms/config.ts';
import { adminPage, problemsOf, verdictPage } from '../../lib/cms/verdict.ts';
import { loadContent } from '../../lib/content/load.ts';
import { vocabularyNames } from '../../schemas/vocabulary.ts';

/**
 * The editor's own policy, sent only under /admin/: Decap CMS styles itself
 * inline and evaluates code, and talks to the local backend on its port.
 */
export function adminCsp(localPort: number): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    `connect-src 'self' http://localhost:${localPort} http://127.0.0.1:${localPort}`,
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

export interface AdminOptions {
  /** Project root (problems are named relative to it). */
  root: string;
  /** The content folder edited. */
  contentDir: string;
  /** Port of decap-server. */
  localPort: number;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

const here = import.meta.dirname;
const packageDir = (name: string): string =>
  dirname(createRequire(import.meta.url).resolve(`${name}/package.json`));

/** Folders served to the editor's page from installed packages: Decap CMS, and YAML for the formats. */
const PACKAGE_DIRS: Record<string, () => string> = {
  '/admin/decap/': () => join(packageDir('decap-cms'), 'dist'),
  '/admin/yaml/': () => join(packageDir('yaml'), 'browser', 'dist'),
};

/** The page's own scripts and styles (this folder), by address. */
const OWN_FILES: Record<string, string> = {
  '/admin/pre.js': 'pre.js',
  '/admin/admin.js': 'client.js',
  '/admin/admin.css': 'admin.css',
  '/admin/forms.js': 'forms.js',
  '/admin/locale-id.js': 'locale-id.js',
  '/admin/locale-id-editor.js': 'locale-id-editor.js',
};

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  csp: string,
) {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  });
  res.end(body);
}

function config(options: AdminOptions): string {
  const content = loadContent(options.root, options.contentDir);
  const vocabularies = Object.fromEntries(
    vocabularyNames.map((name) => [
      name,
      [...content.vocabularies[name]].map(([key, term]) => ({ key, label: term.label.id })),
    ]),
  );
  const profile = content.profile?.data;
  return JSON.stringify(
    buildCmsConfig({
      vocabularies,
      editing: profile?.editing,
      siteName: profile?.name ?? '',
      localPort: options.localPort,
    }),
  );
}

/** A request handler in the Connect style (req, res, next). */
export function adminHandler(options: AdminOptions) {
  const csp = adminCsp(options.localPort);
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (path !== '/admin' && !path.startsWith('/admin/')) return next();
    const prefix = Object.keys(PACKAGE_DIRS).find((p) => path.startsWith(p));
    const json = 'application/json; charset=utf-8';
    const html = 'text/html; charset=utf-8';
    try {
      if (path === '/admin' || path === '/admin/index.html') {
        res.writeHead(301, { location: '/admin/' }).end();
      } else if (path === '/admin/') {
        send(
          res,
          200,
          html,
          adminPage(loadContent(options.root, options.contentDir).profile?.data.name ?? ''),
          csp,
        );
      } else if (path === '/admin/config.json') {
        send(res, 200, json, config(options), csp);
      } else if (path === '/admin/verdict.json') {
        const { problems } = checkOnce(options.root, options.contentDir);
        const file = url.searchParams.get('file') ?? '';
        send(res, 200, json, JSON.stringify({ file, problems: problemsOf(problems, file) }), csp);
      } else if (path === '/admin/verdict/') {
        send(
          res,
          200,
          html,
          verdictPage(checkOnce(options.root, options.contentDir).problems),
          csp,
        );
      } else if (OWN_FILES[path] !== undefined) {
        const name = OWN_FILES[path];
        send(res, 200, TYPES[extname(name)] ?? 'text/plain', readFileSync(join(here, name)), csp);
      } else if (prefix !== undefined) {
        const base = PACKAGE_DIRS[prefix]?.() ?? '';
        const file = normalize(join(base, path.slice(prefix.length)));
        if (!file.startsWith(base + sep) || !existsSync(file))
          return void send(res, 404, 'text/plain', 'not found', csp);
        send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file), csp);
      } else {
        send(res, 404, 'text/plain; charset=utf-8', 'Halaman tidak ada. (Not found.)', csp);
      }
    } catch (error) {
      const what = error instanceof Error ? error.message.split('\n')[0] : String(error);
      send(
        res,
        500,
        'text/plain; charset=utf-8',
        `Penyunting gagal memuat: ${what} (The editor failed to load.)`,
        csp,
      );
    }
  };
}
