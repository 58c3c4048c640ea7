import { describe, expect, it } from 'vitest';
import { checkHreflang } from '../../../scripts/verify/hreflang.ts';
import { linesOf, page, siteOf } from './fixture.ts';

describe('checkHreflang', () => {
  it('reports an hreflang alternate that does not exist or is elsewhere', () => {
    expect(
      linesOf(
        checkHreflang(
          siteOf({
            'index.html': page(
              '',
              '<link rel="alternate" hreflang="en" href="https://jejak-scp.id/en/x/"><link rel="alternate" hreflang="fr" href="https://example.org/fr/">',
            ),
          }),
        ),
      ),
    ).toEqual([
      'index.html: hreflang="en" alternate https://jejak-scp.id/en/x/ does not exist: no file en/x/index.html in dist',
      'index.html: hreflang="fr" alternate https://example.org/fr/ is not on this site',
    ]);
  });
  it('passes an alternate that exists', () => {
    const site = siteOf({
      'index.html': page(
        '',
        '<link rel="alternate" hreflang="en" href="https://jejak-scp.id/en/">',
      ),
      'en/index.html': page(''),
    });
    expect(checkHreflang(site)).toEqual([]);
  });
});
