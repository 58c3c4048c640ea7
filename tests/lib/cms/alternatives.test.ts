import { describe, expect, it } from 'vitest';
import {
  CHOICE_FIELD,
  choiceField,
  literalOf,
  OBJECT_CHOICE,
} from '../../../src/lib/cms/alternatives.ts';

const object = { type: 'object', properties: { id: { type: 'string' } } };
const dates = { type: 'object', properties: { start: { format: 'partial-date' } } };

describe('literalOf', () => {
  it('finds the word of a union of one word and one object', () => {
    expect(literalOf([{ type: 'string', const: 'own' }, object])).toBe('own');
    expect(literalOf([dates, { type: 'string', const: 'unknown' }])).toBe('unknown');
  });

  it('finds none in any other union', () => {
    expect(literalOf([object])).toBeUndefined();
    expect(literalOf([{ type: 'string' }, object])).toBeUndefined();
    expect(literalOf([{ const: 'a' }, { const: 'b' }, object])).toBeUndefined();
    expect(literalOf([{ type: 'integer' }, { const: 'a' }, object])).toBeUndefined();
  });
});

describe('choiceField', () => {
  it('chooses between dates and "tanggal tidak diketahui" for a period', () => {
    expect(choiceField('unknown', dates)).toMatchObject({
      name: CHOICE_FIELD,
      widget: 'select',
      required: true,
      default: OBJECT_CHOICE,
      options: [
        { label: 'tanggal diketahui', value: OBJECT_CHOICE },
        { label: 'tanggal tidak diketahui (unknown)', value: 'unknown' },
      ],
    });
  });

  it('offers the word itself otherwise', () => {
    const options = choiceField('own', object)['options'];
    expect(options).toContainEqual({ label: 'own', value: 'own' });
  });
});
