import { describe, expect, it } from 'vitest';
import {
  cohortShareImage,
  shareImageSvg,
  siteShareImage,
  wrapText,
} from '../../../src/lib/opendata/share-image.ts';
import { WATER, realCohort, realInput } from './fixtures.ts';

const v = realInput().vocabularies;

describe('wrapText', () => {
  it('breaks between words within the width, a long word alone', () => {
    expect(wrapText('Pelayanan Publik di Singapura', 12)).toEqual([
      'Pelayanan',
      'Publik di',
      'Singapura',
    ]);
    expect(wrapText('a verylongwordindeed b', 5)).toEqual(['a', 'verylongwordindeed', 'b']);
  });
});

describe('cohortShareImage', () => {
  it('shows theme, period, participants (unknown as unknown) and status', () => {
    const image = cohortShareImage(realCohort(WATER).data, 'id', v);
    expect(image).toMatchObject({
      kicker: 'Singapore Cooperation Programme (SCP)',
      title: 'Pengelolaan Air',
      badge: { text: 'direncanakan', status: 'planned' },
    });
    expect(image.lines.join(' ')).toContain('15–19 Mei 2023');
    expect(image.lines.join(' ')).toContain('tidak diketahui');
    const en = cohortShareImage(realCohort(WATER).data, 'en', v);
    expect(en.lines.join(' ')).toContain('number unknown');
  });
});

describe('shareImageSvg', () => {
  it('is a 1200×630 SVG in a generic font, with text escaped', () => {
    const svg = shareImageSvg({ ...siteShareImage('en'), title: 'A & <b>' });
    expect(svg).toMatch(/^<svg [^>]*width="1200" height="630"/);
    expect(svg).toContain('font-family="sans-serif"');
    expect(svg).toContain('A &amp; &lt;b&gt;');
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });
});
