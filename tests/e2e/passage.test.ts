/**
 * From a figure to its passage and back, on a 360 px phone in Chromium:
 * every citation marker, and every figure that links to its passage, takes
 * taps over at least 44 × 44 px; every figure on a claim card is a link;
 * after a jump to
 * a passage every piece of it is framed (also the pieces another passage
 * overlaps), and no other; coming back to a field highlights its value and
 * its label and keeps the label in view.
 */
import { describe, expect, it } from 'vitest';
import { fieldAnchor } from '../../src/lib/site/anchors.ts';
import { routes } from '../../src/lib/site/routes.ts';
import { TOUCH_PHONE, cohorts, sourcePages, useSite } from './site.ts';

const site = useSite(TOUCH_PHONE);

const TARGET = 44;
const markerPages = [
  ...cohorts().flatMap((c) => [routes.cohort('id', c.id), routes.cohort('en', c.id)]),
  routes.claims('id'),
  routes.claims('en'),
];

const TAP_TARGETS = '.marker a, a.figure-link';

/**
 * Markers and figure links of the page whose tap area is smaller than 44 × 44 px: hit-tested
 * over a 44 px square from the link's left edge, centred on its text.
 */
function smallTargets(): Promise<string[]> {
  return site.page.evaluate(
    ({ size, selector }) => {
      document.querySelectorAll('details').forEach((d) => (d.open = true));
      const problems: string[] = [];
      for (const link of document.querySelectorAll<HTMLAnchorElement>(selector)) {
        link.scrollIntoView({ block: 'center', inline: 'nearest' });
        const r = link.getBoundingClientRect();
        const middle = r.top + r.height / 2;
        const points: [number, number][] = [];
        for (const dx of [1, size / 2, size - 1])
          for (const dy of [-size / 2 + 1, 0, size / 2 - 1])
            points.push([r.left + dx, middle + dy]);
        const missed = points.filter(
          ([x, y]) => document.elementFromPoint(x, y)?.closest('a') !== link,
        );
        if (missed.length > 0)
          problems.push(
            `${link.textContent?.trim()} → ${link.getAttribute('href')}: ${missed.length} of 9 points miss (box ${Math.round(r.width)} × ${Math.round(r.height)})`,
          );
      }
      return problems;
    },
    { size: TARGET, selector: TAP_TARGETS },
  );
}

describe('citation markers', () => {
  it.each(markerPages)('take taps over 44 × 44 px on %s', async (path) => {
    await site.open(path);
    await expect(site.page.locator('.marker a').count()).resolves.toBeGreaterThan(0);
    expect(await smallTargets()).toEqual([]);
  });
});

/**
 * Figures in view on the claim check that are not a link: a number in a
 * card's claimed or documented figure outside an `a.figure-link`.
 */
function unlinkedFigures(): Promise<string[]> {
  return site.page.evaluate(() => {
    const problems: string[] = [];
    const outsideLinks = (el: Element): string => {
      const copy = el.cloneNode(true) as Element;
      copy.querySelectorAll('a.figure-link').forEach((a) => a.remove());
      return copy.textContent ?? '';
    };
    document.querySelectorAll('.claim-figures').forEach((p) => {
      const figures = p.querySelectorAll('.claim-figure');
      const unlinked = [...figures].filter(
        (f) => f.querySelectorAll('a.figure-link').length !== 1 || /\d/.test(outsideLinks(f)),
      );
      if (figures.length !== 2 || unlinked.length > 0)
        problems.push(`card ${p.closest('.claim')?.id}: "${p.textContent?.trim()}"`);
    });
    // Every in-page figure link leads to an element of the page.
    document.querySelectorAll<HTMLAnchorElement>('a.figure-link[href^="#"]').forEach((a) => {
      if (!document.getElementById(decodeURIComponent(a.hash.slice(1))))
        problems.push(`${a.getAttribute('href')} leads nowhere`);
    });
    return problems;
  });
}

describe('the claim check', () => {
  it.each(['id', 'en'] as const)('shows every figure of a card as a link (%s)', async (lang) => {
    await site.open(routes.claims(lang));
    await expect(site.page.locator('.claim-figures').count()).resolves.toBeGreaterThan(0);
    expect(await unlinkedFigures()).toEqual([]);
  });
});

/** Each passage of the page with the number of its pieces. */
function passagePieces(): Promise<Record<string, number>> {
  return site.page.evaluate(() => {
    const pieces: Record<string, number> = {};
    for (const mark of document.querySelectorAll('mark.quote[data-quote]'))
      for (const id of mark.getAttribute('data-quote')?.split(' ') ?? [])
        pieces[id] = (pieces[id] ?? 0) + 1;
    return pieces;
  });
}

/** Pieces framed wrongly while `anchor` is the target: its own unframed, others framed. */
function framingProblems(anchor: string): Promise<string[]> {
  return site.page.evaluate((id) => {
    const problems: string[] = [];
    document.querySelectorAll('mark.quote[data-quote]').forEach((mark, i) => {
      const own = (mark.getAttribute('data-quote') ?? '').split(' ').includes(id);
      const style = getComputedStyle(mark);
      // The frame is a border along every piece (top and bottom; its ends on the outer pieces).
      const framed = ['Top', 'Bottom'].every(
        (edge) =>
          style.getPropertyValue(`border-${edge.toLowerCase()}-style`) === 'solid' &&
          parseFloat(style.getPropertyValue(`border-${edge.toLowerCase()}-width`)) >= 3,
      );
      if (own !== framed)
        problems.push(
          `piece ${i + 1} ("${mark.textContent?.slice(0, 40)}…") ${own ? 'is not framed' : 'is framed'}`,
        );
    });
    return problems;
  }, anchor);
}

describe('a jump to a passage', () => {
  it('frames every piece of it and nothing else, on every source page', async () => {
    let split = 0;
    for (const path of sourcePages()) {
      await site.open(path);
      const pieces = await passagePieces();
      for (const [anchor, count] of Object.entries(pieces)) {
        if (count > 1) split++;
        await site.page.goto(site.url(`${path}#${anchor}`));
        expect(await framingProblems(anchor), `${path}#${anchor}`).toEqual([]);
      }
    }
    // The content has passages split by overlapping quotes: the test is not vacuous.
    expect(split).toBeGreaterThan(0);
  });
});

describe('coming back to a field', () => {
  const id = cohorts().find((c) => c.variants?.length)?.id ?? '';

  it.each(['id', 'en'] as const)(
    'highlights the value and its label, in view (%s)',
    async (lang) => {
      const anchor = fieldAnchor('period');
      await site.open(routes.cohort(lang, id));
      await site.page.goto(site.url(`${routes.cohort(lang, id)}#${anchor}`));
      // A jump within the page restyles a moment later: wait up to 3 s for the highlight,
      // then assert (a highlight that never comes still fails below).
      await site.page
        .waitForFunction(
          (a) => {
            const dd = document.getElementById(a);
            const plain = document.querySelector('.field-list dd:not(:target)');
            return (
              !!dd &&
              !!plain &&
              getComputedStyle(dd).backgroundColor !== getComputedStyle(plain).backgroundColor
            );
          },
          anchor,
          { timeout: 3000 },
        )
        .catch(() => undefined);
      const state = await site.page.evaluate((a) => {
        const dd = document.getElementById(a);
        const dt = dd?.previousElementSibling;
        const bg = (el: Element | null | undefined) =>
          el ? getComputedStyle(el).backgroundColor : '';
        const box = (el: Element | null | undefined) => el?.getBoundingClientRect();
        return {
          target: dd?.matches(':target') ?? false,
          dtTag: dt?.localName,
          ddBg: bg(dd),
          dtBg: bg(dt),
          plainBg: bg(document.querySelector('.field-list dd:not(:target)')),
          dtTop: box(dt)?.top ?? -1,
          ddBottom: box(dd)?.bottom ?? Infinity,
          height: innerHeight,
        };
      }, anchor);
      expect(state.target).toBe(true);
      expect(state.dtTag).toBe('dt');
      expect(state.ddBg).not.toBe(state.plainBg);
      expect(state.dtBg).toBe(state.ddBg);
      expect(state.dtTop, 'the label is below the top of the screen').toBeGreaterThanOrEqual(0);
      expect(state.ddBottom, 'the value ends on the first screen').toBeLessThanOrEqual(
        state.height,
      );
    },
  );
});
