import { describe, expect, it } from 'vitest';
import { checkNoScripts } from '../../../scripts/verify/no-scripts.ts';
import { linesOf, messagesOf, page, siteOf } from './fixture.ts';

/** The problems of a site of one page. */
const problemsOf = (html: string): string[] =>
  messagesOf(checkNoScripts(siteOf({ 'index.html': html })));

describe('checkNoScripts', () => {
  it('reports scripts, event handlers and javascript: URLs, in SVG too', () => {
    expect(
      problemsOf(
        page(
          '<script type="module">x()</script><p style="color:red" onclick="x()">x</p>' +
            '<a href=" JavaScript:alert(1)">x</a><svg><script></script><rect onload="x()"/></svg>',
        ),
      ),
    ).toEqual([
      '<script> element (the site needs no JavaScript)',
      'event-handler attribute onclick on <p>',
      'javascript: URL in href of <a>',
      '<script> element (the site needs no JavaScript)',
      'event-handler attribute onload on <rect>',
    ]);
  });
  it('allows JSON-LD data blocks that parse, but not with a src or invalid JSON', () => {
    const ok = problemsOf(
      page('', '<script type="application/ld+json">{"@context":"https://schema.org"}</script>'),
    );
    expect(ok).toEqual([]);
    const bad = problemsOf(
      page(
        '<script type="application/ld+json">{"a":</script>' +
          '<script type="application/ld+json" src="/x.json"></script>' +
          '<script type="application/json">{}</script>',
      ),
    );
    expect(bad).toEqual([
      '<script type="application/ld+json"> does not hold valid JSON',
      '<script> element (the site needs no JavaScript)',
      '<script> element (the site needs no JavaScript)',
    ]);
  });
  it('reports a script tag unless the page is allowlisted', () => {
    const files = { 'index.html': page('<script src="/x.js"></script>'), 'x.js': '' };
    expect(linesOf(checkNoScripts(siteOf(files)))).toEqual([
      'index.html: <script> element (the site needs no JavaScript)',
    ]);
    expect(checkNoScripts(siteOf(files, { scriptAllowlist: ['index.html'] }))).toEqual([]);
  });
  it('reports a handler whose value is a javascript: URL twice, and a refresh to one', () => {
    expect(
      problemsOf(
        page(
          '<p onclick="javascript:x()">x</p>',
          '<meta http-equiv="refresh" content="0; url=javascript:x()">',
        ),
      ),
    ).toEqual([
      'javascript: URL in <meta http-equiv="refresh">',
      'event-handler attribute onclick on <p>',
      'javascript: URL in onclick of <p>',
    ]);
  });
});
