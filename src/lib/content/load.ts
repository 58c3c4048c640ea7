/**
 * Reads and validates all content under a folder: the one function that
 * turns files into typed entries. The checker, the content loaders of the
 * site and the tests all start here.
 */
import { basename, join } from 'node:path';
import type { Article } from '../../schemas/article.ts';
import type { Claim } from '../../schemas/claim.ts';
import type { Cohort } from '../../schemas/cohort.ts';
import type { ContextEvent } from '../../schemas/context-event.ts';
import type { SiteProfile } from '../../schemas/site-profile.ts';
import type { Problem } from '../check/problem.ts';
import type { Vocabularies } from '../data/types.ts';
import { readerVersion } from './cache-version.ts';
import { entryCollections, vocabulariesSpec } from './collections.ts';
import {
  readCheckedCollection,
  type BodyReading,
  type CheckedEntry,
  type FileRecord,
} from './entry-files.ts';
import { FileCache } from './file-cache.ts';
import { readSiteProfile } from './profile.ts';
import { displayPath, readCollection, type RawEntry } from './read.ts';
import { contentTreeProblems } from './tree.ts';
import { readVocabularies, type VocabularyGaps } from './vocabularies.ts';

export interface Entry<T> {
  id: string;
  file: string;
  data: T;
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

export interface ArticleEntry extends Entry<Article> {
  body: string;
  bodyLine: number;
  /** The body's plain text and unsafe markup, when read with the content. */
  reading?: BodyReading;
}

/** How `loadContent` keeps per-file results; by default in memory only. */
export interface LoadOptions {
  cache?: FileCache<FileRecord>;
  /** Called with each entry file that is parsed rather than found in the cache. */
  onParse?: (file: string) => void;
}

export type { Vocabularies, VocabularyGaps };

export interface LoadedContent {
  articles: ArticleEntry[];
  cohorts: Entry<Cohort>[];
  claims: Entry<Claim>[];
  context: Entry<ContextEvent>[];
  vocabularies: Vocabularies;
  /**
   * Per vocabulary, the keys of terms that failed their schema and whether
   * the file could not be read at all: each is reported in the vocabulary's
   * file, so an entry using such a key is not reported again.
   */
  vocabularyGaps: VocabularyGaps;
  /** The site profile (content/site.yaml); undefined when it is missing or invalid. */
  profile: Entry<SiteProfile> | undefined;
  /** Problems found while reading and validating each file on its own. */
  problems: Problem[];
  /**
   * Entries that were read but failed their schema, as read: the cross-entry
   * check still looks at the parts it can (terms, quotes), so that one run
   * reports every problem of a file, not only its schema errors.
   */
  rejected: RejectedEntry[];
  /** Article ids whose file exists but could not be read or validated, with the file. */
  unreadableArticles: Map<string, string>;
}

/** An entry that failed its schema, with its data as read. */
export interface RejectedEntry extends Entry<unknown> {
  collection: 'articles' | 'cohorts' | 'claims' | 'context';
}

/** The first entry of each id; every later one is reported as a duplicate. */
function firstOfEachId<E extends RawEntry>(raw: readonly E[], problems: Problem[]): E[] {
  const seen = new Map<string, string>();
  return raw.filter((entry) => {
    const earlier = seen.get(entry.id);
    if (earlier) {
      problems.push({
        file: entry.file,
        code: 'id-duplicate',
        message: {
          id: `Id "${entry.id}" sudah dipakai oleh ${earlier}.`,
          en: `Id "${entry.id}" is already used by ${earlier}.`,
        },
        fix: { id: 'Ganti nama salah satu berkas.', en: 'Rename one of the two files.' },
      });
      return false;
    }
    seen.set(entry.id, entry.file);
    return true;
  });
}

/** The entries that passed their schema; each schema problem is added to `problems`. */
function validateAll<T>(
  raw: CheckedEntry[],
  problems: Problem[],
  rejected?: (entry: CheckedEntry) => void,
): { entry: CheckedEntry; data: T }[] {
  const out: { entry: CheckedEntry; data: T }[] = [];
  for (const entry of firstOfEachId(raw, problems)) {
    problems.push(...entry.schemaProblems);
    if (entry.valid) out.push({ entry, data: entry.data as T });
    else rejected?.(entry);
  }
  return out;
}

/** Read and validate every content file under `root/content` (or `contentDir`). */
export function loadContent(
  root: string,
  contentDir = join(root, 'content'),
  options: LoadOptions = {},
): LoadedContent {
  const cache = options.cache ?? new FileCache<FileRecord>(readerVersion());
  const problems: Problem[] = contentTreeProblems(root, contentDir, [
    ...Object.values(entryCollections).map((c) => c.dir),
    vocabulariesSpec.dir,
  ]);
  const rejected: RejectedEntry[] = [];
  const unreadableArticles = new Map<string, string>();
  const read = (spec: (typeof entryCollections)[keyof typeof entryCollections]) => {
    const r = readCheckedCollection(root, contentDir, spec, {
      cache,
      ...(options.onParse ? { onParse: options.onParse } : {}),
    });
    problems.push(...r.problems);
    if (spec === entryCollections.articles)
      for (const p of r.problems)
        if (spec.extensions.some((ext) => p.file.endsWith(ext)))
          unreadableArticles.set(basename(p.file).replace(/\.[^.]+$/, ''), p.file);
    return r.entries;
  };
  const reject =
    (collection: RejectedEntry['collection']) =>
    (entry: CheckedEntry): void => {
      rejected.push({
        collection,
        id: entry.id,
        file: entry.file,
        data: entry.data,
        lineOf: entry.lineOf,
      });
      if (collection === 'articles') unreadableArticles.set(entry.id, entry.file);
    };

  const articles = validateAll<Article>(
    read(entryCollections.articles),
    problems,
    reject('articles'),
  ).map(({ entry, data }): ArticleEntry => ({
    id: entry.id,
    file: entry.file,
    data,
    lineOf: entry.lineOf,
    body: entry.body ?? '',
    bodyLine: entry.bodyLine ?? 1,
    ...(entry.reading ? { reading: entry.reading } : {}),
  }));
  const plain = <T>(name: 'cohorts' | 'claims' | 'context'): Entry<T>[] =>
    validateAll<T>(read(entryCollections[name]), problems, reject(name)).map(({ entry, data }) => ({
      id: entry.id,
      file: entry.file,
      data,
      lineOf: entry.lineOf,
    }));

  const vocabularyFiles = readCollection(root, contentDir, vocabulariesSpec);
  problems.push(...vocabularyFiles.problems);
  const vocab = readVocabularies(
    firstOfEachId(vocabularyFiles.entries, problems),
    vocabularyFiles.problems,
    (name) =>
      vocabulariesSpec.extensions.map((ext) =>
        displayPath(root, join(contentDir, vocabulariesSpec.dir, `${name}${ext}`)),
      ),
  );
  problems.push(...vocab.problems);

  const profile = readSiteProfile(root, contentDir);
  problems.push(...profile.problems);

  const cohorts = plain<Cohort>('cohorts');
  const claims = plain<Claim>('claims');
  const context = plain<ContextEvent>('context');
  cache.save();
  return {
    articles,
    cohorts,
    claims,
    context,
    vocabularies: vocab.vocabularies,
    vocabularyGaps: vocab.gaps,
    profile: profile.entry,
    problems,
    rejected,
    unreadableArticles,
  };
}
