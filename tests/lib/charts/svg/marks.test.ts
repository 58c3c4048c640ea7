import { describe, expect, test } from 'vitest';
import { drawingSvg, linkEl, markup, textEl } from '../../../../src/lib/charts/svg/marks.ts';
import { FILE, INLINE } from '../../../../src/lib/charts/svg/paint.ts';

const text = {
  x: 10,
  y: 20,
  text: '<script>alert(1)</script> & "x"',
  anchor: 'middle' as const,
  cls: 'row-label',
  halo: true,
  underline: true,
};

describe('textEl', () => {
  test('escapes the text and draws it in the ink, with a halo class inline', () => {
    const out = markup(textEl(text, 13, INLINE));
    expect(out).not.toContain('<script>');
    expect(out).toContain('&#x3C;script>');
    expect(out).toContain('class="row-label halo"');
    expect(out).toContain('fill="currentColor"');
    expect(out).toContain('text-anchor="middle"');
    expect(out).toContain('text-decoration="underline"');
  });

  test('in a file: fixed ink, the halo as attributes, no underline (a file has no links)', () => {
    const out = markup(textEl(text, 13, FILE));
    expect(out).toContain(`fill="${FILE.ink}"`);
    expect(out).toContain('paint-order="stroke"');
    expect(out).toContain(`stroke="${FILE.paper}"`);
    expect(out).not.toContain('underline');
    expect(out).not.toContain('currentColor');
  });

  test('without links inline, a label is not underlined', () => {
    expect(markup(textEl(text, 13, INLINE, false))).not.toContain('underline');
  });
});

describe('linkEl', () => {
  test('is a named link over a transparent target', () => {
    const out = markup(
      linkEl({
        href: '/a/?b=1&c=2',
        title: 'T',
        cls: 'bar',
        rect: { x: 1, y: 2, width: 44, height: 44 },
      }),
    );
    expect(out).toMatch(
      /^<a href="\/a\/\?b=1&#x26;c=2" class="bar"><title>T<\/title><rect class="hit"/,
    );
    expect(out).toContain('fill-opacity="0"');
  });
});

describe('drawingSvg', () => {
  const link = { href: '/x/', title: 'x', cls: 'bar', rect: { x: 0, y: 0, width: 44, height: 44 } };

  test('inline: a group of role img named by the given ids, then the links', () => {
    const out = markup(
      drawingSvg({ width: 100, height: 50 }, [], [link], {
        paint: INLINE,
        labelledBy: 't d',
        cls: 'chart-wide',
      }),
    );
    expect(out).toMatch(
      /^<svg class="chart-svg chart-wide" viewBox="0 0 100 50" width="100" height="50" role="group"/,
    );
    expect(out).toContain('<g role="img" aria-labelledby="t d">');
    expect(out).toContain('<g class="links">');
  });

  test('without links, or as a file, carries none', () => {
    expect(
      markup(drawingSvg({ width: 1, height: 1 }, [], [link], { paint: INLINE, links: false })),
    ).not.toContain('<a ');
    const file = markup(drawingSvg({ width: 1, height: 1 }, [], [link], { paint: FILE }));
    expect(file).not.toContain('<a ');
    expect(file).not.toContain('role=');
  });
});

describe('markup', () => {
  test('writes attribute names as SVG spells them, also for loose shapes', () => {
    const out = markup([textEl({ ...text, halo: false }, 13, INLINE)]);
    expect(out).toContain('font-size="13"');
    expect(out).not.toMatch(/fontSize|textAnchor/);
  });
});
