/**
 * A chart as a file of its own (the SVG to download, and the drawing the PNG
 * is made from): the title, the wide drawing, the legend and the lines that
 * say where it comes from, on a white ground, with fixed colours and every
 * style as an attribute, so it reads the same in any viewer and needs no
 * stylesheet. Texts are wrapped by the same estimate the layouts use.
 */
import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { s } from 'hastscript';
import { lineHeight, wrapLines } from '../labels.ts';
import type { ChartModel } from '../models.ts';
import { barSvg } from './bar-svg.ts';
import { claimsSvg } from './claims-svg.ts';
import { FILE } from './paint.ts';
import { SWATCH, swatchShapes } from './swatch.ts';

const MARGIN = 16;
const FONT =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif";
const MUTED = '#55555c';

interface Lines {
  els: Element[];
  height: number;
}

/** Lines of text from `top`, wrapped to `width`, at x. */
function lines(
  text: string,
  at: { x: number; top: number; width: number },
  style: { size: number; bold?: boolean; fill: string },
): Lines {
  const lh = lineHeight(style.size);
  const wrapped = wrapLines(text, at.width, style.size, style.bold ?? false);
  return {
    els: wrapped.map((t, i) =>
      s(
        'text',
        {
          x: at.x,
          y: Math.round((at.top + style.size * 0.95 + i * lh) * 100) / 100,
          'font-size': style.size,
          ...(style.bold ? { 'font-weight': 'bold' } : {}),
          fill: style.fill,
        },
        t,
      ),
    ),
    height: wrapped.length * lh,
  };
}

/** The chart file: an SVG document, title to source lines. */
export function chartFileSvg(model: ChartModel, footer: readonly string[]): string {
  const layout = model.layout;
  const width = layout.width + 2 * MARGIN;
  const inner = layout.width;
  const body: Element[] = [];
  let y = MARGIN;
  const title = lines(
    model.title,
    { x: MARGIN, top: y, width: inner },
    { size: 17, bold: true, fill: FILE.ink },
  );
  body.push(...title.els);
  y += title.height + 10;
  const drawing =
    model.kind === 'bars'
      ? barSvg(model.layout, { paint: FILE })
      : claimsSvg(model.layout, { paint: FILE });
  drawing.properties = { ...drawing.properties, x: String(MARGIN), y: String(y) };
  delete drawing.properties['xmlns'];
  body.push(drawing);
  y += layout.height + 12;
  for (const item of model.legend) {
    const label = lines(
      item.label,
      { x: MARGIN + SWATCH.width + 8, top: y, width: inner - SWATCH.width - 8 },
      { size: 13, fill: FILE.ink },
    );
    body.push(
      s('g', { transform: `translate(${MARGIN} ${y + 2})` }, swatchShapes(item, FILE)),
      ...label.els,
    );
    y += Math.max(label.height, SWATCH.height) + 4;
  }
  y += 8;
  for (const text of footer) {
    const l = lines(text, { x: MARGIN, top: y, width: inner }, { size: 12, fill: MUTED });
    body.push(...l.els);
    y += l.height;
  }
  const height = Math.ceil(y + MARGIN);
  const root = s(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      'font-family': FONT,
    },
    [
      s('title', model.title),
      s('desc', model.description),
      s('rect', { width, height, fill: FILE.paper }),
      ...body,
    ],
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${toHtml(root, { space: 'svg' })}\n`;
}
