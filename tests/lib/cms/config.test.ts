import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { buildCmsConfig } from '../../../src/lib/cms/config.ts';
import type { Json } from '../../../src/lib/cms/fields.ts';
import { articleSchema } from '../../../src/schemas/article.ts';
import { claimSchema } from '../../../src/schemas/claim.ts';
import { cohortSchema } from '../../../src/schemas/cohort.ts';
import { contextEventSchema } from '../../../src/schemas/context-event.ts';

type Node = { [key: string]: Json };
const vocabularies = {
  themes: [{ key: 'tema-latihan', label: 'Tema latihan' }],
  'participant-groups': [{ key: 'asn-kota-contoh', label: 'ASN Kota Contoh' }],
};
const collections = (config: Node): Node[] => config['collections'] as Node[];
const propertiesOf = (schema: z.ZodType): string[] =>
  Object.keys(
    (z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Node)['properties'] as Node,
  );
const fieldNames = (c: Node | undefined): string[] =>
  ((c?.['fields'] ?? []) as Node[]).map((f) => String(f['name']));

describe('buildCmsConfig', () => {
  const { config, numbers, alternatives, names, formats } = buildCmsConfig({
    vocabularies,
    siteName: 'Situs Contoh',
    localPort: 8099,
  });
  const named = (name: string): Node | undefined =>
    collections(config).find((c) => c['name'] === name);

  it('has one form field per schema property for each kind of record, so schema and form cannot drift', () => {
    expect(fieldNames(named('cohorts'))).toEqual(propertiesOf(cohortSchema));
    expect(fieldNames(named('claims'))).toEqual(propertiesOf(claimSchema));
    expect(fieldNames(named('context'))).toEqual(propertiesOf(contextEventSchema));
    expect(fieldNames(named('articles'))).toEqual([...propertiesOf(articleSchema), 'body']);
  });

  it('saves records where the checker reads them, in their formats', () => {
    expect(named('cohorts')).toMatchObject({
      folder: 'content/cohorts',
      extension: 'yaml',
      format: 'jejak-yaml-cohorts',
    });
    expect(named('articles')).toMatchObject({
      folder: 'content/articles',
      extension: 'md',
      format: 'frontmatter',
    });
    expect(numbers['cohorts']).toEqual(['participants[].count']);
  });

  it('gives one form per vocabulary file, with its terms as a list to which terms can be added', () => {
    const files = named('vocabularies')?.['files'] as Node[];
    expect(files.map((f) => f['file'])).toContain('content/vocabularies/themes.yaml');
    const themes = files.find((f) => f['name'] === 'themes');
    expect(fieldNames(themes)).toEqual([names.header, names.terms]);
    expect(named('vocabularies')?.['format']).toBe(names.vocabularyFormat);
  });

  it('lists the paths that hold a word or an object, and a format of ours for each YAML collection', () => {
    expect(alternatives['cohorts']).toEqual([{ path: 'period', literal: 'unknown' }]);
    expect(alternatives['vocabularies']).toEqual([
      { path: `${names.terms}[].body`, literal: 'own' },
    ]);
    expect(Object.keys(formats).sort()).toEqual(['claims', 'cohorts', 'context', 'vocabularies']);
    expect(named('cohorts')?.['format']).toBe(formats['cohorts']);
  });

  it('speaks Indonesian', () => {
    expect(config['locale']).toBe('id');
  });

  it('edits the working copy through the local backend when the profile names no git host', () => {
    expect(config['backend']).toEqual({ name: 'proxy', proxy_url: 'http://127.0.0.1:8099/api/v1' });
    expect(config['local_backend']).toEqual({ url: 'http://127.0.0.1:8099/api/v1' });
  });

  it("uses the profile's git host for the real site, keeping the local backend on the editor's computer", () => {
    const remote = buildCmsConfig({
      vocabularies,
      siteName: 'Situs Contoh',
      editing: { backend: 'github', repo: 'kota-contoh/situs', branch: 'main' },
    }).config;
    expect(remote['backend']).toEqual({
      name: 'github',
      repo: 'kota-contoh/situs',
      branch: 'main',
    });
    expect(remote['local_backend']).toEqual({ url: 'http://127.0.0.1:8081/api/v1' });
  });
});

describe('an article date that may be unknown', () => {
  it('accepts a partial date or unknown in the form', () => {
    const { config } = buildCmsConfig({ vocabularies, siteName: 'Situs Contoh' });
    const articles = collections(config).find((c) => c['name'] === 'articles');
    const published = ((articles?.['fields'] ?? []) as Node[]).find(
      (f) => f['name'] === 'published',
    );
    const pattern = new RegExp(String((published?.['pattern'] as Json[])[0]));
    expect(['2023', '2023-05', '2023-05-15', 'unknown'].every((v) => pattern.test(v))).toBe(true);
    expect(pattern.test('15 Mei 2023')).toBe(false);
  });
});

describe('file names of new records', () => {
  const { config } = buildCmsConfig({ vocabularies, siteName: 'Situs Contoh' });
  const slugOf = (name: string): string =>
    String(collections(config).find((c) => c['name'] === name)?.['slug']);
  /** The form field at a dotted path (what Decap reads for `{{fields.a.b}}`). */
  const fieldAt = (name: string, path: string): Node | undefined =>
    path.split('.').reduce<Node | undefined>(
      (node, key) => ((node?.['fields'] ?? []) as Node[]).find((f) => f['name'] === key),
      collections(config).find((c) => c['name'] === name),
    );

  it("start with the month of the record's own date, as npm run new names them, not the day of saving", () => {
    const { dated, names } = buildCmsConfig({ vocabularies, siteName: 'Situs Contoh' });
    expect(slugOf('cohorts')).toBe(`{{fields.${names.month}}}-{{theme}}`);
    expect(slugOf('claims')).toBe(`{{fields.${names.month}}}-{{metric}}`);
    expect(slugOf('context')).toBe(`{{fields.${names.month}}}-{{title.id}}`);
    expect(dated).toEqual({ cohorts: 'period.start', claims: 'made_on', context: 'date' });
    expect(fieldAt('cohorts', 'period.start')).toBeDefined();
    expect(fieldAt('claims', 'made_on')).toBeDefined();
    expect(fieldAt('context', 'date')).toBeDefined();
  });

  it('list records by date and name, so that two cohorts of one theme can be told apart', () => {
    const summaryOf = (name: string): string =>
      String(collections(config).find((c) => c['name'] === name)?.['summary']);
    expect(summaryOf('cohorts')).toBe('{{period.start}} · {{theme}}');
    expect(summaryOf('claims')).toBe('{{made_on}} · {{value}} {{metric}}');
    expect(summaryOf('context')).toBe('{{date}} · {{title.id}}');
    for (const [name, path] of [
      ['cohorts', 'theme'],
      ['claims', 'value'],
      ['context', 'title.id'],
    ] as const)
      expect(fieldAt(name, path)).toBeDefined();
  });
});
