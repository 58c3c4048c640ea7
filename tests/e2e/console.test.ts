/** No page logs an error, throws, or requests anything from another host. */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { distPages, runsScripts, useSite } from './site.ts';

const site = useSite();
/** What the current test's page load reported; emptied before each test. */
let problems: string[] = [];

beforeAll(() => {
  const page = site.page;
  page.on('console', (msg) => {
    if (msg.type() === 'error')
      problems.push(`console error: ${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.hostname !== '127.0.0.1') {
      problems.push(`request to another host: ${request.url()}`);
    }
  });
  page.on('requestfailed', (request) => {
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? ''})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} for ${response.url()}`);
  });
});
beforeEach(() => {
  problems = [];
});

describe('console', () => {
  it.each(distPages())(
    '%s: no console errors, page errors or requests to other hosts',
    async (path) => {
      await site.open(path);
      // Late requests (the search page's worker) belong to this page, not to the next one.
      // A page without scripts makes none after its load event: waiting for the
      // network to stay idle for half a second would only add time.
      if (runsScripts(path)) await site.page.waitForLoadState('networkidle');
      expect(problems).toEqual([]);
    },
  );

  it('only the search pages are left to go idle: they run scripts, the other pages do not', () => {
    const scripted = distPages().filter((path) => runsScripts(path));
    expect(scripted.length).toBeGreaterThan(0);
    expect(scripted.every((path) => /\/(cari|search)\//.test(path))).toBe(true);
  });
});
