/** A title we wrote is marked as ours wherever it is shown, and never given as a headline. */
import { describe, expect, it } from 'vitest';
import {
  articleTitle,
  isOurTitle,
  ourTitleMarker,
  titleProperty,
} from '../../../src/lib/site/article-title.ts';

const title = 'Contoh latihan: pelatihan tata kelola air';

describe('articleTitle', () => {
  it('shows a headline and a title from the address as they are', () => {
    expect(articleTitle({ title, title_basis: 'headline' }, 'id')).toBe(title);
    expect(articleTitle({ title, title_basis: 'address' }, 'en')).toBe(title);
  });
  it('marks a title of ours in the page language', () => {
    expect(articleTitle({ title, title_basis: 'editorial' }, 'id')).toBe(
      `${title} [judul dari kami]`,
    );
    expect(articleTitle({ title, title_basis: 'editorial' }, 'en')).toBe(`${title} [our title]`);
    expect(ourTitleMarker('id')).toBe('[judul dari kami]');
  });
});

describe('isOurTitle and titleProperty', () => {
  it('gives only the outlet’s title as a headline', () => {
    expect(isOurTitle({ title, title_basis: 'editorial' })).toBe(true);
    expect(isOurTitle({ title, title_basis: 'address' })).toBe(false);
    expect(titleProperty({ title, title_basis: 'editorial' })).toEqual({ name: title });
    expect(titleProperty({ title, title_basis: 'headline' })).toEqual({ headline: title });
  });
});
