/**
 * A passage split into several pieces (by an overlapping passage, or by
 * markup) reads as one frame after a jump to it, on a 360 px phone in
 * Chromium: consecutive pieces on a line touch, the edges between pieces
 * carry no border, the first piece's start edge and the last piece's end
 * edge do, and top and bottom run along every piece. Reached from the
 * claim check's figure links and on every source page.
 */
import { describe, expect, it } from 'vitest';
import { routes } from '../../src/lib/site/routes.ts';
import { TOUCH_PHONE, sourcePages, useSite } from './site.ts';

const site = useSite(TOUCH_PHONE);

const FRAME = 3;

/** Passages of the page marked in more than one piece. */
function splitPassages(): Promise<string[]> {
  return site.page.evaluate(() => {
    const count = new Map<string, number>();
    for (const mark of document.querySelectorAll('mark.quote[data-quote]'))
      for (const id of mark.getAttribute('data-quote')?.split(' ') ?? [])
        count.set(id, (count.get(id) ?? 0) + 1);
    return [...count].filter(([, n]) => n > 1).map(([id]) => id);
  });
}

/** Waits up to 3 s for the first piece of the passage to be framed (a jump restyles a moment later). */
async function framed(anchor: string): Promise<void> {
  await site.page
    .waitForFunction(
      (id) => {
        const first = document.querySelector(`mark.quote[data-quote~="${id}"]`);
        return !!first && getComputedStyle(first).borderTopStyle === 'solid';
      },
      anchor,
      { timeout: 3000 },
    )
    .catch(() => undefined);
}

/** What keeps the pieces of the targeted passage from reading as one frame. */
function seams(anchor: string): Promise<string[]> {
  return site.page.evaluate(
    ({ id, frame }) => {
      const problems: string[] = [];
      const pieces = [...document.querySelectorAll(`mark.quote[data-quote~="${id}"]`)];
      const side = (el: Element, edge: 'Top' | 'Bottom' | 'Left' | 'Right') => {
        const s = getComputedStyle(el);
        const w = parseFloat(s.getPropertyValue(`border-${edge.toLowerCase()}-width`));
        return s.getPropertyValue(`border-${edge.toLowerCase()}-style`) === 'none' ? 0 : w;
      };
      const name = (i: number) => `piece ${i + 1} of ${pieces.length}`;
      pieces.forEach((el, i) => {
        for (const edge of ['Top', 'Bottom'] as const)
          if (side(el, edge) < frame) problems.push(`${name(i)}: no ${edge.toLowerCase()} border`);
        const left = side(el, 'Left');
        const right = side(el, 'Right');
        if (i === 0 ? left < frame : left !== 0) problems.push(`${name(i)}: left border ${left}px`);
        if (i === pieces.length - 1 ? right < frame : right !== 0)
          problems.push(`${name(i)}: right border ${right}px`);
      });
      // Line boxes of every piece in document order: on one line, each starts where the last ended.
      const rects = pieces.flatMap((el, i) =>
        [...el.getClientRects()].map((r) => ({ i, left: r.left, right: r.right, top: r.top })),
      );
      for (let k = 1; k < rects.length; k++) {
        const a = rects[k - 1];
        const b = rects[k];
        if (!a || !b || a.i === b.i || Math.abs(a.top - b.top) > 1) continue;
        const gap = b.left - a.right;
        if (Math.abs(gap) > 0.5)
          problems.push(`${name(a.i)} and ${name(b.i)}: ${gap.toFixed(1)}px apart on one line`);
      }
      return problems;
    },
    { id: anchor, frame: FRAME },
  );
}

describe('a split passage after a jump', () => {
  it('is one frame when reached from a figure on the claim check', async () => {
    let split = 0;
    for (const lang of ['id', 'en'] as const) {
      await site.open(routes.claims(lang));
      const hrefs = await site.page.$$eval('a.figure-link[href*="#q-"]', (links) => [
        ...new Set(links.map((a) => a.getAttribute('href') ?? '')),
      ]);
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) {
        await site.open(routes.claims(lang));
        await site.page.locator(`a.figure-link[href="${href}"]`).first().click();
        const anchor = href.slice(href.indexOf('#') + 1);
        if (!(await splitPassages()).includes(anchor)) continue;
        split++;
        await framed(anchor);
        await expect.poll(() => seams(anchor), { message: href, timeout: 3000 }).toEqual([]);
      }
    }
    // Claims cite passages that other passages overlap: the test is not vacuous.
    expect(split).toBeGreaterThan(0);
  });

  it('is one frame on every source page', async () => {
    let split = 0;
    for (const path of sourcePages()) {
      await site.open(path);
      for (const anchor of await splitPassages()) {
        split++;
        await site.page.goto(site.url(`${path}#${anchor}`));
        await framed(anchor);
        // A piece shared with the passage targeted before may keep that frame for a moment.
        await expect
          .poll(() => seams(anchor), { message: `${path}#${anchor}`, timeout: 3000 })
          .toEqual([]);
      }
    }
    expect(split).toBeGreaterThan(0);
  });
});
