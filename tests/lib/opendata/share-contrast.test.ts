import { describe, expect, it } from 'vitest';
import { headlineContrast } from '../../../src/lib/data/contrast.ts';
import {
  contrastShareImage,
  contrastShareImageSvg,
} from '../../../src/lib/opendata/share-contrast.ts';
import { otherCityProfile } from '../../fixtures/other-city/index.ts';
import { realInput } from './fixtures.ts';

const input = realInput();
const items = headlineContrast(input.reconciled);
const image = contrastShareImage(input.profile, 'id', items, 'Terakhir diperbarui: 15 Mei 2023');

describe('contrastShareImage', () => {
  it('gives the same rows as the home page: date, claimed and documented, oldest first', () => {
    expect(image.rows.map((r) => [r.date, r.claimed, r.documented])).toEqual([
      ['Februari 2019', '150', '25'],
      ['5 September 2022', '250', '25'],
      ['15 Mei 2023', 'lebih dari 300', '54'],
    ]);
    expect(image.rows.map((r) => r.bar)).toEqual([
      { claimed: 50, documented: 8.33 },
      { claimed: 83.33, documented: 8.33 },
      { claimed: 100, documented: 18 },
    ]);
    expect(image).toMatchObject({
      title: 'Jejak SCP',
      subtitle: 'Peserta menurut klaim, dan menurut sumber yang kami simpan',
      footer: 'jejak-scp.id',
    });
  });

  it('takes a page title and another site’s profile', () => {
    const other = contrastShareImage(
      otherCityProfile(),
      'en',
      items,
      'Last updated: 2023',
      'Claim check',
    );
    expect(other).toMatchObject({
      title: 'Claim check',
      kicker: 'Kota Teluk Rembulan civil servants in Paper Star Island',
      footer: 'magang.teluk-rembulan.example',
      claimedWord: 'claimed',
      documentedWord: 'documented',
    });
  });
});

describe('contrastShareImageSvg', () => {
  const svg = contrastShareImageSvg(image);

  it('is a 1200×630 SVG in a generic font with every number written out', () => {
    expect(svg).toMatch(/^<svg [^>]*width="1200" height="630"/);
    expect(svg).toContain('font-family="sans-serif"');
    expect(svg).toContain('>klaim lebih dari 300 · tercatat 54<');
    expect(svg).toContain('>Terakhir diperbarui: 15 Mei 2023<');
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });

  it('draws each bar as long as its share of the track (1040 units)', () => {
    const widths = [...svg.matchAll(/<rect x="80" y="\d+" width="([\d.]+)"/g)].map((m) =>
      Number(m[1]),
    );
    expect(widths).toEqual([520, 86.63, 866.63, 86.63, 1040, 187.2]);
  });

  it('escapes text', () => {
    expect(contrastShareImageSvg({ ...image, title: 'A & <b>' })).toContain('A &amp; &lt;b&gt;');
  });
});
