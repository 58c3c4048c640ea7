/** decodeContent: the bytes of a content file as text, or the problem that keeps it from being read. */
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, decodeContent } from '../../../../src/lib/content/read.ts';

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
