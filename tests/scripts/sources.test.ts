/**
 * scripts/sources.ts run as `npm run sources` runs it, on a temporary copy of
 * the real content whose article addresses point at a local server: exit 0
 * when every page is there, 1 with the report when one changed, moved or is
 * gone, 2 on bad usage; the JSON report written; the content left as it was.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlePlainText } from '../../src/lib/content/markdown.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { renderArticleBody } from '../../src/lib/markdown/render.ts';
import { watchItems } from '../../src/lib/sources/items.ts';
import { normalizeText } from '../../src/lib/text/normalize.ts';
import { PROJECT_ROOT, REAL_CONTENT } from '../helpers/corpus.ts';
import { startFixtureServer, type FixtureServer, type Page } from './sources/fixture-server.ts';

const script = join(PROJECT_ROOT, 'scripts', 'sources.ts');

function run(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [script, ...args],
      { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 20_000 },
      (error, stdout, stderr) => {
        done({
          status: error ? (typeof error.code === 'number' ? error.code : -1) : 0,
          stdout,
          stderr,
        });
      },
    );
  });
}

const escape = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');
const page = (body: string): Page => ({
  headers: { 'content-type': 'text/html; charset=utf-8' },
  body,
});

/** Every file under a folder with its text, to compare before and after. */
function snapshot(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) =>
    d.isFile(),
  );
  return Object.fromEntries(
    files.map((d) => [
      join(d.parentPath, d.name),
      readFileSync(join(d.parentPath, d.name), 'utf8'),
    ]),
  );
}

describe('scripts/sources.ts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jejak-sources-'));
  const content = join(dir, 'content');
  const items = watchItems(loadContent(PROJECT_ROOT, REAL_CONTENT)).filter(
    (i) => i.url !== 'unknown',
  );
  let server: FixtureServer;

  /** Point each checkable article at `/<case>/<id>`. */
  function pointAt(cases: Record<string, string>): void {
    for (const item of items) {
      const file = join(content, 'articles', `${item.id}.md`);
      const text = readFileSync(file, 'utf8').replace(
        /^url: .*$/mu,
        `url: ${server.origin}/${cases[item.id] ?? 'same'}/${item.id}`,
      );
      writeFileSync(file, text);
    }
  }

  beforeAll(async () => {
    cpSync(REAL_CONTENT, content, { recursive: true });
    const loaded = loadContent(PROJECT_ROOT, content);
    const pages: Record<string, Page> = {};
    for (const a of loaded.articles) {
      pages[`/same/${a.id}`] = page(`<h1>${escape(a.data.title)}</h1>${renderArticleBody(a.body)}`);
      const first = normalizeText(items.find((i) => i.id === a.id)?.quotes[0] ?? '');
      const cut = normalizeText(articlePlainText(a.body)).replace(first, '');
      pages[`/changed/${a.id}`] = page(`<h1>${escape(a.data.title)}</h1><p>${escape(cut)}</p>`);
      pages[`/moved/${a.id}`] = { status: 301, headers: { location: `/same/${a.id}` } };
    }
    server = await startFixtureServer(pages);
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('exits 0 when every original is still there with every passage', async () => {
    pointAt({});
    const json = join(dir, 'ok.json');
    const result = await run([
      `--content=${content}`,
      `--json=${json}`,
      '--delay=0.01',
      '--timeout=5',
    ]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(
      `${items.length} masih ada (still there), 1 tanpa alamat (not checkable).`,
    );
    expect(result.status).toBe(0);
    const report = JSON.parse(readFileSync(json, 'utf8')) as {
      userAgent: string;
      articles: { status: string }[];
    };
    expect(report.userAgent).toMatch(/-SourceWatch\/1\.0 \(\+https:\/\//u);
    expect(report.articles.map((a) => a.status).sort()).toEqual(
      [...items.map(() => 'ok'), 'not-checkable'].sort(),
    );
  });

  it('exits 1 and reports the changed, moved and gone ones, without touching content', async () => {
    const [a, b, c] = items.map((i) => i.id);
    pointAt({ [a as string]: 'changed', [b as string]: 'moved', [c as string]: 'gone' });
    const before = snapshot(content);
    const json = join(dir, 'bad.json');
    const result = await run([
      `--content=${content}`,
      `--json=${json}`,
      '--delay=0.01',
      '--timeout=5',
    ]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(new RegExp(`\\[BERUBAH / CHANGED\\] \\S*${a}\\.md`, 'u'));
    const report = JSON.parse(readFileSync(json, 'utf8')) as {
      articles: { id: string; status: string; missing: string[]; archive?: { url: string } }[];
    };
    const status = Object.fromEntries(report.articles.map((x) => [x.id, x.status]));
    expect([status[a as string], status[b as string], status[c as string]]).toEqual([
      'changed',
      'moved',
      'gone',
    ]);
    const changed = report.articles.find((x) => x.id === a);
    expect(changed?.missing).toContain(items[0]?.quotes[0]);
    expect(report.articles.find((x) => x.id === c)?.archive?.url).toMatch(
      /^https:\/\/web\.archive\.org\/web\/\d{4,8}\/http:\/\/127\.0\.0\.1:/u,
    );
    expect(snapshot(content)).toEqual(before);
  });

  it('exits 2 on bad usage, saying why in both languages', async () => {
    const result = await run(['--timeout=never']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Nilai --timeout harus angka lebih dari 0, bukan "never"');
    expect(result.stderr).toContain('(--timeout must be a number above 0');
  });
});
