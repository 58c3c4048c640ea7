/**
 * The Content-Security-Policy itself: strict (nothing inline, nothing from
 * another origin), and the same in the pages' <meta> and in public/_headers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, CSP_HEADER, CSP_META } from '../../src/lib/site/csp.ts';
import { PROJECT_ROOT } from '../helpers/corpus.ts';

const directive = (policy: string, name: string): string | undefined =>
  policy
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.split(/\s+/)[0] === name);

describe('CSP_META', () => {
  it('allows nothing inline, no eval of JavaScript and no other origin', () => {
    expect(CSP_META).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|https?:|\*/);
    expect(directive(CSP_META, 'default-src')).toBe("default-src 'self'");
    expect(directive(CSP_META, 'script-src')).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(directive(CSP_META, 'style-src')).toBe("style-src 'self'");
    expect(directive(CSP_META, 'object-src')).toBe("object-src 'none'");
    expect(directive(CSP_META, 'base-uri')).toBe("base-uri 'self'");
  });

  it('leaves out what a <meta> policy cannot carry', () => {
    for (const name of ['frame-ancestors', 'report-uri', 'report-to', 'sandbox'])
      expect(directive(CSP_META, name)).toBeUndefined();
  });
});

describe('public/_headers', () => {
  const headers = readFileSync(join(PROJECT_ROOT, 'public', '_headers'), 'utf8');

  it('sends the same policy for every path, with frame-ancestors', () => {
    expect(headers.startsWith('/*\n')).toBe(true);
    const sent = headers
      .split('\n')
      .filter((l) => /^\s+Content-Security-Policy:/.test(l))
      .map((l) => l.replace(/^\s+Content-Security-Policy:\s*/, ''));
    expect(sent).toEqual([CSP_HEADER]);
    expect(directive(CSP_HEADER, 'frame-ancestors')).toBe("frame-ancestors 'none'");
    for (const d of CSP_DIRECTIVES) expect(CSP_HEADER).toContain(d);
  });
});
