import { z } from 'astro/zod';
import { doc, localized, plainText, webAddress } from './common.ts';

/** The controlled vocabularies, one YAML file each in content/vocabularies. */
export const vocabularyNames = [
  'themes',
  'programmes',
  'outlets',
  'participant-groups',
  'places',
] as const;
export type VocabularyName = (typeof vocabularyNames)[number];

/** `body` of a participant group whose people are the civil servants of the government the site follows. */
export const OWN_BODY = 'own';

/**
 * Whose people a participant group counts: `own` (the government of the site
 * profile: counted in every total) or the name of another body in both
 * languages (shown with its count, never added to a total).
 */
const bodySchema = z.union([z.literal(OWN_BODY), localized], { message: 'group-body' });

/**
 * One term of a controlled vocabulary (a theme, a programme, …). Entries refer
 * to terms by their key, so the same thing is never spelled two ways.
 */
export const termSchema = z.strictObject({
  /** Display label in both languages. */
  label: doc(localized, 'Label tampilan (id dan en).', 'Display label (id and en).'),
  /** Words that name this term in source texts; the checker looks for one of them in a quote. */
  terms: doc(
    z.array(plainText).min(1),
    'Kata yang menyebut istilah ini di teks sumber; pemeriksa mencari salah satunya di kutipan.',
    'Words that name this term in source texts; the checker looks for one of them in a quote.',
  ),
  /** What the term covers. */
  description: doc(
    localized.optional(),
    'Penjelasan singkat cakupan istilah.',
    'A short account of what the term covers.',
  ),
  /** A place's country, as an ISO 3166-1 code (SG, ID): a place outside the site's country is abroad. */
  country: doc(
    z
      .string()
      .regex(/^[A-Z]{2}$/, { message: 'country-code' })
      .optional(),
    'Untuk tempat: negaranya, kode ISO 3166-1 dua huruf kapital (mis. SG, ID). Tempat di luar negara situs dihitung sebagai luar negeri.',
    "For a place: its country, as an ISO 3166-1 code of two capital letters (e.g. SG, ID). A place outside the site's country counts as abroad.",
  ),
  /** For a participant group: `own`, or the name of the other body its people belong to. */
  body: doc(
    bodySchema.optional(),
    'Untuk kelompok peserta: own bila pesertanya pegawai pemerintah yang dicatat situs (dihitung dalam total); selain itu nama lembaga asalnya dalam id dan en (ditampilkan, tidak dihitung).',
    'For a participant group: own when its people are staff of the government the site follows (counted in totals); otherwise the name of the body they belong to, in id and en (shown, not counted).',
  ),
  /** Home page of an outlet or programme. */
  website: doc(webAddress.optional(), 'Alamat situs resmi.', 'Official website.'),
});
export type Term = z.infer<typeof termSchema>;

/**
 * A term of content/vocabularies/participant-groups.yaml: it must say whose
 * people it counts, so that no total counts another body's people by default.
 */
export const participantGroupTermSchema = termSchema.superRefine(
  (t, ctx) => {
    // Runs even when other fields failed (see `when`), so the data may be malformed here.
    if (typeof t === 'object' && t !== null && (t as { body?: unknown }).body === undefined)
      ctx.addIssue({ code: 'custom', path: ['body'], message: 'group-body-missing' });
  },
  { when: () => true },
);
