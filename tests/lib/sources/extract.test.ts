/** The rendered text of a page, where passages are looked for. */
import { describe, expect, it } from 'vitest';
import { pageText } from '../../../src/lib/sources/extract.ts';

describe('pageText', () => {
  it('keeps the rendered text, across inline markup and entities', () => {
    const text = pageText('<p>Contoh <em>latihan</em> &ldquo;baik&rdquo;</p><p>Dua</p>');
    expect(text).toContain('Contoh latihan “baik”');
    expect(text).toMatch(/baik”\s+Dua/u);
  });
  it('leaves out scripts, styles, templates and hidden elements', () => {
    const text = pageText(
      '<script>var a="rahasia";</script><style>p{}</style><template>t</template><p hidden>h</p><p>Terlihat</p>',
    );
    expect(text.trim()).toBe('Terlihat');
  });
  it('does not crash on broken markup, and returns plain text as it is', () => {
    expect(pageText('<p>Tidak <b>ditutup')).toContain('Tidak ditutup');
    expect(pageText('<b>teks</b>', 'text/plain; charset=utf-8')).toBe('<b>teks</b>');
  });
});
