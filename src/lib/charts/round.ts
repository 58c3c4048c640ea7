/**
 * Coordinates written into the SVG, rounded to hundredths: small and stable
 * output, the same bytes on every build.
 */
export const r2 = (v: number): number => Math.round(v * 100) / 100;
