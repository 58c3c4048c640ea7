import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHeaderRules, parseHeaders } from '../../../scripts/nginx/headers.ts';
import { CSP_EMBED_HEADER, CSP_HEADER, EMBED_PATHS } from '../../../src/lib/site/csp.ts';
import { PROJECT_ROOT } from '../../helpers/corpus.ts';

const FILE = 'public/_headers';
const refusal = (text: string): string => {
  try {
    parseHeaders(text, FILE);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('parseHeaders accepted it');
};

describe('parseHeaders', () => {
  it('reads the headers of public/_headers, the policy exactly as the pages’ header policy', () => {
    const headers = parseHeaders(readFileSync(join(PROJECT_ROOT, FILE), 'utf8'), FILE);
    expect(headers.map((h) => h.name)).toEqual([
      'Content-Security-Policy',
      'X-Content-Type-Options',
      'Referrer-Policy',
      'Permissions-Policy',
    ]);
    expect(headers[0]?.value).toBe(CSP_HEADER);
  });

  it('skips comments and blank lines, and reads Windows line ends and tabs', () => {
    const text = '# keamanan\r\n\r\n/*\r\n\t# nosniff\r\n\tX-Content-Type-Options:  nosniff \r\n';
    expect(parseHeaders(text, FILE)).toEqual([
      { name: 'X-Content-Type-Options', value: 'nosniff' },
    ]);
  });

  it('refuses a rule for another path, naming the file, the line and the fix, Indonesian first', () => {
    const message = refusal('/*\n  X-A: 1\n/_astro/*\n  Cache-Control: max-age=1\n');
    expect(message).toMatch(
      /^public\/_headers, baris 3: aturan untuk "\/_astro\/\*" tidak didukung/,
    );
    expect(message).toContain('Perbaiki: pindahkan header-nya ke bawah "/*"');
    expect(message).toContain('(public/_headers, line 3: a rule for "/_astro/*" is not supported');
    expect(message).toContain('Fix: move its headers under "/*"');
  });

  it('refuses a header before any path, a line that is not a header, and a second "/*"', () => {
    expect(refusal('  X-A: 1\n')).toMatch(/baris 1: header ini tidak berada di bawah baris alamat/);
    expect(refusal('/*\n  X-A 1\n')).toMatch(/baris 2: baris ini bukan header "Nama: nilai"/);
    expect(refusal('/*\n  X-A:\n')).toMatch(/baris 2: baris ini bukan header/);
    expect(refusal('/*\n  X A: 1\n')).toMatch(/baris 2: baris ini bukan header/);
    expect(refusal('/*\n  X-A: 1\n/*\n  X-B: 2\n')).toMatch(/baris 3: "\/\*" ditulis dua kali/);
  });

  it('refuses a header written twice, in any case', () => {
    expect(refusal('/*\n  X-A: 1\n  x-a: 2\n')).toMatch(/baris 3: header x-a ditulis dua kali/);
  });

  it('refuses a value nginx would not send as written: a "$" or a control character', () => {
    expect(refusal('/*\n  X-A: a$host\n')).toMatch(/baris 2: nilai header X-A berisi "\$"/);
    expect(refusal('/*\n  X-A: a\u0007b\n')).toMatch(/baris 2: nilai header X-A/);
  });

  it('refuses a file without headers', () => {
    expect(refusal('# kosong\n/*\n')).toMatch(
      /^public\/_headers: tidak ada header di bawah "\/\*"/,
    );
    expect(refusal('')).toMatch(/tidak ada header/);
  });
});

describe('parseHeaderRules', () => {
  it('reads the rules of public/_headers for the pages other sites may frame', () => {
    const rules = parseHeaderRules(readFileSync(join(PROJECT_ROOT, FILE), 'utf8'), FILE);
    expect(rules.every[0]?.value).toBe(CSP_HEADER);
    expect(rules.paths.map((r) => [r.path, r.regex])).toEqual(
      EMBED_PATHS.map((p) => [
        p,
        p === '/grafik/:chart/embed/*' ? '^/grafik/[^/]+/embed/' : '^/en/charts/[^/]+/embed/',
      ]),
    );
    for (const r of rules.paths)
      expect(r.headers).toEqual([{ name: 'Content-Security-Policy', value: CSP_EMBED_HEADER }]);
  });

  it('takes a rule for other paths before or after "/*", checked against it', () => {
    const text = '/a/:x/*\n  X-A: 2\n/*\n  X-A: 1\n  X-B: 1\n';
    expect(parseHeaderRules(text, FILE)).toEqual({
      every: [
        { name: 'X-A', value: '1' },
        { name: 'X-B', value: '1' },
      ],
      paths: [{ path: '/a/:x/*', regex: '^/a/[^/]+/', headers: [{ name: 'X-A', value: '2' }] }],
    });
    expect(refusal('/*\n  X-A: 1\n/a/*\n  X-A: 2\n  x-a: 3\n')).toMatch(
      /baris 5: header x-a ditulis dua kali/,
    );
  });
});
