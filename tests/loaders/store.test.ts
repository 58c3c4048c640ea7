import { describe, expect, it } from 'vitest';
import { storeChanged, type RawStoredEntry } from '../../src/loaders/store.ts';

interface Stored {
  id: string;
  data: Record<string, unknown>;
  filePath?: string;
  digest?: string;
  body?: string;
}

/** A store and loader context as Astro hands them to a loader, recording what was parsed and written. */
function fakeContext(reject: ReadonlySet<string> = new Set()) {
  const entries = new Map<string, Stored>();
  const parsed: string[] = [];
  const written: string[] = [];
  const warnings: string[] = [];
  const context = {
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: Stored) => {
        written.push(entry.id);
        entries.set(entry.id, entry);
        return true;
      },
      keys: () => [...entries.keys()],
      delete: (id: string) => entries.delete(id),
    },
    logger: { warn: (m: string) => warnings.push(m) },
    parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => {
      parsed.push(id);
      if (reject.has(id)) throw new Error(`${id} ditolak (rejected)`);
      return { ...data, parsed: true };
    },
    generateDigest: (value: unknown) => JSON.stringify(value),
  } as unknown as Parameters<typeof storeChanged>[0];
  /** What this loader parsed in this process (store.ts); a new map is a new process. */
  const seen = new Map<string, string>();
  const store = (list: readonly RawStoredEntry[]) => storeChanged(context, list, seen);
  return { context, entries, parsed, written, warnings, store };
}

const cohort = (id: string, count: number): RawStoredEntry => ({
  id,
  file: `content/cohorts/${id}.yaml`,
  data: { count },
});

describe('storeChanged', () => {
  it('parses and stores every entry of a first load', async () => {
    const f = fakeContext();
    const counts = await f.store([cohort('a', 1), cohort('b', 2)]);
    expect(counts).toEqual({ stored: 2, unchanged: 0, deleted: 0 });
    expect(f.parsed).toEqual(['a', 'b']);
    expect(f.entries.get('a')?.data).toEqual({ count: 1, parsed: true });
    expect(f.entries.get('a')?.digest).toBe(JSON.stringify({ count: 1, parsed: true }));
  });

  it('parses every entry again in a new process, though the store already holds them', async () => {
    const f = fakeContext();
    await f.store([cohort('a', 1)]);
    f.parsed.length = 0;
    const counts = await storeChanged(f.context, [cohort('a', 1)], new Map());
    expect(counts).toEqual({ stored: 1, unchanged: 0, deleted: 0 });
    expect(f.parsed).toEqual(['a']);
  });

  it('neither parses nor stores again an entry whose digest is unchanged', async () => {
    const f = fakeContext();
    await f.store([cohort('a', 1), cohort('b', 2), cohort('c', 3)]);
    f.parsed.length = 0;
    f.written.length = 0;
    const counts = await f.store([cohort('a', 1), cohort('b', 20), cohort('c', 3)]);
    expect(counts).toEqual({ stored: 1, unchanged: 2, deleted: 0 });
    expect(f.parsed).toEqual(['b']);
    expect(f.written).toEqual(['b']);
    expect(f.entries.get('b')?.data).toEqual({ count: 20, parsed: true });
  });

  it('stores an article again when only its body changed', async () => {
    const f = fakeContext();
    const article = (body: string): RawStoredEntry => ({
      id: 'x',
      file: 'content/articles/x.md',
      data: { title: 'Contoh latihan' },
      body,
    });
    await f.store([article('Teks contoh latihan.')]);
    const counts = await f.store([article('Teks contoh latihan, diperbaiki.')]);
    expect(counts.stored).toBe(1);
    expect(f.entries.get('x')?.body).toBe('Teks contoh latihan, diperbaiki.');
  });

  it('stores an entry again when its file moved, even with the same data', async () => {
    const f = fakeContext();
    await f.store([cohort('a', 1)]);
    const moved = { ...cohort('a', 1), file: 'content/cohorts/a.yml' };
    expect((await f.store([moved])).stored).toBe(1);
    expect(f.entries.get('a')?.filePath).toBe('content/cohorts/a.yml');
  });

  it('deletes the entries of removed files', async () => {
    const f = fakeContext();
    await f.store([cohort('a', 1), cohort('b', 2)]);
    const counts = await f.store([cohort('a', 1)]);
    expect(counts).toEqual({ stored: 0, unchanged: 1, deleted: 1 });
    expect([...f.entries.keys()]).toEqual(['a']);
  });

  it('logs and skips an entry parseData rejects, and removes its stored version', async () => {
    const f = fakeContext(new Set(['b']));
    await f.store([cohort('a', 1)]);
    f.entries.set('b', { id: 'b', data: { count: 2 }, digest: 'old' });
    const counts = await f.store([cohort('a', 1), cohort('b', 3)]);
    expect(counts).toEqual({ stored: 0, unchanged: 1, deleted: 1 });
    expect(f.warnings).toEqual(['content/cohorts/b.yaml\n  ✗ b ditolak (rejected)']);
    expect([...f.entries.keys()]).toEqual(['a']);
  });
});
