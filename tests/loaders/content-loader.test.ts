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
): Promise<{ warnings: string[]; ids: string[] }> {
  const warnings: string[] = [];
  const store = new Map<string, unknown>();
  const context = {
    config: { root: pathToFileURL(`${root}/`) },
    logger: { warn: (m: string) => warnings.push(m), error: () => {}, info: () => {} },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    generateDigest: () => 'digest',
    store: {
      set: ({ id, data }: { id: string; data: unknown }) => store.set(id, data),
      keys: () => [...store.keys()],
      delete: (id: string) => store.delete(id),
    },
  } as unknown as LoaderContext;
  await loader.load(context);
  return { warnings, ids: [...store.keys()] };
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
    expect(ids).toEqual(['2019-02-smart-city']);
  });

  it('store the site profile as one entry, and log its problems', async () => {
    corpus = makeCorpus();
    expect(await runLoader(profileLoader(), corpus.root)).toEqual({ warnings: [], ids: ['site'] });
    corpus.cleanup();
    corpus = makeCorpus({ 'site.yaml': 'name: Jejak SCP\n' });
    const broken = await runLoader(profileLoader(), corpus.root);
    expect(broken.ids).toEqual([]);
    expect(broken.warnings.sort()).toEqual(
      runCheck(corpus.root, corpus.content)
        .problems.filter((p) => p.file === 'content/site.yaml')
        .map(formatProblem)
        .sort(),
    );
    expect(broken.warnings).not.toEqual([]);
  });
});
