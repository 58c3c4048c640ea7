import { describe, expect, it } from 'vitest';
import { renderArticleBody } from '../../../src/lib/markdown/render.ts';

describe('renderArticleBody', () => {
  it('renders ordinary paragraphs as <p>', () => {
    expect(renderArticleBody('Paragraf pertama.\n\nParagraf kedua.')).toBe(
      '<p>Paragraf pertama.</p>\n<p>Paragraf kedua.</p>',
    );
  });

  it('drops a <script> block and its content', () => {
    const html = renderArticleBody('Sebelum.\n\n<script>alert(1)</script>\n\nSesudah.');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('alert(1)');
    expect(html).toContain('<p>Sebelum.</p>');
    expect(html).toContain('<p>Sesudah.</p>');
  });

  it('drops inline <script> inside a paragraph', () => {
    const html = renderArticleBody('Teks <script>alert(1)</script> lanjut.');
    expect(html).not.toMatch(/<script/i);
  });

  it('leaves no javascript: href', () => {
    const html = renderArticleBody('[x](javascript:alert(1)) dan [y](JavaScript:alert(2))');
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/href=/);
  });

  it('leaves no data: URL in links or images', () => {
    const html = renderArticleBody(
      '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) ![i](data:image/png;base64,AAAA)',
    );
    expect(html).not.toMatch(/data:/i);
  });

  it('removes a raw <img onerror> entirely', () => {
    const html = renderArticleBody('Foto: <img src=x onerror=alert(1)>');
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/onerror/i);
    expect(html).toBe('<p>Foto: </p>');
  });

  it('keeps an https link (with the rel of a link to another site)', () => {
    expect(renderArticleBody('[ok](https://example.org)')).toBe(
      '<p><a href="https://example.org" rel="noopener noreferrer">ok</a></p>',
    );
  });

  it('is deterministic', () => {
    const body = '# Judul\n\nTeks dengan [tautan](https://example.org) dan *penekanan*.';
    expect(renderArticleBody(body)).toBe(renderArticleBody(body));
  });
});
