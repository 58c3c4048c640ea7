/**
 * The text of each problem the check reports, as an editor reads it in
 * `npm run check` (message and fix in Indonesian and English): an article's
 * stored body.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { articleText } from '../../helpers/corpus.ts';
import { removeCorpora, shown } from './corpora.ts';

afterEach(removeCorpora);

describe('article bodies', () => {
  it('body-furniture', () => {
    expect(
      shown(
        {
          'articles/furniture.md': articleText(
            'Paragraf pertama.\n\nBACA JUGA: Berita lain\n\nParagraf kedua.',
          ),
        },
        'body-furniture',
      ),
    ).toMatchInlineSnapshot(`
      "content/articles/furniture.md:16  [(body)]
        ✗ Baris ini bagian dari halaman situs berita, bukan artikel: "BACA JUGA: Berita lain".
          (This line belongs to the news site's page, not to the article: "BACA JUGA: Berita lain".)
        → Hapus baris ini dari teks artikel (teks tersimpan hanya berisi artikelnya).
          (Remove this line from the article text (the stored text holds only the article).)"
    `);
  });
  it('body-raw-html', () => {
    expect(
      shown(
        { 'articles/html.md': articleText('Teks <img src=x onerror=alert(1)> lanjut.') },
        'body-raw-html',
      ),
    ).toMatchInlineSnapshot(`
      "content/articles/html.md:14  [(body)]
        ✗ Teks artikel berisi HTML: <img src=x onerror=alert(1)>
          (The article text contains HTML: <img src=x onerror=alert(1)>)
        → Hapus tag HTML; simpan hanya teks artikel.
          (Remove the HTML tags; keep only the article text.)"
    `);
  });
  it('body-link-scheme', () => {
    expect(
      shown(
        { 'articles/js-link.md': articleText('Klik [di sini](javascript:alert(1)).') },
        'body-link-scheme',
      ),
    ).toMatchInlineSnapshot(`
      "content/articles/js-link.md:14  [(body)]
        ✗ Tautan dengan alamat tidak aman: javascript:alert(1)
          (Link with an unsafe address: javascript:alert(1))
        → Gunakan alamat https:// atau hapus tautannya.
          (Use an https:// address or remove the link.)"
    `);
  });
});
