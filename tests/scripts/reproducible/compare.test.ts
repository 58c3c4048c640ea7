import { describe, expect, it } from 'vitest';
import {
  compareBuilds,
  contextAt,
  firstDifference,
  formatDiff,
  isIdentical,
  looksLikeText,
} from '../../../scripts/reproducible/compare.ts';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('firstDifference', () => {
  it('finds the first differing byte, or the end of the shorter file', () => {
    expect(firstDifference(bytes('abc'), bytes('abc'))).toBe(-1);
    expect(firstDifference(bytes('abc'), bytes('abd'))).toBe(2);
    expect(firstDifference(bytes('ab'), bytes('abc'))).toBe(2);
    expect(firstDifference(bytes(''), bytes(''))).toBe(-1);
  });
});

describe('contextAt', () => {
  it('shows text as a JSON string and binary data as hex', () => {
    expect(looksLikeText(bytes('<p>é</p>\n'))).toBe(true);
    expect(looksLikeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1]))).toBe(false);
    expect(contextAt(bytes('built 2026-12-02T06:00:00Z'), 6, 4)).toBe('…"ilt 2026"…');
    expect(contextAt(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1]), 4, 2)).toBe('…4e470001');
  });
});

describe('compareBuilds', () => {
  it('reports differing files and files in only one build', () => {
    const a: Record<string, string> = { 'a.html': 'same', 'b.html': 'x=1', 'only-a.txt': '' };
    const b: Record<string, string> = { 'a.html': 'same', 'b.html': 'x=2', 'only-b.txt': '' };
    const diff = compareBuilds(
      Object.keys(a),
      Object.keys(b),
      (f) => bytes(a[f] ?? ''),
      (f) => bytes(b[f] ?? ''),
    );
    expect(diff).toEqual({
      compared: 2,
      onlyInA: ['only-a.txt'],
      onlyInB: ['only-b.txt'],
      differing: [{ file: 'b.html', offset: 2, sizeA: 3, sizeB: 3, a: '"x=1"', b: '"x=2"' }],
    });
    expect(isIdentical(diff)).toBe(false);
    expect(formatDiff(diff)).toContain('b.html: differs at byte 2 (sizes 3 and 3)');
  });

  it('says byte-identical when nothing differs', () => {
    const diff = compareBuilds(
      ['x'],
      ['x'],
      () => bytes('1'),
      () => bytes('1'),
    );
    expect(isIdentical(diff)).toBe(true);
    expect(
      isIdentical(
        compareBuilds(
          [],
          [],
          () => bytes(''),
          () => bytes(''),
        ),
      ),
    ).toBe(false);
    expect(formatDiff(diff)).toBe('reproducible: 1 files, byte-identical\n');
  });
});
