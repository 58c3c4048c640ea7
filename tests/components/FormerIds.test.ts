import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import FormerIds from '../../src/components/FormerIds.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const render = (ids?: string[]) => container.renderToString(FormerIds, { props: { ids } });

describe('FormerIds', () => {
  it('renders an empty anchor per former id', async () => {
    expect((await render(['lama', 'c-lebih-lama'])).trim()).toBe(
      '<span id="lama"></span><span id="c-lebih-lama"></span>',
    );
  });

  it('renders nothing for a record that was never renamed', async () => {
    expect((await render()).trim()).toBe('');
    expect((await render([])).trim()).toBe('');
  });
});
