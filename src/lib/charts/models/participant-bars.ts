/**
 * What the two participant charts (by year, by theme) draw alike: a theme's
 * segment with its colour, link and tooltip, the legend of the themes drawn,
 * the table columns and cells of one theme × status count, and the bar
 * layout. A count with a group of unknown size is a minimum, never a zero.
 */
import type { Cell } from '../../data/aggregate.ts';
import { layoutBars, type BarLayout, type BarOptions } from '../bars.ts';
import type { BarRowInput, BarSegmentInput } from '../bar-lanes.ts';
import { NEUTRAL } from '../palette.ts';
import { NARROW, WIDE } from '../sizes.ts';
import type { Status } from '../strings.ts';
import type { Column, LegendItem, TableRow } from './base.ts';
import { UNKNOWN_SUFFIX, cellHref, countCell, countText, type Context } from './context.ts';

/** Tooltip of a participants segment: "2023 · Pengelolaan Air: 25+? peserta — 1 angkatan direncanakan, …". */
function segmentTitle(ctx: Context, prefix: string, status: Status, cell: Cell): string {
  const { t, fmt } = ctx;
  const bits = [`${t.cohortsOf(fmt(cell.cohortIds.length))} ${t.status[status]}`];
  if (status !== 'held') bits.push(t.notHeld);
  if (cell.hasUnknown) bits.push(t.unknownTitle);
  return `${prefix}: ${t.participantsOf(countText(ctx, cell.value, cell.hasUnknown))} — ${bits.join('; ')}`;
}

/** The segment of one theme's participants of one status; tentative statuses go in the second lane. */
export function themeSegment(
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

/** The themes in colour order, then the tentative and unknown swatches when something is drawn so. */
export function themeLegend(
  ctx: Context,
  themes: readonly string[],
  rows: readonly BarRowInput[],
): LegendItem[] {
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

/** Table columns of one theme × status count, after the chart's own leading columns. */
export function countColumns(ctx: Context): Column[] {
  const c = ctx.t.columns;
  return [
    ['status', c.status],
    ['cohorts', c.cohorts],
    ['participants', c.participants],
    ['participants_is_minimum', c.minimum],
  ];
}

/** Table cells of one theme × status count, matching `countColumns`; no known count is an empty cell, never 0. */
export function countCells(
  ctx: Context,
  status: Status,
  cell: Cell,
): Pick<TableRow, 'cells' | 'text'> {
  const { t, fmt } = ctx;
  const participants = countCell(ctx, cell.value, cell.hasUnknown);
  return {
    cells: [status, cell.cohortIds.length, participants.cell, String(cell.hasUnknown)],
    text: [
      t.status[status],
      fmt(cell.cohortIds.length),
      participants.text,
      cell.hasUnknown ? t.yes : t.no,
    ],
  };
}

/** The wide and narrow bar layouts of a participant chart: participants axis, minimums marked "+?". */
export function layoutParticipantBars(
  ctx: Context,
  rows: readonly BarRowInput[],
  options: BarOptions,
): { layout: BarLayout; narrowLayout: BarLayout } {
  const at = (size: typeof WIDE): BarLayout =>
    layoutBars(rows, {
      ...options,
      width: size.width,
      fontSize: size.fontSize,
      format: ctx.fmt,
      unknownSuffix: UNKNOWN_SUFFIX,
      axisLabel: ctx.t.participants,
    });
  return { layout: at(WIDE), narrowLayout: at(NARROW) };
}
