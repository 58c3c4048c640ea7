/**
 * One lane of a bar row placed on the chart's scale: its segments'
 * rectangles stacked from the plot's left edge, the open "+?" marker when
 * its total is a minimum, the spot of its total label, and the tap targets
 * of its links (each linked segment, then the marker), all in one band
 * TARGET units tall; when the targets cannot all fit the band, the lane
 * keeps no link. Pure.
 */
import type { ScaleLinear } from 'd3';
import type { LaneDraft } from './bar-lanes.ts';
import type { PlacedLane, PlacedSegment, UnknownMarker } from './bars.ts';
import { r2 } from './round.ts';
import { TARGET, bandTargets, type ChartLink } from './targets.ts';

export interface LaneGeometry {
  plotX: number;
  x: ScaleLinear<number, number>;
  barHeight: number;
  tentativeHeight: number;
  markerWidth: number;
  fontSize: number;
  /** Width of the drawing: targets stay inside it. */
  width: number;
}

/** The lane drafted as `d`, in the band starting at `bandY`, with its links. */
export function placeLane(
  d: LaneDraft,
  bandY: number,
  g: LaneGeometry,
): { lane: PlacedLane; links: ChartLink[] } {
  const { plotX, x, markerWidth } = g;
  const height = d.tentative ? g.tentativeHeight : g.barHeight;
  const y = bandY + (TARGET - height) / 2;
  let offset = 0;
  const segments: PlacedSegment[] = [];
  for (const s of d.inputs) {
    if (s.value > 0)
      segments.push({
        ...s,
        x: r2(plotX + x(offset)),
        y: r2(y),
        width: r2(x(offset + s.value) - x(offset)),
        height,
      });
    offset += s.value;
  }
  const end = plotX + x(offset);
  const unknowns = d.inputs.filter((s) => s.hasUnknown);
  const firstHref = unknowns.find((s) => s.href)?.href;
  const marker: UnknownMarker | undefined = d.hasUnknown
    ? {
        x: r2(end + 1),
        y: r2(y),
        width: markerWidth,
        height,
        path: `M${r2(end + 1)} ${r2(y + 0.5)}h${markerWidth}M${r2(end + 1)} ${r2(y + height - 0.5)}h${markerWidth}`,
        title: unknowns.map((s) => s.title).join('; '),
        ...(firstHref ? { href: firstHref } : {}),
      }
    : undefined;
  return {
    lane: {
      tentative: d.tentative,
      y: r2(y),
      height,
      segments,
      total: d.total,
      hasUnknown: d.hasUnknown,
      ...(marker ? { marker } : {}),
      totalLabel: d.totalLabel,
      totalX: r2(end + (marker ? markerWidth + 2 : 0) + 4),
      totalY: r2(y + height / 2 + g.fontSize * 0.35),
      bandY: r2(bandY),
    },
    links: laneLinks(segments, marker, { y: bandY, height: TARGET }, g.width),
  };
}

/** The links of a lane: one per linked segment, then the marker's; none when their targets do not fit. */
function laneLinks(
  segments: readonly PlacedSegment[],
  marker: UnknownMarker | undefined,
  band: { y: number; height: number },
  width: number,
): ChartLink[] {
  const items = [
    ...segments.flatMap((s) =>
      s.href ? [{ href: s.href, title: s.title, cls: 'bar', x0: s.x, x1: s.x + s.width }] : [],
    ),
    ...(marker?.href
      ? [
          {
            href: marker.href,
            title: marker.title,
            cls: 'unknown',
            x0: marker.x,
            x1: marker.x + marker.width,
          },
        ]
      : []),
  ];
  const rects = bandTargets(items, band, 0, width);
  if (!rects) return [];
  return items.map((it, i) => ({
    href: it.href,
    title: it.title,
    cls: it.cls,
    rect: rects[i] ?? { x: 0, y: 0, width: 0, height: 0 },
  }));
}
