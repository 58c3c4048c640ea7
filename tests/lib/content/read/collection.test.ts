/** displayPath and readCollection: the files of a collection folder, read in name order. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entryCollections, vocabulariesSpec } from '../../../../src/lib/content/collections.ts';
import { displayPath, readCollection } from '../../../../src/lib/content/read.ts';

describe('displayPath', () => {
  it('gives a forward-slash path relative to the root', () => {
    expect(displayPath('/r', join('/r', 'content', 'cohorts', 'x.yaml'))).toBe(
      'content/cohorts/x.yaml',
    );
  });
});

describe('readCollection', () => {
  let root: string;
  let content: string;
  const put = (path: string, text: string | Uint8Array) => {
    const full = join(content, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, text);
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'jejak-read-'));
    content = join(root, 'content');
    mkdirSync(content);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('reads .yaml and .yml files in name order with ids and display paths', () => {
    put('cohorts/b-two.yml', 'x: 2\n');
    put('cohorts/a-one.yaml', 'x: 1\n');
    const r = readCollection(root, content, entryCollections.cohorts);
    expect(r.problems).toEqual([]);
    expect(r.entries.map((e) => [e.id, e.file, e.data])).toEqual([
      ['a-one', 'content/cohorts/a-one.yaml', { x: 1 }],
      ['b-two', 'content/cohorts/b-two.yml', { x: 2 }],
    ]);
  });

  it('reads Markdown articles with their body', () => {
    put('articles/a.md', '---\ntitle: x\n---\nBody text.\n');
    const r = readCollection(root, content, entryCollections.articles);
    expect(r.entries[0]).toMatchObject({ id: 'a', body: 'Body text.\n', bodyLine: 4 });
  });

  it('refuses a file with the wrong extension', () => {
    put('cohorts/notes.txt', 'x: 1\n');
    put('cohorts/noext', 'x: 1\n');
    const r = readCollection(root, content, entryCollections.cohorts);
    expect(r.entries).toEqual([]);
    expect(r.problems.map((p) => [p.file, p.code])).toEqual([
      ['content/cohorts/noext', 'file-extension'],
      ['content/cohorts/notes.txt', 'file-extension'],
    ]);
    expect(r.problems[1]?.fix.en).toContain('Rename it to .yaml');
  });

  it('gives .mdx in articles the MDX-specific fix', () => {
    put('articles/editorial.mdx', '---\ntitle: x\n---\nBody\n');
    const r = readCollection(root, content, entryCollections.articles);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ code: 'file-extension' });
    expect(r.problems[0]?.fix.en).toContain('MDX can run code');
    expect(r.problems[0]?.fix.id).toContain('MDX dapat menjalankan kode');
  });

  it('gives .mdx outside articles the generic fix', () => {
    put('vocabularies/themes.mdx', 'x: 1\n');
    const r = readCollection(root, content, vocabulariesSpec);
    expect(r.problems[0]?.fix.en).not.toContain('MDX');
  });

  it.each([
    'Bad-Name.yaml',
    'bad_name.yaml',
    'bad name.yaml',
    '-lead.yaml',
    'trail-.yaml',
    'a--b.yaml',
  ])('refuses the file name %s', (name) => {
    put(`cohorts/${name}`, 'x: 1\n');
    const r = readCollection(root, content, entryCollections.cohorts);
    expect(r.entries).toEqual([]);
    expect(r.problems).toEqual([
      expect.objectContaining({ file: `content/cohorts/${name}`, code: 'file-name' }),
    ]);
  });

  it('reports decoding and parsing problems for each file and keeps reading', () => {
    put('cohorts/a.yaml', new Uint8Array([0xff, 0xfe]));
    put('cohorts/b.yaml', '');
    put('cohorts/c.yaml', 'a: 1\na: 2\n');
    put('cohorts/d.yaml', 'ok: true\n');
    const r = readCollection(root, content, entryCollections.cohorts);
    expect(r.problems.map((p) => [p.file, p.code])).toEqual([
      ['content/cohorts/a.yaml', 'file-not-utf8'],
      ['content/cohorts/b.yaml', 'file-empty'],
      ['content/cohorts/c.yaml', 'yaml-duplicate-key'],
    ]);
    expect(r.entries.map((e) => e.id)).toEqual(['d']);
  });

  it('normalises CRLF before parsing so lines stay right', () => {
    put('cohorts/crlf.yaml', '\uFEFFa: 1\r\nb:\r\n  c: 2\r\n');
    const r = readCollection(root, content, entryCollections.cohorts);
    expect(r.entries[0]?.data).toEqual({ a: 1, b: { c: 2 } });
    expect(r.entries[0]?.lineOf(['b', 'c'])).toBe(3);
  });
});
