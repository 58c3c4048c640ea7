import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { termSchema, vocabularyNames } from '../../src/schemas/vocabulary.ts';
import { vocabularyFileSchema } from '../../src/lib/content/collections.ts';
import { REAL_CONTENT } from '../helpers/corpus.ts';
import { term, without } from '../helpers/records.ts';

const valid = term({ terms: ['Public Service', 'Pelayanan Publik'] });

const parse = (patch: Record<string, unknown>) => termSchema.safeParse({ ...valid, ...patch });
const issues = (patch: Record<string, unknown>) =>
  parse(patch).error?.issues.map((i) => ({ path: i.path, code: i.code })) ?? [];

describe('termSchema', () => {
  it('accepts a valid term, with description and website', () => {
    expect(termSchema.safeParse(valid).success).toBe(true);
    expect(
      parse({
        description: { id: 'Penjelasan.', en: 'Description.' },
        website: 'https://www.scp.gov.sg',
      }).success,
    ).toBe(true);
  });

  it.each(['label', 'terms'] as const)('requires %s', (key) => {
    expect(termSchema.safeParse(without(valid, key)).error?.issues.map((i) => i.path)).toEqual([
      [key],
    ]);
  });

  it('requires at least one term, each plain text', () => {
    expect(issues({ terms: [] })).toEqual([{ path: ['terms'], code: 'too_small' }]);
    expect(issues({ terms: ['ok', '<b>x</b>'] })[0]?.path).toEqual(['terms', 1]);
    expect(issues({ terms: 'Public Service' })).toEqual([
      { path: ['terms'], code: 'invalid_type' },
    ]);
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', 'ftp://a.id'])(
    'refuses the website %j',
    (website) => {
      expect(issues({ website })).toEqual([{ path: ['website'], code: 'invalid_format' }]);
    },
  );

  it('refuses unknown keys', () => {
    expect(issues({ colour: 'red' })).toEqual([{ path: [], code: 'unrecognized_keys' }]);
  });
});

describe('vocabularyFileSchema', () => {
  it('accepts a mapping of slug keys to terms', () => {
    expect(vocabularyFileSchema.safeParse({ 'public-service': valid, scp: valid }).success).toBe(
      true,
    );
  });

  it('refuses keys that are not slugs', () => {
    const r = vocabularyFileSchema.safeParse({ Public_Service: valid });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['Public_Service']);
  });

  it('reports a bad term under its key', () => {
    expect(
      vocabularyFileSchema.safeParse({ scp: { ...valid, terms: [] } }).error?.issues[0]?.path,
    ).toEqual(['scp', 'terms']);
  });

  it('refuses a list instead of a mapping', () => {
    expect(vocabularyFileSchema.safeParse([valid]).success).toBe(false);
  });
});

describe('vocabularyNames', () => {
  it('names exactly the vocabulary files in content/vocabularies', () => {
    const files = readdirSync(join(REAL_CONTENT, 'vocabularies'))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => f.slice(0, -'.yaml'.length));
    expect([...vocabularyNames].sort()).toEqual(files.sort());
  });
});
