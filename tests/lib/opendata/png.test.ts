import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { renderPng, renderSharePng } from '../../../src/lib/opendata/png.ts';
import { cohortShareImage, shareImageSvg } from '../../../src/lib/opendata/share-image.ts';
import { WATER, realCohort, realInput } from './fixtures.ts';

const { vocabularies: v, profile } = realInput();
const svg = shareImageSvg(cohortShareImage(realCohort(WATER).data, 'id', v, profile));
const pixels = (png: Uint8Array) =>
  sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });

describe('renderPng', () => {
  it('keeps no libvips operation cache (each image of a build is drawn once)', () => {
    expect(sharp.cache()).toMatchObject({ memory: { max: 0 }, items: { max: 0 } });
  });
  it('keeps the alpha channel of the drawing', async () => {
    const { info } = await sharp(await renderPng(svg))
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect(info).toMatchObject({ width: 1200, height: 630, channels: 4 });
  });
});

describe('renderSharePng', () => {
  it('writes an opaque share image as RGB, with exactly the pixels renderPng gives', async () => {
    const share = await renderSharePng(svg);
    const meta = await sharp(share).metadata();
    expect(meta).toMatchObject({ format: 'png', width: 1200, height: 630, channels: 3 });
    const [a, b] = await Promise.all([pixels(await renderPng(svg)), pixels(share)]);
    expect(b.data.equals(a.data)).toBe(true);
  });

  it('gives the same bytes for the same drawing', async () => {
    expect(Buffer.from(await renderSharePng(svg))).toEqual(Buffer.from(await renderSharePng(svg)));
  });
});
