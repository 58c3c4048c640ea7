/**
 * Colour-blind-safe series colours (Okabe & Ito), assigned by the order of
 * series keys so a theme keeps its colour on every chart. The order puts the
 * four colours with at least 3:1 contrast against white first (WCAG 1.4.11
 * for graphical objects); the paler ones are only reached past four series.
 */
export const PALETTE = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#000000',
  '#E69F00',
  '#56B4E9',
  '#F0E442',
] as const;

/** Colours of cohort statuses: held solid blue; planned and announced are also drawn as outlines. */
export const STATUS_COLOURS = {
  held: '#0072B2',
  planned: '#D55E00',
  announced: '#CC79A7',
} as const;

/** Claims set against the record: the documented line uses STATUS_COLOURS.held. */
export const CLAIM_COLOUR = '#D55E00';

/** Lines and markers that are not a series (unknown-size markers, axes). */
export const NEUTRAL = '#555555';

/** Colour index for each key, in the given order. */
export function colourIndex(keys: readonly string[]): Map<string, number> {
  return new Map(keys.map((k, i) => [k, i % PALETTE.length]));
}

/** Colour for each key, in the given order. */
export function seriesColours(keys: readonly string[]): Map<string, string> {
  return new Map(keys.map((k, i) => [k, PALETTE[i % PALETTE.length] ?? PALETTE[0]]));
}
