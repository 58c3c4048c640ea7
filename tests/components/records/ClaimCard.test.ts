/** A claim card shows the qualifier in its own words and the scope "abroad" as "luar negeri". */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import ClaimCard from '../../../src/components/records/ClaimCard.astro';
import { loadContent } from '../../../src/lib/content/load.ts';
import { abroadPlaces } from '../../../src/lib/data/places.ts';
import { reconcileClaims } from '../../../src/lib/data/reconcile.ts';
import { ABROAD_CONTENT } from '../../fixtures/abroad/index.ts';
import { PROJECT_ROOT } from '../../helpers/corpus.ts';

const content = loadContent(PROJECT_ROOT, ABROAD_CONTENT);
const abroad = abroadPlaces(content.vocabularies.places, 'ID');
const [r] = reconcileClaims(content.claims, content.cohorts, abroad);

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const render = (lang: 'id' | 'en') =>
  container.renderToString(ClaimCard, {
    props: {
      lang,
      r,
      vocabularies: content.vocabularies,
      cohortNames: new Map<string, string>(),
      titles: new Map<string, string>(),
    },
  });

describe('ClaimCard', () => {
  it('writes the qualifier as the source does: "hampir 60", not "≈ 60"', async () => {
    expect(await render('id')).toMatch(/hampir 60\s+peserta/);
    expect(await render('en')).toMatch(/almost 60\s+participants/);
    expect(await render('id')).not.toContain('≈');
  });

  it('shows the scope abroad in words', async () => {
    expect(await render('id')).toMatch(/semua program, luar negeri/);
    expect(await render('en')).toMatch(/all programmes, abroad/);
  });
});
