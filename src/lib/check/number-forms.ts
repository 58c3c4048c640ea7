/**
 * Whole numbers that a schema accepts but that were written in a form that
 * reads as another number than the editor likely meant: `2.000` is read as
 * 2 (the point is a decimal point), `0x19` as 25, `1e3` as 1000. Each is
 * refused with the number it was read as and what to write, so that no
 * such value is published unnoticed. Numbers written as plain digits, and
 * values that are not numbers, are left alone.
 */
import type { Bilingual } from './problem.ts';

export interface NumberForm {
  path: PropertyKey[];
  code: 'number-thousands-point' | 'number-unusual-form';
  message: Bilingual;
  fix: Bilingual;
}

/** Deeper than any content file may nest (yaml.ts refuses more than 12 levels). */
const MAX_DEPTH = 16;
const PLAIN = /^[+-]?[0-9]+$/;
const POINT_THOUSANDS = /^[+-]?[0-9]{1,3}(?:\.[0-9]{3})+$/;

function formOf(path: PropertyKey[], value: number, written: string): NumberForm | undefined {
  if (PLAIN.test(written) && !written.startsWith('+')) return undefined;
  const key = path.at(-1);
  const as = (n: number): string => (typeof key === 'string' ? `${key}: ${n}` : String(n));
  if (POINT_THOUSANDS.test(written)) {
    const digits = written.replace(/\./g, '');
    return {
      path,
      code: 'number-thousands-point',
      message: {
        id: `Tertulis ${written}, yang terbaca sebagai ${value}: titik dibaca sebagai tanda desimal.`,
        en: `${written} is written, which reads as ${value}: the point is read as a decimal point.`,
      },
      fix: {
        id: `Bila maksudnya ${Number(digits)}, tulis ${as(Number(digits))} tanpa titik; bila maksudnya ${value}, tulis ${as(value)}.`,
        en: `If ${Number(digits)} is meant, write ${as(Number(digits))} without the point; if ${value} is meant, write ${as(value)}.`,
      },
    };
  }
  return {
    path,
    code: 'number-unusual-form',
    message: {
      id: `Angka ditulis sebagai ${written}, yang terbaca sebagai ${value}.`,
      en: `The number is written as ${written}, which reads as ${value}.`,
    },
    fix: {
      id: `Tulis angka biasa dengan angka 0–9: ${as(value)}.`,
      en: `Write a plain number in the digits 0–9: ${as(value)}.`,
    },
  };
}

/**
 * Every whole number in `data` whose text in the file (`sourceOf`) is not
 * plain digits, with its path, message and fix.
 */
export function numberForms(
  data: unknown,
  sourceOf: (path: readonly PropertyKey[]) => string | undefined,
): NumberForm[] {
  const found: NumberForm[] = [];
  const walk = (v: unknown, path: PropertyKey[]): void => {
    if (typeof v === 'number') {
      const written = Number.isInteger(v) ? sourceOf(path)?.trim() : undefined;
      const form = written === undefined ? undefined : formOf(path, v, written);
      if (form) found.push(form);
    } else if (Array.isArray(v)) {
      if (path.length < MAX_DEPTH) v.forEach((item, i) => walk(item, [...path, i]));
    } else if (v !== null && typeof v === 'object' && path.length < MAX_DEPTH) {
      for (const [key, item] of Object.entries(v)) walk(item, [...path, key]);
    }
  };
  walk(data, []);
  return found;
}
