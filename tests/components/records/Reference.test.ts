/** A citation read as a reference: outlet, dates, the passage on the original and in the archive. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Reference from '../../../src/components/records/Reference.astro';
import { articleSchema } from '../../../src/schemas/article.ts';
import { tags } from '../charts/html.ts';

const URL_A = 'https://warta.example/contoh-latihan';
const ARCHIVE = `https://web.archive.org/web/20240120000000/${URL_A}`;
const QUOTE = 'Contoh latihan: sebanyak 25 ASN, mengikuti pelatihan & ujian';
const outlets = new Map([
  ['warta-contoh', { label: { id: 'Warta Contoh', en: 'Warta Contoh' } }],
]) as never;
const article = (extra: object = {}) => ({
  id: '2024-01-contoh-latihan',
  data: articleSchema.parse({
    title: 'Contoh latihan',
    outlet: 'warta-contoh',
    published: '2024-01-18',
    url: URL_A,
    language: 'id',
    kind: 'news',
    summary: { id: 'Ringkasan.', en: 'Summary.' },
    ...extra,
  }),
});

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});
const render = (a: ReturnType<typeof article> | undefined, lang: 'id' | 'en' = 'id') =>
  container.renderToString(Reference, { props: { lang, article: a, outlets, quote: QUOTE } });
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('Reference', () => {
  it('reads outlet, publication date and an unknown capture date', async () => {
    expect(text(await render(article()))).toBe(
      'Warta Contoh · terbit 18 Januari 2024 · salinan diambil tidak diketahui · di artikel asli',
    );
  });

  it('links the passage on the original with an encoded text fragment and Robust Links', async () => {
    const [link] = tags(await render(article()), 'a');
    expect(link?.['href']).toBe(
      `${URL_A}#:~:text=Contoh%20latihan%3A%20sebanyak%2025%20ASN%2C%20mengikuti%20pelatihan%20%26%20ujian`,
    );
    expect(link).toMatchObject({ 'data-originalurl': URL_A, 'data-versiondate': '2024-01-18' });
  });

  it('links the archived copy and gives the capture day when known', async () => {
    const html = await render(article({ captured: '2024-01-20', archive_url: ARCHIVE }), 'en');
    expect(text(html)).toContain('copy taken 20 January 2024');
    const [original, archived] = tags(html, 'a');
    expect(original).toMatchObject({
      'data-versionurl': ARCHIVE,
      'data-versiondate': '2024-01-20',
    });
    expect(archived).toMatchObject({ href: ARCHIVE, 'data-originalurl': URL_A });
  });

  it('shows no link to an unknown original, and nothing without the article', async () => {
    expect(tags(await render(article({ url: 'unknown' })), 'a')).toEqual([]);
    expect((await render(undefined)).trim()).toBe('');
  });
});
