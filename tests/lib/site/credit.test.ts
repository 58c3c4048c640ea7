import { describe, expect, it } from 'vitest';
import { citedOutlets, credit } from '../../../src/lib/site/credit.ts';
import { citation, term, vocabulary } from '../../helpers/records.ts';

const articles = new Map([
  ['a', { data: { outlet: 'warta-b' } }],
  ['b', { data: { outlet: 'unknown' } }],
  ['c', { data: { outlet: 'kabar-a' } }],
  ['d', { data: { outlet: 'warta-b' } }],
]);
const cites = (...ids: string[]) => ({
  data: { sources: ids.map((article) => citation({ article })) },
});
const OUTLETS = vocabulary({
  'kabar-a': term({ label: { id: 'Kabar A', en: 'Kabar A' } }),
  'warta-b': term({ label: { id: 'Warta B', en: 'Warta B (news site)' } }),
});

describe('citedOutlets', () => {
  it('names each outlet once, in key order, an unstated outlet last', () => {
    expect(citedOutlets([cites('b', 'a'), cites('d', 'c')], articles)).toEqual([
      'kabar-a',
      'warta-b',
      'unknown',
    ]);
  });

  it('skips an article it does not hold', () => {
    expect(citedOutlets([cites('x', 'c')], articles)).toEqual(['kabar-a']);
  });
});

describe('credit', () => {
  it('names the outlets and the site that processed them, in both languages', () => {
    const keys = ['kabar-a', 'warta-b', 'unknown'];
    expect(credit(keys, OUTLETS, 'Situs Contoh', '2023-05-15', 'id')).toEqual({
      source: 'Sumber: Kabar A, Warta B dan media yang tidak disebut, diolah Situs Contoh.',
      updated: '2023-05-15',
      updatedText: 'Terakhir diperbarui: 15 Mei 2023',
    });
    expect(credit(keys, OUTLETS, 'Situs Contoh', '2023-05', 'en')).toEqual({
      source:
        'Source: Kabar A, Warta B (news site) and an unnamed outlet, processed by Situs Contoh.',
      updated: '2023-05',
      updatedText: 'Last updated: May 2023',
    });
  });

  it('still credits the site when no outlet is known', () => {
    expect(credit([], OUTLETS, 'Situs Contoh', '2023', 'id').source).toBe(
      'Diolah Situs Contoh dari artikel yang disimpannya.',
    );
  });
});
