import { describe, expect, it } from 'vitest';
import { DEV_PORT, opener, servers } from '../../../scripts/admin/plan.ts';

describe('servers', () => {
  const [backend, preview] = servers('/proyek', '/bin/node', 8081);
  it('saves into the working copy through decap-server on loopback only', () => {
    expect(backend?.args).toEqual(['/proyek/node_modules/decap-server/dist/index.js']);
    expect(backend?.env).toEqual({
      PORT: '8081',
      GIT_REPO_DIRECTORY: '/proyek',
      MODE: 'fs',
      BIND_HOST: '127.0.0.1',
    });
  });
  it('serves /admin/ from the dev server, told the backend port', () => {
    expect(preview?.args.slice(1)).toEqual(['dev', '--port', String(DEV_PORT)]);
    expect(preview?.env).toEqual({ DECAP_PORT: '8081' });
  });
});

describe('opener', () => {
  it('opens the address with each platform own command', () => {
    expect(opener('linux', 'http://localhost:4321/admin/')).toEqual({
      command: 'xdg-open',
      args: ['http://localhost:4321/admin/'],
    });
    expect(opener('darwin', 'u').command).toBe('open');
    expect(opener('win32', 'u')).toEqual({ command: 'cmd', args: ['/c', 'start', '""', 'u'] });
  });
});
