/**
 * Checks of one article: its outlet (and the outlet it republishes) is in the
 * outlets vocabulary, it did not appear before the article it republishes,
 * and its stored body holds only the article — no lines
 * of the news site's page, no raw HTML, no link with an unsafe address —
 * and it still hashes to its recorded SHA-256 (capture.ts).
 */
import type { ArticleEntry, LoadedContent } from '../../content/load.ts';
import { isFurniture } from '../../text/furniture.ts';
import type { Problem } from '../problem.ts';
import type { ArticleIndex } from './article-index.ts';
import { checkCapture } from './capture.ts';
import { publishedBeforeOriginal } from './publication-dates.ts';
import { checkVocab } from './vocabularies.ts';

/** Problems of the lines of the body that belong to the news site's page. */
function furniture(a: ArticleEntry): Problem[] {
  const problems: Problem[] = [];
  a.body.split('\n').forEach((line, i) => {
    if (!isFurniture(line)) return;
    problems.push({
      file: a.file,
      line: a.bodyLine + i,
      field: '(body)',
      code: 'body-furniture',
      message: {
        id: `Baris ini bagian dari halaman situs berita, bukan artikel: "${line.trim()}".`,
        en: `This line belongs to the news site's page, not to the article: "${line.trim()}".`,
      },
      fix: {
        id: 'Hapus baris ini dari teks artikel (teks tersimpan hanya berisi artikelnya).',
        en: 'Remove this line from the article text (the stored text holds only the article).',
      },
    });
  });
  return problems;
}

/** Problems of the raw HTML and unsafe links the index found in the body. */
function unsafeMarkup(a: ArticleEntry, articles: ArticleIndex): Problem[] {
  return (articles.get(a.id)?.unsafe ?? []).map((u) => ({
    file: a.file,
    line: a.bodyLine + u.line - 1,
    field: '(body)',
    code: u.kind === 'html' ? 'body-raw-html' : 'body-link-scheme',
    message:
      u.kind === 'html'
        ? {
            id: `Teks artikel berisi HTML: ${u.excerpt}`,
            en: `The article text contains HTML: ${u.excerpt}`,
          }
        : {
            id: `Tautan dengan alamat tidak aman: ${u.excerpt}`,
            en: `Link with an unsafe address: ${u.excerpt}`,
          },
    fix:
      u.kind === 'html'
        ? {
            id: 'Hapus tag HTML; simpan hanya teks artikel.',
            en: 'Remove the HTML tags; keep only the article text.',
          }
        : {
            id: 'Gunakan alamat https:// atau hapus tautannya.',
            en: 'Use an https:// address or remove the link.',
          },
  }));
}

/** Every problem of one article: outlets, then page furniture, then unsafe markup. */
export function checkArticle(
  a: ArticleEntry,
  articles: ArticleIndex,
  content: LoadedContent,
): Problem[] {
  const problems: Problem[] = [];
  if (a.data.outlet !== 'unknown')
    problems.push(...checkVocab(a, ['outlet'], 'outlets', a.data.outlet, content));
  const rep = a.data.republishes?.outlet;
  if (rep && rep !== 'unknown')
    problems.push(...checkVocab(a, ['republishes', 'outlet'], 'outlets', rep, content));
  problems.push(...publishedBeforeOriginal(a), ...furniture(a), ...unsafeMarkup(a, articles));
  problems.push(...checkCapture(a));
  return problems;
}
