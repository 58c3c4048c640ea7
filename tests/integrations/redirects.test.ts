import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeRedirects } from '../../src/integrations/redirects.ts';
import { redirectPage } from '../../src/lib/site/redirect-page.ts';
import { siteRedirects } from '../../src/lib/site/redirects.ts';

const SITE = 'https://contoh.go.id';
const list = siteRedirects([{ id: 'baru', data: { renamed_from: ['lama'] } }], ['id', 'en']);

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('writeRedirects', () => {
  it('writes a redirect page at each old address and the list as _redirects', () => {
    dir = mkdtempSync(join(tmpdir(), 'jejak-redirects-'));
    writeRedirects(dir, list, SITE);
    expect(readFileSync(join(dir, 'angkatan/lama/index.html'), 'utf8')).toBe(
      redirectPage({ from: '/angkatan/lama/', to: '/angkatan/baru/', lang: 'id' }, SITE),
    );
    expect(readFileSync(join(dir, 'en/cohorts/lama/index.html'), 'utf8')).toContain(
      'url=/en/cohorts/baru/',
    );
    expect(readFileSync(join(dir, '_redirects'), 'utf8')).toBe(
      '/angkatan/lama/ /angkatan/baru/ 301\n/en/cohorts/lama/ /en/cohorts/baru/ 301\n',
    );
  });

  it('never overwrites a page of the site', () => {
    dir = mkdtempSync(join(tmpdir(), 'jejak-redirects-'));
    mkdirSync(join(dir, 'angkatan/lama'), { recursive: true });
    writeFileSync(join(dir, 'angkatan/lama/index.html'), 'a page');
    expect(() => writeRedirects(dir ?? '', list, SITE)).toThrow(/a page is already there/);
    expect(readFileSync(join(dir, 'angkatan/lama/index.html'), 'utf8')).toBe('a page');
  });
});
