import { z } from 'astro/zod';
import { doc, slug } from './common.ts';

/** The published values of one record, by fact path (`status`, `participants.asn-kota-contoh`, …). */
const publishedValues = z.record(z.string().min(1), z.string());

/**
 * content/published.json: what the site has published, written by
 * `npm run publish` and never by hand. The check compares every record with
 * it, so a published record cannot vanish, be renamed or change a published
 * value without a correction entry.
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
});
export type Ledger = z.infer<typeof ledgerSchema>;
