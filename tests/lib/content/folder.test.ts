import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entryCollections } from '../../../src/lib/content/collections.ts';
import { listCollection } from '../../../src/lib/content/folder.ts';

describe('listCollection', () => {
  let root: string;
  let content: string;
  const put = (path: string, text: string) => {
    const full = join(content, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, text);
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'jejak-folder-'));
    content = join(root, 'content');
    mkdirSync(content);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('reports a missing folder', () => {
    const r = listCollection(root, content, entryCollections.cohorts);
    expect(r.candidates).toEqual([]);
    expect(r.problems).toEqual([
      expect.objectContaining({ file: 'content/cohorts/', code: 'collection-missing' }),
    ]);
  });

  it('reports an empty folder, unless the collection may be empty', () => {
    mkdirSync(join(content, 'cohorts'));
    mkdirSync(join(content, 'claims'));
    expect(listCollection(root, content, entryCollections.cohorts).problems).toEqual([
      expect.objectContaining({ file: 'content/cohorts/', code: 'collection-empty' }),
    ]);
    expect(listCollection(root, content, entryCollections.claims)).toEqual({
      candidates: [],
      problems: [],
    });
  });

  it('skips README.md, .DS_Store and .gitkeep, and reports hidden files, _ files and folders', () => {
    put('articles/.hidden.md', 'junk');
    put('articles/_draft.md', 'junk');
    put('articles/README.md', '# Read me');
    put('articles/.DS_Store', 'junk');
    put('articles/.gitkeep', '');
    put('articles/sub/x.md', 'junk');
    const r = listCollection(root, content, entryCollections.articles);
    expect(r.candidates).toEqual([]);
    expect(r.problems.map((p) => [p.file, p.code])).toEqual([
      ['content/articles/.hidden.md', 'file-hidden'],
      ['content/articles/_draft.md', 'file-hidden'],
      ['content/articles/sub/', 'file-subfolder'],
    ]);
  });
});
