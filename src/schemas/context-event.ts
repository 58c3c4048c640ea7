import { z } from 'astro/zod';
import { doc, localized, partialDate } from './common.ts';
import { sourcesSchema } from './citation.ts';
import { renamedFromSchema } from './renamed-from.ts';

export const contextKinds = ['agreement', 'award', 'other'] as const;

/**
 * An event that gives context to the cohorts but is not one (an agreement of
 * a national ministry, an award): shown apart on the timeline and never
 * counted (content/context/<id>.yaml).
 */
export const contextEventSchema = z.strictObject({
  /** When it happened. */
  date: doc(partialDate, 'Tanggal peristiwa.', 'When it happened.'),
  /** `stated`: a quote gives the date; `publication`: the date is the cited article's publication date. */
  date_basis: doc(
    z.enum(['stated', 'publication']).default('stated'),
    'stated: tanggal disebut dalam kutipan; publication: tanggal = tanggal terbit artikel sumber (bila teks tidak menyebut tanggal).',
    "stated: a quote gives the date; publication: the date is the source article's publication date (when the text gives none).",
  ),
  /** agreement, award or other. */
  kind: doc(z.enum(contextKinds), 'agreement, award atau other.', 'agreement, award or other.'),
  /** Short title in both languages. */
  title: doc(localized, 'Judul singkat.', 'Short title.'),
  /** What happened and why it matters here. */
  summary: doc(localized, 'Ringkasan dan relevansinya.', 'What happened and why it matters.'),
  sources: sourcesSchema,
  /** Ids this event had before its file was renamed; links to the old anchor still land here. */
  renamed_from: renamedFromSchema,
});
export type ContextEvent = z.infer<typeof contextEventSchema>;
