/**
 * Geometry of a horizontal stacked bar chart: one row per category (a year,
 * a theme), segments per series. Rows read top to bottom, which keeps labels
 * legible on a 360 px phone. Pure: takes values, returns placed shapes.
 *
 * Two rules from the design brief are enforced by the layout, not left to
 * callers (the lanes are drafted in bar-lanes.ts):
 * - Tentative segments (planned or announced cohorts) go in a thinner second
 *   lane under the row's bar, starting from zero. They are never stacked onto
 *   the counted bar and never added to the row total.
 * - A segment whose count is a minimum (some group's size is unknown) is drawn
 *   at its known length, and its lane ends in a fixed-width open marker with a
 *   "+?" total label. An unknown count is never a zero-width bar: a segment
 *   with nothing known produces no rectangle, only the marker.
 */
import { scaleLinear, ticks as niceTicks } from 'd3';
import { draftLanes, type BarRowInput, type BarSegmentInput } from './bar-lanes.ts';
import { textWidth } from './labels.ts';
import { r2 } from './round.ts';

/** A rectangle in drawing units. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

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
}

export interface PlacedRow {
  key: string;
  label: string;
  href?: string;
  labelX: number;
  /** Baseline of the row label. */
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
}

export interface BarOptions {
  width?: number;
  /** Row labels to the left of the bars (short labels: years) or above them (long: themes). */
  labelPosition?: 'left' | 'above';
  /** Width of the label column when labels are on the left. */
  labelWidth?: number;
  barHeight?: number;
  tentativeHeight?: number;
  laneGap?: number;
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
  const barHeight = options.barHeight ?? 18;
  const tentativeHeight = options.tentativeHeight ?? 14;
  const laneGap = options.laneGap ?? 4;
  const rowGap = options.rowGap ?? 10;
  const top = options.top ?? 4;
  const markerWidth = options.markerWidth ?? 10;
  const format = options.format ?? ((n: number) => String(n));
  const suffix = options.unknownSuffix ?? '+?';
  const labelHeight = fontSize + 6;

  const drafts = rows.map((row) => draftLanes(row, format, suffix));
  const lanes = drafts.flat();
  const plotX = above ? 8 : (options.labelWidth ?? 64);
  // Room at the right for the widest "marker + total label" of any lane.
  const totalWidth = Math.max(
    textWidth('0', fontSize) + 8,
    ...lanes.map(
      (l) => (l.hasUnknown ? markerWidth + 2 : 0) + 4 + textWidth(l.totalLabel, fontSize) + 6,
    ),
  );
  const plotWidth = width - plotX - totalWidth;
  const maxValue = Math.max(1, ...lanes.map((l) => l.total));
  const x = scaleLinear().domain([0, maxValue]).nice(4).range([0, plotWidth]);

  let cursor = top;
  const placed = rows.map((row, i): PlacedRow => {
    const rowTop = cursor;
    const barsTop = rowTop + (above ? labelHeight : 0);
    let laneTop = barsTop;
    const placedLanes = (drafts[i] ?? []).map((d): PlacedLane => {
      const height = d.tentative ? tentativeHeight : barHeight;
      const y = laneTop;
      laneTop += height + laneGap;
      let offset = 0;
      const segments: PlacedSegment[] = [];
      for (const s of d.inputs) {
        if (s.value > 0) {
          segments.push({
            ...s,
            x: r2(plotX + x(offset)),
            y: r2(y),
            width: r2(x(offset + s.value) - x(offset)),
            height,
          });
        }
        offset += s.value;
      }
      const end = plotX + x(offset);
      const unknowns = d.inputs.filter((s) => s.hasUnknown);
      const firstHref = unknowns.find((s) => s.href)?.href;
      const marker: UnknownMarker | undefined = d.hasUnknown
        ? {
            x: r2(end + 1),
            y: r2(y),
            width: markerWidth,
            height,
            path: `M${r2(end + 1)} ${r2(y + 0.5)}h${markerWidth}M${r2(end + 1)} ${r2(y + height - 0.5)}h${markerWidth}`,
            title: unknowns.map((s) => s.title).join('; '),
            ...(firstHref ? { href: firstHref } : {}),
          }
        : undefined;
      return {
        tentative: d.tentative,
        y: r2(y),
        height,
        segments,
        total: d.total,
        hasUnknown: d.hasUnknown,
        ...(marker ? { marker } : {}),
        totalLabel: d.totalLabel,
        totalX: r2(end + (marker ? markerWidth + 2 : 0) + 4),
        totalY: r2(y + height / 2 + fontSize * 0.35),
      };
    });
    const empty = placedLanes.length === 0;
    const bandBottom = empty ? barsTop + barHeight : laneTop - laneGap;
    const firstLane = placedLanes[0];
    const firstCentre = firstLane ? firstLane.y + firstLane.height / 2 : barsTop + barHeight / 2;
    cursor = bandBottom + rowGap;
    const counted = placedLanes.find((l) => !l.tentative);
    return {
      key: row.key,
      label: row.label,
      ...(row.href ? { href: row.href } : {}),
      labelX: above ? plotX : plotX - 6,
      labelY: r2(above ? rowTop + fontSize : firstCentre + fontSize * 0.35),
      labelAnchor: above ? 'start' : 'end',
      lanes: placedLanes,
      total: counted?.total ?? 0,
      hasUnknown: counted?.hasUnknown ?? false,
      empty,
      ...(empty && row.emptyText ? { emptyText: row.emptyText } : {}),
      emptyX: plotX + 4,
      emptyY: r2(barsTop + barHeight / 2 + fontSize * 0.35),
      y: r2(rowTop),
      height: r2(bandBottom - rowTop),
    };
  });

  const gridTop = top;
  const axisY = r2(cursor - rowGap + 4);
  const tickLabelY = r2(axisY + fontSize + 2);
  const domainMax = x.domain()[1] ?? maxValue;
  const tickValues = niceTicks(0, domainMax, 4).filter(
    (v) => !options.integerTicks || Number.isInteger(v),
  );
  const axisLabel = options.axisLabel
    ? { x: r2(plotX + plotWidth / 2), y: r2(tickLabelY + fontSize + 4), text: options.axisLabel }
    : undefined;
  return {
    width,
    height: r2((axisLabel ? axisLabel.y : tickLabelY) + 6),
    plotX,
    plotWidth: r2(plotWidth),
    rows: placed,
    ticks: tickValues.map((v) => ({ x: r2(plotX + x(v)), value: v, label: format(v) })),
    gridTop,
    axisY,
    tickLabelY,
    fontSize,
    ...(axisLabel ? { axisLabel } : {}),
  };
}
