/**
 * Published articles keep their stored text. The ledger (`articles` in
 * content/published.json) holds, for every published article, the hash its
 * body had when first published; the check holds each such article to it,
 * whatever its front matter says: the file must still be there, its
 * `sha256` must be that hash (written back when removed), and its body must
 * hash to it or to the last recorded body correction starting from it. An
 * article not yet published is checked by its own `sha256` only
 * (cross/capture.ts).
 */
import type { ArticleEntry, LoadedContent } from '../content/load.ts';
import { bodySha256 } from '../content/body-hash.ts';
import { checkChain } from './cross/capture.ts';
import { problemAt, type Problem } from './problem.ts';

/** id → the hash each article's body had when first published, sorted by id. */
export function articleHashesOf(articles: readonly ArticleEntry[]): Record<string, string> {
  return Object.fromEntries(
    [...articles]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((a) => [a.id, a.data.sha256 ?? bodySha256(a.body)]),
  );
}

/** The `sha256` line of a published article is gone or is not the published hash. */
function hashNotKept(a: ArticleEntry, published: string): Problem {
  const now = a.data.sha256;
  const what =
    now === undefined
      ? { id: 'tidak ada lagi', en: 'is gone' }
      : { id: `diubah menjadi ${now}`, en: `was changed to ${now}` };
  return problemAt(
    a,
    now === undefined ? [] : ['sha256'],
    now === undefined ? 'article-hash-missing' : 'article-hash-edited',
    {
      id: `Artikel ini sudah terbit dengan SHA-256 ${published}, tetapi baris sha256-nya ${what.id}.`,
      en: `This article was published with SHA-256 ${published}, but its sha256 line ${what.en}.`,
    },
    {
      id: `Tulis di kepala berkas (front matter): sha256: ${published} — hash itu tidak pernah diubah; perubahan teks dicatat di corrections.`,
      en: `Write in the front matter: sha256: ${published} — that hash never changes; a change of the text is recorded in corrections.`,
    },
  );
}

/** A published article whose file is gone. */
function articleGone(id: string, file: string): Problem {
  return {
    file,
    code: 'published-article-removed',
    message: {
      id: `Artikel "${id}" sudah terbit, tetapi berkasnya tidak ada lagi.`,
      en: `Article "${id}" was published, but its file is gone.`,
    },
    fix: {
      id: `Kembalikan berkas ${file} dengan nama yang sama (git checkout -- ${file}): kutipan di situs dan di tempat lain bersandar pada teks itu.`,
      en: `Restore ${file} under the same name (git checkout -- ${file}): quotes on the site and elsewhere rest on that text.`,
    },
  };
}

/**
 * Every published article (`published`: id → hash) that is gone, lost or
 * changed its `sha256`, or whose body changed without a body correction.
 * Articles already reported as invalid or unreadable are left to those
 * problems.
 */
export function checkPublishedArticles(
  content: Pick<LoadedContent, 'articles' | 'rejected' | 'unreadableArticles'>,
  published: Readonly<Record<string, string>>,
  articlePath: (id: string) => string,
): Problem[] {
  const byId = new Map(content.articles.map((a) => [a.id, a]));
  const rejected = new Set(
    content.rejected.filter((r) => r.collection === 'articles').map((r) => r.id),
  );
  const problems: Problem[] = [];
  for (const [id, hash] of Object.entries(published)) {
    const a = byId.get(id);
    if (!a) {
      if (!rejected.has(id) && !content.unreadableArticles.has(id))
        problems.push(articleGone(id, articlePath(id)));
      continue;
    }
    if (a.data.sha256 === hash) continue;
    problems.push(hashNotKept(a, hash));
    // With its own sha256 gone, the body is still held against the published hash.
    if (a.data.sha256 === undefined) problems.push(...checkChain(a, hash));
  }
  return problems;
}
