/**
 * The share image that states the headline contrast (the site's, and the
 * claim check's): per claim date, the claimed number as an outlined bar and
 * the documented number as a solid bar, both in the ink, on one scale, with both numbers
 * written out, the credit's "last updated" line and the site's address. The
 * same rows, bars and colours as the home page's graphic; 1200×630 SVG that
 * the endpoint turns into a PNG.
 */
import type { Lang } from '../../i18n/lang.ts';
import { storyText } from '../../i18n/story.ts';
import { siteText } from '../../i18n/site.ts';
import type { SiteProfile } from '../../schemas/site-profile.ts';
import { contrastBars, type ContrastBar } from '../charts/contrast-bars.ts';
import type { Reconciliation } from '../data/reconcile.ts';
import { contrastRows, type ContrastRow } from '../site/contrast-text.ts';
import { escapeXml, SHARE_IMAGE, wrapText } from './share-image.ts';

export interface ContrastImage {
  kicker: string;
  title: string;
  /** What the bars count ("Peserta menurut klaim, …"). */
  subtitle: string;
  /** One row per claim date, oldest first, with its bars. */
  rows: (ContrastRow & { bar: ContrastBar })[];
  /** The words of the two bars ("klaim", "tercatat"). */
  claimedWord: string;
  documentedWord: string;
  /** "Terakhir diperbarui: 15 Mei 2023". */
  updated: string;
  footer: string;
}

/** The contrast image of the site (title: its name) or of a page (`title` given). */
export function contrastShareImage(
  profile: SiteProfile,
  lang: Lang,
  items: readonly Reconciliation[],
  updated: string,
  title: string = profile.name,
): ContrastImage {
  const bars = contrastBars(
    items.map((r) => ({ claimed: r.claim.data.value, documented: r.documented })),
  );
  return {
    kicker: siteText(profile, lang).shareImage.kicker,
    title,
    subtitle: storyText.shareSubtitle[lang],
    rows: contrastRows(items, lang).map((row, i) => ({
      ...row,
      bar: bars[i] ?? { claimed: 0, documented: 0 },
    })),
    claimedWord: storyText.claimed[lang],
    documentedWord: storyText.documented[lang],
    updated,
    footer: new URL(profile.url).host,
  };
}

const MARGIN = 80;
const TRACK = SHARE_IMAGE.width - 2 * MARGIN;
const INK = '#1b1b1f';
const MUTED = '#55555c';
/** The site's accent, as on the other share images (share-image.ts). */
const ACCENT = '#0b5596';

/** The image as SVG markup: at most three rows fit under the title. */
export function contrastShareImageSvg(image: ContrastImage): string {
  const text = (
    x: number,
    y: number,
    size: number,
    weight: number,
    fill: string,
    s: string,
    end = false,
  ) =>
    `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}"${end ? ' text-anchor="end"' : ''}>${escapeXml(s)}</text>`;
  const parts = [
    text(MARGIN, 92, 28, 400, MUTED, wrapText(image.kicker, 70)[0] ?? ''),
    text(MARGIN, 152, 56, 700, INK, wrapText(image.title, 34)[0] ?? ''),
    text(MARGIN, 198, 26, 400, MUTED, wrapText(image.subtitle, 76)[0] ?? ''),
  ];
  image.rows.slice(-3).forEach((row, i) => {
    const y = 256 + i * 104;
    const bar = (share: number) => Math.round((share / 100) * TRACK * 100) / 100;
    parts.push(
      text(MARGIN, y, 30, 700, INK, row.date),
      text(
        MARGIN + TRACK,
        y,
        30,
        400,
        INK,
        `${image.claimedWord} ${row.claimed} · ${image.documentedWord} ${row.documented}`,
        true,
      ),
      `<rect x="${MARGIN}" y="${y + 16}" width="${bar(row.bar.claimed)}" height="40" fill="none" stroke="${INK}" stroke-width="4"/>`,
      `<rect x="${MARGIN}" y="${y + 16}" width="${bar(row.bar.documented)}" height="40" fill="${INK}"/>`,
    );
  });
  parts.push(
    text(MARGIN, 590, 26, 400, MUTED, image.updated),
    text(SHARE_IMAGE.width - MARGIN, 590, 28, 700, INK, image.footer, true),
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_IMAGE.width}" height="${SHARE_IMAGE.height}" viewBox="0 0 ${SHARE_IMAGE.width} ${SHARE_IMAGE.height}" font-family="sans-serif">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<rect x="0" y="0" width="24" height="${SHARE_IMAGE.height}" fill="${ACCENT}"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
}
