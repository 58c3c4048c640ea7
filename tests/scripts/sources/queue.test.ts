/** The polite pace: one request at a time per host, a pause between, hosts side by side. */
import { describe, expect, it } from 'vitest';
import { perHost } from '../../../scripts/sources/queue.ts';

describe('perHost', () => {
  it('runs one host one at a time with the pause, other hosts alongside, results in order', async () => {
    const urls = [
      'http://a.example/1',
      'http://b.example/1',
      'http://a.example/2',
      'not an address',
    ];
    const log: { url: string; start: number; end: number }[] = [];
    let running = new Map<string, number>();
    const results = await perHost(
      urls,
      (u) => u,
      async (url) => {
        const host = URL.parse(url)?.host ?? url;
        running = new Map(running).set(host, (running.get(host) ?? 0) + 1);
        expect(running.get(host)).toBe(1);
        const start = Date.now();
        await new Promise((done) => setTimeout(done, 30));
        running.set(host, (running.get(host) ?? 1) - 1);
        log.push({ url, start, end: Date.now() });
        return url.toUpperCase();
      },
      50,
    );
    expect(results).toEqual(urls.map((u) => u.toUpperCase()));
    const at = (url: string) => log.find((l) => l.url === url) as { start: number; end: number };
    expect(at('http://a.example/2').start - at('http://a.example/1').end).toBeGreaterThanOrEqual(
      45,
    );
    expect(at('http://b.example/1').start).toBeLessThan(at('http://a.example/1').end);
  });
});
