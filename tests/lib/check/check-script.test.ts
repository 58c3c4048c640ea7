/**
 * scripts/check.ts run as `npm run check` runs it: the exit code, file:line
 * and field of each problem without a stack trace, --json, the real
 * content passing, and its notes printed without failing it.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  COHORT_FILE,
  COHORT_TEXT,
  PROJECT_ROOT,
  articleText,
  makeCorpus,
} from '../../helpers/corpus.ts';
import { aliasBomb, cohort } from './malformed/cohorts.ts';

describe('scripts/check.ts', () => {
  const script = join(PROJECT_ROOT, 'scripts', 'check.ts');
  interface Run {
    status: number;
    stdout: string;
    stderr: string;
  }

  /** Run the check script with Node (process.execPath: the Node running vitest). */
  function run(args: string[]): Promise<Run> {
    return new Promise((done) => {
      execFile(
        process.execPath,
        [script, ...args],
        { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 30_000 },
        (error, stdout, stderr) => {
          const status = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
          done({ status, stdout, stderr });
        },
      );
    });
  }

  // The three runs start together: each is a cold Node start, the slowest part of the suite.
  let broken: Run;
  let json: Run;
  let real: Run;
  beforeAll(async () => {
    const brokenCorpus = makeCorpus({
      [COHORT_FILE]: cohort('count: 25', 'count: 0'),
      'cohorts/alias-bomb.yaml': aliasBomb(),
      'articles/js-link.md': articleText('Klik [di sini](javascript:alert(1)).'),
    });
    const jsonCorpus = makeCorpus({ [COHORT_FILE]: cohort('count: 25', 'count: 0') });
    try {
      [broken, json, real] = await Promise.all([
        run([`--content=${brokenCorpus.content}`]),
        run([`--content=${jsonCorpus.content}`, '--json']),
        run([]),
      ]);
    } finally {
      brokenCorpus.cleanup();
      jsonCorpus.cleanup();
    }
  }, 60_000);

  it('exits 1 on a broken corpus, naming file:line and field, without a stack trace', () => {
    const { status, stdout, stderr } = broken;
    expect(status).toBe(1);
    const line = COHORT_TEXT.split('\n').findIndex((l) => l.includes('count: 25')) + 1;
    expect(stdout).toContain(`${COHORT_FILE}:${line}  [participants[0].count]`);
    expect(stdout).toMatch(/cohorts\/alias-bomb\.yaml:1\b/);
    expect(stdout).toMatch(/articles\/js-link\.md:\d+ {2}\[\(body\)\]/);
    expect(stdout).toContain('✗ ');
    expect(stdout).toContain('→ ');
    expect(stdout).toContain('3 masalah di 3 berkas');
    expect(stdout).not.toContain('ℹ');
    expect(`${stdout}\n${stderr}`).not.toMatch(/^ {4}at /m);
    expect(stderr).not.toMatch(/Error/);
  });

  it('prints the problems as JSON with --json', () => {
    expect(json.status).toBe(1);
    const problems = JSON.parse(json.stdout) as { code: string; field?: string }[];
    expect(problems).toEqual([
      expect.objectContaining({ code: 'schema-too-small', field: 'participants[0].count' }),
    ]);
  });

  it('exits 0 on the real content', () => {
    expect(real.status).toBe(0);
    expect(real.stdout).toContain('Konten valid');
  });

  it('prints the notes after a valid report, and exits 0 all the same', () => {
    expect(real.stdout).toMatch(/Konten valid[^]*\n\nCatatan pembacaan[^]*ℹ "\(15\/2\)" dibaca/u);
    expect(real.stdout).toMatch(/\d+ catatan, \d+ peringatan\./u);
  });
});
