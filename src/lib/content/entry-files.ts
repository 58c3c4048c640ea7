/**
 * Reading and validating the files of one entry collection, each file's
 * result kept by content (file-cache.ts): a file whose bytes did not change
 * is neither parsed nor validated again. The result of a file is what the
 * file alone decides: its reading problems, its data, its schema problems,
 * and for an article the plain text quotes are matched against (its body is
 * cut from the bytes again, which are read for their hash anyway). An entry's `lineOf` parses its file again with positions only
 * when a problem asks for a line, and answers nothing once the file has
 * changed since it was read (a wrong line is worse than none).
 */
import { readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import type { Problem } from '../check/problem.ts';
import { validateEntry } from '../check/schema-issues.ts';
import { listCollection, readEntryBytes, type CollectionFiles } from './folder.ts';
import type { FileCache } from './file-cache.ts';
import { hashBytes } from './file-cache.ts';
import { readArticleBody, type UnsafeMarkup } from './markdown.ts';
import { decodeContent, parseEntryText, splitFrontMatter, type RawEntry } from './read.ts';

/** The plain text of an article body and its unsafe markup, from one parse. */
export interface BodyReading {
  text: string;
  unsafe: UnsafeMarkup[];
}

/** What one file decides on its own; this is what is cached. */
export interface FileRecord {
  /** Problems of reading and parsing the file. */
  problems: Problem[];
  /** Present when the file could be parsed. */
  parsed?: {
    /** The validated value when the schema passed, else the data as read. */
    data: unknown;
    valid: boolean;
    /** The schema's problems (and number-form problems). */
    schemaProblems: Problem[];
    /** Line of the first body line, for an article (its body is cut from the file again). */
    bodyLine?: number;
    /** For an article that passed its schema. */
    reading?: BodyReading;
  };
}

/** A parsed entry with its own schema result. */
export interface CheckedEntry extends RawEntry {
  valid: boolean;
  schemaProblems: Problem[];
  reading?: BodyReading;
}

export interface ReadOptions {
  cache: FileCache<FileRecord>;
  /** Called with each file that is parsed (not found in the cache). */
  onParse?: (file: string) => void;
}

type Spec = CollectionFiles & { schema: z.ZodType };

/** Parse and validate one file's bytes. */
function recordOf(bytes: Uint8Array, file: string, id: string, spec: Spec): FileRecord {
  const decoded = decodeContent(bytes, file);
  if (decoded.text === undefined) return { problems: decoded.problems };
  const parsed = parseEntryText(decoded.text, file, id, spec.kind);
  const problems = [...decoded.problems, ...parsed.problems];
  const entry = parsed.entry;
  if (!entry) return { problems };
  const result = validateEntry(spec.schema, entry.data, file, entry.lineOf, entry.sourceOf);
  const valid = result.value !== undefined;
  const text = spec.kind === 'markdown' && valid ? readArticleBody(entry.body ?? '') : undefined;
  return {
    problems,
    parsed: {
      data: valid ? result.value : entry.data,
      valid,
      schemaProblems: result.problems,
      ...(entry.bodyLine === undefined ? {} : { bodyLine: entry.bodyLine }),
      ...(text ? { reading: text } : {}),
    },
  };
}

/** The Markdown body of a file that was parsed before (so it has front matter). */
function bodyOf(bytes: Uint8Array, file: string): string {
  const text = decodeContent(bytes, file).text;
  return (text === undefined ? undefined : splitFrontMatter(text)?.body) ?? '';
}

/**
 * Lines of a file's fields, read again from the file when first asked;
 * undefined for every field once its bytes no longer have `hash`.
 */
export function lineFinder(
  path: string,
  file: string,
  id: string,
  kind: CollectionFiles['kind'],
  hash: string,
): (fieldPath: readonly PropertyKey[]) => number | undefined {
  let lineOf: RawEntry['lineOf'] | null | undefined;
  const find = (): RawEntry['lineOf'] | null => {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch {
      return null;
    }
    if (hashBytes(bytes) !== hash) return null;
    const text = decodeContent(bytes, file).text;
    return (
      (text === undefined ? undefined : parseEntryText(text, file, id, kind).entry?.lineOf) ?? null
    );
  };
  return (fieldPath) => {
    lineOf ??= find();
    return lineOf === null ? undefined : lineOf(fieldPath);
  };
}

/** Every parsed entry of one collection and every problem of reading its files, in file order. */
export function readCheckedCollection(
  root: string,
  contentDir: string,
  spec: Spec,
  options: ReadOptions,
): { entries: CheckedEntry[]; problems: Problem[] } {
  const entries: CheckedEntry[] = [];
  const { candidates, problems } = listCollection(root, contentDir, spec);
  for (const { id, path, file } of candidates) {
    const bytes = readEntryBytes(path, file, problems);
    if (bytes === undefined) continue;
    const hash = hashBytes(bytes);
    const key = `${path}\0${file}`;
    let record = options.cache.get(key, hash);
    if (record === undefined) {
      options.onParse?.(file);
      record = recordOf(bytes, file, id, spec);
      options.cache.set(key, hash, record);
    }
    problems.push(...record.problems);
    const p = record.parsed;
    if (!p) continue;
    entries.push({
      id,
      file,
      data: p.data,
      ...(p.bodyLine === undefined ? {} : { body: bodyOf(bytes, file), bodyLine: p.bodyLine }),
      lineOf: lineFinder(path, file, id, spec.kind, hash),
      valid: p.valid,
      schemaProblems: p.schemaProblems,
      ...(p.reading ? { reading: p.reading } : {}),
    });
  }
  return { entries, problems };
}
