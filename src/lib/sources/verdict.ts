/**
 * The verdict on one article from what its fetch brought back: gone (404,
 * 410, no such host, connection refused), error (time-out, any other
 * failure or status, a page cut at the size cap that lacks a passage),
 * changed (a cited passage no longer on the page; a PDF or other
 * non-text answer is an error, its passages unread), moved (every passage
 * there, at another address), ok. A plain http → https upgrade of the same
 * address is a note, not a move.
 */
import { archiveFor } from './archive.ts';
import { decodePage } from './charset.ts';
import { pageText } from './extract.ts';
import { missingQuotes } from './match.ts';
import type { ArticleVerdict, FetchOutcome, WatchItem, WatchNote } from './types.ts';

const GONE_STATUSES = new Set([404, 410]);
const GONE_FAILURES = new Set(['dns', 'refused']);

/** The verdict for an article with no original address. */
export function notCheckable(item: WatchItem): ArticleVerdict {
  return { ...base(item), status: 'not-checkable', quotesFound: 0 };
}

function base(item: WatchItem): Omit<ArticleVerdict, 'status' | 'quotesFound'> {
  return {
    id: item.id,
    file: item.file,
    title: item.title,
    url: item.url,
    redirects: [],
    quotesTotal: item.quotes.length,
    missing: [],
    notes: [],
  };
}

/** Whether `to` is `from` itself, only asked for over https. */
function isHttpsUpgrade(from: string, to: string): boolean {
  const [a, b] = [URL.parse(from), URL.parse(to)];
  if (!a || !b) return false;
  return (
    a.protocol === 'http:' &&
    b.protocol === 'https:' &&
    a.host === b.host &&
    a.pathname === b.pathname &&
    a.search === b.search
  );
}

/** Whether a page is one whose text can be read here (HTML or plain text; no type: assume HTML). */
function isText(contentType: string | null): boolean {
  return (
    contentType === null ||
    /^\s*(text\/html|application\/xhtml\+xml|text\/plain)\b/iu.test(contentType)
  );
}

/** The verdict for an article from its fetch outcome. */
export function verdictFor(item: WatchItem, outcome: FetchOutcome): ArticleVerdict {
  const start = { ...base(item), redirects: outcome.redirects, quotesFound: 0 };
  if (outcome.kind === 'failure') {
    const gone = GONE_FAILURES.has(outcome.reason);
    return {
      ...start,
      status: gone ? 'gone' : 'error',
      reason: outcome.reason,
      ...(gone ? { archive: archiveFor(item) } : {}),
    };
  }
  const moved = outcome.finalUrl !== item.url ? outcome.finalUrl : undefined;
  const upgrade = moved !== undefined && isHttpsUpgrade(item.url, moved);
  const movedTo = upgrade ? undefined : moved;
  const notes: WatchNote[] = upgrade
    ? [
        {
          code: 'https-upgrade',
          id: `Alamat kini memakai https: ${moved}`,
          en: `The address now uses https: ${moved}`,
        },
      ]
    : [];
  const answered = { ...start, httpStatus: outcome.status, movedTo };
  if (outcome.status < 200 || outcome.status > 299) {
    const gone = GONE_STATUSES.has(outcome.status);
    return {
      ...answered,
      notes,
      status: gone ? 'gone' : 'error',
      reason: `http-${outcome.status}`,
      ...(gone ? { archive: archiveFor(item) } : {}),
    };
  }
  if (!isText(outcome.contentType))
    return { ...answered, notes, status: 'error', reason: 'not-html' };
  const decoded = decodePage(outcome.bytes, outcome.contentType, outcome.truncated);
  notes.push(...decoded.notes);
  if (outcome.truncated) {
    const kib = Math.round(outcome.bytes.length / 1024);
    notes.push({
      code: 'truncated',
      id: `Halaman lebih besar dari batas; hanya ${kib} KiB pertama yang dibaca.`,
      en: `The page is larger than the cap; only its first ${kib} KiB were read.`,
    });
  }
  const missing = missingQuotes(pageText(decoded.text, outcome.contentType), item.quotes);
  const status =
    missing.length === 0 ? (movedTo ? 'moved' : 'ok') : outcome.truncated ? 'error' : 'changed';
  return {
    ...answered,
    status,
    ...(status === 'error' ? { reason: 'too-large' } : {}),
    charset: decoded.charset,
    notes,
    missing,
    quotesFound: item.quotes.length - missing.length,
  };
}
