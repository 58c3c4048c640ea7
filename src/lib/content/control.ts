/**
 * Invisible characters that must not reach a page, a feed or an image:
 * the C0 control characters other than tab and line feed, DEL, and (in YAML
 * values) the Unicode line and paragraph separators. They pass a schema
 * unnoticed, then make rss.xml invalid XML or break the share-image
 * renderer, so the reader refuses each one with its line and column.
 */
import type { Problem } from '../check/problem.ts';

/** Characters refused everywhere: C0 controls except tab and line feed, and DEL. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g;
/** Refused everywhere, plus the Unicode line and paragraph separators. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_OR_SEPARATOR = /[\u0000-\u0008\u000B-\u001F\u007F\u2028\u2029]/g;
/** At most this many such characters are reported per file; the fix is the same for all. */
export const MAX_REPORTED = 10;

/** A refused character and where it is in a text (0-based offset). */
export interface Found {
  offset: number;
  char: string;
}

/** The refused characters of `text`, in order, at most `MAX_REPORTED`. */
export function findControl(text: string, separators: boolean): Found[] {
  const re = new RegExp((separators ? CONTROL_OR_SEPARATOR : CONTROL).source, 'g');
  const found: Found[] = [];
  for (const m of text.matchAll(re)) {
    found.push({ offset: m.index, char: m[0] });
    if (found.length >= MAX_REPORTED) break;
  }
  return found;
}

/** "U+0007", the way a character is named in a message. */
export function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** 1-based line and column of an offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lastBreak = before.lastIndexOf('\n');
  let line = 1;
  for (let i = before.indexOf('\n'); i !== -1; i = before.indexOf('\n', i + 1)) line++;
  return { line, column: offset - lastBreak };
}

/** The problem for one refused character at a line and column, in a field when known. */
export function controlProblem(
  file: string,
  char: string,
  line: number,
  column: number,
  field?: string,
): Problem {
  const what =
    char === '\u2028' || char === '\u2029'
      ? { id: 'pemisah baris Unicode', en: 'Unicode line separator' }
      : { id: 'karakter kontrol', en: 'control character' };
  return {
    file,
    line,
    ...(field === undefined ? {} : { field }),
    code: 'text-control-char',
    message: {
      id: `Ada ${what.id} ${codePoint(char)} (tak terlihat) di baris ${line}, posisi ${column}.`,
      en: `There is a ${what.en} ${codePoint(char)} (invisible) at line ${line}, column ${column}.`,
    },
    fix: {
      id: 'Hapus karakter tak terlihat ini (sering terbawa saat menyalin dari PDF atau aplikasi pesan); ketik ulang teks di sekitarnya bila perlu.',
      en: 'Delete this invisible character (it often comes along when copying from a PDF or a messaging app); retype the text around it if needed.',
    },
  };
}

/** Problems for the refused characters of an article body, by line and column of the file. */
export function bodyControlProblems(file: string, body: string, bodyLine: number): Problem[] {
  return findControl(body, false).map(({ offset, char }) => {
    const { line, column } = lineColumn(body, offset);
    return controlProblem(file, char, bodyLine + line - 1, column, '(body)');
  });
}
