/**
 * The words and sentences the messages about number values share: the ways
 * of writing "not known" (tidak diketahui, n/a, -), what to write when the
 * source gives no number (unknown, or leave the field out, as the field
 * allows), the number to write instead with the field's bounds when it is
 * outside them, and what to say of a fraction.
 */
import type { NumberField } from './field-schema.ts';
import type { Bilingual } from './problem.ts';

/** What is wrong with a value and how to fix it. */
export interface Explained {
  message: Bilingual;
  fix: Bilingual;
}

/** `count: 25` for a named field, `25` for a list item. */
export const writeAs = (field: NumberField, value: string | number): string =>
  field.key === undefined ? String(value) : `${field.key}: ${value}`;

/** A sentence in Indonesian and English. */
export const both = (id: string, en: string): Bilingual => ({ id, en });

/** What editors write when the source gives no number (compared in lower case, spaces collapsed). */
const NO_NUMBER = new Set([
  'tidak diketahui',
  'tak diketahui',
  'belum diketahui',
  'tdk diketahui',
  'tidak disebutkan',
  'tidak disebut',
  'tak disebutkan',
  'belum disebutkan',
  'tidak ada',
  'tidak ada data',
  'belum ada',
  'belum ada data',
  'tidak tahu',
  'tidak jelas',
  'kosong',
  'n/a',
  'n.a.',
  'na',
  '-',
  '--',
  '–',
  '—',
  '?',
  '??',
  '???',
  'x',
  'tbd',
  'none',
  'nil',
]);

/** Whether a value (in lower case, spaces collapsed) is a way of saying "the source gives no number". */
export function meansNoNumber(lower: string): boolean {
  return NO_NUMBER.has(lower) || NO_NUMBER.has(lower.replace(/\.$/, ''));
}

/** What to write when the source gives no number, by what the field accepts. */
export function noNumberFix(field: NumberField): Bilingual {
  if (field.unknown)
    return both(
      `Bila sumber tidak menyebut angkanya, tulis ${writeAs(field, 'unknown')} (bukan 0).`,
      `When the source gives no number, write ${writeAs(field, 'unknown')} (never 0).`,
    );
  if (field.optional)
    return both(
      'Bila sumber tidak menyebut angkanya, hapus baris ini.',
      'When the source gives no number, remove this line.',
    );
  return both(
    'Tulis angka yang disebut sumber dengan angka 0–9; kolom ini tidak menerima unknown.',
    'Write the number the source gives in the digits 0–9; this field does not take unknown.',
  );
}

/** A sentence to add when `n` is outside the field's bounds. */
function rangeNote(field: NumberField, n: number): Bilingual {
  if (field.min !== undefined && n < field.min)
    return n === 0 && field.unknown
      ? both(
          ' Angka 0 tidak diterima: bila sumber tidak menyebut jumlahnya, tulis unknown.',
          ' 0 is not accepted: when the source gives no number, write unknown.',
        )
      : both(` Angkanya harus minimal ${field.min}.`, ` The number must be at least ${field.min}.`);
  if (field.max !== undefined && n > field.max)
    return both(
      ` Angkanya harus paling banyak ${field.max}.`,
      ` The number must be at most ${field.max}.`,
    );
  return both('', '');
}

/** Write `n` (shown as `shown`) instead, with the bounds when it is outside them. */
export function writeInstead(
  field: NumberField,
  n: number,
  id: string,
  en: string,
  shown = String(n),
): Bilingual {
  const note = rangeNote(field, n);
  const write = writeAs(field, shown);
  return both(`${id} ${write}.${note.id}`, `${en} ${write}.${note.en}`);
}

/** A value as a message quotes it: shortened past 40 characters. */
export function short(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

/** A fraction: say that the field counts whole things, and offer the whole numbers around it. */
export function fraction(field: NumberField, shown: string, value: number): Explained {
  const people = field.key === 'count';
  const near = [Math.floor(value), Math.ceil(value)].filter(
    (n) =>
      (field.min === undefined || n >= field.min) && (field.max === undefined || n <= field.max),
  );
  const eg =
    near.length === 2
      ? { id: ` (mis. ${near[0]} atau ${near[1]})`, en: ` (e.g. ${near[0]} or ${near[1]})` }
      : { id: '', en: '' };
  return {
    message: both(
      `${shown} bukan bilangan bulat${people ? '; orang dihitung dengan bilangan bulat' : ''}.`,
      `${shown} is not a whole number${people ? '; people are counted in whole numbers' : ''}.`,
    ),
    fix: both(
      `Tulis bilangan bulat yang disebut sumber${eg.id}, tanpa koma atau titik.`,
      `Write the whole number the source gives${eg.en}, with no comma or point.`,
    ),
  };
}
