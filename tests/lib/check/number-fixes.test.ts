/** The shared sentences of the number messages: not known, the number to write, fractions. */
import { describe, expect, it } from 'vitest';
import type { NumberField } from '../../../src/lib/check/field-schema.ts';
import {
  fraction,
  meansNoNumber,
  noNumberFix,
  short,
  writeAs,
  writeInstead,
} from '../../../src/lib/check/number-fixes.ts';

const field = (over: Partial<NumberField>): NumberField => ({
  key: 'count',
  min: 1,
  max: 100,
  unknown: false,
  optional: false,
  ...over,
});

describe('meansNoNumber', () => {
  it.each([
    'tidak diketahui',
    'tidak ada',
    'belum diketahui',
    'tidak disebutkan',
    'n/a',
    '-',
    '?',
    'tidak jelas.',
    'none',
  ])('is true for %j', (words) => expect(meansNoNumber(words)).toBe(true));
  it.each(['25', 'unknown', 'dua puluh', 'ada', 'tidak', ''])('is false for %j', (words) =>
    expect(meansNoNumber(words)).toBe(false),
  );
});

describe('noNumberFix', () => {
  it('says unknown, never 0, where unknown is accepted, even when the field is optional', () => {
    expect(noNumberFix(field({ unknown: true })).id).toBe(
      'Bila sumber tidak menyebut angkanya, tulis count: unknown (bukan 0).',
    );
    expect(noNumberFix(field({ unknown: true, optional: true })).en).toContain('count: unknown');
  });
  it('says to remove the line where the field may be left out', () => {
    expect(noNumberFix(field({ optional: true })).en).toBe(
      'When the source gives no number, remove this line.',
    );
  });
  it('says unknown is not taken where the field is required and takes no unknown', () => {
    expect(noNumberFix(field({})).id).toContain('kolom ini tidak menerima unknown');
  });
});

describe('writeInstead and writeAs', () => {
  it('writes the field and the number', () => {
    expect(writeInstead(field({}), 25, 'Tulis:', 'Write:')).toEqual({
      id: 'Tulis: count: 25.',
      en: 'Write: count: 25.',
    });
    expect(writeAs(field({ key: undefined }), 25)).toBe('25');
  });
  it('adds the bound the number is outside of', () => {
    expect(writeInstead(field({}), 0, 'Tulis:', 'Write:').en).toBe(
      'Write: count: 0. The number must be at least 1.',
    );
    expect(writeInstead(field({}), 101, 'Tulis:', 'Write:').id).toBe(
      'Tulis: count: 101. Angkanya harus paling banyak 100.',
    );
    expect(writeInstead(field({ unknown: true }), 0, 'Tulis:', 'Write:').en).toContain(
      '0 is not accepted',
    );
    expect(writeInstead(field({ min: undefined, max: undefined }), 0, 'T:', 'W:').en).toBe(
      'W: count: 0.',
    );
  });
  it('shows the number as given', () => {
    expect(writeInstead(field({}), 7, 'T:', 'W:', '007').en).toBe('W: count: 007.');
  });
});

describe('fraction', () => {
  it('speaks of people for a count, and offers the whole numbers around the value', () => {
    const r = fraction(field({}), '25.5', 25.5);
    expect(r.message.id).toBe('25.5 bukan bilangan bulat; orang dihitung dengan bilangan bulat.');
    expect(r.fix.en).toContain('(e.g. 25 or 26)');
  });
  it('offers no numbers outside the bounds, and speaks of people only for a count', () => {
    const r = fraction(field({ key: 'value', max: 1 }), '1.5', 1.5);
    expect(r.message.en).toBe('1.5 is not a whole number.');
    expect(r.fix.en).not.toContain('e.g.');
  });
});

describe('short', () => {
  it('keeps 40 characters and marks a cut', () => {
    expect(short('a'.repeat(40))).toBe('a'.repeat(40));
    expect(short('a'.repeat(41))).toBe(`${'a'.repeat(37)}…`);
  });
});
