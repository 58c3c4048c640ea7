import { describe, expect, it } from 'vitest';
import { contextEventSchema, contextKinds } from '../../src/schemas/context-event.ts';
import { contextEventData, without } from '../helpers/records.ts';

/** A valid event as written in a file: date_basis left out, as the schema allows. */
const valid = without(contextEventData(), 'date_basis');

const parse = (patch: Record<string, unknown>) =>
  contextEventSchema.safeParse({ ...valid, ...patch });
const issues = (patch: Record<string, unknown>) =>
  parse(patch).error?.issues.map((i) => ({ path: i.path, code: i.code })) ?? [];

describe('contextEventSchema', () => {
  it('accepts a valid event and defaults date_basis to stated', () => {
    const r = contextEventSchema.safeParse(valid);
    expect(r.success).toBe(true);
    expect(r.data?.date_basis).toBe('stated');
  });

  it('accepts date_basis publication and refuses other bases', () => {
    expect(parse({ date_basis: 'publication' }).success).toBe(true);
    expect(issues({ date_basis: 'guess' })).toEqual([
      { path: ['date_basis'], code: 'invalid_value' },
    ]);
  });

  it.each(['date', 'kind', 'title', 'summary', 'sources'] as const)('requires %s', (key) => {
    expect(
      contextEventSchema.safeParse(without(valid, key)).error?.issues.map((i) => i.path),
    ).toContainEqual([key]);
  });

  it('accepts every kind and refuses others', () => {
    for (const kind of contextKinds) expect(parse({ kind }).success).toBe(true);
    expect(issues({ kind: 'party' })).toEqual([{ path: ['kind'], code: 'invalid_value' }]);
  });

  it('accepts partial dates including a numeric year', () => {
    expect(parse({ date: '2022-09' }).success).toBe(true);
    expect(parse({ date: 2022 }).data?.date).toBe('2022');
    expect(issues({ date: '2022-09-31' })).toEqual([{ path: ['date'], code: 'custom' }]);
  });

  it('requires both languages of the title and summary', () => {
    expect(issues({ title: { id: 'Judul' } })).toEqual([
      { path: ['title', 'en'], code: 'invalid_type' },
    ]);
    expect(issues({ summary: { id: '<b>x</b>', en: 'y' } })[0]?.path).toEqual(['summary', 'id']);
  });

  it('refuses unknown keys', () => {
    expect(issues({ place: 'jakarta' })).toEqual([{ path: [], code: 'unrecognized_keys' }]);
  });
});
