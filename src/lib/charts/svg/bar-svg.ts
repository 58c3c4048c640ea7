/**
 * The drawing of a placed bar layout (../bars.ts) as an SVG element: grid,
 * bars, unknown markers and texts in the picture, the links' targets beside
 * it. Draws only: every position, text and colour comes from the layout.
 */
import type { Element, ElementContent } from 'hast';
import { s } from 'hastscript';
import type { BarLayout, PlacedLane } from '../bars.ts';
import { DASHES } from '../palette.ts';
import { drawingSvg, textEl, type DrawingOptions } from './marks.ts';
import { colourOf, rim, type Paint } from './paint.ts';

function lane(l: PlacedLane, paint: Paint): ElementContent[] {
  const segs = l.segments.map((sg) => {
    const colour = colourOf(sg.colour, paint);
    const attrs = sg.tentative
      ? {
          class: 'seg tentative',
          'fill-opacity': 0.15,
          stroke: colour,
          'stroke-width': 1.5,
          'stroke-dasharray': DASHES[sg.outline ?? 'dashed'],
        }
      : { ...rim(paint, 'seg', 1), class: 'seg', 'stroke-width': 1 };
    return s('rect', {
      'data-key': sg.key,
      'data-value': sg.value,
      x: sg.x,
      y: sg.y,
      width: sg.width,
      height: sg.height,
      fill: colour,
      ...attrs,
    });
  });
  const m = l.marker;
  return [
    ...segs,
    ...(m
      ? [
          s('path', {
            class: 'unknown-marker',
            d: m.path,
            fill: 'none',
            stroke: paint.ink,
            'stroke-width': 1.5,
            'stroke-dasharray': '2 2',
          }),
        ]
      : []),
  ];
}

/** The SVG of a bar layout. */
export function barSvg(l: BarLayout, o: DrawingOptions): Element {
  const ink = o.paint.ink;
  const grid = s(
    'g',
    { class: 'grid' },
    l.ticks.map((t) =>
      s('line', {
        x1: t.x,
        x2: t.x,
        y1: l.gridTop,
        y2: l.axisY,
        stroke: ink,
        'stroke-opacity': t.value === 0 ? 0.8 : 0.2,
        'stroke-width': 1,
      }),
    ),
  );
  const rows = l.rows.map((row) =>
    s(
      'g',
      { class: 'row', 'data-row': row.key },
      row.lanes.flatMap((ln) => lane(ln, o.paint)),
    ),
  );
  const texts = s(
    'g',
    { class: 'texts' },
    l.texts.map((t) => textEl(t, l.fontSize, o.paint, o.links !== false)),
  );
  return drawingSvg(l, [grid, ...rows, texts], l.links, o);
}
