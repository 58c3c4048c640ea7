import { describe, expect, it } from 'vitest';
import { renderArticleBody } from '../../../src/lib/markdown/render.ts';

describe('rehypeOutsideContent (through renderArticleBody)', () => {
  it('gives a link to another site rel="noopener noreferrer"', () => {
    for (const href of ['https://example.org/a', 'http://example.org', '//example.org/x'])
      expect(renderArticleBody(`Lihat [situs](${href}).`)).toContain(
        `<a href="${href}" rel="noopener noreferrer">situs</a>`,
      );
  });

  it('leaves a mail link and a link on this site without rel', () => {
    expect(renderArticleBody('[surel](mailto:humas@example.org)')).toContain(
      '<a href="mailto:humas@example.org">surel</a>',
    );
    expect(renderArticleBody('[sumber](/sumber/x/)')).toContain('<a href="/sumber/x/">sumber</a>');
  });

  it('turns a link to an anchor inside the article into its text', () => {
    expect(renderArticleBody('Baca [bagian dua](#dua) di bawah.')).toBe(
      '<p>Baca bagian dua di bawah.</p>',
    );
  });

  it('turns an image from another origin into its alt text, and drops one without', () => {
    expect(renderArticleBody('![Foto pelepasan](https://cdn.example.org/a.jpg)')).toBe(
      '<p>Foto pelepasan</p>',
    );
    expect(renderArticleBody('![](//cdn.example.org/a.jpg)')).toBe('<p></p>');
  });

  it('moves headings down two levels, h6 at most', () => {
    const html = renderArticleBody('# Satu\n\n## Dua\n\n##### Lima');
    expect(html).toContain('<h3>Satu</h3>');
    expect(html).toContain('<h4>Dua</h4>');
    expect(html).toContain('<h6>Lima</h6>');
    expect(html).not.toMatch(/<h[12][ >]/);
  });
});
