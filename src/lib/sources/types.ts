/**
 * The shapes the source watch passes around: what it checks for each article
 * (a watch item), what one fetch of an original address brought back, and
 * the verdict per article that both reports (readable and JSON) are made of.
 */

/** One article to watch: its original address and the passages our records cite from it. */
export interface WatchItem {
  id: string;
  /** The article's file, relative to the project root. */
  file: string;
  title: string;
  outlet: string;
  /** The original address, or `unknown` when the article has none. */
  url: string;
  /** Publication date as far as known (YYYY, YYYY-MM, YYYY-MM-DD) or `unknown`. */
  published: string;
  /** Every distinct passage cited from the article, as written in the records. */
  quotes: string[];
  /** An archived copy recorded for the article, when the content knows one. */
  archive?: string | undefined;
}

/** One hop of a redirect chain. */
export interface Redirect {
  from: string;
  to: string;
  status: number;
}

/** What one fetch of an address brought back. */
export type FetchOutcome =
  | {
      kind: 'response';
      status: number;
      /** The address that answered, after every redirect. */
      finalUrl: string;
      redirects: Redirect[];
      contentType: string | null;
      /** The body, at most the size cap. */
      bytes: Uint8Array;
      /** Whether the body was cut at the size cap. */
      truncated: boolean;
    }
  | {
      kind: 'failure';
      reason: 'timeout' | 'dns' | 'refused' | 'too-many-redirects' | 'network';
      detail: string;
      redirects: Redirect[];
    };

/**
 * ok: there, every quote found; changed: there, a quote is gone; moved:
 * redirected to another address, every quote found; gone: 404, 410, no host,
 * connection refused; error: the watch could not tell (time-out, other
 * status, a cut page without every quote); not-checkable: no address.
 */
export type WatchStatus = 'ok' | 'changed' | 'moved' | 'gone' | 'error' | 'not-checkable';

/** Something worth knowing that does not decide the status. */
export interface WatchNote {
  code: 'encoding-mismatch' | 'unknown-charset' | 'truncated' | 'https-upgrade';
  /** Indonesian, then English. */
  id: string;
  en: string;
}

export interface ArticleVerdict {
  id: string;
  file: string;
  title: string;
  url: string;
  status: WatchStatus;
  /** Why it is gone or an error, in one code: `http-404`, `timeout`, `dns`, `refused`… */
  reason?: string | undefined;
  httpStatus?: number | undefined;
  /** The address that answered, when it is another one. */
  movedTo?: string | undefined;
  redirects: Redirect[];
  /** The character encoding the page was read with. */
  charset?: string | undefined;
  quotesTotal: number;
  quotesFound: number;
  /** The cited passages not found on the page, as written in the records. */
  missing: string[];
  notes: WatchNote[];
  /** The archived copy to use instead: recorded, or proposed (not fetched) for a gone page. */
  archive?: { url: string; proposed: boolean } | undefined;
}
