/** The static server of the browser tests and Lighthouse: compression only when asked for. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serveDir } from './server.ts';

const dir = mkdtempSync(join(tmpdir(), 'serve-'));
/** Contoh latihan: a page long enough to be worth compressing. */
const PAGE = `<!doctype html><p>${'Contoh latihan. '.repeat(100)}</p>`;
writeFileSync(join(dir, 'index.html'), PAGE);
writeFileSync(join(dir, 'a.png'), Buffer.from([137, 80, 78, 71]));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function get(gzip: boolean, path: string, accept = 'gzip, deflate') {
  const server = await serveDir(dir, { gzip });
  try {
    const res = await fetch(`${server.origin}${path}`, { headers: { 'Accept-Encoding': accept } });
    return { encoding: res.headers.get('content-encoding'), body: await res.arrayBuffer() };
  } finally {
    await server.close();
  }
}

describe('serveDir', () => {
  it('sends files as they are by default', async () => {
    const res = await get(false, '/');
    expect(res.encoding).toBeNull();
    expect(Buffer.from(res.body).toString()).toBe(PAGE);
  });

  it('with gzip, compresses text for a client that accepts it, as nginx does', async () => {
    // fetch() would unpack the body itself: read the raw length through the header instead.
    const server = await serveDir(dir, { gzip: true });
    try {
      const res = await fetch(`${server.origin}/`, { headers: { 'Accept-Encoding': 'gzip' } });
      expect(res.headers.get('content-encoding')).toBe('gzip');
      expect(Number(res.headers.get('content-length'))).toBeLessThan(PAGE.length / 4);
      expect(await res.text()).toBe(PAGE);
    } finally {
      await server.close();
    }
  });

  it('with gzip, leaves images and clients that do not ask alone', async () => {
    expect((await get(true, '/a.png')).encoding).toBeNull();
    expect((await get(true, '/', 'identity')).encoding).toBeNull();
  });
});
