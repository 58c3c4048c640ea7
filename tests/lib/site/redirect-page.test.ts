import { describe, expect, it } from 'vitest';
import { checkSite } from '../../../scripts/verify-dist.ts';
import { parseSite } from '../../../scripts/verify/site.ts';
import { CSP_META } from '../../../src/lib/site/csp.ts';
import { redirectPage } from '../../../src/lib/site/redirect-page.ts';
import type { Redirect } from '../../../src/lib/site/redirects.ts';

const SITE = 'https://contoh.go.id';
const ID: Redirect = { from: '/angkatan/lama/', to: '/angkatan/baru/', lang: 'id' };
const EN: Redirect = { from: '/en/cohorts/lama/', to: '/en/cohorts/baru/', lang: 'en' };

describe('redirectPage', () => {
  it('sends the browser on at once, names the new address as canonical and is not indexed', () => {
    const html = redirectPage(ID, SITE);
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/angkatan/baru/">');
    expect(html).toContain('<link rel="canonical" href="https://contoh.go.id/angkatan/baru/">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CSP_META}">`);
    expect(html).not.toMatch(/<script|style=|data-pagefind-body/);
  });

  it('shows the link to a reader, in the language of the page', () => {
    const id = redirectPage(ID, SITE);
    expect(id).toContain('<html lang="id">');
    expect(id).toContain('<h1>Halaman ini sudah pindah</h1>');
    expect(id).toContain('<a href="/angkatan/baru/">https://contoh.go.id/angkatan/baru/</a>');
    const en = redirectPage(EN, SITE);
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<h1>This page has moved</h1>');
    expect(en).toContain('<a href="/en/cohorts/baru/">');
  });

  it('passes every check of npm run verify, next to the page it leads to', () => {
    const target = (lang: string) =>
      `<!DOCTYPE html><html lang="${lang}"><head><title>Baru</title></head><body><h1>Baru</h1></body></html>`;
    const files: Record<string, string> = {
      'angkatan/lama/index.html': redirectPage(ID, SITE),
      'en/cohorts/lama/index.html': redirectPage(EN, SITE),
      'angkatan/baru/index.html': target('id'),
      'en/cohorts/baru/index.html': target('en'),
    };
    const site = parseSite(Object.keys(files), (f) => files[f] ?? '', { site: SITE });
    const result = checkSite(site);
    expect(result.problems).toEqual([]);
    // The refresh target, the canonical link and the visible link, on each page.
    expect(result.links).toBe(6);
  });

  it('escapes what it writes into attributes', () => {
    const odd: Redirect = { from: '/a/', to: '/b/?x="1"&y=<2>', lang: 'id' };
    expect(redirectPage(odd, SITE)).toContain('url=/b/?x=&quot;1&quot;&amp;y=&lt;2&gt;"');
  });
});
