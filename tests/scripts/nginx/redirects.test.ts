import { describe, expect, it } from 'vitest';
import { parseRedirects } from '../../../scripts/nginx/redirects.ts';
import { redirectsFile, siteRedirects } from '../../../src/lib/site/redirects.ts';

const FILE = 'dist/_redirects';
const refusal = (text: string): string => {
  try {
    parseRedirects(text, FILE);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('parseRedirects accepted it');
};

describe('parseRedirects', () => {
  it('reads the _redirects the build writes for renamed cohorts', () => {
    const built = redirectsFile(
      siteRedirects([{ id: 'contoh-baru', data: { renamed_from: ['contoh-lama'] } }], ['id', 'en']),
    );
    expect(parseRedirects(built, FILE)).toEqual([
      { from: '/angkatan/contoh-lama/', to: '/angkatan/contoh-baru/' },
      { from: '/en/cohorts/contoh-lama/', to: '/en/cohorts/contoh-baru/' },
    ]);
  });

  it('reads nothing from an empty file, and skips comments and blank lines', () => {
    expect(parseRedirects('', FILE)).toEqual([]);
    expect(parseRedirects('# pengalihan\n\n/a/ /b/ 301\r\n', FILE)).toEqual([
      { from: '/a/', to: '/b/' },
    ]);
  });

  it.each([
    ['/a/ /b/ 302', 'another status'],
    ['/a/ /b/', 'no status'],
    ['/a/ /b/ 301 Country=id', 'a condition'],
    ['/a/* /b/:splat 301', 'a splat'],
    ['/a/ https://contoh.go.id/b/ 301', 'another host'],
    ['a/ /b/ 301', 'a relative path'],
    ['/a;b/ /b/ 301', 'a character nginx reads'],
    ['/a/ /b/{x} 301', 'a brace'],
  ])('refuses %s (%s), naming the line', (line) => {
    const message = refusal(`/ok/ /b/ 301\n${line}\n`);
    expect(message).toMatch(/^dist\/_redirects, baris 2: baris ".*" bukan pengalihan/);
    expect(message).toContain('(dist/_redirects, line 2:');
    expect(message).toContain('Perbaiki: berkas ini ditulis oleh npm run build');
  });

  it('refuses an old address redirected twice', () => {
    expect(refusal('/a/ /b/ 301\n/a/ /c/ 301\n')).toMatch(
      /baris 2: alamat lama \/a\/ dialihkan dua kali/,
    );
  });
});
