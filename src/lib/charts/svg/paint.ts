/**
 * How a drawing is painted and what it carries, inline in a page or as a
 * file of its own. Inline, the ink and the paper follow the page's colour
 * scheme (currentColor, and the halo and separator colours set by the page's
 * stylesheet through class names), and the drawing carries its links. A
 * file has fixed colours on a white ground, every style as an attribute (no
 * stylesheet, nothing a Content-Security-Policy would block), and no links.
 */
export interface Paint {
  /** Text, axes, the record and the claims. */
  ink: string;
  /** The ground: fills that hide what is under them. */
  paper: string;
  /** A file of its own: fixed colours as attributes, no links. */
  standalone: boolean;
}

export const INLINE: Paint = { ink: 'currentColor', paper: '#ffffff', standalone: false };
export const FILE: Paint = { ink: '#1b1b1f', paper: '#ffffff', standalone: true };

/** The colour a layout names, with the ink resolved for this paint. */
export const colourOf = (colour: string, paint: Paint): string =>
  colour === 'currentColor' ? paint.ink : colour;

/** Attributes of a rim of paper around a stroke or a text (a class inline, attributes in a file). */
export function rim(paint: Paint, cls: string, width = 3): Record<string, string | number> {
  return paint.standalone
    ? {
        'paint-order': 'stroke',
        stroke: paint.paper,
        'stroke-width': width,
        'stroke-linejoin': 'round',
      }
    : { class: cls };
}
