import { describe, expect, it } from 'vitest';
import { citationSchema, sourcesSchema } from '../../src/schemas/citation.ts';
import { citation, without } from '../helpers/records.ts';

const valid = citation();

const issues = (data: unknown) =>
  citationSchema.safeParse(data).error?.issues.map((i) => ({ path: i.path, code: i.code })) ?? [];

describe('citationSchema', () => {
  it('accepts a valid citation, with or without a note', () => {
    expect(citationSchema.safeParse(valid).success).toBe(true);
    expect(
      citationSchema.safeParse({ ...valid, note: 'Angka dari paragraf pertama.' }).success,
    ).toBe(true);
  });

  it.each(['article', 'quote', 'supports'] as const)('requires %s', (key) => {
    expect(issues(without(valid, key))).toContainEqual({ path: [key], code: 'invalid_type' });
  });

  it('refuses an article id that is not a slug', () => {
    expect(issues({ ...valid, article: '2019-02-Diskominfo.md' })).toEqual([
      { path: ['article'], code: 'invalid_format' },
    ]);
  });

  it('trims the quote and refuses quotes under 12 characters', () => {
    expect(citationSchema.parse({ ...valid, quote: '  Sebanyak 25 orang  ' }).quote).toBe(
      'Sebanyak 25 orang',
    );
    expect(issues({ ...valid, quote: 'short quote' })).toEqual([
      { path: ['quote'], code: 'too_small' },
    ]);
    expect(issues({ ...valid, quote: '   12 chars   ' }).length).toBe(1);
  });

  it('refuses quotes over 2000 characters', () => {
    expect(issues({ ...valid, quote: 'x'.repeat(2001) })).toEqual([
      { path: ['quote'], code: 'too_big' },
    ]);
  });

  it('requires at least one supported field', () => {
    expect(issues({ ...valid, supports: [] })).toEqual([{ path: ['supports'], code: 'too_small' }]);
  });

  it.each([
    'period',
    'sendoff.date',
    'participants.asn-kota-jambi',
    'scope.window_years',
    'site_visits',
  ])('accepts the field path %s', (path) => {
    expect(citationSchema.safeParse({ ...valid, supports: [path] }).success).toBe(true);
  });

  it.each(['Period', 'sources[0]', 'a.b.c', '', 'participants.', 'x y'])(
    'refuses the field path %j',
    (path) => {
      const r = citationSchema.safeParse({ ...valid, supports: [path] });
      expect(r.error?.issues[0]).toMatchObject({ path: ['supports', 0], message: 'field-path' });
    },
  );

  it('refuses markup in the note', () => {
    expect(issues({ ...valid, note: '<b>x</b>' })).toEqual([
      { path: ['note'], code: 'invalid_format' },
    ]);
  });

  it('refuses unknown keys', () => {
    expect(citationSchema.safeParse({ ...valid, page: 2 }).error?.issues[0]).toMatchObject({
      code: 'unrecognized_keys',
      keys: ['page'],
    });
  });
});

describe('sourcesSchema', () => {
  it('requires at least one citation', () => {
    expect(sourcesSchema.safeParse([valid]).success).toBe(true);
    expect(sourcesSchema.safeParse([]).error?.issues[0]?.code).toBe('too_small');
  });

  it('reports a bad citation by index', () => {
    expect(
      sourcesSchema.safeParse([valid, { ...valid, quote: 'x' }]).error?.issues[0]?.path,
    ).toEqual([1, 'quote']);
  });
});
