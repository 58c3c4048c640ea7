/** The checks of an article: its outlets and what its stored body holds. */
import { afterEach, describe, expect, it } from 'vitest';
import { ARTICLE_FILE, ARTICLE_TEXT, articleText } from '../../../helpers/corpus.ts';
import { lineIn, problemsIn, removeCorpora, withCode } from '../corpora.ts';

afterEach(removeCorpora);

describe('checkContent', () => {
  describe('references', () => {
    it('reports an unknown outlet on an article', () => {
      const problems = problemsIn({
        [ARTICLE_FILE]: ARTICLE_TEXT.replace(
          'outlet: diskominfo-kota-jambi',
          'outlet: diskominfo-kota-jamby',
        ),
      });
      const [p] = withCode(problems, 'vocabulary-term-unknown');
      expect(p).toMatchObject({ file: `content/${ARTICLE_FILE}`, field: 'outlet', line: 4 });
      expect(p?.fix.en).toContain('diskominfo-kota-jambi');
    });

    it('reports an unknown outlet of a republished article', () => {
      const problems = problemsIn({
        'articles/rep.md': articleText(
          'Teks.',
          { kind: 'republication' },
          'republishes:\n  outlet: antaraa\n',
        ),
      });
      const [p] = withCode(problems, 'vocabulary-term-unknown');
      expect(p).toMatchObject({ file: 'content/articles/rep.md', field: 'republishes.outlet' });
    });

    it('accepts unknown as an outlet', () => {
      expect(
        problemsIn({ 'articles/anon.md': articleText('Teks.', { outlet: 'unknown' }) }),
      ).toEqual([]);
    });
  });

  describe('article bodies', () => {
    it('reports raw HTML and javascript: links at their file lines', () => {
      const text = `${ARTICLE_TEXT}\n<script>alert(1)</script>\n\nLihat [di sini](javascript:alert(1)).\n`;
      const problems = problemsIn({ [ARTICLE_FILE]: text });
      const [html] = withCode(problems, 'body-raw-html');
      const [link] = withCode(problems, 'body-link-scheme');
      expect(html).toMatchObject({ file: `content/${ARTICLE_FILE}`, field: '(body)' });
      expect(html?.line).toBe(lineIn(text, '<script>'));
      expect(link?.line).toBe(lineIn(text, 'javascript:'));
      expect(link?.message.en).toContain('javascript:alert(1)');
    });

    it('reports data: images and inline HTML', () => {
      const problems = problemsIn({
        'articles/x.md': articleText('Teks <b>tebal</b>.\n\n![foto](data:image/png;base64,AAAA)'),
      });
      expect(withCode(problems, 'body-raw-html')).toHaveLength(2);
      expect(withCode(problems, 'body-link-scheme')).toHaveLength(1);
    });

    it('accepts https and mailto links', () => {
      expect(
        problemsIn({
          'articles/x.md': articleText(
            'Lihat [situs](https://jambikota.go.id) atau [surel](mailto:humas@jambikota.go.id).',
          ),
        }),
      ).toEqual([]);
    });
  });
});
