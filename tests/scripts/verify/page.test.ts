import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../scripts/verify/page.ts';
import { page } from './fixture.ts';

describe('parsePage', () => {
  it('collects ids, <a name> targets and URLs of a valid page', () => {
    const facts = parsePage(
      page(
        '<p id="a">x</p><a name="old">y</a><img src="/i.svg" srcset="/i1.svg 1x, /i2.svg 2x" alt="">',
      ),
    );
    expect([...facts.targets].sort()).toEqual(['a', 'old']);
    expect(facts.refs.map((r) => r.url)).toEqual(['/i.svg', '/i1.svg', '/i2.svg']);
  });
  it('keeps rel tokens and hreflang for link checks', () => {
    const [ref] = parsePage(
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
  it('lists elements in document order, template contents in place and marked inert', () => {
    const { elements, targets } = parsePage(
      page('<template><p id="t">x</p></template><svg><use xlink:href="#g"/></svg>'),
    );
    const shown = elements.map((e) => `${e.tag}${e.inTemplate ? ' (template)' : ''}`);
    expect(shown.slice(shown.indexOf('h1'))).toEqual([
      'h1',
      'template',
      'p (template)',
      'svg',
      'use',
    ]);
    expect(elements.map((e) => e.index)).toEqual(elements.map((_, i) => i));
    expect(targets.has('t')).toBe(false);
    const use = elements.find((e) => e.tag === 'use');
    expect(use?.attrs).toEqual([{ name: 'xlink:href', local: 'href', value: '#g' }]);
    expect(use?.html).toBe(false);
  });
  it('reads the URLs of an inline <style> and of a refresh', () => {
    const { refs } = parsePage(
      page(
        '',
        '<style>a{background:url(/x.svg)}</style><meta http-equiv="refresh" content="0; url=/a/">',
      ),
    );
    expect(refs.map((r) => `${r.tag} ${r.attr} ${r.url}`)).toEqual([
      'style url() /x.svg',
      'meta content /a/',
    ]);
  });
});
