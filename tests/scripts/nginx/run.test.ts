import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_NGINX } from '../../../scripts/nginx/install-plan.ts';
import { freePort, nginxPath, startNginx } from '../../../scripts/nginx/run.ts';
import { useFixtureDirs } from '../../helpers/files.ts';

const fixture = useFixtureDirs('jejak-nginx-run-');
const saved = process.env['NGINX_PATH'];
afterEach(() => {
  if (saved === undefined) delete process.env['NGINX_PATH'];
  else process.env['NGINX_PATH'] = saved;
});

describe('nginxPath', () => {
  it("is Debian's nginx unless NGINX_PATH names another", () => {
    delete process.env['NGINX_PATH'];
    expect(nginxPath()).toBe(DEFAULT_NGINX);
    process.env['NGINX_PATH'] = '/opt/nginx/sbin/nginx';
    expect(nginxPath()).toBe('/opt/nginx/sbin/nginx');
  });
});

describe('startNginx', () => {
  it('says how to install nginx when it is missing', async () => {
    process.env['NGINX_PATH'] = join(fixture({}), 'nginx');
    await expect(startNginx('', await freePort())).rejects.toThrow(
      /^nginx tidak ada di .*: jalankan npm run nginx:install\. \(nginx is not at/,
    );
  });

  it('passes on what nginx says when it does not start', async () => {
    const dir = fixture({
      nginx: '#!/bin/sh\necho "nginx: [emerg] contoh latihan: unknown directive" >&2\nexit 1\n',
    });
    chmodSync(join(dir, 'nginx'), 0o755);
    process.env['NGINX_PATH'] = join(dir, 'nginx');
    const port = await freePort();
    await expect(startNginx('server {}', port)).rejects.toThrow(
      new RegExp(`nginx tidak mulai melayani 127\\.0\\.0\\.1:${port}.*\\n.*contoh latihan`),
    );
  });
});
