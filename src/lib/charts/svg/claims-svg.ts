/**
 * The drawing of the claims-vs-record layout (../claims-vs-record.ts) as an
 * SVG element: grid and axes, the documented running total as a step line
 * with a dot per cohort, each claim's window, its open ring and the bracket
 * of its gap to the record, and the texts; the links' targets beside the
 * picture. Draws only.
 */
import type { Element } from 'hast';
import { s } from 'hastscript';
import type { TimeLayout } from '../claims-vs-record.ts';
import { drawingSvg, textEl, type DrawingOptions } from './marks.ts';

/** The SVG of a claims-vs-record layout. */
export function claimsSvg(l: TimeLayout, o: DrawingOptions): Element {
  const { ink, paper } = o.paint;
  const bottom = l.plot.y + l.plot.height;
  const right = l.plot.x + l.plot.width;
  const grid = s('g', { class: 'grid' }, [
    ...l.yTicks.map((t) =>
      s('line', {
        x1: l.plot.x,
        x2: right,
        y1: t.y,
        y2: t.y,
        stroke: ink,
        'stroke-opacity': t.value === 0 ? 0.8 : 0.2,
        'stroke-width': 1,
      }),
    ),
    ...l.xTicks.map((t) =>
      s('line', { x1: t.x, x2: t.x, y1: bottom, y2: bottom + 4, stroke: ink, 'stroke-width': 1 }),
    ),
  ]);
  const windows = l.claims.flatMap((c) =>
    c.fromX === undefined
      ? []
      : [
          s('g', { class: 'window' }, [
            s('line', { x1: c.fromX, x2: c.x, y1: c.y, y2: c.y, stroke: ink, 'stroke-width': 1.5 }),
            s('line', {
              x1: c.fromX,
              x2: c.fromX,
              y1: c.y - 4,
              y2: c.y + 4,
              stroke: ink,
              'stroke-width': 1.5,
            }),
          ]),
        ],
  );
  const brackets = l.brackets.map((b) =>
    s('path', {
      class: 'gap',
      d: `M${b.x - 4} ${b.y0}H${b.x}V${b.y1}H${b.x - 4}`,
      fill: 'none',
      stroke: ink,
      'stroke-width': 1.25,
    }),
  );
  const step = s('path', {
    class: 'step',
    d: l.stepPath,
    fill: 'none',
    stroke: ink,
    'stroke-width': 2.5,
  });
  const dots = l.steps.map((p) =>
    s('circle', { class: 'step-dot', cx: p.x, cy: p.y, r: 3, fill: ink }),
  );
  const rings = l.claims.map((c) =>
    s('circle', {
      class: 'claim',
      'data-key': c.key,
      'data-value': c.value,
      cx: c.x,
      cy: c.y,
      r: l.pointRadius,
      fill: paper,
      stroke: ink,
      'stroke-width': 2.5,
    }),
  );
  const texts = s(
    'g',
    { class: 'texts' },
    l.texts.map((t) => textEl(t, l.fontSize, o.paint, o.links !== false)),
  );
  return drawingSvg(l, [grid, step, ...windows, ...brackets, ...dots, ...rings, texts], l.links, o);
}
