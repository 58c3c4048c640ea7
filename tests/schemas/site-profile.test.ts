import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { siteProfileSchema } from '../../src/schemas/site-profile.ts';
import { REAL_CONTENT } from '../helpers/corpus.ts';

const valid = parse(readFileSync(join(REAL_CONTENT, 'site.yaml'), 'utf8')) as Record<
  string,
  unknown
>;

const issues = (patch: Record<string, unknown>) =>
  siteProfileSchema
    .safeParse({ ...valid, ...patch })
    .error?.issues.map((i) => ({ path: i.path, message: i.message, code: i.code })) ?? [];

describe('siteProfileSchema', () => {
  it('accepts the real profile', () => {
    expect(siteProfileSchema.safeParse(valid).success).toBe(true);
  });

  // `editing` (the git host of the browser editor) is the one optional part of the profile.
  const requiredKeys = Object.keys(siteProfileSchema.shape).filter((k) => k !== 'editing');

  it.each(requiredKeys)('requires %s', (key) => {
    const data = Object.fromEntries(Object.entries(valid).filter(([k]) => k !== key));
    expect(siteProfileSchema.safeParse(data).error?.issues.map((i) => i.path)).toEqual([[key]]);
  });

  it('takes a git host for the browser editor, or none', () => {
    expect(siteProfileSchema.safeParse(valid).success).toBe(true);
    const editing = { backend: 'gitlab', repo: 'kota-contoh/situs' };
    expect(siteProfileSchema.parse({ ...valid, editing }).editing).toEqual({
      ...editing,
      branch: 'main',
    });
    expect(
      siteProfileSchema.safeParse({ ...valid, editing: { backend: 'svn', repo: 'a/b' } }).success,
    ).toBe(false);
  });

  it('refuses an unknown field', () => {
    expect(issues({ tagline: 'x' })).toMatchObject([{ code: 'unrecognized_keys' }]);
  });

  it.each(['https://example.go.id/', 'https://example.go.id/data', 'https://example.go.id?x=1'])(
    'refuses the address %j: an origin alone',
    (url) => {
      expect(issues({ url })).toEqual([{ path: ['url'], message: 'site-origin', code: 'custom' }]);
    },
  );

  it.each(['javascript:alert(1)', 'ftp://example.go.id', 'example.go.id'])(
    'refuses the address %j: not http(s)',
    (url) => {
      expect(issues({ url }).map((i) => i.path)).toContainEqual(['url']);
    },
  );

  it('accepts an http(s) origin', () => {
    expect(issues({ url: 'http://localhost:4321' })).toEqual([]);
    expect(issues({ url: 'https://data.contoh.go.id' })).toEqual([]);
  });

  it('takes exactly the languages id and en, in that order', () => {
    expect(issues({ languages: ['en', 'id'] }).map((i) => i.path)).toEqual([
      ['languages', 0],
      ['languages', 1],
    ]);
    expect(issues({ languages: ['id'] }).map((i) => i.path)).toEqual([['languages']]);
    expect(issues({ languages: ['id', 'en', 'fr'] }).map((i) => i.path)).toEqual([['languages']]);
  });

  it('takes vocabulary keys as keys', () => {
    expect(issues({ staff_group: 'ASN Kota' })).toMatchObject([
      { path: ['staff_group'], message: 'slug' },
    ]);
    expect(
      issues({ programme: { ...(valid['programme'] as object), key: 'Singapore Programme' } }),
    ).toMatchObject([{ path: ['programme', 'key'], message: 'slug' }]);
  });

  it('takes a two-letter country code', () => {
    const city = valid['city'] as object;
    expect(issues({ city: { ...city, country: 'Indonesia' } })).toMatchObject([
      { path: ['city', 'country'], message: 'country-code' },
    ]);
  });

  it('needs every name in both languages, as plain text', () => {
    const government = valid['government'] as { name: object };
    expect(issues({ government: { ...government, name: { id: 'Pemerintah' } } })).toMatchObject([
      { path: ['government', 'name', 'en'] },
    ]);
    expect(issues({ name: 'Jejak <b>' })).toMatchObject([
      { path: ['name'], message: 'plain-text' },
    ]);
  });

  it.each(Object.entries(siteProfileSchema.shape))('documents %s in both languages', (_, field) => {
    expect(field.meta()).toMatchObject({
      description: expect.any(String),
      description_en: expect.any(String),
    });
  });
});
