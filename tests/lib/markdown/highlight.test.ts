import { describe, expect, it } from 'vitest';
import { renderArticleBody, renderHeadline } from '../../../src/lib/markdown/render.ts';

describe('rehypeHighlightQuotes', () => {
  it('marks a passage inside one paragraph with its anchor and link', () => {
    const html = renderArticleBody('Wali Kota melepas 25 orang ASN di Griya Mayang (21/3).', {
      highlights: [{ anchor: 'q-1', quote: 'melepas 25 orang ASN', href: '#uses-q-1' }],
    });
    expect(html).toBe(
      '<p>Wali Kota <mark class="quote" id="q-1" data-quote="q-1"><a href="#uses-q-1">melepas 25 orang ASN</a></mark> di Griya Mayang (21/3).</p>',
    );
  });

  it('matches across whitespace differences and line breaks, like the checker', () => {
    const html = renderArticleBody('Satu dua\ntiga   empat.', {
      highlights: [{ anchor: 'q-2', quote: 'dua tiga  empat' }],
    });
    expect(html).toContain(
      '<mark class="quote" id="q-2" data-quote="q-2">dua\ntiga   empat</mark>',
    );
  });

  it('splits a passage that crosses inline markup and paragraphs, anchoring only its start', () => {
    const html = renderArticleBody('Satu *dua* tiga.\n\nEmpat lima.', {
      highlights: [{ anchor: 'q-3', quote: 'dua tiga. Empat' }],
    });
    expect(html.match(/id="q-3"/g)).toHaveLength(1);
    expect(html).toContain(
      '<em><mark class="quote" id="q-3" data-quote="q-3" data-quote-next="q-3">dua</mark></em>',
    );
    expect(html).toContain(
      '<mark class="quote" data-quote="q-3" data-quote-prev="q-3" data-quote-next="q-3"> tiga.</mark>',
    );
    expect(html).toContain(
      '<p><mark class="quote" data-quote="q-3" data-quote-prev="q-3">Empat</mark> lima.</p>',
    );
    expect(html).not.toMatch(/<\/p>\s*<mark/);
  });

  it('keeps both anchors when passages overlap', () => {
    const html = renderArticleBody('a b c d e f', {
      highlights: [
        { anchor: 'q-a', quote: 'b c d' },
        { anchor: 'q-b', quote: 'c d e' },
      ],
    });
    expect(html).toContain('id="q-a"');
    expect(html).toContain('id="q-b"');
    expect(html).toContain(
      'data-quote="q-a q-b" data-quote-prev="q-a" data-quote-next="q-b">c d</mark>',
    );
  });

  it('names a passage in data-quote-prev/next only when it is split', () => {
    const html = renderArticleBody('Satu dua tiga.', {
      highlights: [{ anchor: 'q-w', quote: 'dua tiga' }],
    });
    expect(html).toBe('<p>Satu <mark class="quote" id="q-w" data-quote="q-w">dua tiga</mark>.</p>');
  });

  it('leaves the text alone when a passage is not found', () => {
    expect(
      renderArticleBody('Teks biasa.', { highlights: [{ anchor: 'q-x', quote: 'tidak ada' }] }),
    ).toBe('<p>Teks biasa.</p>');
  });

  it('marks after sanitising: a script in the body is gone and the marks stay', () => {
    const html = renderArticleBody('Awal teks.\n\n<script>alert(1)</script>\n\nAkhir teks.', {
      highlights: [{ anchor: 'q-s', quote: 'Akhir teks.' }],
    });
    expect(html).not.toContain('script');
    expect(html).toContain('id="q-s"');
  });
});

describe('renderHeadline', () => {
  it('marks a quote that is the headline and escapes the rest', () => {
    expect(
      renderHeadline('A & B <raih>', { highlights: [{ anchor: 'q-h', quote: 'A & B' }] }),
    ).toBe('<mark class="quote" id="q-h" data-quote="q-h">A &#x26; B</mark> &#x3C;raih>');
  });
});
