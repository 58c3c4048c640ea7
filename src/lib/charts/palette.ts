/**
 * The colours of the charts, one meaning each. A colour names a theme and
 * nothing else: themes take the Okabe & Ito colours (black left out, it is
 * the ink), in vocabulary order, so a theme keeps its colour on every chart.
 * Everything that is not a theme is drawn without colour and told apart by
 * its mark: a cohort's status by its outline (held solid, planned dashed,
 * announced dotted), the documented record by a line in the ink, a claim by
 * an open ring, counts of cohorts in a neutral grey.
 *
 * The first four theme colours have at least 3:1 contrast against the light
 * and the dark page (WCAG 1.4.11), and every pair of them and the neutrals
 * stays apart under simulated protanopia, deuteranopia and tritanopia
 * (tests/lib/charts/palette.test.ts, with colour-vision.ts); the paler ones
 * are only reached past four themes.
 */
export const PALETTE = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#F0E442',
] as const;

/** The ink: text, axes, the documented record and claims. Follows the page's colour scheme. */
export const INK = 'currentColor';

/** Counts of cohorts (no theme): the page's border grey, 3:1 or more on both page backgrounds. */
export const NEUTRAL = '#767680';

/** The page backgrounds the chart colours are held against (src/styles/global.css). */
export const BACKGROUNDS = { light: '#ffffff', dark: '#16171b' } as const;

/** How each status is drawn: its outline, never its colour. */
export const STATUS_OUTLINE = {
  held: 'solid',
  planned: 'dashed',
  announced: 'dotted',
} as const;
export type Outline = (typeof STATUS_OUTLINE)[keyof typeof STATUS_OUTLINE];

/** stroke-dasharray of an outline, in drawing units. */
export const DASHES: Readonly<Record<Outline, string | undefined>> = {
  solid: undefined,
  dashed: '5 3',
  dotted: '1.5 2.5',
};

/** Colour index for each key, in the given order. */
export function colourIndex(keys: readonly string[]): Map<string, number> {
  return new Map(keys.map((k, i) => [k, i % PALETTE.length]));
}

/** Colour for each key, in the given order. */
export function seriesColours(keys: readonly string[]): Map<string, string> {
  return new Map(keys.map((k, i) => [k, PALETTE[i % PALETTE.length] ?? PALETTE[0]]));
}

/** Relative luminance of a "#rrggbb" colour (WCAG 2.2). */
export function luminance(hex: string): number {
  const channel = (i: number): number => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG contrast ratio of two "#rrggbb" colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Black or white, whichever reads better on a "#rrggbb" fill: for values written inside a bar. */
export function textOn(fill: string): '#000000' | '#ffffff' {
  return contrast(fill, '#000000') >= contrast(fill, '#ffffff') ? '#000000' : '#ffffff';
}
