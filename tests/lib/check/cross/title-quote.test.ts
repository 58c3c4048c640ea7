/** A title that is not the published headline is never quoted, and a quote of it is told why. */
import { describe, expect, it } from 'vitest';
import {
  inUnquotedTitle,
  titleQuoteMessage,
  titleQuoteProblem,
  unquotedTitle,
} from '../../../../src/lib/check/cross/title-quote.ts';

const entry = { file: 'content/cohorts/c.yaml', lineOf: () => 12 };
const TITLE = 'Contoh latihan: Pelatihan Tata Kelola Air di Singapura';

describe('unquotedTitle', () => {
  it('is the title unless it is the published headline', () => {
    expect(unquotedTitle({ title: TITLE, title_basis: 'headline' })).toBeUndefined();
    expect(unquotedTitle({ title: TITLE, title_basis: 'editorial' })).toEqual({
      text: TITLE,
      basis: 'editorial',
    });
    expect(unquotedTitle({ title: TITLE, title_basis: 'address' })?.basis).toBe('address');
  });
});

describe('inUnquotedTitle', () => {
  it('finds a quote in the title after the usual normalisation', () => {
    const title = unquotedTitle({ title: TITLE, title_basis: 'editorial' });
    expect(inUnquotedTitle(title, 'Tata  Kelola Air\ndi Singapura')).toBe(true);
    expect(inUnquotedTitle(title, 'Tata Kelola Air di Jakarta')).toBe(false);
    expect(inUnquotedTitle(undefined, 'Tata Kelola Air di Singapura')).toBe(false);
  });
});

describe('titleQuoteProblem', () => {
  it('refuses a quote found in a title of ours, saying the title is ours', () => {
    const title = unquotedTitle({ title: TITLE, title_basis: 'editorial' });
    const p = titleQuoteProblem(entry, ['sources', 0, 'quote'], 'a', title, 'Tata Kelola Air');
    expect(p).toMatchObject({
      file: 'content/cohorts/c.yaml',
      line: 12,
      field: 'sources[0].quote',
      code: 'quote-in-unquoted-title',
    });
    expect(p?.message.id).toContain('dibuat oleh kami (title_basis: editorial)');
    expect(p?.fix.id).toContain('badan teks');
  });
  it('says a title from the address was read from the address', () => {
    const { message } = titleQuoteMessage('a', { text: TITLE, basis: 'address' });
    expect(message.id).toContain('dibaca dari alamat web (title_basis: address)');
    expect(message.en).toContain('read from the web address');
  });
  it('leaves other quotes to the other checks', () => {
    const title = unquotedTitle({ title: TITLE, title_basis: 'editorial' });
    expect(titleQuoteProblem(entry, [], 'a', title, 'Sebanyak 25 orang ASN')).toBeUndefined();
  });
});
