/**
 * The share metadata of every built page: one canonical address (the page's
 * own), the Open Graph and Twitter card tags, and a share image that is a
 * PNG file in dist of the size the tags give.
 */
import { describe, expect, it } from 'vitest';
import {
  SITE_URL,
  attr,
  distFileOf,
  findElements,
  htmlPages,
  pageDocument,
  readDistBytes,
  textOf,
} from '../helpers/dist.ts';

const pages = htmlPages();

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature)) return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('canonical, Open Graph and Twitter card of every page', () => {
  it.each(pages.map((p) => [p.file, p] as const))('%s', (file, page) => {
    const doc = pageDocument(file);
    const links = findElements(
      doc,
      (el) => el.tagName === 'link' && attr(el, 'rel') === 'canonical',
    );
    expect(links.length, `dist/${file}: ${links.length} canonical links, not 1`).toBe(1);
    const canonical = attr(links[0] as (typeof links)[number], 'href') ?? '';
    expect(canonical.startsWith(`${SITE_URL}/`), `dist/${file}: canonical ${canonical}`).toBe(true);
    expect(distFileOf(canonical), `dist/${file}: canonical ${canonical} is not in dist`).toBe(file);
    expect(canonical, `dist/${file}: canonical is not the page's own address`).toBe(page.url);

    const meta = (key: string): string[] =>
      findElements(
        doc,
        (el) => el.tagName === 'meta' && (attr(el, 'property') === key || attr(el, 'name') === key),
      ).map((el) => attr(el, 'content') ?? '');
    const one = (key: string): string => {
      const values = meta(key);
      expect(values.length, `dist/${file}: ${values.length} ${key} tags, not 1`).toBe(1);
      expect(values[0]?.trim(), `dist/${file}: ${key} is empty`).toBeTruthy();
      return values[0] ?? '';
    };
    const title = findElements(
      doc,
      (el) => el.tagName === 'title' && el.namespaceURI === 'http://www.w3.org/1999/xhtml',
    );
    expect(title.length, `dist/${file}: ${title.length} HTML <title> elements`).toBe(1);
    expect(one('og:title'), `dist/${file}: og:title is not the page title`).toBe(
      textOf(title[0] as (typeof title)[number]).trim(),
    );
    expect(one('og:url'), `dist/${file}: og:url is not the canonical`).toBe(canonical);
    expect(['summary', 'summary_large_image'], `dist/${file}: twitter:card`).toContain(
      one('twitter:card'),
    );
    const image = one('og:image');
    expect(
      image.startsWith(`${SITE_URL}/`),
      `dist/${file}: og:image ${image} is not absolute`,
    ).toBe(true);
    const imageFile = distFileOf(image);
    if (!imageFile) throw new Error(`dist/${file}: og:image ${image} is not in dist`);
    const size = pngSize(readDistBytes(imageFile));
    expect(size, `dist/${imageFile} (og:image of ${file}) is not a PNG`).toBeDefined();
    const width = meta('og:image:width')[0];
    const height = meta('og:image:height')[0];
    if (width !== undefined)
      expect(size?.width, `dist/${imageFile}: width vs og:image:width`).toBe(Number(width));
    if (height !== undefined)
      expect(size?.height, `dist/${imageFile}: height vs og:image:height`).toBe(Number(height));
  });
});
