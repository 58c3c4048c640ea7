/**
 * Per-file results kept by content: a result is found again only for the
 * same absolute path, the same SHA-1 of the file's bytes and the same
 * reader version (cache-version.ts). Two layers: memory, shared by every
 * caller in the process (so `astro dev` re-reads only a saved file), and
 * optionally one file on disk per content folder (so a second
 * `npm run check` is warm). The disk file is written whole to a temporary
 * name and renamed, so no reader ever sees half of it; a file that cannot
 * be read, is of another format or another version is ignored and
 * replaced. Nothing here ever fails the check: a cache that cannot be
 * written is simply not written.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { readerVersion } from './cache-version.ts';

/** What is stored for one file. */
export interface StoredFile<T> {
  hash: string;
  value: T;
}

const FORMAT = 'jejak-scp/check-files/1';

/** The folder of the project's caches, as build tools keep theirs. */
export function cacheFolder(root: string): string {
  return join(root, 'node_modules', '.cache', 'jejak-scp');
}

/** The disk file of the per-file results of one content folder. */
export function diskCacheFile(root: string, contentDir: string): string {
  const key = createHash('sha1').update(contentDir).digest('hex').slice(0, 16);
  return join(cacheFolder(root), `check-${key}.v8`);
}

/** The SHA-1 of a file's bytes, the content part of the key. */
export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('base64');
}

interface Remembered {
  version: string;
  hash: string;
  value: unknown;
}

/** The memory layer: one slot per process, shared by every module instance. */
const SLOT = Symbol.for('jejak-scp.check-files');
const shared = globalThis as { [SLOT]?: Map<string, Remembered> };
const memory = (shared[SLOT] ??= new Map<string, Remembered>());

/** Forget every result kept in memory (tests start cold with it). */
export function clearMemoryCache(): void {
  memory.clear();
}

/** The stored files of a disk cache file, or undefined when it is missing, foreign or broken. */
export function readDiskCache(path: string, version: string): Map<string, StoredFile<unknown>> {
  let parsed: unknown;
  try {
    parsed = deserialize(readFileSync(path));
  } catch {
    return new Map();
  }
  const p = parsed as { format?: unknown; version?: unknown; files?: unknown } | null;
  if (p === null || typeof p !== 'object' || p.format !== FORMAT || p.version !== version)
    return new Map();
  return p.files instanceof Map ? (p.files as Map<string, StoredFile<unknown>>) : new Map();
}

/** Write a disk cache file whole, under a temporary name first; failures are ignored. */
export function writeDiskCache(
  path: string,
  version: string,
  files: ReadonlyMap<string, StoredFile<unknown>>,
): void {
  const temp = `${path}.${process.pid}.${randomUUID()}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temp, serialize({ format: FORMAT, version, files }));
    renameSync(temp, path);
  } catch {
    try {
      rmSync(temp, { force: true });
    } catch {
      // The folder itself could not be made: there is no temporary file to remove.
    }
  }
}

/** One run's view of the cache: look up and store results, then save the disk layer. */
export class FileCache<T> {
  private readonly used = new Map<string, StoredFile<T>>();
  private disk: Map<string, StoredFile<unknown>> | undefined;
  private changed = false;

  readonly version: string;
  private readonly diskFile: string | undefined;

  constructor(version: string, diskFile?: string) {
    this.version = version;
    this.diskFile = diskFile;
  }

  /** The result stored for `path` with this hash, if any. */
  get(path: string, hash: string): T | undefined {
    const kept = memory.get(path);
    if (kept?.version === this.version && kept.hash === hash) {
      this.used.set(path, { hash, value: kept.value as T });
      return kept.value as T;
    }
    if (this.diskFile === undefined) return undefined;
    this.disk ??= readDiskCache(this.diskFile, this.version);
    const stored = this.disk.get(path);
    if (stored?.hash !== hash) return undefined;
    this.set(path, hash, stored.value as T, false);
    return stored.value as T;
  }

  /** Store the result for `path` with this hash. */
  set(path: string, hash: string, value: T, fresh = true): void {
    memory.set(path, { version: this.version, hash, value });
    this.used.set(path, { hash, value });
    if (fresh) this.changed = true;
  }

  /**
   * Write the disk layer when this run computed anything new or no longer
   * needs a file read from it (deleted or changed): it then holds exactly
   * the files of this run. A run served wholly from memory leaves it as is.
   */
  save(): void {
    if (this.diskFile === undefined) return;
    if (!this.changed && (this.disk === undefined || this.disk.size === this.used.size)) return;
    writeDiskCache(this.diskFile, this.version, this.used);
  }
}

/** A cache of this checkout's reader version, kept on disk for `contentDir` too. */
export function diskBackedCache<T>(root: string, contentDir: string): FileCache<T> {
  return new FileCache<T>(readerVersion(), diskCacheFile(root, contentDir));
}
