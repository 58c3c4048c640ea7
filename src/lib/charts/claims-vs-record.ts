/**
 * Geometry of the "claimed vs documented" chart: the running total of
 * documented participants as a step line over time, and each claimed total
 * as a point at the date it was made, with the window it covers drawn as a
 * horizontal line at the claimed value. Pure: takes values, returns placed
 * shapes; the labels are placed by `labelPlacer` (labels.ts) so that they
 * overlap neither each other nor the points and lines.
 */
import { line, curveStepAfter, scaleLinear, ticks as niceTicks } from 'd3';
import type { Claim } from '../../schemas/claim.ts';
import { earliestDay } from '../dates/partial-date.ts';
import {
  labelCandidates,
  labelPlacer,
  lineBox,
  pointBox,
  type Box,
  type PlacedLabel,
} from './labels.ts';
import { r2 } from './round.ts';

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
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; value: number; label: string }[];
  /** Title of the y axis, above the plot. */
  yAxisLabel?: PlacedLabel;
  fontSize: number;
  pointRadius: number;
  colours: TimeColours;
}

export interface TimeColours {
  /** The documented running total. */
  line: string;
  /** Claim points and their windows. */
  claim: string;
}

export interface TimeOptions {
  colours?: TimeColours;
  width?: number;
  height?: number;
  /** Draw the step line up to this date (the latest source), not only to the last step. */
  until?: string;
  format?: (n: number) => string;
  /** Text of the label at the end of the step line; "{total}" is replaced by the last total. */
  stepLabel?: string;
  yAxisLabel?: string;
  fontSize?: number;
  pointRadius?: number;
}

/** A date as a fractional year (2019-07-01 → about 2019.5); day precision is enough here. */
export function fractionalYear(date: string): number {
  const day = earliestDay(date);
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const start = Date.UTC(y, 0, 1);
  const end = Date.UTC(y + 1, 0, 1);
  return y + (Date.UTC(y, m - 1, d) - start) / (end - start);
}

/** Spread points that would sit on top of each other side by side (beeswarm-style), keeping their order. */
function dodge(points: { x: number; y: number }[], spacing: number): number[] {
  const offsets = points.map(() => 0);
  const done = new Set<number>();
  points.forEach((p, i) => {
    if (done.has(i)) return;
    const cluster = points
      .map((_q, j) => j)
      .filter((j) => {
        const q = points[j];
        return (
          !done.has(j) &&
          q !== undefined &&
          Math.abs(q.x - p.x) < spacing &&
          Math.abs(q.y - p.y) < spacing
        );
      });
    cluster.forEach((j, k) => {
      offsets[j] = (k - (cluster.length - 1) / 2) * spacing;
      done.add(j);
    });
  });
  return offsets;
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
  const radius = options.pointRadius ?? 4;
  const format = options.format ?? ((n: number) => String(n));
  // Room above the plot for the axis title and for labels of points at the top value.
  const plot = { x: 40, y: 44, width: width - 60, height: height - 44 - 24 };
  const dates = [
    ...steps.map((s) => s.date),
    ...claims.flatMap((c) => (c.from ? [c.from, c.date] : [c.date])),
  ];
  const years = dates.map(fractionalYear);
  const untilYear = options.until ? fractionalYear(options.until) : -Infinity;
  const lo = Math.floor(Math.min(...years, Infinity));
  const hi = Math.ceil(Math.max(...years, untilYear) + 0.001);
  const x = scaleLinear()
    .domain([Number.isFinite(lo) ? lo : 2015, Number.isFinite(hi) ? hi : 2024])
    .range([plot.x, plot.x + plot.width]);
  const maxY = Math.max(1, ...steps.map((s) => s.total), ...claims.map((c) => c.value));
  const y = scaleLinear()
    .domain([0, maxY])
    .nice(4)
    .range([plot.y + plot.height, plot.y]);
  const [d0, d1] = x.domain() as [number, number];

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

  // Obstacles for labels: points, the step line, claim windows, then labels as they are placed.
  const basePoints = claims.map((c) => ({ x: x(fractionalYear(c.date)), y: y(c.value) }));
  const offsets = dodge(basePoints, radius * 2 + 2);
  const points = basePoints.map((p, i) => ({ x: r2(p.x + (offsets[i] ?? 0)), y: r2(p.y) }));
  const obstacles: Box[] = [
    ...points.map((p) => pointBox(p.x, p.y, radius)),
    ...placedSteps.map((p) => pointBox(p.x, p.y, 3)),
    // The step line: a horizontal run then a vertical rise per step.
    ...pathPoints.slice(0, -1).flatMap(([px, py], i) => {
      const [nx, ny] = pathPoints[i + 1] ?? [px, py];
      return [lineBox(x(px), x(nx), y(py), y(py)), lineBox(x(nx), x(nx), y(py), y(ny))];
    }),
    ...claims.flatMap((c, i) => {
      const p = points[i];
      return c.from && p ? [lineBox(x(fractionalYear(c.from)), p.x, p.y - 4, p.y + 4)] : [];
    }),
  ];
  const place = labelPlacer(obstacles, { width, height }, fontSize);

  const stepText = options.stepLabel?.replace('{total}', format(lastTotal));
  const stepLabel = stepText
    ? place([
        { x: x(endYear), y: y(lastTotal) - 6, text: stepText, anchor: 'end' },
        ...labelCandidates(x(endYear), y(lastTotal), 3, stepText, fontSize),
      ])
    : undefined;

  const placedClaims = claims.map((c, i): PlacedClaim => {
    const p = points[i] ?? { x: 0, y: 0 };
    return {
      ...c,
      x: p.x,
      y: p.y,
      ...(c.from ? { fromX: r2(x(fractionalYear(c.from))) } : {}),
      labelPos: place(labelCandidates(p.x, p.y, radius, c.label, fontSize)),
    };
  });

  const yearsOnAxis = Array.from({ length: d1 - d0 + 1 }, (_, i) => d0 + i);
  return {
    width,
    height,
    plot,
    stepPath,
    steps: placedSteps,
    ...(stepLabel ? { stepLabel } : {}),
    claims: placedClaims,
    xTicks: yearsOnAxis
      .filter((yr) => yearsOnAxis.length <= 6 || (yr - d0) % 2 === 0)
      .map((yr) => ({ x: r2(x(yr)), label: String(yr) })),
    yTicks: niceTicks(0, y.domain()[1] ?? maxY, 4).map((v) => ({
      y: r2(y(v)),
      value: v,
      label: format(v),
    })),
    ...(options.yAxisLabel
      ? {
          yAxisLabel: { x: 4, y: fontSize + 2, text: options.yAxisLabel, anchor: 'start' as const },
        }
      : {}),
    fontSize,
    pointRadius: radius,
    colours: options.colours ?? { line: '#0072B2', claim: '#D55E00' },
  };
}
