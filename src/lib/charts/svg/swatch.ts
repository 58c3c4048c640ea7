/**
 * The small drawing beside a legend entry, 20 × 12 units, as hast elements:
 * the same marks the charts draw (a solid block, a dashed or dotted outline,
 * the open "+?" marker, the step line, a claim's ring, a window, a gap's
 * bracket). Used by the page's legend and by the chart files.
 */
import type { Element } from 'hast';
import { s } from 'hastscript';
import type { LegendItem } from '../models.ts';
import { DASHES } from '../palette.ts';
import { colourOf, type Paint } from './paint.ts';

export const SWATCH = { width: 20, height: 12 } as const;

/** The shapes of a legend item's swatch. */
export function swatchShapes(item: LegendItem, paint: Paint): Element[] {
  const c = colourOf(item.colour, paint);
  const ink = paint.ink;
  const outline = (dash: string | undefined): Element =>
    s('rect', {
      x: 1.5,
      y: 2.5,
      width: 17,
      height: 7,
      fill: c,
      'fill-opacity': 0.15,
      stroke: c,
      'stroke-width': 1.5,
      'stroke-dasharray': dash,
    });
  if (item.pattern === undefined)
    return [s('rect', { x: 1, y: 1, width: 18, height: 10, fill: c })];
  switch (item.pattern) {
    case 'tentative':
      return [outline(DASHES.dashed)];
    case 'dotted':
      return [outline(DASHES.dotted)];
    case 'unknown':
      return [
        s('path', {
          d: 'M1 1.5h18M1 10.5h18',
          fill: 'none',
          stroke: ink,
          'stroke-width': 1.5,
          'stroke-dasharray': '2 2',
        }),
      ];
    case 'line':
      return [s('path', { d: 'M1 9h7V3h11', fill: 'none', stroke: c, 'stroke-width': 2.5 })];
    case 'point':
      return [
        s('circle', {
          class: 'claim',
          cx: 10,
          cy: 6,
          r: 4,
          fill: paint.paper,
          stroke: c,
          'stroke-width': 2,
        }),
      ];
    case 'window':
      return [s('path', { d: 'M1 2v8M1 6h18', fill: 'none', stroke: c, 'stroke-width': 1.5 })];
    case 'bracket':
      return [s('path', { d: 'M6 1.5h4v9h-4', fill: 'none', stroke: c, 'stroke-width': 1.25 })];
  }
}
