/**
 * The texts of the claims chart, none overlapping another, a mark or a line,
 * all inside the drawing: the axes' labels (fixed; year labels thinned until
 * they stand apart), then the end of the step line, each claim's value and
 * each gap's "selisih …", every one at the first free spot beside what it
 * names. A label that finds no free spot is listed under the chart, one line
 * each, with its date, and the drawing grows to hold it. Pure.
 */
import {
  freePlacer,
  labelBox,
  labelCandidates,
  lineHeight,
  overlaps,
  textBox,
  textWidth,
  wrapLines,
  type Box,
  type ChartText,
  type PlacedLabel,
} from './labels.ts';
import { r2 } from './round.ts';

/** The gap between a claimed number and the record under the claim's scope. */
export interface Bracket {
  /** Where the bracket stands, right of the claims it belongs to. */
  x: number;
  /** From just under the claim's mark… */
  y0: number;
  /** …down to the documented number. */
  y1: number;
  date: string;
  /** Claimed minus documented. */
  gap: number;
  label: string;
}

export interface ClaimTextInput {
  width: number;
  height: number;
  fontSize: number;
  plot: { x: number; y: number; width: number; height: number };
  /** Marks and lines the labels keep off. */
  obstacles: readonly Box[];
  /** A tick per year of the axis. */
  xTicks: readonly { x: number; label: string }[];
  /** Start with every other year (long spans). */
  everyOther: boolean;
  yTicks: readonly { y: number; value: number; label: string }[];
  yAxisTitle?: string;
  /** The end of the step line and its label. */
  step?: { x: number; y: number; text: string };
  /** The claims' labels, each beside the marks it names (r: half their width). */
  claims: readonly { x: number; y: number; r: number; text: string; date: string }[];
  brackets: readonly Bracket[];
  overflow: (date: string, label: string) => string;
  /** The last line when more labels than MAX_LISTED have no room: how many more, and where they are. */
  more?: (count: number) => string;
}

/**
 * Labels listed under the drawing at most: past this, one line says how many
 * more there are (the table under the chart lists every claim). Without a
 * bound the drawing grows with the number of claims, past what can be
 * rasterised (1760 claims made an SVG over 32767 px high).
 */
export const MAX_LISTED = 24;

export interface ClaimTexts {
  texts: ChartText[];
  /** The drawing's height, grown when labels are listed under it. */
  height: number;
  claimLabels: PlacedLabel[];
  /** For each claim label: listed under the chart, not beside its marks. */
  claimListed: boolean[];
  stepLabel?: PlacedLabel;
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; value: number; label: string }[];
  yAxisLabel?: PlacedLabel;
}

/** Width of the column of y tick labels, right-aligned before the plot. */
export const yTickRoom = (labels: readonly string[], fontSize: number): number =>
  Math.ceil(Math.max(0, ...labels.map((l) => textWidth(l, fontSize))) + 10);

/** Every text of the claims chart, placed. */
export function claimTexts(input: ClaimTextInput): ClaimTexts {
  const { width, fontSize: fs, plot } = input;
  const lh = lineHeight(fs);
  const bottom = plot.y + plot.height;
  const texts: ChartText[] = [];
  const yTicks = input.yTicks.map((t) => ({ ...t }));
  for (const t of yTicks)
    texts.push({
      x: plot.x - 6,
      y: r2(t.y + fs * 0.35),
      text: t.label,
      anchor: 'end',
      cls: 'tick',
    });
  // Year labels start under the descent of the y axis's "0".
  const yearY = r2(bottom + Math.ceil(1.6 * fs));
  const xTicks = thinYears(input.xTicks, yearY, width, fs, input.everyOther ? 2 : 1);
  for (const t of xTicks)
    texts.push({ x: t.x, y: yearY, text: t.label, anchor: 'middle', cls: 'tick' });
  let yAxisLabel: PlacedLabel | undefined;
  if (input.yAxisTitle) {
    wrapLines(input.yAxisTitle, width - 8, fs)
      .slice(0, 2)
      .forEach((text, i) => {
        const l = { x: 4, y: fs + 2 + i * lh, text, anchor: 'start' as const };
        yAxisLabel ??= l;
        texts.push({ ...l, cls: 'axis-label' });
      });
  }
  const size = { width, height: input.height };
  const place = freePlacer([...input.obstacles, ...texts.map((t) => textBox(t, fs))], size, fs);
  const unplaced: { date: string; text: string; bold: boolean }[] = [];
  const put = (
    candidates: PlacedLabel[],
    meta: Omit<ChartText, keyof PlacedLabel>,
    date: string,
  ): PlacedLabel | undefined => {
    const l = place(candidates, meta.bold ?? false);
    if (l) texts.push({ ...l, ...meta });
    else if (candidates[0])
      unplaced.push({ date, text: candidates[0].text, bold: meta.bold ?? false });
    return l;
  };

  const step = input.step;
  const stepLabel = step
    ? put(
        [
          { x: step.x, y: step.y - 6, text: step.text, anchor: 'end' },
          ...aroundPoint(step.x, step.y, 3, step.text, fs),
        ],
        { cls: 'step-label', halo: true },
        '',
      )
    : undefined;
  const claimLabels = input.claims.map((c) =>
    put(
      aroundPoint(c.x, c.y, c.r, c.text, fs),
      { cls: 'claim-label', bold: true, halo: true },
      c.date,
    ),
  );
  for (const b of input.brackets)
    put(alongBracket(b, fs), { cls: 'gap-label', italic: true, halo: true }, b.date);

  // Labels without room beside their marks, listed under the axis.
  let baseline = yearY + lh + 6;
  const listed = new Map<string, PlacedLabel>();
  const more = unplaced.length - MAX_LISTED;
  const lines = unplaced.slice(0, MAX_LISTED).map((u) => ({
    key: `${u.date}|${u.text}`,
    line: u.date ? input.overflow(u.date, u.text) : u.text,
    bold: u.bold,
  }));
  if (more > 0)
    lines.push({ key: '', line: input.more ? input.more(more) : `+${more}`, bold: false });
  for (const u of lines) {
    for (const [i, text] of wrapLines(u.line, width - 8, fs, u.bold).entries()) {
      const l = { x: 4, y: r2(baseline), text, anchor: 'start' as const };
      if (i === 0 && u.key) listed.set(u.key, l);
      texts.push({ ...l, cls: 'overflow', ...(u.bold ? { bold: true } : {}) });
      baseline += lh;
    }
  }
  const height = unplaced.length
    ? Math.max(input.height, r2(baseline - lh + fs * 0.25 + 6))
    : input.height;
  const fallback = (date: string, text: string): PlacedLabel =>
    listed.get(`${date}|${text}`) ?? { x: 4, y: 0, text, anchor: 'start' };
  return {
    texts,
    height,
    claimListed: claimLabels.map((l) => l === undefined),
    claimLabels: claimLabels.map(
      (l, i) => l ?? fallback(input.claims[i]?.date ?? '', input.claims[i]?.text ?? ''),
    ),
    ...(stepLabel ? { stepLabel } : {}),
    xTicks,
    yTicks,
    ...(yAxisLabel ? { yAxisLabel } : {}),
  };
}

/** Spots around a point, nearest first, then up to three lines further above, below and aside. */
function aroundPoint(x: number, y: number, r: number, text: string, fs: number): PlacedLabel[] {
  const line = lineHeight(fs) + 2;
  const mid = y + fs * 0.35;
  const further = [2, 3, 4].flatMap((k) => [
    { x, y: y - r - 4 - k * line, text, anchor: 'middle' as const },
    { x: x - r - 3, y: mid - k * line, text, anchor: 'end' as const },
    { x: x - r - 3, y: mid + k * line, text, anchor: 'end' as const },
    { x: x + r + 3, y: mid - k * line, text, anchor: 'start' as const },
    { x: x + r + 3, y: mid + k * line, text, anchor: 'start' as const },
  ]);
  return [...labelCandidates(x, y, r, text, fs), ...further];
}

/**
 * Spots right beside a gap's bracket, right then left of it, from the middle
 * of its span outwards: a label touches its own bracket, so no other bracket
 * can stand between them (the other brackets are obstacles).
 */
function alongBracket(b: Bracket, fs: number): PlacedLabel[] {
  const step = lineHeight(fs) / 2;
  const mid = (b.y0 + b.y1) / 2;
  const ys: number[] = [];
  for (let y = b.y0 + fs * 0.95; y <= b.y1 + 1e-9; y += step) ys.push(y);
  ys.sort((p, q) => Math.abs(p - mid) - Math.abs(q - mid) || p - q);
  return ys.flatMap((y) => [
    { x: b.x + 4, y: y - fs * 0.35, text: b.label, anchor: 'start' as const },
    { x: b.x - 6, y: y - fs * 0.35, text: b.label, anchor: 'end' as const },
  ]);
}

/** Every k-th year label, k the smallest from `start` that keeps them apart and inside the width. */
function thinYears(
  ticks: readonly { x: number; label: string }[],
  y: number,
  width: number,
  fs: number,
  start: number,
): { x: number; label: string }[] {
  const box = (t: { x: number; label: string }): Box =>
    labelBox({ x: t.x, y, text: t.label, anchor: 'middle' }, fs);
  for (let k = start; k <= Math.max(start, ticks.length); k++) {
    const kept = ticks.filter((t, i) => i % k === 0 && box(t).x0 >= 0 && box(t).x1 <= width);
    const apart = kept.every((t, i) => {
      const next = kept[i + 1];
      if (!next) return true;
      const a = box(t);
      return !overlaps({ ...a, x1: a.x1 + 4 }, box(next));
    });
    if (apart) return kept;
  }
  return ticks.slice(0, 1);
}
