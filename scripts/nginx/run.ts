/**
 * Starts Debian's nginx on 127.0.0.1 with a server block, as the current
 * user, in a temporary folder of its own (configuration, pid, temp files),
 * in the foreground; `stop()` ends that one process and removes the folder.
 * Resolves once the port answers; rejects with nginx's own error lines when
 * it does not start. Used by `npm run nginx:serve` and tests/dist/nginx.test.ts.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_NGINX } from './install-plan.ts';
import { loopbackArgs, loopbackConfig } from './loopback.ts';

export interface RunningNginx {
  /** "http://127.0.0.1:PORT" */
  origin: string;
  port: number;
  /** What nginx wrote on standard error so far (warnings, errors). */
  log(): string;
  stop(): Promise<void>;
}

/** The nginx the tests start: NGINX_PATH, else Debian's. */
export function nginxPath(): string {
  return process.env['NGINX_PATH'] ?? DEFAULT_NGINX;
}

/** A port free on 127.0.0.1 now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * Runs `serverBlock` (made with listen "127.0.0.1:PORT" for the given port).
 * Throws, before starting anything, when nginx is not installed.
 */
export async function startNginx(serverBlock: string, port: number): Promise<RunningNginx> {
  const nginx = nginxPath();
  if (!existsSync(nginx))
    throw new Error(
      `nginx tidak ada di ${nginx}: jalankan npm run nginx:install. (nginx is not at ${nginx}: run npm run nginx:install.)`,
    );
  const prefix = mkdtempSync(join(tmpdir(), 'jejak-nginx-'));
  const serverFile = join(prefix, 'server.conf');
  const configFile = join(prefix, 'nginx.conf');
  writeFileSync(serverFile, serverBlock);
  const isRoot = process.getuid?.() === 0;
  writeFileSync(configFile, loopbackConfig({ prefix, serverFile, isRoot }));
  const child = spawn(nginx, loopbackArgs(prefix, configFile), {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let running = true;
  void exited.then(() => (running = false));
  const stop = async (): Promise<void> => {
    if (running) child.kill('SIGTERM');
    await exited;
    rmSync(prefix, { recursive: true, force: true });
  };

  for (let waited = 0; waited < 10_000; waited += 50) {
    if (!running) break;
    if (await answers(port))
      return { origin: `http://127.0.0.1:${port}`, port, log: () => stderr, stop };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await stop();
  throw new Error(
    `nginx tidak mulai melayani 127.0.0.1:${port}. (nginx did not start serving 127.0.0.1:${port}.)\n${stderr}`,
  );
}
