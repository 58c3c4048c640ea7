/**
 * Building blocks shared by every content schema. Each field carries a
 * description in Indonesian and English (`doc`), which the checker, the data
 * dictionary and the generated JSON Schemas all read from here.
 */
import { z } from 'astro/zod';
import { isValidPartialDate } from './partial-date.ts';

/** Attach the Indonesian and English description of a field. */
export function doc<T extends z.ZodType>(schema: T, id: string, en: string): T {
  return schema.meta({ description: id, description_en: en });
}

/** Lower-case words joined by hyphens: the id of an entry or a vocabulary term. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'slug' })
  .max(120);

/** A calendar date to year, month or day precision: 2023, 2023-03 or 2023-03-23. */
export const partialDate = z
  .preprocess(
    // A year written alone (2023) reaches us from YAML as a number.
    (v) => (typeof v === 'number' && Number.isInteger(v) ? String(v) : v),
    z.string().refine(isValidPartialDate, { message: 'partial-date' }),
  )
  .meta({ format: 'partial-date' });

/** A day-precision date, YYYY-MM-DD. */
export const fullDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'full-date' })
  .refine(isValidPartialDate, { message: 'full-date' });

/** An http(s) address; other schemes (javascript:, data:) are refused. */
export const webAddress = z.url({ protocol: /^https?$/ });

/** The literal word `unknown`, used wherever the source does not say. */
export const unknown = z.literal('unknown');

/** One line of plain text: no markup characters that could become HTML. */
export const plainText = z
  .string()
  .trim()
  .min(1)
  .max(2000)
  .regex(/^[^<>]*$/, { message: 'plain-text' });

/** A text in Indonesian (required) and English (required). */
export const localized = z.strictObject({
  /** Indonesian. */
  id: doc(plainText, 'Teks dalam bahasa Indonesia.', 'Text in Indonesian.'),
  /** English. */
  en: doc(plainText, 'Teks dalam bahasa Inggris.', 'Text in English.'),
});
export type Localized = z.infer<typeof localized>;
