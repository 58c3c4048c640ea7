/**
 * The shape of a problem about a whole file (no line, no field), and the
 * path a message shows for a file: the two things every reader module needs.
 */
import { relative, sep } from 'node:path';
import type { Problem } from '../check/problem.ts';

/** Relative, slash-separated path for messages. */
export function displayPath(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

/** A problem about a file as a whole, with message and fix in Indonesian and English. */
export function fileProblem(
  file: string,
  code: string,
  id: string,
  en: string,
  fixId: string,
  fixEn: string,
): Problem {
  return { file, code, message: { id, en }, fix: { id: fixId, en: fixEn } };
}
