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
 * - entries are stored after `parseData`, with a digest; `data` is plain JSON;
 * - in dev, a file added, changed or removed under the collection's folder
 *   reloads the collection, so a saved file shows at once.
 *
 * Articles keep their raw Markdown `body` and are not rendered by Astro;
 * pages render it with `renderArticleBody` (src/lib/markdown/render.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
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

/** An entry as handed to the store, before `parseData`. */
interface RawStoredEntry {
  id: string;
  /** Path relative to the project root, forward slashes. */
  file: string;
  data: Record<string, unknown>;
  /** Raw Markdown body (articles only). */
  body?: string;
}

/** What distinguishes one collection's loader from another's. */
interface CollectionSource {
  /** Whether a file (project-relative, forward slashes, as in problems) belongs to this collection. */
  owns(file: string, root: string): boolean;
  /** The valid entries of this collection in a read of content/. */
  entries(content: LoadedContent, root: string): RawStoredEntry[];
}

/** Store `entries` as the whole collection: changed ones are updated, vanished ones deleted. */
async function storeAll(context: LoaderContext, entries: readonly RawStoredEntry[]): Promise<void> {
  const { store, logger } = context;
  const kept = new Set<string>();
  for (const entry of entries) {
    let data: Record<string, unknown>;
    try {
      data = await context.parseData({ id: entry.id, data: entry.data, filePath: entry.file });
    } catch (error) {
      logger.warn(`${entry.file}\n  ✗ ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    kept.add(entry.id);
    store.set({
      id: entry.id,
      data,
      filePath: entry.file,
      digest: context.generateDigest(entry.body === undefined ? data : { data, body: entry.body }),
      ...(entry.body === undefined ? {} : { body: entry.body }),
    });
  }
  for (const id of store.keys()) {
    if (!kept.has(id)) store.delete(id);
  }
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

function createLoader(source: CollectionSource): Loader {
  let lastSeen: number | undefined;
  return {
    name: 'jejak-scp-content',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const sync = async (): Promise<void> => {
        const { generation: seen, content, problems } = currentContent(root, lastSeen);
        lastSeen = seen;
        for (const problem of problems) {
          if (source.owns(problem.file, root)) context.logger.warn(formatProblem(problem));
        }
        await storeAll(context, source.entries(content, root));
      };
      await sync();
      watchContent(context, root, source, sync);
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
