/**
 * What a bar row is made of, and which lane each segment goes in: counted
 * segments in the row's bar, tentative ones (planned, announced) in a lane of
 * their own, never stacked onto the counted bar. A lane's total is the length
 * of its stack, and its label ends in the unknown suffix when any segment is
 * a minimum, and is "?" when nothing in the lane is known (`countShort`).
 * Segments with nothing known and no unknown group are not drawn.
 */
import { countShort } from '../site/count-words.ts';

export interface BarSegmentInput {
  /** Series key (theme, status); unique within a row and lane. */
  key: string;
  /** Known count (never includes groups of unknown size). */
  value: number;
  /** This segment's count is a minimum: some group's size is unknown. */
  hasUnknown: boolean;
  /** Not (yet) held: planned or announced. Drawn in the row's second lane, not counted. */
  tentative?: boolean;
  /** Outline of a tentative segment (its status); dashed when not given. */
  outline?: 'dashed' | 'dotted';
  /** Series colour (a hex value, used as an SVG presentation attribute). */
  colour: string;
  href?: string;
  /** Tooltip and accessible name of the segment's link. */
  title: string;
}

export interface BarRowInput {
  /** Stable key (the year, the theme key). */
  key: string;
  label: string;
  href?: string;
  segments: BarSegmentInput[];
  /** Text drawn in the plot area when the row has nothing at all. */
  emptyText?: string;
}

/** A lane before placement. */
export interface LaneDraft {
  tentative: boolean;
  /** The segments drawn in the lane, in input order. */
  inputs: BarSegmentInput[];
  /** Length of the stack: the sum of the segments' known values. */
  total: number;
  /** Some segment is a minimum. */
  hasUnknown: boolean;
  /** The total as drawn: formatted, with the unknown suffix when a minimum, "?" when nothing is known. */
  totalLabel: string;
}

/** The lanes of a row: the counted lane, then the tentative lane, each only when it has a segment. */
export function draftLanes(
  row: BarRowInput,
  format: (n: number) => string,
  suffix: string,
): LaneDraft[] {
  const lanes: LaneDraft[] = [];
  for (const tentative of [false, true]) {
    const inputs = row.segments.filter(
      (s) => Boolean(s.tentative) === tentative && (s.value > 0 || s.hasUnknown),
    );
    if (inputs.length === 0) continue;
    const total = inputs.reduce((sum, s) => sum + s.value, 0);
    const hasUnknown = inputs.some((s) => s.hasUnknown);
    lanes.push({
      tentative,
      inputs,
      total,
      hasUnknown,
      totalLabel: countShort({ known: total, hasUnknown }, format, { suffix }),
    });
  }
  return lanes;
}
