/**
 * Every problem code the check can emit has its message shown in one of the
 * messages-*.test.ts files beside this one: a test named after the code (and
 * the case, when a code has several messages).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

it('covers every problem code the checker can emit', () => {
  const read = (f: string) => readFileSync(new URL(f, import.meta.url), 'utf8');
  const cross = '../../../src/lib/check/cross/';
  const source = [
    '../../../src/lib/content/read.ts',
    '../../../src/lib/content/yaml.ts',
    '../../../src/lib/content/load.ts',
    '../../../src/lib/content/vocabularies.ts',
    '../../../src/lib/check/number-forms.ts',
    ...readdirSync(new URL(cross, import.meta.url)).map((f) => `${cross}${f}`),
  ]
    .map(read)
    .join('\n');
  const prefixes =
    'file|front|body|yaml|id|vocabulary|reference|supports|quote|value|fact|list|date|status|number';
  const written = [...source.matchAll(new RegExp(`'((?:${prefixes})-[a-z0-9-]+)'`, 'g'))].map(
    (m) => m[1],
  );
  // Schema problems are `schema-` and the zod issue code; these are the codes our schemas can raise.
  const schema = [
    'invalid-type',
    'too-small',
    'too-big',
    'invalid-value',
    'unrecognized-keys',
    'invalid-format',
    'invalid-union',
    'custom',
    'invalid-key',
  ].map((c) => `schema-${c}`);
  const tests = readdirSync(new URL('./', import.meta.url))
    .filter((f) => /^messages-[a-z-]+\.test\.ts$/.test(f))
    .map(read)
    .join('\n');
  for (const code of new Set([...written, ...schema])) expect(tests, code).toContain(`it('${code}`);
});
