/**
 * Running a project script or CLI with the Node that runs the tests (Node 24
 * under `npm run`), optionally feeding standard input, in the background.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT, REAL_CONTENT } from './corpus.ts';

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Run `node <args>` from the project root; `input` is written to its standard input, then closed. */
export function runNode(
  args: readonly string[],
  opts: { input?: string; env?: NodeJS.ProcessEnv; timeout?: number } = {},
): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ...opts.env },
      timeout: opts.timeout ?? 30_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout, stderr }));
    child.stdin.end(opts.input ?? '');
  });
}

export interface ContentCopy {
  /** Temporary folder holding content/ and practice.txt. */
  dir: string;
  content: string;
  /** A file in the folder, written. */
  file(name: string, text: string): string;
  cleanup(): void;
}

/** A temporary copy of the real content/ (never write into the real one). */
export function copyContent(): ContentCopy {
  const dir = mkdtempSync(join(tmpdir(), 'jejak-new-'));
  const content = join(dir, 'content');
  cpSync(REAL_CONTENT, content, { recursive: true });
  return {
    dir,
    content,
    file: (name, text) => {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
