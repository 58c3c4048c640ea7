/**
 * Reads the headers file of Netlify and Cloudflare Pages (public/_headers)
 * for the nginx configuration: the headers of its rule "/*", which every
 * response carries, and the rules for other addresses, which replace some
 * of them there (path-rules.ts). What nginx could not send faithfully is
 * refused with the line and the fix, never dropped: a rule nginx cannot
 * match or that adds a header, a header before any path, a malformed or
 * repeated header, a value with a "$" (nginx would read it as a variable)
 * or a control character.
 */
import type { Bilingual } from '../../src/lib/check/problem.ts';
import { checkPathRule, pathRegex, type PathRule } from './path-rules.ts';
import { place, sourceError } from './problem.ts';

export interface Header {
  name: string;
  value: string;
}

/** The one path pattern the configuration reads. */
export const EVERY_PATH = '/*';

/** A header name: letters, digits and hyphens (what nginx takes unquoted). */
const NAME = /^[A-Za-z0-9-]+$/;
/** C0 controls and DEL, which no header value may hold. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/** The rules of a `_headers` text: the headers of "/*" and the rules for other paths, in file order. */
export interface HeaderRules {
  every: Header[];
  paths: PathRule[];
}

/** The headers of the "/*" rule of a `_headers` text, in file order. */
export function parseHeaders(text: string, file: string): Header[] {
  return parseHeaderRules(text, file).every;
}

/** Every rule of a `_headers` text. */
export function parseHeaderRules(text: string, file: string): HeaderRules {
  const headers: Header[] = [];
  const paths: (PathRule & { at: Bilingual })[] = [];
  let current: Header[] | undefined;
  let seenEvery = false;
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = raw.trimEnd();
    const at = place(file, index + 1);
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      if (line !== EVERY_PATH) {
        const rule = { path: line, regex: pathRegex(line, at), headers: [], at };
        paths.push(rule);
        current = rule.headers;
        return;
      }
      if (seenEvery)
        throw sourceError(
          at,
          { id: `"${EVERY_PATH}" ditulis dua kali.`, en: `"${EVERY_PATH}" is written twice.` },
          {
            id: `gabungkan kedua blok menjadi satu.`,
            en: `merge the two blocks into one.`,
          },
        );
      seenEvery = true;
      current = headers;
      return;
    }
    if (!current)
      throw sourceError(
        at,
        {
          id: 'header ini tidak berada di bawah baris alamat.',
          en: 'this header is not under a path line.',
        },
        {
          id: `tulis "${EVERY_PATH}" di baris sendiri di atasnya.`,
          en: `write "${EVERY_PATH}" on its own line above it.`,
        },
      );
    current.push(header(line.trim(), at, current));
  });
  if (headers.length === 0)
    throw sourceError(
      place(file),
      {
        id: `tidak ada header di bawah "${EVERY_PATH}".`,
        en: `there is no header under "${EVERY_PATH}".`,
      },
      {
        id: `kembalikan blok "${EVERY_PATH}" dengan header keamanannya.`,
        en: `restore the "${EVERY_PATH}" block with its security headers.`,
      },
    );
  for (const rule of paths) checkPathRule(rule, headers, rule.at);
  return {
    every: headers,
    paths: paths.map(({ path, regex, headers: h }) => ({ path, regex, headers: h })),
  };
}

function header(line: string, at: Bilingual, before: readonly Header[]): Header {
  const colon = line.indexOf(':');
  const name = colon === -1 ? '' : line.slice(0, colon).trim();
  const value = colon === -1 ? '' : line.slice(colon + 1).trim();
  if (!NAME.test(name) || value === '')
    throw sourceError(
      at,
      {
        id: `baris ini bukan header "Nama: nilai".`,
        en: `this line is not a "Name: value" header.`,
      },
      {
        id: 'tulis nama header, titik dua, lalu nilainya.',
        en: 'write the header name, a colon, then its value.',
      },
    );
  if (before.some((h) => h.name.toLowerCase() === name.toLowerCase()))
    throw sourceError(
      at,
      { id: `header ${name} ditulis dua kali.`, en: `header ${name} is written twice.` },
      {
        id: 'sisakan satu baris dengan nilai lengkapnya.',
        en: 'keep one line with its whole value.',
      },
    );
  if (value.includes('$') || CONTROL.test(value))
    throw sourceError(
      at,
      {
        id: `nilai header ${name} berisi "$" atau karakter kendali, yang tidak dapat dikirim nginx apa adanya.`,
        en: `the value of header ${name} holds a "$" or a control character, which nginx cannot send as written.`,
      },
      {
        id: 'hapus karakter itu dari nilainya.',
        en: 'remove that character from the value.',
      },
    );
  return { name, value };
}
