/**
 * vocabularies: every term of every controlled vocabulary, vocabularies in
 * `vocabularyNames` order and terms by key.
 */
import {
  termSchema,
  vocabularyNames,
  type Term,
  type VocabularyName,
} from '../../../schemas/vocabulary.ts';
import type { Column, Row, Table } from '../table.ts';
import type { OpenDataInput } from '../types.ts';
import { bilingualColumns, doc, docList, list, text } from './columns.ts';
import { bilingualCells, compareKeys, table } from './rows.ts';

function columns(): Column[] {
  const s = termSchema;
  return [
    text(
      'vocabulary',
      {
        id: 'Nama kosakata (berkas di content/vocabularies).',
        en: 'Name of the vocabulary (file in content/vocabularies).',
      },
      { required: true, values: vocabularyNames },
    ),
    text(
      'key',
      {
        id: 'Kunci istilah, seperti dipakai di catatan.',
        en: 'Key of the term, as records use it.',
      },
      { required: true },
    ),
    ...bilingualColumns('label', { id: 'Label', en: 'Label' }, { required: true }),
    list('terms', docList(s, ['terms'])),
    ...bilingualColumns('description', { id: 'Penjelasan', en: 'Description' }),
    text('website', doc(s, ['website']), { format: 'uri' }),
  ];
}

/** vocabularies: every term of every controlled vocabulary. */
export function vocabulariesTable(input: OpenDataInput): Table {
  const v = input.vocabularies;
  const maps: Record<VocabularyName, ReadonlyMap<string, Term>> = {
    themes: v.themes,
    programmes: v.programmes,
    outlets: v.outlets,
    'participant-groups': v['participant-groups'],
    places: v.places,
  };
  const rows = vocabularyNames.flatMap((name) =>
    [...maps[name].entries()]
      .sort(([a], [b]) => compareKeys(a, b))
      .map(([key, t]): Row => ({
        vocabulary: name,
        key,
        ...bilingualCells('label', t.label),
        terms: t.terms,
        ...bilingualCells('description', t.description),
        website: t.website ?? null,
      })),
  );
  return table(
    'vocabularies',
    { id: 'Kosakata terkendali', en: 'Controlled vocabularies' },
    {
      id: 'Tema, program, media, kelompok peserta dan tempat: kunci yang dipakai catatan, dengan label dalam dua bahasa.',
      en: 'Themes, programmes, outlets, participant groups and places: the keys records use, with labels in both languages.',
    },
    columns(),
    ['vocabulary', 'key'],
    rows,
  );
}
