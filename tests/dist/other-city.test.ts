/**
 * The engine names no city of its own: the site built from a second, fictional
 * content folder (tests/fixtures/other-city: its own profile, vocabularies,
 * two practice articles and a cohort) shows that site's name, government and
 * address, and no file of it names the real city or the real site's address.
 *
 * One build, through Astro's API in a child process with JEJAK_CONTENT_DIR
 * set, into temporary folders of its own: its outDir, and its cacheDir (where
 * `experimental.incrementalBuild` keeps incremental-build.json and its copies
 * of pages, and the content layer its data store), so neither dist/ nor the
 * project's build cache (node_modules/.astro) is read or changed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../scripts/verify/site.ts';
import { PROJECT_ROOT } from '../helpers/corpus.ts';
import { OTHER_CITY_CONTENT, otherCityProfile } from '../fixtures/other-city/index.ts';

const work = mkdtempSync(join(tmpdir(), 'jejak-other-city-'));
const outDir = join(work, 'dist');
const profile = otherCityProfile();

/** Files whose text is checked: pages, feeds, sitemaps, data and plain text. */
const TEXT_FILE = /\.(html|xml|json|csv|txt)$/;
/** What the fictional site may not hold anywhere. */
const REAL_SITE = /jambi|jejak-scp\.id/i;
/**
 * The editorial about pages (src/pages/tentang.mdx, en/about.mdx) tell the
 * real site's own story in their prose; only their names come from the profile.
 */
const EDITORIAL = new Set(['tentang/index.html', 'en/about/index.html']);

const read = (file: string): string => readFileSync(join(outDir, file), 'utf8');

beforeAll(() => {
  const script = [
    "import { build } from 'astro';",
    'const [root, outDir, cacheDir] = process.argv.slice(1);',
    "await build({ root, outDir, cacheDir, force: true, logLevel: 'error' });",
  ].join('\n');
  const child = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', script, PROJECT_ROOT, outDir, join(work, 'cache')],
    {
      cwd: PROJECT_ROOT,
      env: { ...process.env, JEJAK_CONTENT_DIR: OTHER_CITY_CONTENT },
      encoding: 'utf8',
    },
  );
  if (child.status !== 0)
    throw new Error(`build of the fictional site failed:\n${child.stdout}\n${child.stderr}`);
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the site built from another profile', () => {
  it('shows that site’s name and government on its home pages', () => {
    const id = read('index.html');
    expect(id).toContain(`<h1>${profile.name}</h1>`);
    expect(id).toContain(`<a class="site-name" href="/">${profile.name}</a>`);
    expect(id).toContain(profile.government.name.id);
    expect(id).toContain(`<title>${profile.name}</title>`);
    const en = read('en/index.html');
    expect(en).toContain(`<h1>${profile.name}</h1>`);
    expect(en).toContain(
      `${profile.city.name.en} civil servants sent to the ${profile.programme.name.en}`,
    );
  });

  it('addresses its pages, feeds and sitemap on that site’s own address', () => {
    expect(read('index.html')).toContain(`<link rel="canonical" href="${profile.url}/">`);
    expect(read('rss.xml')).toContain(`<link>${profile.url}/</link>`);
    expect(read('sitemap-0.xml')).toContain(`<loc>${profile.url}/angkatan/`);
  });

  it('names neither the real city nor the real site’s address in any file', () => {
    const files = listFiles(outDir).filter((f) => TEXT_FILE.test(f));
    expect(files.length).toBeGreaterThan(50);
    const fromPublic = files.filter((f) => existsSync(join(PROJECT_ROOT, 'public', f)));
    const offending = files
      .filter((f) => !EDITORIAL.has(f) && !fromPublic.includes(f))
      .filter((f) => REAL_SITE.test(read(f)));
    expect(offending).toEqual([]);
    // Files copied from public/ as they are (the editors' JSON Schemas of this repository) are not built from the content.
    for (const f of fromPublic)
      expect(read(f), f).toBe(readFileSync(join(PROJECT_ROOT, 'public', f), 'utf8'));
  });

  it('gives the editorial pages that site’s name', () => {
    expect(read('tentang/index.html')).toContain(`<title>Tentang dan metode · ${profile.name}`);
    expect(read('en/about/index.html')).toContain(`What ${profile.name} is,`);
  });
});
