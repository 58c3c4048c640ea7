/**
 * The search index step: Pagefind indexes every page of a folder and writes
 * its bundle to pagefind/ itself, without the prebuilt UI files the site
 * does not use.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSearchIndex, isUnusedBundleFile } from '../../src/integrations/search.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const page = (lang: string, title: string): string =>
  `<!doctype html><html lang="${lang}"><head><title>${title}</title></head>` +
  `<body><main data-pagefind-body><h1>${title}</h1><p>Contoh latihan: pelatihan tata kota.</p></main></body></html>`;

describe('buildSearchIndex', () => {
  it('indexes every page and writes the bundle the search page loads, without the unused UIs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jejak-search-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'en', 'b'), { recursive: true });
    writeFileSync(join(dir, 'a', 'index.html'), page('id', 'Angkatan latihan'));
    writeFileSync(join(dir, 'en', 'b', 'index.html'), page('en', 'Practice cohort'));
    expect(await buildSearchIndex(dir)).toBe(2);
    const written = readdirSync(join(dir, 'pagefind'));
    expect(written).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-entry.json']));
    expect(existsSync(join(dir, 'pagefind', 'index'))).toBe(true);
    expect(written.filter(isUnusedBundleFile)).toEqual([]);
  }, 60_000);
});
