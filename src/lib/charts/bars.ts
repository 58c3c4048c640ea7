/**
 * Geometry of a horizontal stacked bar chart: one row per category (a year,
 * a theme), segments per series. Rows read top to bottom, which keeps labels
 * legible on a 360 px phone. Pure: takes values, returns placed shapes, the
 * texts (bar-text.ts) and the links' tap targets.
 *
 * Rules from the design brief are enforced here, not left to callers (the
 * lanes are drafted in bar-lanes.ts):
 * - Tentative segments (planned or announced cohorts) go in a second lane
 *   under the row's bar, starting from zero. They are never stacked onto the
 *   counted bar and never added to the row total.
 * - A segment whose count is a minimum (some group's size is unknown) is drawn
 *   at its known length, and its lane ends in a fixed-width open marker with a
 *   "+?" total label. An unknown count is never a zero-width bar: a segment
 *   with nothing known produces no rectangle, only the marker.
 * - Each lane sits in a band TARGET units tall, so every link gets a tap
 *   target of at least TARGET × TARGET (targets.ts).
 */
import { scaleLinear } from 'd3';
import { draftLanes, type BarRowInput, type BarSegmentInput } from './bar-lanes.ts';
import { barTexts, totalRoom } from './bar-text.ts';
import { lineHeight, textWidth, wrapLines, type ChartText } from './labels.ts';
import { r2 } from './round.ts';
import { placeLane } from './bar-segments.ts';
import { TARGET, type ChartLink, type Rect } from './targets.ts';

export type { Rect } from './targets.ts';

export interface PlacedSegment extends BarSegmentInput, Rect {}

/** Open-ended marker after a lane whose total is a minimum: the bar goes on by an unknown amount. */
export interface UnknownMarker extends Rect {
  /** Dashed top and bottom edges with no end: drawn with stroke only. */
  path: string;
  title: string;
  href?: string;
}

export interface PlacedLane {
  tentative: boolean;
  y: number;
  height: number;
  /** Segments with a known value above zero, in input order. */
  segments: PlacedSegment[];
  /** Sum of known values in this lane. */
  total: number;
  hasUnknown: boolean;
  marker?: UnknownMarker;
  /** The lane total as drawn: formatted, with the unknown suffix when a minimum. */
  totalLabel: string;
  totalX: number;
  /** Baseline of the total label. */
  totalY: number;
  /** Top of the lane's band (its tap targets' row). */
  bandY: number;
}

export interface PlacedRow {
  key: string;
  label: string;
  /** The label in lines that fit the drawing (labels above the bars wrap). */
  labelLines: string[];
  href?: string;
  labelX: number;
  /** Baseline of the row label (of its last line). */
  labelY: number;
  labelAnchor: 'start' | 'end';
  /** The counted lane first (when present), then the tentative lane (when present). */
  lanes: PlacedLane[];
  /** Total of the counted lane only. */
  total: number;
  /** The counted total is a minimum. */
  hasUnknown: boolean;
  /** No segment at all: nothing documented for this row. */
  empty: boolean;
  emptyText?: string;
  emptyX: number;
  emptyY: number;
  /** Band of the row. */
  y: number;
  height: number;
}

export interface BarLayout {
  width: number;
  height: number;
  /** Left edge of the plotting area (after row labels). */
  plotX: number;
  plotWidth: number;
  rows: PlacedRow[];
  ticks: { x: number; value: number; label: string }[];
  /** Top of the grid lines. */
  gridTop: number;
  /** Bottom of the grid lines; tick labels sit below. */
  axisY: number;
  tickLabelY: number;
  fontSize: number;
  axisLabel?: { x: number; y: number; text: string };
  /** Every text drawn, with what its box needs (labels.ts). */
  texts: ChartText[];
  /** Every link, with its tap target. */
  links: ChartLink[];
}

export interface BarOptions {
  width?: number;
  /** Row labels to the left of the bars (short labels: years) or above them (long: themes). */
  labelPosition?: 'left' | 'above';
  /** Width of the label column when labels are on the left (default: the widest label's). */
  labelWidth?: number;
  barHeight?: number;
  tentativeHeight?: number;
  rowGap?: number;
  top?: number;
  markerWidth?: number;
  fontSize?: number;
  /** Number formatting for totals and ticks (Intl.NumberFormat#format). */
  format?: (n: number) => string;
  /** Appended to a total that is a minimum. */
  unknownSuffix?: string;
  /** Only whole-number ticks (counts of cohorts). */
  integerTicks?: boolean;
  /** Axis title under the tick labels. */
  axisLabel?: string;
}

/** Place rows, lanes and segments; bar lengths are proportional to values on one scale from zero. */
export function layoutBars(rows: readonly BarRowInput[], options: BarOptions = {}): BarLayout {
  const width = options.width ?? 340;
  const above = options.labelPosition === 'above';
  const fontSize = options.fontSize ?? 12;
  const barHeight = options.barHeight ?? 22;
  const tentativeHeight = options.tentativeHeight ?? 16;
  const rowGap = options.rowGap ?? 4;
  const top = options.top ?? 4;
  const markerWidth = options.markerWidth ?? 10;
  const format = options.format ?? ((n: number) => String(n));
  const suffix = options.unknownSuffix ?? '+?';
  const lh = lineHeight(fontSize);

  const drafts = rows.map((row) => draftLanes(row, format, suffix));
  const widestLabel = Math.max(0, ...rows.map((r) => textWidth(r.label, fontSize)));
  const plotX = above ? 8 : (options.labelWidth ?? Math.ceil(widestLabel + 10));
  const plotWidth = width - plotX - totalRoom(drafts.flat(), fontSize, markerWidth);
  const maxValue = Math.max(1, ...drafts.flat().map((l) => l.total));
  const x = scaleLinear().domain([0, maxValue]).nice(4).range([0, plotWidth]);

  const links: ChartLink[] = [];
  let cursor = top;
  const placed = rows.map((row, i): PlacedRow => {
    const rowTop = cursor;
    const labelLines = above ? wrapLines(row.label, width - plotX, fontSize) : [row.label];
    const labelBand = above ? Math.max(row.href ? TARGET : 0, labelLines.length * lh + 4) : 0;
    if (above && row.href)
      links.push({
        href: row.href,
        title: row.label,
        cls: 'row',
        rect: { x: 0, y: r2(rowTop), width, height: r2(labelBand) },
      });
    let bandTop = rowTop + labelBand;
    const placedLanes = (drafts[i] ?? []).map((d): PlacedLane => {
      const lane = placeLane(d, bandTop, {
        plotX,
        x,
        barHeight,
        tentativeHeight,
        markerWidth,
        fontSize,
        width,
      });
      bandTop += TARGET;
      links.push(...lane.links);
      return lane.lane;
    });
    const empty = placedLanes.length === 0;
    const emptyLines = row.emptyText ? wrapLines(row.emptyText, width - plotX - 4, fontSize) : [];
    const barsTop = rowTop + labelBand;
    const bandBottom = empty ? barsTop + Math.max(barHeight, emptyLines.length * lh) + 8 : bandTop;
    cursor = bandBottom + rowGap;
    const counted = placedLanes.find((l) => !l.tentative);
    const firstLane = placedLanes[0];
    const firstCentre = firstLane ? firstLane.y + firstLane.height / 2 : barsTop + barHeight / 2;
    return {
      key: row.key,
      label: row.label,
      labelLines,
      ...(row.href ? { href: row.href } : {}),
      labelX: above ? plotX : plotX - 6,
      labelY: r2(above ? barsTop - 4 - fontSize * 0.25 : firstCentre + fontSize * 0.35),
      labelAnchor: above ? 'start' : 'end',
      lanes: placedLanes,
      total: counted?.total ?? 0,
      hasUnknown: counted?.hasUnknown ?? false,
      empty,
      ...(empty && row.emptyText ? { emptyText: row.emptyText } : {}),
      emptyX: plotX + 4,
      emptyY: r2(barsTop + 4 + fontSize),
      y: r2(rowTop),
      height: r2(bandBottom - rowTop),
    };
  });

  const axisY = r2(cursor - rowGap + 4);
  const tickLabelY = r2(axisY + fontSize + 4);
  const axisLabel = options.axisLabel
    ? { x: r2(plotX + plotWidth / 2), y: r2(tickLabelY + lh + 2), text: options.axisLabel }
    : undefined;
  const height = r2((axisLabel ? axisLabel.y : tickLabelY) + fontSize * 0.25 + 6);
  const base = {
    width,
    height,
    plotX,
    plotWidth: r2(plotWidth),
    rows: placed,
    gridTop: top,
    axisY,
    tickLabelY,
    fontSize,
    ...(axisLabel ? { axisLabel } : {}),
  };
  const { ticks, texts } = barTexts(base, x, {
    format,
    suffix,
    integerTicks: options.integerTicks ?? false,
  });
  return { ...base, ticks, texts, links };
}
