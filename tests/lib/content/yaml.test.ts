import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, parseYaml } from '../../../src/lib/content/yaml.ts';

const codes = (text: string) => parseYaml(text, 'f.yaml').problems.map((p) => p.code);

/** A block mapping nested `levels` deep: k0: / k1: / … / value. */
function blockNesting(levels: number): string {
  let text = '';
  for (let i = 0; i < levels; i++) text += `${'  '.repeat(i)}k${i}:\n`;
  return `${text}${'  '.repeat(levels)}value\n`;
}

describe('parseYaml', () => {
  describe('valid YAML', () => {
    const text = 'a: 1\nb:\n  c: two\n  d:\n    - x\n    - y: 3\n';

    it('returns the data and no problems', () => {
      const r = parseYaml(text, 'f.yaml');
      expect(r.problems).toEqual([]);
      expect(r.data).toEqual({ a: 1, b: { c: 'two', d: ['x', { y: 3 }] } });
    });

    it('keeps dates as strings and years as numbers (core schema)', () => {
      const r = parseYaml('a: 2023-02-03\nb: 2023\nc: yes\nd: null\ne: "07"\n', 'f.yaml');
      expect(r.data).toEqual({ a: '2023-02-03', b: 2023, c: 'yes', d: null, e: '07' });
    });

    it('accepts a top-level list and a top-level scalar', () => {
      expect(parseYaml('- 1\n- 2\n', 'f.yaml').data).toEqual([1, 2]);
      expect(parseYaml('just text\n', 'f.yaml').data).toBe('just text');
    });

    it('accepts the standard !!str tag', () => {
      const r = parseYaml('a: !!str 3\n', 'f.yaml');
      expect(r.problems).toEqual([]);
      expect(r.data).toEqual({ a: '3' });
    });

    it('accepts nesting exactly MAX_DEPTH deep', () => {
      // The top mapping is level 1; each flow list adds one level.
      const text = `a: ${'['.repeat(MAX_DEPTH - 1)}${']'.repeat(MAX_DEPTH - 1)}\n`;
      const r = parseYaml(text, 'f.yaml');
      expect(r.problems).toEqual([]);
      expect(r.data).toBeDefined();
    });
  });

  describe('lineOf', () => {
    const r = parseYaml('a: 1\nb:\n  c: 2\n  d:\n    - x\n    - y: 3\n', 'f.yaml');

    it('finds top-level and nested paths', () => {
      expect(r.lineOf(['a'])).toBe(1);
      expect(r.lineOf(['b', 'c'])).toBe(3);
      expect(r.lineOf(['b', 'd', 0])).toBe(5);
      expect(r.lineOf(['b', 'd', 1, 'y'])).toBe(6);
    });

    it('falls back to the nearest existing parent for a missing key', () => {
      expect(r.lineOf(['b', 'missing'])).toBe(3);
      expect(r.lineOf(['b', 'd', 7])).toBe(5);
      expect(r.lineOf(['b', 'd', 1, 'missing', 'deeper'])).toBe(6);
    });

    it('falls back to the document for a missing top-level key and for the empty path', () => {
      expect(r.lineOf(['nope'])).toBe(1);
      expect(r.lineOf([])).toBe(1);
    });

    it('adds the line offset (front matter starts on line 2)', () => {
      const fm = parseYaml('x: 1\ny:\n  z: 2\n', 'a.md', 1);
      expect(fm.lineOf(['x'])).toBe(2);
      expect(fm.lineOf(['y', 'z'])).toBe(4);
    });

    it('is still available when the YAML is refused', () => {
      const refused = parseYaml('a: 1\nb: &x 2\n', 'f.yaml');
      expect(refused.data).toBeUndefined();
      expect(refused.lineOf(['b'])).toBe(2);
    });
  });

  describe('refused input', () => {
    it('refuses duplicate keys with the line of the second one', () => {
      const r = parseYaml('a: 1\nb: 2\na: 3\n', 'f.yaml');
      expect(r.data).toBeUndefined();
      expect(r.problems).toHaveLength(1);
      expect(r.problems[0]).toMatchObject({ file: 'f.yaml', code: 'yaml-duplicate-key', line: 3 });
    });

    it('refuses duplicate keys in a nested mapping', () => {
      expect(codes('a:\n  b: 1\n  b: 2\n')).toEqual(['yaml-duplicate-key']);
    });

    it('refuses an anchor even without an alias', () => {
      const r = parseYaml('a: 1\nb: &x [1]\n', 'f.yaml');
      expect(r.data).toBeUndefined();
      expect(r.problems).toEqual([expect.objectContaining({ code: 'yaml-alias', line: 2 })]);
    });

    it('refuses anchors and aliases', () => {
      expect(codes('a: &x 1\nb: *x\n')).toEqual(['yaml-alias']);
    });

    it('refuses an alias to an anchor in a list', () => {
      expect(codes('- &a x\n- *a\n')).toEqual(['yaml-alias']);
    });

    it('refuses a billion-laughs alias bomb quickly', () => {
      const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
      for (let i = 1; i < 10; i++) {
        const prev = String.fromCharCode(96 + i);
        const next = String.fromCharCode(97 + i);
        lines.push(`${next}: &${next} [${Array(9).fill(`*${prev}`).join(',')}]`);
      }
      const started = performance.now();
      const r = parseYaml(`${lines.join('\n')}\n`, 'bomb.yaml');
      const elapsed = performance.now() - started;
      expect(r.data).toBeUndefined();
      expect(r.problems.map((p) => p.code)).toEqual(['yaml-alias']);
      expect(elapsed).toBeLessThan(1000);
    });

    it.each(['__proto__', 'constructor', 'prototype'])('refuses the key %s at top level', (key) => {
      const r = parseYaml(`a: 1\n${key}:\n  polluted: true\n`, 'f.yaml');
      expect(r.data).toBeUndefined();
      expect(r.problems).toEqual([
        expect.objectContaining({ code: 'yaml-forbidden-key', line: 2 }),
      ]);
      expect(r.problems[0]?.message.en).toContain(key);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    });

    it.each(['__proto__', 'constructor', 'prototype'])(
      'refuses the key %s nested in a mapping and in a list',
      (key) => {
        expect(codes(`a:\n  b:\n    ${key}: 1\n`)).toEqual(['yaml-forbidden-key']);
        expect(codes(`a:\n  - ${key}: x\n`)).toEqual(['yaml-forbidden-key']);
        expect(codes(`a: {${key}: 1}\n`)).toEqual(['yaml-forbidden-key']);
      },
    );

    it('refuses a quoted __proto__ key', () => {
      expect(codes('"__proto__": 1\n')).toEqual(['yaml-forbidden-key']);
    });

    it('refuses the !!js/function tag', () => {
      const r = parseYaml('a: 1\nb: !!js/function "function () { return 1; }"\n', 'f.yaml');
      expect(r.data).toBeUndefined();
      expect(r.problems).toEqual([expect.objectContaining({ code: 'yaml-tag', line: 2 })]);
    });

    it('refuses a custom !foo tag', () => {
      expect(codes('a: !foo bar\n')).toEqual(['yaml-tag']);
    });

    it('refuses block nesting deeper than MAX_DEPTH', () => {
      const r = parseYaml(blockNesting(MAX_DEPTH + 3), 'f.yaml');
      expect(r.data).toBeUndefined();
      expect(r.problems).toHaveLength(1);
      expect(r.problems[0]?.code).toBe('yaml-too-deep');
      expect(r.problems[0]?.line).toBeGreaterThan(MAX_DEPTH - 1);
    });

    it('refuses flow nesting deeper than MAX_DEPTH', () => {
      const text = `a: ${'['.repeat(MAX_DEPTH)}${']'.repeat(MAX_DEPTH)}\n`;
      const r = parseYaml(text, 'f.yaml');
      expect(r.data).toBeUndefined();
      expect(r.problems).toEqual([expect.objectContaining({ code: 'yaml-too-deep', line: 1 })]);
    });

    it('refuses very deep flow nesting without throwing', () => {
      const depth = 5000;
      const r = parseYaml(`a: ${'['.repeat(depth)}${']'.repeat(depth)}\n`, 'f.yaml');
      expect(r.data).toBeUndefined();
      expect(r.problems.length).toBeGreaterThan(0);
    });

    it('reports a syntax error with its line', () => {
      const r = parseYaml('a: 1\nb: [1, 2\nc: 3\n', 'f.yaml');
      expect(r.data).toBeUndefined();
      expect(r.problems[0]).toMatchObject({ code: 'yaml-syntax', line: 3 });
      expect(r.problems[0]?.message.en).toMatch(/^YAML cannot be read: /);
    });

    it('reports a missing colon with its line', () => {
      const r = parseYaml('a: 1\nb: 2\nc 3\nd: 4\n', 'f.yaml');
      expect(r.data).toBeUndefined();
      expect(r.problems.every((p) => p.code === 'yaml-syntax')).toBe(true);
      expect(r.problems.map((p) => p.line)).toContain(3);
    });

    it('refuses tab indentation with the line of the tab', () => {
      const r = parseYaml('a:\n\tb: 1\n', 'f.yaml');
      expect(r.data).toBeUndefined();
      expect(r.problems[0]).toMatchObject({ code: 'yaml-syntax', line: 2 });
      expect(r.problems[0]?.fix.en).toContain('Replace the tab with spaces');
    });

    it('refuses several documents in one file', () => {
      expect(codes('a: 1\n---\nb: 2\n')).toContain('yaml-syntax');
    });

    it('adds the line offset to problem lines', () => {
      const r = parseYaml('a: 1\na: 2\n', 'a.md', 1);
      expect(r.problems[0]?.line).toBe(3);
    });

    it('gives every problem a file, a bilingual message and a fix', () => {
      const texts = [
        'a: 1\na: 2\n',
        'a: &x 1\n',
        '__proto__: 1\n',
        'a: !foo x\n',
        blockNesting(MAX_DEPTH + 1),
        'a: [\n',
      ];
      for (const text of texts) {
        const r = parseYaml(text, 'some/file.yaml');
        expect(r.problems.length).toBeGreaterThan(0);
        for (const p of r.problems) {
          expect(p.file).toBe('some/file.yaml');
          expect(p.message.id).not.toBe('');
          expect(p.message.en).not.toBe('');
          expect(p.fix.id).not.toBe('');
          expect(p.fix.en).not.toBe('');
        }
      }
    });
  });
});

describe('sourceOf', () => {
  const r = parseYaml('a: 1.500\nb:\n  - "25"\n  - c: ٤\nd: [2.000]\ne:\n  f: 1\n', 'f.yaml', 1);

  it('gives the text of a scalar as written, quotes included', () => {
    expect(r.data).toMatchObject({ a: 1.5, d: [2] });
    expect(r.sourceOf(['a'])).toBe('1.500');
    expect(r.sourceOf(['b', 0])).toBe('"25"');
    expect(r.sourceOf(['b', 1, 'c'])).toBe('٤');
    expect(r.sourceOf(['d', 0])).toBe('2.000');
  });

  it('is undefined for a map, a list, a missing path, and YAML that could not be read', () => {
    expect(r.sourceOf(['e'])).toBeUndefined();
    expect(r.sourceOf(['b'])).toBeUndefined();
    expect(r.sourceOf(['x', 'y'])).toBeUndefined();
    expect(parseYaml('a: [\n', 'f.yaml').sourceOf(['a'])).toBeUndefined();
  });
});
