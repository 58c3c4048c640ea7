import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { useFixtureDirs } from '../helpers/files.ts';
import { checkBudgets, formatTable } from '../../scripts/budgets.ts';
import { PAGE_BUDGETS } from '../../scripts/budgets/page-weight.ts';

/** A dist folder in a temporary directory with the given files. */
const fixture = useFixtureDirs('budgets-');

const gz = (text: string): number => gzipSync(text, { level: 9 }).length;
const page = (head = '', body = ''): string =>
  `<!doctype html><html lang="id"><head><title>T</title>${head}</head><body><h1>J</h1>${body}</body></html>`;

describe('checkBudgets', () => {
  it('weighs HTML plus linked and imported stylesheets, each gzipped', () => {
    const html = page('<link rel="stylesheet" href="/_astro/a.css">');
    const a = '@import "b.css";body{color:red}';
    const b = 'p{margin:0}';
    const dir = fixture({ 'tentang/index.html': html, '_astro/a.css': a, '_astro/b.css': b });
    const { pages, problems } = checkBudgets(dir);
    expect(problems).toEqual([]);
    expect(pages).toEqual([
      {
        file: 'tentang/index.html',
        type: 'other',
        htmlBytes: Buffer.byteLength(html),
        htmlGzip: gz(html),
        cssGzip: gz(a) + gz(b),
        scripts: 0,
        jsGzip: 0,
      },
    ]);
    expect(formatTable(pages)).toContain('tentang/index.html');
  });

  it('follows the JavaScript a search page loads, including pagefind.js from its bundle', () => {
    const entry = 'import("./ui.js")';
    const ui = 'import{t}from"./entry.js";import(`${b}pagefind.js`)';
    const runtime = 'export const search=1';
    const dir = fixture({
      'cari/index.html': page(
        '<script type="module" src="/_astro/entry.js"></script>',
        '<div data-search data-bundle="/pagefind/"></div>',
      ),
      '_astro/entry.js': entry,
      '_astro/ui.js': ui,
      'pagefind/pagefind.js': runtime,
    });
    const { pages, problems } = checkBudgets(dir);
    expect(problems).toEqual([]);
    expect(pages[0]?.jsGzip).toBe(gz(entry) + gz(ui) + gz(runtime));
  });

  it('reports a script on a page outside the allowlist, a missing stylesheet and a page over budget', () => {
    const big = Array.from({ length: 40_000 }, (_, i) => `<p>${(i * 7919) % 100_003}</p>`).join('');
    const dir = fixture({
      'index.html': page('<script>alert(1)</script><link rel="stylesheet" href="/gone.css">'),
      'angkatan/x/index.html': page('', big),
    });
    const { problems } = checkBudgets(dir);
    expect(problems.map((p) => p.file)).toEqual([
      'angkatan/x/index.html',
      'index.html',
      'index.html',
    ]);
    expect(problems[0]?.message).toMatch(
      new RegExp(`^cohort page weighs \\d+ B .* budget of ${PAGE_BUDGETS.cohort} B`),
    );
    expect(problems.slice(1).map((p) => p.message)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^cannot weigh \/gone.css: no file gone.css in dist$/),
        expect.stringMatching(/^loads JavaScript/),
      ]),
    );
  });
});
