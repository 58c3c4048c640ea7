import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildJsonSchema,
  generateJsonSchemas,
  JSON_SCHEMA_DIR,
} from '../../../src/lib/json-schema/generate.ts';
import { loadSiteProfile } from '../../../src/lib/content/profile.ts';
import { PROJECT_ROOT, REAL_CONTENT } from '../../helpers/corpus.ts';
import { otherCityProfile } from '../../fixtures/other-city/index.ts';

const dir = join(PROJECT_ROOT, JSON_SCHEMA_DIR);
const profile = loadSiteProfile(PROJECT_ROOT, REAL_CONTENT);

describe('generateJsonSchemas', () => {
  it('matches the committed files exactly (run npm run schemas after changing a schema)', () => {
    const generated = generateJsonSchemas(profile);
    expect(readdirSync(dir).sort()).toEqual([...generated.keys()].sort());
    for (const [name, text] of generated) {
      expect(readFileSync(join(dir, name), 'utf8'), name).toBe(text);
    }
  });

  it('is deterministic', () => {
    expect([...generateJsonSchemas(profile)]).toEqual([...generateJsonSchemas(profile)]);
  });

  it('titles each schema with the site’s name and gives its own group in examples', () => {
    for (const [name, text] of generateJsonSchemas(otherCityProfile())) {
      expect(JSON.parse(text).title, name).toMatch(/^Catatan Magang Rembulan — /);
      expect(text, name).not.toMatch(/jambi|jejak/i);
    }
    const claim = generateJsonSchemas(otherCityProfile()).get('claim.schema.json');
    expect(claim).toContain('participants.asn-teluk-rembulan');
  });
});

describe('buildJsonSchema', () => {
  const cohort = buildJsonSchema('cohort', profile) as {
    $schema: string;
    title: string;
    required: string[];
    additionalProperties: boolean;
    properties: Record<string, Record<string, unknown>>;
  };

  it('is a draft-07 schema of a closed object with the required fields', () => {
    expect(cohort.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(cohort.title).toContain('angkatan');
    expect(cohort.additionalProperties).toBe(false);
    expect(cohort.required).toEqual(
      expect.arrayContaining(['programme', 'theme', 'status', 'period', 'place', 'sources']),
    );
  });

  it('carries both descriptions, joined for hovers', () => {
    expect(cohort.properties.status).toMatchObject({
      description: expect.stringContaining('sudah berlangsung'),
      description_en: expect.stringContaining('took place'),
      markdownDescription: expect.stringMatching(/sudah berlangsung[\s\S]*\*held \(took place\)/),
    });
  });

  it('lists the accepted values of an enum', () => {
    expect(cohort.properties.status?.enum).toEqual(['held', 'planned', 'announced']);
  });

  it('accepts both YAML forms of a partial date and never 0 participants', () => {
    // period is the object {start, end} or the word unknown.
    const options = (cohort.properties.period as { anyOf: unknown[] }).anyOf;
    expect(options).toContainEqual(expect.objectContaining({ const: 'unknown' }));
    const period = options.find((o) => (o as { type?: string }).type === 'object') as {
      properties: { start: { anyOf: unknown[] } };
    };
    expect(period.properties.start.anyOf).toEqual([
      { type: 'string', pattern: expect.any(String) },
      { type: 'integer', minimum: 1900, maximum: 2100 },
    ]);
    const pattern = new RegExp(
      (period.properties.start.anyOf[0] as { pattern: string }).pattern,
      'u',
    );
    for (const ok of ['2024', '2024-06', '2024-06-10']) expect(pattern.test(ok), ok).toBe(true);
    for (const bad of ['10-06-2024', '2024-13', '2024-6-1'])
      expect(pattern.test(bad), bad).toBe(false);
    expect(JSON.stringify(cohort.properties.participants)).toContain('"minimum":1');
  });

  it('makes fields with a default optional for the editor', () => {
    const article = buildJsonSchema('article-frontmatter', profile) as { required: string[] };
    expect(article.required).not.toContain('title_basis');
    expect(article.required).toContain('title');
  });

  it('describes a vocabulary file as a map of term keys', () => {
    const vocabulary = buildJsonSchema('vocabulary', profile) as {
      propertyNames: { pattern: string };
    };
    expect(vocabulary.propertyNames.pattern).toBe('^[a-z0-9]+(?:-[a-z0-9]+)*$');
  });
});
