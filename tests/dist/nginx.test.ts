/**
 * The server block for the city's own nginx, served by Debian's nginx: a
 * copy of the built site, plus two practice files of kinds the site does
 * not have yet (an SVG and a web manifest, "Contoh latihan"), behind the
 * configuration `npm run nginx:config` writes, with one renamed record's
 * redirect that the real content does not have. Real HTTP requests check
 * statuses, the security headers on every kind of response, caching,
 * compression and content types. Needs nginx: `npm run nginx:install`.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHeaders } from '../../scripts/nginx/headers.ts';
import { freePort, startNginx, type RunningNginx } from '../../scripts/nginx/run.ts';
import { siteServerConfig } from '../../scripts/nginx/site.ts';
import { CSP_EMBED_HEADER, CSP_HEADER } from '../../src/lib/site/csp.ts';
import { routes } from '../../src/lib/site/routes.ts';
import { DIST, ROOT, assertBuilt, distFiles, readDistBytes, siteContent } from '../helpers/dist.ts';

const HEADERS = parseHeaders(readFileSync(join(ROOT, 'public/_headers'), 'utf8'), '_headers');
const cohort = siteContent().content.cohorts[0]?.id ?? '';
const RENAMED = { from: '/angkatan/contoh-latihan-lama/', to: routes.cohort('id', cohort) };
const PRACTICE = {
  'contoh-latihan.svg':
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title>Contoh latihan</title></svg>\n',
  'contoh-latihan.webmanifest': '{ "name": "Contoh latihan", "start_url": "/" }\n',
};
/** The type each kind of file is served with. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.png': 'image/png',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

const work = mkdtempSync(join(tmpdir(), 'jejak-nginx-test-'));
const site = join(work, 'site');
let nginx: RunningNginx | undefined;

beforeAll(async () => {
  assertBuilt();
  cpSync(DIST, site, { recursive: true });
  for (const [file, text] of Object.entries(PRACTICE)) writeFileSync(join(site, file), text);
  const port = await freePort();
  const block = siteServerConfig({
    projectRoot: ROOT,
    dist: site,
    options: { listen: `127.0.0.1:${port}`, serverName: 'localhost', root: site },
    extraRedirects: [RENAMED],
  });
  nginx = await startNginx(block, port);
});
afterAll(async () => {
  await nginx?.stop();
  rmSync(work, { recursive: true, force: true });
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET as a browser sends it, with the given request headers; the body as sent (not unzipped). */
function get(path: string, headers: Record<string, string> = {}): Promise<Reply> {
  if (!nginx) throw new Error('nginx is not running');
  const url = `${nginx.origin}${path}`;
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    })
      .on('error', reject)
      .end();
  });
}

const ASSET = distFiles('_astro').find((f) => f.endsWith('.css')) ?? '_astro/missing.css';
const NOT_FOUND = readDistBytes('404.html');

describe('nginx with the generated configuration', () => {
  it.each([
    ['a page', '/', 200],
    ['an English page', '/en/', 200],
    ['a hashed asset', `/${ASSET}`, 200],
    ['a data file', '/data/cohorts.csv', 200],
    ['a search index file', '/pagefind/wasm.id.pagefind', 200],
    ['a missing page', '/contoh-latihan-tidak-ada/', 404],
    ['a missing asset', '/_astro/contoh-latihan.css', 404],
    ['a renamed record', RENAMED.from, 301],
    ['a folder without its slash', '/linimasa', 301],
  ])('%s (%s): status %i with every security header', async (_what, path, status) => {
    const reply = await get(path);
    expect(reply.status).toBe(status);
    for (const h of HEADERS) expect(reply.headers[h.name.toLowerCase()], h.name).toBe(h.value);
    expect(reply.headers['content-security-policy']).toBe(CSP_HEADER);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['referrer-policy']).toBeTruthy();
    expect(reply.headers['permissions-policy']).toBeTruthy();
  });

  it('lets other sites frame the embed pages, with every other header unchanged, and no other page', async () => {
    for (const lang of ['id', 'en'] as const) {
      const embed = await get(routes.chartEmbed(lang, 'claims-vs-record'));
      expect(embed.status).toBe(200);
      expect(embed.headers['content-security-policy']).toBe(CSP_EMBED_HEADER);
      for (const h of HEADERS.filter((x) => x.name !== 'Content-Security-Policy'))
        expect(embed.headers[h.name.toLowerCase()], h.name).toBe(h.value);
      expect(embed.headers['cache-control']).toBe('no-cache');
      const page = await get(routes.chart(lang, 'claims-vs-record'));
      expect(page.headers['content-security-policy']).toBe(CSP_HEADER);
    }
  });

  it('serves each page as built', async () => {
    const reply = await get('/en/');
    expect(reply.headers['content-encoding']).toBeUndefined();
    expect(reply.body.equals(readDistBytes('en/index.html'))).toBe(true);
  });

  it.each([
    '/contoh-latihan-tidak-ada/',
    '/en/contoh-latihan-tidak-ada/',
    '/_astro/contoh-latihan.css',
    '/data/',
    '/_headers',
    '/_redirects',
  ])('answers %s with the site’s 404 page and status 404', async (path) => {
    const reply = await get(path);
    expect(reply.status).toBe(404);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.body.equals(NOT_FOUND)).toBe(true);
  });

  it('sends the old address of a renamed record to its new address with a 301', async () => {
    const reply = await get(RENAMED.from);
    expect(reply.headers['location']).toBe(RENAMED.to);
    expect((await get(RENAMED.to)).status).toBe(200);
  });

  it('adds the slash to a folder’s address with a 301 on the same host', async () => {
    expect((await get('/linimasa')).headers['location']).toBe('/linimasa/');
  });

  it('keeps hashed assets a year, and has pages and other files revalidated', async () => {
    expect((await get(`/${ASSET}`)).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
    for (const path of ['/', '/data/cohorts.json', '/pagefind/pagefind-entry.json'])
      expect((await get(path)).headers['cache-control'], path).toBe('no-cache');
  });

  it.each(['/', `/${ASSET}`, '/data/cohorts.csv', '/data/cohorts.json'])(
    'compresses %s when asked with Accept-Encoding: gzip, and only then',
    async (path) => {
      const file = readDistBytes(path === '/' ? 'index.html' : path.slice(1));
      const zipped = await get(path, { 'Accept-Encoding': 'gzip' });
      expect(zipped.headers['content-encoding']).toBe('gzip');
      expect(zipped.headers['vary']).toMatch(/Accept-Encoding/);
      expect(gunzipSync(zipped.body).equals(file)).toBe(true);
      expect((await get(path)).headers['content-encoding']).toBeUndefined();
    },
  );

  it('sends Pagefind’s files, already compressed, as the bytes they are', async () => {
    const path = '/pagefind/wasm.id.pagefind';
    const reply = await get(path, { 'Accept-Encoding': 'gzip' });
    expect(reply.headers['content-encoding']).toBeUndefined();
    expect(reply.body.equals(readDistBytes(path.slice(1)))).toBe(true);
  });

  it('serves every kind of file the site has with its type', async () => {
    const netlifyOnly = new Set(['_headers', '_redirects']);
    const files = [...distFiles(), ...Object.keys(PRACTICE)].filter((f) => !netlifyOnly.has(f));
    const kinds = new Map(files.map((f) => [extname(f), f] as const));
    expect(
      [...kinds.keys()].filter((ext) => !(ext in TYPES)),
      'kinds of file without a type',
    ).toEqual([]);
    for (const [ext, file] of kinds) {
      const reply = await get(`/${file}`);
      expect(reply.status, file).toBe(200);
      expect(reply.headers['content-type'], file).toBe(TYPES[ext]);
    }
  });
});
