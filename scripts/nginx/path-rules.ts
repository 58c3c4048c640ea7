/**
 * Rules of public/_headers for addresses other than "/*", as the nginx
 * configuration can send them: a path made of fixed parts, ":name"
 * placeholders (one part each) and an optional final "*", read as a
 * `location ~` regular expression; and headers that replace, for those
 * addresses, the same-named headers of "/*" (Netlify's reading of a more
 * specific rule). A rule that would add a header "/*" does not send, or a
 * path nginx could not match the same way, is refused with the line and the
 * fix, never dropped.
 */
import type { Bilingual } from '../../src/lib/check/problem.ts';
import type { Header } from './headers.ts';
import { sourceError } from './problem.ts';

/** A rule for some addresses: where it stands, which addresses, and its headers. */
export interface PathRule {
  /** The path as written ("/grafik/:chart/embed/*"). */
  path: string;
  /** A regular expression for `location ~` matching the same addresses. */
  regex: string;
  headers: Header[];
}

/** A literal part of a path: what addresses hold without escaping in nginx. */
const PART = /^[A-Za-z0-9._~-]+$/;
const PLACEHOLDER = /^:[A-Za-z][A-Za-z0-9_]*$/;

const notSupported = (path: string, why: Bilingual, at: Bilingual): Error =>
  sourceError(
    at,
    {
      id: `aturan untuk "${path}" tidak didukung: ${why.id}`,
      en: `a rule for "${path}" is not supported: ${why.en}`,
    },
    {
      id: 'pindahkan header-nya ke bawah "/*", atau tambahkan aturan itu ke deploy/nginx/server.conf.template.',
      en: 'move its headers under "/*", or add that rule to deploy/nginx/server.conf.template.',
    },
  );

/** The `location ~` regular expression of a path, or an error naming the path line. */
export function pathRegex(path: string, at: Bilingual): string {
  const parts = path.split('/').slice(1);
  const ok =
    path.startsWith('/') &&
    parts.every(
      (p, i) =>
        PART.test(p) ||
        PLACEHOLDER.test(p) ||
        (p === '*' && i === parts.length - 1) ||
        (p === '' && i === parts.length - 1),
    );
  if (!ok)
    throw notSupported(
      path,
      {
        id: 'konfigurasi nginx hanya membaca alamat dari bagian tetap, ":nama" (satu bagian) dan "*" di akhir.',
        en: 'the nginx configuration reads addresses made of fixed parts, ":name" (one part) and a final "*".',
      },
      at,
    );
  const open = parts.at(-1) === '*';
  const body = (open ? parts.slice(0, -1) : parts)
    .map((p) => (PLACEHOLDER.test(p) ? '[^/]+' : p.replace(/\./g, '\\.')))
    .join('/');
  return `^/${body}${open ? (body === '' ? '' : '/') : '$'}`;
}

/** Refuses a rule with no header, or one that adds a header "/*" does not send. */
export function checkPathRule(rule: PathRule, every: readonly Header[], at: Bilingual): void {
  const sent = new Set(every.map((h) => h.name.toLowerCase()));
  const added = rule.headers.find((h) => !sent.has(h.name.toLowerCase()));
  if (rule.headers.length === 0 || added)
    throw notSupported(
      rule.path,
      added
        ? {
            id: `aturan selain "/*" hanya boleh mengganti header yang dikirim "/*", dan "/*" tidak mengirim ${added.name}.`,
            en: `a rule other than "/*" may only replace headers that "/*" sends, and "/*" does not send ${added.name}.`,
          }
        : {
            id: 'aturan ini tidak memuat header.',
            en: 'this rule holds no header.',
          },
      at,
    );
}

/** The headers of "/*" with those the rule names in their place, in the order of "/*". */
export function headersFor(rule: PathRule, every: readonly Header[]): Header[] {
  const own = new Map(rule.headers.map((h) => [h.name.toLowerCase(), h]));
  return every.map((h) => own.get(h.name.toLowerCase()) ?? h);
}
