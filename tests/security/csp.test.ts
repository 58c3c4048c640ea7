/**
 * The Content-Security-Policy itself: strict (nothing inline, nothing from
 * another origin), and the same in the pages' <meta> and in public/_headers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHeaderRules } from '../../scripts/nginx/headers.ts';
import { CSP_EMBED_HEADER, CSP_HEADER, CSP_META, EMBED_PATHS } from '../../src/lib/site/csp.ts';
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

/** A policy's directives: name → sources. */
const directives = (policy: string): Map<string, string> =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name !== '')
      .map(([name = '', ...sources]) => [name, sources.join(' ')]),
  );

describe('public/_headers', () => {
  const headers = readFileSync(join(PROJECT_ROOT, 'public', '_headers'), 'utf8');
  const sent = headers
    .split('\n')
    .filter((l) => /^\s+Content-Security-Policy:/.test(l))
    .map((l) => l.replace(/^\s+Content-Security-Policy:\s*/, ''));

  it('sends one policy for every path, and the framable one for the embed pages only', () => {
    expect(headers.startsWith('/*\n')).toBe(true);
    const rules = parseHeaderRules(headers, 'public/_headers');
    expect(rules.every.find((h) => h.name === 'Content-Security-Policy')?.value).toBe(CSP_HEADER);
    expect(rules.paths.map((r) => r.path)).toEqual([...EMBED_PATHS]);
    for (const r of rules.paths)
      expect(r.headers).toEqual([{ name: 'Content-Security-Policy', value: CSP_EMBED_HEADER }]);
    expect(sent).toEqual([CSP_HEADER, ...EMBED_PATHS.map(() => CSP_EMBED_HEADER)]);
  });

  it('lets other sites frame the embed pages and nothing else of the policy change', () => {
    const embed = directives(CSP_EMBED_HEADER);
    const every = directives(CSP_HEADER);
    expect(embed.get('frame-ancestors')).toBe('*');
    expect([...embed.keys()]).toEqual([...every.keys()]);
    for (const [name, sources] of every)
      if (name !== 'frame-ancestors') expect(embed.get(name), name).toBe(sources);
  });

  it('sends every directive of the pages’ <meta> policy unchanged, and frame-ancestors besides', () => {
    const header = directives(sent[0] ?? '');
    const meta = directives(CSP_META);
    expect(meta.size).toBeGreaterThan(0);
    for (const [name, sources] of meta) expect(header.get(name), name).toBe(sources);
    expect([...header.keys()].filter((name) => !meta.has(name))).toEqual(['frame-ancestors']);
    expect(header.get('frame-ancestors')).toBe("'none'");
  });
});
