/**
 * The texts of a bar chart, placed so that none overlaps another or leaves
 * the drawing: row labels, "nothing documented" lines, lane totals (room for
 * them is reserved at the right), the value of each stacked segment written
 * inside it when it fits (else it is read in the data table), tick labels
 * (thinned until they stand apart) and the axis title. Pure.
 */
import { ticks as niceTicks, type ScaleLinear } from 'd3';
import type { LaneDraft } from './bar-lanes.ts';
import type { BarLayout } from './bars.ts';
import { labelBox, lineHeight, overlaps, textWidth, wrapLines, type ChartText } from './labels.ts';
import { textOn } from './palette.ts';
import { r2 } from './round.ts';

/** Room at the right of the plot for the widest "marker + total label" of any lane. */
export function totalRoom(
  lanes: readonly LaneDraft[],
  fontSize: number,
  markerWidth: number,
): number {
  return Math.max(
    textWidth('0', fontSize, true) + 8,
    ...lanes.map(
      (l) => (l.hasUnknown ? markerWidth + 2 : 0) + 4 + textWidth(l.totalLabel, fontSize, true) + 6,
    ),
  );
}

const HEX = /^#[0-9a-f]{6}$/i;

type Placed = Omit<BarLayout, 'ticks' | 'texts' | 'links'>;

interface TextOptions {
  format: (n: number) => string;
  integerTicks: boolean;
  suffix?: string;
}

/** The tick marks kept and every text of a placed bar chart. */
export function barTexts(
  l: Placed,
  x: ScaleLinear<number, number>,
  options: TextOptions,
): { ticks: BarLayout['ticks']; texts: ChartText[] } {
  const fs = l.fontSize;
  const lh = lineHeight(fs);
  const texts: ChartText[] = [];
  for (const row of l.rows) {
    const n = row.labelLines.length;
    row.labelLines.forEach((text, i) =>
      texts.push({
        x: row.labelX,
        y: r2(row.labelY - (n - 1 - i) * lh),
        text,
        anchor: row.labelAnchor,
        cls: 'row-label',
        halo: true,
        ...(row.href ? { underline: true } : {}),
      }),
    );
    if (row.empty && row.emptyText !== undefined) {
      const lines = wrapLines(row.emptyText, l.width - row.emptyX, fs);
      lines.forEach((text, i) =>
        texts.push({
          x: row.emptyX,
          y: r2(row.emptyY + i * lh),
          text,
          anchor: 'start',
          cls: 'empty',
          italic: true,
          halo: true,
        }),
      );
    }
    for (const lane of row.lanes) {
      texts.push({
        x: lane.totalX,
        y: lane.totalY,
        text: lane.totalLabel,
        anchor: 'start',
        cls: lane.tentative ? 'total tentative' : 'total',
        halo: true,
        ...(lane.tentative ? {} : { bold: true }),
      });
      if (lane.tentative || lane.segments.length < 2) continue;
      for (const s of lane.segments) {
        const text = `${options.format(s.value)}${s.hasUnknown ? (options.suffix ?? '+?') : ''}`;
        if (textWidth(text, fs) + 6 > s.width) continue;
        texts.push({
          x: r2(s.x + s.width / 2),
          y: lane.totalY,
          text,
          anchor: 'middle',
          cls: 'value',
          ...(HEX.test(s.colour) ? { fill: textOn(s.colour) } : {}),
        });
      }
    }
  }
  const ticks = keptTicks(l, x, options);
  for (const t of ticks)
    texts.push({ x: t.x, y: l.tickLabelY, text: t.label, anchor: 'middle', cls: 'tick' });
  if (l.axisLabel) texts.push({ ...l.axisLabel, anchor: 'middle', cls: 'axis-label' });
  return { ticks, texts };
}

/** Nice ticks whose labels fit the drawing, every k-th one, k the smallest that keeps labels apart. */
function keptTicks(
  l: Placed,
  x: ScaleLinear<number, number>,
  options: TextOptions,
): BarLayout['ticks'] {
  const domainMax = x.domain()[1] ?? 1;
  const all = niceTicks(0, domainMax, 4)
    .filter((v) => !options.integerTicks || Number.isInteger(v))
    .map((v) => ({ x: r2(l.plotX + x(v)), value: v, label: options.format(v) }));
  const box = (t: (typeof all)[number]) =>
    labelBox({ x: t.x, y: l.tickLabelY, text: t.label, anchor: 'middle' }, l.fontSize);
  const fitting = all.filter((t) => {
    const b = box(t);
    return b.x0 >= 0 && b.x1 <= l.width;
  });
  for (let k = 1; k <= fitting.length; k++) {
    const kept = fitting.filter((_, i) => i % k === 0);
    const apart = kept.every((t, i) => {
      const next = kept[i + 1];
      if (!next) return true;
      const a = box(t);
      const b = box(next);
      return !overlaps({ ...a, x1: a.x1 + 4 }, b);
    });
    if (apart) return kept;
  }
  return fitting.slice(0, 1);
}
