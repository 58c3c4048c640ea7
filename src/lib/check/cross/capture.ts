/**
 * The stored body of an article is the copy every quote is checked against,
 * so it may not change silently. With a recorded `sha256` (the hash as first
 * published), each body correction must start from the hash before it
 * (`previous`) and the body must hash to the last recorded hash: the
 * article's `sha256` when there is no correction, else the last
 * correction's `sha256`. An article without `sha256` is checked here only
 * once published, against the ledger's hash (../published-articles.ts).
 */
import type { ArticleEntry } from '../../content/load.ts';
import { bodySha256 } from '../../content/body-hash.ts';
import { problemAt, type Problem } from '../problem.ts';

/** A broken chain: a correction whose `previous` is not the hash recorded before it. */
function chainBroken(a: ArticleEntry, i: number, expected: string): Problem {
  return problemAt(
    a,
    ['corrections', i, 'previous'],
    'body-correction-chain',
    {
      id: `Koreksi teks ke-${i + 1} tidak berangkat dari hash yang tercatat sebelumnya (${expected}).`,
      en: `Text correction ${i + 1} does not start from the hash recorded before it (${expected}).`,
    },
    {
      id: `Tulis previous: ${expected} (sha256 artikel, atau sha256 koreksi sebelumnya).`,
      en: `Write previous: ${expected} (the article's sha256, or the previous correction's sha256).`,
    },
  );
}

/** The body hashes to something else than the last recorded hash. */
function bodyChanged(
  a: ArticleEntry,
  path: readonly PropertyKey[],
  recorded: string,
  now: string,
): Problem {
  return problemAt(
    a,
    path,
    'body-hash-changed',
    {
      id: `Teks tersimpan artikel ini berubah tanpa koreksi yang tercatat: SHA-256-nya sekarang ${now}, yang tercatat ${recorded}.`,
      en: `The stored text of this article changed without a recorded correction: its SHA-256 is now ${now}, the recorded one ${recorded}.`,
    },
    {
      id: `Kembalikan teks seperti semula. Bila perubahan itu perbaikan salinan yang sah, tambahkan di corrections satu entri: date: (hari ini, TTTT-BB-HH), field: body, previous: ${recorded}, sha256: ${now}, reason: (id: dan en: alasannya). Jangan ubah sha256 artikel.`,
      en: `Restore the text as it was. If the change is a genuine fix of the copy, add one entry to corrections: date: (today, YYYY-MM-DD), field: body, previous: ${recorded}, sha256: ${now}, reason: (id: and en: why). Do not change the article's sha256.`,
    },
  );
}

/** Every problem of the recorded hashes of one article. */
export function checkCapture(a: ArticleEntry): Problem[] {
  const first = a.data.sha256;
  return first === undefined ? [] : checkChain(a, first);
}

/**
 * The corrections of `a` and its body held against `first`, the hash its
 * stored body had when first published (its `sha256`, or the ledger's).
 */
export function checkChain(a: ArticleEntry, first: string): Problem[] {
  const problems: Problem[] = [];
  let recorded = first;
  let path: PropertyKey[] = ['sha256'];
  (a.data.corrections ?? []).forEach((c, i) => {
    if (c.previous !== recorded) problems.push(chainBroken(a, i, recorded));
    recorded = c.sha256;
    path = ['corrections', i, 'sha256'];
  });
  const now = bodySha256(a.body);
  if (now !== recorded) problems.push(bodyChanged(a, path, recorded, now));
  return problems;
}
