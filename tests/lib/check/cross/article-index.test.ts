/** The text of an article that quotes are matched against. */
import { afterEach, describe, expect, it } from 'vitest';
import { indexArticles, quotableText } from '../../../../src/lib/check/cross/article-index.ts';
import { loadContent } from '../../../../src/lib/content/load.ts';
import { ARTICLE_ID, CONTEXT_TEXT, articleText } from '../../../helpers/corpus.ts';
import { corpus, problemsIn, removeCorpora, withCode } from '../corpora.ts';

afterEach(removeCorpora);

describe('checkContent', () => {
  describe('quotes', () => {
    it('does not match text removed from the body as HTML', () => {
      const body = 'Teks yang tampak di halaman.\n\n<div>Teks tersembunyi dalam HTML</div>';
      const event = CONTEXT_TEXT.replace(ARTICLE_ID, 'hidden').replace(
        'quote: Pelatihan ini sepenuhnya dibiayai oleh Pemerintah Singapura',
        'quote: Teks tersembunyi dalam HTML',
      );
      const problems = problemsIn({
        'articles/hidden.md': articleText(body),
        'context/e.yaml': event,
      });
      withCode(problems, 'quote-not-found');
      withCode(problems, 'body-raw-html');
    });

    it('matches the headline only when it is the published one', () => {
      const headline = 'Kutipan dari judul artikel uji';
      const event = (id: string) =>
        CONTEXT_TEXT.replace(ARTICLE_ID, id).replace(
          'quote: Pelatihan ini sepenuhnya dibiayai oleh Pemerintah Singapura',
          `quote: ${headline}`,
        );
      expect(
        problemsIn({
          'articles/h.md': articleText('Badan teks.', { title: headline, title_basis: 'headline' }),
          'context/e.yaml': event('h'),
        }),
      ).toEqual([]);
      withCode(
        problemsIn({
          'articles/h.md': articleText('Badan teks.', { title: headline }),
          'context/e.yaml': event('h'),
        }),
        'quote-in-unquoted-title',
      );
    });
  });
});

describe('quotableText', () => {
  it('puts the published headline before the body, not an editorial title', () => {
    const made = corpus({
      'articles/h.md': articleText('Badan *teks*.', { title: 'Judul', title_basis: 'headline' }),
      'articles/e.md': articleText('Badan teks.', { title: 'Judul kami' }),
    });
    const { articles } = loadContent(made.root);
    const byId = new Map(articles.map((a) => [a.id, a]));
    const h = byId.get('h');
    const e = byId.get('e');
    if (!h || !e) throw new Error('articles not loaded');
    expect(quotableText(h)).toBe('Judul\n\nBadan teks.');
    expect(quotableText(e)).toBe('Badan teks.');
    expect(indexArticles(articles).get('h')?.ctx).toEqual({ year: 2019, month: 2 });
  });
});

describe('indexArticles', () => {
  it('keeps the headline a quote may lie in, and none for a title of ours', () => {
    const made = corpus({
      'articles/h.md': articleText('Badan teks.', { title: 'Judul asli', title_basis: 'headline' }),
      'articles/a.md': articleText('Badan teks.', { title: 'Dari alamat', title_basis: 'address' }),
      'articles/e.md': articleText('Badan teks.', { title: 'Judul kami' }),
    });
    const index = indexArticles(loadContent(made.root).articles);
    expect(index.get('h')).toMatchObject({
      headline: 'Judul asli',
      text: 'Judul asli\n\nBadan teks.',
    });
    expect(index.get('a')).toMatchObject({ headline: '', text: 'Badan teks.' });
    expect(index.get('e')).toMatchObject({ headline: '', text: 'Badan teks.' });
  });
});
