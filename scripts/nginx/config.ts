/**
 * The nginx server block of the built site: the committed template
 * (deploy/nginx/server.conf.template) filled with the server's own values
 * (listen address, name, the folder it serves, an optional include for its
 * TLS lines), the security headers of public/_headers, repeated in every
 * location, a `location ~` per rule of public/_headers for other paths (the
 * same headers, some replaced), and one exact `location` answering 301 per
 * redirect of a renamed record. Pure: the caller reads the files. A value that nginx
 * would read as more than the value (a quote, a ";", a "$") is refused.
 */
import type { Header } from './headers.ts';
import { headersFor, type PathRule } from './path-rules.ts';
import { place, sourceError } from './problem.ts';
import type { ServerRedirect } from './redirects.ts';
import { fillTemplate } from './template.ts';

/** Where the template lives, from the project root. */
export const TEMPLATE_FILE = 'deploy/nginx/server.conf.template';

export interface ServerOptions {
  /** nginx `listen` parameters: "80", "127.0.0.1:8080", "443 ssl". */
  listen: string;
  /** nginx `server_name`: the site's host names, separated by spaces. */
  serverName: string;
  /** Absolute path of the folder served (the built dist/ as copied to the server). */
  root: string;
  /** A file of the server's own lines for this site (certificates), included in the block. */
  include?: string | undefined;
}

const LISTEN = /^[A-Za-z0-9.:[\]_= -]+$/;
const SERVER_NAME = /^[A-Za-z0-9.*_-]+(?: [A-Za-z0-9.*_-]+)*$/;
/** An absolute path nginx reads as written once quoted: no quote, backslash, "$", ";" or control. */
// eslint-disable-next-line no-control-regex
const PATH = /^\/[^"\\$;{}\u0000-\u001f\u007f]*$/;

/** A double-quoted nginx string (the value holds no "$": headers.ts refuses it). */
export function nginxString(value: string): string {
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** The add_header lines of the security headers, sent with every status. */
export function headerLines(headers: readonly Header[]): string {
  return headers.map((h) => `add_header ${h.name} ${nginxString(h.value)} always;`).join('\n');
}

/** One exact location per redirect, with the security headers. */
export function redirectBlocks(redirects: readonly ServerRedirect[], headers: string): string {
  if (redirects.length === 0) return '# No renamed record: no redirect.';
  return [
    '# Renamed records (dist/_redirects): each old address answers 301.',
    ...redirects.map((r) =>
      [
        `location = ${r.from} {`,
        ...headers.split('\n').map((l) => `    ${l}`),
        `    return 301 ${r.to};`,
        '}',
      ].join('\n'),
    ),
  ].join('\n');
}

/**
 * One regular-expression location per rule of public/_headers for other
 * paths: the security headers with the rule's in place of those it names.
 */
export function pathBlocks(rules: readonly PathRule[], every: readonly Header[]): string {
  if (rules.length === 0) return '# No rule for other paths in public/_headers.';
  return rules
    .map((rule) =>
      [
        `# public/_headers: ${rule.path}`,
        `location ~ ${rule.regex} {`,
        ...headerLines(headersFor(rule, every))
          .split('\n')
          .map((l) => `    ${l}`),
        '    add_header Cache-Control "no-cache" always;',
        '}',
      ].join('\n'),
    )
    .join('\n');
}

interface OptionRule {
  pattern: RegExp;
  rule: { id: string; en: string };
  example: string;
}

const PATH_RULE = {
  id: 'jalur mutlak (diawali /) tanpa tanda kutip, \\, $, ; atau kurung kurawal',
  en: 'an absolute path (starting with /) without quotes, \\, $, ; or braces',
};
const RULES: Record<'listen' | 'server-name' | 'root' | 'include', OptionRule> = {
  listen: {
    pattern: LISTEN,
    rule: {
      id: 'port atau alamat:port, dengan parameter nginx',
      en: 'a port or address:port, with nginx parameters',
    },
    example: '80, 127.0.0.1:8080, "443 ssl"',
  },
  'server-name': {
    pattern: SERVER_NAME,
    rule: { id: 'nama host, dipisah spasi', en: 'host names separated by spaces' },
    example: '"contoh.go.id www.contoh.go.id"',
  },
  root: { pattern: PATH, rule: PATH_RULE, example: '/srv/situs/site' },
  include: { pattern: PATH, rule: PATH_RULE, example: '/etc/nginx/snippets/situs-tls.conf' },
};

function checkOption(name: keyof typeof RULES, value: string): void {
  const { pattern, rule, example } = RULES[name];
  if (pattern.test(value)) return;
  throw sourceError(
    place(`--${name}`),
    {
      id: `"${value}" tidak dapat dipakai di konfigurasi nginx: nilainya harus ${rule.id}.`,
      en: `"${value}" cannot be used in the nginx configuration: it must be ${rule.en}.`,
    },
    { id: `berikan nilai seperti ${example}.`, en: `give a value such as ${example}.` },
  );
}

/** The server block for these headers, redirects and options, and the rules for other paths. */
export function serverConfig(
  template: string,
  headers: readonly Header[],
  redirects: readonly ServerRedirect[],
  options: ServerOptions,
  paths: readonly PathRule[] = [],
): string {
  checkOption('listen', options.listen);
  checkOption('server-name', options.serverName);
  checkOption('root', options.root);
  if (options.include !== undefined) checkOption('include', options.include);
  const security = headerLines(headers);
  return fillTemplate(
    template,
    {
      listen: options.listen,
      server_name: options.serverName,
      root: nginxString(options.root),
      include: options.include === undefined ? '' : `include ${nginxString(options.include)};`,
      security_headers: security,
      path_rules: pathBlocks(paths, headers),
      redirects: redirectBlocks(redirects, security),
    },
    TEMPLATE_FILE,
  );
}
