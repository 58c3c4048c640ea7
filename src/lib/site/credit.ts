/**
 * The source line and the "last updated" line under a chart or a figure, as
 * data journalism credits a graphic: the outlets whose articles the records
 * behind it cite, "processed by" the site, and the latest date in the
 * content (`dataVersion`), never the build's clock, so two builds of the same
 * content are identical.
 */
import type { Lang } from '../../i18n/lang.ts';
import type { Term } from '../../schemas/vocabulary.ts';
import { listText } from '../charts/strings.ts';
import type { ChartId } from '../charts/models.ts';
import { dateLabel } from './format.ts';

export interface Credit {
  /** "Sumber: Warta Contoh dan Kabar Kota, diolah Situs Contoh." */
  source: string;
  /** The latest date in the content, as written ("2023-05-15"). */
  updated: string;
  /** "Terakhir diperbarui: 15 Mei 2023" / "Last updated: 15 May 2023". */
  updatedText: string;
}

/** The credits of one language: under each chart, and under the headline contrast. */
export interface SiteCredits {
  charts: Readonly<Record<ChartId, Credit>>;
  contrast: Credit;
}

/** A record that cites articles. */
export interface CitingRecord {
  data: { sources: readonly { article: string }[] };
}

const UNKNOWN_OUTLET = 'unknown';

/**
 * The outlet keys of the articles the records cite, each once, in the order
 * of the keys; `unknown` (an article whose outlet is not stated) last.
 */
export function citedOutlets(
  records: Iterable<CitingRecord>,
  articleById: ReadonlyMap<string, { data: { outlet: string } }>,
): string[] {
  const keys = new Set<string>();
  for (const r of records)
    for (const s of r.data.sources) {
      const outlet = articleById.get(s.article)?.data.outlet;
      if (outlet !== undefined) keys.add(outlet);
    }
  const known = [...keys].filter((k) => k !== UNKNOWN_OUTLET).sort();
  return keys.has(UNKNOWN_OUTLET) ? [...known, UNKNOWN_OUTLET] : known;
}

const WORDS = {
  id: {
    source: (outlets: string, site: string) => `Sumber: ${outlets}, diolah ${site}.`,
    noOutlet: (site: string) => `Diolah ${site} dari artikel yang disimpannya.`,
    unknown: 'media yang tidak disebut',
    updated: (date: string) => `Terakhir diperbarui: ${date}`,
  },
  en: {
    source: (outlets: string, site: string) => `Source: ${outlets}, processed by ${site}.`,
    noOutlet: (site: string) => `Processed by ${site} from the articles it holds.`,
    unknown: 'an unnamed outlet',
    updated: (date: string) => `Last updated: ${date}`,
  },
} as const;

/** The credit of a graphic whose records cite `outletKeys` (from `citedOutlets`). */
export function credit(
  outletKeys: readonly string[],
  outlets: ReadonlyMap<string, Term>,
  siteName: string,
  updated: string,
  lang: Lang,
): Credit {
  const w = WORDS[lang];
  const labels = outletKeys.map((k) =>
    k === UNKNOWN_OUTLET ? w.unknown : (outlets.get(k)?.label[lang] ?? k),
  );
  return {
    source: labels.length ? w.source(listText(labels, lang), siteName) : w.noOutlet(siteName),
    updated,
    updatedText: w.updated(dateLabel(updated, lang)),
  };
}
