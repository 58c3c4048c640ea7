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

  it('lists each passage once, sorted, in one rule per edge', () => {
    const css = passageFramesCss(['q-b', 'q-a', 'q-b']);
    expect(css).toBe(
      ':root:has(#q-a:target) mark.quote[data-quote~="q-a"],\n' +
        ':root:has(#q-b:target) mark.quote[data-quote~="q-b"] {\n' +
        '  outline: 0;\n  border: 3px solid var(--mark-target);\n  margin-inline: -3px;\n' +
        '  box-decoration-break: slice;\n  -webkit-box-decoration-break: slice;\n}\n' +
        ':root:has(#q-a:target) mark.quote[data-quote-prev~="q-a"],\n' +
        ':root:has(#q-b:target) mark.quote[data-quote-prev~="q-b"] {\n' +
        '  border-inline-start: 0;\n  margin-inline-start: 0;\n}\n' +
        ':root:has(#q-a:target) mark.quote[data-quote-next~="q-a"],\n' +
        ':root:has(#q-b:target) mark.quote[data-quote-next~="q-b"] {\n' +
        '  border-inline-end: 0;\n  margin-inline-end: 0;\n}\n',
    );
  });

  it('opens the inner edges of a split passage only', () => {
    const html = renderArticleBody(TEXT, { highlights: [FIRST, SECOND] });
    const attrs = [...html.matchAll(/<mark ([^>]*)>/g)].map((m) => m[1] ?? '');
    // q-first: "Kota … 20 pegawai. " then the shared piece; q-second: the shared piece then the rest.
    expect(attrs).toEqual([
      'class="quote" id="q-first" data-quote="q-first" data-quote-next="q-first"',
      'class="quote" id="q-second" data-quote="q-first q-second" data-quote-prev="q-first" data-quote-next="q-second"',
      'class="quote" data-quote="q-second" data-quote-prev="q-second"',
    ]);
    expect(passageFrameSelector('q-second', 'data-quote-next')).toBe(
      ':root:has(#q-second:target) mark.quote[data-quote-next~="q-second"]',
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
