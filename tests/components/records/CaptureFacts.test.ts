/** The facts of our copy on a source page: capture date, completeness, hash, archive. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import CaptureFacts from '../../../src/components/records/CaptureFacts.astro';
import { articleSchema, type Article } from '../../../src/schemas/article.ts';
import { tags } from '../charts/html.ts';

const HASH = 'c'.repeat(64);
const URL_A = 'https://warta.example/contoh-latihan';
const ARCHIVE = `https://web.archive.org/web/20240120000000/${URL_A}`;
const article = (extra: object = {}): Article =>
  articleSchema.parse({
    title: 'Contoh latihan',
    outlet: 'unknown',
    published: '2024-01-18',
    url: URL_A,
    language: 'id',
    kind: 'news',
    summary: { id: 'Ringkasan.', en: 'Summary.' },
    ...extra,
  });

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});
const render = (a: Article, lang: 'id' | 'en' = 'id') =>
  container.renderToString(CaptureFacts, { props: { lang, article: a } });

describe('CaptureFacts', () => {
  it('shows an unknown capture date and a missing archive as unknown', async () => {
    const html = await render(article({ sha256: HASH }));
    const flat = html.replace(/\s+/g, ' ');
    expect(flat).toContain('Salinan diambil</dt> <dd class="unknown"> tidak diketahui');
    expect(flat).toContain('Salinan arsip</dt> <dd class="unknown"> tidak diketahui');
    expect(html).toContain(`<code class="hash">${HASH}</code>`);
    expect(html).toContain('lengkap');
  });

  it('shows the capture day and links the archive as a Robust Link', async () => {
    const html = await render(
      article({ captured: '2024-01-20', sha256: HASH, archive_url: ARCHIVE }),
      'en',
    );
    expect(html).toContain('<time datetime="2024-01-20">');
    const [link] = tags(html, 'a');
    expect(link).toMatchObject({
      href: ARCHIVE,
      'data-originalurl': URL_A,
      'data-versiondate': '2024-01-20',
    });
  });

  it('says when no hash is recorded, and lists the corrections of the text', async () => {
    expect(await render(article())).toContain('belum dicatat');
    const corrected = article({
      sha256: HASH,
      corrections: [
        {
          date: '2024-02-01',
          field: 'body',
          previous: HASH,
          sha256: 'd'.repeat(64),
          reason: { id: 'Salah ketik saat menyalin.', en: 'A typo made when copying.' },
        },
      ],
    });
    const html = await render(corrected, 'en');
    expect(html).toContain('Text corrected');
    expect(html).toContain('A typo made when copying.');
  });
});
