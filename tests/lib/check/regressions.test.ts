import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../src/lib/check/index.ts';
import { validateEntry } from '../../../src/lib/check/schema-issues.ts';
import { articlePlainText } from '../../../src/lib/content/markdown.ts';
import { parseYaml } from '../../../src/lib/content/yaml.ts';
import { articleSchema } from '../../../src/schemas/article.ts';
import { cohortSchema } from '../../../src/schemas/cohort.ts';
import { useCorpora } from '../../helpers/corpus.ts';
import { articleData } from '../../helpers/records.ts';

const corpus = useCorpora();

describe('validateEntry on a missing enum field', () => {
  it('says the field is required, not that the value is unknown', () => {
    const text =
      'programme: scp\ntheme: t\nperiod: {start: 2019}\nplace: p\nparticipants: [{group: g, count: 1}]\nsources: [{article: a, quote: kutipan yang panjang, supports: [theme]}]\n';
    const y = parseYaml(text, 'c.yaml');
    const p = validateEntry(cohortSchema, y.data, 'c.yaml', y.lineOf).problems.find(
      (x) => x.field === 'status',
    );
    expect(p?.message.en).toBe('Required field is missing.');
  });
});

describe('schema refinements', () => {
  it('report republishes-required even when another field is invalid', () => {
    const r = articleSchema.safeParse({
      ...articleData({ kind: 'republication' }),
      language: 'fr',
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.')).sort()).toEqual([
      'language',
      'republishes',
    ]);
  });
});

describe('runCheck on a dangling symlink', () => {
  it('reports the file instead of throwing', () => {
    const c = corpus();
    symlinkSync('/nonexistent/target.yaml', join(c.content, 'cohorts', 'dangling.yaml'));
    const { problems } = runCheck(c.root, c.content);
    expect(
      problems.some((p) => p.code === 'file-symlink' && p.file.endsWith('dangling.yaml')),
    ).toBe(true);
  });
});

describe('articlePlainText at hard breaks and lists', () => {
  it('keeps words apart', () => {
    expect(articlePlainText('baris satu  \nbaris dua\n')).toMatch(/satu\s+baris/);
    expect(articlePlainText('- butir satu\n- butir dua\n')).toMatch(/satu\s+butir/);
  });
});
