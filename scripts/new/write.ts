/**
 * Writing a plan to disk, never overwriting: a new file is created only if
 * no file has its name (checked again at the moment of writing), and an
 * appended file only if it still holds the text the plan was made from.
 * Every precondition is checked before the first byte is written.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Bilingual } from '../../src/lib/check/problem.ts';
import type { Plan } from './plan.ts';
import { shown } from './report.ts';

function current(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Write the plan's changes; returns the problems that stopped it (then nothing was written). */
export function applyPlan(plan: Plan, root: string): Bilingual[] {
  const problems: Bilingual[] = [];
  for (const c of plan.changes) {
    const name = shown(root, c.path);
    if (c.kind === 'create' && existsSync(c.path)) {
      problems.push({
        id: `Berkas ${name} sudah ada; tidak ditimpa.`,
        en: `${name} already exists; it is not overwritten.`,
      });
    } else if (c.kind === 'append' && current(c.path) !== c.before) {
      problems.push({
        id: `Berkas ${name} berubah selama npm run new berjalan; jalankan lagi.`,
        en: `${name} changed while npm run new was running; run it again.`,
      });
    }
  }
  if (problems.length > 0) return problems;
  for (const c of plan.changes) {
    mkdirSync(dirname(c.path), { recursive: true });
    writeFileSync(c.path, c.text, { encoding: 'utf8', flag: c.kind === 'create' ? 'wx' : 'w' });
  }
  return problems;
}
