/**
 * Text labels of the charts: how much room a label takes, and placing labels
 * among obstacles (points, lines, labels already placed) so that none
 * overlaps another or leaves the drawing. Pure.
 */
import { r2 } from './round.ts';

/** Rough advance width of a label, for reserving room (sans-serif, ~0.65 em a character, generous for wide fonts such as DejaVu Sans). */
export function textWidth(text: string, fontSize = 12): number {
  return text.length * fontSize * 0.65;
}

export interface PlacedLabel {
  x: number;
  /** Baseline. */
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
}

/** An axis-aligned box in drawing units. */
export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** The box a label's text takes, from its anchor and baseline. */
export function labelBox(l: PlacedLabel, fontSize: number): Box {
  const w = textWidth(l.text, fontSize);
  const x0 = l.anchor === 'end' ? l.x - w : l.anchor === 'middle' ? l.x - w / 2 : l.x;
  return { x0, x1: x0 + w, y0: l.y - fontSize * 0.8, y1: l.y + fontSize * 0.25 };
}

/** The square obstacle of a point of radius r centred on (x, y). */
export function pointBox(x: number, y: number, r: number): Box {
  return { x0: x - r, x1: x + r, y0: y - r, y1: y + r };
}

/** A thin obstacle along a horizontal or vertical line from (x0, y0) to (x1, y1). */
export function lineBox(x0: number, x1: number, y0: number, y1: number): Box {
  return {
    x0: Math.min(x0, x1) - 1,
    x1: Math.max(x0, x1) + 1,
    y0: Math.min(y0, y1) - 1,
    y1: Math.max(y0, y1) + 1,
  };
}

/** Candidate spots for a label around a point of radius r, nearest first. */
export function labelCandidates(
  px: number,
  py: number,
  r: number,
  text: string,
  fontSize: number,
): PlacedLabel[] {
  const mid = py + fontSize * 0.35;
  const line = fontSize + 2;
  return [
    { x: px, y: py - r - 4, text, anchor: 'middle' },
    { x: px - r - 3, y: mid, text, anchor: 'end' },
    { x: px + r + 3, y: mid, text, anchor: 'start' },
    { x: px, y: py + r + fontSize, text, anchor: 'middle' },
    { x: px, y: py - r - 4 - line, text, anchor: 'middle' },
    { x: px, y: py + r + fontSize + line, text, anchor: 'middle' },
    { x: px - r - 3, y: mid - line, text, anchor: 'end' },
    { x: px - r - 3, y: mid + line, text, anchor: 'end' },
    { x: px + r + 3, y: mid - line, text, anchor: 'start' },
    { x: px + r + 3, y: mid + line, text, anchor: 'start' },
  ];
}

/**
 * A placer over a drawing of the given size: each call takes the first
 * candidate that overlaps nothing (else the one that overlaps least), and the
 * label placed becomes an obstacle for the next. Labels are placed in call order.
 */
export function labelPlacer(
  obstacles: readonly Box[],
  size: { width: number; height: number },
  fontSize: number,
): (candidates: readonly PlacedLabel[]) => PlacedLabel {
  const placed: Box[] = [...obstacles];
  const inside = (b: Box): boolean =>
    b.x0 >= 0 && b.x1 <= size.width && b.y0 >= 0 && b.y1 <= size.height;
  const clash = (a: Box): number =>
    placed.reduce(
      (sum, b) =>
        sum +
        Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) *
          Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0)),
      inside(a) ? 0 : 1e6,
    );
  return (candidates) => {
    let best: PlacedLabel | undefined;
    let bestClash = Infinity;
    for (const l of candidates) {
      const c = clash(labelBox(l, fontSize));
      if (c < bestClash) {
        best = l;
        bestClash = c;
      }
      if (c === 0) break;
    }
    const l = best ?? { x: 0, y: 0, text: '', anchor: 'start' as const };
    placed.push(labelBox(l, fontSize));
    return { ...l, x: r2(l.x), y: r2(l.y) };
  };
}
