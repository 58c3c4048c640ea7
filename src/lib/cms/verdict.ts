/**
 * The checker's verdict as the browser editor shows it: the problems of one
 * content file (matched by its path under the content folder, wherever that
 * folder is), and the whole report as an HTML page. The problems are those
 * of `runCheck()`, so the editor reads exactly what `npm run check` prints.
 */
import type { Problem } from '../check/problem.ts';
import { sortProblems } from '../check/problem.ts';

/** The part of a path from the collection folder on: `content/cohorts/a.yaml` → `cohorts/a.yaml`. */
function underContent(file: string): string {
  const parts = file.split('/');
  return parts.slice(-2).join('/');
}

/** The problems of one file (`content/<collection>/<id>.<ext>`); all problems for an empty name. */
export function problemsOf(problems: readonly Problem[], file: string): Problem[] {
  if (file === '') return [...problems];
  const wanted = underContent(file);
  return problems.filter((p) => underContent(p.file) === wanted);
}

const escape = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function problemHtml(p: Problem): string {
  const where = [p.field, p.line === undefined ? '' : `baris ${p.line}`].filter(Boolean).join(', ');
  return [
    `<li data-field="${escape(p.field ?? '')}">`,
    `<p><strong>${escape(where || p.code)}</strong>: ${escape(p.message.id)}</p>`,
    `<p>Perbaikan: ${escape(p.fix.id)}</p>`,
    `<p lang="en">${escape(p.message.en)} Fix: ${escape(p.fix.en)}</p>`,
    '</li>',
  ].join('');
}

/** The verdict page: every problem, grouped by file, in the order `npm run check` prints them. */
export function verdictPage(problems: readonly Problem[]): string {
  const byFile = new Map<string, Problem[]>();
  for (const p of sortProblems(problems)) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const sections = [...byFile].map(
    ([file, list]) =>
      `<section><h2>${escape(file)}</h2><ul>${list.map(problemHtml).join('')}</ul></section>`,
  );
  const summary =
    problems.length === 0
      ? '<p class="ok">Konten valid: tidak ada masalah. (Content is valid: no problems.)</p>'
      : `<p>${problems.length} masalah di ${byFile.size} berkas. (${problems.length} problem(s) in ${byFile.size} file(s).)</p>`;
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="5">
<title>Hasil pemeriksaan konten</title>
<link rel="stylesheet" href="/admin/admin.css">
</head>
<body class="verdict-page">
<main>
<h1>Hasil pemeriksaan konten <span lang="en">(content check)</span></h1>
<p>Sama dengan <code>npm run check</code>; diperbarui tiap 5 detik. <a href="/admin/">Kembali ke penyunting</a></p>
${summary}
${sections.join('\n')}
</main>
</body>
</html>
`;
}

/** The editor's page: Decap CMS and the script that configures it. */
export function adminPage(siteName: string): string {
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Penyunting — ${escape(siteName)}</title>
<link rel="stylesheet" href="/admin/admin.css">
</head>
<body>
<script src="/admin/pre.js"></script>
<script src="/admin/decap/decap-cms.js"></script>
<script src="/admin/admin.js"></script>
</body>
</html>
`;
}
