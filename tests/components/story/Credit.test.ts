import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import Credit from '../../../src/components/story/Credit.astro';

describe('Credit', () => {
  it('gives the source line, then the last update as a machine-readable date', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(Credit, {
      props: {
        credit: {
          source: 'Source: Warta Contoh, processed by Situs Latihan.',
          updated: '2023-05',
          updatedText: 'Last updated: May 2023',
        },
      },
    });
    expect(html).toMatch(
      /<p class="credit"[^>]*>\s*Source: Warta Contoh, processed by Situs Latihan\.\s*<time datetime="2023-05"[^>]*>Last updated: May 2023<\/time>\s*<\/p>/,
    );
  });
});
