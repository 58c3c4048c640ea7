import { describe, expect, it } from 'vitest';
import { articlePlainText, findUnsafeMarkup } from '../../../src/lib/content/markdown.ts';

describe('articlePlainText', () => {
  it('joins paragraphs with a blank line', () => {
    expect(articlePlainText('Paragraf satu.\n\nParagraf dua.\n')).toBe(
      'Paragraf satu.\n\nParagraf dua.',
    );
  });

  it('drops Markdown syntax but keeps the words', () => {
    expect(
      articlePlainText('# Judul\n\nTeks *miring*, **tebal**, `kode` dan [tautan](https://a.id).\n'),
    ).toBe('Judul\n\nTeks miring, tebal, kode dan tautan.');
  });

  it('keeps soft line breaks inside a paragraph as a newline', () => {
    expect(articlePlainText('baris satu\nbaris dua\n')).toBe('baris satu\nbaris dua');
  });

  it('drops raw HTML blocks and inline HTML tags', () => {
    expect(
      articlePlainText('Sebelum.\n\n<div>disembunyikan</div>\n\nTeks <b>tebal</b> di sini.\n'),
    ).toBe('Sebelum.\n\nTeks tebal di sini.');
  });

  it('drops the contents of a <script> block', () => {
    const text = articlePlainText('Awal.\n\n<script>alert(1)</script>\n\nAkhir.\n');
    expect(text).toBe('Awal.\n\nAkhir.');
    expect(text).not.toContain('alert');
  });

  it('keeps blockquote text', () => {
    expect(articlePlainText('> kutipan\n> lanjut\n')).toBe('kutipan\nlanjut');
  });

  it('returns an empty string for an empty or HTML-only body', () => {
    expect(articlePlainText('')).toBe('');
    expect(articlePlainText('<p>x</p>\n')).toBe('');
  });

  it('leaves typographic quotes and dashes as they are', () => {
    expect(articlePlainText('JAMBI – “Smart City” (17 s.d. 23 Februari 2019).')).toBe(
      'JAMBI – “Smart City” (17 s.d. 23 Februari 2019).',
    );
  });
});

describe('findUnsafeMarkup', () => {
  it('finds nothing in plain text and safe links', () => {
    expect(
      findUnsafeMarkup(
        'Teks biasa.\n\n[situs](https://jambikota.go.id) [lama](http://a.id) [surel](mailto:humas@jambikota.go.id)\n\n[bagian](#atas) [akar](/tentang) <https://otomatis.id>\n\n![foto](https://a.id/b.png)\n',
      ),
    ).toEqual([]);
  });

  it('finds a raw HTML block with its line', () => {
    expect(findUnsafeMarkup('Satu.\n\n<div>x</div>\n')).toEqual([
      { line: 3, kind: 'html', excerpt: '<div>x</div>' },
    ]);
  });

  it('finds a <script> block', () => {
    const found = findUnsafeMarkup('Satu.\n\n<script>alert(1)</script>\n');
    expect(found).toEqual([expect.objectContaining({ kind: 'html', line: 3 })]);
    expect(found[0]?.excerpt).toContain('<script>');
  });

  it('finds inline HTML tags', () => {
    const found = findUnsafeMarkup('Teks <img src=x onerror=alert(1)> lanjut.\n');
    expect(found).toEqual([expect.objectContaining({ kind: 'html', line: 1 })]);
  });

  it('finds an HTML comment', () => {
    expect(findUnsafeMarkup('<!-- catatan -->\n')).toEqual([
      expect.objectContaining({ kind: 'html' }),
    ]);
  });

  it('shortens long excerpts to 60 characters', () => {
    const [found] = findUnsafeMarkup(`<div>${'x'.repeat(200)}</div>\n`);
    expect(found?.excerpt).toHaveLength(60);
  });

  it.each([
    ['javascript:', '[klik](javascript:alert(1))'],
    ['upper-case JavaScript:', '[klik](JavaScript:alert(1))'],
    ['data:', '[klik](data:text/html,<b>x</b>)'],
    ['vbscript:', '[klik](vbscript:msgbox)'],
    ['file:', '[klik](file:///etc/passwd)'],
    ['a javascript: autolink', '<javascript:alert(1)>'],
  ])('finds a %s link', (_name, markdown) => {
    expect(findUnsafeMarkup(`Lihat ${markdown} di sini.\n`)).toContainEqual(
      expect.objectContaining({ kind: 'link-scheme', line: 1 }),
    );
  });

  it('finds a link with a leading space before the scheme', () => {
    expect(findUnsafeMarkup('[x](< javascript:alert(1)>)\n')).toContainEqual(
      expect.objectContaining({ kind: 'link-scheme' }),
    );
  });

  it('finds an unsafe reference definition even when unused', () => {
    expect(findUnsafeMarkup('Teks.\n\n[ref]: javascript:alert(1)\n')).toEqual([
      { line: 3, kind: 'link-scheme', excerpt: 'javascript:alert(1)' },
    ]);
  });

  it('accepts a safe reference definition', () => {
    expect(findUnsafeMarkup('Lihat [ref].\n\n[ref]: https://a.id\n')).toEqual([]);
  });

  it('finds images with data: and javascript: addresses', () => {
    expect(
      findUnsafeMarkup('![a](data:image/png;base64,AAAA)\n\n![b](javascript:alert(1))\n'),
    ).toEqual([
      { line: 1, kind: 'link-scheme', excerpt: 'data:image/png;base64,AAAA' },
      { line: 3, kind: 'link-scheme', excerpt: 'javascript:alert(1)' },
    ]);
  });

  it('reports every unsafe item, in order', () => {
    const found = findUnsafeMarkup(
      '<b>a</b>\n\n[x](javascript:1)\n\n[y](https://ok.id)\n\n<script>1</script>\n',
    );
    expect(found.map((f) => [f.line, f.kind])).toEqual([
      [1, 'html'],
      [1, 'html'],
      [3, 'link-scheme'],
      [7, 'html'],
    ]);
  });
});
