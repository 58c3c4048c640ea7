/**
 * Tap targets of the charts' links: every target at least TARGET units on
 * each side (44 CSS px when a drawing unit is a pixel, WCAG 2.5.5), none
 * overlapping another, all inside the drawing. Targets are invisible
 * rectangles placed as near as they can be to what they stand for; a mark
 * that cannot get one keeps no link in the drawing (its record is linked
 * from the data table). Pure.
 */
import type { Box } from './labels.ts';
import { r2 } from './round.ts';

/** Side of a tap target, in drawing units. */
export const TARGET = 44;

/** A rectangle in drawing units. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** An interval wanted along one axis: where it would start and its length. */
export interface Wish {
  start: number;
  size: number;
}

/**
 * Starts for intervals kept in the given order, each its own size, none
 * overlapping, all within [lo, hi], as near their wishes as possible
 * (least squares: a run of touching intervals is centred on its wishes).
 * Positions and sizes are whole units, so touching intervals stay exactly
 * apart once written. Undefined when they cannot all fit.
 */
export function spread(given: readonly Wish[], low: number, high: number): number[] | undefined {
  const wishes = given.map((w) => ({ start: w.start, size: Math.ceil(w.size - 1e-9) }));
  const lo = Math.ceil(low - 1e-9);
  const hi = Math.floor(high + 1e-9);
  const total = wishes.reduce((s, w) => s + w.size, 0);
  if (total > hi - lo) return undefined;
  interface Block {
    first: number;
    last: number;
    start: number;
    size: number;
  }
  const before = (i: number): number => wishes.slice(0, i).reduce((s, w) => s + w.size, 0);
  const place = (first: number, last: number): Block => {
    const items = wishes.slice(first, last + 1);
    let offset = 0;
    let sum = 0;
    for (const w of items) {
      sum += w.start - offset;
      offset += w.size;
    }
    const min = lo + before(first);
    const max = hi - (total - before(first));
    const start = Math.min(max, Math.max(min, Math.round(sum / items.length)));
    return { first, last, size: offset, start };
  };
  const blocks: Block[] = [];
  wishes.forEach((_, i) => {
    blocks.push(place(i, i));
    for (;;) {
      const cur = blocks.at(-1);
      const prev = blocks.at(-2);
      if (!cur || !prev || prev.start + prev.size <= cur.start + 1e-9) break;
      blocks.splice(-2, 2, place(prev.first, cur.last));
    }
  });
  const starts: number[] = [];
  for (const b of blocks) {
    let at = b.start;
    for (let i = b.first; i <= b.last; i++) {
      starts.push(at);
      at += wishes[i]?.size ?? 0;
    }
  }
  return starts;
}

/**
 * Targets along one band (a bar lane): each at least TARGET wide around its
 * span [x0, x1], in order, within [lo, hi] and the band's height. Undefined
 * when the spans cannot all get a target.
 */
export function bandTargets(
  spans: readonly { x0: number; x1: number }[],
  band: { y: number; height: number },
  lo: number,
  hi: number,
): Rect[] | undefined {
  const wishes = spans.map((s) => {
    const size = Math.max(TARGET, s.x1 - s.x0);
    return { start: (s.x0 + s.x1) / 2 - size / 2, size };
  });
  const starts = spread(wishes, lo, hi);
  return starts?.map((x, i) => ({
    x,
    y: r2(band.y),
    width: Math.ceil((wishes[i]?.size ?? TARGET) - 1e-9),
    height: r2(band.height),
  }));
}

/**
 * A TARGET × TARGET square for each point, as near it as it can be: points
 * whose squares would share any column of the drawing are stacked apart
 * vertically, points in separate columns keep their height. A point whose
 * column has no room left gets no target (undefined).
 */
export function pointTargets(
  points: readonly { x: number; y: number }[],
  size: { width: number; height: number },
): (Rect | undefined)[] {
  const x0 = points.map((p) =>
    Math.round(Math.min(size.width - TARGET, Math.max(0, p.x - TARGET / 2))),
  );
  const order = points.map((_, i) => i).sort((a, b) => (x0[a] ?? 0) - (x0[b] ?? 0) || a - b);
  const columns: number[][] = [];
  let reach = -Infinity;
  for (const i of order) {
    const x = x0[i] ?? 0;
    if (x >= reach) columns.push([]);
    columns.at(-1)?.push(i);
    reach = Math.max(reach, x + TARGET);
  }
  const out: (Rect | undefined)[] = points.map(() => undefined);
  for (const column of columns) {
    const byY = [...column].sort((a, b) => (points[a]?.y ?? 0) - (points[b]?.y ?? 0) || a - b);
    const wishes = byY.map((i) => ({ start: (points[i]?.y ?? 0) - TARGET / 2, size: TARGET }));
    const starts = spread(wishes, 0, size.height);
    if (!starts) continue;
    byY.forEach((i, k) => {
      out[i] = { x: x0[i] ?? 0, y: starts[k] ?? 0, width: TARGET, height: TARGET };
    });
  }
  return out;
}

/** A target as a box, for overlap checks. */
export const rectBox = (r: Rect): Box => ({
  x0: r.x,
  x1: r.x + r.width,
  y0: r.y,
  y1: r.y + r.height,
});

/** A link of a chart: its invisible target, where it goes and what it is called. */
export interface ChartLink {
  href: string;
  /** Accessible name and tooltip. */
  title: string;
  /** Class names the renderer gives the link ("bar", "unknown", "row", "claim-point", …). */
  cls: string;
  rect: Rect;
}
