/**
 * The source watch against a local server serving every case: unchanged,
 * changed, moved, gone (404, 410, refused), slow, server error, redirect
 * loop, wrong and right encodings, huge pages; plus the per-host pace.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleVerdict, WatchItem } from '../../../src/lib/sources/types.ts';
import { watchSources, type WatchOptions } from '../../../scripts/sources/watch.ts';
import { QUOTES, closedPortUrl, startFixtureServer, type FixtureServer } from './fixture-server.ts';

const OPTIONS: WatchOptions = {
  userAgent: 'ContohSitus-SourceWatch/1.0 (+https://contoh.example)',
  timeoutMs: 600,
  maxBytes: 64 * 1024,
  delayMs: 20,
};

const ALL = Object.values(QUOTES);

describe('watchSources', () => {
  let server: FixtureServer;
  let verdicts: Map<string, ArticleVerdict>;
  const paths = [
    'unchanged',
    'changed',
    'old',
    'not-found',
    'removed',
    'slow',
    'server-error',
    'loop',
    'cp1252-as-utf8',
    'latin1',
    'meta-latin1',
    'huge',
    'huge-late',
  ];

  beforeAll(async () => {
    server = await startFixtureServer();
    const item = (id: string, url: string): WatchItem => ({
      id,
      file: `content/articles/${id}.md`,
      title: `Contoh latihan ${id}`,
      outlet: 'contoh',
      url,
      published: '2023-05-15',
      quotes: ALL,
    });
    const items = [
      ...paths.map((p) => item(p, `${server.origin}/${p}`)),
      item('refused', await closedPortUrl()),
      item('no-address', 'unknown'),
    ];
    const list = await watchSources(items, OPTIONS);
    expect(list.map((v) => v.id)).toEqual(items.map((i) => i.id));
    verdicts = new Map(list.map((v) => [v.id, v]));
  });
  afterAll(() => server.close());

  const verdict = (id: string) => verdicts.get(id) as ArticleVerdict;

  it('finds every passage of an unchanged page, ignoring scripts, markup and typography', () => {
    expect(verdict('unchanged')).toMatchObject({ status: 'ok', quotesFound: 4, missing: [] });
    expect(verdict('unchanged').notes).toEqual([]);
  });

  it('names the passage gone from a changed page (a script holding it does not count)', () => {
    expect(verdict('changed')).toMatchObject({
      status: 'changed',
      missing: [QUOTES.days],
      quotesFound: 3,
    });
  });

  it('reports a moved page with its redirect and new address', () => {
    expect(verdict('old')).toMatchObject({
      status: 'moved',
      movedTo: `${server.origin}/new`,
      redirects: [{ from: `${server.origin}/old`, to: `${server.origin}/new`, status: 301 }],
    });
  });

  it('reports 404, 410 and a refused connection as gone, proposing an archive address', () => {
    for (const [id, reason] of [
      ['not-found', 'http-404'],
      ['removed', 'http-410'],
      ['refused', 'refused'],
    ] as const) {
      const v = verdict(id);
      expect(v).toMatchObject({ status: 'gone', reason });
      expect(v.archive).toEqual({
        url: `https://web.archive.org/web/20230515/${v.url}`,
        proposed: true,
      });
    }
  });

  it('gives up on a slow server at the time-out, a 500 and a redirect loop as errors', () => {
    expect(verdict('slow')).toMatchObject({ status: 'error', reason: 'timeout' });
    expect(verdict('server-error')).toMatchObject({ status: 'error', reason: 'http-500' });
    expect(verdict('loop')).toMatchObject({ status: 'error', reason: 'too-many-redirects' });
    expect(verdict('loop').redirects).toHaveLength(6);
  });

  it('reads windows-1252 bytes declared as UTF-8, and says so', () => {
    const v = verdict('cp1252-as-utf8');
    expect(v).toMatchObject({ status: 'ok', charset: 'windows-1252', quotesFound: 4 });
    expect(v.notes.map((n) => n.code)).toEqual(['encoding-mismatch']);
  });

  it('reads Latin-1 declared in the header or in a meta element', () => {
    for (const id of ['latin1', 'meta-latin1']) {
      expect(verdict(id)).toMatchObject({ status: 'ok', charset: 'windows-1252', notes: [] });
    }
  });

  it('cuts a huge page at the cap: fine when the passages come first, an error when they follow', () => {
    expect(verdict('huge')).toMatchObject({ status: 'ok', quotesFound: 4 });
    expect(verdict('huge').notes.map((n) => n.code)).toEqual(['truncated']);
    expect(verdict('huge-late')).toMatchObject({ status: 'error', reason: 'too-large' });
  });

  it('does not fetch an article without an address', () => {
    expect(verdict('no-address')).toMatchObject({ status: 'not-checkable', quotesTotal: 4 });
  });

  it('sends its user agent and asks one host one thing at a time, with a pause', () => {
    expect(new Set(server.hits.map((h) => h.userAgent))).toEqual(new Set([OPTIONS.userAgent]));
    // The first request for each article; redirect hops follow their first request at once.
    const starts = paths.map((p) => server.hits.find((h) => h.path === `/${p}`)?.at ?? NaN);
    for (let i = 1; i < starts.length; i++) {
      const gap = (starts[i] as number) - (starts[i - 1] as number);
      const wait = paths[i - 1] === 'slow' ? OPTIONS.timeoutMs : 0;
      expect(gap).toBeGreaterThanOrEqual(OPTIONS.delayMs + wait - 5);
    }
  });
});
