import { describe, expect, it } from 'vitest';
import { listFiles, readSite } from '../../../scripts/verify/site.ts';
import { useFixtureDirs } from '../../helpers/files.ts';
import { page, SITE, siteOf } from './fixture.ts';

/** A dist folder in a temporary directory with the given files. */
const fixture = useFixtureDirs('verify-site-');

describe('listFiles', () => {
  it('lists every file under a folder, relative, with "/", sorted', () => {
    const dir = fixture({ 'b/index.html': '', 'a.css': '', 'b/c/d.svg': '' });
    expect(listFiles(dir)).toEqual(['a.css', 'b/c/d.svg', 'b/index.html']);
  });
});

describe('parseSite', () => {
  it('parses pages and stylesheets, but not the files under pagefind/', () => {
    const site = siteOf({
      'index.html': page('<a href="/a/">a</a>'),
      'a/index.html': page(''),
      's.css': 'b{background:url(/i.svg)}',
      'pagefind/x/index.html': page('<a href="/nope/">n</a>'),
    });
    expect([...site.pages.keys()]).toEqual(['a/index.html', 'index.html']);
    expect(site.files.has('pagefind/x/index.html')).toBe(true);
    expect(site.links.map((l) => `${l.file} ${l.index} ${l.ref.url}`)).toEqual([
      'index.html 0 /a/',
      's.css 0 /i.svg',
    ]);
  });
  it('resolves every URL and finds the file an internal one is served from', () => {
    const site = siteOf({
      'index.html': page('<a href="https://jejak-scp.id/a/#x">a</a><a href="/b">b</a>'),
      'a/index.html': page(''),
      'b/index.html': page(''),
    });
    const [a, b] = site.links;
    expect(a?.resolved).toEqual({ kind: 'internal', path: '/a/', fragment: 'x' });
    expect(a?.target).toEqual({ file: 'a/index.html' });
    expect(b?.target).toEqual({
      error: 'missing trailing slash (the site\'s policy is "always"): use /b/',
    });
  });
  it('allows scripts on the search pages unless told otherwise', () => {
    expect([...siteOf({}).scriptAllowlist]).toEqual(['cari/index.html', 'en/search/index.html']);
    expect([...siteOf({}, { scriptAllowlist: ['x.html'] }).scriptAllowlist]).toEqual(['x.html']);
  });
});

describe('readSite', () => {
  it('reads a built site folder', () => {
    const dir = fixture({ 'index.html': page(''), 's.css': 'a{b:url(/x.png)}' });
    const site = readSite(dir, { site: SITE });
    expect(site.pages.size).toBe(1);
    expect(site.links.map((l) => l.ref.url)).toEqual(['/x.png']);
  });
});
