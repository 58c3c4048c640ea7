/**
 * The projects the benchmark builds, each in its own folder of the run's
 * temp folder: a snapshot of this project's code, the site built from it on
 * a generated corpus, and a bare Astro project rendering the same article
 * files, for comparison.
 */
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { NODE, type BenchEnv, type Timed } from './run.ts';

/** What is copied into the snapshot: the code and configuration a build reads. */
const SNAPSHOT = [
  'src',
  'public',
  'scripts',
  'astro.config.mjs',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
] as const;

const astroBin = (root: string): string => join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');

/**
 * Copies the project's code at `root` into `dir` as it is now (node_modules
 * linked, not copied) and returns `dir`: edits made during a long run neither
 * change what is measured halfway nor invalidate the incremental cache, and
 * the builds' own files (.astro/) stay out of the working tree.
 */
export function snapshot(root: string, dir: string): string {
  for (const name of SNAPSHOT) {
    if (existsSync(join(root, name)))
      cpSync(join(root, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

export interface SiteProject {
  /** The folder the site is built into. */
  out: string;
  /** Its cache folder (Astro's cacheDir: the incremental-build manifest and copies). */
  cache: string;
  /** Builds the site, from scratch when `cold` (incremental cache cleared). */
  build(label: string, cold: boolean): Timed;
}

/** The site, built from `corpus` into dir/out with its own cache in dir/cache, through a config that extends ours. */
export function siteProject(dir: string, corpus: string, env: BenchEnv): SiteProject {
  const cache = join(dir, 'cache');
  const out = join(dir, 'out');
  const config = join(dir, 'astro.config.mjs');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    config,
    `import base from ${JSON.stringify(join(env.project, 'astro.config.mjs'))};\n` +
      `export default { ...base, cacheDir: ${JSON.stringify(cache)}, outDir: ${JSON.stringify(out)},\n` +
      `  vite: { ...base.vite, cacheDir: ${JSON.stringify(join(dir, 'vite'))} } };\n`,
  );
  // The prerender chunks in out/.prerender import packages: they resolve through this link.
  symlinkSync(join(env.root, 'node_modules'), join(dir, 'node_modules'));
  // Astro resolves --config against the root. The build runs in `dir`: with an outDir outside the
  // working directory, Astro would put its prerender chunks in ./.astro/ of the project, shared with
  // any other build running there.
  const command = [
    NODE,
    astroBin(env.root),
    'build',
    '--root',
    env.project,
    '--config',
    relative(env.project, config),
  ];
  return {
    out,
    cache,
    build(label: string, cold: boolean): Timed {
      if (cold) for (const d of [cache, out]) rmSync(d, { recursive: true, force: true });
      return env.timed(label, command, { cwd: dir, env: { JEJAK_CONTENT_DIR: corpus } });
    },
  };
}

/** A bare Astro project: one page per article, glob() loader over the same .md files, default everything. */
export function bareProject(
  dir: string,
  corpus: string,
  env: BenchEnv,
): { build(label: string): Timed } {
  const cache = join(dir, 'cache');
  const out = join(dir, 'out');
  const files: Record<string, string> = {
    'package.json': '{ "name": "bare-bench", "private": true, "type": "module" }\n',
    'astro.config.mjs':
      "import { defineConfig } from 'astro/config';\n" +
      `export default defineConfig({ cacheDir: ${JSON.stringify(cache)}, outDir: ${JSON.stringify(out)},\n` +
      `  devToolbar: { enabled: false }, vite: { cacheDir: ${JSON.stringify(join(dir, 'vite'))} } });\n`,
    'src/content.config.ts':
      "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\n" +
      'export const collections = {\n' +
      `  articles: defineCollection({ loader: glob({ pattern: '**/*.md', base: ${JSON.stringify(join(corpus, 'articles'))} }) }),\n};\n`,
    'src/pages/[...slug].astro':
      "---\nimport { getCollection, render } from 'astro:content';\n" +
      'export async function getStaticPaths() {\n' +
      "  const entries = await getCollection('articles');\n" +
      '  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));\n}\n' +
      'const { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n' +
      '<html lang="id"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head>\n' +
      '<body><main><h1>{entry.data.title}</h1><Content /></main></body></html>\n',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  symlinkSync(join(env.root, 'node_modules'), join(dir, 'node_modules'));
  return {
    build(label: string): Timed {
      for (const d of [cache, out]) rmSync(d, { recursive: true, force: true });
      return env.timed(label, [NODE, astroBin(env.root), 'build'], { cwd: dir });
    },
  };
}
