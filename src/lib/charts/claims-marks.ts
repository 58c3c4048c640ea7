/**
 * Where the claims' marks go: side by side when they would sit on one
 * another (beeswarm-style), and the bracket of each gap between a claimed
 * number and the record under the claim's scope. Pure.
 */
import { earliestDay } from '../dates/partial-date.ts';
import type { ClaimPointInput } from './claims-vs-record.ts';
import { textWidth } from './labels.ts';
import type { Bracket } from './claims-text.ts';
import { r2 } from './round.ts';

/** A date as a fractional year (2019-07-01 → about 2019.5); day precision is enough here. */
export function fractionalYear(date: string): number {
  const day = earliestDay(date);
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const start = Date.UTC(y, 0, 1);
  const end = Date.UTC(y + 1, 0, 1);
  return y + (Date.UTC(y, m - 1, d) - start) / (end - start);
}

/** Spread points that would sit on top of each other side by side (beeswarm-style), keeping their order. */
export function dodge(points: { x: number; y: number }[], spacing: number): number[] {
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

/**
 * One bracket per claimed value and date whose record under the claim's scope
 * is lower: from the claim down to the documented number, at the right of the
 * claims it stands for.
 */
export function bracketsOf(
  claims: readonly ClaimPointInput[],
  points: readonly { x: number; y: number }[],
  yOf: (v: number) => number,
  radius: number,
  words: { format: (n: number) => string; text: string },
): Bracket[] {
  const groups = new Map<
    string,
    { value: number; documented: number; xs: number[]; date: string }
  >();
  claims.forEach((c, i) => {
    if (c.documented === undefined || c.documented >= c.value) return;
    const key = `${c.date}|${c.value}|${c.documented}`;
    const g = groups.get(key) ?? { value: c.value, documented: c.documented, xs: [], date: c.date };
    g.xs.push(points[i]?.x ?? 0);
    groups.set(key, g);
  });
  return [...groups.values()].flatMap((g) => {
    const y0 = yOf(g.value);
    const y1 = yOf(g.documented);
    if (y1 - y0 < 2 * radius + 4) return [];
    return [
      {
        x: r2(Math.max(...g.xs) + radius + 5),
        y0: r2(y0 + radius + 1),
        y1,
        date: g.date,
        gap: g.value - g.documented,
        label: words.text.replace('{gap}', words.format(g.value - g.documented)),
      },
    ];
  });
}

/**
 * Width of the plot: the drawing less the y labels and a right margin, and
 * narrower when the gap of the latest claim needs room for its label right
 * of its bracket (the latest claims stand near the right edge, where a label
 * on their left would have other claims' brackets in the way).
 */
export function plotWidthFor(
  claims: readonly ClaimPointInput[],
  [d0, d1]: [number, number],
  o: {
    width: number;
    plotX: number;
    radius: number;
    fontSize: number;
    format: (n: number) => string;
    gapText: string;
  },
): number {
  const full = o.width - o.plotX - 24;
  const gaps = claims.filter((c) => c.documented !== undefined && c.documented < c.value);
  const last = gaps.reduce<ClaimPointInput | undefined>(
    (a, c) => (!a || fractionalYear(c.date) > fractionalYear(a.date) ? c : a),
    undefined,
  );
  if (!last || last.documented === undefined) return full;
  const label = o.gapText.replace('{gap}', o.format(last.value - last.documented));
  // Two rings side by side, the bracket, and its label with a little air.
  const need = 2 * o.radius + 2 + o.radius + 5 + 4 + textWidth(label, o.fontSize) + 2;
  const share = (fractionalYear(last.date) - d0) / (d1 - d0);
  if (share <= 0) return full;
  return Math.max(full / 2, Math.min(full, (o.width - o.plotX - need) / share));
}

/** A claim's label, or one label for claims made the same day with the same number. */
export interface LabelUnit {
  x: number;
  y: number;
  /** Half the width of the marks it names. */
  r: number;
  text: string;
  date: string;
}

/** Key of the claims that share a mark position: same date, same number. */
export const sameMark = (c: ClaimPointInput): string => `${c.date}|${c.value}`;

/**
 * The labels to place: one per claim, except for the groups in `merged`,
 * whose claims (dodged side by side) get one label, their words joined by
 * " · ". `unitOf[i]` is the label of claim i.
 */
export function labelUnits(
  claims: readonly ClaimPointInput[],
  points: readonly { x: number; y: number }[],
  radius: number,
  merged: ReadonlySet<string>,
): { units: LabelUnit[]; unitOf: number[] } {
  const units: LabelUnit[] = [];
  const byGroup = new Map<string, number>();
  const members = new Map<number, number[]>();
  const unitOf = claims.map((c, i) => {
    const key = sameMark(c);
    const known = merged.has(key) ? byGroup.get(key) : undefined;
    if (known !== undefined) {
      members.get(known)?.push(i);
      return known;
    }
    const p = points[i] ?? { x: 0, y: 0 };
    units.push({ x: p.x, y: p.y, r: radius, text: c.label, date: c.date });
    const u = units.length - 1;
    members.set(u, [i]);
    if (merged.has(key)) byGroup.set(key, u);
    return u;
  });
  for (const [u, is] of members) {
    const unit = units[u];
    if (!unit || is.length < 2) continue;
    const xs = is.map((i) => points[i]?.x ?? 0);
    const lo = Math.min(...xs);
    const hi = Math.max(...xs);
    unit.x = r2((lo + hi) / 2);
    unit.r = r2(radius + (hi - lo) / 2);
    unit.text = is.map((i) => claims[i]?.label ?? '').join(' · ');
  }
  return { units, unitOf };
}
