/** Every page reads fully with JavaScript disabled. */
import { describe, expect, it } from 'vitest';
import { distPages, sitemapPages, useSite } from './site.ts';

const site = useSite({ javaScriptEnabled: false });
const pages = sitemapPages() ?? distPages().filter((p) => p.endsWith('/'));

describe('no-JS', () => {
  it.each(pages)('%s renders its content without JavaScript', async (path) => {
    const page = site.page;
    await site.open(path);
    const h1 = page.locator('h1');
    await expect(h1.count()).resolves.toBe(1);
    await expect(h1.isVisible()).resolves.toBe(true);
    await expect(h1.innerText().then((t) => t.trim())).resolves.not.toBe('');
    await expect(page.locator('main').first().isVisible()).resolves.toBe(true);

    // Elements holding text that the reader cannot see (waiting for a script
    // to reveal them). Closed <details> are excluded: they open without JS.
    const hidden = await page.locator('body').evaluate((body) => {
      const skip = 'template, noscript, script, style, option, svg title, svg desc, svg defs';
      const found: string[] = [];
      for (const el of body.querySelectorAll('*')) {
        const ownText = [...el.childNodes].some(
          (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
        );
        if (!ownText || el.matches(skip) || el.closest(skip)) continue;
        // Controls that only a script can fill (the search filters) are hidden without one.
        if (el.closest('[data-needs-script]')) continue;
        const details = el.closest('details:not([open])');
        if (details && !el.closest('summary')) continue;
        // A chart is drawn for narrow and wide screens; the one for the other width is hidden.
        const drawing = el.closest('svg.chart-svg');
        const shown = [...(drawing?.parentElement?.children ?? [])].filter(
          (d) => d !== drawing && d.matches('svg.chart-svg') && d.checkVisibility(),
        );
        if (drawing && shown.length === 1) continue;
        const visible =
          el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
          el.getClientRects().length > 0;
        if (!visible) {
          found.push(`${el.outerHTML.slice(0, 160)}`);
        }
      }
      return found;
    });
    expect(hidden, 'elements with text that are not displayed').toEqual([]);
  });
});
