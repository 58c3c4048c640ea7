import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  TEMPLATE_FILE,
  headerLines,
  nginxString,
  pathBlocks,
  serverConfig,
  type ServerOptions,
} from '../../../scripts/nginx/config.ts';
import { parseHeaderRules, parseHeaders, type Header } from '../../../scripts/nginx/headers.ts';
import { PROJECT_ROOT } from '../../helpers/corpus.ts';
import { blocks, directives } from './nginx-text.ts';

const TEMPLATE = readFileSync(join(PROJECT_ROOT, TEMPLATE_FILE), 'utf8');
const HEADERS = parseHeaders(
  readFileSync(join(PROJECT_ROOT, 'public/_headers'), 'utf8'),
  'public/_headers',
);
const OPTIONS: ServerOptions = { listen: '80', serverName: 'contoh.go.id', root: '/srv/situs' };
const REDIRECTS = [
  { from: '/angkatan/contoh-lama/', to: '/angkatan/contoh-baru/' },
  { from: '/en/cohorts/contoh-lama/', to: '/en/cohorts/contoh-baru/' },
];
const config = serverConfig(TEMPLATE, HEADERS, REDIRECTS, OPTIONS);
const server = blocks(config, 'server')[0] ?? '';
const locations = blocks(server, 'location');
const location = (head: string): string => {
  const found = locations.find((l) => l.startsWith(`location ${head} {`));
  if (found === undefined) throw new Error(`no "location ${head}" in the configuration`);
  return found;
};
/** The add_header directives of a block: name → value with flags. */
const added = (block: string): Map<string, string> =>
  new Map(
    directives(block, 'add_header').map((d) => {
      const [name = '', ...rest] = d.split(' ');
      return [name, rest.join(' ')];
    }),
  );

describe('serverConfig', () => {
  it('fills every placeholder of the template, braces balanced', () => {
    expect(config).not.toMatch(/\{\{|\}\}/);
    expect(config.split('{').length).toBe(config.split('}').length);
    expect(directives(server, 'listen')).toEqual(['80']);
    expect(directives(server, 'server_name')).toEqual(['contoh.go.id']);
    expect(directives(server, 'root')).toEqual(['"/srv/situs"']);
  });

  it('sends every security header, with `always`, from every location', () => {
    expect(locations.length).toBeGreaterThanOrEqual(4);
    for (const block of locations) {
      // An exact location that only returns 404 is answered by the 404 page in "location /".
      if (/^\s*return 404;/m.test(block)) continue;
      const sent = added(block);
      for (const h of HEADERS)
        expect(sent.get(h.name), `${block.split('\n')[0]} ${h.name}`).toBe(
          `${nginxString(h.value)} always`,
        );
    }
  });

  it('sets no header at server level, where a location’s own add_header would silently drop it', () => {
    const outside = locations.reduce((text, block) => text.replace(block, ''), server);
    expect(directives(outside, 'add_header')).toEqual([]);
  });

  it('keeps hashed assets a year and has every other response revalidated', () => {
    expect(added(location('/_astro/')).get('Cache-Control')).toBe(
      '"public, max-age=31536000, immutable" always',
    );
    expect(added(location('/')).get('Cache-Control')).toBe('"no-cache" always');
  });

  it('answers a missing address, or a folder without a page, with the site’s 404 page and status 404', () => {
    expect(directives(server, 'error_page')).toEqual(['404 /404.html', '403 =404 /404.html']);
    expect(directives(location('= /_headers'), 'return')).toEqual(['404']);
    expect(directives(location('= /_redirects'), 'return')).toEqual(['404']);
  });

  it('answers each old address of a renamed record with a 301 to its new address', () => {
    for (const r of REDIRECTS)
      expect(directives(location(`= ${r.from}`), 'return')).toEqual([`301 ${r.to}`]);
    const none = serverConfig(TEMPLATE, HEADERS, [], OPTIONS);
    expect(none).toContain('# No renamed record: no redirect.');
    expect(blocks(none, 'location').some((l) => /return 301/.test(l))).toBe(false);
  });

  it('gives the data, feed, image and search-index files their types', () => {
    const types = blocks(server, 'types')[0] ?? '';
    const typeOf = (ext: string): string | undefined =>
      types
        .split('\n')
        .map((l) => l.trim().replace(/;$/, '').split(/\s+/))
        .find((words) => words.slice(1).includes(ext))?.[0];
    expect(typeOf('html')).toBe('text/html');
    expect(typeOf('json')).toBe('application/json');
    expect(typeOf('csv')).toBe('text/csv');
    expect(typeOf('xml')).toBe('application/xml');
    expect(typeOf('svg')).toBe('image/svg+xml');
    expect(typeOf('webmanifest')).toBe('application/manifest+json');
    expect(typeOf('wasm')).toBe('application/wasm');
    for (const ext of ['pagefind', 'pf_meta', 'pf_index', 'pf_fragment', 'pf_filter'])
      expect(typeOf(ext), ext).toBe('application/octet-stream');
  });

  it('compresses text, never Pagefind’s already compressed files', () => {
    expect(directives(server, 'gzip')).toEqual(['on']);
    const gzipped = (directives(server, 'gzip_types')[0] ?? '').split(' ');
    for (const type of ['text/css', 'text/javascript', 'application/json', 'text/csv'])
      expect(gzipped).toContain(type);
    expect(gzipped).not.toContain('application/octet-stream');
  });

  it('quotes header values and paths as nginx strings', () => {
    const odd: Header[] = [{ name: 'X-Contoh', value: 'a "b" \\c' }];
    expect(headerLines(odd)).toBe('add_header X-Contoh "a \\"b\\" \\\\c" always;');
    const withSpace = serverConfig(TEMPLATE, odd, [], { ...OPTIONS, root: '/srv/situs saya' });
    expect(directives(withSpace, 'root')).toEqual(['"/srv/situs saya"']);
  });

  it('includes the server’s own file for this site when given one', () => {
    const tls = serverConfig(TEMPLATE, HEADERS, [], {
      ...OPTIONS,
      listen: '443 ssl',
      include: '/etc/nginx/snippets/contoh-tls.conf',
    });
    expect(directives(tls, 'listen')).toEqual(['443 ssl']);
    expect(directives(tls, 'include')).toEqual(['"/etc/nginx/snippets/contoh-tls.conf"']);
    expect(directives(config, 'include')).toEqual([]);
  });

  it.each([
    ['listen', { listen: '80; root /' }],
    ['server-name', { serverName: 'contoh.go.id;' }],
    ['root', { root: 'dist' }],
    ['root', { root: '/srv/$host' }],
    ['root', { root: '/srv/a";' }],
    ['include', { include: 'tls.conf' }],
  ])('refuses an option nginx would read as more than a value: --%s', (name, change) => {
    expect(() => serverConfig(TEMPLATE, HEADERS, [], { ...OPTIONS, ...change })).toThrow(
      new RegExp(
        `^--${name}: ".*" tidak dapat dipakai di konfigurasi nginx: nilainya harus .*\\. Perbaiki: berikan nilai seperti`,
      ),
    );
  });
});

describe('serverConfig with the rules for other paths', () => {
  const rules = parseHeaderRules(
    readFileSync(join(PROJECT_ROOT, 'public/_headers'), 'utf8'),
    'public/_headers',
  );
  const withRules = serverConfig(TEMPLATE, rules.every, [], OPTIONS, rules.paths);
  const blocksOf = blocks(blocks(withRules, 'server')[0] ?? '', 'location');

  it('gives each rule a regular-expression location with every header, the rule’s in place', () => {
    for (const rule of rules.paths) {
      const block = blocksOf.find((b) => b.startsWith(`location ~ ${rule.regex} {`));
      expect(block, rule.path).toBeDefined();
      const sent = added(block ?? '');
      for (const h of rules.every) {
        const own = rule.headers.find((r) => r.name === h.name) ?? h;
        expect(sent.get(h.name), h.name).toBe(`${nginxString(own.value)} always`);
      }
      expect(sent.get('Cache-Control')).toBe('"no-cache" always');
    }
    expect(withRules).not.toMatch(/\{\{|\}\}/);
  });

  it('says so when there is no such rule', () => {
    expect(pathBlocks([], rules.every)).toBe('# No rule for other paths in public/_headers.');
  });
});
