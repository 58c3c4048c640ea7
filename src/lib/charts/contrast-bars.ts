/**
 * Geometry of the headline contrast's bars: for each claim, the length of
 * the claimed number and of the documented number on one scale shared by
 * every row, as a share of the track (0–100), so the rows compare with each
 * other as well as within themselves. Pure; the component only draws.
 */
import { r2 } from './round.ts';

/** A claim's two numbers. */
export interface ContrastValues {
  claimed: number;
  documented: number;
}

/** Lengths of the two bars of a row, as a share of the track (0–100). */
export interface ContrastBar {
  claimed: number;
  documented: number;
}

/** The bars of every row on the scale of the largest number of all. */
export function contrastBars(rows: readonly ContrastValues[]): ContrastBar[] {
  const max = Math.max(0, ...rows.flatMap((r) => [r.claimed, r.documented]));
  const share = (n: number) => (max === 0 ? 0 : r2((Math.max(0, n) / max) * 100));
  return rows.map((r) => ({ claimed: share(r.claimed), documented: share(r.documented) }));
}
