import { describe, expect, it } from 'vitest';
import {
  cohortShareImage,
  shareImageSvg,
  siteShareImage,
  wrapText,
} from '../../../src/lib/opendata/share-image.ts';
import { otherCityProfile } from '../../fixtures/other-city/index.ts';
import { WATER, realCohort, realInput } from './fixtures.ts';

const { vocabularies: v, profile } = realInput();

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
    const image = cohortShareImage(realCohort(WATER).data, 'id', v, profile);
    expect(image).toMatchObject({
      kicker: 'Singapore Cooperation Programme (SCP)',
      title: 'Pengelolaan Air',
      badge: { text: 'direncanakan', status: 'planned' },
    });
    expect(image.lines.join(' ')).toContain('15–19 Mei 2023');
    expect(image.lines.join(' ')).toContain('tidak diketahui');
    const en = cohortShareImage(realCohort(WATER).data, 'en', v, profile);
    expect(en.lines.join(' ')).toContain('number unknown');
  });
});

describe('siteShareImage', () => {
  it('shows the site’s name, what it follows and its address, from the profile', () => {
    expect(siteShareImage(profile, 'id')).toEqual({
      kicker: 'Angkatan ASN Kota Jambi di Singapura',
      title: 'Jejak SCP',
      lines: [
        'Singapore Cooperation Programme, tahun demi tahun.',
        'Setiap angka terlacak ke kalimat sumbernya.',
      ],
      footer: 'jejak-scp.id',
    });
    expect(siteShareImage(otherCityProfile(), 'en')).toMatchObject({
      kicker: 'Kota Teluk Rembulan civil servants in Paper Star Island',
      title: 'Catatan Magang Rembulan',
      footer: 'magang.teluk-rembulan.example',
    });
  });

  it('signs a cohort’s image with the site’s name', () => {
    expect(cohortShareImage(realCohort(WATER).data, 'id', v, otherCityProfile()).footer).toBe(
      'Catatan Magang Rembulan',
    );
  });
});

describe('shareImageSvg', () => {
  it('is a 1200×630 SVG in a generic font, with text escaped', () => {
    const svg = shareImageSvg({ ...siteShareImage(profile, 'en'), title: 'A & <b>' });
    expect(svg).toMatch(/^<svg [^>]*width="1200" height="630"/);
    expect(svg).toContain('font-family="sans-serif"');
    expect(svg).toContain('A &amp; &lt;b&gt;');
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });
});
