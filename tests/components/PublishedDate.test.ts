/** A publication date as a <time> at its precision, or in words when it is not known. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import PublishedDate from '../../src/components/PublishedDate.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const render = (publication: Record<string, string>, lang: 'id' | 'en' = 'id') =>
  container.renderToString(PublishedDate, {
    props: { lang, publication: { published: 'unknown', ...publication } },
  });

describe('PublishedDate', () => {
  it('gives a written date as a <time>, a year as a year', async () => {
    expect(await render({ published: '2023-05-15' })).toContain(
      '<time datetime="2023-05-15">15 Mei 2023</time>',
    );
    expect(await render({ published: '2023' })).toContain('<time datetime="2023">2023</time>');
  });

  it('says an unknown date in words with its bounds, and no <time>', async () => {
    const html = await render({ published_after: '2024-06-07' });
    expect(html).toContain(
      '<span class="unknown">tanggal terbit tidak diketahui (setelah 7 Juni 2024)</span>',
    );
    expect(html).not.toContain('<time');
    expect(await render({ published_before: '2024-06-30' }, 'en')).toContain(
      'publication date unknown (before 30 June 2024)',
    );
  });
});
