import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import ClaimGroup from '../../../src/components/records/ClaimGroup.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const render = (size: number, lang: 'id' | 'en' = 'id') =>
  container.renderToString(ClaimGroup, {
    props: { lang, size },
    slots: { default: '<article class="claim">Contoh latihan</article>' },
  });

describe('ClaimGroup', () => {
  it('wraps the cards of one paragraph in a section that says so', async () => {
    const html = await render(2);
    expect(html).toMatch(
      /<section class="claim-group"[^>]*aria-label="Klaim dari paragraf yang sama"[^>]*>/,
    );
    expect(html).toContain('<article class="claim">Contoh latihan</article>');
    expect(await render(2, 'en')).toContain('Claims from the same paragraph');
  });

  it('leaves a single card as it is', async () => {
    expect((await render(1)).trim()).toBe('<article class="claim">Contoh latihan</article>');
  });
});
