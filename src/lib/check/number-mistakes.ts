/**
 * What went wrong when a number field does not hold a whole number, and the
 * fix, for the common mistakes: a number in quotation marks ("25"), a
 * fraction (25.5, "25,5"), a thousands separator ("1,500", and 1.500, which
 * is read as 1.5), digits of another script (٤), words meaning "not known"
 * (tidak diketahui), a number in words (dua puluh lima) or with its unit
 * (25 orang). Undefined when the value is none of these: the generic
 * message of the issue then applies.
 */
import { hasForeignDigit, toAsciiDigits } from '../text/digits.ts';
import { findNumbers } from '../text/indonesian/numbers.ts';
import { editDistance } from '../text/suggest.ts';
import type { NumberField } from './field-schema.ts';
import {
  both,
  fraction,
  short,
  meansNoNumber,
  noNumberFix,
  writeAs,
  writeInstead,
  type Explained,
} from './number-fixes.ts';

/** `1,500`, `1.500.000`, `25 000`: groups of three digits after a consistent separator. */
const THOUSANDS = /^[0-9]{1,3}([.,\u00a0 _'’])[0-9]{3}(?:\1[0-9]{3})*$/u;
/** `1.500` as YAML reads it: a point and exactly three digits, which makes 1.5. */
const POINT_THOUSANDS = /^[+-]?[0-9]{1,3}\.[0-9]{3}$/;
const DECIMAL = /^[0-9]+[.,][0-9]+$/;

/** A number YAML read from `source`: a fraction, or `1.500` read as 1.5. */
function explainNumber(
  field: NumberField,
  value: number,
  source: string | undefined,
): Explained | undefined {
  if (!Number.isFinite(value) || Number.isInteger(value)) return undefined;
  const shown = short(source?.trim() || String(value));
  if (POINT_THOUSANDS.test(shown)) {
    const digits = Number(shown.replace('.', ''));
    return {
      message: both(
        `Tertulis ${shown}, yang terbaca sebagai ${String(value).replace('.', ',')}: titik dibaca sebagai tanda desimal.`,
        `${shown} is written, which reads as ${value}: the point is read as a decimal point.`,
      ),
      fix: writeInstead(
        field,
        digits,
        `Bila maksudnya ${digits}, tulis tanpa titik:`,
        `If ${digits} is meant, write it without the point:`,
      ),
    };
  }
  return fraction(field, shown, value);
}

/** A value written as text. */
function explainText(
  field: NumberField,
  text: string,
  source: string | undefined,
): Explained | undefined {
  const t = text.trim().replace(/\s+/gu, ' ');
  const lower = t.toLowerCase();
  const q = short(t);
  if (t === '')
    return { message: both('Kolom ini kosong.', 'This field is empty.'), fix: noNumberFix(field) };
  if (hasForeignDigit(t)) {
    const ascii = toAsciiDigits(t);
    const names = ascii.scripts.length
      ? {
          id: ascii.scripts.map((s) => s.id).join(' dan '),
          en: ascii.scripts.map((s) => s.en).join(' and '),
        }
      : { id: 'angka dari aksara lain', en: 'digits of another script' };
    const numbers = ascii.complete ? findNumbers(ascii.text) : [];
    const n = /^[0-9]+$/.test(ascii.text)
      ? Number(ascii.text)
      : numbers.length === 1
        ? numbers[0]?.value
        : undefined;
    return {
      message: both(`"${q}" ditulis dengan ${names.id}.`, `"${q}" is written in ${names.en}.`),
      fix:
        n !== undefined && Number.isInteger(n)
          ? writeInstead(field, n, 'Tulis dengan angka 0–9:', 'Write it in the digits 0–9:')
          : both('Tulis angkanya dengan angka 0–9.', 'Write the number in the digits 0–9.'),
    };
  }
  if (/^[0-9]+$/.test(t)) {
    const digits = short(t.replace(/^0+(?=[0-9])/, ''));
    if (/^["']/.test(source?.trim() ?? ''))
      return {
        message: both(
          `Angka ${q} ditulis sebagai teks (di dalam tanda kutip).`,
          `The number ${q} is written as text (in quotation marks).`,
        ),
        fix: writeInstead(
          field,
          Number(t),
          'Hapus tanda kutipnya:',
          'Remove the quotation marks:',
          digits,
        ),
      };
    return {
      message: both(`Angka ${q} ditulis sebagai teks.`, `The number ${q} is written as text.`),
      fix: writeInstead(
        field,
        Number(t),
        'Tulis angkanya saja:',
        'Write the number alone:',
        digits,
      ),
    };
  }
  if (THOUSANDS.test(t)) {
    const n = Number(t.replace(/[^0-9]/g, ''));
    return {
      message: both(
        `Angka "${q}" ditulis dengan pemisah ribuan.`,
        `The number "${q}" is written with a thousands separator.`,
      ),
      fix: writeInstead(
        field,
        n,
        `Bila maksudnya ${n}, tulis tanpa pemisah:`,
        `If ${n} is meant, write it without a separator:`,
      ),
    };
  }
  if (DECIMAL.test(t)) return fraction(field, `"${q}"`, Number(t.replace(',', '.')));
  const unknownLike =
    lower === 'unknown' || (!/[0-9]/.test(t) && editDistance(lower, 'unknown') <= 2);
  if (unknownLike && field.unknown)
    return {
      message: both(
        `Tertulis "${q}"; kata yang diterima persis unknown (huruf kecil).`,
        `"${q}" is written; the accepted word is exactly unknown (lower case).`,
      ),
      fix: both(`Tulis ${writeAs(field, 'unknown')}.`, `Write ${writeAs(field, 'unknown')}.`),
    };
  if (unknownLike || meansNoNumber(lower))
    return {
      message: both(`"${q}" bukan angka.`, `"${q}" is not a number.`),
      fix: noNumberFix(field),
    };
  return explainWords(field, t);
}

/** A number in words, or with other words around it. */
function explainWords(field: NumberField, t: string): Explained | undefined {
  const numbers = findNumbers(t);
  const q = short(t);
  if (numbers.length > 1)
    return {
      message: both(`"${q}" berisi lebih dari satu angka.`, `"${q}" holds more than one number.`),
      fix: both(
        'Tulis satu angka saja, yang disebut sumber untuk kolom ini.',
        'Write one number alone, the one the source gives for this field.',
      ),
    };
  const [m] = numbers;
  if (!m || !Number.isInteger(m.value)) return undefined;
  const rest = `${t.slice(0, m.index)} ${t.slice(m.index + m.text.length)}`.trim();
  if (rest === '' && /\p{L}/u.test(m.text))
    return {
      message: both(
        `Angka ditulis dengan kata ("${q}").`,
        `The number is written in words ("${q}").`,
      ),
      fix: writeInstead(field, m.value, 'Tulis dengan angka:', 'Write it in digits:'),
    };
  return {
    message: both(
      `Kolom ini hanya berisi angka, tetapi tertulis "${q}".`,
      `This field holds a number alone, but "${q}" is written.`,
    ),
    fix: writeInstead(field, m.value, 'Tulis angkanya saja:', 'Write the number alone:'),
  };
}

/**
 * The message and fix for a value of a number field that is not a whole
 * number, given the value as read and the text written in the file.
 */
export function numberMistake(
  field: NumberField,
  input: unknown,
  source: string | undefined,
): Explained | undefined {
  if (input === null)
    return { message: both('Kolom ini kosong.', 'This field is empty.'), fix: noNumberFix(field) };
  if (typeof input === 'number') return explainNumber(field, input, source);
  if (typeof input === 'string') return explainText(field, input, source);
  return undefined;
}
