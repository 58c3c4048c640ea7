/** The per-file cache: found again only by path, bytes and reader version; a broken or foreign disk file is ignored and replaced. */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  FileCache,
  clearMemoryCache,
  diskCacheFile,
  hashBytes,
  readDiskCache,
} from '../../../src/lib/content/file-cache.ts';

let dir: string;
let disk: string;
beforeEach(() => {
  clearMemoryCache();
  dir = mkdtempSync(join(tmpdir(), 'jejak-file-cache-'));
  disk = join(dir, 'cache', 'check.v8');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const A = hashBytes(new TextEncoder().encode('a: 1\n'));
const B = hashBytes(new TextEncoder().encode('a: 2\n'));

describe('FileCache', () => {
  it('finds a result again only for the same path and hash', () => {
    const cache = new FileCache<string>('v1');
    cache.set('/c/x.yaml', A, 'x');
    expect(cache.get('/c/x.yaml', A)).toBe('x');
    expect(cache.get('/c/x.yaml', B)).toBeUndefined();
    expect(cache.get('/c/y.yaml', A)).toBeUndefined();
  });

  it('shares memory between runs of one version, not across versions', () => {
    new FileCache<string>('v1').set('/c/x.yaml', A, 'x');
    expect(new FileCache<string>('v1').get('/c/x.yaml', A)).toBe('x');
    expect(new FileCache<string>('v2').get('/c/x.yaml', A)).toBeUndefined();
  });

  it('keeps results on disk for the next process, and only for its version', () => {
    const first = new FileCache<string>('v1', disk);
    first.set('/c/x.yaml', A, 'x');
    first.save();
    clearMemoryCache();
    expect(new FileCache<string>('v1', disk).get('/c/x.yaml', A)).toBe('x');
    clearMemoryCache();
    expect(new FileCache<string>('v2', disk).get('/c/x.yaml', A)).toBeUndefined();
  });

  it('writes the disk file whole, leaving no temporary file', () => {
    const cache = new FileCache<string>('v1', disk);
    cache.set('/c/x.yaml', A, 'x');
    cache.save();
    expect(readdirSync(join(dir, 'cache'))).toEqual(['check.v8']);
  });

  it('drops from disk the files a run no longer read', () => {
    const first = new FileCache<string>('v1', disk);
    first.set('/c/x.yaml', A, 'x');
    first.set('/c/y.yaml', A, 'y');
    first.save();
    clearMemoryCache();
    const second = new FileCache<string>('v1', disk);
    expect(second.get('/c/x.yaml', A)).toBe('x');
    second.save();
    expect([...readDiskCache(disk, 'v1').keys()]).toEqual(['/c/x.yaml']);
  });

  it.each([
    ['bytes that are no serialized value', Buffer.from('not a cache \u0000\u00ff')],
    ['a value of another format', serialize({ format: 'other', version: 'v1', files: new Map() })],
    ['a truncated file', serialize({ format: 'x' }).subarray(0, 3)],
    ['a value that is not an object', serialize(42)],
  ])('ignores %s and replaces it', (_, bytes) => {
    mkdirSync(join(dir, 'cache'));
    writeFileSync(disk, bytes);
    const cache = new FileCache<string>('v1', disk);
    expect(cache.get('/c/x.yaml', A)).toBeUndefined();
    cache.set('/c/x.yaml', A, 'x');
    cache.save();
    expect(readDiskCache(disk, 'v1').get('/c/x.yaml')).toEqual({
      hash: A,
      value: 'x',
    });
  });

  it('never fails when the disk file cannot be written', () => {
    writeFileSync(join(dir, 'cache'), 'a file where the folder should be');
    const cache = new FileCache<string>('v1', disk);
    cache.set('/c/x.yaml', A, 'x');
    expect(() => cache.save()).not.toThrow();
    expect(readdirSync(dir)).toEqual(['cache']);
  });
});

describe('diskCacheFile', () => {
  it('keeps one file per content folder, under node_modules/.cache/jejak-scp', () => {
    expect(diskCacheFile('/p', '/p/content')).toMatch(
      /^\/p\/node_modules\/\.cache\/jejak-scp\/check-[0-9a-f]{16}\.v8$/,
    );
    expect(diskCacheFile('/p', '/p/content')).not.toBe(diskCacheFile('/p', '/tmp/other'));
  });
});
