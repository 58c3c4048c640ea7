/**
 * What every chart builder works from: the page's language and words, the
 * cohorts split by status, the theme colours and the span of years, built
 * once per language by `context`. Also the formatting helpers and sentence
 * pieces several charts share, so a figure reads the same on every chart.
 */
import type { Lang } from '../../../i18n/lang.ts';
import type { Term } from '../../../schemas/vocabulary.ts';
import { cohortYear } from '../../data/cohort-dates.ts';
import { yearSpan } from '../../data/aggregate.ts';
import { selectCohorts } from '../../data/select.ts';
import type { CohortRecord } from '../../data/types.ts';
import { countShort, peopleWords, readCount } from '../../site/count-words.ts';
import { routes } from '../../site/routes.ts';
import { seriesColours } from '../palette.ts';
import { STRINGS, listText, numberFormat, yearRanges, type Status } from '../strings.ts';
import type { Reconciliation } from '../../data/reconcile.ts';
import type { ChartInput } from './index.ts';

/** Appended to a count that is a minimum (some group's size is unknown). */
export const UNKNOWN_SUFFIX = '+?';
/** Statuses drawn apart from held cohorts and never added to a total. */
export const TENTATIVE: readonly Status[] = ['planned', 'announced'];
/** Every status, held first: the order of lanes, table rows and legends. */
export const STATUSES = ['held', 'planned', 'announced'] as const satisfies readonly Status[];

export interface Context {
  lang: Lang;
  t: (typeof STRINGS)[Lang];
  fmt: (n: number) => string;
  cohorts: readonly CohortRecord[];
  /** The participant-group vocabulary: only its own groups are counted; the others are named. */
  groups: ReadonlyMap<string, Term>;
  /** Every claim reconciled with the cohorts, as the caller computed it once. */
  reconciled: readonly Reconciliation[];
  byId: ReadonlyMap<string, CohortRecord>;
  byStatus: Record<Status, CohortRecord[]>;
  /** Every theme key in colour order: the vocabulary's order, then unknown keys sorted. */
  themeOrder: string[];
  colour: ReadonlyMap<string, string>;
  /** Every year from the first to the last cohort of any status (`cohortYear`; undated ones in none). */
  years: number[];
  themeLabel: (key: string) => string;
  programmeLabel: (key: string) => string;
}

export function context(input: ChartInput, lang: Lang): Context {
  const extra = [...new Set(input.cohorts.map((c) => c.data.theme))]
    .filter((k) => !input.themes.has(k))
    .sort();
  const themeOrder = [...input.themes.keys(), ...extra];
  const status = (s: Status) => selectCohorts(input.cohorts, { statuses: [s] }).included;
  return {
    lang,
    t: STRINGS[lang],
    fmt: numberFormat(lang),
    cohorts: input.cohorts,
    groups: input.groups,
    reconciled: input.reconciled,
    byId: new Map(input.cohorts.map((c) => [c.id, c])),
    byStatus: { held: status('held'), planned: status('planned'), announced: status('announced') },
    themeOrder,
    colour: seriesColours(themeOrder),
    years: yearSpan(input.cohorts.flatMap((c) => cohortYear(c.data) ?? [])),
    themeLabel: (k) => input.themes.get(k)?.label[lang] ?? k,
    programmeLabel: (k) => input.programmes.get(k)?.label[lang] ?? k,
  };
}

/** One aggregate per status, each over the cohorts of that status only. */
export function perStatus<T>(
  ctx: Context,
  aggregate: (cohorts: readonly CohortRecord[]) => T,
): Record<Status, T> {
  return {
    held: aggregate(ctx.byStatus.held),
    planned: aggregate(ctx.byStatus.planned),
    announced: aggregate(ctx.byStatus.announced),
  };
}

/** The record(s) behind a cell: one cohort's page, else the timeline of their theme, else the timeline. */
export function cellHref(ctx: Context, ids: readonly string[]): string {
  const [first] = ids;
  if (ids.length === 1 && first !== undefined) return routes.cohort(ctx.lang, first);
  const themes = [...new Set(ids.map((id) => ctx.byId.get(id)?.data.theme))];
  const [theme] = themes;
  return themes.length === 1 && theme !== undefined
    ? routes.timelineTheme(ctx.lang, theme)
    : routes.timeline(ctx.lang);
}

/** A count in the page's language: "25", "25+?" when it is a minimum, "?" when nothing is known. */
export const countText = (ctx: Context, value: number, hasUnknown: boolean): string =>
  countShort({ known: value, hasUnknown }, ctx.fmt, { suffix: UNKNOWN_SUFFIX });

/** What a table shows where its CSV has no participant count: no cohort, or only groups of unknown size. */
export const NO_KNOWN_COUNT = '–';

/**
 * A count as a table cell: the CSV value and the text shown. Unknown is never
 * 0: when nothing is known but a group of unknown size (`readCount`), the CSV
 * cell is empty.
 */
export function countCell(
  ctx: Context,
  value: number,
  hasUnknown: boolean,
): { cell: number | ''; text: string } {
  return readCount({ known: value, hasUnknown }).kind === 'unknown'
    ? { cell: '', text: NO_KNOWN_COUNT }
    : { cell: value, text: countText(ctx, value, hasUnknown) };
}

/** Participants in a sentence: "35 peserta", "sedikitnya 35 peserta", "peserta yang jumlahnya tidak diketahui". */
export const participantsText = (ctx: Context, value: number, hasUnknown: boolean): string =>
  peopleWords({ known: value, hasUnknown }, ctx.lang, ctx.fmt, ctx.t.participantsOf);

/** The programmes of the held cohorts, as a list in the page's language. */
export const heldProgrammes = (ctx: Context): string =>
  listText(
    [...new Set(ctx.byStatus.held.map((c) => c.data.programme))].map(ctx.programmeLabel),
    ctx.lang,
  );

/** "No cohort is documented in 2018 and 2020." */
export const emptyYearsSentence = (ctx: Context, years: readonly number[]): string =>
  ctx.lang === 'id'
    ? `Tidak ada angkatan terdokumentasi pada ${yearRanges(years, ctx.lang)}.`
    : `No cohort is documented in ${yearRanges(years, ctx.lang)}.`;
