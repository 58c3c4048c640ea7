/**
 * The content check: the one function behind `npm run check`, the build's
 * content-check integration and the content loaders of the site (so the
 * preview and the checker always list the same problems for the same files).
 */
import { existsSync, lstatSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ledgerSchema, type Ledger } from '../../schemas/ledger.ts';
import { loadContent, type LoadOptions, type LoadedContent } from '../content/load.ts';
import { displayPath } from '../content/read.ts';
import { clearMemoryCache } from '../content/file-cache.ts';
import { checkContent } from './cross.ts';
import { LEDGER_FILE, checkPublished } from './published.ts';
import { checkPublishedArticles } from './published-articles.ts';
import { datedInTheFuture, likelyDuplicates } from './records.ts';
import { checkRenamedFrom } from './renamed.ts';
import { inPlainWords, sortProblems, type Problem } from './problem.ts';

export interface CheckResult {
  content: LoadedContent;
  /** What fails the check. */
  problems: Problem[];
  /** Notes (a `level` set): how dates were read, weekdays that contradict them; never failing. */
  notes: Problem[];
}

/** The result with its notes taken out of the problems. */
function withNotes(r: { content: LoadedContent; problems: Problem[] }): CheckResult {
  return {
    content: r.content,
    problems: r.problems.filter((p) => p.level === undefined),
    notes: r.problems.filter((p) => p.level !== undefined),
  };
}

/** Today as YYYY-MM-DD in UTC+7 (Western Indonesia Time), the date the content is checked against. */
export function todayInJakarta(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/**
 * Read, validate and cross-check everything under `root/content` (or
 * `contentDir`); `today` (YYYY-MM-DD) is the date nothing may come after.
 * Each file's own result is reused while its bytes are unchanged (in memory,
 * or on disk with `options.cache`); the checks across entries always run.
 */
export function runCheck(
  root: string,
  contentDir = join(root, 'content'),
  today = todayInJakarta(),
  options: LoadOptions = {},
): CheckResult {
  const content = loadContent(root, contentDir, options);
  const ledger = readLedger(root, contentDir);
  const published = ledger.ledger
    ? checkPublished(
        content,
        ledger.ledger,
        (collection, id) => displayPath(root, join(contentDir, collection, `${id}.yaml`)),
        new Set(content.problems.map((p) => p.file)),
      )
    : [];
  const articles = ledger.ledger?.articles
    ? checkPublishedArticles(content, ledger.ledger.articles, (id) =>
        displayPath(root, join(contentDir, 'articles', `${id}.md`)),
      )
    : [];
  return withNotes({
    content,
    problems: sortProblems(
      supersede([
        ...content.problems,
        ...checkContent(content),
        ...likelyDuplicates(content.cohorts),
        ...datedInTheFuture(content, today),
        ...checkRenamedFrom(content),
        ...ledger.problems,
        ...published,
        ...articles,
      ]).map(inPlainWords),
    ),
  });
}

/**
 * The ledger of published values (content/published.json), when there is
 * one: a content folder that was never published has none, and nothing to keep.
 */
export function readLedger(
  root: string,
  contentDir: string,
): { ledger?: Ledger; problems: Problem[] } {
  const path = join(contentDir, LEDGER_FILE);
  if (!existsSync(path)) return { problems: [] };
  const file = displayPath(root, path);
  const broken = (detail: string): { problems: Problem[] } => ({
    problems: [
      {
        file,
        code: 'ledger-invalid',
        message: {
          id: `Catatan nilai yang sudah terbit tidak dapat dibaca (${detail}).`,
          en: `The record of published values cannot be read (${detail}).`,
        },
        fix: {
          id: 'Berkas ini ditulis oleh `npm run publish`, bukan dengan tangan: kembalikan versinya dari git (git checkout -- content/published.json).',
          en: 'This file is written by `npm run publish`, not by hand: restore it from git (git checkout -- content/published.json).',
        },
      },
    ],
  });
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return broken('bukan JSON yang sah / not valid JSON');
  }
  const parsed = ledgerSchema.safeParse(json);
  if (!parsed.success) return broken(parsed.error.issues[0]?.path.join('.') || 'format');
  return { ledger: parsed.data, problems: [] };
}

/**
 * One message per field where a term is not in its vocabulary: the
 * vocabulary message (which names the valid keys, "Urban Planning" → urban-planning)
 * replaces the schema's generic "not a valid key" for the same field, and the
 * quote-length message (letters and digits, with the minimum) replaces the
 * schema's character count for the same quote.
 */
export function supersede(problems: readonly Problem[]): Problem[] {
  const at = (code: string) =>
    new Set(problems.filter((p) => p.code === code).map((p) => `${p.file}\0${p.field ?? ''}`));
  const vocab = at('vocabulary-term-unknown');
  const shortQuote = at('quote-too-short');
  return problems.filter((p) => {
    const key = `${p.file}\0${p.field ?? ''}`;
    if (p.code.startsWith('schema-') && vocab.has(key)) return false;
    return !(p.code === 'schema-too-small' && shortQuote.has(key));
  });
}

/**
 * A fingerprint of every file under `dir` (path, size, change time): equal
 * fingerprints mean the check would read the same files. Unreadable entries
 * count with what can be said of them; the check itself reports them.
 */
export function contentFingerprint(dir: string): string {
  const parts: string[] = [];
  const walk = (path: string, depth: number): void => {
    let names: string[];
    try {
      names = readdirSync(path).sort();
    } catch {
      parts.push(`${path}:?`);
      return;
    }
    for (const name of names) {
      const full = join(path, name);
      try {
        const s = lstatSync(full);
        parts.push(`${full}:${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}`);
        if (s.isDirectory() && depth < 32) walk(full, depth + 1);
      } catch {
        parts.push(`${full}:?`);
      }
    }
  };
  walk(dir, 0);
  return parts.join('\n');
}

interface SharedCheck {
  key: string;
  result: CheckResult;
}

/**
 * Where `checkOnce` keeps its last result. Astro loads the integrations and
 * the content loaders as separate module instances in one process; a global
 * slot lets them share one check of unchanged content.
 */
const SLOT = Symbol.for('jejak-scp.content-check');
const shared = globalThis as { [SLOT]?: SharedCheck | undefined };

/**
 * `runCheck`, run again only when a file under the content folder changed
 * since the last call in this process: a build validates its content once,
 * and `astro dev` once per edit.
 */
export function checkOnce(
  root: string,
  contentDir: string,
  options: LoadOptions = {},
): CheckResult {
  const key = `${root}\0${contentDir}\0${contentFingerprint(contentDir)}`;
  const last = shared[SLOT];
  if (last?.key === key) return last.result;
  const result = runCheck(root, contentDir, undefined, options);
  shared[SLOT] = { key, result };
  return result;
}

/** Where the content loaders keep the read they share (src/loaders/content-loader.ts). */
export const LOADER_SNAPSHOT = Symbol.for('jejak-scp.content-snapshot');

/**
 * Let go of the check's result, the content loaders' shared read and the
 * files kept in memory. A build calls this once its content is in Astro's
 * data store (`astro:build:start`): nothing reads them afterwards, and the
 * pages are then rendered without that memory held. A later `checkOnce`
 * simply checks again.
 */
export function releaseCheck(): void {
  shared[SLOT] = undefined;
  (globalThis as { [LOADER_SNAPSHOT]?: unknown })[LOADER_SNAPSHOT] = undefined;
  clearMemoryCache();
}
