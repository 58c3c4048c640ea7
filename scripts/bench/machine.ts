/**
 * The machine a benchmark ran on, for the report's header: CPUs, memory,
 * Node and Astro versions, the load average and how peak memory was
 * measured — so that figures from different runs can be told apart.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { PEAK_MEMORY_SOURCE } from './run.ts';

/** The 1-minute load average, two decimals. */
export const load = (): string => (loadavg()[0] ?? 0).toFixed(2);

/** Header lines describing this machine; `root` is the project whose Astro is used. */
export function machine(root: string): string {
  const cpu = cpus();
  const astro = JSON.parse(
    readFileSync(join(root, 'node_modules', 'astro', 'package.json'), 'utf8'),
  ).version;
  return [
    `cpu: ${cpu.length} × ${cpu[0]?.model ?? 'unknown'}`,
    `memory: ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `node: ${process.version}, astro: ${astro}`,
    `load average (1 min) at start: ${load()}`,
    `peak memory: ${PEAK_MEMORY_SOURCE}`,
  ].join('\n');
}
