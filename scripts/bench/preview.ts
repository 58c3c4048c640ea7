/**
 * The preview measurement: starts `astro dev` of the benchmark's project
 * snapshot on a generated corpus (JEJAK_CONTENT_DIR), waits for the first
 * cohort page to be served, then saves that cohort's file with a note added
 * and polls the page until the note is in it. Reports the seconds from start
 * to the first page and from the save to the changed page. The file is put
 * back and the dev server stopped (its own process only) before returning.
 * The server listens on 127.0.0.1 only.
 */
import { spawn } from 'node:child_process';
import { openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
    return { firstPage, saveToServed };
  } finally {
    writeFileSync(file, original);
    server.kill('SIGTERM');
    await new Promise((done) =>
      server.exitCode === null ? server.once('exit', done) : done(null),
    );
  }
}
