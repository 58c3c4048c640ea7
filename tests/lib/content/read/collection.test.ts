import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entryCollections, vocabulariesSpec } from '../../../src/lib/content/collections.ts';
import {
  MAX_FILE_BYTES,
  decodeContent,
  displayPath,
  parseEntryText,
  readCollection,
  splitFrontMatter,
} from '../../../src/lib/content/read.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const codesOf = (r: { problems: { code: string }[] }) => r.problems.map((p) => p.code);

describe('decodeContent', () => {
  it('decodes UTF-8 text', () => {
    expect(decodeContent(utf8('a: café\n'), 'f.yaml')).toEqual({ text: 'a: café\n', problems: [] });
  });

  it('refuses a file over MAX_FILE_BYTES', () => {
    const r = decodeContent(utf8('a'.repeat(MAX_FILE_BYTES + 1)), 'big.yaml');
    expect(r.text).toBeUndefined();
    expect(r.problems).toEqual([
      expect.objectContaining({ file: 'big.yaml', code: 'file-too-large' }),
    ]);
    expect(r.problems[0]?.message.en).toContain(`limit ${MAX_FILE_BYTES / 1024} KiB`);
  });

  it('accepts a file of exactly MAX_FILE_BYTES', () => {
    const r = decodeContent(utf8('a'.repeat(MAX_FILE_BYTES)), 'f.yaml');
    expect(r.problems).toEqual([]);
    expect(r.text).toHaveLength(MAX_FILE_BYTES);
  });

  it('refuses bytes that are not UTF-8', () => {
    const latin1 = new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]); // "café" in Latin-1
    const r = decodeContent(latin1, 'f.yaml');
    expect(r.text).toBeUndefined();
    expect(codesOf(r)).toEqual(['file-not-utf8']);
  });

  it('refuses a truncated multi-byte sequence', () => {
    expect(codesOf(decodeContent(new Uint8Array([0x61, 0xe2, 0x82]), 'f.yaml'))).toEqual([
      'file-not-utf8',
    ]);
  });

  it('refuses an empty file', () => {
    const r = decodeContent(new Uint8Array(0), 'f.yaml');
    expect(r.text).toBeUndefined();
    expect(codesOf(r)).toEqual(['file-empty']);
  });

  it('refuses a whitespace-only file', () => {
    expect(codesOf(decodeContent(utf8('  \n\t\r\n  '), 'f.yaml'))).toEqual(['file-empty']);
  });

  it('refuses a file holding only a byte-order mark', () => {
    expect(codesOf(decodeContent(utf8('\uFEFF\n'), 'f.yaml'))).toEqual(['file-empty']);
  });

  it('refuses NUL bytes as binary', () => {
    const r = decodeContent(utf8('a: 1\n\u0000b: 2\n'), 'f.yaml');
    expect(r.text).toBeUndefined();
    expect(codesOf(r)).toEqual(['file-binary']);
  });

  it('strips a byte-order mark', () => {
    expect(decodeContent(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x0a]), 'f').text).toBe('a\n');
  });

  it('normalises CRLF and lone CR line endings to LF', () => {
    expect(decodeContent(utf8('a: 1\r\nb: 2\rc: 3\n'), 'f').text).toBe('a: 1\nb: 2\nc: 3\n');
  });

  it('gives each problem a bilingual message and fix', () => {
    const inputs = [
      new Uint8Array(0),
      new Uint8Array([0xff]),
      utf8('\u0000'),
      new Uint8Array(MAX_FILE_BYTES + 1),
    ];
    for (const bytes of inputs) {
      const [p] = decodeContent(bytes, 'f').problems;
      expect(p?.message.id).toBeTruthy();
      expect(p?.message.en).toBeTruthy();
      expect(p?.fix.id).toBeTruthy();
      expect(p?.fix.en).toBeTruthy();
    }
  });
});

describe('splitFrontMatter', () => {
  it('splits front matter from the body and gives the first body line', () => {
    expect(splitFrontMatter('---\na: 1\nb: 2\n---\nBody\n')).toEqual({
      frontMatter: 'a: 1\nb: 2',
      body: 'Body\n',
      bodyLine: 5,
    });
  });

  it('counts a blank line after the closing --- as body', () => {
    const text = '---\ntitle: x\n---\n\nFirst paragraph.\n';
    const split = splitFrontMatter(text);
    expect(split?.bodyLine).toBe(4);
    expect(split?.body).toBe('\nFirst paragraph.\n');
    // bodyLine is the 1-based file line of the body's first line (here blank).
    const lines = text.split('\n');
    expect(lines[(split?.bodyLine ?? 0) - 1]).toBe('');
    expect(lines[split?.bodyLine ?? 0]).toBe('First paragraph.');
  });

  it('accepts trailing spaces after the fences and a file ending at the fence', () => {
    expect(splitFrontMatter('---  \na: 1\n--- \nBody')?.body).toBe('Body');
    expect(splitFrontMatter('---\na: 1\n---')).toEqual({
      frontMatter: 'a: 1',
      body: '',
      bodyLine: 4,
    });
  });

  it('returns undefined without an opening fence', () => {
    expect(splitFrontMatter('a: 1\n---\nBody')).toBeUndefined();
  });

  it('returns undefined without a closing fence', () => {
    expect(splitFrontMatter('---\na: 1\nBody\n')).toBeUndefined();
  });

  it('does not treat a longer dash line as the closing fence', () => {
    expect(splitFrontMatter('---\na: 1\n----\nBody\n')).toBeUndefined();
  });
});

describe('parseEntryText', () => {
  it('parses a YAML entry', () => {
    const r = parseEntryText('a: x\nb:\n  c: 1\n', 'content/cohorts/e.yaml', 'e', 'yaml');
    expect(r.problems).toEqual([]);
    expect(r.entry).toMatchObject({ id: 'e', file: 'content/cohorts/e.yaml', data: { a: 'x' } });
    expect(r.entry?.lineOf(['b', 'c'])).toBe(3);
    expect(r.entry?.body).toBeUndefined();
  });

  it('returns no entry for unreadable YAML', () => {
    const r = parseEntryText('a: [x\n', 'f.yaml', 'f', 'yaml');
    expect(r.entry).toBeUndefined();
    expect(r.problems).toEqual([expect.objectContaining({ code: 'yaml-syntax', line: 2 })]);
  });

  it('parses a Markdown entry with file lines for front-matter fields and the body', () => {
    const r = parseEntryText('---\ntitle: x\ny:\n  z: 1\n---\n\nBody\n', 'a.md', 'a', 'markdown');
    expect(r.problems).toEqual([]);
    expect(r.entry?.data).toEqual({ title: 'x', y: { z: 1 } });
    expect(r.entry?.lineOf(['title'])).toBe(2);
    expect(r.entry?.lineOf(['y', 'z'])).toBe(4);
    expect(r.entry?.body).toBe('\nBody\n');
    expect(r.entry?.bodyLine).toBe(6);
  });

  it('reports missing front matter', () => {
    const r = parseEntryText('title: x\n\nBody\n', 'a.md', 'a', 'markdown');
    expect(r.entry).toBeUndefined();
    expect(r.problems).toEqual([expect.objectContaining({ code: 'front-matter-missing' })]);
  });

  it('reports an empty body at the first body line but keeps the entry', () => {
    const r = parseEntryText('---\ntitle: x\n---\n  \n', 'a.md', 'a', 'markdown');
    expect(r.problems).toEqual([expect.objectContaining({ code: 'body-empty', line: 4 })]);
    expect(r.entry?.data).toEqual({ title: 'x' });
  });

  it('reports front-matter YAML errors at the file line', () => {
    const r = parseEntryText('---\ntitle: x\ntitle: y\n---\nBody\n', 'a.md', 'a', 'markdown');
    expect(r.entry).toBeUndefined();
    expect(r.problems).toEqual([expect.objectContaining({ code: 'yaml-duplicate-key', line: 3 })]);
  });

  it('reports both a YAML error and an empty body', () => {
    const r = parseEntryText('---\ntitle: [x\n---\n\n', 'a.md', 'a', 'markdown');
    expect(codesOf(r).sort()).toEqual(['body-empty', 'yaml-syntax']);
  });
});

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

  it('returns nothing for a missing folder', () => {
    expect(readCollection(root, content, entryCollections.cohorts)).toEqual({
      entries: [],
      problems: [],
    });
  });

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

  it('skips files starting with . or _, README.md and folders', () => {
    put('articles/.hidden.md', 'junk');
    put('articles/_draft.md', 'junk');
    put('articles/README.md', '# Read me');
    put('articles/sub/x.md', 'junk');
    const r = readCollection(root, content, entryCollections.articles);
    expect(r).toEqual({ entries: [], problems: [] });
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
