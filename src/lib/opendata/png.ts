/** SVG → PNG with sharp (librsvg), at build time; no metadata, so the bytes depend only on the SVG. */
import sharp from 'sharp';

/** The PNG of an SVG document, as bytes for a Response. */
export async function renderPng(svg: string): Promise<Uint8Array<ArrayBuffer>> {
  const png = await sharp(Buffer.from(svg, 'utf8')).png({ compressionLevel: 9 }).toBuffer();
  return new Uint8Array(png);
}
