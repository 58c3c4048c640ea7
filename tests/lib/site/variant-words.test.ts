import { describe, expect, it } from 'vitest';
import { variantGloss, variantLead, variantOrigin } from '../../../src/lib/site/variant-words.ts';

const sources = [
  { article: 'contoh-a', supports: ['period', 'place'] },
  { article: 'contoh-b', supports: ['sendoff.date'] },
];

describe('variantOrigin', () => {
  it('is the same article when a source of the same field cites it', () => {
    expect(variantOrigin({ article: 'contoh-a', field: 'period' }, sources)).toBe('same-article');
  });

  it('is another source when no source cites the article', () => {
    expect(variantOrigin({ article: 'contoh-c', field: 'period' }, sources)).toBe('other-source');
  });

  it('is another source when the article supports only other fields', () => {
    expect(variantOrigin({ article: 'contoh-b', field: 'period' }, sources)).toBe('other-source');
  });
});

describe('variantLead', () => {
  it('says which source gives the other value, in each language', () => {
    expect(variantLead('same-article', 'id')).toBe('Artikel yang sama juga menyebut');
    expect(variantLead('same-article', 'en')).toBe('The same article also says');
    expect(variantLead('other-source', 'id')).toBe('Sumber lain menyebut');
    expect(variantLead('other-source', 'en')).toBe('Another source says');
  });
});

describe('variantGloss', () => {
  it('glosses the value on the English page only', () => {
    expect(variantGloss({ value_en: 'a week' }, 'en')).toBe('Indonesian for “a week”');
    expect(variantGloss({ value_en: 'a week' }, 'id')).toBeUndefined();
  });

  it('says the value is Indonesian when no English is given', () => {
    expect(variantGloss({}, 'en')).toBe('in Indonesian');
  });
});
