/**
 * Geometry of the "claimed vs documented" chart: the running total of
 * documented participants as a step line over time, each claimed total as
 * an open ring at the date it was made (the window it covers drawn as a
 * horizontal line at the claimed value), and a bracket from each claim down
 * to what is documented under the claim's own scope at that date, labelled
 * with the gap. Pure: takes values, returns placed shapes; the texts are
 * placed by claims-text.ts so that none overlaps another, a mark or a line,
 * and the links get tap targets by targets.ts.
 */
import { line, curveStepAfter, scaleLinear } from 'd3';
import type { Claim } from '../../schemas/claim.ts';
import {
  bracketsOf,
  dodge,
  fractionalYear,
  labelUnits,
  plotWidthFor,
  sameMark,
} from './claims-marks.ts';

export { fractionalYear } from './claims-marks.ts';
import { claimTexts, yTickRoom } from './claims-text.ts';
import {
  lineHeight,
  lineBox,
  pointBox,
  type Box,
  type ChartText,
  type PlacedLabel,
} from './labels.ts';
import { r2 } from './round.ts';
import { pointTargets, type ChartLink } from './targets.ts';

import type { Bracket } from './claims-text.ts';

export type { Bracket } from './claims-text.ts';

export interface StepInput {
  date: string;
  /** Running total after this step. */
  total: number;
  /** The running total is a minimum from here on. */
  hasUnknown?: boolean;
  href?: string;
  title: string;
}

export interface ClaimPointInput {
  /** Stable key (the claim id). */
  key: string;
  date: string;
  value: number;
  /** Start of the window the claim covers, if any. */
  from?: string;
  qualifier: Claim['qualifier'];
  /** Label drawn beside the point, the number with its qualifier in words ("lebih dari 300"). */
  label: string;
  /** Documented under the claim's own scope by its date; no bracket without it. */
  documented?: number;
  href?: string;
  title: string;
}

export interface PlacedClaim extends ClaimPointInput {
  x: number;
  y: number;
  /** Left end of the window line, when the claim has a window. */
  fromX?: number;
  labelPos: PlacedLabel;
}

export interface TimeLayout {
  width: number;
  height: number;
  plot: { x: number; y: number; width: number; height: number };
  /** SVG path of the documented running total. */
  stepPath: string;
  steps: (StepInput & { x: number; y: number })[];
  /** Label at the end of the step line. */
  stepLabel?: PlacedLabel;
  claims: PlacedClaim[];
  /** Gaps between a claim and the record under its scope, one per claimed value and date. */
  brackets: Bracket[];
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; value: number; label: string }[];
  /** Title of the y axis, above the plot. */
  yAxisLabel?: PlacedLabel;
  fontSize: number;
  pointRadius: number;
  /** Every text drawn (labels.ts). */
  texts: ChartText[];
  /** Every link, with its tap target. */
  links: ChartLink[];
}

export interface TimeOptions {
  width?: number;
  height?: number;
  /** Draw the step line up to this date (the latest source), not only to the last step. */
  until?: string;
  format?: (n: number) => string;
  /** Text of the label at the end of the step line; "{total}" is replaced by the last total. */
  stepLabel?: string;
  /** Text of a gap's label; "{gap}" is replaced by the claimed minus the documented number. */
  gapLabel?: string;
  /** How a label that finds no room beside its mark is listed under the chart ("{date}: {label}"). */
  overflowLabel?: (date: string, label: string) => string;
  /** The line after the most labels listed under the drawing: how many more (claims-text.ts). */
  moreLabel?: (count: number) => string;
  yAxisLabel?: string;
  fontSize?: number;
  pointRadius?: number;
}

/** Place the step line and claim points on shared axes from zero. */
export function layoutClaimsVsRecord(
  steps: readonly StepInput[],
  claims: readonly ClaimPointInput[],
  options: TimeOptions = {},
): TimeLayout {
  const width = options.width ?? 340;
  const height = options.height ?? 264;
  const fontSize = options.fontSize ?? 12;
  const radius = options.pointRadius ?? 5;
  const format = options.format ?? ((n: number) => String(n));
  const lh = lineHeight(fontSize);
  const dates = [
    ...steps.map((s) => s.date),
    ...claims.flatMap((c) => (c.from ? [c.from, c.date] : [c.date])),
  ];
  const years = dates.map(fractionalYear);
  const untilYear = options.until ? fractionalYear(options.until) : -Infinity;
  const lo = Math.floor(Math.min(...years, Infinity));
  const hi = Math.ceil(Math.max(...years, untilYear) + 0.001);
  const maxY = Math.max(1, ...steps.map((s) => s.total), ...claims.map((c) => c.value));
  const y = scaleLinear().domain([0, maxY]).nice(4);
  const yTicks = y.ticks(4);
  const plotX = Math.max(40, yTickRoom(yTicks.map(format), fontSize));
  const domain: [number, number] = [
    Number.isFinite(lo) ? lo : 2015,
    Number.isFinite(hi) ? hi : 2024,
  ];
  const gapText = options.gapLabel ?? '{gap}';
  // Room above the plot for the axis title and for labels of points at the top value; at
  // the right, for the label of the latest claim's gap beside its bracket.
  const plot = {
    x: plotX,
    y: 2 * lh + 16,
    width: plotWidthFor(claims, domain, { width, plotX, radius, fontSize, format, gapText }),
    height: 0,
  };
  plot.height = height - plot.y - lh - 10;
  y.range([plot.y + plot.height, plot.y]);
  const x = scaleLinear()
    .domain(domain)
    .range([plot.x, plot.x + plot.width]);
  const [d0, d1] = domain;

  const placedSteps = steps.map((s) => ({
    ...s,
    x: r2(x(fractionalYear(s.date))),
    y: r2(y(s.total)),
  }));
  const lastTotal = steps.at(-1)?.total ?? 0;
  const endYear = Math.max(
    steps.length ? fractionalYear(steps.at(-1)?.date ?? '') : d0,
    Number.isFinite(untilYear) ? untilYear : d1,
  );
  const pathPoints: [number, number][] = [
    [d0, 0],
    ...steps.map((s): [number, number] => [fractionalYear(s.date), s.total]),
    [endYear, lastTotal],
  ];
  const stepPath =
    line<[number, number]>()
      .x((p) => r2(x(p[0])))
      .y((p) => r2(y(p[1])))
      .curve(curveStepAfter)(pathPoints) ?? '';

  const basePoints = claims.map((c) => ({ x: x(fractionalYear(c.date)), y: y(c.value) }));
  const offsets = dodge(basePoints, radius * 2 + 2);
  const points = basePoints.map((p, i) => ({ x: r2(p.x + (offsets[i] ?? 0)), y: r2(p.y) }));
  const brackets = bracketsOf(claims, points, (v) => r2(y(v)), radius, { format, text: gapText });
  // Marks and lines the labels must keep off.
  const obstacles: Box[] = [
    ...points.map((p) => pointBox(p.x, p.y, radius + 1)),
    ...placedSteps.map((p) => pointBox(p.x, p.y, 4)),
    ...pathPoints.slice(0, -1).flatMap(([px, py], i) => {
      const [nx, ny] = pathPoints[i + 1] ?? [px, py];
      return [lineBox(x(px), x(nx), y(py), y(py)), lineBox(x(nx), x(nx), y(py), y(ny))];
    }),
    ...claims.flatMap((c, i) => {
      const p = points[i];
      return c.from && p ? [lineBox(x(fractionalYear(c.from)), p.x, p.y - 4, p.y + 4)] : [];
    }),
    ...brackets.map((b) => ({ x0: b.x - 4, x1: b.x + 1, y0: b.y0 - 1, y1: b.y1 + 1 })),
  ];
  const yearsOnAxis = Array.from({ length: d1 - d0 + 1 }, (_, i) => d0 + i);
  const textsWith = (merged: ReadonlySet<string>) => {
    const { units, unitOf } = labelUnits(claims, points, radius, merged);
    return {
      unitOf,
      placed: claimTexts({
        width,
        height,
        fontSize,
        plot,
        obstacles,
        xTicks: yearsOnAxis.map((yr) => ({ x: r2(x(yr)), label: String(yr) })),
        everyOther: yearsOnAxis.length > 6,
        yTicks: yTicks.map((v) => ({ y: r2(y(v)), value: v, label: format(v) })),
        ...(options.yAxisLabel ? { yAxisTitle: options.yAxisLabel } : {}),
        ...(options.stepLabel
          ? {
              step: {
                x: x(endYear),
                y: y(lastTotal),
                text: options.stepLabel.replace('{total}', format(lastTotal)),
              },
            }
          : {}),
        claims: units,
        brackets,
        overflow: options.overflowLabel ?? ((date, label) => `${date}: ${label}`),
        ...(options.moreLabel ? { more: options.moreLabel } : {}),
      }),
    };
  };
  // Claims made the same day with the same number share one label when theirs find no room apart.
  let { placed, unitOf } = textsWith(new Set());
  const crowded = new Set(
    claims.filter((_, i) => placed.claimListed[unitOf[i] ?? 0]).map(sameMark),
  );
  if (crowded.size) ({ placed, unitOf } = textsWith(crowded));

  const placedClaims = claims.map((c, i): PlacedClaim => ({
    ...c,
    ...(points[i] ?? { x: 0, y: 0 }),
    ...(c.from ? { fromX: r2(x(fractionalYear(c.from))) } : {}),
    labelPos: placed.claimLabels[unitOf[i] ?? 0] ?? { x: 0, y: 0, text: c.label, anchor: 'start' },
  }));
  const marks = [
    ...placedClaims.map((c) => ({
      x: c.x,
      y: c.y,
      href: c.href,
      title: c.title,
      cls: 'claim-point',
    })),
    ...placedSteps.map((s) => ({
      x: s.x,
      y: s.y,
      href: s.href,
      title: s.title,
      cls: 'step-point',
    })),
  ].filter((m): m is typeof m & { href: string } => m.href !== undefined);
  const rects = pointTargets(marks, { width, height: placed.height });
  return {
    width,
    height: placed.height,
    plot,
    stepPath,
    steps: placedSteps,
    ...(placed.stepLabel ? { stepLabel: placed.stepLabel } : {}),
    claims: placedClaims,
    brackets,
    xTicks: placed.xTicks,
    yTicks: placed.yTicks,
    ...(placed.yAxisLabel ? { yAxisLabel: placed.yAxisLabel } : {}),
    fontSize,
    pointRadius: radius,
    texts: placed.texts,
    links: marks.flatMap((m, i) => {
      const rect = rects[i];
      return rect ? [{ href: m.href, title: m.title, cls: m.cls, rect }] : [];
    }),
  };
}
