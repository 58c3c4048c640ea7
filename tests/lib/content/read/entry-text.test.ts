/** splitFrontMatter and parseEntryText: one file's text as an entry, with the file line of every field. */
import { describe, expect, it } from 'vitest';
import { parseEntryText, splitFrontMatter } from '../../../../src/lib/content/read.ts';

const codesOf = (r: { problems: { code: string }[] }) => r.problems.map((p) => p.code);

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
