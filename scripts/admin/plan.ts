/**
 * What `npm run admin` starts, as data: the local backend (decap-server,
 * saving into this working copy), the dev server that serves /admin/, and
 * the command that opens the editor's address in the computer's browser.
 */
import { join } from 'node:path';

export const DEV_PORT = 4321;

export interface Start {
  /** Plain words for the terminal. */
  name: string;
  command: string;
  args: string[];
  env: Record<string, string>;
}

/** The two servers, for a project root, the node binary and the local backend's port. */
export function servers(root: string, node: string, decapPort: number): Start[] {
  return [
    {
      name: 'penyimpan lokal (decap-server)',
      command: node,
      args: [join(root, 'node_modules', 'decap-server', 'dist', 'index.js')],
      env: {
        PORT: String(decapPort),
        GIT_REPO_DIRECTORY: root,
        MODE: 'fs',
        BIND_HOST: '127.0.0.1',
      },
    },
    {
      name: 'pratinjau situs (astro dev)',
      command: node,
      args: [
        join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'),
        'dev',
        '--port',
        String(DEV_PORT),
      ],
      env: { DECAP_PORT: String(decapPort) },
    },
  ];
}

/** The command that opens an address in the default browser of a platform. */
export function opener(
  platform: NodeJS.Platform,
  url: string,
): { command: string; args: string[] } {
  if (platform === 'darwin') return { command: 'open', args: [url] };
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', url] };
  return { command: 'xdg-open', args: [url] };
}
