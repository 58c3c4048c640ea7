/**
 * An unknown field next to a missing required one of a close name is one
 * misspelling; the one unknown field where the one missing field should be is
 * another name for it.
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { misspeltFields, misspeltMessage } from '../../../src/lib/check/misspelt-fields.ts';

const schema = z.strictObject({
  label: z.strictObject({ id: z.string(), en: z.string() }),
  place: z.string(),
  terms: z.array(z.string()),
});

function pair(data: Record<string, unknown>) {
  const issues = schema.safeParse(data).error?.issues ?? [];
  const missing = (i: (typeof issues)[number]) =>
    i.code === 'invalid_type' &&
    i.path.reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown>)?.[k], data) === undefined;
  const r = misspeltFields(issues, missing);
  return {
    meant: [...r.meant].map(([i, m]) => [i.path.join('.'), m]),
    explained: [...r.explained].map((i) => i.path.join('.')),
  };
}

describe('misspeltFields', () => {
  it('pairs idd with the missing id in the same object', () => {
    expect(pair({ label: { idd: 'x', en: 'y' }, place: 'p', terms: [] })).toEqual({
      meant: [['label', 'id']],
      explained: ['label.id'],
    });
  });

  it('pairs a top-level misspelling (plase for place), case-insensitively', () => {
    expect(pair({ label: { id: 'x', en: 'y' }, Plase: 'p', terms: [] }).meant).toEqual([
      ['', 'place'],
    ]);
  });

  it('pairs nothing when the names are far apart and another field is missing too, or the field is in another object', () => {
    expect(pair({ label: { id: 'x', en: 'y' }, location: 'p' }).meant).toEqual([]);
    expect(pair({ label: { en: 'y' }, idd: 'x', place: 'p', terms: [] }).meant).toEqual([]);
  });

  it('pairs a far name when it is the one unknown field where the one missing field should be', () => {
    expect(pair({ label: { id: 'x', en: 'y' }, location: 'p', terms: [] })).toEqual({
      meant: [['', 'place']],
      explained: ['place'],
    });
  });

  it('pairs nothing when the close field is present but wrong, or several names are unknown', () => {
    expect(pair({ label: { id: 1, idd: 'x', en: 'y' }, place: 'p', terms: [] }).meant).toEqual([]);
    expect(pair({ label: { idd: 'x', iid: 'z', en: 'y' }, place: 'p', terms: [] }).meant).toEqual(
      [],
    );
  });

  it('pairs a misspelling in each object on its own', () => {
    const r = pair({ label: { idd: 'x', en: 'y' }, plase: 'p', terms: [] });
    expect(r.meant).toEqual([
      ['label', 'id'],
      ['', 'place'],
    ]);
    expect(r.explained.sort()).toEqual(['label.id', 'place']);
  });
});

describe('misspeltMessage', () => {
  it('names both fields and the rename', () => {
    expect(misspeltMessage('idd', 'id')).toEqual({
      message: {
        id: 'Kolom "idd" tidak dikenal, dan kolom wajib "id" belum ada: salah ketik?',
        en: 'Unknown field "idd", and the required field "id" is missing: a typo?',
      },
      fix: { id: 'Ganti nama kolom idd menjadi id.', en: 'Rename the field idd to id.' },
    });
  });

  it('calls a far name another name for the field, not a typo', () => {
    expect(misspeltMessage('jumlah', 'count')).toEqual({
      message: {
        id: 'Kolom "jumlah" tidak dikenal, dan kolom wajib "count" belum ada di tempat yang sama: "jumlah" tampaknya nama lain untuk "count".',
        en: 'Unknown field "jumlah", and the required field "count" is missing from the same place: "jumlah" looks like another name for "count".',
      },
      fix: {
        id: 'Ganti nama kolom jumlah menjadi count.',
        en: 'Rename the field jumlah to count.',
      },
    });
  });
});
