/**
 * Prints the source-watch report for the tests' fixture server, as evidence
 * a person can read: `node tests/scripts/sources/fixture-report.ts` (Node 24,
 * e.g. `npx node tests/scripts/sources/fixture-report.ts`). A temporary copy
 * of content/ has its checkable articles pointed at the local server, one
 * per case — still there, changed (its first cited passage removed), moved
 * (a 301), gone (a 404) — and `npm run sources` runs on it. The readable
 * report is printed and written, with the JSON report, to a temporary folder
 * whose path is printed last; content/ is never touched.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { articlePlainText } from '../../../src/lib/content/markdown.ts';
import { loadContent } from '../../../src/lib/content/load.ts';
import { renderArticleBody } from '../../../src/lib/markdown/render.ts';
import { watchItems } from '../../../src/lib/sources/items.ts';
import { normalizeText } from '../../../src/lib/text/normalize.ts';
import { startFixtureServer, type Page } from './fixture-server.ts';

// Not from tests/helpers/corpus.ts, which registers vitest hooks.
const PROJECT_ROOT = join(import.meta.dirname, '..', '..', '..');
const REAL_CONTENT = join(PROJECT_ROOT, 'content');
const CASES = ['same', 'changed', 'moved', 'gone'] as const;
const escape = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');
const page = (body: string): Page => ({
  headers: { 'content-type': 'text/html; charset=utf-8' },
  body,
});

const dir = mkdtempSync(join(tmpdir(), 'jejak-sources-report-'));
const content = join(dir, 'content');
cpSync(REAL_CONTENT, content, { recursive: true });
const loaded = loadContent(PROJECT_ROOT, content);
const items = watchItems(loaded).filter((i) => i.url !== 'unknown');
const pages: Record<string, Page> = {};
for (const a of loaded.articles) {
  const title = `<h1>${escape(a.data.title)}</h1>`;
  pages[`/same/${a.id}`] = page(`${title}${renderArticleBody(a.body)}`);
  const first = normalizeText(items.find((i) => i.id === a.id)?.quotes[0] ?? '');
  const cut = normalizeText(articlePlainText(a.body)).replace(first, '');
  pages[`/changed/${a.id}`] = page(`${title}<p>${escape(cut)}</p>`);
  pages[`/moved/${a.id}`] = { status: 301, headers: { location: `/same/${a.id}` } };
}
const server = await startFixtureServer(pages);
try {
  items.forEach((item, i) => {
    const file = join(content, 'articles', `${item.id}.md`);
    const where = `${server.origin}/${CASES[i % CASES.length] ?? 'same'}/${item.id}`;
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^url: .*$/mu, `url: ${where}`));
  });
  const json = join(dir, 'report.json');
  let report: string;
  try {
    // Asynchronous, so that this process's server can answer meanwhile.
    ({ stdout: report } = await promisify(execFile)(
      process.execPath,
      [
        join(PROJECT_ROOT, 'scripts', 'sources.ts'),
        `--content=${content}`,
        `--json=${json}`,
        '--delay=0.01',
        '--timeout=5',
      ],
      { cwd: PROJECT_ROOT, encoding: 'utf8' },
    ));
  } catch (error) {
    // Exit code 1 means "something changed": the report is still the output.
    report = String((error as { stdout?: unknown }).stdout ?? error);
  }
  writeFileSync(join(dir, 'report.txt'), report);
  process.stdout.write(`${report}\nLaporan / report: ${join(dir, 'report.txt')}, ${json}\n`);
} finally {
  await server.close();
}
