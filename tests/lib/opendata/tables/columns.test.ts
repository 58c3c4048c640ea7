import { describe, expect, it } from 'vitest';
import { cohortSchema } from '../../../../src/schemas/cohort.ts';
import {
  bilingualColumns,
  doc,
  docList,
  pageColumns,
  participantCountColumns,
} from '../../../../src/lib/opendata/tables/columns.ts';

describe('doc', () => {
  it('gives the schema description of a field in both languages', () => {
    expect(doc(cohortSchema, ['participants', 0, 'count']).en).toContain('never 0');
  });
  it('throws for a field without a description', () => {
    expect(() => doc(cohortSchema, ['no_such_field'])).toThrow(/no description for no_such_field/);
  });
});

describe('docList', () => {
  it('says the cell is a JSON list', () => {
    const d = doc(cohortSchema, ['site_visits']);
    expect(docList(cohortSchema, ['site_visits'])).toEqual({
      id: `${d.id} (daftar JSON)`,
      en: `${d.en} (JSON list)`,
    });
  });
});

describe('bilingualColumns', () => {
  it('names each column and its language', () => {
    expect(bilingualColumns('note', { id: 'Catatan kami', en: 'Our note' })).toEqual([
      {
        name: 'note_id',
        type: 'string',
        description: { id: 'Catatan kami (bahasa Indonesia).', en: 'Our note (Indonesian).' },
      },
      {
        name: 'note_en',
        type: 'string',
        description: { id: 'Catatan kami (bahasa Inggris).', en: 'Our note (English).' },
      },
    ]);
  });
  it('passes on the options and leaves out the stop when asked', () => {
    const [id] = bilingualColumns('x', { id: 'Ada.', en: 'Some.' }, { required: true }, '');
    expect(id).toMatchObject({ required: true, description: { en: 'Some. (Indonesian)' } });
  });
});

describe('pageColumns', () => {
  it('gives required addresses in both languages', () => {
    const columns = pageColumns({ id: 'angkatan', en: 'cohort' });
    expect(columns.map((c) => [c.name, c.format, c.required])).toEqual([
      ['page_id', 'uri', true],
      ['page_en', 'uri', true],
    ]);
    expect(columns[1]?.description.en).toBe('Address of the cohort page (English).');
  });
});

describe('participantCountColumns', () => {
  it('gives the total, the known minimum and the always-filled flag', () => {
    const d = { id: 'a', en: 'b' };
    expect(participantCountColumns(d, d).map((c) => [c.name, c.type, c.required])).toEqual([
      ['participants', 'integer', undefined],
      ['participants_at_least', 'integer', undefined],
      ['count_known', 'boolean', true],
    ]);
  });
});
