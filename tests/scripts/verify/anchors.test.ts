import { describe, expect, it } from 'vitest';
import { anchorLinks, checkAnchors } from '../../../scripts/verify/anchors.ts';
import { linesOf, page, siteOf } from './fixture.ts';

describe('checkAnchors', () => {
  it('reports a missing anchor on another page and on the same page', () => {
    expect(
      linesOf(
        checkAnchors(
          siteOf({
            'index.html': page('<a href="/a/#q-1">a</a><a href="#nowhere">b</a>'),
            'a/index.html': page('<mark class="quote" id="q-2">x</mark>'),
          }),
        ),
      ),
    ).toEqual([
      'index.html: missing anchor <a href="/a/#q-1">: no id "q-1" in a/index.html',
      'index.html: missing anchor <a href="#nowhere">: no id "nowhere" in index.html',
    ]);
  });
});

describe('anchorLinks', () => {
  it('counts fragments that name an id in a checked page, and no others', () => {
    const site = siteOf({
      'index.html': page(
        '<a href="/a/#x">x</a><a href="#top">t</a><a href="/a/">a</a><a href="/nope/#y">n</a>' +
          '<a href="/pagefind/p/#z">p</a><a href="#:~:text=a">d</a>',
      ),
      'a/index.html': page('<p id="x"></p>'),
      'pagefind/p/index.html': page(''),
    });
    expect(anchorLinks(site).map((a) => `${a.link.ref.url} → ${a.page}#${a.id}`)).toEqual([
      '/a/#x → a/index.html#x',
    ]);
  });
});
