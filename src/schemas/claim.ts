import { z } from 'astro/zod';
import { doc, localized, partialDate, plainText, slug } from './common.ts';
import { sourcesSchema } from './citation.ts';
import { correctionsSchema } from './correction.ts';
import { renamedFromSchema } from './renamed-from.ts';

export const claimMetrics = [
  'participants',
  'cohorts',
  'participants-per-year',
  'cohorts-in-year',
  'partnership-years',
  'programme-start-year',
] as const;
export const claimQualifiers = [
  'exact',
  'about',
  'at-least',
  'more-than',
  'almost',
  'up-to',
] as const;

/** `scope.place` of a claim about every place outside the site's country ("luar negeri"). */
export const ABROAD = 'abroad';

/**
 * An aggregate statement made in an article ("150 ASN in 6 cohorts over the
 * last 3 years"), recorded so the site can set it against the documented
 * cohorts (content/claims/<id>.yaml).
 */
export const claimSchema = z.strictObject({
  /** What is counted. */
  metric: doc(
    z.enum(claimMetrics),
    'Yang dihitung: participants (peserta), cohorts (angkatan), participants-per-year, cohorts-in-year, partnership-years (lama kemitraan), programme-start-year (tahun mulai).',
    'What is counted: participants, cohorts, participants-per-year, cohorts-in-year, partnership-years, programme-start-year.',
  ),
  /** The number stated. */
  value: doc(z.int().min(0).max(1000000), 'Angka yang disebut.', 'The number stated.'),
  /**
   * The word the statement puts before the number, as written: exact (none),
   * about ("sekitar": within 10 %), almost ("hampir": below it, by at most
   * 10 % of it or 1, whichever is more), at-least ("sedikitnya"), more-than
   * ("lebih dari"), up-to ("hingga": at most).
   */
  qualifier: doc(
    z.enum(claimQualifiers),
    'Kata di depan angka, seperti tertulis: exact (tanpa kata), about ("sekitar": selisih paling banyak 10 %), almost ("hampir": di bawah angka itu, selisih paling banyak 10 % atau 1, mana yang lebih besar), at-least ("sedikitnya", "minimal"), more-than ("lebih dari"), up-to ("hingga", "sampai": paling banyak).',
    'The word before the number, as written: exact (none), about ("sekitar": within 10 %), almost ("hampir": below the number, by at most 10 % of it or 1, whichever is more), at-least ("sedikitnya", "minimal": at least), more-than ("lebih dari"), up-to ("hingga", "sampai": at most).',
  ),
  /** When the statement was made: the article's publication date. */
  made_on: doc(
    partialDate,
    'Kapan pernyataan dibuat (tanggal terbit artikel).',
    'When the statement was made (publication date of the article).',
  ),
  /** Who makes the statement, when it is a quoted person rather than the article's voice. */
  speaker: doc(
    plainText.optional(),
    'Siapa yang menyatakan, bila kutipan langsung seseorang.',
    'Who makes the statement, when it is a quoted person.',
  ),
  /** What the statement covers. */
  scope: doc(
    z.strictObject({
      /** Programme key, or absent for all programmes. */
      programme: doc(slug.optional(), 'Program yang dicakup.', 'Programme covered.'),
      /** Place key; `abroad` for every place outside the site's country; absent for every place. */
      place: doc(
        slug.optional(),
        'Tempat yang dicakup: kunci tempat, atau abroad untuk semua tempat di luar negeri ("luar negeri", "mancanegara").',
        'Place covered: a place key, or abroad for every place outside the country ("luar negeri", "mancanegara").',
      ),
      /** Start of the counted period when the statement gives one ("sejak 2016"). */
      since: doc(
        partialDate.optional(),
        'Awal periode yang dihitung ("sejak 2016").',
        'Start of the counted period ("since 2016").',
      ),
      /** Length of a trailing window in years ("3 tahun terakhir"). */
      window_years: doc(
        z.int().min(1).max(100).optional(),
        'Panjang periode dalam tahun ("3 tahun terakhir").',
        'Trailing window in years ("the last 3 years").',
      ),
      /** The single year counted, for per-year metrics. */
      year: doc(
        z.int().min(1900).max(2100).optional(),
        'Tahun yang dihitung.',
        'The year counted.',
      ),
      /** What the statement says it leaves out. */
      excludes: doc(
        localized.optional(),
        'Yang menurut pernyataan tidak termasuk.',
        'What the statement says it leaves out.',
      ),
    }),
    'Cakupan pernyataan (boleh dikosongkan bila pernyataan tidak membatasi).',
    'What the statement covers (may be left out when the statement sets no limits).',
  ).default({}),
  /** The statement in our words, in both languages. */
  statement: doc(localized, 'Pernyataan dengan kata-kata kami.', 'The statement in our words.'),
  /** Our note on how the statement was read. */
  note: doc(localized.optional(), 'Catatan dari kami.', 'Our note.'),
  sources: sourcesSchema,
  /** Changes made to published values, with date and reason. */
  corrections: correctionsSchema,
  /** Ids this claim had before its file was renamed; links to the old anchor still land here. */
  renamed_from: renamedFromSchema,
});
export type Claim = z.infer<typeof claimSchema>;
