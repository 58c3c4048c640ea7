import { z } from 'astro/zod';
import {
  doc,
  fullDate,
  localized,
  partialDate,
  plainText,
  slug,
  unknown,
  webAddress,
} from './common.ts';
import { captureFields } from './capture.ts';

/**
 * The bounds of an unknown publication date: only with `published: unknown`
 * (a written date is its own bound), and the first day not after the last.
 * Runs on data that may have failed other fields.
 */
function publicationBounds(
  a: { published?: unknown; published_after?: unknown; published_before?: unknown },
  ctx: z.RefinementCtx,
): void {
  const bounds = (['published_after', 'published_before'] as const).filter(
    (k) => a[k] !== undefined,
  );
  if (a.published !== 'unknown' && typeof a.published === 'string') {
    for (const k of bounds)
      ctx.addIssue({ code: 'custom', path: [k], message: 'published-bound-with-date' });
    return;
  }
  const [after, before] = [a.published_after, a.published_before];
  if (typeof after === 'string' && typeof before === 'string' && before < after)
    ctx.addIssue({ code: 'custom', path: ['published_before'], message: 'published-bounds-order' });
}

export const articleKinds = ['press-release', 'news', 'republication'] as const;

/**
 * Front matter of a source article (content/articles/<id>.md). The Markdown
 * body below it is the stored copy of the article that quotes are checked
 * against: the article's own words, without the site furniture around them.
 */
export const articleSchema = z
  .strictObject({
    /** Headline as published. */
    title: doc(plainText, 'Judul artikel seperti diterbitkan.', 'Headline as published.'),
    /** Where the title comes from when the capture had no headline. */
    title_basis: doc(
      z.enum(['headline', 'address', 'editorial']).default('headline'),
      'Asal judul: headline (judul asli), address (dari alamat web), editorial (dari kami).',
      'Where the title comes from: headline, address (the web address), editorial (ours).',
    ),
    /** Outlet key from vocabularies/outlets.yaml, or `unknown`. */
    outlet: doc(
      z.union([slug, unknown]),
      'Media penerbit (kunci di vocabularies/outlets.yaml) atau unknown.',
      'Publishing outlet (key in vocabularies/outlets.yaml) or unknown.',
    ),
    /** What is known about the outlet when it is not stated. */
    outlet_note: doc(
      plainText.optional(),
      'Catatan tentang media bila tidak disebut.',
      'Note on the outlet when not stated.',
    ),
    /** Publication date to the precision known (2023, 2023-03 or 2023-03-23), or `unknown`. */
    published: doc(
      z.union([partialDate, unknown]),
      'Tanggal terbit sejauh diketahui: 2023, 2023-03 atau 2023-03-23; unknown bila tidak diketahui sama sekali (lalu published_after dan/atau published_before bila ada batasnya).',
      'Publication date as far as known: 2023, 2023-03 or 2023-03-23; unknown when not known at all (then published_after and/or published_before when it is bounded).',
    ),
    /** With `published: unknown`: the first day the article may have appeared (that day included). */
    published_after: doc(
      fullDate.optional(),
      'Hanya bila published: unknown — hari paling awal artikel mungkin terbit (hari itu termasuk), mis. tanggal peristiwa yang dilaporkannya. TTTT-BB-HH.',
      'Only with published: unknown — the first day the article may have appeared (that day included), e.g. the date of the event it reports. YYYY-MM-DD.',
    ),
    /** With `published: unknown`: the last day the article may have appeared (that day included). */
    published_before: doc(
      fullDate.optional(),
      'Hanya bila published: unknown — hari paling akhir artikel mungkin terbit (hari itu termasuk), mis. hari salinannya diambil. TTTT-BB-HH.',
      'Only with published: unknown — the last day the article may have appeared (that day included), e.g. the day it was captured. YYYY-MM-DD.',
    ),
    /** Publication time in Western Indonesia Time (WIB), HH:MM, when stated. */
    published_time: doc(
      z
        .string()
        .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, { message: 'time' })
        .optional(),
      'Jam terbit (WIB), JJ:MM, bila disebut.',
      'Publication time (WIB), HH:MM, when stated.',
    ),
    /** How the publication date is known, when it is not stated in full. */
    published_note: doc(
      plainText.optional(),
      'Catatan tentang tanggal terbit.',
      'Note on the publication date.',
    ),
    /** Original web address, or `unknown`. */
    url: doc(
      z.union([webAddress, unknown]),
      'Alamat web asli (https://…) atau unknown.',
      'Original web address (https://…) or unknown.',
    ),
    /** Other addresses where the same text ran. */
    also_at: doc(
      z.array(webAddress).optional(),
      'Alamat lain tempat teks yang sama terbit.',
      'Other addresses where the same text ran.',
    ),
    /** Language of the article text. */
    language: doc(z.enum(['id', 'en']), 'Bahasa teks artikel.', 'Language of the article text.'),
    /** Press release, news report, or republication of another article. */
    kind: doc(
      z.enum(articleKinds),
      'Jenis: press-release (siaran pers), news (berita), republication (tulis ulang artikel lain).',
      'Kind: press-release, news, or republication (a rewrite of another article).',
    ),
    /** The article this one republishes (required when kind is republication). */
    republishes: doc(
      z
        .strictObject({
          outlet: z.union([slug, unknown]),
          published: partialDate.optional(),
          url: webAddress.optional(),
        })
        .optional(),
      'Artikel asal yang ditulis ulang (wajib bila kind: republication).',
      'The article this one republishes (required when kind is republication).',
    ),
    /** Who the text is credited to (e.g. the city press office). */
    credit: doc(
      plainText.optional(),
      'Pihak yang disebut sebagai sumber teks.',
      'Who the text is credited to.',
    ),
    /** Reporter named by the outlet. */
    reporter: doc(plainText.optional(), 'Nama wartawan.', 'Reporter.'),
    /** Editor named by the outlet. */
    editor: doc(plainText.optional(), 'Nama editor.', 'Editor.'),
    /** Whether the stored body is the whole article or only the part that was captured. */
    capture: doc(
      z.enum(['complete', 'partial']).default('complete'),
      'complete bila teks lengkap; partial bila hanya sebagian artikel yang tersimpan.',
      'complete when the whole text is stored; partial when only part was captured.',
    ),
    ...captureFields,
    /** Our summary of the article in both languages. */
    summary: doc(localized, 'Ringkasan dari kami (id dan en).', 'Our summary (id and en).'),
  })
  .superRefine(
    (a, ctx) => {
      if (a.kind === 'republication' && !a.republishes) {
        ctx.addIssue({ code: 'custom', path: ['republishes'], message: 'republishes-required' });
      }
      publicationBounds(a, ctx);
    },
    // Run even when other fields failed, so every problem is reported at once.
    { when: () => true },
  );
export type Article = z.infer<typeof articleSchema>;
