/**
 * A release whose publication date is not known: npm run new writes
 * `published: unknown` with the bounds given, refuses bounds next to a
 * written date or in the wrong order, and asks for the date a claim was made.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../src/lib/check/index.ts';
import { buildPlan } from '../../../scripts/new/build.ts';
import { parseFlags } from '../../../scripts/new/options.ts';
import { applyPlan } from '../../../scripts/new/write.ts';
import { useCorpora } from '../../helpers/corpus.ts';
import { PRACTICE_FLAGS, PRACTICE_TEXT } from '../../helpers/practice.ts';
import { scaffoldEnv } from '../../helpers/scaffold.ts';

const corpus = useCorpora();

/** The worked example with its publication date replaced by `flags`. */
const withDate = (...flags: string[]) =>
  parseFlags([...PRACTICE_FLAGS.filter((f) => !f.startsWith('--published=')), ...flags, '--yes']);

const UNKNOWN = [
  '--published=unknown',
  '--published-after=2024-06-07',
  '--published-before=2024-06-30',
];

describe('a release of unknown date', () => {
  it('is written as unknown with its bounds, and passes the check', () => {
    const c = corpus();
    const plan = buildPlan(
      withDate(...UNKNOWN, '--claim-made-on=2024-06'),
      PRACTICE_TEXT,
      scaffoldEnv(c),
    );
    expect(plan.errors).toEqual([]);
    const article = plan.changes.find((x) => x.what === 'article');
    expect(article?.path).toMatch(/articles\/2024-06-diskominfo-kota-jambi-urban-planning\.md$/);
    expect(article?.text).toContain(
      'published: unknown\npublished_after: 2024-06-07\npublished_before: 2024-06-30\n',
    );
    expect(plan.todo.map((t) => t.item.id).join('\n')).toContain(
      'published: unknown — isi tanggal',
    );
    expect(applyPlan(plan, c.root)).toEqual([]);
    expect(runCheck(c.root).problems).toEqual([]);
    const cohort = readFileSync(join(c.content, 'cohorts', '2024-06-urban-planning.yaml'), 'utf8');
    // It may have appeared after the course began, or before: held is not assumed.
    expect(cohort).toContain('status: planned');
  });

  it('needs the date a claim was made, which the article cannot give', () => {
    const plan = buildPlan(withDate(...UNKNOWN), PRACTICE_TEXT, scaffoldEnv(corpus()));
    expect(plan.errors.map((e) => e.id)).toContain(
      'Tanggal pernyataan dibuat (tanggal terbit artikel tidak diketahui) belum diisi (--claim-made-on=…).',
    );
  });

  it('takes "tidak tahu" for unknown, and names a file with no bound "tanpa-tanggal"', () => {
    const plan = buildPlan(
      withDate('--published=tidak tahu', '--claim-made-on=2024-06'),
      PRACTICE_TEXT,
      scaffoldEnv(corpus()),
    );
    const article = plan.changes.find((x) => x.what === 'article');
    expect(article?.text).toContain('published: unknown\n');
    expect(article?.path).toMatch(
      /articles\/tanpa-tanggal-diskominfo-kota-jambi-urban-planning\.md$/,
    );
  });

  it('refuses bounds next to a written date, and bounds in the wrong order', () => {
    const written = buildPlan(
      withDate('--published=2024-06-07', '--published-after=2024-06-07'),
      PRACTICE_TEXT,
      scaffoldEnv(corpus()),
    );
    expect(written.errors.map((e) => e.id).join('\n')).toContain(
      '--published-after hanya dipakai bila tanggal terbit tidak diketahui',
    );
    expect(written.changes.filter((x) => x.what === 'article')).toEqual([]);
    const reversed = buildPlan(
      withDate(
        '--published=unknown',
        '--published-after=2024-06-30',
        '--published-before=2024-06-07',
        '--claim-made-on=2024-06',
      ),
      PRACTICE_TEXT,
      scaffoldEnv(corpus()),
    );
    expect(reversed.errors.map((e) => e.id).join('\n')).toContain(
      '--published-before (2024-06-07) jatuh sebelum --published-after (2024-06-30)',
    );
  });
});
