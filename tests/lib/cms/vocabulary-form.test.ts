import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import type { CmsField, Json } from '../../../src/lib/cms/fields.ts';
import {
  HEADER_FIELD,
  TERM_KEY_FIELD,
  TERMS_FIELD,
  vocabularyFields,
} from '../../../src/lib/cms/vocabulary-form.ts';
import { vocabularyFileSchema } from '../../../src/lib/content/collections.ts';
import { termSchema } from '../../../src/schemas/vocabulary.ts';

type Node = { [key: string]: Json };
const fields = vocabularyFields({
  vocabularies: {},
  supportPaths: [],
  articleCollection: 'articles',
  numbers: [],
  alternatives: [],
});
const terms = fields.find((f) => f['name'] === TERMS_FIELD) as CmsField;
const termParts = terms['fields'] as CmsField[];
const json = z.toJSONSchema(vocabularyFileSchema, { io: 'input', unrepresentable: 'any' }) as Node;

describe('vocabularyFields', () => {
  it('shows a file as its hidden opening comment and a list of terms', () => {
    expect(fields.map((f) => f['name'])).toEqual([HEADER_FIELD, TERMS_FIELD]);
    expect(fields[0]?.['widget']).toBe('hidden');
    expect(terms['widget']).toBe('list');
  });

  it('gives a term its key and one part per property of the term schema, so schema and form cannot drift', () => {
    const properties = Object.keys(
      (z.toJSONSchema(termSchema, { io: 'input', unrepresentable: 'any' }) as Node)[
        'properties'
      ] as Node,
    );
    expect(properties).not.toContain(TERM_KEY_FIELD);
    expect(termParts.map((f) => f['name'])).toEqual([TERM_KEY_FIELD, ...properties]);
  });

  it("requires the key and holds it to the file schema's rule for keys", () => {
    const key = termParts[0] as CmsField;
    const rule = (json['propertyNames'] as Node)['pattern'];
    expect(key).toMatchObject({ required: true, widget: 'string' });
    expect((key['pattern'] as Json[])[0]).toBe(rule);
    const pattern = new RegExp(String(rule));
    expect(pattern.test('tema-baru-2')).toBe(true);
    expect(pattern.test('Tema Baru')).toBe(false);
  });
});
