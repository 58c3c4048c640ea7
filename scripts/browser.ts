/**
 * npm run browser — makes sure the Chromium that the browser tests and
 * Lighthouse drive is on this machine (see scripts/browser/plan.ts): the
 * first step of `npm test`, so the README's test command works on a fresh
 * machine on its own. Exit code 1, with one line, when it cannot.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { DEFAULT_CHROMIUM, browserPlan } from './browser/plan.ts';

const chromiumPath = process.env['CHROME_PATH'] ?? DEFAULT_CHROMIUM;
const plan = browserPlan({
  chromiumPath,
  chromiumExists: existsSync(chromiumPath),
  isRoot: process.getuid?.() === 0,
  hasAptGet: spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0,
});

if (plan.action === 'stop') {
  process.stderr.write(`${plan.message}\n`);
  process.exit(1);
}
if (plan.action === 'install') {
  process.stdout.write('Installing Debian chromium for the browser tests…\n');
  for (const [command = '', ...args] of plan.commands) {
    const run = spawnSync(command, args, {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (run.status !== 0) {
      process.stderr.write(
        `Installing chromium failed (${[command, ...args].join(' ')} exited with ${run.status ?? 'a signal'}): install it by hand (apt-get install -y chromium) and run npm test again.\n`,
      );
      process.exit(1);
    }
  }
  if (!existsSync(chromiumPath)) {
    process.stderr.write(`apt-get installed chromium, but ${chromiumPath} is still missing.\n`);
    process.exit(1);
  }
}
