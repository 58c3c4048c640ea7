/**
 * A local HTTP server for the source-watch tests (127.0.0.1, random port):
 * one path per case the watch must tell apart, with fictional practice
 * texts ("Contoh latihan"), plus any extra pages a test adds. It records
 * each request's path, User-Agent and arrival time.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The passages the practice pages carry; the watch looks for them. */
export const QUOTES = {
  count: 'Contoh latihan: sebanyak 12 pegawai Kota Contoh mengikuti pelatihan tata kelola air',
  days: 'Pelatihan berlangsung selama lima hari di Negeri Contoh',
  accent: 'dibuka oleh Direktur Rémi Contoh pada hari pertama',
  styled: 'Peserta belajar "design thinking" - cara baru melayani warga',
} as const;

const PAGE = `<!doctype html><html lang="id"><head><title>Contoh latihan</title>
<script>var ignored = "${QUOTES.days}x";</script><style>p{}</style></head><body>
<nav>Beranda · Berita</nav><article><h1>Contoh latihan</h1>
<p>${QUOTES.count} di luar negeri.</p>
<p>Pelatihan   berlangsung selama <em>lima hari</em>
di Negeri Contoh.</p>
<p>Acara ${QUOTES.accent}.</p>
<p>Peserta belajar &ldquo;design thinking&rdquo; &ndash; cara baru melayani warga.</p>
</article></body></html>`;

/** The practice page without the passage about its length. */
const CHANGED = PAGE.replace(/<p>Pelatihan[^]*?<\/p>/u, '<p>Paragraf ini diganti penerbit.</p>');

export interface Page {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** Milliseconds to wait before answering. */
  delayMs?: number;
  /** Send the body again and again until the client hangs up. */
  endless?: boolean;
}

const html = (body: string | Uint8Array, charset = 'utf-8'): Page => ({
  headers: { 'content-type': `text/html; charset=${charset}` },
  body,
});

/** The cases, by path. */
export const CASES: Record<string, Page> = {
  '/unchanged': html(PAGE),
  '/changed': html(CHANGED),
  '/old': { status: 301, headers: { location: '/new' } },
  '/new': html(PAGE),
  '/not-found': { status: 404, body: 'tidak ada' },
  '/removed': { status: 410, body: 'dihapus' },
  '/slow': { ...html(PAGE), delayMs: 3000 },
  '/server-error': { status: 500, body: 'galat' },
  '/loop': { status: 302, headers: { location: '/loop' } },
  '/cp1252-as-utf8': html(Buffer.from(PAGE, 'latin1'), 'utf-8'),
  '/latin1': html(Buffer.from(PAGE, 'latin1'), 'iso-8859-1'),
  '/meta-latin1': {
    headers: { 'content-type': 'text/html' },
    body: Buffer.from(PAGE.replace('<head>', '<head><meta charset="iso-8859-1">'), 'latin1'),
  },
  '/huge': html(
    PAGE.replace('</body>', `<p>${'Isi tambahan contoh latihan. '.repeat(8000)}</p></body>`),
  ),
  '/endless': { ...html('<p>Contoh latihan tanpa akhir.</p>'.repeat(500)), endless: true },
  '/huge-late': html(
    PAGE.replace('<article>', `<article><p>${'Isi tambahan contoh latihan. '.repeat(8000)}</p>`),
  ),
};

export interface Hit {
  path: string;
  userAgent: string;
  at: number;
}

export interface FixtureServer {
  origin: string;
  hits: Hit[];
  pages: Map<string, Page>;
  close(): Promise<void>;
}

function answer(page: Page | undefined, res: ServerResponse): void {
  if (!page) {
    res.writeHead(404).end('tidak ada');
    return;
  }
  res.writeHead(page.status ?? 200, page.headers ?? {});
  if (!page.endless) {
    res.end(page.body ?? '');
    return;
  }
  const timer = setInterval(() => res.write(page.body ?? ''), 5);
  res.on('close', () => clearInterval(timer));
}

/** Start the server with the cases and `extra` pages; close it after the tests. */
export async function startFixtureServer(extra: Record<string, Page> = {}): Promise<FixtureServer> {
  const pages = new Map(Object.entries({ ...CASES, ...extra }));
  const hits: Hit[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits.push({ path, userAgent: req.headers['user-agent'] ?? '', at: Date.now() });
    const page = pages.get(path);
    if (page?.delayMs) setTimeout(() => answer(page, res), page.delayMs).unref();
    else answer(page, res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    hits,
    pages,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** An address on 127.0.0.1 where nothing listens. */
export async function closedPortUrl(): Promise<string> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((done) => probe.close(() => done()));
  return `http://127.0.0.1:${port}/gone`;
}
