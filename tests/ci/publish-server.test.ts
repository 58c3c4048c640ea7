/**
 * .ci/publish-server, run from a copy of the project with stand-ins for
 * ssh, rsync and sudo on its PATH (they act on this machine's folders and
 * note what they were asked): the site and the configuration land under
 * DEPLOY_PATH, nginx checks the configuration before it reloads, and a
 * configuration nginx refuses is put back as it was.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/corpus.ts';
import { useFixtureDirs } from '../helpers/files.ts';

const fixture = useFixtureDirs('jejak-publish-server-');

const STAND_INS = {
  // Skips the options and the host, runs the command here.
  ssh: `#!/bin/sh
echo "ssh $*" >> "$FAKE_LOG"
while [ $# -gt 0 ]; do
  case "$1" in -o|-i) shift 2 ;; -*) shift ;; *) break ;; esac
done
shift
exec sh -c "$*"
`,
  // Copies the source to the path after "host:".
  rsync: `#!/bin/sh
while [ $# -gt 2 ]; do
  case "$1" in -e) shift 2 ;; *) shift ;; esac
done
echo "rsync $1 $2" >> "$FAKE_LOG"
dest="\${2#*:}"
if [ -d "$1" ]; then mkdir -p "$dest" && cp -R "$1". "$dest"; else cp "$1" "$dest"; fi
`,
  // "nginx -t" answers FAKE_NGINX_TEST (0: the configuration is valid).
  sudo: `#!/bin/sh
[ "$1" = -n ] && shift
echo "sudo $*" >> "$FAKE_LOG"
if [ "$1 $2" = "/usr/sbin/nginx -t" ]; then exit "\${FAKE_NGINX_TEST:-0}"; fi
exit 0
`,
};

const PROJECT = {
  'dist/index.html': '<h1>Contoh latihan</h1>\n',
  'dist/404.html': '<h1>Tidak ada</h1>\n',
  'deploy/nginx/server.conf': '# contoh latihan: baru\n',
};

function setUp(files: Record<string, string> = PROJECT) {
  const project = fixture(files);
  mkdirSync(join(project, '.ci'));
  copyFileSync(join(PROJECT_ROOT, '.ci/publish-server'), join(project, '.ci/publish-server'));
  const bin = fixture(STAND_INS);
  for (const name of Object.keys(STAND_INS)) chmodSync(join(bin, name), 0o755);
  const server = fixture({ 'nginx/server.conf': '# contoh latihan: lama\n' });
  const log = join(bin, 'log');
  const run = (env: Record<string, string>) =>
    spawnSync('bash', [join(project, '.ci/publish-server')], {
      encoding: 'utf8',
      env: {
        PATH: `${bin}:${process.env['PATH'] ?? ''}`,
        FAKE_LOG: log,
        DEPLOY_HOST: 'contoh.go.id',
        DEPLOY_USER: 'terbit',
        DEPLOY_PATH: server,
        ...env,
      },
    });
  const logged = (): string[] =>
    existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : [];
  return { server, run, logged };
}

describe('.ci/publish-server', () => {
  it('copies the site and the configuration, and reloads nginx once it accepts them', () => {
    const { server, run, logged } = setUp();
    const result = run({ DEPLOY_SSH_KEY: 'contoh-kunci', DEPLOY_KNOWN_HOSTS: 'contoh.go.id x' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(readFileSync(join(server, 'site/index.html'), 'utf8')).toBe(PROJECT['dist/index.html']);
    expect(readFileSync(join(server, 'site/404.html'), 'utf8')).toBe(PROJECT['dist/404.html']);
    expect(readFileSync(join(server, 'nginx/server.conf'), 'utf8')).toBe(
      '# contoh latihan: baru\n',
    );
    const sudo = logged().filter((l) => l.startsWith('sudo '));
    expect(sudo).toEqual(['sudo /usr/sbin/nginx -t', 'sudo /usr/sbin/nginx -s reload']);
    expect(logged().find((l) => l.startsWith('ssh '))).toMatch(/-i \S+\/key .*UserKnownHostsFile=/);
    expect(result.stdout).toContain(`Diterbitkan ke contoh.go.id:${server}/site.`);
  });

  it('puts the previous configuration back, without reloading, when nginx refuses the new one', () => {
    const { server, run, logged } = setUp();
    const result = run({ FAKE_NGINX_TEST: '1' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('nginx menolak konfigurasi baru; yang lama dipulihkan.');
    expect(readFileSync(join(server, 'nginx/server.conf'), 'utf8')).toBe(
      '# contoh latihan: lama\n',
    );
    expect(logged().filter((l) => l.startsWith('sudo '))).toEqual(['sudo /usr/sbin/nginx -t']);
  });

  it('stops before copying anything when a setting is missing', () => {
    const { run, logged } = setUp();
    const result = run({ DEPLOY_HOST: '' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^DEPLOY_HOST belum diisi: tambahkan sebagai secret repositori/);
    expect(logged()).toEqual([]);
  });

  it('stops before copying anything when the configuration was not made', () => {
    const { run, logged } = setUp({
      'dist/index.html': PROJECT['dist/index.html'],
      'dist/404.html': PROJECT['dist/404.html'],
    });
    const result = run({});
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^deploy\/nginx\/server\.conf tidak ada: jalankan npm run build/);
    expect(logged()).toEqual([]);
  });
});
