/**
 * npm run check — validates every content entry and prints every problem,
 * with file, line, field and fix; then, once there is no problem, its notes
 * (how dates written relative to an article were read, weekdays that
 * contradict their date). Exit code 1 when there is any problem; notes
 * never fail the check.
 * Options: --quiet (print only problems), --json (the problems, machine-readable),
 * --content=DIR (another content folder; default: JEJAK_CONTENT_DIR, else content/).
 * Each file's own result is kept under node_modules/.cache/jejak-scp/ by the
 * file's bytes and the reader's code, so a second run reads only what changed.
 *
 * A content mistake is always a problem in the report; should the checker
 * itself fail, it says so in one plain line and exits 1, without a stack trace.
 */
import { resolve } from 'node:path';
import { runCheck } from '../src/lib/check/index.ts';
import { formatNotes, formatReport } from '../src/lib/check/problem.ts';
import { diskBackedCache } from '../src/lib/content/file-cache.ts';
import { contentDir } from '../src/lib/content/location.ts';

function main(): number {
  const args = new Set(process.argv.slice(2));
  const root = resolve(import.meta.dirname, '..');
  const contentArg = process.argv.find((a) => a.startsWith('--content='));
  const dir = contentArg ? resolve(contentArg.slice('--content='.length)) : contentDir(root);
  const { content, problems, notes } = runCheck(root, dir, undefined, {
    cache: diskBackedCache(root, dir),
  });

  if (args.has('--json')) {
    process.stdout.write(`${JSON.stringify(problems, null, 2)}\n`);
  } else if (problems.length > 0 || !args.has('--quiet')) {
    const counts = `${content.articles.length} artikel, ${content.cohorts.length} angkatan, ${content.claims.length} klaim, ${content.context.length} peristiwa konteks`;
    process.stdout.write(
      `${formatReport(problems)}\n${problems.length === 0 ? `(${counts})\n` : ''}`,
    );
    if (notes.length > 0 && !args.has('--quiet'))
      process.stdout.write(`\n${formatNotes(notes, problems.length > 0)}\n`);
  }
  return problems.length > 0 ? 1 : 0;
}

try {
  process.exitCode = main();
} catch (error) {
  const what = error instanceof Error ? error.message.split('\n')[0] : String(error);
  process.stderr.write(
    `Pemeriksaan konten berhenti di tengah jalan; laporkan pesan ini ke pengelola situs. (The content check stopped before it finished; report this message to the site's maintainers.)\n  ${what}\n`,
  );
  process.exitCode = 1;
}
