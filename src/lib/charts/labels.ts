/**
 * Text of the charts: how much room a text takes (estimated, generous for
 * wide fonts), the box it covers, lines that fit a width, and placing labels
 * among obstacles (points, lines, labels already placed) so that none
 * overlaps another or leaves the drawing. Every text a chart draws is a
 * ChartText in its layout, so its box can be checked. Pure.
 */
import { r2 } from './round.ts';

/** Share of the font size a character advances, on average: ~0.65 em, 0.72 em in bold (DejaVu Sans is among the widest). */
const ADVANCE = { normal: 0.65, bold: 0.72 } as const;
/** Above and below the baseline, in font sizes (DejaVu Sans: ascent 0.93, descent 0.24). */
const ASCENT = 0.95;
const DESCENT = 0.25;

/** Rough advance width of a label, for reserving room. */
export function textWidth(text: string, fontSize = 12, bold = false): number {
  return text.length * fontSize * ADVANCE[bold ? 'bold' : 'normal'];
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

/** A text as drawn: where, what, and how it looks. */
export interface ChartText extends PlacedLabel {
  /** Class names the renderer gives it ("total", "claim-label", …). */
  cls: string;
  bold?: boolean;
  italic?: boolean;
  /** Drawn over lines: a rim of the page background keeps it legible. */
  halo?: boolean;
  /** Fill when it is not the ink (a value written inside a bar). */
  fill?: string;
  /** Underlined: the text names a link (its target is the link's, not the text's). */
  underline?: boolean;
}

/** The box a label's text takes, from its anchor and baseline. */
export function labelBox(l: PlacedLabel, fontSize: number, bold = false): Box {
  const w = textWidth(l.text, fontSize, bold);
  const x0 = l.anchor === 'end' ? l.x - w : l.anchor === 'middle' ? l.x - w / 2 : l.x;
  return { x0, x1: x0 + w, y0: l.y - fontSize * ASCENT, y1: l.y + fontSize * DESCENT };
}

/** The box a chart text takes. */
export const textBox = (t: ChartText, fontSize: number): Box =>
  labelBox(t, fontSize, t.bold ?? false);

/** Height of one line of text, baseline to baseline, at a font size. */
export const lineHeight = (fontSize: number): number => Math.ceil(fontSize * (ASCENT + DESCENT));

/** Whether two boxes share any area (touching edges do not). */
export function overlaps(a: Box, b: Box): boolean {
  return (
    Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 1e-6 &&
    Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 1e-6
  );
}

/** Whether a box lies inside a drawing of the given size. */
export function inside(b: Box, size: { width: number; height: number }): boolean {
  return b.x0 >= -1e-6 && b.y0 >= -1e-6 && b.x1 <= size.width + 1e-6 && b.y1 <= size.height + 1e-6;
}

/**
 * Words in lines no wider than `width` by the estimate; a word wider than
 * the width is cut into pieces that fit.
 */
export function wrapLines(text: string, width: number, fontSize: number, bold = false): string[] {
  const perLine = Math.max(1, Math.floor(width / (fontSize * ADVANCE[bold ? 'bold' : 'normal'])));
  const words = text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) =>
      Array.from({ length: Math.ceil(w.length / perLine) }, (_, i) =>
        w.slice(i * perLine, (i + 1) * perLine),
      ),
    );
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= perLine)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length ? lines : [''];
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
 * A placer that never lets labels overlap: each call takes the first
 * candidate inside the drawing that overlaps no obstacle and no label placed
 * before, or returns undefined when there is none (the caller puts the label
 * elsewhere). The label placed becomes an obstacle for the next.
 */
export function freePlacer(
  obstacles: readonly Box[],
  size: { width: number; height: number },
  fontSize: number,
): (candidates: readonly PlacedLabel[], bold?: boolean) => PlacedLabel | undefined {
  const placed: Box[] = [...obstacles];
  return (candidates, bold = false) => {
    for (const c of candidates) {
      const l = { ...c, x: r2(c.x), y: r2(c.y) };
      const box = labelBox(l, fontSize, bold);
      if (inside(box, size) && !placed.some((b) => overlaps(box, b))) {
        placed.push(box);
        return l;
      }
    }
    return undefined;
  };
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
