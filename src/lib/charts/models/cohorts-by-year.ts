/**
 * Chart "cohorts-by-year": one row per year from the first cohort to the
 * last, the number of cohorts by status, held apart from planned and
 * announced; years with no cohort are rows labelled as such. Counts come
 * from `cohortsByYearAndStatus`.
 */
import { cohortsByYearAndStatus, type YearRow } from '../../data/aggregate.ts';
import { layoutBars } from '../bars.ts';
import type { BarRowInput, BarSegmentInput } from '../bar-lanes.ts';
import { NEUTRAL, STATUS_OUTLINE } from '../palette.ts';
import { NARROW, WIDE } from '../sizes.ts';
import { listText, type Status } from '../strings.ts';
import { base, type LegendItem, type TableRow } from './base.ts';
import { STATUSES, TENTATIVE, cellHref, emptyYearsSentence, type Context } from './context.ts';
import type { BarChartModel } from './index.ts';
import { undatedCohorts, undatedNotes } from './undated.ts';

/** "Tercatat 3 angkatan terlaksana: 1 pada 2017 dan 2 pada 2019." and the same for each tentative status. */
function description(ctx: Context, yearRows: readonly YearRow[], emptyYears: number[]): string {
  const { lang, t, fmt } = ctx;
  const undated = undatedCohorts(ctx);
  const inYears = (status: Status) => {
    const none = undated.filter((c) => c.data.status === status).length;
    return [
      ...yearRows.flatMap((yr) => {
        const n = yr.cells.get(status)?.value;
        if (!n) return [];
        return [lang === 'id' ? `${fmt(n)} pada ${yr.year}` : `${fmt(n)} in ${yr.year}`];
      }),
      ...(none ? [lang === 'id' ? `${fmt(none)} tanpa tanggal` : `${fmt(none)} undated`] : []),
    ];
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
  if (emptyYears.length) sentences.push(emptyYearsSentence(ctx, emptyYears));
  return sentences.join(' ');
}

const NOTES = {
  id: [
    'Setiap angkatan dihitung satu kali, pada tahun mulai pelatihannya, di semua program.',
    'Angkatan yang direncanakan atau diumumkan digambar sebagai batang tipis bergaris putus-putus di bawah angkatan terlaksana dan tidak dijumlahkan dengannya.',
  ],
  en: [
    'Each cohort is counted once, in the year its course started, across all programmes.',
    'Planned or announced cohorts are drawn as thin dashed bars under the held ones and are not added to them.',
  ],
} as const;

/** A tentative status's outline (held is solid). */
const outlineOf = (status: Exclude<Status, 'held'>): 'dashed' | 'dotted' =>
  STATUS_OUTLINE[status] === 'dotted' ? 'dotted' : 'dashed';

export function cohortsByYearModel(ctx: Context): BarChartModel {
  const { t, fmt } = ctx;
  const yearRows = cohortsByYearAndStatus(ctx.cohorts, ctx.years);
  const rows: BarRowInput[] = [];
  const tableRows: TableRow[] = [];
  const emptyYears: number[] = [];
  for (const yr of yearRows) {
    const segments: BarSegmentInput[] = [];
    for (const status of STATUSES) {
      const cell = yr.cells.get(status);
      if (!cell) continue;
      const href = cellHref(ctx, cell.cohortIds);
      segments.push({
        key: status,
        value: cell.value,
        hasUnknown: false,
        ...(status === 'held' ? {} : { tentative: true, outline: outlineOf(status) }),
        colour: NEUTRAL,
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
  const legend: LegendItem[] = STATUSES.filter((s) => ctx.byStatus[s].length).map((s) => ({
    key: s,
    label: s === 'held' ? t.status[s] : `${t.status[s]} (${t.notHeld})`,
    colour: NEUTRAL,
    ...(s === 'held' ? {} : { pattern: outlineOf(s) === 'dotted' ? 'dotted' : 'tentative' }),
  }));
  const c = t.columns;
  const options = { format: fmt, integerTicks: true, axisLabel: t.cohorts };
  return {
    ...base(ctx, 'cohorts-by-year', {
      description: description(ctx, yearRows, emptyYears),
      notes: [...NOTES[ctx.lang], ...undatedNotes(ctx)],
      columns: [
        ['year', c.year],
        ['status', c.status],
        ['cohorts', c.cohorts],
      ],
      rows: tableRows,
      legend,
    }),
    kind: 'bars',
    layout: layoutBars(rows, { ...options, width: WIDE.width, fontSize: WIDE.fontSize }),
    narrowLayout: layoutBars(rows, { ...options, width: NARROW.width, fontSize: NARROW.fontSize }),
  };
}
