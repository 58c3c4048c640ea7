/**
 * What `npm run new` prints at the end: why nothing was written, or what was
 * written, the check's problems in those files, and "Yang masih perlu
 * diisi" — what is left to fill in, file by file. Pure string building.
 */
import { join, relative, resolve, sep } from 'node:path';
import type { Bilingual, Problem } from '../../src/lib/check/problem.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';
import type { FileChange, Plan, Todo } from './plan.ts';

/** A path as shown: relative to the project root, forward slashes. */
export function shown(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

/** The refusal: every problem in the answers, and that nothing was written. */
export function formatErrors(errors: readonly Bilingual[]): string {
  return [
    'Tidak ada berkas yang ditulis karena jawaban berikut perlu diperbaiki:',
    '(Nothing was written because these answers need fixing:)',
    ...errors.flatMap((e) => [`  ✗ ${e.id}`, `    (${e.en})`]),
  ].join('\n');
}

/** One line per file written. */
export function formatChanges(
  root: string,
  changes: readonly FileChange[],
  dryRun: boolean,
): string {
  const verb = (c: FileChange) =>
    c.kind === 'create'
      ? dryRun
        ? 'akan dibuat (would create)'
        : 'dibuat (created)'
      : dryRun
        ? 'akan ditambah (would append to)'
        : 'ditambah (appended to)';
  return [
    dryRun ? 'Berkas (uji coba, tidak ditulis):' : 'Berkas yang ditulis:',
    ...changes.map((c) => `  ${shown(root, c.path)} — ${verb(c)}`),
  ].join('\n');
}

/**
 * The check's problems in the files written (the others are counted), or a
 * line saying those files pass.
 */
export function formatCheck(
  root: string,
  changes: readonly FileChange[],
  problems: readonly Problem[],
): string {
  const files = new Set(changes.map((c) => shown(root, c.path)));
  const ours = problems.filter((p) => files.has(p.file));
  const others = problems.length - ours.length;
  const lines = ['Pemeriksaan (npm run check) atas berkas ini:'];
  if (ours.length === 0) lines.push('  ✓ Tidak ada masalah. (No problems.)');
  else lines.push(...ours.map((p) => formatProblem(p).replace(/^/gmu, '  ')));
  if (others > 0)
    lines.push(
      `  (${others} masalah lain di berkas lain — jalankan npm run check. ${others} other problem(s) elsewhere.)`,
    );
  return lines.join('\n');
}

/**
 * The check's notes on the files written (how their dates were read, a
 * weekday that contradicts its date), or nothing when there is none.
 */
export function formatCheckNotes(
  root: string,
  changes: readonly FileChange[],
  notes: readonly Problem[],
): string {
  const files = new Set(changes.map((c) => shown(root, c.path)));
  const ours = notes.filter((p) => files.has(p.file));
  if (ours.length === 0) return '';
  return [
    'Catatan pemeriksaan (tidak menggagalkan pemeriksaan; notes, they do not fail the check):',
    ...ours.map((p) => formatProblem(p).replace(/^/gmu, '  ')),
  ].join('\n');
}

/** "Yang masih perlu diisi": the to-do items grouped by file, in the order of the files. */
export function formatTodo(root: string, todo: readonly Todo[]): string {
  if (todo.length === 0) return 'Yang masih perlu diisi: tidak ada. (Nothing left to fill in.)';
  const byFile = new Map<string, Bilingual[]>();
  for (const t of todo) byFile.set(t.path, [...(byFile.get(t.path) ?? []), t.item]);
  const lines = ['Yang masih perlu diisi (what is left to fill in):'];
  for (const [path, items] of byFile) {
    lines.push(`  ${shown(root, path)}`);
    for (const i of items) lines.push(`    • ${i.id}`, `      (${i.en})`);
  }
  return lines.join('\n');
}

/**
 * How to see the result: `npm start`, with the content folder named when it
 * is not the project's own (`--content=DIR`), since the site reads
 * JEJAK_CONTENT_DIR, not the scaffold's flag.
 */
export function seeItLine(root: string, dir: string): string {
  const start =
    resolve(dir) === join(root, 'content')
      ? 'npm start'
      : `JEJAK_CONTENT_DIR=${resolve(dir)} npm start`;
  return `Lihat hasilnya: ${start}, lalu buka http://localhost:4321/linimasa/\n(See it: ${start}, then open http://localhost:4321/en/timeline/)`;
}

/** The whole closing report: after writing, with the check's `problems`; for a dry run, without. */
export function formatReportAfter(
  root: string,
  plan: Plan,
  problems: readonly Problem[] | undefined,
  dir = join(root, 'content'),
): string {
  const dryRun = problems === undefined;
  return [
    formatChanges(root, plan.changes, dryRun),
    dryRun ? '' : formatCheck(root, plan.changes, problems),
    formatTodo(root, plan.todo),
    dryRun ? '' : seeItLine(root, dir),
  ]
    .filter(Boolean)
    .join('\n\n');
}
