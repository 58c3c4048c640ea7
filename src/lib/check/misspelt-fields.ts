/**
 * A misspelt field name is one mistake, not two: when an object has one
 * unknown field and lacks a required field whose name is within two edits
 * of it (`idd:` for `id:`, `plase:` for `place:`), or lacks only that one
 * required field (`jumlah:` for `count:`, `judul:` for `title:`), the two
 * issues become one message at the written name that says which name to
 * write — never "remove this field" beside "this field is required".
 */
import type { z } from 'astro/zod';
import { editDistance } from '../text/suggest.ts';
import type { Bilingual } from './problem.ts';

type Issue = z.core.$ZodIssue;

/** Most edits between a written field name and the required one it is taken for. */
const MAX_EDITS = 2;

const samePath = (a: readonly PropertyKey[], b: readonly PropertyKey[]): boolean =>
  a.length === b.length && a.every((k, i) => k === b[i]);

/**
 * For each unknown-field issue that is a misspelling, the required field it
 * stands for; and the missing-field issues that this explains.
 */
export function misspeltFields(
  issues: readonly Issue[],
  isMissing: (issue: Issue) => boolean,
): { meant: Map<Issue, string>; explained: Set<Issue> } {
  const meant = new Map<Issue, string>();
  const explained = new Set<Issue>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys' || issue.keys.length !== 1) continue;
    const written = issue.keys[0] ?? '';
    const candidates = issues.filter(
      (other) =>
        !explained.has(other) &&
        isMissing(other) &&
        other.path.length === issue.path.length + 1 &&
        samePath(other.path.slice(0, -1), issue.path) &&
        typeof other.path.at(-1) === 'string' &&
        editDistance(written.toLowerCase(), String(other.path.at(-1)).toLowerCase()) <= MAX_EDITS,
    );
    const [missing] = candidates.sort(
      (a, b) =>
        editDistance(written, String(a.path.at(-1))) - editDistance(written, String(b.path.at(-1))),
    );
    if (!missing) continue;
    meant.set(issue, String(missing.path.at(-1)));
    explained.add(missing);
  }
  // The one unknown name where the one missing required name should be: another name for it.
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys' || issue.keys.length !== 1 || meant.has(issue)) continue;
    const siblings = issues.filter(
      (other) =>
        !explained.has(other) &&
        isMissing(other) &&
        other.path.length === issue.path.length + 1 &&
        samePath(other.path.slice(0, -1), issue.path) &&
        typeof other.path.at(-1) === 'string',
    );
    const [missing] = siblings;
    if (siblings.length !== 1 || !missing) continue;
    meant.set(issue, String(missing.path.at(-1)));
    explained.add(missing);
  }
  return { meant, explained };
}

/** The message and fix for a field name written `written` where `meant` is required. */
export function misspeltMessage(
  written: string,
  meant: string,
): { message: Bilingual; fix: Bilingual } {
  const typo = editDistance(written.toLowerCase(), meant.toLowerCase()) <= MAX_EDITS;
  return {
    message: typo
      ? {
          id: `Kolom "${written}" tidak dikenal, dan kolom wajib "${meant}" belum ada: salah ketik?`,
          en: `Unknown field "${written}", and the required field "${meant}" is missing: a typo?`,
        }
      : {
          id: `Kolom "${written}" tidak dikenal, dan kolom wajib "${meant}" belum ada di tempat yang sama: "${written}" tampaknya nama lain untuk "${meant}".`,
          en: `Unknown field "${written}", and the required field "${meant}" is missing from the same place: "${written}" looks like another name for "${meant}".`,
        },
    fix: {
      id: `Ganti nama kolom ${written} menjadi ${meant}.`,
      en: `Rename the field ${written} to ${meant}.`,
    },
  };
}
