import { z } from 'astro/zod';
import { doc, localized, partialDate, plainText, slug, unknown } from './common.ts';
import { sourcesSchema } from './citation.ts';
import { correctionsSchema } from './correction.ts';
import { renamedFromSchema } from './renamed-from.ts';

export const cohortStatuses = ['held', 'planned', 'announced'] as const;

/** One group of participants with its count; `unknown` is never read as zero. */
export const participantGroupSchema = z.strictObject({
  /** Key from vocabularies/participant-groups.yaml. */
  group: doc(
    slug,
    'Kelompok peserta (kunci di vocabularies/participant-groups.yaml).',
    'Participant group (key in vocabularies/participant-groups.yaml).',
  ),
  /** Number of people, or `unknown` when the source does not give it. */
  count: doc(
    z.union([z.int().min(1).max(100000), unknown]),
    'Jumlah orang, atau unknown bila sumber tidak menyebutkannya (bukan 0).',
    'Number of people, or unknown when the source does not give it (never 0).',
  ),
});

/**
 * A cohort ("angkatan"): one group of people sent to one training
 * (content/cohorts/<id>.yaml).
 */
export const cohortSchema = z
  .strictObject({
    /** Programme key from vocabularies/programmes.yaml. */
    programme: doc(
      slug,
      'Program (kunci di vocabularies/programmes.yaml).',
      'Programme (key in vocabularies/programmes.yaml).',
    ),
    /** Theme key from vocabularies/themes.yaml. */
    theme: doc(
      slug,
      'Tema pelatihan (kunci di vocabularies/themes.yaml).',
      'Training theme (key in vocabularies/themes.yaml).',
    ),
    /** The course's own name when it differs from the theme label. */
    course_name: doc(
      plainText.optional(),
      'Nama resmi pelatihan bila berbeda dari label tema.',
      "The course's own name when it differs from the theme label.",
    ),
    /** held: took place; planned: dates set, not yet confirmed held; announced: only announced. */
    status: doc(
      z.enum(cohortStatuses),
      'held (sudah berlangsung), planned (dijadwalkan, belum terbukti berlangsung), announced (baru diumumkan).',
      'held (took place), planned (scheduled, not confirmed held), announced (only announced).',
    ),
    /**
     * Training period; a month alone (2019-07) is allowed when days are not
     * known, and `unknown` when the sources give no date for a planned or
     * announced cohort (its send-off date, when given, places it).
     */
    period: doc(
      z.union([
        z.strictObject({
          /** First day (or month, or year) of the training. */
          start: doc(partialDate, 'Awal pelatihan.', 'Start of the training.'),
          /** Last day of the training, when known. */
          end: doc(partialDate.optional(), 'Akhir pelatihan, bila diketahui.', 'End, when known.'),
        }),
        unknown,
      ]),
      'Periode pelatihan (start, end); bulan saja (2019-07) boleh bila tanggal belum diketahui; unknown bila sumber tidak menyebut waktunya sama sekali (hanya untuk planned dan announced).',
      'Training period (start, end); a month alone (2019-07) is allowed when the days are not known; unknown when the sources give no date at all (planned and announced only).',
    ),
    /** Place key from vocabularies/places.yaml. */
    place: doc(
      slug,
      'Tempat (kunci di vocabularies/places.yaml).',
      'Place (key in vocabularies/places.yaml).',
    ),
    /** Institution that ran the training, as the source names it. */
    host: doc(
      plainText.optional(),
      'Lembaga penyelenggara, sebagaimana disebut sumber.',
      'Institution that ran the training, as the source names it.',
    ),
    /** Participants by group; at least one group. */
    participants: doc(
      z.array(participantGroupSchema).min(1),
      'Peserta per kelompok (minimal satu kelompok).',
      'Participants by group (at least one group).',
    ),
    /** The send-off ceremony before departure. */
    sendoff: doc(
      z
        .strictObject({
          /** Date of the send-off. */
          date: doc(partialDate, 'Tanggal pelepasan.', 'Date of the send-off.'),
          /** Where it took place. */
          place: doc(plainText.optional(), 'Tempat pelepasan.', 'Where it took place.'),
          /** Who sent the cohort off. */
          by: doc(plainText.optional(), 'Dilepas oleh.', 'Sent off by.'),
        })
        .optional(),
      'Pelepasan peserta sebelum berangkat.',
      'The send-off before departure.',
    ),
    /** Experts who taught, as named in the source. */
    experts: doc(
      z
        .array(
          z.strictObject({
            /** Name as written in the source. */
            name: doc(plainText, 'Nama pakar.', 'Name of the expert.'),
            /** Position and institution as written in the source. */
            role: doc(plainText.optional(), 'Jabatan dan lembaga.', 'Position and institution.'),
          }),
        )
        .optional(),
      'Pakar pengajar sebagaimana disebut sumber.',
      'Experts who taught, as named in the source.',
    ),
    /** Places visited during the training. */
    site_visits: doc(
      z.array(plainText).optional(),
      'Lokasi kunjungan lapangan.',
      'Places visited during the training.',
    ),
    /** Our note on the record (what it leaves out, how it was read). */
    note: doc(localized.optional(), 'Catatan dari kami.', 'Our note on the record.'),
    sources: sourcesSchema,
    /** Values that another passage gives for a field, differing from the recorded one. */
    variants: doc(
      z
        .array(
          z.strictObject({
            /** Field path, as in `supports` (e.g. `period`, `participants.asn-kota-contoh`). */
            field: doc(
              z.string().regex(/^[a-z_]+(?:\.[a-z0-9_-]+)?$/, { message: 'field-path' }),
              'Kolom yang nilainya berbeda menurut sumber ini.',
              'The field this source gives a different value for.',
            ),
            /** The differing value in the source's words (e.g. "sepekan"). */
            value: doc(
              plainText,
              'Nilai menurut sumber ini, dengan kata-kata sumber (harus muncul di kutipan).',
              "The value in the source's words (must occur in the quote).",
            ),
            /** The value in English, shown beside the source's words on the English page. */
            value_en: doc(
              plainText.optional(),
              'Arti nilai itu dalam bahasa Inggris (mis. "a week" untuk "sepekan"), untuk halaman berbahasa Inggris.',
              'What the value means in English (e.g. "a week" for "sepekan"), for the English page.',
            ),
            /** Id of the article. */
            article: doc(slug, 'Id artikel sumber.', 'Id of the source article.'),
            /** Exact passage stating the differing value. */
            quote: doc(
              z.string().trim().min(12).max(2000),
              'Kutipan persis yang menyebut nilai berbeda itu.',
              'Exact passage that states the differing value.',
            ),
            /** Why the values differ, as far as we can tell. */
            note: doc(
              localized.optional(),
              'Catatan tentang perbedaannya.',
              'Note on the difference.',
            ),
          }),
        )
        .optional(),
      'Perbedaan antarsumber: nilai lain untuk suatu kolom menurut sumber lain.',
      'Disagreements: another value for a field according to another source.',
    ),
    /** Changes made to published values, with date and reason. */
    corrections: correctionsSchema,
    /** Ids of cohorts that look like this one (same programme and theme, overlapping period) but are not the same course. */
    distinct_from: doc(
      z.array(slug).min(1).optional(),
      'Id angkatan lain yang mirip (program, tema dan periode sama) tetapi memang pelatihan yang berbeda.',
      'Ids of other cohorts that look alike (same programme, theme and period) but are different courses.',
    ),
    /** Ids this cohort had before its file was renamed; the old addresses redirect here. */
    renamed_from: renamedFromSchema,
  })
  .superRefine(
    (c, ctx) => {
      // Runs even when other fields failed (see `when`), so the data may be malformed here.
      if (c.period === 'unknown' && c.status === 'held')
        ctx.addIssue({ code: 'custom', path: ['period'], message: 'period-unknown-held' });
      if (!Array.isArray(c.participants)) return;
      const seen = new Set<string>();
      c.participants.forEach((p, i) => {
        if (typeof p?.group !== 'string') return;
        if (seen.has(p.group)) {
          ctx.addIssue({
            code: 'custom',
            path: ['participants', i, 'group'],
            message: 'duplicate-group',
          });
        }
        seen.add(p.group);
      });
    },
    { when: () => true },
  );
export type Cohort = z.infer<typeof cohortSchema>;
export type ParticipantGroup = z.infer<typeof participantGroupSchema>;
