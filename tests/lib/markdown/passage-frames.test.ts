import { describe, expect, it } from 'vitest';
import { rehypeHighlightQuotes } from '../../../src/lib/markdown/highlight.ts';
import {
  passageFrameSelector,
  passageFramesCss,
} from '../../../src/lib/markdown/passage-frames.ts';
import { renderArticleBody } from '../../../src/lib/markdown/render.ts';

/** Contoh latihan: two passages of a practice text that share words. */
const TEXT =
  'Contoh latihan: Kota Contoh mengirim 20 pegawai. Mereka belajar tata kelola air selama lima hari.';
const FIRST = { anchor: 'q-first', quote: 'Kota Contoh mengirim 20 pegawai. Mereka belajar' };
const SECOND = { anchor: 'q-second', quote: 'Mereka belajar tata kelola air selama lima hari.' };

describe('passageFrameSelector', () => {
  it('matches the pieces of one passage while it is the target', () => {
    expect(passageFrameSelector('q-1abc')).toBe(
      ':root:has(#q-1abc:target) mark.quote[data-quote~="q-1abc"]',
    );
  });

  it('refuses an anchor that would have to be escaped', () => {
    expect(() => passageFrameSelector('q-"x')).toThrow(/unsafe passage anchor/);
    expect(() => passageFrameSelector('q 1')).toThrow(/unsafe passage anchor/);
  });
});

describe('passageFramesCss', () => {
  it('is empty for an article without passages', () => {
    expect(passageFramesCss([])).toBe('');
  });

  it('lists each passage once, sorted, in one rule', () => {
    const css = passageFramesCss(['q-b', 'q-a', 'q-b']);
    expect(css).toBe(
      ':root:has(#q-a:target) mark.quote[data-quote~="q-a"],\n' +
        ':root:has(#q-b:target) mark.quote[data-quote~="q-b"] {\n' +
        '  outline: 3px solid var(--mark-target);\n  outline-offset: 2px;\n}\n',
    );
  });

  it('selects every piece of an overlapped passage, including those without its id', () => {
    const html = renderArticleBody(TEXT, { highlights: [FIRST, SECOND] });
    const pieces = [...html.matchAll(/<mark [^>]*data-quote="([^"]*)"/g)].map((m) => m[1] ?? '');
    // The overlap splits the second passage: its id sits on the shared piece only.
    expect(pieces).toEqual(['q-first', 'q-first q-second', 'q-second']);
    const framed = (anchor: string) => pieces.filter((p) => p.split(' ').includes(anchor));
    expect(framed('q-second')).toHaveLength(2);
    expect(passageFramesCss(['q-second'])).toContain('[data-quote~="q-second"]');
  });

  it('keeps the highlight plugin writing the data-quote the selectors read', () => {
    const tree = { type: 'root' as const, children: [{ type: 'text' as const, value: TEXT }] };
    rehypeHighlightQuotes({ highlights: [SECOND] })(tree);
    expect(JSON.stringify(tree)).toContain('"dataQuote":"q-second"');
  });
});
