/** A count is whole, a minimum, or not known at all — and a minimum of 0 is never shown. */
import { describe, expect, it } from 'vitest';
import {
  countShort,
  countWords,
  peopleWords,
  readCount,
} from '../../../src/lib/site/count-words.ts';
import { numberLabel } from '../../../src/lib/site/format.ts';

const id = (n: number) => numberLabel(n, 'id');
const en = (n: number) => numberLabel(n, 'en');
const people = (n: string) => `${n} peserta`;

describe('readCount', () => {
  it('reads a sum with no group of unknown size as exact, even 0', () => {
    expect(readCount({ known: 25, hasUnknown: false })).toEqual({ kind: 'exact', n: 25 });
    expect(readCount({ known: 0, hasUnknown: false })).toEqual({ kind: 'exact', n: 0 });
  });
  it('reads a sum with a group of unknown size as a minimum', () => {
    expect(readCount({ known: 25, hasUnknown: true })).toEqual({ kind: 'at-least', n: 25 });
  });
  it('reads a minimum of 0 as no number at all', () => {
    expect(readCount({ known: 0, hasUnknown: true })).toEqual({ kind: 'unknown' });
  });
});

describe('countWords', () => {
  it('writes the number, "sedikitnya N", or "jumlah tidak diketahui"', () => {
    expect(countWords({ known: 1250, hasUnknown: false }, 'id', id)).toBe('1.250');
    expect(countWords({ known: 25, hasUnknown: true }, 'id', id)).toBe('sedikitnya 25');
    expect(countWords({ known: 25, hasUnknown: true }, 'en', en)).toBe('at least 25');
    expect(countWords({ known: 0, hasUnknown: true }, 'id', id)).toBe('jumlah tidak diketahui');
    expect(countWords({ known: 0, hasUnknown: true }, 'en', en)).toBe('number not known');
  });
});

describe('peopleWords', () => {
  it('puts the noun after the number, and says when no number is known', () => {
    expect(peopleWords({ known: 35, hasUnknown: false }, 'id', id, people)).toBe('35 peserta');
    expect(peopleWords({ known: 35, hasUnknown: true }, 'id', id, people)).toBe(
      'sedikitnya 35 peserta',
    );
    expect(peopleWords({ known: 0, hasUnknown: true }, 'id', id, people)).toBe(
      'peserta yang jumlahnya tidak diketahui',
    );
    expect(peopleWords({ known: 0, hasUnknown: true }, 'en', en, people)).toBe(
      'participants of unknown number',
    );
  });
});

describe('countShort', () => {
  it('marks a minimum "+?" and nothing known "?", never "0+?"', () => {
    expect(countShort({ known: 35, hasUnknown: false }, id)).toBe('35');
    expect(countShort({ known: 35, hasUnknown: true }, id)).toBe('35+?');
    expect(countShort({ known: 0, hasUnknown: true }, id)).toBe('?');
    expect(countShort({ known: 0, hasUnknown: false }, id)).toBe('0');
  });
  it('takes the marks a figure uses instead', () => {
    const marks = { suffix: '', unknown: 'tidak diketahui' };
    expect(countShort({ known: 35, hasUnknown: true }, id, marks)).toBe('35');
    expect(countShort({ known: 0, hasUnknown: true }, id, marks)).toBe('tidak diketahui');
  });
});
