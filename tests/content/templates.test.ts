/**
 * The templates in content/_templates: each is a valid entry of its kind
 * (so copying one gives a file that passes the schema), and each YAML
 * template points its editor at the generated JSON Schema.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { validateEntry } from '../../src/lib/check/schema-issues.ts';
import { vocabularyFileSchema } from '../../src/lib/content/collections.ts';
import { splitFrontMatter } from '../../src/lib/content/read.ts';
import { parseYaml } from '../../src/lib/content/yaml.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { claimSchema } from '../../src/schemas/claim.ts';
import { cohortSchema } from '../../src/schemas/cohort.ts';
import { contextEventSchema } from '../../src/schemas/context-event.ts';
import { PROJECT_ROOT } from '../helpers/corpus.ts';

const DIR = join(PROJECT_ROOT, 'content', '_templates');

const YAML_TEMPLATES: Record<string, [z.ZodType, string]> = {
  'cohort.yaml': [cohortSchema, 'cohort.schema.json'],
  'claim.yaml': [claimSchema, 'claim.schema.json'],
  'context-event.yaml': [contextEventSchema, 'context-event.schema.json'],
  'vocabulary-term.yaml': [vocabularyFileSchema, 'vocabulary.schema.json'],
};

describe('content/_templates', () => {
  it.each(Object.entries(YAML_TEMPLATES))(
    '%s is valid and names its JSON Schema',
    (name, [schema, json]) => {
      const text = readFileSync(join(DIR, name), 'utf8');
      const first = text.split('\n')[0] ?? '';
      expect(first).toBe(`# yaml-language-server: $schema=../../public/schemas/${json}`);
      expect(existsSync(resolve(DIR, first.split('=')[1] ?? ''))).toBe(true);
      const parsed = parseYaml(text, name);
      expect(parsed.problems).toEqual([]);
      expect(validateEntry(schema, parsed.data, name, parsed.lineOf).problems).toEqual([]);
    },
  );

  it('article.md has valid front matter and a body', () => {
    const split = splitFrontMatter(readFileSync(join(DIR, 'article.md'), 'utf8'));
    expect(split?.body.trim()).not.toBe('');
    const parsed = parseYaml(split?.frontMatter ?? '', 'article.md');
    expect(validateEntry(articleSchema, parsed.data, 'article.md', parsed.lineOf).problems).toEqual(
      [],
    );
  });
});
