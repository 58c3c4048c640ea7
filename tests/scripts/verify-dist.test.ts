import { describe, expect, it } from 'vitest';
import { useFixtureDirs } from '../helpers/files.ts';
import { checkSite, formatResult, verifyDist } from '../../scripts/verify-dist.ts';
import { page, SITE, siteOf } from './verify/fixture.ts';

/** A dist folder in a temporary directory with the given files. */
const fixture = useFixtureDirs('verify-dist-');

/** The problems of a fixture site, as `file: problem` lines. */
function problemsOf(files: Record<string, string>): string[] {
  return verifyDist(fixture(files), { site: SITE }).problems.map((p) => `${p.file}: ${p.message}`);
}

describe('checkSite', () => {
  it('finds no problem in a valid page whose links resolve', () => {
    const site = siteOf({
      'index.html': page(
        '<p id="a">x</p><a name="old">y</a><img src="/i.svg" srcset="/i1.svg 1x, /i2.svg 2x" alt="">',
      ),
      'i.svg': '',
      'i1.svg': '',
      'i2.svg': '',
    });
    expect(checkSite(site).problems).toEqual([]);
  });
  it('reports scripts, inline styles, event handlers and javascript: URLs, in SVG too', () => {
    const site = siteOf({
      'index.html': page(
        '<script type="module">x()</script><p style="color:red" onclick="x()">x</p>' +
          '<a href=" JavaScript:alert(1)">x</a><svg><script></script><rect onload="x()"/></svg>',
      ),
    });
    expect(checkSite(site).problems.map((p) => p.message)).toEqual([
      '<script> element (the site needs no JavaScript)',
      'inline style attribute on <p>: style="color:red"',
      'event-handler attribute onclick on <p>',
      'javascript: URL in href of <a>',
      '<script> element (the site needs no JavaScript)',
      'event-handler attribute onload on <rect>',
    ]);
  });
});

describe('verifyDist', () => {
  it('passes a consistent site and counts pages, links and anchors', () => {
    const dir = fixture({
      'index.html': page(
        '<a href="/a/">a</a> <a href="a/#x">x</a> <a href="#main">m</a><main id="main"></main>' +
          '<a href="https://example.org/" rel="noopener noreferrer external">e</a> <a href="mailto:a@b.id">m</a>',
        '<link rel="alternate" hreflang="en" href="https://jejak-scp.id/en/"><link rel="stylesheet" href="/s.css">',
      ),
      'en/index.html': page(''),
      'a/index.html': page('<p id="x">x</p><img src="../i.svg" alt="">'),
      'i.svg': '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
      's.css': 'body{background:url(/i.svg)}',
    });
    const result = verifyDist(dir, { site: SITE });
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ pages: 3, links: 7, anchors: 2 });
    expect(formatResult(result)).toBe(
      'verify-dist: 3 pages, 7 links, 2 anchors checked, 0 problems\n',
    );
  });
  it('allows scripts on the search pages and does not check files under pagefind/', () => {
    expect(
      problemsOf({
        'cari/index.html': page('<script type="module" src="/pagefind/pagefind.js"></script>'),
        'pagefind/pagefind.js': '',
        'pagefind/playground/index.html': '<p style="x">no lang, no title</p>',
        'pagefind/x.css': 'a{background:url(/missing.png)}',
      }),
    ).toEqual([]);
  });
  it('reports external links without noopener noreferrer and third-party resources', () => {
    expect(
      problemsOf({
        'index.html': page(
          '<a href="https://example.org/" rel="noopener">e</a><img src="https://cdn.example.org/i.png" alt="">',
          '<link rel="stylesheet" href="https://fonts.example.org/f.css">',
        ),
      }),
    ).toEqual([
      'index.html: loads a resource from another origin: <link href="https://fonts.example.org/f.css">',
      'index.html: external link <a href="https://example.org/"> needs rel="noopener noreferrer" (has rel="noopener")',
      'index.html: loads a resource from another origin: <img src="https://cdn.example.org/i.png">',
    ]);
  });
  it('reports page-level problems with the file they are in', () => {
    expect(
      problemsOf({
        'index.html': page('<p id="d"></p><p id="d" style="x:y"></p>'),
        'b/index.html': '<html><head></head><body></body></html>',
      }),
    ).toEqual([
      'b/index.html: <html> has no lang attribute',
      'b/index.html: no <title>',
      'b/index.html: 0 <h1> elements (expected exactly one)',
      'index.html: inline style attribute on <p>: style="x:y"',
      'index.html: duplicate id "d" (2 elements)',
    ]);
  });
});
