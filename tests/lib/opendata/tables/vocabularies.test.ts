import { describe, expect, it } from 'vitest';
import { vocabularyNames } from '../../../../src/schemas/vocabulary.ts';
import { vocabulariesTable } from '../../../../src/lib/opendata/tables/vocabularies.ts';
import { realInput } from '../fixtures.ts';

const input = realInput();

describe('vocabulariesTable', () => {
  const rows = vocabulariesTable(input).rows;
  it('lists the vocabularies in vocabularyNames order, terms by key', () => {
    const names = [...new Set(rows.map((r) => r.vocabulary))];
    expect(names).toEqual([...vocabularyNames]);
    for (const name of vocabularyNames) {
      const keys = rows.filter((r) => r.vocabulary === name).map((r) => String(r.key));
      expect(keys).toEqual([...keys].sort());
    }
  });
  it('gives every theme with its labels', () => {
    const themes = rows.filter((r) => r.vocabulary === 'themes');
    expect(themes).toHaveLength(input.vocabularies.themes.size);
    for (const r of themes) {
      const t = input.vocabularies.themes.get(String(r.key));
      expect(r).toMatchObject({ label_id: t?.label.id, label_en: t?.label.en });
    }
  });
});
