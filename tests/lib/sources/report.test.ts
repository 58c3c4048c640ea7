/** The readable report and the exit code of the source watch. */
import { describe, expect, it } from 'vitest';
import {
  formatWatchReport,
  noServerAnswered,
  reasonWords,
  watchExitCode,
} from '../../../src/lib/sources/report.ts';
import type { ArticleVerdict } from '../../../src/lib/sources/types.ts';

const v = (id: string, over: Partial<ArticleVerdict>): ArticleVerdict => ({
  id,
  file: `content/articles/${id}.md`,
  title: `Contoh latihan ${id}`,
  url: `http://contoh.example/${id}`,
  status: 'ok',
  redirects: [],
  quotesTotal: 2,
  quotesFound: 2,
  missing: [],
  notes: [],
  httpStatus: 200,
  ...over,
});

const ok = v('ada', {});
const gone = v('hilang', {
  status: 'gone',
  reason: 'http-404',
  httpStatus: 404,
  quotesFound: 0,
  archive: { url: 'https://web.archive.org/web/2019/http://contoh.example/hilang', proposed: true },
});
const changed = v('berubah', {
  status: 'changed',
  quotesFound: 1,
  missing: ['Contoh latihan kutipan yang hilang'],
});
const none = v('tanpa', { status: 'not-checkable', url: 'unknown', httpStatus: undefined });

describe('formatWatchReport', () => {
  const text = formatWatchReport([ok, none, changed, gone], 20);
  it('sums up, then lists the worst first, Indonesian before English', () => {
    expect(text.split('\n').slice(0, 2)).toEqual([
      'Pantauan sumber: 4 artikel (source watch: 4 articles)',
      '1 hilang (gone), 1 berubah (changed), 1 masih ada (still there), 1 tanpa alamat (not checkable).',
    ]);
    const order = [
      '[HILANG / GONE]',
      '[BERUBAH / CHANGED]',
      '[MASIH ADA / STILL THERE]',
      '[TANPA ALAMAT',
    ];
    const at = order.map((label) => text.indexOf(label));
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });
  it('names the missing passage, the reason and the proposed archive, and what to do', () => {
    expect(text).toContain('    - “Contoh latihan kutipan yang hilang”');
    expect(text).toContain(
      'Sebab (reason): server menjawab dengan status 404 (the server answered with status 404).',
    );
    expect(text).toContain(
      'Arsip yang diusulkan, belum dibuka (proposed archive, not opened): https://web.archive.org/web/2019/',
    );
    expect(text).toContain('Kutipan ditemukan: 1 dari 2 (quotes found: 1 of 2).');
    expect(text).toMatch(
      /Langkah: Buka halaman aslinya[^\n]*\n {2}\(What to do: Open the original/u,
    );
  });
  it('warns first when no server answered at all', () => {
    const offline = v('x', { status: 'gone', reason: 'dns', httpStatus: undefined });
    expect(noServerAnswered([offline, none])).toBe(true);
    expect(noServerAnswered([offline, ok])).toBe(false);
    expect(noServerAnswered([none])).toBe(false);
    expect(formatWatchReport([offline], 20)).toContain(
      'Peringatan: tidak ada satu server pun yang menjawab.',
    );
    expect(text).not.toContain('Peringatan');
  });
});

describe('formatWatchReport, long redirect chains and cut pages', () => {
  it('shows the first and last hop of a long chain, and says a cut page was only partly read', () => {
    const hop = (n: number) => ({
      from: `http://contoh.example/${n}`,
      to: `http://contoh.example/${n + 1}`,
      status: 302,
    });
    const loop = v('putar', {
      status: 'error',
      reason: 'too-many-redirects',
      redirects: [0, 1, 2, 3, 4].map(hop),
    });
    const text = formatWatchReport([loop], 20);
    expect(text).toContain(
      '302: http://contoh.example/0 → http://contoh.example/1\n  … 3 pengalihan lagi (more redirects) …\n',
    );
    expect(text).toContain('302: http://contoh.example/4 → http://contoh.example/5');
    expect(text).not.toContain('contoh.example/2 →');
    const cut = v('besar', {
      status: 'error',
      reason: 'too-large',
      missing: ['Contoh latihan kutipan'],
    });
    expect(formatWatchReport([cut], 20)).toContain(
      'Tidak ditemukan di bagian yang terbaca (not found in the part read):',
    );
  });
});

describe('reasonWords', () => {
  it('puts each reason in words, with the time-out in seconds', () => {
    expect(reasonWords('timeout', 7)).toEqual([
      'server tidak menjawab dalam 7 detik',
      'the server did not answer within 7 seconds',
    ]);
    expect(reasonWords('dns', 7)[1]).toBe('the domain name was not found');
    expect(reasonWords('not-html', 7)[0]).toContain('bukan halaman web');
    expect(reasonWords('timeout', 1)[1]).toBe('the server did not answer within 1 second');
  });
});

describe('watchExitCode', () => {
  it('is 0 when all checkable articles are still there, 1 otherwise', () => {
    expect(watchExitCode([ok, none])).toBe(0);
    expect(watchExitCode([ok, changed])).toBe(1);
    expect(watchExitCode([v('p', { status: 'moved' })])).toBe(1);
    expect(watchExitCode([v('e', { status: 'error' })])).toBe(1);
  });
});
