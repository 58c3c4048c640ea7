import { z } from 'astro/zod';
import { doc, fullDate, localized, unknown, webAddress } from './common.ts';

/**
 * What is known about our stored copy of an article: when it was taken, a
 * SHA-256 of its body (the bytes are defined by `bodySha256` in
 * src/lib/content/body-hash.ts) and a web-archive copy of the original. A
 * genuine fix to the stored body is a body correction that records the hash
 * before and after, so the copy cannot change silently.
 */

/** A SHA-256 digest written as 64 lower-case hexadecimal digits. */
export const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, { message: 'sha256' });

/** One recorded change of the stored body of an article. */
export const bodyCorrectionSchema = z.strictObject({
  /** Day the corrected text was published (YYYY-MM-DD). */
  date: doc(
    fullDate,
    'Tanggal teks yang dikoreksi diterbitkan (TTTT-BB-HH).',
    'Day the corrected text was published (YYYY-MM-DD).',
  ),
  /** Always `body`: what changed is the stored text. */
  field: doc(
    z.literal('body'),
    'Selalu body: yang berubah adalah teks tersimpan.',
    'Always body: what changed is the stored text.',
  ),
  /** SHA-256 of the body before this correction. */
  previous: doc(
    sha256Hex,
    'SHA-256 teks sebelum koreksi ini (sha256 artikel, atau sha256 koreksi sebelumnya).',
    'SHA-256 of the text before this correction (the article’s sha256, or the previous correction’s sha256).',
  ),
  /** SHA-256 of the body after this correction. */
  sha256: doc(
    sha256Hex,
    'SHA-256 teks sesudah koreksi ini (dihitung oleh npm run check).',
    'SHA-256 of the text after this correction (computed by npm run check).',
  ),
  /** Why the stored text was changed. */
  reason: doc(
    localized,
    'Alasan teks diubah (id dan en).',
    'Why the stored text was changed (id and en).',
  ),
});
export type BodyCorrection = z.infer<typeof bodyCorrectionSchema>;

/** The capture fields of an article's front matter. */
export const captureFields = {
  /** Day our copy was taken, or `unknown`. */
  captured: doc(
    z.union([fullDate, unknown]).default('unknown'),
    'Tanggal salinan kami diambil (TTTT-BB-HH), atau unknown bila tidak diketahui.',
    'Day our copy was taken (YYYY-MM-DD), or unknown when not known.',
  ),
  /** SHA-256 of the stored body as first published. */
  sha256: doc(
    sha256Hex.optional(),
    'SHA-256 teks tersimpan saat pertama diterbitkan; jangan diubah (perubahan teks dicatat di corrections).',
    'SHA-256 of the stored text as first published; never changed (a change of the text is recorded in corrections).',
  ),
  /** A web-archive copy of the original, when one is known. */
  archive_url: doc(
    webAddress.optional(),
    'Alamat salinan arsip web dari artikel asli (mis. web.archive.org), bila diketahui.',
    'Address of a web-archive copy of the original (e.g. web.archive.org), when known.',
  ),
  /** Recorded changes of the stored body, oldest first. */
  corrections: doc(
    z.array(bodyCorrectionSchema).optional(),
    'Koreksi teks tersimpan, yang terlama dulu: setiap perubahan teks dengan hash sebelum dan sesudahnya.',
    'Corrections of the stored text, oldest first: every change of the text with its hash before and after.',
  ),
};
