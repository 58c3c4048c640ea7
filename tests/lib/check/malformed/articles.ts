/** Malformed and hostile articles: script in the body, unsafe links and addresses, broken front matter, bad encodings and sizes, schema and vocabulary errors. */
import { MAX_FILE_BYTES } from '../../../../src/lib/content/read.ts';
import { articleText } from '../../../helpers/corpus.ts';
import type { Case } from './case.ts';

/** Malformed articles, added beside the valid one so the cohort's references still resolve. */
export const ARTICLE_CASES: Record<string, Case> = {
  'article body with a <script> block': {
    file: 'articles/script-body.md',
    text: articleText('Teks.\n\n<script>alert(document.cookie)</script>'),
    code: 'body-raw-html',
    field: '(body)',
  },
  'article body with an inline <img onerror>': {
    file: 'articles/img-onerror.md',
    text: articleText('Teks <img src=x onerror=alert(1)> lanjut.'),
    code: 'body-raw-html',
    field: '(body)',
  },
  'article body with a javascript: link': {
    file: 'articles/js-link.md',
    text: articleText('Klik [di sini](javascript:alert(1)).'),
    code: 'body-link-scheme',
    field: '(body)',
  },
  'article body with a data: image': {
    file: 'articles/data-image.md',
    text: articleText('![foto](data:text/html;base64,PHNjcmlwdD4=)'),
    code: 'body-link-scheme',
    field: '(body)',
  },
  'article body with a vbscript: reference definition': {
    file: 'articles/vbscript-ref.md',
    text: articleText('Lihat [ini][r].\n\n[r]: vbscript:msgbox'),
    code: 'body-link-scheme',
    field: '(body)',
  },
  'article url with javascript:': {
    file: 'articles/js-url.md',
    text: articleText('Teks.', { url: 'javascript:alert(1)' }),
    code: 'schema-invalid-format',
    field: 'url',
  },
  'article also_at with data:': {
    file: 'articles/data-url.md',
    text: articleText('Teks.', {}, 'also_at:\n  - "data:text/html,<script>alert(1)</script>"\n'),
    code: 'schema-invalid-format',
    field: 'also_at[0]',
  },
  'article title with HTML': {
    file: 'articles/html-title.md',
    text: articleText('Teks.', { title: '"<script>alert(1)</script>"' }),
    code: 'schema-invalid-format',
    field: 'title',
  },
  'article without front matter': {
    file: 'articles/no-front-matter.md',
    text: 'Hanya teks artikel, tanpa data di atasnya.\n',
    code: 'front-matter-missing',
  },
  'article with unclosed front matter': {
    file: 'articles/unclosed.md',
    text: '---\ntitle: Judul\n\nTeks artikel.\n',
    code: 'front-matter-missing',
  },
  'article with an empty body': {
    file: 'articles/empty-body.md',
    text: articleText(''),
    code: 'body-empty',
  },
  'article saved as .mdx': {
    file: 'articles/editorial.mdx',
    text: articleText('Teks.'),
    code: 'file-extension',
  },
  'article with an upper-case file name': {
    file: 'articles/Berita_Baru.md',
    text: articleText('Teks.'),
    code: 'file-name',
  },
  'article in Latin-1, not UTF-8': {
    file: 'articles/latin1.md',
    text: new Uint8Array([...new TextEncoder().encode('---\ntitle: Caf'), 0xe9, 0x0a]),
    code: 'file-not-utf8',
  },
  'article over the size limit': {
    file: 'articles/huge.md',
    text: articleText('kata '.repeat(Math.ceil(MAX_FILE_BYTES / 5) + 10)),
    code: 'file-too-large',
  },
  'article with NUL bytes': {
    file: 'articles/binary.md',
    text: articleText('Teks\u0000biner.'),
    code: 'file-binary',
  },
  'article that is an empty file': {
    file: 'articles/empty.md',
    text: '',
    code: 'file-empty',
  },
  'article republication without republishes': {
    file: 'articles/republication.md',
    text: articleText('Teks.', { kind: 'republication' }),
    code: 'schema-custom',
    field: 'republishes',
  },
  'article with an unknown outlet': {
    file: 'articles/unknown-outlet.md',
    text: articleText('Teks.', { outlet: 'jambi-independen' }),
    code: 'vocabulary-term-unknown',
    field: 'outlet',
  },
  'article with an impossible date 2023-02-30': {
    file: 'articles/bad-date.md',
    text: articleText('Teks.', { published: '2023-02-30' }),
    code: 'schema-custom',
    field: 'published',
  },
  'article with a bad time': {
    file: 'articles/bad-time.md',
    text: articleText('Teks.', { published_time: '"25:61"' }),
    code: 'schema-invalid-format',
    field: 'published_time',
  },
  'article with an unknown key': {
    file: 'articles/unknown-key.md',
    text: articleText('Teks.', { author: 'Humas' }),
    code: 'schema-unrecognized-keys',
    field: 'author',
  },
  'article with __proto__ in the front matter': {
    file: 'articles/proto.md',
    text: articleText('Teks.', {}, '__proto__:\n  isAdmin: true\n'),
    code: 'yaml-forbidden-key',
  },
};
