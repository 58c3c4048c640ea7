/**
 * Chart models: for each chart, everything a component renders, fully
 * computed — title, a description generated from the data, notes on what is
 * counted and what is left out, the data table, the CSV (the same rows as the
 * table), the legend and the placed geometry.
 *
 * Conventions shared by every chart (design principle 2):
 * - Totals count held cohorts only. Planned and announced cohorts are drawn
 *   in a separate, thinner, dashed lane under the row's bar and listed in the
 *   notes; they are never added to a total.
 * - A count with a group of unknown size is a minimum: drawn at its known
 *   length with a "+?" marker, written "25+?", and flagged in the table.
 * - Years between the first and last cohort with no cohort at all are rows
 *   of their own, labelled as such: no record is not the same as no cohort.
 *
 * Table cells hold the CSV values (keys, ISO dates, plain numbers), so the
 * CSV is language-neutral and stable; `text` holds the same values as shown
 * in the page's language.
 */
import { csvFormat } from 'd3';
import type { Lang } from '../../i18n/lang.ts';
import type { Term } from '../../schemas/vocabulary.ts';
import { earliestDay, yearOf } from '../dates/partial-date.ts';
import {
  cohortsByYearAndStatus,
  cumulativeParticipants,
  participantsByTheme,
  participantsByYearAndTheme,
  yearSpan,
  type Cell,
  type YearRow,
} from '../data/aggregate.ts';
import { participantTotal } from '../data/participants.ts';
import { reconcileClaims } from '../data/reconcile.ts';
import { selectCohorts } from '../data/select.ts';
import type { ClaimRecord, CohortRecord } from '../data/types.ts';
import { routes } from '../site/routes.ts';
import { layoutBars, type BarLayout, type BarRowInput, type BarSegmentInput } from './bars.ts';
import { layoutClaimsVsRecord, type ClaimPointInput, type TimeLayout } from './claims-vs-record.ts';
import { CLAIM_COLOUR, NEUTRAL, STATUS_COLOURS, seriesColours } from './palette.ts';
import {
  QUALIFIER_SYMBOL,
  STRINGS,
  dateText,
  listText,
  numberFormat,
  yearRanges,
  type Status,
} from './strings.ts';

export const CHART_IDS = [
  'participants-by-year',
  'participants-by-theme',
  'cohorts-by-year',
  'claims-vs-record',
] as const;
export type ChartId = (typeof CHART_IDS)[number];

export interface LegendItem {
  key: string;
  label: string;
  colour: string;
  /** How the swatch is drawn; absent: a solid block of `colour`. */
  pattern?: 'tentative' | 'unknown' | 'line' | 'point' | 'window';
}

export interface TableRow {
  /** CSV values: keys, ISO dates, plain numbers, "true"/"false". */
  cells: (string | number)[];
  /** The same values as shown in the table, in the page's language. */
  text: string[];
  /** The record(s) behind the row. */
  href?: string;
}

export interface ChartTable {
  caption: string;
  /** Column headers in the page's language. */
  columns: string[];
  /** The same columns as CSV headers (English snake_case, stable across languages). */
  csvColumns: string[];
  rows: TableRow[];
}

interface ChartModelBase {
  id: ChartId;
  title: string;
  /** What the chart shows, as sentences generated from the data. */
  description: string;
  /** What is counted and what is left out. */
  notes: string[];
  table: ChartTable;
  /** File name of the CSV ("participants-by-year.csv"). */
  csvName: string;
  csvHref: string;
  /** The table as CSV: exactly the rows the chart draws. */
  csv: string;
  legend: LegendItem[];
}

export interface BarChartModel extends ChartModelBase {
  kind: 'bars';
  layout: BarLayout;
}

export interface ClaimsChartModel extends ChartModelBase {
  kind: 'claims';
  layout: TimeLayout;
}

export type ChartModel = BarChartModel | ClaimsChartModel;

export interface ChartModels {
  'participants-by-year': BarChartModel;
  'participants-by-theme': BarChartModel;
  'cohorts-by-year': BarChartModel;
  'claims-vs-record': ClaimsChartModel;
}

export interface ChartInput {
  cohorts: readonly CohortRecord[];
  claims: readonly ClaimRecord[];
  themes: ReadonlyMap<string, Term>;
  programmes: ReadonlyMap<string, Term>;
}

const UNKNOWN_SUFFIX = '+?';
const TENTATIVE: readonly Status[] = ['planned', 'announced'];

/** What every chart builder needs: the language, its words, and the cohorts split by status. */
interface Context {
  lang: Lang;
  t: (typeof STRINGS)[Lang];
  fmt: (n: number) => string;
  cohorts: readonly CohortRecord[];
  byId: ReadonlyMap<string, CohortRecord>;
  byStatus: Record<Status, CohortRecord[]>;
  /** Every theme key in colour order: the vocabulary's order, then unknown keys sorted. */
  themeOrder: string[];
  colour: ReadonlyMap<string, string>;
  /** Every year from the first to the last cohort of any status. */
  years: number[];
  themeLabel: (key: string) => string;
  programmeLabel: (key: string) => string;
}

function context(input: ChartInput, lang: Lang): Context {
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
    byId: new Map(input.cohorts.map((c) => [c.id, c])),
    byStatus: { held: status('held'), planned: status('planned'), announced: status('announced') },
    themeOrder,
    colour: seriesColours(themeOrder),
    years: yearSpan(input.cohorts.map((c) => yearOf(c.data.period.start))),
    themeLabel: (k) => input.themes.get(k)?.label[lang] ?? k,
    programmeLabel: (k) => input.programmes.get(k)?.label[lang] ?? k,
  };
}

/** The record(s) behind a cell: one cohort's page, else the timeline of their theme, else the timeline. */
function cellHref(ctx: Context, ids: readonly string[]): string {
  const [first] = ids;
  if (ids.length === 1 && first !== undefined) return routes.cohort(ctx.lang, first);
  const themes = [...new Set(ids.map((id) => ctx.byId.get(id)?.data.theme))];
  const [theme] = themes;
  return themes.length === 1 && theme !== undefined
    ? routes.timelineTheme(ctx.lang, theme)
    : routes.timeline(ctx.lang);
}

const valueText = (ctx: Context, cell: Pick<Cell, 'value' | 'hasUnknown'>): string =>
  `${ctx.fmt(cell.value)}${cell.hasUnknown ? UNKNOWN_SUFFIX : ''}`;

function table(
  caption: string,
  columns: readonly (readonly [csv: string, header: string])[],
  rows: TableRow[],
): ChartTable {
  return {
    caption,
    columns: columns.map((c) => c[1]),
    csvColumns: columns.map((c) => c[0]),
    rows,
  };
}

/** The table as CSV, through d3-dsv (quoting and escaping are its business). */
export function tableCsv(t: ChartTable): string {
  const records = t.rows.map((r) =>
    Object.fromEntries(t.csvColumns.map((c, i) => [c, r.cells[i] ?? ''])),
  );
  return `${csvFormat(records, t.csvColumns)}\n`;
}

function base(
  ctx: Context,
  id: ChartId,
  parts: Pick<ChartModelBase, 'description' | 'notes' | 'table' | 'legend'>,
): ChartModelBase {
  return {
    id,
    title: ctx.t.titles[id],
    ...parts,
    csvName: `${id}.csv`,
    csvHref: routes.chartCsv(id),
    csv: tableCsv(parts.table),
  };
}

/** Tooltip of a participants segment: "2023 · Pengelolaan Air: 25+? peserta — 1 angkatan direncanakan, …". */
function segmentTitle(ctx: Context, prefix: string, status: Status, cell: Cell): string {
  const { t, fmt } = ctx;
  const bits = [`${t.cohortsOf(fmt(cell.cohortIds.length))} ${t.status[status]}`];
  if (status !== 'held') bits.push(t.notHeld);
  if (cell.hasUnknown) bits.push(t.unknownTitle);
  return `${prefix}: ${t.participantsOf(valueText(ctx, cell))} — ${bits.join('; ')}`;
}

function themeSegment(
  ctx: Context,
  prefix: string,
  theme: string,
  status: Status,
  cell: Cell,
  key = status === 'held' ? theme : `${status}:${theme}`,
): BarSegmentInput {
  return {
    key,
    value: cell.value,
    hasUnknown: cell.hasUnknown,
    ...(status === 'held' ? {} : { tentative: true }),
    colour: ctx.colour.get(theme) ?? NEUTRAL,
    href: cellHref(ctx, cell.cohortIds),
    title: segmentTitle(ctx, prefix, status, cell),
  };
}

function legendFor(ctx: Context, themes: readonly string[], rows: readonly BarRowInput[]) {
  const segments = rows.flatMap((r) => r.segments);
  const legend: LegendItem[] = themes.map((k) => ({
    key: k,
    label: ctx.themeLabel(k),
    colour: ctx.colour.get(k) ?? NEUTRAL,
  }));
  if (segments.some((s) => s.tentative))
    legend.push({
      key: 'tentative',
      label: ctx.t.tentativeLegend,
      colour: NEUTRAL,
      pattern: 'tentative',
    });
  if (segments.some((s) => s.hasUnknown))
    legend.push({
      key: 'unknown',
      label: ctx.t.unknownLegend,
      colour: NEUTRAL,
      pattern: 'unknown',
    });
  return legend;
}

/** "Angka tidak mencakup 1 angkatan yang baru direncanakan dan 1 yang baru diumumkan; 1 angkatan …". */
function exclusionSentence(ctx: Context, drawn: readonly CohortRecord[]): string {
  const { lang, fmt } = ctx;
  const planned = ctx.byStatus.planned.length;
  const announced = ctx.byStatus.announced.length;
  const unknown = drawn.filter((c) => !participantTotal(c.data).complete).length;
  const parts: string[] = [];
  if (lang === 'id') {
    const noun = (n: number, what: string) =>
      parts.length === 0 ? `${fmt(n)} angkatan yang baru ${what}` : `${fmt(n)} yang baru ${what}`;
    if (planned) parts.push(noun(planned, 'direncanakan'));
    if (announced) parts.push(noun(announced, 'diumumkan'));
    const excl = parts.length ? `Angka tidak mencakup ${listText(parts, lang)}` : '';
    const unk = unknown
      ? `${fmt(unknown)} angkatan memiliki kelompok peserta yang jumlahnya tidak diketahui (ditandai ${UNKNOWN_SUFFIX})`
      : '';
    return excl && unk ? `${excl}; ${unk}.` : excl || unk ? `${excl || unk}.` : '';
  }
  const noun = (n: number, what: string) =>
    parts.length === 0
      ? `${fmt(n)} ${n === 1 ? 'cohort that was' : 'cohorts that were'} only ${what}`
      : `${fmt(n)} that ${n === 1 ? 'was' : 'were'} only ${what}`;
  if (planned) parts.push(noun(planned, 'planned'));
  if (announced) parts.push(noun(announced, 'announced'));
  const excl = parts.length ? `The figures leave out ${listText(parts, lang)}` : '';
  const unk = unknown
    ? `${fmt(unknown)} ${unknown === 1 ? 'cohort has' : 'cohorts have'} a participant group of unknown size (marked ${UNKNOWN_SUFFIX})`
    : '';
  const sentence =
    excl && unk ? `${excl}; ${unk.charAt(0).toLowerCase()}${unk.slice(1)}` : excl || unk;
  return sentence ? `${sentence}.` : '';
}

/** Notes shared by the participant charts: what is counted, what is not, and why. */
function participantNotes(ctx: Context, byYear: boolean): string[] {
  const { lang, t } = ctx;
  const programmes = listText(
    [...new Set(ctx.byStatus.held.map((c) => c.data.programme))].map(ctx.programmeLabel),
    lang,
  );
  const notHeld = [...ctx.byStatus.planned, ...ctx.byStatus.announced]
    .sort((a, b) =>
      earliestDay(a.data.period.start).localeCompare(earliestDay(b.data.period.start)),
    )
    .map(
      (c) =>
        `${ctx.themeLabel(c.data.theme)}, ${dateText(c.data.period.start, lang)} (${t.status[c.data.status]})`,
    );
  const anyUnknown = ctx.cohorts.some((c) => !participantTotal(c.data).complete);
  const notes: string[] = [];
  if (lang === 'id') {
    notes.push(
      `Dihitung: angkatan yang terlaksana${programmes ? ` (${programmes})` : ''}${byYear ? ', menurut tahun mulai pelatihan' : ''}; hanya peserta yang jumlahnya diketahui.`,
    );
    if (notHeld.length)
      notes.push(
        `Tidak dihitung dalam total: ${notHeld.join('; ')}. Angkatan ini digambar sebagai batang tipis bergaris putus-putus di bawah batang utama.`,
      );
    if (anyUnknown)
      notes.push(
        `Kelompok peserta yang jumlahnya tidak diketahui tidak dihitung sebagai nol: batangnya diakhiri tanda ${UNKNOWN_SUFFIX} dan angkanya adalah batas bawah.`,
      );
    if (byYear)
      notes.push(
        'Tahun tanpa angkatan tercatat tetap ditampilkan: tidak ada catatan belum tentu berarti tidak ada pengiriman.',
      );
    return notes;
  }
  notes.push(
    `Counted: cohorts that took place${programmes ? ` (${programmes})` : ''}${byYear ? ', by the year the course started' : ''}; only participants whose number is known.`,
  );
  if (notHeld.length)
    notes.push(
      `Not counted in totals: ${notHeld.join('; ')}. These are drawn as thin dashed bars under the main bar.`,
    );
  if (anyUnknown)
    notes.push(
      `Groups of unknown size are not counted as zero: their bar ends in a ${UNKNOWN_SUFFIX} marker and the number is a minimum.`,
    );
  if (byYear)
    notes.push(
      'Years without a documented cohort are shown: no record does not necessarily mean no cohort was sent.',
    );
  return notes;
}

const yearRowFor = (rows: readonly YearRow[], year: number) => rows.find((r) => r.year === year);

function participantsByYearModel(ctx: Context): BarChartModel {
  const { lang, t, fmt } = ctx;
  const perStatus = {
    held: participantsByYearAndTheme(ctx.byStatus.held, ctx.years),
    planned: participantsByYearAndTheme(ctx.byStatus.planned, ctx.years),
    announced: participantsByYearAndTheme(ctx.byStatus.announced, ctx.years),
  };
  const rows: BarRowInput[] = [];
  const tableRows: TableRow[] = [];
  const sentences: string[] = [];
  const emptyYears: number[] = [];
  const notHeldOnly: number[] = [];
  for (const year of ctx.years) {
    const segments: BarSegmentInput[] = [];
    for (const status of ['held', ...TENTATIVE] as const) {
      const yr = yearRowFor(perStatus[status], year);
      for (const theme of ctx.themeOrder) {
        const cell = yr?.cells.get(theme);
        if (!cell) continue;
        const seg = themeSegment(ctx, `${year} · ${ctx.themeLabel(theme)}`, theme, status, cell);
        segments.push(seg);
        tableRows.push({
          cells: [year, theme, status, cell.cohortIds.length, cell.value, String(cell.hasUnknown)],
          text: [
            String(year),
            ctx.themeLabel(theme),
            t.status[status],
            fmt(cell.cohortIds.length),
            valueText(ctx, cell),
            cell.hasUnknown ? t.yes : t.no,
          ],
          ...(seg.href ? { href: seg.href } : {}),
        });
      }
    }
    const held = yearRowFor(perStatus.held, year);
    if (segments.length === 0) {
      emptyYears.push(year);
      // No cohort recorded: the cohort count is 0, the participant count is not known (never 0).
      tableRows.push({
        cells: [year, '', '', 0, '', ''],
        text: [String(year), t.emptyYear, '', fmt(0), '–', ''],
      });
    } else if (!held || held.cells.size === 0) {
      notHeldOnly.push(year);
    } else {
      const parts = ctx.themeOrder.flatMap((k) => {
        const cell = held.cells.get(k);
        if (!cell) return [];
        return [
          held.cells.size === 1
            ? ctx.themeLabel(k)
            : `${ctx.themeLabel(k)} ${valueText(ctx, cell)}`,
        ];
      });
      const n = `${held.hasUnknown ? (lang === 'id' ? 'sedikitnya ' : 'at least ') : ''}${fmt(held.total)}`;
      sentences.push(
        lang === 'id'
          ? `Pada ${year} tercatat ${n} peserta (${parts.join(', ')}).`
          : `In ${year}, ${n} participants are documented (${parts.join(', ')}).`,
      );
    }
    rows.push({ key: String(year), label: String(year), segments, emptyText: t.emptyYear });
  }
  if (notHeldOnly.length)
    sentences.push(
      lang === 'id'
        ? `Pada ${yearRanges(notHeldOnly, lang)} hanya ada angkatan yang direncanakan atau diumumkan.`
        : `In ${yearRanges(notHeldOnly, lang)} there are only planned or announced cohorts.`,
    );
  if (emptyYears.length)
    sentences.push(
      lang === 'id'
        ? `Tidak ada angkatan terdokumentasi pada ${yearRanges(emptyYears, lang)}.`
        : `No cohort is documented in ${yearRanges(emptyYears, lang)}.`,
    );
  if (ctx.years.length === 0)
    sentences.push(lang === 'id' ? 'Belum ada angkatan tercatat.' : 'No cohort is documented yet.');
  sentences.push(exclusionSentence(ctx, ctx.cohorts));

  const usedThemes = ctx.themeOrder.filter((k) => ctx.cohorts.some((c) => c.data.theme === k));
  const layout = layoutBars(rows, {
    format: fmt,
    unknownSuffix: UNKNOWN_SUFFIX,
    axisLabel: t.participants,
    labelWidth: 44,
  });
  const c = t.columns;
  return {
    ...base(ctx, 'participants-by-year', {
      description: sentences.filter(Boolean).join(' '),
      notes: participantNotes(ctx, true),
      table: table(
        t.titles['participants-by-year'],
        [
          ['year', c.year],
          ['theme', c.theme],
          ['status', c.status],
          ['cohorts', c.cohorts],
          ['participants', c.participants],
          ['participants_is_minimum', c.minimum],
        ],
        tableRows,
      ),
      legend: legendFor(ctx, usedThemes, rows),
    }),
    kind: 'bars',
    layout,
  };
}

function participantsByThemeModel(ctx: Context): BarChartModel {
  const { lang, t, fmt } = ctx;
  const per = {
    held: new Map(participantsByTheme(ctx.byStatus.held).map((r) => [r.theme, r.cell])),
    planned: new Map(participantsByTheme(ctx.byStatus.planned).map((r) => [r.theme, r.cell])),
    announced: new Map(participantsByTheme(ctx.byStatus.announced).map((r) => [r.theme, r.cell])),
  };
  const rank = (k: string) => ctx.themeOrder.indexOf(k);
  // Largest documented (held) total first; ties, and themes with nothing held, in colour order.
  const themes = ctx.themeOrder
    .filter((k) => ctx.cohorts.some((c) => c.data.theme === k))
    .sort(
      (a, b) =>
        (per.held.get(b)?.value ?? -1) - (per.held.get(a)?.value ?? -1) || rank(a) - rank(b),
    );
  const rows: BarRowInput[] = [];
  const tableRows: TableRow[] = [];
  for (const theme of themes) {
    const segments: BarSegmentInput[] = [];
    for (const status of ['held', ...TENTATIVE] as const) {
      const cell = per[status].get(theme);
      if (!cell) continue;
      const seg = themeSegment(ctx, ctx.themeLabel(theme), theme, status, cell, status);
      segments.push(seg);
      tableRows.push({
        cells: [theme, status, cell.cohortIds.length, cell.value, String(cell.hasUnknown)],
        text: [
          ctx.themeLabel(theme),
          t.status[status],
          fmt(cell.cohortIds.length),
          valueText(ctx, cell),
          cell.hasUnknown ? t.yes : t.no,
        ],
        ...(seg.href ? { href: seg.href } : {}),
      });
    }
    rows.push({
      key: theme,
      label: ctx.themeLabel(theme),
      href: routes.theme(lang, theme),
      segments,
    });
  }
  const heldThemes = themes.filter((k) => per.held.has(k));
  const total = heldThemes.reduce((s, k) => s + (per.held.get(k)?.value ?? 0), 0);
  const minimum = heldThemes.some((k) => per.held.get(k)?.hasUnknown);
  const list = heldThemes.flatMap((k) => {
    const cell = per.held.get(k);
    return cell ? [`${ctx.themeLabel(k)} ${valueText(ctx, cell)}`] : [];
  });
  const n = `${minimum ? (lang === 'id' ? 'sedikitnya ' : 'at least ') : ''}${fmt(total)}`;
  const held = ctx.byStatus.held.length;
  const first =
    held === 0
      ? lang === 'id'
        ? 'Belum ada angkatan terlaksana yang tercatat.'
        : 'No held cohort is documented yet.'
      : lang === 'id'
        ? `Tercatat ${n} peserta dari ${fmt(held)} angkatan terlaksana: ${list.join(', ')}.`
        : `${n} participants are documented from ${t.cohortsOf(fmt(held))} held: ${list.join(', ')}.`;
  const onlyTentative = themes.filter((k) => !per.held.has(k)).map(ctx.themeLabel);
  const second = onlyTentative.length
    ? lang === 'id'
      ? `${listText(onlyTentative, lang)} baru direncanakan atau diumumkan.`
      : `${listText(onlyTentative, lang)}: only planned or announced so far.`
    : '';
  const c = t.columns;
  return {
    ...base(ctx, 'participants-by-theme', {
      description: [first, second, exclusionSentence(ctx, ctx.cohorts)].filter(Boolean).join(' '),
      notes: participantNotes(ctx, false),
      table: table(
        t.titles['participants-by-theme'],
        [
          ['theme', c.theme],
          ['status', c.status],
          ['cohorts', c.cohorts],
          ['participants', c.participants],
          ['participants_is_minimum', c.minimum],
        ],
        tableRows,
      ),
      legend: legendFor(ctx, themes, rows),
    }),
    kind: 'bars',
    layout: layoutBars(rows, {
      labelPosition: 'above',
      format: fmt,
      unknownSuffix: UNKNOWN_SUFFIX,
      axisLabel: t.participants,
    }),
  };
}

function cohortsByYearModel(ctx: Context): BarChartModel {
  const { lang, t, fmt } = ctx;
  const yearRows = cohortsByYearAndStatus(ctx.cohorts, ctx.years);
  const rows: BarRowInput[] = [];
  const tableRows: TableRow[] = [];
  const emptyYears: number[] = [];
  for (const yr of yearRows) {
    const segments: BarSegmentInput[] = [];
    for (const status of ['held', ...TENTATIVE] as const) {
      const cell = yr.cells.get(status);
      if (!cell) continue;
      const href = cellHref(ctx, cell.cohortIds);
      segments.push({
        key: status,
        value: cell.value,
        hasUnknown: false,
        ...(status === 'held' ? {} : { tentative: true }),
        colour: STATUS_COLOURS[status],
        href,
        title: `${yr.year} · ${t.status[status]}: ${t.cohortsOf(fmt(cell.value))}${status === 'held' ? '' : ` — ${t.notHeld}`}`,
      });
      tableRows.push({
        cells: [yr.year, status, cell.value],
        text: [String(yr.year), t.status[status], fmt(cell.value)],
        href,
      });
    }
    if (segments.length === 0) {
      emptyYears.push(yr.year);
      tableRows.push({ cells: [yr.year, '', 0], text: [String(yr.year), t.emptyYear, fmt(0)] });
    }
    rows.push({
      key: String(yr.year),
      label: String(yr.year),
      segments,
      emptyText: t.emptyYear,
    });
  }
  const inYears = (status: Status) => {
    const byYear = new Map<number, number>();
    for (const c of ctx.byStatus[status]) {
      const y = yearOf(c.data.period.start);
      byYear.set(y, (byYear.get(y) ?? 0) + 1);
    }
    return [...byYear.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([y, n]) => (lang === 'id' ? `${fmt(n)} pada ${y}` : `${fmt(n)} in ${y}`));
  };
  const held = ctx.byStatus.held.length;
  const sentences = [
    lang === 'id'
      ? `Tercatat ${fmt(held)} angkatan terlaksana${held ? `: ${listText(inYears('held'), lang)}` : ''}.`
      : `${t.cohortsOf(fmt(held))} held are documented${held ? `: ${listText(inYears('held'), lang)}` : ''}.`,
  ];
  for (const status of TENTATIVE) {
    const n = ctx.byStatus[status].length;
    if (!n) continue;
    sentences.push(
      lang === 'id'
        ? `${fmt(n)} angkatan baru ${t.status[status]} (${listText(inYears(status), lang)}) dan tidak dihitung sebagai terlaksana.`
        : `${t.cohortsOf(fmt(n))} only ${t.status[status]} (${listText(inYears(status), lang)}) ${n === 1 ? 'is' : 'are'} not counted as held.`,
    );
  }
  if (emptyYears.length)
    sentences.push(
      lang === 'id'
        ? `Tidak ada angkatan terdokumentasi pada ${yearRanges(emptyYears, lang)}.`
        : `No cohort is documented in ${yearRanges(emptyYears, lang)}.`,
    );
  const statuses = (['held', ...TENTATIVE] as const).filter((s) => ctx.byStatus[s].length);
  const legend: LegendItem[] = statuses.map((s) => ({
    key: s,
    label: s === 'held' ? t.status[s] : `${t.status[s]} (${t.notHeld})`,
    colour: STATUS_COLOURS[s],
    ...(s === 'held' ? {} : { pattern: 'tentative' as const }),
  }));
  const notes =
    lang === 'id'
      ? [
          'Setiap angkatan dihitung satu kali, pada tahun mulai pelatihannya, di semua program.',
          'Angkatan yang direncanakan atau diumumkan digambar sebagai batang tipis bergaris putus-putus di bawah angkatan terlaksana dan tidak dijumlahkan dengannya.',
        ]
      : [
          'Each cohort is counted once, in the year its course started, across all programmes.',
          'Planned or announced cohorts are drawn as thin dashed bars under the held ones and are not added to them.',
        ];
  const c = t.columns;
  return {
    ...base(ctx, 'cohorts-by-year', {
      description: sentences.join(' '),
      notes,
      table: table(
        t.titles['cohorts-by-year'],
        [
          ['year', c.year],
          ['status', c.status],
          ['cohorts', c.cohorts],
        ],
        tableRows,
      ),
      legend,
    }),
    kind: 'bars',
    layout: layoutBars(rows, {
      format: fmt,
      integerTicks: true,
      axisLabel: t.cohorts,
      labelWidth: 44,
    }),
  };
}

function windowText(claim: ClaimRecord, lang: Lang): string {
  const s = claim.data.scope;
  if (s.window_years !== undefined)
    return lang === 'id'
      ? `dalam ${s.window_years} tahun terakhir`
      : `in the last ${s.window_years} years`;
  if (s.since)
    return lang === 'id' ? `sejak ${dateText(s.since, lang)}` : `since ${dateText(s.since, lang)}`;
  return '';
}

function claimsVsRecordModel(ctx: Context, claims: readonly ClaimRecord[]): ClaimsChartModel {
  const { lang, t, fmt } = ctx;
  const held = ctx.byStatus.held;
  const cumulative = cumulativeParticipants(held);
  const reconciled = reconcileClaims(
    claims.filter((c) => c.data.metric === 'participants'),
    ctx.cohorts,
  );
  const steps = cumulative.map((p) => {
    const c = ctx.byId.get(p.cohortId);
    const total = c ? participantTotal(c.data) : undefined;
    const added = total ? `+${fmt(total.known)}${total.complete ? '' : UNKNOWN_SUFFIX}` : '';
    const name = c
      ? `${ctx.themeLabel(c.data.theme)} (${ctx.programmeLabel(c.data.programme)})`
      : p.cohortId;
    return {
      point: p,
      name,
      input: {
        date: p.date,
        total: p.total,
        hasUnknown: p.hasUnknown,
        href: routes.cohort(lang, p.cohortId),
        title: `${dateText(p.date, lang)} · ${name}: ${added} → ${t.participantsOf(`${fmt(p.total)}${p.hasUnknown ? UNKNOWN_SUFFIX : ''}`)}`,
      },
    };
  });
  const sameScope =
    lang === 'id' ? 'tercatat dalam cakupan yang sama' : 'documented under the same scope';
  const points = reconciled.map((r) => {
    const d = r.claim.data;
    const label = `${QUALIFIER_SYMBOL[d.qualifier]}${fmt(d.value)}`;
    const win = windowText(r.claim, lang);
    const documented = `${fmt(r.documented)}${r.hasUnknownCounts ? UNKNOWN_SUFFIX : ''}`;
    const input: ClaimPointInput = {
      key: r.claim.id,
      date: d.made_on,
      value: d.value,
      ...(r.from ? { from: r.from } : {}),
      qualifier: d.qualifier,
      label,
      href: routes.claim(lang, r.claim.id),
      title: `${dateText(d.made_on, lang)}: ${t.participantsOf(label)}${win ? ` ${win}` : ''} — ${sameScope}: ${documented}`,
    };
    return { r, input, win, documented };
  });
  const dates = [...steps.map((s) => s.input.date), ...points.map((p) => p.input.date)].sort(
    (a, b) => earliestDay(a).localeCompare(earliestDay(b)),
  );
  const until = dates.at(-1);
  const layout = layoutClaimsVsRecord(
    steps.map((s) => s.input),
    points.map((p) => p.input),
    {
      format: fmt,
      colours: { line: STATUS_COLOURS.held, claim: CLAIM_COLOUR },
      stepLabel: t.stepLabel,
      yAxisLabel: t.cumulativeAxis,
      ...(until ? { until } : {}),
    },
  );

  const last = cumulative.at(-1);
  const programmes = listText(
    [...new Set(held.map((c) => c.data.programme))].map(ctx.programmeLabel),
    lang,
  );
  const lastTotal = last ? `${fmt(last.total)}${last.hasUnknown ? UNKNOWN_SUFFIX : ''}` : fmt(0);
  const qualifierWord = (q: keyof typeof QUALIFIER_SYMBOL) =>
    q === 'exact' ? '' : `${t.qualifier[q]} `;
  const claimBits = points.map(({ r, win, documented }) => {
    const d = r.claim.data;
    return lang === 'id'
      ? `${qualifierWord(d.qualifier)}${fmt(d.value)} peserta${win ? ` ${win}` : ''} (${dateText(d.made_on, lang)}; ${sameScope}: ${documented})`
      : `${qualifierWord(d.qualifier)}${fmt(d.value)} participants${win ? ` ${win}` : ''} (${dateText(d.made_on, lang)}; ${sameScope}: ${documented})`;
  });
  const description = [
    last
      ? lang === 'id'
        ? `Garis bertingkat: jumlah kumulatif peserta yang terdokumentasi dari angkatan terlaksana (semua program dan tempat), ${lastTotal} peserta hingga ${dateText(last.date, lang)}.`
        : `Step line: the cumulative number of documented participants of held cohorts (all programmes and places), ${lastTotal} by ${dateText(last.date, lang)}.`
      : lang === 'id'
        ? 'Belum ada angkatan terlaksana yang terdokumentasi.'
        : 'No held cohort is documented yet.',
    points.length
      ? lang === 'id'
        ? `Titik: ${fmt(points.length)} klaim jumlah peserta — ${claimBits.join('; ')}.`
        : `Points: ${fmt(points.length)} ${points.length === 1 ? 'claim' : 'claims'} of a number of participants — ${claimBits.join('; ')}.`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
  const otherClaims = claims.length - points.length;
  const notes =
    lang === 'id'
      ? [
          `Garis: angkatan terlaksana saja${programmes ? ` (${programmes})` : ''}, hanya peserta yang jumlahnya diketahui; angkatan yang direncanakan atau diumumkan tidak dihitung.`,
          'Kolom "tercatat (cakupan klaim)" menghitung ulang angkatan terlaksana dengan cakupan klaim itu sendiri (program, tempat, rentang waktu) hingga tanggal klaim. Selisih berarti sumber yang kami simpan belum mencatatnya, bukan bahwa klaim itu salah.',
          ...(otherClaims
            ? [
                `${fmt(otherClaims)} klaim lain (jumlah angkatan, peserta per tahun, lama kemitraan, tahun mulai) tidak digambar di sini; lihat halaman cek klaim.`,
              ]
            : []),
        ]
      : [
          `Line: held cohorts only${programmes ? ` (${programmes})` : ''}, participants whose number is known; planned or announced cohorts are not counted.`,
          'The "documented (claim scope)" column recounts held cohorts under the claim\'s own scope (programme, place, period) up to the date of the claim. A gap means the sources we hold do not record those participants, not that the claim is false.',
          ...(otherClaims
            ? [
                `${fmt(otherClaims)} other ${otherClaims === 1 ? 'claim' : 'claims'} (numbers of cohorts, participants per year, length of the partnership, start year) are not drawn here; see the claim check page.`,
              ]
            : []),
        ];
  const c = t.columns;
  const tableRows: TableRow[] = [
    ...steps.map((s): TableRow => ({
      cells: [
        s.point.date,
        'documented',
        s.point.total,
        s.point.hasUnknown ? 'at-least' : 'exact',
        '',
        '',
        s.point.cohortId,
      ],
      text: [
        dateText(s.point.date, lang),
        t.series.documented,
        `${fmt(s.point.total)}${s.point.hasUnknown ? UNKNOWN_SUFFIX : ''}`,
        s.point.hasUnknown ? t.qualifier['at-least'] : t.qualifier.exact,
        '',
        '',
        s.name,
      ],
      href: routes.cohort(lang, s.point.cohortId),
    })),
    ...points.map(({ r, input, documented }): TableRow => ({
      cells: [
        r.claim.data.made_on,
        'claim',
        r.claim.data.value,
        r.claim.data.qualifier,
        r.from ?? '',
        r.documented,
        r.claim.id,
      ],
      text: [
        dateText(r.claim.data.made_on, lang),
        t.series.claim,
        input.label,
        t.qualifier[r.claim.data.qualifier],
        r.from ? dateText(r.from, lang) : '',
        documented,
        r.claim.data.statement[lang],
      ],
      href: routes.claim(lang, r.claim.id),
    })),
  ];
  const legend: LegendItem[] = [
    { key: 'documented', label: t.documentedLegend, colour: STATUS_COLOURS.held, pattern: 'line' },
    { key: 'claim', label: t.claimLegend, colour: CLAIM_COLOUR, pattern: 'point' },
    ...(points.some((p) => p.input.from)
      ? [{ key: 'window', label: t.windowLegend, colour: CLAIM_COLOUR, pattern: 'window' as const }]
      : []),
  ];
  return {
    ...base(ctx, 'claims-vs-record', {
      description,
      notes,
      table: table(
        t.titles['claims-vs-record'],
        [
          ['date', c.date],
          ['series', c.series],
          ['value', c.value],
          ['qualifier', c.qualifier],
          ['window_start', c.windowStart],
          ['documented_same_scope', c.documented],
          ['record', c.record],
        ],
        tableRows,
      ),
      legend,
    }),
    kind: 'claims',
    layout,
  };
}

/** Every chart of the site, fully computed for one language. */
export function buildChartModels(input: ChartInput, lang: Lang): ChartModels {
  const ctx = context(input, lang);
  return {
    'participants-by-year': participantsByYearModel(ctx),
    'participants-by-theme': participantsByThemeModel(ctx),
    'cohorts-by-year': cohortsByYearModel(ctx),
    'claims-vs-record': claimsVsRecordModel(ctx, input.claims),
  };
}
