/**
 * The headline contrast in words (src/lib/data/contrast.ts chooses the
 * claims): one sentence naming what was claimed at each date and what the
 * sources document at the same dates, and the same figures row by row for
 * the graphic beside it. Pure; every number is the reconciliation's.
 */
import { metricLabels, qualified } from '../../i18n/labels.ts';
import type { Lang } from '../../i18n/lang.ts';
import { countWords } from './count-words.ts';
import { dateLabel, numberLabel, type ArticleKind } from './format.ts';
import { listText } from '../charts/strings.ts';
import { precisionOf } from '../dates/partial-date.ts';
import type { Reconciliation } from '../data/reconcile.ts';

/** One claim of the contrast as the graphic shows it. */
export interface ContrastRow {
  claimId: string;
  /** When the claim was made, as written in the source ("Februari 2019"). */
  date: string;
  /** The claimed number with its qualifier ("lebih dari 300"). */
  claimed: string;
  /** The documented number: "sedikitnya 25" when a group's size is unknown, "jumlah tidak diketahui" when none is known. */
  documented: string;
}

/** The rows of the graphic, in the order given. */
export function contrastRows(items: readonly Reconciliation[], lang: Lang): ContrastRow[] {
  return items.map((r) => {
    const d = r.claim.data;
    const documented = countWords(
      { known: r.documented, hasUnknown: r.hasUnknownCounts },
      lang,
      (n) => numberLabel(n, lang),
    );
    return {
      claimId: r.claim.id,
      date: dateLabel(d.made_on, lang),
      claimed: qualified(d.qualifier, numberLabel(d.value, lang), lang),
      documented,
    };
  });
}

const SUBJECT: Record<Lang, Record<'press' | 'news' | 'both', string>> = {
  id: { press: 'Siaran pers', news: 'Berita', both: 'Siaran pers dan berita' },
  en: { press: 'Press releases', news: 'News reports', both: 'Press releases and news reports' },
};

/** Who made the claims, from the kinds of the articles that carry them. */
function subject(kinds: readonly ArticleKind[], lang: Lang): string {
  const press = kinds.some((k) => k === 'press-release');
  const news = kinds.some((k) => k !== 'press-release');
  return SUBJECT[lang][press && news ? 'both' : news ? 'news' : 'press'];
}

/** "pada Februari 2019" / "in February 2019", "on 5 September 2022". */
function atDate(date: string, lang: Lang): string {
  const label = dateLabel(date, lang);
  if (lang === 'id') return `pada ${label}`;
  return `${precisionOf(date) === 'day' ? 'on' : 'in'} ${label}`;
}

/**
 * The contrast in one sentence, or undefined when there is no claim to set
 * against the record. `kindOf` gives the kind of a source article, so the
 * sentence says whether press releases, news reports or both made the claims.
 */
export function contrastSentence(
  items: readonly Reconciliation[],
  kindOf: (article: string) => ArticleKind | undefined,
  lang: Lang,
): string | undefined {
  if (items.length === 0) return undefined;
  const rows = contrastRows(items, lang);
  const kinds = items.flatMap((r) =>
    r.claim.data.sources.flatMap((s) => {
      const kind = kindOf(s.article);
      return kind ? [kind] : [];
    }),
  );
  const metric = metricLabels.participants[lang];
  const claims = listText(
    rows.map((row, i) => {
      const date = atDate(items[i]?.claim.data.made_on ?? '', lang);
      return i === 0 ? `${row.claimed} ${metric} ${date}` : `${row.claimed} ${date}`;
    }),
    lang,
  );
  const documented = listText(
    rows.map((row) => row.documented),
    lang,
  );
  const short = items.every(
    (r) => r.verdict === 'undocumented' || r.verdict === 'matches-with-planned',
  );
  const one = items.length === 1;
  return lang === 'id'
    ? `${subject(kinds, lang)} mengklaim ${claims}; ${one ? 'pada tanggal itu' : 'pada tanggal yang sama'}, sumber yang kami simpan ${short ? 'hanya ' : ''}mendokumentasikan ${documented}.`
    : `${subject(kinds, lang)} claimed ${claims}; ${one ? 'at that date' : 'at the same dates'}, the sources we hold document ${short ? 'only ' : ''}${documented}.`;
}
