/**
 * The specific message and fix for each common way a number field is
 * written wrong, and undefined for values none of them explains.
 */
import { describe, expect, it } from 'vitest';
import type { NumberField } from '../../../src/lib/check/field-schema.ts';
import { numberMistake } from '../../../src/lib/check/number-mistakes.ts';

const COUNT: NumberField = { key: 'count', min: 1, max: 100000, unknown: true, optional: false };
const VALUE: NumberField = { key: 'value', min: 0, max: 1000000, unknown: false, optional: false };
const WINDOW: NumberField = {
  key: 'window_years',
  min: 1,
  max: 100,
  unknown: false,
  optional: true,
};
const ITEM: NumberField = {
  key: undefined,
  min: undefined,
  max: undefined,
  unknown: false,
  optional: false,
};

/** [value as read, text in the file, message (en), fix (en)] */
type Row = [unknown, string | undefined, RegExp, RegExp];

const explains = (field: NumberField, rows: Row[]) =>
  it.each(rows)('%j (written %j)', (input, source, message, fix) => {
    const r = numberMistake(field, input, source);
    expect(r?.message.en).toMatch(message);
    expect(r?.fix.en).toMatch(fix);
    expect(r?.message.id.length).toBeGreaterThan(0);
    expect(r?.fix.id.length).toBeGreaterThan(0);
  });

describe('numberMistake', () => {
  describe('a number in quotation marks', () => {
    explains(COUNT, [
      [
        '25',
        '"25"',
        /^The number 25 is written as text \(in quotation marks\)\.$/,
        /^Remove the quotation marks: count: 25\.$/,
      ],
      ['25', "'25'", /in quotation marks/, /count: 25\.$/],
      [' 25 ', '" 25 "', /The number 25/, /count: 25\.$/],
      ['007', '"007"', /007/, /count: 7\.$/],
      [
        '25',
        '!!str 25',
        /^The number 25 is written as text\.$/,
        /^Write the number alone: count: 25\.$/,
      ],
      [
        '0',
        '"0"',
        /as text/,
        /count: 0\. 0 is not accepted: when the source gives no number, write unknown\.$/,
      ],
      ['200000', '"200000"', /as text/, /The number must be at most 100000\.$/],
    ]);
    explains(VALUE, [['150', '"150"', /150 is written as text/, /value: 150\.$/]]);
    explains(ITEM, [['3', '"3"', /3/, /quotation marks: 3\.$/]]);
    it('shortens a very long number and never writes it in exponent form', () => {
      const r = numberMistake(VALUE, '9'.repeat(80), `"${'9'.repeat(80)}"`);
      expect(r?.message.en.length).toBeLessThan(100);
      expect(r?.fix.en).toContain('…');
      expect(r?.fix.en).not.toMatch(/e\+/);
    });
  });

  describe('a fraction', () => {
    explains(COUNT, [
      [
        25.5,
        '25.5',
        /^25\.5 is not a whole number; people are counted in whole numbers\.$/,
        /e\.g\. 25 or 26/,
      ],
      ['25,5', '25,5', /"25,5" is not a whole number/, /e\.g\. 25 or 26/],
      ['25.5', '"25.5"', /"25\.5" is not a whole number/, /25 or 26/],
      [0.5, '.5', /\.5 is not a whole number/, /^Write the whole number the source gives, with/],
    ]);
    explains(WINDOW, [[2.5, '2.5', /^2\.5 is not a whole number\.$/, /e\.g\. 2 or 3/]]);
  });

  describe('a thousands separator', () => {
    explains(COUNT, [
      [
        1.5,
        '1.500',
        /^1\.500 is written, which reads as 1\.5: the point is read as a decimal point\.$/,
        /^If 1500 is meant, write it without the point: count: 1500\.$/,
      ],
      [12.345, '12.345', /reads as 12\.345/, /count: 12345\./],
      [
        '1,500',
        '1,500',
        /^The number "1,500" is written with a thousands separator\.$/,
        /count: 1500\.$/,
      ],
      [
        '1.500.000',
        '1.500.000',
        /thousands separator/,
        /count: 1500000\. The number must be at most 100000\.$/,
      ],
      ['1 500', '1 500', /thousands separator/, /count: 1500\.$/],
      ['25_000', '25_000', /thousands separator/, /count: 25000\.$/],
    ]);
    it('reads 1.500 as written when the file text is not known', () => {
      expect(numberMistake(COUNT, 1.5, undefined)?.message.en).toMatch(/^1\.5 is not a whole/);
    });
  });

  describe('digits of another script', () => {
    explains(COUNT, [
      [
        '٤',
        '٤',
        /^"٤" is written in Arabic-Indic digits\.$/,
        /^Write it in the digits 0–9: count: 4\.$/,
      ],
      ['۲۵', '۲۵', /Extended Arabic-Indic/, /count: 25\.$/],
      ['२५', '२५', /Devanagari/, /count: 25\.$/],
      ['２５', '２５', /full-width/, /count: 25\.$/],
      ['2٥', '2٥', /Arabic-Indic/, /count: 25\.$/],
      ['٢٥ orang', '٢٥ orang', /Arabic-Indic/, /count: 25\.$/],
      ['᱒᱕', '᱒᱕', /digits of another script/, /^Write the number in the digits 0–9\.$/],
      ['٠', '٠', /Arabic-Indic/, /count: 0\. 0 is not accepted/],
    ]);
  });

  describe('"not known" in words', () => {
    explains(COUNT, [
      [
        'tidak diketahui',
        'tidak diketahui',
        /^"tidak diketahui" is not a number\.$/,
        /^When the source gives no number, write count: unknown \(never 0\)\.$/,
      ],
      [
        'Tidak  Diketahui.',
        'Tidak  Diketahui.',
        /"Tidak Diketahui\." is not a number/,
        /count: unknown/,
      ],
      ['tidak ada', 'tidak ada', /not a number/, /count: unknown/],
      ['-', '"-"', /"-" is not a number/, /count: unknown/],
      ['?', '"?"', /not a number/, /count: unknown/],
      ['N/A', 'N/A', /not a number/, /count: unknown/],
      ['', '""', /^This field is empty\.$/, /count: unknown/],
      ['   ', '"   "', /empty/, /count: unknown/],
      [null, '', /^This field is empty\.$/, /count: unknown/],
      [
        'Unknown',
        'Unknown',
        /^"Unknown" is written; the accepted word is exactly unknown \(lower case\)\.$/,
        /^Write count: unknown\.$/,
      ],
      ['unkown', 'unkown', /exactly unknown/, /count: unknown/],
    ]);
    explains(VALUE, [
      ['tidak diketahui', 'tidak diketahui', /not a number/, /this field does not take unknown\.$/],
      ['unknown', 'unknown', /^"unknown" is not a number\.$/, /does not take unknown/],
      [null, '', /empty/, /does not take unknown/],
    ]);
    explains(WINDOW, [
      [
        'tidak disebutkan',
        'tidak disebutkan',
        /not a number/,
        /^When the source gives no number, remove this line\.$/,
      ],
    ]);
  });

  describe('a number in words or with other words', () => {
    explains(COUNT, [
      [
        'dua puluh lima',
        'dua puluh lima',
        /^The number is written in words \("dua puluh lima"\)\.$/,
        /^Write it in digits: count: 25\.$/,
      ],
      ['Seratus', 'Seratus', /in words/, /count: 100\.$/],
      ['nol', 'nol', /in words/, /0 is not accepted/],
      [
        '25 orang',
        '25 orang',
        /^This field holds a number alone, but "25 orang" is written\.$/,
        /^Write the number alone: count: 25\.$/,
      ],
      ['25 ASN', '25 ASN', /holds a number alone/, /count: 25\.$/],
      ['sebanyak dua puluh lima peserta', 's', /holds a number alone/, /count: 25\.$/],
      ['sekitar 1.500', 'sekitar 1.500', /holds a number alone/, /count: 1500\.$/],
      [
        '20 hingga 25',
        '20 hingga 25',
        /^"20 hingga 25" holds more than one number\.$/,
        /one number alone/,
      ],
    ]);
    explains(WINDOW, [['tiga tahun', 'tiga tahun', /"tiga tahun"/, /window_years: 3\.$/]]);
  });

  it.each<[unknown, string | undefined]>([
    [25, '25'],
    [true, 'true'],
    [[25], '[25]'],
    [{ a: 1 }, '{a: 1}'],
    ['banyak', 'banyak'],
    ['puluhan', 'puluhan'],
    ['2,5 orang', '2,5 orang'],
    [Infinity, '.inf'],
    [undefined, undefined],
  ])('leaves %j to the generic message', (input, source) => {
    expect(numberMistake(COUNT, input, source)).toBeUndefined();
  });
});
