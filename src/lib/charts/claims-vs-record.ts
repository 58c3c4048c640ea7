/**
 * Geometry of the "claimed vs documented" chart: the running total of
 * documented participants as a step line over time, and each claimed total
 * as a point at the date it was made, with the window it covers.
 */
import { line, curveStepAfter, scaleLinear, ticks as niceTicks } from 'd3';
import { earliestDay } from '../dates/partial-date.ts';

export interface StepInput {
  date: string;
  total: number;
  href?: string;
  title: string;
}

export interface ClaimPointInput {
  date: string;
  value: number;
  /** Start of the window the claim covers, if any. */
  from?: string;
  qualifier: 'exact' | 'about' | 'at-least' | 'more-than';
  href?: string;
  title: string;
}

export interface TimeLayout {
  width: number;
  height: number;
  plot: { x: number; y: number; width: number; height: number };
  /** SVG path of the documented running total. */
  stepPath: string;
  steps: (StepInput & { x: number; y: number })[];
  claims: (ClaimPointInput & { x: number; y: number; fromX?: number })[];
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; value: number }[];
}

/** A date as a fractional year (2019-07-01 → about 2019.5); day precision is enough here. */
export function fractionalYear(date: string): number {
  const day = earliestDay(date);
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const start = Date.UTC(y, 0, 1);
  const end = Date.UTC(y + 1, 0, 1);
  return y + (Date.UTC(y, m - 1, d) - start) / (end - start);
}

/** Place the step line and claim points on shared axes from zero. */
export function layoutClaimsVsRecord(
  steps: readonly StepInput[],
  claims: readonly ClaimPointInput[],
  options: { width?: number; height?: number; until?: string } = {},
): TimeLayout {
  const width = options.width ?? 340;
  const height = options.height ?? 240;
  const plot = { x: 40, y: 12, width: width - 52, height: height - 40 };
  const dates = [
    ...steps.map((s) => s.date),
    ...claims.flatMap((c) => (c.from ? [c.from, c.date] : [c.date])),
  ];
  const years = dates.map(fractionalYear);
  const lo = Math.floor(Math.min(...years, Infinity));
  const hi = Math.ceil(
    Math.max(...years, options.until ? fractionalYear(options.until) : -Infinity) + 0.001,
  );
  const x = scaleLinear()
    .domain([Number.isFinite(lo) ? lo : 2015, Number.isFinite(hi) ? hi : 2024])
    .range([plot.x, plot.x + plot.width]);
  const maxY = Math.max(1, ...steps.map((s) => s.total), ...claims.map((c) => c.value));
  const y = scaleLinear()
    .domain([0, maxY])
    .nice(4)
    .range([plot.y + plot.height, plot.y]);

  const placedSteps = steps.map((s) => ({ ...s, x: x(fractionalYear(s.date)), y: y(s.total) }));
  const end = x.domain()[1] ?? hi;
  const pathPoints: [number, number][] = [
    [x.domain()[0] ?? lo, 0],
    ...steps.map((s): [number, number] => [fractionalYear(s.date), s.total]),
    [end, steps.at(-1)?.total ?? 0],
  ];
  const stepPath =
    line<[number, number]>()
      .x((p) => Math.round(x(p[0]) * 100) / 100)
      .y((p) => Math.round(y(p[1]) * 100) / 100)
      .curve(curveStepAfter)(pathPoints) ?? '';

  const [d0, d1] = x.domain() as [number, number];
  return {
    width,
    height,
    plot,
    stepPath,
    steps: placedSteps,
    claims: claims.map((c) => ({
      ...c,
      x: x(fractionalYear(c.date)),
      y: y(c.value),
      ...(c.from ? { fromX: x(fractionalYear(c.from)) } : {}),
    })),
    xTicks: Array.from({ length: d1 - d0 + 1 }, (_, i) => d0 + i)
      .filter((yr, _i, all) => all.length <= 6 || (yr - d0) % 2 === 0)
      .map((yr) => ({ x: x(yr), label: String(yr) })),
    yTicks: niceTicks(0, y.domain()[1] ?? maxY, 4).map((v) => ({ y: y(v), value: v })),
  };
}
