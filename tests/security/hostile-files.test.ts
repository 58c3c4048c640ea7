/**
 * Hostile content, beyond the malformed-entry suite (tests/lib/check/
 * malformed.test.ts): markup and links meant to run script, YAML meant to
 * exhaust memory or the stack or to reach an object prototype, bytes that
 * are not UTF-8 text, enormous files. Each file either gets a clear problem
 * naming it (and its field or line) or is neutralised, and the checker
 * returns in bounded time without throwing: every case runs under a
 * timeout of a few seconds (the point is "never hangs", not a speed test).
 *
 * Article bodies are checked twice: the checker refuses the markup, and the
 * renderer (src/lib/markdown/render.ts) lets none of it through even if it
 * were published, so neither layer depends on the other.
 */
import { parse } from 'parse5';
import { afterEach, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/lib/check/index.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { renderArticleBody } from '../../src/lib/markdown/render.ts';
import {
  ARTICLE_FILE,
  ARTICLE_TEXT,
  COHORT_FILE,
  COHORT_TEXT,
  articleText,
  makeCorpus,
  type Corpus,
  type FileText,
} from '../helpers/corpus.ts';

/** Generous bound per case: a hang fails the test instead of stalling the run. */
const BOUND_MS = 5_000;

const corpora: Corpus[] = [];
afterEach(() => {
  for (const c of corpora.splice(0)) c.cleanup();
});
function corpus(files: Record<string, FileText | null>): Corpus {
  const c = makeCorpus(files);
  corpora.push(c);
  return c;
}

/** Bodies that try to run script or load something when rendered. */
const HOSTILE_BODIES: Record<string, string> = {
  'a <script> block': 'Teks.\n\n<script>alert(document.cookie)</script>',
  'an inline <script>': 'Teks <script>alert(1)</script> lanjut.',
  'an <iframe>': 'Teks.\n\n<iframe src="https://evil.example/"></iframe>',
  'an <img onerror>': 'Teks <img src=x onerror=alert(1)> lanjut.',
  'an <svg onload>': 'Teks.\n\n<svg onload="alert(1)"><circle r="1"/></svg>',
  'a <style> block': 'Teks.\n\n<style>body{background:url(https://evil.example/x)}</style>',
  'a <form> posting elsewhere':
    'Teks.\n\n<form action="https://evil.example/"><input name="p"></form>',
  'a <base href>': 'Teks.\n\n<base href="https://evil.example/">',
  'a <meta refresh>': 'Teks.\n\n<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  'an <object>': 'Teks.\n\n<object data="https://evil.example/x.swf"></object>',
  'an <a href="JaVaScRiPt:…">': 'Klik <a href="JaVaScRiPt:alert(1)">di sini</a>.',
  'a link with javascript:': 'Klik [di sini](javascript:alert(1)).',
  'a link with spaced JAVASCRIPT:': 'Klik [di sini](<  JAVASCRIPT:alert(1)>).',
  'a link with an entity-encoded scheme': 'Klik [di sini](&#106;avascript:alert(1)).',
  'a link with data:text/html':
    'Klik [di sini](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==).',
  'an image with data:': '![foto](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
  'an autolink <javascript:alert(1)>': 'Lihat <javascript:alert(1)> sekarang.',
  'a reference definition with vbscript:': 'Lihat [ini][r].\n\n[r]: vbscript:msgbox',
  'an HTML comment hiding a script': 'Teks <!-- <script>alert(1)</script> --> lanjut.',
};

/** Elements that may not appear in a rendered article body. */
const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'iframe',
  'style',
  'form',
  'input',
  'base',
  'meta',
  'link',
  'object',
  'embed',
  'svg',
  'math',
]);
/** Schemes a rendered link or image may use (relative addresses have none). */
const SAFE_SCHEME = /^(?:https?|mailto|irc|ircs|xmpp):/i;

interface HtmlNode {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: HtmlNode[];
  content?: HtmlNode;
}

/** Every reason the rendered HTML could run script or load something it should not. */
function dangers(html: string): string[] {
  const found: string[] = [];
  const stack: HtmlNode[] = [parse(`<!doctype html><body>${html}`) as unknown as HtmlNode];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node) break;
    stack.push(...(node.childNodes ?? []), ...(node.content ? [node.content] : []));
    if (node.tagName === undefined) continue;
    if (FORBIDDEN_ELEMENTS.has(node.tagName)) found.push(`<${node.tagName}>`);
    for (const { name, value } of node.attrs ?? []) {
      if (/^on/i.test(name)) found.push(`${name}= on <${node.tagName}>`);
      if (name === 'style') found.push(`style= on <${node.tagName}>`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(name)) {
        // Browsers ignore control characters and spaces in a scheme.
        const compact = [...value].filter((c) => c.charCodeAt(0) > 0x20).join('');
        const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1];
        if (scheme !== undefined && !SAFE_SCHEME.test(compact))
          found.push(`${name}="${value}" on <${node.tagName}>`);
      }
    }
  }
  return found;
}

describe('hostile article bodies', () => {
  it.each(Object.entries(HOSTILE_BODIES))(
    '%s: the checker names the file and line, and rendering neutralises it',
    (_name, body) => {
      const file = 'articles/hostile.md';
      const { problems } = runCheck(corpus({ [file]: articleText(body) }).root);
      const mine = problems.filter((p) => p.file.endsWith(file));
      expect(mine.map((p) => p.code)).toEqual(
        expect.arrayContaining([expect.stringMatching(/^body-(raw-html|link-scheme)$/)]),
      );
      for (const p of mine) {
        expect(p.field).toBe('(body)');
        expect(p.line).toBeGreaterThan(1);
      }
      const html = renderArticleBody(body);
      expect(dangers(html), html).toEqual([]);
    },
    BOUND_MS,
  );

  it('has a detector that sees what it looks for', () => {
    expect(
      dangers(
        '<script></script><a href=" JaVa\tScript:x" onclick="y">a</a><img src="data:x" style="z">',
      ),
    ).toHaveLength(5);
  });

  it('renders the text around the removed markup', () => {
    expect(renderArticleBody('Teks <script>alert(1)</script> lanjut.')).toContain('lanjut');
    expect(renderArticleBody('Klik [di sini](javascript:alert(1)).')).toContain('di sini');
  });

  it('keeps ordinary http(s) and mailto links', () => {
    const html = renderArticleBody(
      'Lihat [situs](https://jambikota.go.id/) dan [surel](mailto:humas@jambikota.go.id).',
    );
    expect(html).toContain('href="https://jambikota.go.id/"');
    expect(html).toContain('href="mailto:humas@jambikota.go.id"');
    expect(dangers(html)).toEqual([]);
  });
});

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
