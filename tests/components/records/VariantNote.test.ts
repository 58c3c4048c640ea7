/**
 * A differing value under a field, and the disagreements table: which source
 * gives it (the same article or another), and its English meaning on the
 * English page. Contoh latihan: the records and passages are made up.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Disagreements from '../../../src/components/records/Disagreements.astro';
import VariantNote from '../../../src/components/records/VariantNote.astro';
import { recordCitations } from '../../../src/lib/data/provenance.ts';

const record = (variantArticle: string, valueEn?: string) =>
  recordCitations({
    kind: 'cohort',
    id: 'contoh-latihan',
    data: {
      sources: [
        {
          article: 'contoh-a',
          quote: 'Contoh latihan: pelatihan 1 hingga 9 Maret',
          supports: ['period'],
        },
      ],
      variants: [
        {
          field: 'period',
          value: 'sepekan',
          ...(valueEn ? { value_en: valueEn } : {}),
          article: variantArticle,
          quote: 'Contoh latihan: selama sepekan di sana',
        },
      ],
    },
  });

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const note = (lang: 'id' | 'en', variantArticle: string, valueEn?: string) => {
  const { list } = record(variantArticle, valueEn);
  const citation = list.find((c) => c.variant);
  return container.renderToString(VariantNote, {
    props: { lang, citation, sources: list.filter((c) => !c.variant), citations: list },
  });
};
/** The text a reader sees (a <q> is shown between quotation marks). */
const text = (html: string) =>
  html
    .replace(/<q[^>]*>/g, '“')
    .replace(/<\/q>/g, '”')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ');

describe('VariantNote', () => {
  it('labels a variant from the article of the recorded value as the same article', async () => {
    expect(text(await note('id', 'contoh-a'))).toContain(
      'Artikel yang sama juga menyebut: “sepekan”',
    );
    expect(text(await note('en', 'contoh-a', 'a week'))).toContain(
      'The same article also says: “sepekan” (Indonesian for “a week”)',
    );
  });

  it('labels a variant from another article as another source', async () => {
    expect(text(await note('id', 'contoh-b'))).toContain('Sumber lain menyebut: “sepekan”');
    expect(text(await note('id', 'contoh-b'))).not.toContain('Indonesian');
    expect(text(await note('en', 'contoh-b'))).toContain(
      'Another source says: “sepekan” (in Indonesian)',
    );
  });

  it('keeps the value in the source’s language and links its marker to the passage', async () => {
    const html = await note('en', 'contoh-a', 'a week');
    expect(html).toContain('<q lang="id">sepekan</q>');
    expect(html).toMatch(/<a href="\/en\/sources\/contoh-a\/#q-[a-z0-9]+"[^>]*>\s*\[2\]/);
  });
});

describe('Disagreements', () => {
  const table = (lang: 'id' | 'en', variantArticle: string) => {
    const { list, byField } = record(variantArticle, 'a week');
    return container.renderToString(Disagreements, {
      props: {
        lang,
        citations: list,
        byField,
        recorded: () => '1–9 Maret',
        groupLabel: (k: string) => k,
      },
    });
  };

  it('says when the differing value comes from the same article', async () => {
    expect(text(await table('id', 'contoh-a'))).toContain('(artikel yang sama)');
    expect(text(await table('en', 'contoh-a'))).toContain('(Indonesian for “a week”)');
    expect(text(await table('en', 'contoh-a'))).toContain('(same article)');
    expect(text(await table('id', 'contoh-b'))).not.toContain('artikel yang sama');
  });

  it('names the column for what it holds, wherever the value comes from', async () => {
    expect(await table('id', 'contoh-b')).toContain('Nilai yang berbeda');
    expect(await table('en', 'contoh-b')).toContain('Differing value');
  });
});
