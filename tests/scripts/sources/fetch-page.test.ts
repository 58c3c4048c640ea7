/** One fetch: headers sent, redirects recorded, the size cap, and failures named, never thrown. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failureReason, fetchPage } from '../../../scripts/sources/fetch-page.ts';
import { startFixtureServer, type FixtureServer } from './fixture-server.ts';

const options = {
  userAgent: 'Contoh-SourceWatch/1.0 (+https://contoh.example)',
  timeoutMs: 500,
  maxBytes: 1000,
};

describe('fetchPage', () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer({
      '/a': { status: 302, headers: { location: '/b' } },
      '/b': { status: 307, headers: { location: '/unchanged' } },
    });
  });
  afterAll(() => server.close());

  it('follows and records each redirect hop, with the user agent on each request', async () => {
    const outcome = await fetchPage(`${server.origin}/a`, options);
    expect(outcome).toMatchObject({
      kind: 'response',
      status: 200,
      finalUrl: `${server.origin}/unchanged`,
    });
    expect(outcome.redirects.map((r) => [r.status, new URL(r.to).pathname])).toEqual([
      [302, '/b'],
      [307, '/unchanged'],
    ]);
    const agents = server.hits
      .filter((h) => ['/a', '/b', '/unchanged'].includes(h.path))
      .map((h) => h.userAgent);
    expect(agents).toEqual([options.userAgent, options.userAgent, options.userAgent]);
  });

  it('reads no more than the cap and says the body was cut', async () => {
    const outcome = await fetchPage(`${server.origin}/huge`, options);
    expect(outcome).toMatchObject({ kind: 'response', truncated: true });
    if (outcome.kind === 'response') expect(outcome.bytes.length).toBe(1000);
    const small = await fetchPage(`${server.origin}/unchanged`, { ...options, maxBytes: 100_000 });
    expect(small).toMatchObject({ truncated: false });
    const endless = await fetchPage(`${server.origin}/endless`, options);
    expect(endless).toMatchObject({ kind: 'response', truncated: true });
  });

  it('returns a time-out as a failure', async () => {
    const started = Date.now();
    expect(await fetchPage(`${server.origin}/slow`, options)).toMatchObject({
      kind: 'failure',
      reason: 'timeout',
    });
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('failureReason', () => {
  const withCode = (code: string) => new TypeError('fetch failed', { cause: { code } });
  it('tells no host, refused and time-outs from other network failures', () => {
    expect(failureReason(withCode('ENOTFOUND'))).toBe('dns');
    expect(failureReason(withCode('ECONNREFUSED'))).toBe('refused');
    expect(failureReason(withCode('UND_ERR_CONNECT_TIMEOUT'))).toBe('timeout');
    expect(failureReason(new DOMException('late', 'TimeoutError'))).toBe('timeout');
    expect(failureReason(withCode('ECONNRESET'))).toBe('network');
    expect(failureReason('odd')).toBe('network');
  });
});
