/**
 * The import boundaries of docs/architecture.md, as ESLint enforces them
 * (eslint.config.js): each forbidden import fails lint, each allowed one
 * passes. Code is linted as if it stood at the given path.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/corpus.ts';

const eslint = new ESLint({ cwd: PROJECT_ROOT });

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

const cases: [file: string, importLine: string, forbidden: boolean][] = [
  ['src/lib/data/x.ts', "import { getCollection } from 'astro:content';", true],
  ['src/lib/data/x.ts', "import { getSite } from '../../site-data/index.ts';", true],
  ['src/lib/charts/x.ts', "import C from '../../components/Charts.astro';", true],
  ['src/lib/site/x.ts', "import { x } from '../../../scripts/new/ask.ts';", true],
  ['src/lib/data/x.ts', "import { yearOf } from '../dates/partial-date.ts';", false],
  ['src/lib/data/x.ts', "import type { Cohort } from '../../schemas/cohort.ts';", false],
  ['src/components/X.ts', "import { getSite } from '../site-data/index.ts';", true],
  ['src/components/X.ts', "import { getCollection } from 'astro:content';", true],
  ['src/components/X.ts', "import type { SiteModel } from '../lib/site/model.ts';", false],
  ['src/schemas/x.ts', "import { yearOf } from '../lib/dates/partial-date.ts';", true],
  ['src/schemas/x.ts', "import { z } from 'astro/zod';", false],
  ['src/routes/x.ts', "import { getSite } from '../site-data/index.ts';", false],
  ['src/routes/x.ts', "import { SITE_URL } from '../site.config.ts';", true],
  ['scripts/x.ts', "import { SITE_URL } from '../src/site.config.ts';", false],
];

describe('import boundaries (no-restricted-imports)', () => {
  it.each(cases)('%s: %s → forbidden %s', async (file, importLine, forbidden) => {
    const messages = await restricted(file, `${importLine}\nexport const used = [];\n`);
    expect(messages.length > 0).toBe(forbidden);
  });
});
