/** Digits of other scripts, read as 0–9 with the script's name. */
import { describe, expect, it } from 'vitest';
import { foreignDigit, hasForeignDigit, toAsciiDigits } from '../../../src/lib/text/digits.ts';

describe('foreignDigit', () => {
  it.each([
    ['٤', 4, 'Arabic-Indic digits'],
    ['٠', 0, 'Arabic-Indic digits'],
    ['۹', 9, 'Extended Arabic-Indic digits'],
    ['४', 4, 'Devanagari digits'],
    ['৫', 5, 'Bengali digits'],
    ['௭', 7, 'Tamil digits'],
    ['๓', 3, 'Thai digits'],
    ['꧕', 5, 'Javanese digits'],
    ['᭗', 7, 'Balinese digits'],
    ['０', 0, 'full-width digits'],
    ['９', 9, 'full-width digits'],
    ['𝟐', 2, 'mathematical digits'],
    ['𝟿', 9, 'mathematical digits'],
  ])('reads %s as %i (%s)', (char, value, en) => {
    expect(foreignDigit(char)).toMatchObject({ value, script: { en } });
  });

  it.each(['0', '9', 'a', '²', '½', 'Ⅳ', ' ', '', '᱒'])('is undefined for %j', (char) => {
    expect(foreignDigit(char)).toBeUndefined();
  });
});

describe('hasForeignDigit', () => {
  it('finds a digit of any script but 0–9, known to the table or not', () => {
    expect(hasForeignDigit('count ٤')).toBe(true);
    expect(hasForeignDigit('᱒᱕')).toBe(true);
  });

  it('is false for 0–9, letters and number-like symbols that are not digits', () => {
    expect(hasForeignDigit('25 orang')).toBe(false);
    expect(hasForeignDigit('² ½ Ⅳ')).toBe(false);
    expect(hasForeignDigit('')).toBe(false);
  });
});

describe('toAsciiDigits', () => {
  it('writes every known digit as 0–9 and names each script once, in order', () => {
    expect(toAsciiDigits('٢٥ dan २५')).toEqual({
      text: '25 dan 25',
      scripts: [
        { id: 'angka Arab-Indik', en: 'Arabic-Indic digits' },
        { id: 'angka Dewanagari', en: 'Devanagari digits' },
      ],
      complete: true,
    });
  });

  it('leaves 0–9 and other characters as they are', () => {
    expect(toAsciiDigits('25 orang')).toEqual({ text: '25 orang', scripts: [], complete: true });
  });

  it('marks a digit of a script not in the table as left unread', () => {
    expect(toAsciiDigits('᱒٥')).toMatchObject({ text: '᱒5', complete: false });
  });
});
