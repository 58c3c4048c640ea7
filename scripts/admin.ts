/**
 * npm run admin — the browser editor on the editor's own computer, with no
 * account: starts the local backend (saves into content/ of this working
 * copy) and the site preview, then opens http://localhost:4321/admin/.
 * Ctrl+C stops both. The checker's verdict is at /admin/verdict/.
 * Option: --no-open (do not open the browser).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { LOCAL_BACKEND_PORT } from '../src/lib/cms/config.ts';
import { DEV_PORT, opener, servers } from './admin/plan.ts';

const root = resolve(import.meta.dirname, '..');
const address = `http://localhost:${DEV_PORT}/admin/`;
const children: ChildProcess[] = servers(root, process.execPath, LOCAL_BACKEND_PORT).map((s) => {
  process.stdout.write(`Menjalankan ${s.name}…\n`);
  const child = spawn(s.command, s.args, {
    cwd: root,
    env: { ...process.env, ...s.env },
    stdio: 'inherit',
  });
  child.on('exit', (code) => {
    if (code) process.stderr.write(`${s.name} berhenti (kode ${code}). (${s.name} stopped.)\n`);
  });
  return child;
});

async function ready(): Promise<boolean> {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(address)).ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

const stop = (): void => {
  for (const child of children) child.kill();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

if (await ready()) {
  process.stdout.write(
    `\nPenyunting siap: ${address}\nHasil pemeriksaan: ${address}verdict/\nTekan Ctrl+C untuk berhenti. (Editor ready; press Ctrl+C to stop.)\n`,
  );
  if (!process.argv.includes('--no-open')) {
    const open = opener(process.platform, address);
    spawn(open.command, open.args, { stdio: 'ignore', detached: true }).on('error', () => {
      process.stdout.write(`Buka alamat itu di peramban. (Open that address in a browser.)\n`);
    });
  }
} else {
  process.stderr.write(
    `Penyunting tidak menjawab di ${address}; lihat pesan di atas. (The editor did not answer; see the messages above.)\n`,
  );
  stop();
  process.exitCode = 1;
}
