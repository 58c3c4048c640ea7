import { describe, expect, it } from 'vitest';
import { checkCsp, loads } from '../../../scripts/verify/csp.ts';
import { linesOf, messagesOf, page, siteOf } from './fixture.ts';

describe('checkCsp', () => {
  it('reports inline style attributes, cut after 60 characters, and <style> elements', () => {
    const long = 'x'.repeat(70);
    const problems = checkCsp(
      siteOf({
        'index.html': page(
          `<p style="color:red" onclick="x()">x</p><div style="${long}"></div>` +
            '<style>a{}</style><template><style>b{}</style></template>',
        ),
      }),
    );
    expect(messagesOf(problems)).toEqual([
      'inline style attribute on <p>: style="color:red"',
      `inline style attribute on <div>: style="${'x'.repeat(60)}…"`,
      'inline <style> element (the Content-Security-Policy allows stylesheet files only)',
    ]);
  });
  it('reports resources loaded from another origin, not links to it', () => {
    const problems = checkCsp(
      siteOf({
        'index.html': page(
          '<a href="https://example.org/" rel="noopener">e</a><img src="https://cdn.example.org/i.png" alt="">',
          '<link rel="stylesheet" href="https://fonts.example.org/f.css">' +
            '<link rel="alternate" hreflang="fr" href="https://example.org/fr/">',
        ),
        's.css': 'a{background:url(https://cdn.example.org/b.png)}',
      }),
    );
    expect(linesOf(problems)).toEqual([
      'index.html: loads a resource from another origin: <link href="https://fonts.example.org/f.css">',
      'index.html: loads a resource from another origin: <img src="https://cdn.example.org/i.png">',
      's.css: loads a resource from another origin: <css url()="https://cdn.example.org/b.png">',
    ]);
  });
});

describe('loads', () => {
  it('tells resources from addresses that are only named', () => {
    const ref = (tag: string, rel: string[] = []) => ({ url: 'x', tag, attr: 'href', rel });
    expect(loads(ref('img'))).toBe(true);
    expect(loads(ref('link', ['stylesheet']))).toBe(true);
    expect(loads(ref('link', ['canonical']))).toBe(false);
    expect(loads(ref('a'))).toBe(false);
  });
});
