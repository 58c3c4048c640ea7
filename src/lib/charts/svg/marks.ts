/**
 * The parts every chart drawing shares, as hast elements (hastscript): the
 * root <svg>, a text from its ChartText, a link with its invisible tap
 * target, and the two groups every inline drawing has — a role="img" group
 * named by the figure's title and description, and the links beside it
 * (an image's children are presentational and must not be focusable).
 * Text and attribute values are escaped when the tree is written out.
 */
import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { s } from 'hastscript';
import type { ChartText } from '../labels.ts';
import type { ChartLink } from '../targets.ts';
import { colourOf, type Paint } from './paint.ts';

export interface DrawingOptions {
  paint: Paint;
  /** Ids of the elements that name and describe the chart (inline only). */
  labelledBy?: string;
  /** Class names of the <svg> besides "chart-svg". */
  cls?: string;
  /** Carry the links (inline, default true): a drawing for another site's frame has none. */
  links?: boolean;
}

/** SVG elements as markup for a page (escaped by hast-util-to-html; attribute names as SVG spells them). */
export const markup = (node: Element | readonly Element[]): string =>
  toHtml(Array.isArray(node) ? { type: 'root', children: [...node] } : (node as Element), {
    space: 'svg',
  });

/** One text of a layout; a text naming a link is underlined only where the link is. */
export function textEl(t: ChartText, fontSize: number, paint: Paint, links = true): Element {
  const halo = t.halo
    ? paint.standalone
      ? {
          'paint-order': 'stroke',
          stroke: paint.paper,
          'stroke-width': 3,
          'stroke-linejoin': 'round',
        }
      : {}
    : {};
  return s(
    'text',
    {
      class: t.halo && !paint.standalone ? `${t.cls} halo` : t.cls,
      x: t.x,
      y: t.y,
      'font-size': fontSize,
      ...(t.anchor === 'start' ? {} : { 'text-anchor': t.anchor }),
      ...(t.bold ? { 'font-weight': 'bold' } : {}),
      ...(t.italic ? { 'font-style': 'italic' } : {}),
      ...(t.underline && links && !paint.standalone ? { 'text-decoration': 'underline' } : {}),
      fill: colourOf(t.fill ?? 'currentColor', paint),
      ...halo,
    },
    t.text,
  );
}

/** A link: its name, and a transparent target that takes the taps. */
export function linkEl(link: ChartLink): Element {
  const r = link.rect;
  return s('a', { href: link.href, class: link.cls }, [
    s('title', link.title),
    s('rect', {
      class: 'hit',
      x: r.x,
      y: r.y,
      width: r.width,
      height: r.height,
      fill: '#ffffff',
      'fill-opacity': 0,
    }),
  ]);
}

/** The <svg> of a drawing: the picture, then (inline) its links. */
export function drawingSvg(
  size: { width: number; height: number },
  picture: ElementContent[],
  links: readonly ChartLink[],
  o: DrawingOptions,
): Element {
  const standalone = o.paint.standalone;
  return s(
    'svg',
    {
      class: o.cls ? `chart-svg ${o.cls}` : 'chart-svg',
      viewBox: `0 0 ${size.width} ${size.height}`,
      width: size.width,
      height: size.height,
      ...(standalone ? {} : { role: 'group' }),
      xmlns: 'http://www.w3.org/2000/svg',
    },
    [
      s('g', standalone ? {} : { role: 'img', 'aria-labelledby': o.labelledBy }, picture),
      ...(standalone || o.links === false || links.length === 0
        ? []
        : [s('g', { class: 'links' }, links.map(linkEl))]),
    ],
  );
}
