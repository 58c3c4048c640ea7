/**
 * Reading the site profile, content/site.yaml, with the same strict reader
 * and schema check as every other content file: every problem is returned
 * with its file, line, field and fix. `loadSiteProfile` is the synchronous
 * read for configuration time (astro.config.mjs, scripts), which stops with
 * the formatted problems instead of returning them.
 */
import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteProfileSchema, type SiteProfile } from '../../schemas/site-profile.ts';
import { formatReport, type Problem } from '../check/problem.ts';
import { validateEntry } from '../check/schema-issues.ts';
import type { Entry } from './load.ts';
import { decodeContent, displayPath, parseEntryText } from './read.ts';

/** The profile's file name without extension, and the extensions it may have (preferred first). */
export const siteProfileSpec = { name: 'site', extensions: ['.yaml', '.yml'] } as const;

export interface SiteProfileRead {
  /** The validated profile, or undefined when it is missing or has a problem of its own. */
  entry: Entry<SiteProfile> | undefined;
  problems: Problem[];
}

const problem = (file: string, code: string, message: Problem['message'], fix: Problem['fix']) => ({
  file,
  code,
  message,
  fix,
});

/** The profile files present in the content folder, as absolute paths. */
function profileFiles(contentDir: string): string[] {
  return siteProfileSpec.extensions
    .map((ext) => join(contentDir, `${siteProfileSpec.name}${ext}`))
    .filter((path) => {
      try {
        lstatSync(path);
        return true;
      } catch {
        return false;
      }
    });
}

/** Read and validate content/site.yaml (or site.yml). */
export function readSiteProfile(root: string, contentDir: string): SiteProfileRead {
  const [path, ...others] = profileFiles(contentDir);
  const expected = displayPath(root, join(contentDir, 'site.yaml'));
  if (path === undefined) {
    return {
      entry: undefined,
      problems: [
        problem(
          expected,
          'site-profile-missing',
          {
            id: 'Profil situs (content/site.yaml) tidak ada: nama situs, alamatnya, pemerintah dan programnya tidak diketahui.',
            en: 'The site profile (content/site.yaml) is missing: the site’s name, address, government and programme are unknown.',
          },
          {
            id: 'Buat content/site.yaml; salin dari profil situs lain dan ganti isinya (lihat README, "Another government").',
            en: 'Create content/site.yaml: copy another site’s profile and change its values (see the README, "Another government").',
          },
        ),
      ],
    };
  }
  const file = displayPath(root, path);
  const problems: Problem[] = others.map((other) =>
    problem(
      displayPath(root, other),
      'id-duplicate',
      {
        id: `Profil situs ditulis dua kali: ${file} sudah ada.`,
        en: `The site profile is written twice: ${file} already exists.`,
      },
      { id: 'Hapus salah satu berkas.', en: 'Delete one of the two files.' },
    ),
  );
  if (!lstatSync(path).isFile()) {
    problems.push(
      problem(
        file,
        'file-symlink',
        {
          id: 'Profil situs harus berupa berkas biasa, bukan tautan atau folder.',
          en: 'The site profile must be a regular file, not a link or a folder.',
        },
        { id: 'Ganti dengan salinan berkasnya.', en: 'Replace it with a copy of the file.' },
      ),
    );
    return { entry: undefined, problems };
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    problems.push(
      problem(
        file,
        'file-unreadable',
        {
          id: `Berkas tidak dapat dibaca (${code}).`,
          en: `The file cannot be read (${code}).`,
        },
        {
          id: 'Periksa izin berkas, lalu coba lagi.',
          en: 'Check the file permissions, then try again.',
        },
      ),
    );
    return { entry: undefined, problems };
  }
  const decoded = decodeContent(bytes, file);
  problems.push(...decoded.problems);
  if (decoded.text === undefined) return { entry: undefined, problems };
  const parsed = parseEntryText(decoded.text, file, siteProfileSpec.name, 'yaml');
  problems.push(...parsed.problems);
  if (!parsed.entry) return { entry: undefined, problems };
  const { lineOf, data } = parsed.entry;
  const result = validateEntry(siteProfileSchema, data, file, lineOf);
  problems.push(...result.problems);
  const entry = result.value && { id: siteProfileSpec.name, file, data: result.value, lineOf };
  return { entry, problems };
}

/**
 * The site profile, for code that runs before the site is built (the
 * configuration, scripts). Throws the formatted problems when the profile
 * is missing or invalid; `npm run check` lists the same ones.
 */
export function loadSiteProfile(root: string, contentDir: string): SiteProfile {
  const { entry, problems } = readSiteProfile(root, contentDir);
  if (entry && problems.length === 0) return entry.data;
  const error = new Error(formatReport(problems));
  // The problems say where and what to fix; a trace of our own code would only hide them.
  error.stack = '';
  throw error;
}
