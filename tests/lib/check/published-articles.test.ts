/**
 * checkPublishedArticles (src/lib/check/published-articles.ts), through
 * runCheck: a published article keeps its stored text, even when it carries
 * no sha256 of its own or its sha256 line is removed. The practice article
 * is fictional ("Contoh latihan").
 */
import { afterEach, describe, expect, it } from 'vitest';
import { bodySha256 } from '../../../src/lib/content/body-hash.ts';
import { runCheck } from '../../../src/lib/check/index.ts';
import { LEDGER_FILE, ledgerOf } from '../../../src/lib/check/published.ts';
import {
  ARTICLE_FILE,
  ARTICLE_TEXT,
  articleText,
  makeCorpus,
  type Corpus,
} from '../../helpers/corpus.ts';

const PRACTICE_FILE = 'articles/2019-02-contoh-latihan.md';
const BODY = 'Contoh latihan: sebanyak 12 ASN mengikuti pelatihan tata kota.';
const EDITED = 'Contoh latihan: sebanyak 21 ASN mengikuti pelatihan tata kota.';
/** A practice article with no sha256 of its own. */
const practice = (body: string) => articleText(body, { title: 'Contoh latihan' });

let corpus: Corpus | undefined;
afterEach(() => corpus?.cleanup());

/** The corpus with the practice article, published (ledger written), then `edit`ed. */
function publishedThenEdited(edit: (c: Corpus) => void) {
  corpus = makeCorpus({ [PRACTICE_FILE]: practice(BODY) });
  const { content } = runCheck(corpus.root, corpus.content);
  corpus.write(LEDGER_FILE, JSON.stringify(ledgerOf(content)));
  edit(corpus);
  return runCheck(corpus.root, corpus.content).problems;
}
const codes = (problems: { code: string; file: string }[]) =>
  problems.map((p) => `${p.file.replace(/^.*content\//u, '')} ${p.code}`);

describe('checkPublishedArticles', () => {
  it('records the hash of each published body in the ledger, its own sha256 when it has one', () => {
    corpus = makeCorpus({ [PRACTICE_FILE]: practice(BODY) });
    const ledger = ledgerOf(runCheck(corpus.root, corpus.content).content);
    expect(ledger.articles?.['2019-02-contoh-latihan']).toBe(bodySha256(BODY));
    expect(ledger.articles?.['2019-02-diskominfo-smart-city']).toMatch(
      /^8560aa0d43e2105f3bfaf7299f15/u,
    );
  });

  it('accepts published articles that did not change, and asks for the sha256 line one lacks', () => {
    const hashed = articleText(BODY, { title: 'Contoh latihan', sha256: bodySha256(BODY) });
    expect(publishedThenEdited((c) => c.write(PRACTICE_FILE, hashed))).toEqual([]);
    const problems = publishedThenEdited(() => {});
    expect(codes(problems)).toEqual(['articles/2019-02-contoh-latihan.md article-hash-missing']);
    expect(problems[0]?.message.id).toBe(
      `Artikel ini sudah terbit dengan SHA-256 ${bodySha256(BODY)}, tetapi baris sha256-nya tidak ada lagi.`,
    );
  });

  it('refuses a published body without sha256 that was edited silently', () => {
    const problems = publishedThenEdited((c) => c.write(PRACTICE_FILE, practice(EDITED)));
    expect(codes(problems)).toEqual([
      'articles/2019-02-contoh-latihan.md article-hash-missing',
      'articles/2019-02-contoh-latihan.md body-hash-changed',
    ]);
    const changed = problems.find((p) => p.code === 'body-hash-changed');
    expect(changed?.message.id).toContain(`yang tercatat ${bodySha256(BODY)}`);
    expect(changed?.fix.id).toContain(
      `previous: ${bodySha256(BODY)}, sha256: ${bodySha256(EDITED)}`,
    );
    const missing = problems.find((p) => p.code === 'article-hash-missing');
    expect(missing?.fix.id).toContain(`sha256: ${bodySha256(BODY)}`);
  });

  it('still holds a real article to its published hash when its sha256 line is removed', () => {
    const withoutHash = ARTICLE_TEXT.replace(/^sha256: .*\n/mu, '').replace(
      'Sebanyak 25 orang',
      'Sebanyak 26 orang',
    );
    const problems = publishedThenEdited((c) => c.write(ARTICLE_FILE, withoutHash));
    expect(codes(problems)).toContain(`${ARTICLE_FILE} article-hash-missing`);
    expect(codes(problems)).toContain(`${ARTICLE_FILE} body-hash-changed`);
  });

  it('refuses a sha256 line rewritten to the hash of an edited body', () => {
    const problems = publishedThenEdited((c) =>
      c.write(
        PRACTICE_FILE,
        articleText(EDITED, { title: 'Contoh latihan', sha256: bodySha256(EDITED) }),
      ),
    );
    expect(codes(problems)).toEqual(['articles/2019-02-contoh-latihan.md article-hash-edited']);
    expect(problems[0]?.message.en).toContain(`published with SHA-256 ${bodySha256(BODY)}`);
  });

  it('accepts an edit recorded as a body correction from the published hash', () => {
    const correction = `corrections:\n  - date: 2026-11-30\n    field: body\n    previous: ${bodySha256(BODY)}\n    sha256: ${bodySha256(EDITED)}\n    reason:\n      id: Contoh latihan.\n      en: Practice example.\n`;
    const problems = publishedThenEdited((c) =>
      c.write(
        PRACTICE_FILE,
        articleText(EDITED, { title: 'Contoh latihan', sha256: bodySha256(BODY) }, correction),
      ),
    );
    expect(problems).toEqual([]);
  });

  it('refuses a published article whose file is gone, and leaves unpublished ones alone', () => {
    expect(codes(publishedThenEdited((c) => c.remove(PRACTICE_FILE)))).toEqual([
      'articles/2019-02-contoh-latihan.md published-article-removed',
    ]);
    corpus = makeCorpus({ [PRACTICE_FILE]: practice(BODY) });
    corpus.write(PRACTICE_FILE, practice(EDITED));
    expect(runCheck(corpus.root, corpus.content).problems).toEqual([]);
  });
});
