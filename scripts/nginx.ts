/**
 * node scripts/nginx.ts install|config|serve — the city's own nginx.
 *
 * install  (npm run nginx:install) makes sure Debian's nginx is on this
 *          machine for the tests over dist/ (scripts/nginx/install-plan.ts):
 *          a step of `npm test`, as `npm run browser` is for Chromium.
 * config   (npm run nginx:config) writes the server block of the built site
 *          (scripts/nginx/site.ts) to deploy/nginx/server.conf. Options:
 *          --dist=DIR (default dist/), --root=DIR (the folder on the server;
 *          default: that dist/), --listen=… (default 80), --server-name=…
 *          (default: the host of the profile's url), --include=FILE (the
 *          server's own lines, such as certificates), --out=FILE.
 * serve    (npm run nginx:serve) serves dist/ with that configuration at
 *          http://127.0.0.1:8080/ (--port=N) until Ctrl+C.
 * A problem stops with exit code 1 and its message in Indonesian and English.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { DEFAULT_NGINX, nginxPlan } from './nginx/install-plan.ts';
import { nginxPath, startNginx } from './nginx/run.ts';
import { siteServerConfig } from './nginx/site.ts';

const root = resolve(import.meta.dirname, '..');
const [command, ...args] = process.argv.slice(2);
const option = (name: string): string | undefined =>
  args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

function install(): void {
  const path = nginxPath();
  const plan = nginxPlan({
    nginxPath: path,
    nginxExists: existsSync(path),
    isRoot: process.getuid?.() === 0,
    hasAptGet: spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0,
  });
  if (plan.action === 'stop') throw new Error(plan.message);
  if (plan.action === 'ready') return;
  process.stdout.write('Memasang nginx Debian untuk uji server… (Installing Debian nginx…)\n');
  for (const [cmd = '', ...rest] of plan.commands) {
    const run = spawnSync(cmd, rest, {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (run.status !== 0)
      throw new Error(
        `Pemasangan nginx gagal (${[cmd, ...rest].join(' ')}): pasang sendiri dengan apt-get install -y nginx lalu jalankan npm test lagi. (Installing nginx failed (${[cmd, ...rest].join(' ')} exited with ${run.status ?? 'a signal'}): install it by hand with apt-get install -y nginx and run npm test again.)`,
      );
  }
  if (!existsSync(DEFAULT_NGINX))
    throw new Error(
      `apt-get memasang nginx, tetapi ${DEFAULT_NGINX} tetap tidak ada. (apt-get installed nginx, but ${DEFAULT_NGINX} is still missing.)`,
    );
}

async function config(): Promise<void> {
  const dist = resolve(option('dist') ?? 'dist');
  const { SITE_URL } = await import('../src/site.config.ts');
  const text = siteServerConfig({
    projectRoot: root,
    dist,
    options: {
      listen: option('listen') ?? '80',
      serverName: option('server-name') ?? new URL(SITE_URL).hostname,
      root: option('root') ?? dist,
      include: option('include'),
    },
  });
  const out = resolve(option('out') ?? `${root}/deploy/nginx/server.conf`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  const shown = relative(process.cwd(), out);
  process.stdout.write(`Ditulis: ${shown} (Written: ${shown})\n`);
}

async function serve(): Promise<void> {
  const port = Number(option('port') ?? '8080');
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(
      `--port=${option('port')}: berikan nomor port 1–65535. (give a port number 1–65535.)`,
    );
  const dist = resolve(option('dist') ?? 'dist');
  const block = siteServerConfig({
    projectRoot: root,
    dist,
    options: { listen: `127.0.0.1:${port}`, serverName: 'localhost', root: dist },
  });
  const nginx = await startNginx(block, port);
  process.stdout.write(
    `nginx melayani ${relative(process.cwd(), dist) || '.'} di ${nginx.origin}/ — Ctrl+C untuk berhenti. (nginx serves it at ${nginx.origin}/ — Ctrl+C stops.)\n`,
  );
  const stop = (): void => void nginx.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

const COMMANDS: Record<string, () => void | Promise<void>> = { install, config, serve };

try {
  const run = COMMANDS[command ?? ''];
  if (!run)
    throw new Error(
      'Pakai: node scripts/nginx.ts install|config|serve. (Usage: node scripts/nginx.ts install|config|serve.)',
    );
  await run();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
