import { describe, expect, it } from 'vitest';
import { useFixtureDirs } from '../helpers/files.ts';
import {
  analyzeHtml,
  cssUrls,
  fileForPath,
  formatResult,
  fragmentId,
  isJavascriptUrl,
  resolveUrl,
  srcsetUrls,
  urlPathOf,
  verifyDist,
} from '../../scripts/verify-dist.ts';

const SITE = 'https://jejak-scp.id';

/** A valid page: lang, title, one h1, the given body. */
function page(body: string, head = ''): string {
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>T</title>${head}</head><body><h1>Judul</h1>${body}</body></html>`;
}

/** A dist folder in a temporary directory with the given files. */
const fixture = useFixtureDirs('verify-dist-');

/** The problems of a fixture site, as `file: problem` lines. */
function problemsOf(files: Record<string, string>): string[] {
  return verifyDist(fixture(files), { site: SITE }).problems.map((p) => `${p.file}: ${p.message}`);
}

describe('analyzeHtml', () => {
  it('collects ids, <a name> targets and URLs of a valid page without problems', () => {
    const facts = analyzeHtml(
      page(
        '<p id="a">x</p><a name="old">y</a><img src="/i.svg" srcset="/i1.svg 1x, /i2.svg 2x" alt="">',
      ),
    );
    expect(facts.problems).toEqual([]);
    expect([...facts.targets].sort()).toEqual(['a', 'old']);
    expect(facts.refs.map((r) => r.url)).toEqual(['/i.svg', '/i1.svg', '/i2.svg']);
  });
  it('reports duplicate ids with their count', () => {
    const facts = analyzeHtml(page('<p id="a"></p><p id="a"></p><svg><g id="a"></g></svg>'));
    expect(facts.problems).toEqual(['duplicate id "a" (3 elements)']);
  });
  it('reports scripts, inline styles, event handlers and javascript: URLs, in SVG too', () => {
    const facts = analyzeHtml(
      page(
        '<script type="module">x()</script><p style="color:red" onclick="x()">x</p>' +
          '<a href=" JavaScript:alert(1)">x</a><svg><script></script><rect onload="x()"/></svg>',
      ),
    );
    expect(facts.problems).toEqual([
      '<script> element (the site needs no JavaScript)',
      'inline style attribute on <p>: style="color:red"',
      'event-handler attribute onclick on <p>',
      'javascript: URL in href of <a>',
      '<script> element (the site needs no JavaScript)',
      'event-handler attribute onload on <rect>',
    ]);
  });
  it('allows JSON-LD data blocks that parse, but not with a src or invalid JSON', () => {
    const ok = analyzeHtml(
      page('', '<script type="application/ld+json">{"@context":"https://schema.org"}</script>'),
    );
    expect(ok.problems).toEqual([]);
    const bad = analyzeHtml(
      page(
        '<script type="application/ld+json">{"a":</script>' +
          '<script type="application/ld+json" src="/x.json"></script>' +
          '<script type="application/json">{}</script>',
      ),
    );
    expect(bad.problems).toEqual([
      '<script type="application/ld+json"> does not hold valid JSON',
      '<script> element (the site needs no JavaScript)',
      '<script> element (the site needs no JavaScript)',
    ]);
  });
  it('requires <html lang>, one non-empty <title> and exactly one <h1>', () => {
    const facts = analyzeHtml(
      '<!doctype html><html><head><title> </title></head><body><h1>a</h1><h1>b</h1></body></html>',
    );
    expect(facts.problems).toEqual([
      '<html> has no lang attribute',
      'empty <title>',
      '2 <h1> elements (expected exactly one)',
    ]);
    expect(analyzeHtml('<html lang="en"><body><p>x</p></body></html>').problems).toEqual([
      'no <title>',
      '0 <h1> elements (expected exactly one)',
    ]);
  });
  it('does not count an SVG <title> as the page title', () => {
    const facts = analyzeHtml(
      '<html lang="id"><head></head><body><h1>x</h1><svg><title>Grafik</title></svg></body></html>',
    );
    expect(facts.problems).toEqual(['no <title>']);
  });
  it('keeps rel tokens and hreflang for link checks', () => {
    const [ref] = analyzeHtml(
      page('', '<link rel="Alternate" hreflang="en" href="https://jejak-scp.id/en/">'),
    ).refs;
    expect(ref).toEqual({
      url: 'https://jejak-scp.id/en/',
      tag: 'link',
      attr: 'href',
      rel: ['alternate'],
      hreflang: 'en',
    });
  });
});

describe('isJavascriptUrl', () => {
  it('sees the scheme through case, spaces and control characters', () => {
    expect(isJavascriptUrl('javascript:void(0)')).toBe(true);
    expect(isJavascriptUrl('  JAVA\tSCRIPT:x')).toBe(true);
    expect(isJavascriptUrl('/javascript/')).toBe(false);
    expect(isJavascriptUrl('https://example.org/javascript:')).toBe(false);
  });
});

describe('srcsetUrls and cssUrls', () => {
  it('take the URL of each srcset candidate', () => {
    expect(srcsetUrls('/a.png 1x, /b.png 2x,/c.png')).toEqual(['/a.png', '/b.png', '/c.png']);
  });
  it('find url() and @import references but not data: or #fragment ones', () => {
    expect(
      cssUrls(
        `@import "/base.css";a{background:url('/x.svg')}b{mask:url(data:image/svg+xml,abc)}c{fill:url(#g)}d{src:url( /f.woff2 )}`,
      ),
    ).toEqual(['/base.css', '/x.svg', '/f.woff2']);
  });
});

describe('urlPathOf', () => {
  it('maps index files to their directory address', () => {
    expect(urlPathOf('index.html')).toBe('/');
    expect(urlPathOf('angkatan/x/index.html')).toBe('/angkatan/x/');
    expect(urlPathOf('404.html')).toBe('/404.html');
  });
});

describe('resolveUrl', () => {
  const from = 'angkatan/x/index.html';
  it('resolves relative and root-relative URLs with decoded path and fragment', () => {
    expect(resolveUrl(from, '../y/#f-theme')).toEqual({
      kind: 'internal',
      path: '/angkatan/y/',
      fragment: 'f-theme',
    });
    expect(resolveUrl(from, '/sumber/a%20b/?x=1')).toEqual({
      kind: 'internal',
      path: '/sumber/a b/',
      fragment: null,
    });
    expect(resolveUrl(from, '#main')).toEqual({
      kind: 'internal',
      path: '/angkatan/x/',
      fragment: 'main',
    });
  });
  it('treats absolute URLs on the site origin as internal', () => {
    expect(resolveUrl(from, 'https://jejak-scp.id/en/', SITE)).toEqual({
      kind: 'internal',
      path: '/en/',
      fragment: null,
    });
    expect(resolveUrl(from, 'https://jejak-scp.id/en/').kind).toBe('external');
  });
  it('classifies other origins as external and other schemes as skipped', () => {
    expect(resolveUrl(from, 'https://example.org/').kind).toBe('external');
    expect(resolveUrl(from, '//example.org/x').kind).toBe('external');
    expect(resolveUrl(from, 'mailto:a@b.id').kind).toBe('skip');
    expect(resolveUrl(from, 'tel:+62').kind).toBe('skip');
    expect(resolveUrl(from, 'data:image/png;base64,AA').kind).toBe('skip');
    expect(resolveUrl(from, 'http://[bad').kind).toBe('invalid');
  });
});

describe('fileForPath', () => {
  const files = new Set(['index.html', 'a/index.html', 'data/x.csv']);
  it('maps directories to index.html and keeps files', () => {
    expect(fileForPath('/', files)).toEqual({ file: 'index.html' });
    expect(fileForPath('/a/', files)).toEqual({ file: 'a/index.html' });
    expect(fileForPath('/data/x.csv', files)).toEqual({ file: 'data/x.csv' });
  });
  it('rejects a page address without its trailing slash, and missing files', () => {
    expect(fileForPath('/a', files)).toEqual({
      error: 'missing trailing slash (the site\'s policy is "always"): use /a/',
    });
    expect(fileForPath('/b/', files)).toEqual({ error: 'no file b/index.html in dist' });
    expect(fileForPath('/data/y.csv', files)).toEqual({ error: 'no file data/y.csv in dist' });
  });
});

describe('fragmentId', () => {
  it('needs no id for "#", "#top" or a text directive alone', () => {
    expect(fragmentId('')).toBeUndefined();
    expect(fragmentId('top')).toBeUndefined();
    expect(fragmentId(':~:text=abc')).toBeUndefined();
    expect(fragmentId('q-1:~:text=abc')).toBe('q-1');
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
  it('reports a broken link, a link without trailing slash and a missing stylesheet asset', () => {
    expect(
      problemsOf({
        'index.html': page('<a href="/nope/">n</a><a href="/a">a</a>'),
        'a/index.html': page(''),
        's.css': 'b{background:url(/missing.png)}',
      }),
    ).toEqual([
      'index.html: broken link <a href="/nope/">: no file nope/index.html in dist',
      'index.html: broken link <a href="/a">: missing trailing slash (the site\'s policy is "always"): use /a/',
      's.css: broken link <css url()="/missing.png">: no file missing.png in dist',
    ]);
  });
  it('reports a missing anchor on another page and on the same page', () => {
    expect(
      problemsOf({
        'index.html': page('<a href="/a/#q-1">a</a><a href="#nowhere">b</a>'),
        'a/index.html': page('<mark class="quote" id="q-2">x</mark>'),
      }),
    ).toEqual([
      'index.html: missing anchor <a href="/a/#q-1">: no id "q-1" in a/index.html',
      'index.html: missing anchor <a href="#nowhere">: no id "nowhere" in index.html',
    ]);
  });
  it('reports a script tag unless the page is allowlisted', () => {
    const files = { 'index.html': page('<script src="/x.js"></script>'), 'x.js': '' };
    expect(problemsOf(files)).toEqual([
      'index.html: <script> element (the site needs no JavaScript)',
    ]);
    expect(
      verifyDist(fixture(files), { site: SITE, scriptAllowlist: ['index.html'] }).problems,
    ).toEqual([]);
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
  it('reports an hreflang alternate that does not exist or is elsewhere', () => {
    expect(
      problemsOf({
        'index.html': page(
          '',
          '<link rel="alternate" hreflang="en" href="https://jejak-scp.id/en/x/"><link rel="alternate" hreflang="fr" href="https://example.org/fr/">',
        ),
      }),
    ).toEqual([
      'index.html: hreflang="en" alternate https://jejak-scp.id/en/x/ does not exist: no file en/x/index.html in dist',
      'index.html: hreflang="fr" alternate https://example.org/fr/ is not on this site',
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
