/**
 * The share image (Open Graph / Twitter card) of a cohort or of the site,
 * as an SVG of 1200×630 that the endpoint turns into a PNG at build time.
 * Text is set in the generic sans-serif family (no web fonts) and wrapped
 * by an estimate of its width; an unknown count is written out as unknown.
 */
import type { Lang } from '../../i18n/lang.ts';
import { siteText } from '../../i18n/site.ts';
import type { Cohort } from '../../schemas/cohort.ts';
import type { SiteProfile } from '../../schemas/site-profile.ts';
import { periodLabel, statusLabel } from '../site/format.ts';
import { participantsLabel } from '../site/participant-words.ts';
import type { Vocabularies } from './types.ts';

export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

export interface ShareImage {
  /** Small line above the title (the programme, or the site's purpose). */
  kicker: string;
  title: string;
  /** Lines under the title, each wrapped on its own. */
  lines: string[];
  /** A status shown as a badge. */
  badge?: { text: string; status: Cohort['status'] } | undefined;
  footer: string;
}

const BADGE: Record<Cohort['status'], { fill: string; text: string; dashed: boolean }> = {
  held: { fill: '#ffffff', text: '#0b5596', dashed: false },
  planned: { fill: '#fff1e0', text: '#8a3f00', dashed: true },
  announced: { fill: '#f5effa', text: '#5b3a78', dashed: true },
};

/** Text safe inside SVG markup. */
export const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Words of `text` in lines of at most `max` characters (a longer word gets a line of its own). */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= max) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Characters that fit a width at a font size (sans-serif averages about 0.56 em a character). */
const fit = (width: number, size: number): number => Math.floor(width / (size * 0.56));

const MARGIN = 80;
const TEXT_WIDTH = SHARE_IMAGE.width - 2 * MARGIN;

/** The image as SVG markup. */
export function shareImageSvg(image: ShareImage): string {
  const parts: string[] = [];
  let y = 120;
  const textLine = (s: string, size: number, weight: number, fill: string) => {
    parts.push(
      `<text x="${MARGIN}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(s)}</text>`,
    );
  };
  for (const l of wrapText(image.kicker, fit(TEXT_WIDTH, 30)).slice(0, 2)) {
    textLine(l, 30, 400, '#d6e6f5');
    y += 40;
  }
  y += 40;
  const title = wrapText(image.title, fit(TEXT_WIDTH, 64)).slice(0, 3);
  for (const l of title) {
    textLine(l, 64, 700, '#ffffff');
    y += 76;
  }
  y += 8;
  for (const line of image.lines) {
    for (const l of wrapText(line, fit(TEXT_WIDTH, 32)).slice(0, 2)) {
      if (y > 520) break;
      textLine(l, 32, 400, '#ffffff');
      y += 44;
    }
  }
  if (image.badge) {
    const b = BADGE[image.badge.status];
    const w = Math.round(image.badge.text.length * 30 * 0.66 + 48);
    parts.push(
      `<rect x="${MARGIN}" y="534" width="${w}" height="52" rx="26" fill="${b.fill}" stroke="#ffffff" stroke-width="3"${b.dashed ? ' stroke-dasharray="10 6"' : ''}/>`,
      `<text x="${MARGIN + w / 2}" y="570" font-size="30" font-weight="700" fill="${b.text}" text-anchor="middle">${escapeXml(image.badge.text)}</text>`,
    );
  }
  parts.push(
    `<text x="${SHARE_IMAGE.width - MARGIN}" y="570" font-size="30" font-weight="700" fill="#ffffff" text-anchor="end">${escapeXml(image.footer)}</text>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_IMAGE.width}" height="${SHARE_IMAGE.height}" viewBox="0 0 ${SHARE_IMAGE.width} ${SHARE_IMAGE.height}" font-family="sans-serif">`,
    `<rect width="100%" height="100%" fill="#0b5596"/>`,
    `<rect x="0" y="0" width="24" height="${SHARE_IMAGE.height}" fill="#b34700"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
}

/** The share image of a cohort: programme, theme, period, place, participants and status. */
export function cohortShareImage(
  cohort: Cohort,
  lang: Lang,
  v: Vocabularies,
  profile: SiteProfile,
): ShareImage {
  const label = (map: Vocabularies['themes'], key: string) => map.get(key)?.label[lang] ?? key;
  const participants = participantsLabel(cohort.participants, v['participant-groups'], lang);
  return {
    kicker: label(v.programmes, cohort.programme),
    title: label(v.themes, cohort.theme),
    lines: [
      `${periodLabel(cohort.period, lang)} · ${label(v.places, cohort.place)}`,
      `${lang === 'id' ? 'Peserta' : 'Participants'}: ${participants}`,
    ],
    badge: { text: statusLabel(cohort.status, lang), status: cohort.status },
    footer: profile.name,
  };
}

/** The share image of every other page: the site's name, what it follows, and its address. */
export function siteShareImage(profile: SiteProfile, lang: Lang): ShareImage {
  const { kicker, lines } = siteText(profile, lang).shareImage;
  return { kicker, title: profile.name, lines: [...lines], footer: new URL(profile.url).host };
}
