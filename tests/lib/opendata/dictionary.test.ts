import { describe, expect, it } from 'vitest';
import { kindOf, schemaFields, schemaSections } from '../../../src/lib/opendata/dictionary.ts';
import { cohortSchema } from '../../../src/schemas/cohort.ts';

describe('schemaFields', () => {
  const fields = schemaFields(cohortSchema);
  const field = (path: string) => fields.find((f) => f.path === path);
  it('lists nested and list fields with their descriptions from the schema', () => {
    expect(field('period.start')).toMatchObject({
      required: true,
      description: { id: 'Awal pelatihan.', en: 'Start of the training.' },
      kind: { en: 'date (YYYY, YYYY-MM or YYYY-MM-DD)' },
    });
    expect(field('participants[].count')).toMatchObject({
      required: true,
      kind: { en: 'whole number 1–100000 or "unknown"' },
    });
    expect(field('status')?.values).toEqual(['held', 'planned', 'announced']);
    expect(field('host')?.required).toBe(false);
  });
  it('points shared lists to their own section instead of repeating them', () => {
    expect(field('sources')).toMatchObject({ see: 'citation', required: true });
    expect(field('corrections')).toMatchObject({ see: 'correction', required: false });
    expect(field('sources[].quote')).toBeUndefined();
  });
});

describe('schemaSections', () => {
  it('covers every content schema, each field described in both languages where documented', () => {
    const sections = schemaSections({ staff_group: 'asn-kota-jambi' });
    expect(sections.map((s) => s.name)).toEqual([
      'article',
      'cohort',
      'claim',
      'context-event',
      'citation',
      'correction',
      'term',
    ]);
    const correction = sections.find((s) => s.name === 'correction');
    expect(correction?.fields.map((f) => f.path)).toEqual([
      'date',
      'field',
      'previous',
      'reason',
      'reason.id',
      'reason.en',
      'source',
      'source.article',
      'source.quote',
    ]);
    for (const s of sections)
      for (const f of s.fields.filter((x) => x.description.id !== ''))
        expect(f.description.en, `${s.name}.${f.path}`).not.toBe('');
  });

  it('gives example participant fields with the site’s own group', () => {
    const field = (group: string) =>
      schemaSections({ staff_group: group })
        .find((s) => s.name === 'correction')
        ?.fields.find((f) => f.path === 'field')?.description;
    expect(field('asn-kota-jambi')?.id).toContain('participants.asn-kota-jambi');
    expect(field('asn-teluk-rembulan')).toEqual({
      id: expect.stringContaining('participants.asn-teluk-rembulan'),
      en: expect.stringContaining('participants.asn-teluk-rembulan'),
    });
    expect(JSON.stringify(schemaSections({ staff_group: 'asn-x' }))).not.toMatch(/jambi/i);
  });
});

describe('kindOf', () => {
  it('names kinds of values in both languages', () => {
    expect(kindOf({ type: 'string', format: 'uri' }).id).toBe('alamat web (http/https)');
    expect(kindOf({ type: 'array', items: { type: 'string' }, minItems: 1 }).en).toBe(
      'list (text, at least 1)',
    );
    expect(
      kindOf({
        anyOf: [{ type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' }, { const: 'unknown' }],
      }).id,
    ).toBe('kunci atau "unknown"');
  });
});
