import { z } from 'astro/zod';
import { doc, fullDate, localized, plainText, slug } from './common.ts';

/**
 * One correction of a published record: which fact changed, what it read
 * before, when and why. The record itself always holds the corrected value;
 * the site shows the correction on the record page, in the corrections log
 * and in its feed.
 */
export const correctionSchema = z.strictObject({
  /** Day the correction was published (YYYY-MM-DD). */
  date: doc(
    fullDate,
    'Tanggal koreksi diterbitkan (TTTT-BB-HH).',
    'Day the correction was published (YYYY-MM-DD).',
  ),
  /** Fact path of the corrected field, as in `supports` (e.g. `period`, `participants.asn-kota-contoh`). */
  field: doc(
    z.string().regex(/^[a-z_]+(?:\.[a-z0-9_-]+)?$/, { message: 'field-path' }),
    'Kolom yang dikoreksi, seperti di supports (mis. period, participants.asn-kota-contoh).',
    'The corrected field, as in supports (e.g. period, participants.asn-kota-contoh).',
  ),
  /** The value as it read before the correction, in plain words (a number is read as its digits). */
  previous: doc(
    z.preprocess((v) => (typeof v === 'number' ? String(v) : v), plainText),
    'Nilai sebelum dikoreksi, sebagaimana dulu tertulis.',
    'The value as it read before the correction.',
  ),
  /** Why the value was changed. */
  reason: doc(localized, 'Alasan koreksi (id dan en).', 'Why the value was changed (id and en).'),
  /** The passage that shows the corrected value, when a new source prompted the correction. */
  source: doc(
    z
      .strictObject({
        /** Id of the article. */
        article: doc(slug, 'Id artikel sumber.', 'Id of the source article.'),
        /** Exact passage of that article. */
        quote: doc(
          z.string().trim().min(12).max(2000),
          'Kutipan persis dari artikel itu; harus muncul tepat satu kali.',
          'Exact passage of that article; must occur exactly once.',
        ),
      })
      .optional(),
    'Kutipan sumber yang mendasari koreksi, bila ada.',
    'The passage the correction rests on, when there is one.',
  ),
});
export type Correction = z.infer<typeof correctionSchema>;

/** The corrections a record carries, oldest first. */
export const correctionsSchema = doc(
  z.array(correctionSchema).optional(),
  'Koreksi: setiap perubahan nilai yang sudah terbit, dengan tanggal dan alasannya.',
  'Corrections: every change to a published value, with its date and reason.',
);
