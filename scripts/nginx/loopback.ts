/**
 * The whole nginx configuration that runs the site's server block on this
 * machine, as the current user, with everything nginx writes (pid, temp
 * files) in one temporary folder and its errors on standard error: for
 * `npm run nginx:serve` and the tests over dist/. Pure.
 */
import { join } from 'node:path';
import { nginxString } from './config.ts';

export interface LoopbackOptions {
  /** The temporary folder (nginx's -p prefix). */
  prefix: string;
  /** The server block file to include. */
  serverFile: string;
  /**
   * Running as root: the workers then stay root (`user root;`) instead of
   * becoming nobody, who could not read a dist/ in a private folder.
   */
  isRoot: boolean;
}

/** nginx.conf for one worker serving the included server block. */
export function loopbackConfig({ prefix, serverFile, isRoot }: LoopbackOptions): string {
  const temp = (name: string): string => nginxString(join(prefix, name));
  return [
    ...(isRoot ? ['user root;'] : []),
    'worker_processes 1;',
    `pid ${temp('nginx.pid')};`,
    'error_log stderr warn;',
    'events {',
    '    worker_connections 64;',
    '}',
    'http {',
    '    access_log off;',
    `    client_body_temp_path ${temp('client_body')};`,
    `    proxy_temp_path ${temp('proxy')};`,
    `    fastcgi_temp_path ${temp('fastcgi')};`,
    `    uwsgi_temp_path ${temp('uwsgi')};`,
    `    scgi_temp_path ${temp('scgi')};`,
    `    include ${nginxString(serverFile)};`,
    '}',
    '',
  ].join('\n');
}

/** The arguments that start nginx in the foreground on that configuration. */
export function loopbackArgs(prefix: string, configFile: string): string[] {
  return ['-p', prefix, '-c', configFile, '-e', 'stderr', '-g', 'daemon off;'];
}
