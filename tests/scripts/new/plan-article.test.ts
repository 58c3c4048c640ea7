/** The new article's capture fields: the day the copy was taken and the hash of its body. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../src/lib/check/index.ts';
import { bodySha256 } from '../../../src/lib/content/body-hash.ts';
import { buildPlan } from '../../../scripts/new/build.ts';
import { parseFlags } from '../../../scripts/new/options.ts';
import { applyPlan } from '../../../scripts/new/write.ts';
import { useCorpora } from '../../helpers/corpus.ts';
import { PRACTICE_ARTICLE_ID, PRACTICE_FLAGS, PRACTICE_TEXT } from '../../helpers/practice.ts';
import { scaffoldEnv } from '../../helpers/scaffold.ts';

const corpus = useCorpora();

function written(extra: string[]): { text: string; errors: unknown[]; root: string } {
  const c = corpus();
  const plan = buildPlan(
    parseFlags([...PRACTICE_FLAGS, '--yes', ...extra]),
    PRACTICE_TEXT,
    scaffoldEnv(c),
  );
  if (plan.errors.length) return { text: '', errors: plan.errors, root: c.root };
  applyPlan(plan, c.root);
  const text = readFileSync(join(c.content, 'articles', `${PRACTICE_ARTICLE_ID}.md`), 'utf8');
  return { text, errors: [], root: c.root };
}

describe('a new article’s capture fields', () => {
  it('writes an unknown capture day by default and the hash of the body it writes', () => {
    const { text, root } = written([]);
    expect(text).toContain('\ncaptured: unknown\n');
    const body = text.slice(text.indexOf('\n---\n', 4) + 5);
    expect(text).toContain(`\nsha256: ${bodySha256(body)}\n`);
    expect(runCheck(root).problems).toEqual([]);
  });

  it('writes the day given with --captured, and refuses a day that is not whole', () => {
    expect(written(['--captured=2024-06-10']).text).toContain('\ncaptured: 2024-06-10\n');
    expect(written(['--captured=2024-06']).errors).not.toEqual([]);
  });
});
