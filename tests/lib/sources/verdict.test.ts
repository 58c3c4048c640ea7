/** The verdict on one article from its fetch outcome, without a network. */
import { describe, expect, it } from 'vitest';
import type { FetchOutcome, WatchItem } from '../../../src/lib/sources/types.ts';
import { notCheckable, verdictFor } from '../../../src/lib/sources/verdict.ts';

const item: WatchItem = {
  id: 'contoh',
  file: 'content/articles/contoh.md',
  title: 'Contoh latihan',
  outlet: 'contoh',
  url: 'http://contoh.example/berita/1',
  published: '2019-02',
  quotes: ['Contoh latihan kalimat pertama', 'Contoh latihan kalimat kedua'],
};

const page = (
  body: string,
  finalUrl = item.url,
  status = 200,
  contentType: string | null = 'text/html; charset=utf-8',
): FetchOutcome => ({
  kind: 'response',
  status,
  finalUrl,
  redirects: finalUrl === item.url ? [] : [{ from: item.url, to: finalUrl, status: 301 }],
  contentType,
  bytes: new TextEncoder().encode(body),
  truncated: false,
});
const both = '<p>Contoh latihan kalimat pertama.</p><p>Contoh latihan kalimat kedua.</p>';

describe('verdictFor', () => {
  it('is ok when every quote is there, and counts them', () => {
    expect(verdictFor(item, page(both))).toMatchObject({
      status: 'ok',
      quotesFound: 2,
      quotesTotal: 2,
    });
  });
  it('takes an http → https upgrade of the same address as a note, not a move', () => {
    const v = verdictFor(item, page(both, 'https://contoh.example/berita/1'));
    expect(v.status).toBe('ok');
    expect(v.movedTo).toBeUndefined();
    expect(v.notes.map((n) => n.code)).toEqual(['https-upgrade']);
  });
  it('calls a page at another address with a passage gone changed, and says where it is', () => {
    const v = verdictFor(
      item,
      page('<p>Contoh latihan kalimat kedua.</p>', 'https://baru.example/1'),
    );
    expect(v).toMatchObject({
      status: 'changed',
      movedTo: 'https://baru.example/1',
      missing: [item.quotes[0]],
    });
  });
  it('calls no such host gone, and a time-out or a 403 an error without an archive', () => {
    const failure = (reason: 'dns' | 'timeout'): FetchOutcome => ({
      kind: 'failure',
      reason,
      detail: '',
      redirects: [],
    });
    expect(verdictFor(item, failure('dns'))).toMatchObject({ status: 'gone', reason: 'dns' });
    expect(verdictFor(item, failure('dns')).archive?.url).toBe(
      `https://web.archive.org/web/201902/${item.url}`,
    );
    const late = verdictFor(item, failure('timeout'));
    expect(late.status).toBe('error');
    expect(late.archive).toBeUndefined();
    expect(verdictFor(item, page('dilarang', item.url, 403))).toMatchObject({
      status: 'error',
      reason: 'http-403',
    });
  });
  it('does not read a PDF or other non-text answer for passages: an error, not a change', () => {
    const pdf = page('%PDF-1.7 Contoh latihan', item.url, 200, 'application/pdf');
    expect(verdictFor(item, pdf)).toMatchObject({
      status: 'error',
      reason: 'not-html',
      missing: [],
    });
    const text = 'Contoh latihan kalimat pertama. Contoh latihan kalimat kedua.';
    expect(verdictFor(item, page(text, item.url, 200, 'text/plain')).status).toBe('ok');
    expect(verdictFor(item, page(both, item.url, 200, null)).status).toBe('ok');
  });
  it('does not fetch an article without an address', () => {
    expect(notCheckable({ ...item, url: 'unknown' })).toMatchObject({
      status: 'not-checkable',
      quotesTotal: 2,
    });
  });
});
