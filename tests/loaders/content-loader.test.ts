import { EventEmitter } from 'node:events';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/lib/check/index.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';
import {
  entriesLoader,
  profileLoader,
  vocabularyLoader,
} from '../../src/loaders/content-loader.ts';
import { vocabularyNames } from '../../src/schemas/vocabulary.ts';
import { CLAIM_TEXT, COHORT_TEXT, makeCorpus, type Corpus } from '../helpers/corpus.ts';

/** Runs one loader over `root` and returns what it logged and the ids it stored. */
async function runLoader(
  loader: ReturnType<typeof profileLoader>,
  root: string,
  watcher?: EventEmitter & { add: () => void },
): Promise<{ warnings: string[]; infos: string[]; parsed: string[]; ids: () => string[] }> {
  const warnings: string[] = [];
  const infos: string[] = [];
  const parsed: string[] = [];
  const store = new Map<string, { digest: string; filePath: string }>();
  const context = {
    config: { root: pathToFileURL(`${root}/`) },
    logger: {
      warn: (m: string) => warnings.push(m),
      error: () => {},
      info: (m: string) => infos.push(m),
    },
    parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => {
      parsed.push(id);
      return data;
    },
    generateDigest: (value: unknown) => JSON.stringify(value),
    store: {
      get: (id: string) => store.get(id),
      set: (entry: { id: string; digest: string; filePath: string }) => store.set(entry.id, entry),
      keys: () => [...store.keys()],
      delete: (id: string) => store.delete(id),
    },
    watcher,
  } as unknown as LoaderContext;
  await loader.load(context);
  return { warnings, infos, parsed, ids: () => [...store.keys()] };
}

/** A stand-in for Vite's file watcher: tests emit its events by hand. */
const fakeWatcher = () => Object.assign(new EventEmitter(), { add: () => {} });

/** Waits until `ok()` holds (a reload runs after a short delay), or fails after 5 s. */
async function settled(ok: () => boolean): Promise<void> {
  for (let waited = 0; !ok(); waited += 20) {
    if (waited > 5000) throw new Error('the loader did not reload');
    await new Promise((done) => setTimeout(done, 20));
  }
}

let corpus: Corpus | undefined;
afterEach(() => corpus?.cleanup());

describe('content loaders and npm run check', () => {
  it('report exactly the same problems for a broken corpus', async () => {
    corpus = makeCorpus({
      // A theme spelt as a label: the check replaces the schema's message by the vocabulary's.
      'cohorts/2019-02-smart-city.yaml': COHORT_TEXT.replace(
        'theme: smart-city-cybersecurity',
        'theme: Smart City',
      ),
      // A quote that is not in the article, and a count that is not a number.
      'claims/bad.yaml': CLAIM_TEXT.replace('Dalam kurun waktu', 'Dalam kurun masa').replace(
        'value: 150',
        'value: banyak',
      ),
      'cohorts/second.yaml': COHORT_TEXT.replace('count: 25', 'count: -3'),
    });
    const { problems } = runCheck(corpus.root, corpus.content);
    expect(problems.length).toBeGreaterThan(3);

    const logged: string[] = [];
    for (const name of ['articles', 'cohorts', 'claims', 'context'] as const)
      logged.push(...(await runLoader(entriesLoader(name), corpus.root)).warnings);
    for (const name of vocabularyNames)
      logged.push(...(await runLoader(vocabularyLoader(name), corpus.root)).warnings);

    expect(logged.sort()).toEqual(problems.map(formatProblem).sort());
  });

  it('store only the entries that passed the check', async () => {
    corpus = makeCorpus({ 'cohorts/second.yaml': COHORT_TEXT.replace('count: 25', 'count: -3') });
    const { ids } = await runLoader(entriesLoader('cohorts'), corpus.root);
    expect(ids()).toEqual(['2019-02-smart-city']);
  });

  it('store the site profile as one entry, and log its problems', async () => {
    corpus = makeCorpus();
    const good = await runLoader(profileLoader(), corpus.root);
    expect(good.warnings).toEqual([]);
    expect(good.ids()).toEqual(['site']);
    corpus.cleanup();
    corpus = makeCorpus({ 'site.yaml': 'name: Jejak SCP\n' });
    const broken = await runLoader(profileLoader(), corpus.root);
    expect(broken.ids()).toEqual([]);
    expect(broken.warnings.sort()).toEqual(
      runCheck(corpus.root, corpus.content)
        .problems.filter((p) => p.file === 'content/site.yaml')
        .map(formatProblem)
        .sort(),
    );
    expect(broken.warnings).not.toEqual([]);
  });

  it('in dev, parse again only the saved file, and drop a removed one', async () => {
    corpus = makeCorpus({ 'cohorts/second.yaml': COHORT_TEXT });
    const watcher = fakeWatcher();
    const run = await runLoader(entriesLoader('cohorts'), corpus.root, watcher);
    expect(run.parsed.sort()).toEqual(['2019-02-smart-city', 'second']);

    const second = join(corpus.content, 'cohorts', 'second.yaml');
    run.parsed.length = 0;
    writeFileSync(second, COHORT_TEXT.replace('count: 25', 'count: 26'));
    watcher.emit('change', second);
    await settled(() => run.infos.length === 1);
    expect(run.parsed).toEqual(['second']);
    expect(run.infos[0]).toContain('1 entri diperbarui, 0 dihapus, 1 tetap');

    rmSync(second);
    watcher.emit('unlink', second);
    await settled(() => run.infos.length === 2);
    expect(run.ids()).toEqual(['2019-02-smart-city']);
    expect(run.infos[1]).toContain('0 entri diperbarui, 1 dihapus, 1 tetap');
  });
});
