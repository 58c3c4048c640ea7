/**
 * A mistake in what the nginx configuration is made from (public/_headers,
 * dist/_redirects, the template, the command's options): the file and line
 * when there is one, what is wrong and the fix, in Indonesian first and
 * English after, as the content check words its problems.
 */
import type { Bilingual } from '../../src/lib/check/problem.ts';

export class ConfigSourceError extends Error {
  readonly problem: Bilingual;
  constructor(problem: Bilingual) {
    super(`${problem.id}\n(${problem.en})`);
    this.name = 'ConfigSourceError';
    this.problem = problem;
  }
}

/** Where a problem is: "public/_headers, baris 3" / "public/_headers, line 3". */
export function place(file: string, line?: number): Bilingual {
  return line === undefined
    ? { id: file, en: file }
    : { id: `${file}, baris ${line}`, en: `${file}, line ${line}` };
}

/** The error for a problem at `where`: what is wrong, then "Perbaiki:" / "Fix:" and the fix. */
export function sourceError(where: Bilingual, wrong: Bilingual, fix: Bilingual): ConfigSourceError {
  return new ConfigSourceError({
    id: `${where.id}: ${wrong.id} Perbaiki: ${fix.id}`,
    en: `${where.en}: ${wrong.en} Fix: ${fix.en}`,
  });
}
