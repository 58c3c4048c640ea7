/**
 * The two drawings of every chart: one for phones, one for wider screens,
 * each laid out at the width it is shown at, so that a drawing unit is about
 * a CSS pixel. The page shows the narrow drawing below BREAKPOINT_REM and
 * the wide one from it on (ChartDrawing.astro), without JavaScript:
 * - narrow: NARROW.width is the column of a 360 px phone (360 − 2 × 16 px of
 *   padding), so its 13-unit text is 13 px there (at least 12 px from a
 *   335 px screen up), and it grows at most to 26 rem (16.5 px text);
 * - wide: WIDE.width is the column at the breakpoint (640 − 2 × 24 px), so
 *   it is never drawn smaller than its units; it grows with the column to
 *   48 rem − 48 px = 720 px, text at most 15.8 px, under the 18 px body text.
 * Tap targets (targets.ts) are 44 units: 44 px or more wherever the drawing
 * is not shrunk.
 */
export const BREAKPOINT_REM = 40;

export interface DrawingSize {
  width: number;
  fontSize: number;
  /** Height of the time chart (bar charts grow with their rows). */
  timeHeight: number;
}

export const NARROW: DrawingSize = { width: 328, fontSize: 13, timeHeight: 300 };
export const WIDE: DrawingSize = { width: 592, fontSize: 13, timeHeight: 340 };

/** Largest width the narrow drawing is shown at, in rem (above it, it would outgrow body text). */
export const NARROW_MAX_REM = 26;

export type Variant = 'narrow' | 'wide';
export const SIZES: Readonly<Record<Variant, DrawingSize>> = { narrow: NARROW, wide: WIDE };
