/**
 * npm run publish — records what the site publishes now in
 * content/published.json (the ledger the check holds every later edit
 * against). Run it when the site goes live with new content, after
 * `npm run check` is clean: it refuses content with problems. It prints what
 * changed: new, renamed ("ganti nama: old → new") and corrected records, and
 * the source articles published and new.
 * Options: --content=DIR (another content folder; default: JEJAK_CONTENT_DIR, else content/).
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readLedger, runCheck } from '../src/lib/check/index.ts';
import { formatReport } from '../src/lib/check/problem.ts';
import { LEDGER_FILE, ledgerOf } from '../src/lib/check/published.ts';
import { contentDir } from '../src/lib/content/location.ts';
import { ledgerChanges } from './publish/changes.ts';

const root = resolve(import.meta.dirname, '..');
const contentArg = process.argv.find((a) => a.startsWith('--content='));
const dir = contentArg ? resolve(contentArg.slice('--content='.length)) : contentDir(root);

const { content, problems } = runCheck(root, dir);
if (problems.length > 0) {
  process.stdout.write(
    `${formatReport(problems)}\nBelum diterbitkan: perbaiki dulu masalah di atas. (Not published: fix the problems above first.)\n`,
  );
  process.exit(1);
}
const before = readLedger(root, dir).ledger;
const after = ledgerOf(content);
writeFileSync(join(dir, LEDGER_FILE), `${JSON.stringify(after, null, 2)}\n`);
process.stdout.write(`${ledgerChanges(before, after).join('\n')}\n`);
