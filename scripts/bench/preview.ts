/**
 * The preview measurement: starts `astro dev` of the benchmark's project
 * snapshot on a generated corpus (JEJAK_CONTENT_DIR), waits for the first
 * cohort page to be served, then saves that cohort's file with a note added
 * and polls the page until the note is in it; then saves it with an unknown
 * status and waits until that problem is shown both where an editor sees it
 * in dev: the dev server's log and the browser editor's verdict
 * (/admin/verdict.json). Reports the seconds from start to the first page,
 * from the save to the changed page, and from the broken save to the problem
 * shown in both places. The file is put back and the dev server stopped (its
 * own process only) before returning. The server listens on 127.0.0.1 only.
 */
import { spawn } from 'node:child_process';
import { openSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { NODE } from './run.ts';

export interface PreviewTimes {
  /** Seconds from starting `astro dev` to the cohort page served. */
  firstPage: number;
  /** Seconds from saving the cohort file to its page served with the change. */
  saveToServed: number;
  /** Seconds from saving the file with a problem to the problem in the dev log. */
  problemLogged: number;
  /** Seconds from the same save to the problem in the editor's verdict. */
  problemInVerdict: number;
}

/** Status written by the broken save: not a status, so the check names the file and the field. */
const BROKEN_STATUS = 'contoh-latihan-salah';

/** Polls until `ok()` resolves true; seconds since `since`. Throws after `limit` seconds. */
async function poll(ok: () => Promise<boolean>, since: number, limit: number): Promise<number> {
  for (;;) {
    if (await ok().catch(() => false)) return (performance.now() - since) / 1000;
    if (performance.now() - since > limit * 1000) throw new Error(`nothing after ${limit} s`);
    await sleep(20);
  }
}

/** A free TCP port on the loopback interface. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise((done) => server.close(done));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** Polls `url` until its body satisfies `ok`; seconds since `since`. Throws after `limit` seconds. */
async function until(
  url: string,
  ok: (body: string) => boolean,
  since: number,
  limit: number,
): Promise<number> {
  for (;;) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(30_000) });
      if (res.ok && ok(await res.text())) return (performance.now() - since) / 1000;
    } catch {
      // not listening yet, or the request timed out: poll again
    }
    if (performance.now() - since > limit * 1000)
      throw new Error(`${url}: nothing after ${limit} s`);
    await sleep(50);
  }
}

/** Measures the preview of `project` on `corpus`; the dev server's output goes to `log`. */
export async function measurePreview(
  project: string,
  corpus: string,
  log: string,
): Promise<PreviewTimes> {
  const cohorts = join(corpus, 'cohorts');
  const name = readdirSync(cohorts)
    .filter((f) => f.endsWith('.yaml'))
    .sort()[0];
  if (!name) throw new Error(`no cohort in ${cohorts}`);
  const file = join(cohorts, name);
  const url = (port: number) => `http://127.0.0.1:${port}/angkatan/${name.replace(/\.yaml$/, '')}/`;
  const port = await freePort();
  const fd = openSync(log, 'w');
  const started = performance.now();
  const astro = join(project, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const server = spawn(NODE, [astro, 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: project,
    env: {
      ...process.env,
      JEJAK_CONTENT_DIR: corpus,
      NO_COLOR: '1',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', fd, fd],
  });
  const original = readFileSync(file, 'utf8');
  try {
    const firstPage = await until(url(port), () => true, started, 600);
    const mark = `pratinjau-${Date.now()}`;
    const saved = performance.now();
    writeFileSync(
      file,
      `${original}note:\n  id: Contoh latihan ${mark}.\n  en: Practice note ${mark}.\n`,
    );
    const saveToServed = await until(url(port), (body) => body.includes(mark), saved, 120);

    const logSize = statSync(log).size;
    const broken = performance.now();
    writeFileSync(file, original.replace(/^status: .*$/m, `status: ${BROKEN_STATUS}`));
    const verdict = `http://127.0.0.1:${port}/admin/verdict.json?file=content/cohorts/${name}`;
    const [problemLogged, problemInVerdict] = await Promise.all([
      poll(
        async () =>
          readFileSync(log)
            .subarray(logSize)
            .toString('utf8')
            .split('\n')
            .some((line) => line.includes(name) && line.includes('[status]')),
        broken,
        120,
      ),
      poll(
        async () => {
          const res = await fetch(verdict, { signal: AbortSignal.timeout(30_000) });
          const { problems } = (await res.json()) as { problems: { field?: string }[] };
          return problems.some((p) => p.field === 'status');
        },
        broken,
        120,
      ),
    ]);
    return { firstPage, saveToServed, problemLogged, problemInVerdict };
  } finally {
    writeFileSync(file, original);
    server.kill('SIGTERM');
    await new Promise((done) =>
      server.exitCode === null ? server.once('exit', done) : done(null),
    );
  }
}
