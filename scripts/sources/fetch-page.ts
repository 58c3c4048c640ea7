/**
 * One polite fetch of an original address: a User-Agent naming the site,
 * one time-out for the whole exchange (redirects and body included),
 * redirects followed by hand so each hop is recorded, and the body read up
 * to a size cap (the rest is not downloaded). Never throws: every failure
 * comes back as a `failure` outcome with a reason.
 */
import type { FetchOutcome, Redirect } from '../../src/lib/sources/types.ts';

export interface FetchOptions {
  userAgent: string;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects?: number;
}

/** Read at most `max` bytes of a body; whether more was there. */
async function readCapped(
  body: ReadableStream<Uint8Array> | null,
  max: number,
): Promise<{ bytes: Uint8Array; truncated: boolean }> {
  if (!body) return { bytes: new Uint8Array(), truncated: false };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.length;
    if (size > max) {
      await reader.cancel();
      break;
    }
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  return { bytes: all.subarray(0, Math.min(size, max)), truncated: size > max };
}

/** The failure reason of a thrown fetch error. */
export function failureReason(error: unknown): 'timeout' | 'dns' | 'refused' | 'network' {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
    return 'timeout';
  const cause =
    error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  const code = typeof cause?.code === 'string' ? cause.code : '';
  if (code === 'ENOTFOUND') return 'dns';
  if (code === 'ECONNREFUSED') return 'refused';
  if (code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT') return 'timeout';
  return 'network';
}

/** Fetch `url` once, following and recording redirects. */
export async function fetchPage(url: string, options: FetchOptions): Promise<FetchOutcome> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  const redirects: Redirect[] = [];
  let current = url;
  try {
    for (let hop = 0; hop <= (options.maxRedirects ?? 5); hop++) {
      const response = await fetch(current, {
        redirect: 'manual',
        signal,
        headers: {
          'user-agent': options.userAgent,
          accept: 'text/html,application/xhtml+xml,text/plain;q=0.8,*/*;q=0.1',
          'accept-language': 'id,en;q=0.8',
        },
      });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        const next = new URL(location, current).href;
        redirects.push({ from: current, to: next, status: response.status });
        current = next;
        continue;
      }
      const { bytes, truncated } = await readCapped(response.body, options.maxBytes);
      return {
        kind: 'response',
        status: response.status,
        finalUrl: current,
        redirects,
        contentType: response.headers.get('content-type'),
        bytes,
        truncated,
      };
    }
    return { kind: 'failure', reason: 'too-many-redirects', detail: current, redirects };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { kind: 'failure', reason: failureReason(error), detail, redirects };
  }
}
