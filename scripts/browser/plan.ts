/**
 * What `npm run browser` does about the Chromium the browser tests and
 * Lighthouse drive: nothing when it is there; install Debian's package when
 * this machine can (root, apt-get), as a fresh CI machine needs; otherwise
 * stop with one line saying what to install. Pure: the script gathers the facts.
 */

/** Where the browser tests and Lighthouse look for Chromium (CHROME_PATH overrides). */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export interface MachineFacts {
  /** The Chromium executable the tests will start. */
  chromiumPath: string;
  chromiumExists: boolean;
  /** Running as root (apt-get needs it). */
  isRoot: boolean;
  /** apt-get is on the PATH (a Debian or Ubuntu machine). */
  hasAptGet: boolean;
}

export type BrowserPlan =
  | { action: 'ready' }
  | { action: 'install'; commands: string[][] }
  | { action: 'stop'; message: string };

export function browserPlan(facts: MachineFacts): BrowserPlan {
  if (facts.chromiumExists) return { action: 'ready' };
  if (facts.chromiumPath === DEFAULT_CHROMIUM && facts.isRoot && facts.hasAptGet)
    return {
      action: 'install',
      commands: [
        ['apt-get', 'update', '-qq'],
        ['apt-get', 'install', '-y', '-qq', 'chromium'],
      ],
    };
  return {
    action: 'stop',
    message:
      facts.chromiumPath === DEFAULT_CHROMIUM
        ? `npm test needs Chromium at ${DEFAULT_CHROMIUM} for the browser tests: install it (Debian: sudo apt-get install -y chromium) or set CHROME_PATH to a Chromium executable, then run npm test again.`
        : `npm test needs Chromium: CHROME_PATH is ${facts.chromiumPath}, which does not exist; point it at a Chromium executable and run npm test again.`,
  };
}
