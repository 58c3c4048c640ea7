import { describe, expect, it } from 'vitest';
import { loopbackArgs, loopbackConfig } from '../../../scripts/nginx/loopback.ts';
import { blocks, directives } from './nginx-text.ts';

const options = { prefix: '/tmp/jejak-nginx-x', serverFile: '/tmp/jejak-nginx-x/server.conf' };

describe('loopbackConfig', () => {
  it('keeps everything nginx writes in the temporary folder and logs errors to standard error', () => {
    const text = loopbackConfig({ ...options, isRoot: false });
    expect(directives(text, 'pid')).toEqual(['"/tmp/jejak-nginx-x/nginx.pid"']);
    expect(directives(text, 'error_log')).toEqual(['stderr warn']);
    expect(directives(text, 'access_log')).toEqual(['off']);
    for (const temp of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'])
      expect(directives(text, `${temp}_temp_path`)).toEqual([`"/tmp/jejak-nginx-x/${temp}"`]);
  });

  it('includes the server block inside http', () => {
    const http = blocks(loopbackConfig({ ...options, isRoot: false }), 'http')[0] ?? '';
    expect(directives(http, 'include')).toEqual(['"/tmp/jejak-nginx-x/server.conf"']);
  });

  it('runs the workers as the current user: root stays root, anyone else needs no user line', () => {
    expect(directives(loopbackConfig({ ...options, isRoot: true }), 'user')).toEqual(['root']);
    expect(directives(loopbackConfig({ ...options, isRoot: false }), 'user')).toEqual([]);
  });
});

describe('loopbackArgs', () => {
  it('starts nginx in the foreground on that prefix and file, errors on standard error', () => {
    expect(loopbackArgs('/tmp/p', '/tmp/p/nginx.conf')).toEqual([
      '-p',
      '/tmp/p',
      '-c',
      '/tmp/p/nginx.conf',
      '-e',
      'stderr',
      '-g',
      'daemon off;',
    ]);
  });
});
