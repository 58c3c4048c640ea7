import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { cohortSchema } from '../../../src/schemas/cohort.ts';
import {
  CHOICE_FIELD,
  OBJECT_CHOICE,
  type Alternative,
} from '../../../src/lib/cms/alternatives.ts';
import {
  fieldsOf,
  labelOf,
  supportPathsOf,
  type CmsField,
  type Json,
} from '../../../src/lib/cms/fields.ts';

type Node = { [key: string]: Json };
const json = z.toJSONSchema(cohortSchema, {
  io: 'input',
  unrepresentable: 'any',
  target: 'draft-07',
}) as Node;
const groups = [{ key: 'asn-kota-contoh', label: 'ASN Kota Contoh' }];

function cohortFields(): { fields: CmsField[]; numbers: string[]; alternatives: Alternative[] } {
  const numbers: string[] = [];
  const alternatives: Alternative[] = [];
  const fields = fieldsOf(json, '', {
    vocabularies: {
      themes: [{ key: 'tema-latihan', label: 'Tema latihan' }],
      'participant-groups': groups,
    },
    supportPaths: supportPathsOf(json, groups),
    articleCollection: 'articles',
    numbers,
    alternatives,
  });
  return { fields, numbers, alternatives };
}

const byName = (fields: readonly Json[], name: string): CmsField => {
  const found = fields.find(
    (f) => typeof f === 'object' && f !== null && !Array.isArray(f) && f['name'] === name,
  );
  if (!found || typeof found !== 'object' || Array.isArray(found))
    throw new Error(`no field ${name}`);
  return found as CmsField;
};

describe('labelOf', () => {
  it('takes the first clause of the Indonesian description, or the key for a choice', () => {
    expect(
      labelOf('theme', { description: 'Tema pelatihan (kunci di vocabularies/themes.yaml).' }),
    ).toBe('Tema pelatihan');
    expect(labelOf('status', { description: 'held (sudah berlangsung)', enum: ['held'] })).toBe(
      'status',
    );
    expect(labelOf('x', {})).toBe('x');
  });
});

describe('fieldsOf on the cohort schema', () => {
  it('gives one field per schema property, in order, with the required ones marked', () => {
    const { fields } = cohortFields();
    expect(fields.map((f) => f['name'])).toEqual(Object.keys(json['properties'] as Node));
    expect(byName(fields, 'theme')['required']).toBe(true);
    expect(byName(fields, 'host')['required']).toBe(false);
    expect(String(byName(fields, 'theme')['hint'])).toContain('Tema pelatihan');
  });

  it('offers the terms of the vocabulary a field names, and the stored articles', () => {
    const { fields } = cohortFields();
    expect(byName(fields, 'theme')).toMatchObject({
      widget: 'select',
      options: [{ value: 'tema-latihan', label: 'Tema latihan (tema-latihan)' }],
    });
    const source = byName(fields, 'sources');
    expect(source).toMatchObject({ widget: 'list', min: 1 });
    const inner = source['fields'] as Json[];
    expect(byName(inner, 'article')).toMatchObject({ widget: 'relation', collection: 'articles' });
    expect(byName(inner, 'quote')).toMatchObject({ widget: 'text', required: true });
    const supports = byName(inner, 'supports');
    expect(supports).toMatchObject({ widget: 'select', multiple: true, min: 1 });
    expect(supports['options']).toContain('participants.asn-kota-contoh');
    expect(supports['options']).toContain('sendoff.date');
  });

  it('keeps a count that may be unknown as text, and names its path to be saved as a number', () => {
    const { fields, numbers } = cohortFields();
    const count = byName(byName(fields, 'participants')['fields'] as Json[], 'count');
    expect(count).toMatchObject({
      widget: 'string',
      pattern: ['^(unknown|[0-9]+)$', expect.any(String)],
    });
    expect(numbers).toEqual(['participants[].count']);
  });

  it('makes every part of an optional object optional in the form', () => {
    const sendoff = byName(cohortFields().fields, 'sendoff');
    expect(sendoff['required']).toBe(false);
    expect((sendoff['fields'] as CmsField[]).every((f) => f['required'] === false)).toBe(true);
  });

  it('lets a period be unknown: a required choice first, then the dates, which "unknown" leaves empty', () => {
    const { fields, alternatives } = cohortFields();
    const period = byName(fields, 'period');
    expect(period).toMatchObject({ widget: 'object', required: true, collapsed: false });
    const parts = period['fields'] as CmsField[];
    expect(parts.map((f) => f['name'])).toEqual([CHOICE_FIELD, 'start', 'end']);
    expect(parts[0]).toMatchObject({ widget: 'select', required: true, default: OBJECT_CHOICE });
    expect(parts[0]?.['options']).toContainEqual({
      label: 'tanggal tidak diketahui (unknown)',
      value: 'unknown',
    });
    expect(byName(parts, 'start')['required']).toBe(false);
    expect(alternatives).toEqual([{ path: 'period', literal: 'unknown' }]);
  });

  it('writes a field pattern as the schema gives it', () => {
    const start = byName(byName(cohortFields().fields, 'period')['fields'] as Json[], 'start');
    expect(start['widget']).toBe('string');
    expect((start['pattern'] as string[])[0]).toMatch(/^\^\\d\{4\}/);
  });
});
