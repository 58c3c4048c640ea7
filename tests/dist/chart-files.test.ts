/**
 * The charts taken away as files, next to each chart's page in both
 * languages: the SVG is a well-formed document that needs nothing else
 * (its title, the chart's source line, fixed colours, no script, no link,
 * no stylesheet), and the PNG is that SVG drawn at two pixels per unit.
 */
import { describe, expect, it } from 'vitest';
import { CHART_IDS } from '../../src/lib/charts/models.ts';
import { routes } from '../../src/lib/site/routes.ts';
import {
  attr,
  decodeXml,
  distFileOf,
  findElements,
  pageDocument,
  readDist,
  readDistBytes,
  textOf,
  xmlProblems,
} from '../helpers/dist.ts';

const CASES = (['id', 'en'] as const).flatMap((lang) => CHART_IDS.map((id) => [lang, id] as const));

/** Width and height of a PNG, from its IHDR chunk, or undefined when the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature)) return undefined;
  if (bytes.subarray(12, 16).toString('latin1') !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const fileOf = (address: string): string => {
  const file = distFileOf(address);
  if (!file) throw new Error(`${address} is not in dist`);
  return file;
};

describe('chart files', () => {
  it.each(CASES)('%s %s: the SVG is a whole, well-formed chart of its own', (lang, id) => {
    const svg = readDist(fileOf(routes.chartFile(lang, id, 'svg')));
    expect(xmlProblems(svg)).toEqual([]);
    const page = pageDocument(fileOf(routes.chart(lang, id)));
    const [h1] = findElements(page, (el) => el.tagName === 'h1');
    const title = h1 ? textOf(h1).trim() : '';
    expect(title).not.toBe('');
    expect(svg).toContain(`<title>${title}</title>`);
    const [source] = findElements(
      page,
      (el) => attr(el, 'class')?.split(' ').includes('credit') ?? false,
    );
    const sourceLine = source ? (textOf(source).trim().split('. ')[0] ?? '') : '';
    expect(sourceLine).toMatch(/^(Sumber|Source): /);
    const words = decodeXml(svg.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
    expect(words).toContain(sourceLine.replace(/\s+/g, ' '));
    expect(svg).toContain(routes.chart(lang, id));
    expect(svg).not.toMatch(/<(script|style|a|foreignObject)[\s>]/);
    expect(svg).not.toMatch(/\s(style|href|on\w+)="/);
    expect(svg).not.toContain('currentColor');
  });

  it.each(CASES)('%s %s: the PNG is the SVG at two pixels per unit', (lang, id) => {
    const svg = readDist(fileOf(routes.chartFile(lang, id, 'svg')));
    const size = pngSize(readDistBytes(fileOf(routes.chartFile(lang, id, 'png'))));
    const width = Number(/<svg [^>]*width="(\d+)"/.exec(svg)?.[1]);
    const height = Number(/<svg [^>]*height="(\d+)"/.exec(svg)?.[1]);
    expect(width).toBeGreaterThan(600);
    expect(size).toEqual({ width: 2 * width, height: 2 * height });
  });

  it.each(CASES)(
    '%s %s: the chart’s page offers both files under a name of their own',
    (lang, id) => {
      const page = pageDocument(fileOf(routes.chart(lang, id)));
      const downloads = findElements(
        page,
        (el) => el.tagName === 'a' && attr(el, 'download') !== undefined,
      ).map((a) => [attr(a, 'href'), attr(a, 'download')]);
      expect(downloads).toEqual(
        expect.arrayContaining([
          [routes.chartFile(lang, id, 'svg'), `${id}-${lang}.svg`],
          [routes.chartFile(lang, id, 'png'), `${id}-${lang}.png`],
          [routes.chartCsv(id), `${id}.csv`],
        ]),
      );
    },
  );
});
