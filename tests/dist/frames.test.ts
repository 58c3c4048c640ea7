/**
 * Which built pages other sites may put in a frame, as public/_headers says
 * it to the host (read as the nginx configuration reads it): the chart pages
 * made for frames, every one of them, and no other page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHeaderRules } from '../../scripts/nginx/headers.ts';
import { headersFor } from '../../scripts/nginx/path-rules.ts';
import { CHART_IDS } from '../../src/lib/charts/models.ts';
import { routes } from '../../src/lib/site/routes.ts';
import { ROOT, htmlPages } from '../helpers/dist.ts';

const RULES = parseHeaderRules(readFileSync(join(ROOT, 'public/_headers'), 'utf8'), '_headers');

/** The frame-ancestors a page is sent: the most specific rule's policy, else that of "/*". */
function frameAncestors(path: string): string | undefined {
  const rule = RULES.paths.find((r) => new RegExp(r.regex).test(path));
  const headers = rule ? headersFor(rule, RULES.every) : RULES.every;
  const csp = headers.find((h) => h.name === 'Content-Security-Policy')?.value ?? '';
  return csp
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith('frame-ancestors '))
    ?.slice('frame-ancestors '.length);
}

describe('framing of the built pages', () => {
  const pages = htmlPages();
  const embeds = new Set(
    (['id', 'en'] as const).flatMap((lang) => CHART_IDS.map((id) => routes.chartEmbed(lang, id))),
  );

  it('has every embed page in dist', () => {
    const paths = new Set(pages.map((p) => p.path));
    for (const e of embeds) expect(paths.has(e), e).toBe(true);
  });

  it.each(pages.map((p) => [p.path] as const))('%s', (path) => {
    expect(frameAncestors(path)).toBe(embeds.has(path) ? '*' : "'none'");
  });

  it('frames the embed pages also at their index.html, and nothing beside them', () => {
    const [first] = embeds;
    expect(frameAncestors(`${first}index.html`)).toBe('*');
    expect(frameAncestors(routes.chart('id', 'claims-vs-record'))).toBe("'none'");
    expect(frameAncestors(routes.chartFile('id', 'claims-vs-record', 'svg'))).toBe("'none'");
    expect(frameAncestors('/grafik/embed/')).toBe("'none'");
  });
});
