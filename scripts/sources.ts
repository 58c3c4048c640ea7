/**
 * npm run sources — the source watch: fetches the original address of every
 * article, looks for each passage our records cite from it, and reports per
 * article whether it is still there, changed, moved or gone (proposing an
 * archive address for the gone ones). Prints the readable report and writes
 * the JSON report (--json=PATH). Reads content and never edits it.
 * Exit code: 0 all still there, 1 something changed, moved, gone or failed,
 * 2 bad usage or unreadable content folder.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { loadContent } from '../src/lib/content/load.ts';
import { contentDir } from '../src/lib/content/location.ts';
import { userAgent, watchItems } from '../src/lib/sources/items.ts';
import { formatWatchReport, noServerAnswered, watchExitCode } from '../src/lib/sources/report.ts';
import { USAGE, UsageError, parseSourcesArgs } from './sources/args.ts';
import { watchSources } from './sources/watch.ts';

async function main(): Promise<number> {
  const args = parseSourcesArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const root = resolve(import.meta.dirname, '..');
  const folder = args.content ? resolve(args.content) : contentDir(root);
  const content = loadContent(root, folder);
  const site = content.profile?.data;
  if (!site)
    throw new UsageError(
      `Profil situs (site.yaml) di ${folder} tidak terbaca; jalankan npm run check untuk melihat sebabnya. (The site profile in ${folder} could not be read; run npm run check to see why.)`,
    );
  const options = {
    userAgent: userAgent(site),
    timeoutMs: args.timeoutSeconds * 1000,
    delayMs: args.delaySeconds * 1000,
    maxBytes: Math.round(args.maxKib * 1024),
  };
  const verdicts = await watchSources(watchItems(content), options);
  const json = resolve(args.json);
  mkdirSync(dirname(json), { recursive: true });
  const report = {
    checkedAt: new Date().toISOString(),
    userAgent: options.userAgent,
    timeoutSeconds: args.timeoutSeconds,
    maxKib: args.maxKib,
    noServerAnswered: noServerAnswered(verdicts),
    articles: verdicts,
  };
  writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`);
  // One write: a reader that stops early (| head) then closes the pipe after the whole report.
  process.stdout.write(
    `${formatWatchReport(verdicts, args.timeoutSeconds)}\n\nLaporan JSON (JSON report): ${json}\n`,
  );
  return watchExitCode(verdicts);
}

try {
  process.exitCode = await main();
} catch (error) {
  const what = error instanceof Error ? error.message.split('\n')[0] : String(error);
  if (error instanceof UsageError) {
    process.stderr.write(`${what}\n\n${USAGE}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(
      `Pantauan sumber berhenti di tengah jalan; laporkan pesan ini ke pengelola situs. (The source watch stopped before it finished; report this message to the site's maintainers.)\n  ${what}\n`,
    );
    process.exitCode = 1;
  }
}
