/**
 * Reads the `_redirects` file the build writes for renamed records
 * (src/integrations/redirects.ts: one `old new 301` line per old address)
 * for the nginx configuration. Every address must be a root-relative path
 * of the characters record ids and routes use, so that it can stand in an
 * nginx `location` unquoted; anything else (another status, a host, a
 * splat, a space, a repeated old address) is refused with the line.
 */
import { place, sourceError } from './problem.ts';

/** An old address and the address that replaces it, answered with a 301. */
export interface ServerRedirect {
  from: string;
  to: string;
}

/** A path the site's routes can produce: "/", letters, digits and - . _ ~ between slashes. */
export const SAFE_PATH = /^\/(?:[A-Za-z0-9._~-]+\/)*[A-Za-z0-9._~-]*$/;

/** The redirects of a `_redirects` text, in file order. */
export function parseRedirects(text: string, file: string): ServerRedirect[] {
  const redirects: ServerRedirect[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const at = place(file, index + 1);
    const [from = '', to = '', status, ...rest] = line.split(/\s+/);
    if (status !== '301' || rest.length > 0 || !SAFE_PATH.test(from) || !SAFE_PATH.test(to))
      throw sourceError(
        at,
        {
          id: `baris "${line}" bukan pengalihan "alamat-lama alamat-baru 301" antar-halaman situs.`,
          en: `the line "${line}" is not a "old-address new-address 301" redirect between pages of the site.`,
        },
        {
          id: 'berkas ini ditulis oleh npm run build dari renamed_from di berkas angkatan: bangun ulang situsnya, jangan mengubah berkas ini.',
          en: 'this file is written by npm run build from the renamed_from of cohort files: rebuild the site rather than editing it.',
        },
      );
    if (redirects.some((r) => r.from === from))
      throw sourceError(
        at,
        {
          id: `alamat lama ${from} dialihkan dua kali.`,
          en: `the old address ${from} is redirected twice.`,
        },
        {
          id: 'bangun ulang situs dengan npm run build; pemeriksaan konten menolak id lama yang dipakai dua kali.',
          en: 'rebuild the site with npm run build; the content check refuses an old id listed twice.',
        },
      );
    redirects.push({ from, to });
  });
  return redirects;
}
