import { describe, expect, it } from 'vitest';
import { checkLinks, internalLinks } from '../../../scripts/verify/links.ts';
import { linesOf, page, siteOf } from './fixture.ts';

describe('checkLinks', () => {
  it('reports a broken link, a link without trailing slash and a missing stylesheet asset', () => {
    expect(
      linesOf(
        checkLinks(
          siteOf({
            'index.html': page('<a href="/nope/">n</a><a href="/a">a</a>'),
            'a/index.html': page(''),
            's.css': 'b{background:url(/missing.png)}',
          }),
        ),
      ),
    ).toEqual([
      'index.html: broken link <a href="/nope/">: no file nope/index.html in dist',
      'index.html: broken link <a href="/a">: missing trailing slash (the site\'s policy is "always"): use /a/',
      's.css: broken link <css url()="/missing.png">: no file missing.png in dist',
    ]);
  });
  it('reports an invalid URL, and leaves language alternates to the hreflang check', () => {
    expect(
      linesOf(
        checkLinks(
          siteOf({
            'index.html': page(
              '<a href="http://[bad">b</a>',
              '<link rel="alternate" hreflang="en" href="/en/x/">',
            ),
          }),
        ),
      ),
    ).toEqual(['index.html: invalid URL <a href="http://[bad">']);
  });
});

describe('internalLinks', () => {
  it('counts the URLs into the site, broken or not', () => {
    const site = siteOf({
      'index.html': page(
        '<a href="/nope/">n</a><a href="https://jejak-scp.id/">h</a><a href="https://example.org/" rel="noopener noreferrer">e</a><a href="mailto:a@b.id">m</a>',
      ),
    });
    expect(internalLinks(site).map((l) => l.ref.url)).toEqual(['/nope/', 'https://jejak-scp.id/']);
  });
});
