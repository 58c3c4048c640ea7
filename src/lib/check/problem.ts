/**
 * A problem found in the content: where it is (file, line, field), what is
 * wrong and how to fix it, in Indonesian and English. Every check returns a
 * list of these; nothing throws for a content mistake. A problem with a
 * `level` is a note (how a date was read, a weekday that contradicts its
 * date): printed, never failing the check.
 */

export interface Bilingual {
  id: string;
  en: string;
}

export interface Problem {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line when known. */
  line?: number;
  /** Field path such as `sources[0].quote`, when the problem is in one field. */
  field?: string;
  /** Stable code of the kind of problem, e.g. `quote-not-found`. */
  code: string;
  message: Bilingual;
  fix: Bilingual;
  /** Set on a note that does not fail the check: `info` (how something was read) or `warning`. */
  level?: NoteLevel;
}

export type NoteLevel = 'info' | 'warning';

/** Field path in the dotted/bracketed form shown to editors. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** Where an entry's problem is: its file, and the line of a field path when known. */
export interface Located {
  file: string;
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** A problem at a field of an entry (file, line of the field, field path). */
export function problemAt(
  entry: Located,
  path: readonly PropertyKey[],
  code: string,
  message: Bilingual,
  fix: Bilingual,
): Problem {
  const line = entry.lineOf(path);
  return {
    file: entry.file,
    ...(line === undefined ? {} : { line }),
    field: fieldPath(path),
    code,
    message,
    fix,
  };
}

/** A note at a field of an entry: like `problemAt`, at a level that never fails the check. */
export function noteAt(
  entry: Located,
  path: readonly PropertyKey[],
  level: NoteLevel,
  code: string,
  message: Bilingual,
  fix: Bilingual,
): Problem {
  return { ...problemAt(entry, path, code, message, fix), level };
}

/** A citation, variant or correction naming a field that holds no fact of its record. */
export function notAFactField(
  entry: Located,
  path: readonly PropertyKey[],
  code: string,
  field: string,
  facts: readonly { path: string }[],
): Problem {
  const list = facts.map((f) => f.path).join(', ');
  return problemAt(
    entry,
    path,
    code,
    {
      id: `"${field}" bukan kolom berisi fakta di rekaman ini.`,
      en: `"${field}" is not a fact field of this record.`,
    },
    { id: `Gunakan salah satu: ${list}.`, en: `Use one of: ${list}.` },
  );
}

/**
 * The schema's names for kinds of value, in an editor's words: "object" is
 * a set of "name: value" fields and a JSON null is an empty value. Only the
 * phrases the schema messages build ("expected object", "got null") are
 * rewritten, never text quoted from an entry.
 */
const PLAIN_KINDS: readonly [RegExp, string][] = [
  [/\b(diharapkan|berjenis) object\b/g, '$1 kolom "nama: nilai"'],
  [/\b(expected|of kind) object\b/g, '$1 "name: value" fields'],
  [/\btertulis (?:null|undefined)\./g, 'tertulis nilai kosong.'],
  [/\bgot (?:null|undefined)\./g, 'got an empty value.'],
];

function plain(text: string): string {
  return PLAIN_KINDS.reduce((t, [re, words]) => t.replace(re, words), text);
}

/** A problem with the schema's kind names in plain words (see PLAIN_KINDS). */
export function inPlainWords(p: Problem): Problem {
  return {
    ...p,
    message: { id: plain(p.message.id), en: plain(p.message.en) },
    fix: { id: plain(p.fix.id), en: plain(p.fix.en) },
  };
}

/** Problems in file order, then line, then field. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.field ?? '').localeCompare(b.field ?? '') ||
      a.code.localeCompare(b.code),
  );
}

/** One problem as the lines a person reads in a terminal. */
export function formatProblem(p: Problem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
  const field = p.field ? `  [${p.field}]` : '';
  return [
    `${where}${field}`,
    `  ${p.level === 'info' ? 'ℹ' : p.level === 'warning' ? '⚠' : '✗'} ${p.message.id}`,
    `    (${p.message.en})`,
    `  → ${p.fix.id}`,
    `    (${p.fix.en})`,
  ].join('\n');
}

/** The whole report: every problem, then a count. */
export function formatReport(problems: readonly Problem[]): string {
  if (problems.length === 0)
    return 'Konten valid: tidak ada masalah. (Content is valid: no problems.)';
  const files = new Set(problems.map((p) => p.file)).size;
  return [
    ...sortProblems(problems).map(formatProblem),
    '',
    `${problems.length} masalah di ${files} berkas. (${problems.length} problem(s) in ${files} file(s).)`,
  ].join('\n\n');
}

/**
 * The notes after the report: each note, then a count; empty when there is
 * none. While there are problems to fix first (`held`), only how many.
 */
export function formatNotes(notes: readonly Problem[], held = false): string {
  if (notes.length === 0) return '';
  if (held)
    return `(${notes.length} catatan pembacaan ditampilkan setelah masalah di atas diperbaiki. ${notes.length} note(s) are shown once the problems above are fixed.)`;
  const warnings = notes.filter((n) => n.level === 'warning').length;
  const infos = notes.length - warnings;
  return [
    'Catatan pembacaan (tidak menggagalkan pemeriksaan). (Notes: they do not fail the check.)',
    ...sortProblems(notes).map(formatProblem),
    `${infos} catatan, ${warnings} peringatan. (${infos} note(s), ${warnings} warning(s).)`,
  ].join('\n\n');
}
