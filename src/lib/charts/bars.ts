/**
 * Geometry of a horizontal stacked bar chart: one row per category (a year,
 * a theme), segments per series. Rows read top to bottom, which keeps labels
 * legible on a 360 px phone. Pure: takes values, returns placed shapes.
 */
import { scaleLinear, ticks as niceTicks } from 'd3';

export interface BarSegmentInput {
  /** Series key (theme, status). */
  key: string;
  value: number;
  /** This segment's count is a minimum: some group's size is unknown. */
  hasUnknown: boolean;
  /** Drawn as not (yet) held: planned or announced. */
  tentative?: boolean;
  href?: string;
  title: string;
}

export interface BarRowInput {
  label: string;
  href?: string;
  segments: BarSegmentInput[];
}

export interface PlacedSegment extends BarSegmentInput {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedRow {
  label: string;
  href?: string;
  /** Baseline y of the row's label text. */
  labelY: number;
  total: number;
  hasUnknown: boolean;
  /** Where the total label starts. */
  totalX: number;
  segments: PlacedSegment[];
  /** No segment at all: nothing documented for this row. */
  empty: boolean;
}

export interface BarLayout {
  width: number;
  height: number;
  /** Left edge of the plotting area (after row labels). */
  plotX: number;
  plotWidth: number;
  rows: PlacedRow[];
  ticks: { x: number; value: number }[];
  axisY: number;
}

export interface BarOptions {
  width?: number;
  rowHeight?: number;
  barHeight?: number;
  labelWidth?: number;
  /** Room at the right for total labels. */
  totalWidth?: number;
  top?: number;
  bottom?: number;
}

/** Place rows and segments; bar lengths are proportional to values on a shared scale from zero. */
export function layoutBars(rows: readonly BarRowInput[], options: BarOptions = {}): BarLayout {
  const width = options.width ?? 340;
  const rowHeight = options.rowHeight ?? 30;
  const barHeight = options.barHeight ?? 18;
  const labelWidth = options.labelWidth ?? 64;
  const totalWidth = options.totalWidth ?? 44;
  const top = options.top ?? 4;
  const bottom = options.bottom ?? 24;
  const plotX = labelWidth;
  const plotWidth = width - labelWidth - totalWidth;
  const maxTotal = Math.max(1, ...rows.map((r) => r.segments.reduce((s, x) => s + x.value, 0)));
  const x = scaleLinear().domain([0, maxTotal]).nice(4).range([0, plotWidth]);

  const placed = rows.map((row, i): PlacedRow => {
    const y = top + i * rowHeight + (rowHeight - barHeight) / 2;
    let offset = 0;
    const segments = row.segments
      .filter((s) => s.value > 0 || s.hasUnknown)
      .map((s): PlacedSegment => {
        const seg = {
          ...s,
          x: plotX + x(offset),
          y,
          width: x(offset + s.value) - x(offset),
          height: barHeight,
        };
        offset += s.value;
        return seg;
      });
    const total = row.segments.reduce((s, v) => s + v.value, 0);
    return {
      label: row.label,
      ...(row.href ? { href: row.href } : {}),
      labelY: y + barHeight / 2,
      total,
      hasUnknown: row.segments.some((s) => s.hasUnknown),
      totalX: plotX + x(offset) + 4,
      segments,
      empty: segments.length === 0,
    };
  });
  const axisY = top + rows.length * rowHeight;
  const domainMax = x.domain()[1] ?? maxTotal;
  return {
    width,
    height: axisY + bottom,
    plotX,
    plotWidth,
    rows: placed,
    ticks: niceTicks(0, domainMax, 4).map((v) => ({ x: plotX + x(v), value: v })),
    axisY,
  };
}
