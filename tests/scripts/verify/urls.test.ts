import { describe, expect, it } from 'vitest';
import {
  cssUrls,
  fileForPath,
  fragmentId,
  isJavascriptUrl,
  resolveUrl,
  srcsetUrls,
  urlPathOf,
} from '../../../scripts/verify/urls.ts';
import { SITE } from './fixture.ts';

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
