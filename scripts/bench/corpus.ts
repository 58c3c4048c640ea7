/**
 * A synthetic but realistic corpus for the scale benchmark: N articles with
 * Indonesian-like bodies, and the cohorts, claims and context events they
 * report, each citing passages that really occur in its articles — the
 * corpus passes `npm run check` with no problem. Pure and deterministic: the
 * same options give the same files, byte for byte.
 *
 * Stories, not independent files: a held cohort has a report published after
 * the training (and often a send-off article before it, sometimes a
 * republication of the report); planned and announced cohorts have one
 * article; claims ride along in reports or come in news items of their own;
 * a few articles are context events or cite nothing. Years, themes,
 * programmes and places are drawn with realistic, skewed weights. The city
 * is fictional (./city.ts), and the corpus carries its site profile.
 */
import { claimStory } from './claim-story.ts';
import { BENCH_PROFILE } from './city.ts';
import { cohortStory } from './cohort-story.ts';
import { declareDistinct } from './distinct.ts';
import { contextStory, plainStory } from './context-story.ts';
import { createRandom } from './random.ts';
import { VOCABULARIES, type WeightedTerm } from './vocabularies.ts';
import { CorpusWriter, yaml, type CorpusCounts } from './writer.ts';

export interface CorpusOptions {
  /** Number of articles. */
  articles: number;
  seed?: number;
  /** First and last year of publication (default 2012–2025). */
  firstYear?: number;
  lastYear?: number;
}

export interface Corpus {
  /** File text by path relative to content/ ("articles/x.md"). */
  files: Map<string, string>;
  counts: CorpusCounts;
}

/** The vocabulary files (content/vocabularies/<name>.yaml), without the weights. */
function vocabularyFiles(files: Map<string, string>): void {
  for (const [name, terms] of Object.entries(VOCABULARIES)) {
    const data = Object.fromEntries(
      (terms as readonly WeightedTerm[]).map(({ key, label, terms: words, website, body }) => [
        key,
        { label, terms: words, ...(website ? { website } : {}), ...(body ? { body } : {}) },
      ]),
    );
    files.set(`vocabularies/${name}.yaml`, yaml(data));
  }
}

/** Each year from `first` to `last` weighted by its rank, later years more likely. */
function yearWeights(first: number, last: number): [number, number][] {
  return Array.from({ length: last - first + 1 }, (_, i) => [first + i, i + 2]);
}

/** Generate a corpus of `options.articles` articles with the records they report. */
export function generateCorpus(options: CorpusOptions): Corpus {
  const g = writeStories(options);
  for (const id of declareDistinct(g.cohorts)) g.rewriteCohort(id);
  vocabularyFiles(g.files);
  g.files.set('site.yaml', yaml(BENCH_PROFILE));
  return { files: g.files, counts: g.counts };
}

/** The stories of a corpus of `options.articles` articles, as written by one writer. */
function writeStories(options: CorpusOptions): CorpusWriter {
  const first = options.firstYear ?? 2012;
  const last = options.lastYear ?? 2025;
  const g = new CorpusWriter(createRandom(options.seed ?? 1), yearWeights(first, last));
  const r = createRandom((options.seed ?? 1) ^ 0x5bd1e995);
  while (g.counts.articles < options.articles) {
    const left = options.articles - g.counts.articles;
    const story =
      left < 4
        ? r.weighted([
            ['planned', 1],
            ['claims', 1],
            ['plain', 1],
          ] as const)
        : r.weighted([
            ['held', 55],
            ['planned', 14],
            ['announced', 5],
            ['claims', 7],
            ['context', 3],
            ['plain', 16],
          ] as const);
    if (story === 'held' || story === 'planned' || story === 'announced') cohortStory(g, story);
    else if (story === 'claims') claimStory(g);
    else if (story === 'context') contextStory(g);
    else plainStory(g);
  }
  return g;
}

/**
 * The files of one more press release and the cohort it reports, to add to
 * a generated corpus (the incremental-build measurement): dated in the
 * corpus's last year, with ids no generated corpus uses.
 */
export function generateAddition(options: CorpusOptions): Corpus {
  const last = options.lastYear ?? 2025;
  const g = new CorpusWriter(createRandom((options.seed ?? 1) ^ 0x2545f491), [[last, 1]]);
  for (let i = 0; i < 50_000; i++) g.nextSeq();
  cohortStory(g, 'planned', last);
  // The new cohort declares the corpus's cohorts it would be taken for, as an editor would.
  const all = new Map([...writeStories(options).cohorts, ...g.cohorts]);
  for (const id of declareDistinct(all, new Set(g.cohorts.keys()))) g.rewriteCohort(id);
  return { files: g.files, counts: g.counts };
}
