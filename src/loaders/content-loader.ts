/**
 * Astro content-layer loaders over the content check (`checkOnce`, the same
 * function as `npm run check`): Astro's collections hold exactly the entries
 * the check validates, and the problems they log are exactly its problems.
 *
 * Contract of every loader here:
 * - all loaders of one sync share one read of content/ (see `snapshot`);
 * - every problem in a file of the loader's own collection — cross-entry ones
 *   too, such as a quote no longer found after an edit — is logged with
 *   `logger.warn`, and an entry invalid on its own is skipped, never thrown, so that
 *   `astro dev` keeps running while an editor fixes a file (the build is
 *   stopped earlier, by the content-check integration);
 * - entries are stored after `parseData`, with a digest of what the check
 *   read; an entry whose digest is unchanged is neither parsed nor stored
 *   again (store.ts), so a save costs what the saved file changed; `data`
 *   is plain JSON;
 * - in dev, a file added, changed or removed under the collection's folder
 *   reloads the collection, so a saved file shows at once; reloads run one
 *   after another, and each logs one line (`reloaded`) with what it changed.
 *
 * Articles keep their raw Markdown `body` and are not rendered by Astro;
 * pages render it with `renderArticleBody` (src/lib/markdown/render.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { checkOnce } from '../lib/check/index.ts';
import { formatProblem, type Problem } from '../lib/check/problem.ts';
import { entryCollections, vocabulariesSpec } from '../lib/content/collections.ts';
import type { LoadedContent } from '../lib/content/load.ts';
import { contentDir } from '../lib/content/location.ts';
import { siteProfileSpec } from '../lib/content/profile.ts';
import { displayPath } from '../lib/content/read.ts';
import type { VocabularyName } from '../schemas/vocabulary.ts';
import { storeChanged, type RawStoredEntry, type StoreCounts } from './store.ts';

/** Collections with one file per entry. */
export type EntryCollectionName = 'articles' | 'cohorts' | 'claims' | 'context';

/** Wait after the last file event before reloading (editors often write twice). */
const RELOAD_DELAY_MS = 50;

/** One read of content/, numbered so each loader can tell whether it has seen it. */
interface Snapshot {
  generation: number;
  root: string;
  content: LoadedContent;
  /** Every problem of this read, cross-entry ones included (a quote not found after an edit). */
  problems: Problem[];
}

let snapshot: Snapshot | undefined;
let generation = 0;

/**
 * The current read of the content folder (`contentDir(root)`). A loader that asks again for a read it
 * has already consumed starts a new sync round, so it gets a fresh read;
 * loaders that have not yet seen the current read share it. Reading is
 * synchronous, so concurrent loaders cannot race into two reads.
 */
function currentContent(root: string, lastSeen: number | undefined): Snapshot {
  if (snapshot === undefined || snapshot.root !== root || snapshot.generation === lastSeen) {
    generation += 1;
    const { content, problems } = checkOnce(root, contentDir(root));
    snapshot = { generation, root, content, problems };
  }
  return snapshot;
}

/** Forget the current read (a file under content/ changed). */
function invalidate(): void {
  snapshot = undefined;
}

/** What distinguishes one collection's loader from another's. */
interface CollectionSource {
  /** Whether a file (project-relative, forward slashes, as in problems) belongs to this collection. */
  owns(file: string, root: string): boolean;
  /** The valid entries of this collection in a read of content/. */
  entries(content: LoadedContent, root: string): RawStoredEntry[];
}

/** Reload the collection whenever one of its files is added, changed or removed (dev only). */
function watchContent(
  context: LoaderContext,
  root: string,
  source: CollectionSource,
  reload: () => Promise<void>,
): void {
  const { watcher, logger } = context;
  if (!watcher) return;
  watcher.add(contentDir(root));
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Reloads run one after another, so an older read can never overwrite a newer one.
  let queue: Promise<void> = Promise.resolve();
  const onFileEvent = (path: string): void => {
    if (!source.owns(displayPath(root, path), root)) return;
    invalidate();
    clearTimeout(timer);
    timer = setTimeout(() => {
      queue = queue.then(reload).catch((error: unknown) => {
        logger.error(error instanceof Error ? error.message : String(error));
      });
    }, RELOAD_DELAY_MS);
  };
  watcher.on('add', onFileEvent);
  watcher.on('change', onFileEvent);
  watcher.on('unlink', onFileEvent);
}

/** The line logged after a reload in dev: what changed in the store, and how long it took. */
export function reloaded(counts: StoreCounts, ms: number): string {
  const { stored, deleted, unchanged } = counts;
  const time = `${Math.round(ms)} ms`;
  return (
    `Dimuat ulang: ${stored} entri diperbarui, ${deleted} dihapus, ${unchanged} tetap (${time}). ` +
    `(Reloaded: ${stored} updated, ${deleted} removed, ${unchanged} unchanged.)`
  );
}

function createLoader(source: CollectionSource): Loader {
  let lastSeen: number | undefined;
  /** Digest of each entry this loader parsed (see store.ts). */
  const parsed = new Map<string, string>();
  return {
    name: 'jejak-scp-content',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const sync = async (): Promise<StoreCounts> => {
        const { generation: seen, content, problems } = currentContent(root, lastSeen);
        lastSeen = seen;
        for (const problem of problems) {
          if (source.owns(problem.file, root)) context.logger.warn(formatProblem(problem));
        }
        return storeChanged(context, source.entries(content, root), parsed);
      };
      await sync();
      watchContent(context, root, source, async () => {
        const started = performance.now();
        context.logger.info(reloaded(await sync(), performance.now() - started));
      });
    },
  };
}

/**
 * Loader of a collection with one file per entry under content/<collection>/
 * (Markdown articles, YAML cohorts, claims and context events). The entry id
 * is the file name without extension.
 */
export function entriesLoader(collection: EntryCollectionName): Loader {
  const { dir } = entryCollections[collection];
  return createLoader({
    owns: (file, root) => file.startsWith(`${displayPath(root, join(contentDir(root), dir))}/`),
    entries: (content) =>
      collection === 'articles'
        ? content.articles.map((a) => ({ id: a.id, file: a.file, data: a.data, body: a.body }))
        : content[collection].map((e) => ({ id: e.id, file: e.file, data: e.data })),
  });
}

/**
 * Loader of one controlled vocabulary, content/vocabularies/<name>.yaml: one
 * entry per term, with the term key as id.
 */
export function vocabularyLoader(name: VocabularyName): Loader {
  /** The file names this vocabulary may have, project-relative, preferred first. */
  const files = (root: string): string[] =>
    vocabulariesSpec.extensions.map((ext) =>
      displayPath(root, join(contentDir(root), vocabulariesSpec.dir, `${name}${ext}`)),
    );
  return createLoader({
    owns: (file, root) => files(root).includes(file),
    entries: (content, root) => {
      // loadContent reads name.yaml before name.yml (and reports the second as a duplicate).
      const candidates = files(root);
      const file = candidates.find((f) => existsSync(join(root, f))) ?? candidates[0] ?? name;
      return [...content.vocabularies[name]].map(([key, term]) => ({ id: key, file, data: term }));
    },
  });
}

/**
 * Loader of the site profile, content/site.yaml: one entry, id "site", or
 * none while the profile is missing or invalid.
 */
export function profileLoader(): Loader {
  const files = (root: string): string[] =>
    siteProfileSpec.extensions.map((ext) =>
      displayPath(root, join(contentDir(root), `${siteProfileSpec.name}${ext}`)),
    );
  return createLoader({
    owns: (file, root) => files(root).includes(file),
    entries: (content) =>
      content.profile
        ? [{ id: content.profile.id, file: content.profile.file, data: content.profile.data }]
        : [],
  });
}
