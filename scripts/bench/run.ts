/**
 * One measured command of the benchmark: run with its output in a log file
 * in the run's temp folder, timed by the wall clock, with its peak memory —
 * the maximum resident set size from /usr/bin/time -v when present, else
 * that of the Node process itself (getrusage through a preload, for
 * commands run with this Node). A failing command prints the end of its log
 * to stderr and throws RunFailed.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { formatSeconds } from './report.ts';

/** The Node binary running the benchmark; node scripts are run with it. */
export const NODE = process.execPath;
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** How peak memory is measured on this machine, for the report's header. */
export const PEAK_MEMORY_SOURCE = TIME
  ? 'max RSS from /usr/bin/time -v'
  : 'max RSS of the Node build process (no /usr/bin/time)';

/** Thrown when a measured command fails; its log has been printed. */
export class RunFailed extends Error {}

/** The line of a failed command's output that says why, when it is a known one (memory). */
export function failureReason(log: string): string {
  const line = log
    .split('\n')
    .find((l) => /heap out of memory|ENOMEM|Killed|Reached heap limit/i.test(l));
  return line ? ` (${line.trim().slice(0, 120)})` : '';
}

export interface Timed {
  seconds: number;
  peak: number | null;
  log: string;
}

/** Runs `command` (in options.cwd, else the timer's folder) labelled `label`, and measures it. */
export type Timer = (
  label: string,
  command: string[],
  options?: { cwd?: string; env?: NodeJS.ProcessEnv },
) => Timed;

/** Where a benchmark run works and how it measures. */
export interface BenchEnv {
  /** The project's root: its node_modules are linked into every project built. */
  root: string;
  /** The copy of the project's code that is built and checked. */
  project: string;
  /** The run's temp folder: logs, corpora and built projects. */
  work: string;
  timed: Timer;
}

/** A timer writing its logs to `work` and running commands in `cwd` by default. */
export function createTimer(work: string, cwd: string): Timer {
  // Fallback peak memory: the build process writes its own getrusage() max RSS when it exits.
  const rssHook = join(work, 'rss-hook.mjs');
  writeFileSync(
    rssHook,
    "import { writeFileSync } from 'node:fs';\n" +
      "process.on('exit', () => writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS * 1024)));\n",
  );
  return (label, command, options = {}) => {
    const log = join(work, `${label.replace(/\W+/g, '-')}.log`);
    const rssFile = join(work, 'rss.txt');
    rmSync(rssFile, { force: true });
    const [cmd = '', ...args] = TIME
      ? [TIME, '-v', '-o', rssFile, ...command]
      : command[0] === NODE
        ? [NODE, '--import', rssHook, ...command.slice(1)]
        : command;
    const fd = openSync(log, 'w');
    const start = performance.now();
    const result = spawnSync(cmd, args, {
      cwd: options.cwd ?? cwd,
      env: { ...process.env, ...options.env, BENCH_RSS_FILE: rssFile, NO_COLOR: '1' },
      stdio: ['ignore', fd, fd],
    });
    const seconds = (performance.now() - start) / 1000;
    closeSync(fd);
    if (result.status !== 0) {
      const text = readFileSync(log, 'utf8');
      process.stderr.write(
        `\n${label} failed (exit ${result.status ?? result.signal}):\n${text.slice(-4000)}\n`,
      );
      throw new RunFailed(`${label}: exit ${result.status ?? result.signal}${failureReason(text)}`);
    }
    let peak: number | null = null;
    if (existsSync(rssFile)) {
      const text = readFileSync(rssFile, 'utf8');
      const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(text)?.[1];
      peak = TIME ? (kb ? Number(kb) * 1024 : null) : Number(text) || null;
    }
    process.stderr.write(`  ${label}: ${formatSeconds(seconds)}\n`);
    return { seconds, peak, log };
  };
}
