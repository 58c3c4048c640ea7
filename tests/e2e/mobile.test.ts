/** On a 360 px wide phone no page scrolls sideways. */
import { describe, expect, it } from 'vitest';
import { distPages, useSite } from './site.ts';

const WIDTH = 360;
const site = useSite({
  viewport: { width: WIDTH, height: 740 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
});

describe('mobile', () => {
  it.each(distPages())(`%s fits ${WIDTH} px without horizontal overflow`, async (path) => {
    const page = site.page;
    await site.open(path);
    const { scrollWidth, culprits } = await page.evaluate((width) => {
      // Elements sticking out of the page (outside any scroll container),
      // innermost first; those holding an unbreakable run of text (a long
      // URL, a long word) are listed first, as they are usually the cause.
      const found: { html: string; right: number; token: string }[] = [];
      for (const el of document.body.querySelectorAll('*')) {
        const right = el.getBoundingClientRect().right;
        if (right <= width + 0.5) continue;
        let clipped = false;
        for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
          if (getComputedStyle(p).overflowX !== 'visible') clipped = true;
        }
        if (clipped) continue;
        if ([...el.children].some((c) => c.getBoundingClientRect().right > width + 0.5)) continue;
        const token = (el.textContent ?? '').split(/\s+/).find((t) => t.length >= 30) ?? '';
        found.push({ html: el.outerHTML.slice(0, 160), right: Math.round(right), token });
      }
      found.sort((a, b) => Number(b.token !== '') - Number(a.token !== ''));
      return {
        scrollWidth: document.documentElement.scrollWidth,
        culprits: found
          .slice(0, 6)
          .map(
            (f) =>
              `${f.html} (right edge ${f.right}px${f.token ? `; unbreakable "${f.token.slice(0, 50)}"` : ''})`,
          ),
      };
    }, WIDTH);
    const overflow =
      scrollWidth <= WIDTH ? [] : [`scrollWidth ${scrollWidth} > ${WIDTH}`, ...culprits];
    expect(overflow).toEqual([]);
  });
});
