/** Which fields of the content schemas hold whole numbers, with their bounds and alternatives. */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import {
  childSchema,
  inner,
  numberFieldAt,
  schemaAt,
} from '../../../src/lib/check/field-schema.ts';
import { claimSchema } from '../../../src/schemas/claim.ts';
import { cohortSchema } from '../../../src/schemas/cohort.ts';
import { termSchema } from '../../../src/schemas/vocabulary.ts';

describe('numberFieldAt', () => {
  it('a participant count: 1 to 100000, or unknown, required', () => {
    expect(numberFieldAt(cohortSchema, ['participants', 0, 'count'])).toEqual({
      key: 'count',
      min: 1,
      max: 100000,
      unknown: true,
      optional: false,
    });
  });

  it('a claim value: 0 to 1000000, no unknown, required', () => {
    expect(numberFieldAt(claimSchema, ['value'])).toEqual({
      key: 'value',
      min: 0,
      max: 1000000,
      unknown: false,
      optional: false,
    });
  });

  it('the window and year of a claim scope: optional, behind a default', () => {
    expect(numberFieldAt(claimSchema, ['scope', 'window_years'])).toMatchObject({
      key: 'window_years',
      min: 1,
      max: 100,
      optional: true,
    });
    expect(numberFieldAt(claimSchema, ['scope', 'year'])).toMatchObject({ min: 1900, max: 2100 });
  });

  it('a list item has no key', () => {
    expect(numberFieldAt(z.array(z.int()), [0])).toMatchObject({ key: undefined });
  });

  it('is undefined for text, dates, enums, lists, unknown fields and paths past a leaf', () => {
    expect(numberFieldAt(cohortSchema, ['host'])).toBeUndefined();
    expect(numberFieldAt(cohortSchema, ['period', 'start'])).toBeUndefined();
    expect(numberFieldAt(cohortSchema, ['status'])).toBeUndefined();
    expect(numberFieldAt(cohortSchema, ['participants'])).toBeUndefined();
    expect(numberFieldAt(cohortSchema, ['nope'])).toBeUndefined();
    expect(numberFieldAt(cohortSchema, ['participants', 0, 'count', 'x'])).toBeUndefined();
    expect(numberFieldAt(termSchema, ['terms', 0])).toBeUndefined();
  });
});

describe('schemaAt and childSchema', () => {
  it('reach through objects, lists and wrappers', () => {
    expect(schemaAt(cohortSchema, ['participants', 0, 'group'])).toBeDefined();
    expect(childSchema(claimSchema, 'scope')).toBeDefined();
    expect(schemaAt(claimSchema, ['scope', 'since'])).toBeDefined();
  });

  it('stop at a leaf and at a missing field', () => {
    expect(childSchema(cohortSchema, 0)).toBeUndefined();
    expect(schemaAt(cohortSchema, ['status', 'x'])).toBeUndefined();
    expect(schemaAt(cohortSchema, ['nope', 'x'])).toBeUndefined();
  });

  it('inner unwraps optional, default and pipe', () => {
    const int = z.int();
    expect(inner(int.optional())).toBe(int);
    expect(inner(z.object({}).default({}))).not.toBe(undefined);
    expect(inner(int)).toBe(int);
  });
});
