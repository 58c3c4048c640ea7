/**
 * node scripts/gen-corpus.ts --articles=N --out=DIR [--seed=S] [--addition]
 *
 * Writes a synthetic content folder (articles, cohorts, claims, context
 * events, vocabularies and the site profile of a fictional city; see
 * scripts/bench/corpus.ts) into DIR, which must
 * not exist or be empty. With --addition, writes only the one extra article
 * and cohort the benchmark adds for its incremental rebuild. Never point it
 * at the project's own content/.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { generateAddition, generateCorpus, type Corpus } from './bench/corpus.ts';

/** Write a corpus's files under `dir` (created when missing). */
export function writeCorpus(corpus: Corpus, dir: string): void {
  for (const [path, text] of corpus.files) {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
}

function option(name: string): string | undefined {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg?.slice(name.length + 3);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const articles = Number(option('articles') ?? '1000');
  const seed = Number(option('seed') ?? '1');
  const out = option('out');
  if (!out || !Number.isInteger(articles) || articles < 1) {
    process.stderr.write('usage: node scripts/gen-corpus.ts --articles=N --out=DIR [--seed=S]\n');
    process.exit(2);
  }
  const dir = resolve(out);
  const project = resolve(import.meta.dirname, '..', 'content');
  if (dir === project || dir.startsWith(`${project}/`)) {
    process.stderr.write('gen-corpus: refusing to write into the project content/ folder\n');
    process.exit(2);
  }
  const addition = process.argv.includes('--addition');
  if (!addition && existsSync(dir) && readdirSync(dir).length > 0) {
    process.stderr.write(`gen-corpus: ${dir} is not empty\n`);
    process.exit(2);
  }
  const corpus = addition
    ? generateAddition({ articles, seed })
    : generateCorpus({ articles, seed });
  writeCorpus(corpus, dir);
  const c = corpus.counts;
  process.stdout.write(
    `gen-corpus: ${c.articles} articles, ${c.cohorts} cohorts, ${c.claims} claims, ${c.context} context events → ${dir}\n`,
  );
}
