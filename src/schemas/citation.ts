import { z } from 'astro/zod';
import { doc, plainText, slug } from './common.ts';

/**
 * One source of a record: an exact passage of a stored article and the fields
 * of the record it supports. The checker finds the passage in the article and,
 * where it can, the cited value in the passage.
 */
export const citationSchema = z.strictObject({
  /** Id of the article in content/articles (its file name without .md). */
  article: doc(
    slug,
    'Id artikel sumber: nama berkas di content/articles tanpa .md.',
    'Id of the source article: its file name in content/articles without .md.',
  ),
  /** Exact words copied from the article body; must occur there exactly once. */
  quote: doc(
    z.string().trim().min(12).max(2000),
    'Kutipan persis dari badan artikel (salin-tempel); harus muncul tepat satu kali.',
    'Exact words copied from the article body; must occur there exactly once.',
  ),
  /** Field paths of the record this passage supports, e.g. `period`, `participants.asn-kota-contoh`. */
  supports: doc(
    z.array(z.string().regex(/^[a-z_]+(?:\.[a-z0-9_-]+)?$/, { message: 'field-path' })).min(1),
    'Daftar kolom yang didukung kutipan ini, mis. period, participants.asn-kota-contoh.',
    'Fields of the record this passage supports, e.g. period, participants.asn-kota-contoh.',
  ),
  /** Why this passage supports the fields, when it is not obvious. */
  note: doc(
    plainText.optional(),
    'Catatan bila hubungan kutipan dan kolom tidak langsung jelas.',
    'A note when the link between passage and field is not obvious.',
  ),
});
export type Citation = z.infer<typeof citationSchema>;

/** The list of sources every record carries. */
export const sourcesSchema = doc(
  z.array(citationSchema).min(1),
  'Sumber: setiap fakta didukung kutipan persis dari artikel.',
  'Sources: every fact is backed by an exact passage of an article.',
);
