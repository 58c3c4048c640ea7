/**
 * What `npm run nginx:install` does about the nginx that the tests over
 * dist/ start: nothing when it is there; install Debian's package when this
 * machine can (root, apt-get), as a fresh CI machine needs; otherwise stop
 * with one message, Indonesian and English, saying what to install. Pure:
 * the script gathers the facts.
 */

/** Where Debian puts nginx (NGINX_PATH overrides). */
export const DEFAULT_NGINX = '/usr/sbin/nginx';

export interface NginxFacts {
  /** The nginx executable the tests will start. */
  nginxPath: string;
  nginxExists: boolean;
  /** Running as root (apt-get needs it). */
  isRoot: boolean;
  /** apt-get is on the PATH (a Debian or Ubuntu machine). */
  hasAptGet: boolean;
}

export type NginxPlan =
  | { action: 'ready' }
  | { action: 'install'; commands: string[][] }
  | { action: 'stop'; message: string };

export function nginxPlan(facts: NginxFacts): NginxPlan {
  if (facts.nginxExists) return { action: 'ready' };
  if (facts.nginxPath === DEFAULT_NGINX && facts.isRoot && facts.hasAptGet)
    return {
      action: 'install',
      commands: [
        ['apt-get', 'update', '-qq'],
        ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'nginx'],
      ],
    };
  return {
    action: 'stop',
    message:
      facts.nginxPath === DEFAULT_NGINX
        ? `npm test memerlukan nginx di ${DEFAULT_NGINX} untuk menguji konfigurasi server: pasang (Debian: sudo apt-get install -y nginx) atau arahkan NGINX_PATH ke program nginx, lalu jalankan npm test lagi. (npm test needs nginx at ${DEFAULT_NGINX} to test the server configuration: install it (Debian: sudo apt-get install -y nginx) or point NGINX_PATH at an nginx executable, then run npm test again.)`
        : `npm test memerlukan nginx: NGINX_PATH berisi ${facts.nginxPath}, yang tidak ada; arahkan ke program nginx lalu jalankan npm test lagi. (npm test needs nginx: NGINX_PATH is ${facts.nginxPath}, which does not exist; point it at an nginx executable and run npm test again.)`,
  };
}
