/**
 * Colour-blind-safe series colours (Okabe & Ito), assigned by the order of
 * series keys so a theme keeps its colour on every chart.
 */
export const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#000000',
] as const;

/** Colour index for each key, in the given order. */
export function colourIndex(keys: readonly string[]): Map<string, number> {
  return new Map(keys.map((k, i) => [k, i % PALETTE.length]));
}
