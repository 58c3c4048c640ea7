/**
 * Hostile content files, beyond the malformed-entry suite (tests/lib/check/
 * malformed.test.ts): YAML meant to exhaust memory or the stack or to reach
 * an object prototype, bytes that are not UTF-8 text, enormous files. Each
 * file gets a clear problem naming it, or is neutralised, and the checker
 * returns in bounded time without throwing: every case runs under a timeout
 * of seconds (the point is "never hangs", not a speed test).
 */
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/lib/check/index.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import {
  ARTICLE_FILE,
  ARTICLE_TEXT,
  COHORT_FILE,
  COHORT_TEXT,
  articleText,
  useCorpora,
  type FileText,
} from '../helpers/corpus.ts';

/** Generous bound per case, even under coverage: a hang fails the test instead of stalling the run. */
const BOUND_MS = 15_000;

const corpus = useCorpora();

const encoder = new TextEncoder();
const bytes = (...parts: (string | number[])[]): Uint8Array =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...encoder.encode(p)] : p)));
const TEN_MB = 10 * 1024 * 1024;

interface HostileFile {
  file: string;
  text: FileText;
  /** The code of the problem the file must get. */
  code: string;
}

/** Files that must be refused with a clear problem. */
const HOSTILE_FILES: Record<string, HostileFile> = {
  'a YAML billion-laughs bomb': {
    file: 'cohorts/lol.yaml',
    text: [
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      ...Array.from({ length: 9 }, (_, i) => {
        const [prev, next] = [String.fromCharCode(97 + i), String.fromCharCode(98 + i)];
        return `${next}: &${next} [${Array(9).fill(`*${prev}`).join(',')}]`;
      }),
    ].join('\n'),
    code: 'yaml-alias',
  },
  'a merge key pulling in an alias': {
    file: 'cohorts/merge.yaml',
    text: `base: &b {programme: scp}\n<<: *b\n${COHORT_TEXT.replace('programme: scp\n', '')}`,
    code: 'yaml-alias',
  },
  'a 10 MB cohort': {
    file: 'cohorts/huge.yaml',
    text: `note: "${'x'.repeat(TEN_MB)}"\n`,
    code: 'file-too-large',
  },
  'a 10 MB article': {
    file: 'articles/huge.md',
    text: articleText('kata '.repeat(TEN_MB / 5)),
    code: 'file-too-large',
  },
  '5,000-deep flow sequences': {
    file: 'cohorts/deep-flow.yaml',
    text: `programme: ${'['.repeat(5000)}${']'.repeat(5000)}\n`,
    code: 'yaml-too-deep',
  },
  '5,000-deep flow mappings': {
    file: 'cohorts/deep-flow-map.yaml',
    text: `programme: ${'{a: '.repeat(5000)}1${'}'.repeat(5000)}\n`,
    code: 'yaml-too-deep',
  },
  '5,000-deep block sequences': {
    file: 'cohorts/deep-block.yaml',
    text: `${'- '.repeat(5000)}x\n`,
    code: 'yaml-too-deep',
  },
  '5,000-deep block mappings in front matter': {
    file: 'articles/deep-front.md',
    text: `---\n${Array.from({ length: 5000 }, (_, i) => `${' '.repeat(Math.min(i, 40))}k${i}:`).join('\n')} x\n---\n\nTeks.\n`,
    code: 'yaml-too-deep',
  },
  'a quoted "__proto__" key': {
    file: 'cohorts/proto-quoted.yaml',
    text: `"__proto__":\n  polluted: true\n${COHORT_TEXT}`,
    code: 'yaml-forbidden-key',
  },
  'a __proto__ key inside a citation': {
    file: 'cohorts/proto-nested.yaml',
    text: COHORT_TEXT.replace(
      '    supports: [host]',
      '    supports: [host]\n    __proto__: {polluted: true}',
    ),
    code: 'yaml-forbidden-key',
  },
  'a constructor key in front matter': {
    file: 'articles/constructor.md',
    text: articleText('Teks.', {}, 'constructor:\n  prototype:\n    polluted: true\n'),
    code: 'yaml-forbidden-key',
  },
  'a prototype key': {
    file: 'claims/prototype.yaml',
    text: 'prototype: {polluted: true}\n',
    code: 'yaml-forbidden-key',
  },
  'Latin-1 bytes': {
    file: 'articles/latin1.md',
    text: bytes('---\ntitle: Pelatihan di Singapura \u2014 ', [0xe9, 0xe8], '\n---\n\nTeks.\n'),
    code: 'file-not-utf8',
  },
  'UTF-16 with a byte-order mark': {
    file: 'cohorts/utf16.yaml',
    text: new Uint8Array([
      0xff,
      0xfe,
      ...[...'status: held\n'].flatMap((c) => [c.charCodeAt(0), 0]),
    ]),
    code: 'file-not-utf8',
  },
  'an overlong UTF-8 slash': {
    file: 'cohorts/overlong.yaml',
    text: bytes('host: ', [0xc0, 0xaf], '\n'),
    code: 'file-not-utf8',
  },
  'an encoded lone surrogate': {
    file: 'cohorts/surrogate.yaml',
    text: bytes('host: ', [0xed, 0xa0, 0x80], '\n'),
    code: 'file-not-utf8',
  },
  'NUL bytes in an article': {
    file: 'articles/nul.md',
    text: articleText('Teks\u0000\u0000biner.'),
    code: 'file-binary',
  },
  'NUL bytes in YAML': {
    file: 'cohorts/nul.yaml',
    text: `${COHORT_TEXT}\u0000`,
    code: 'file-binary',
  },
};

describe('hostile files', () => {
  it.each(Object.entries(HOSTILE_FILES))(
    '%s: a clear problem naming the file, no throw, bounded time',
    (_name, { file, text, code }) => {
      const { problems } = runCheck(corpus({ [file]: text }).root);
      const mine = problems.filter((p) => p.file.endsWith(file));
      expect(mine.map((p) => p.code)).toContain(code);
      for (const p of mine) {
        expect(p.message.id.trim()).not.toBe('');
        expect(p.message.en.trim()).not.toBe('');
        expect(p.fix.id.trim()).not.toBe('');
        expect(p.fix.en.trim()).not.toBe('');
      }
      // Only the hostile file is affected: the valid corpus beside it stays valid.
      expect(problems.filter((p) => !p.file.endsWith(file))).toEqual([]);
    },
    BOUND_MS,
  );

  it(
    'all at once: every file reported in one run, and no prototype polluted',
    () => {
      const files = Object.fromEntries(
        Object.values(HOSTILE_FILES).map(({ file, text }) => [file, text]),
      );
      const { problems } = runCheck(corpus(files).root);
      const named = new Set(problems.map((p) => p.file.replace(/^content\//, '')));
      expect([...named].sort()).toEqual(Object.keys(files).sort());
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
    },
    BOUND_MS * 4,
  );
});

describe('encodings that are neutralised, not refused', () => {
  const crlf = (text: string): string => text.replace(/\n/g, '\r\n');

  it.each([
    ['a byte-order mark', (t: string) => `\uFEFF${t}`],
    ['CRLF line ends', crlf],
    ['old Mac CR line ends', (t: string) => t.replace(/\n/g, '\r')],
    ['a BOM and CRLF', (t: string) => `\uFEFF${crlf(t)}`],
  ])(
    'an article and a cohort with %s read exactly as with LF',
    (_name, transform) => {
      const plain = loadContent(corpus({}).root);
      const c = corpus({
        [ARTICLE_FILE]: transform(ARTICLE_TEXT),
        [COHORT_FILE]: transform(COHORT_TEXT),
      });
      expect(runCheck(c.root).problems).toEqual([]);
      const read = loadContent(c.root);
      expect(read.articles.map((a) => [a.id, a.data, a.body])).toEqual(
        plain.articles.map((a) => [a.id, a.data, a.body]),
      );
      expect(read.cohorts.map((x) => [x.id, x.data])).toEqual(
        plain.cohorts.map((x) => [x.id, x.data]),
      );
    },
    BOUND_MS,
  );
});
