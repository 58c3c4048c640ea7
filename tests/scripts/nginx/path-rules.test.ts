import { describe, expect, it } from 'vitest';
import {
  checkPathRule,
  headersFor,
  pathRegex,
  type PathRule,
} from '../../../scripts/nginx/path-rules.ts';
import { place } from '../../../scripts/nginx/problem.ts';

const AT = place('public/_headers', 7);
const refusal = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('accepted');
};

describe('pathRegex', () => {
  it.each([
    ['/grafik/:chart/embed/*', '^/grafik/[^/]+/embed/'],
    ['/en/charts/:chart/embed/*', '^/en/charts/[^/]+/embed/'],
    ['/data/cohorts.csv', '^/data/cohorts\\.csv$'],
    ['/grafik/', '^/grafik/$'],
    ['/*', '^/'],
  ])('reads %s as %s', (path, regex) => {
    expect(pathRegex(path, AT)).toBe(regex);
    expect(new RegExp(pathRegex('/grafik/:chart/embed/*', AT)).test('/grafik/x/embed/')).toBe(true);
  });

  it('matches the addresses the rule names and no others', () => {
    const re = new RegExp(pathRegex('/grafik/:chart/embed/*', AT));
    expect(re.test('/grafik/claims-vs-record/embed/')).toBe(true);
    expect(re.test('/grafik/claims-vs-record/embed/index.html')).toBe(true);
    expect(re.test('/grafik/claims-vs-record/')).toBe(false);
    expect(re.test('/grafik/embed/')).toBe(false);
    expect(re.test('/en/grafik/x/embed/')).toBe(false);
  });

  it.each(['grafik/*', '/grafik/*/embed/', '/grafik/[a-z]+/', '/a b/', '/x?y'])(
    'refuses %s, naming the line and the fix, Indonesian first',
    (path) => {
      const message = refusal(() => pathRegex(path, AT));
      expect(message).toMatch(/^public\/_headers, baris 7: aturan untuk ".*" tidak didukung: /);
      expect(message).toContain('Perbaiki: pindahkan header-nya ke bawah "/*"');
      expect(message).toContain('(public/_headers, line 7: a rule for');
    },
  );
});

describe('checkPathRule and headersFor', () => {
  const every = [
    { name: 'Content-Security-Policy', value: "frame-ancestors 'none'" },
    { name: 'X-Content-Type-Options', value: 'nosniff' },
  ];
  const rule: PathRule = {
    path: '/grafik/:chart/embed/*',
    regex: '^/grafik/[^/]+/embed/',
    headers: [{ name: 'content-security-policy', value: 'frame-ancestors *' }],
  };

  it('accepts a rule that replaces headers of "/*", and sends it in their place', () => {
    expect(() => checkPathRule(rule, every, AT)).not.toThrow();
    expect(headersFor(rule, every)).toEqual([
      { name: 'content-security-policy', value: 'frame-ancestors *' },
      { name: 'X-Content-Type-Options', value: 'nosniff' },
    ]);
  });

  it('refuses a rule that adds a header, or has none', () => {
    const adds = { ...rule, headers: [{ name: 'Cache-Control', value: 'max-age=1' }] };
    expect(refusal(() => checkPathRule(adds, every, AT))).toMatch(
      /"\/\*" tidak mengirim Cache-Control/,
    );
    expect(refusal(() => checkPathRule({ ...rule, headers: [] }, every, AT))).toMatch(
      /aturan ini tidak memuat header/,
    );
  });
});
