import { z } from 'astro/zod';
import { sha256Hex } from './capture.ts';
import { doc, slug } from './common.ts';

/** The published values of one record, by fact path (`status`, `participants.asn-kota-contoh`, …). */
const publishedValues = z.record(z.string().min(1), z.string());

/**
 * content/published.json: what the site has published, written by
 * `npm run publish` and never by hand. The check compares every record with
 * it, so a published record cannot vanish, change a published value without
 * a correction entry, or be renamed without keeping its old id (`renames`);
 * a published article's stored text cannot change without a body correction,
 * even when its `sha256` is removed (`articles`).
 */
export const ledgerSchema = z.strictObject({
  /** Format version of this file. */
  version: doc(z.literal(1), 'Versi format berkas ini (1).', 'Format version of this file (1).'),
  /** Published cohorts by id. */
  cohorts: doc(
    z.record(slug, publishedValues),
    'Angkatan yang sudah terbit, menurut id.',
    'Published cohorts by id.',
  ),
  /** Published claims by id. */
  claims: doc(
    z.record(slug, publishedValues),
    'Klaim yang sudah terbit, menurut id.',
    'Published claims by id.',
  ),
  /** Published context events by id. */
  context: doc(
    z.record(slug, publishedValues),
    'Peristiwa konteks yang sudah terbit, menurut id.',
    'Published context events by id.',
  ),
  /** Old id → new id of every published renamed record; absent when nothing was renamed. */
  renames: doc(
    z.record(slug, slug).optional(),
    'Id lama → id baru setiap rekaman terbit yang diganti nama; alamat lamanya dialihkan selamanya. Tidak ada bila belum ada yang diganti nama.',
    'Old id → new id of every published record that was renamed; its old address redirects for good. Absent when nothing was renamed.',
  ),
  /** SHA-256 of each published article's stored body as first published, by id; absent in a ledger written before articles were kept. */
  articles: doc(
    z.record(slug, sha256Hex).optional(),
    'SHA-256 teks tersimpan setiap artikel yang sudah terbit (seperti saat pertama terbit), menurut id.',
    'SHA-256 of the stored text of every published article (as first published), by id.',
  ),
});
export type Ledger = z.infer<typeof ledgerSchema>;
