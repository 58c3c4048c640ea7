import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../src/lib/check/index.ts';
import { buildPlan, planSession } from '../../../scripts/new/build.ts';
import { interview } from '../../../scripts/new/interview.ts';
import { parseFlags } from '../../../scripts/new/options.ts';
import { startSession } from '../../../scripts/new/session.ts';
import { applyPlan } from '../../../scripts/new/write.ts';
import { ARTICLE_ID, COHORT_ID, useCorpora } from '../../helpers/corpus.ts';
import { PRACTICE_ANSWERS, PRACTICE_FLAGS, PRACTICE_TEXT } from '../../helpers/practice.ts';
import { scaffoldEnv, scripted } from '../../helpers/scaffold.ts';

const corpus = useCorpora();

describe('interview', () => {
  it('gives, from typed answers, the same files as the flags do, and they pass the check', async () => {
    const c = corpus();
    // Enter at the copy-day question takes the day of the session.
    const env = { ...scaffoldEnv(c), today: '2024-06-12' };
    const io = scripted(PRACTICE_ANSWERS);
    const { plan, outcome } = await interview(io, startSession({}), env);
    expect(outcome).toBe('write');
    expect(plan.errors).toEqual([]);
    const flags = [...PRACTICE_FLAGS, '--captured=2024-06-12', '--yes'];
    const fromFlags = buildPlan(parseFlags(flags), PRACTICE_TEXT, env);
    expect(plan.changes.map((x) => x.text)).toEqual(fromFlags.changes.map((x) => x.text));
    expect(applyPlan(plan, c.root)).toEqual([]);
    expect(runCheck(c.root).problems).toEqual([]);
  });

  it('offers the sentences that state each value and ticks off those already cited', async () => {
    const io = scripted(PRACTICE_ANSWERS);
    await interview(io, startSession({}), scaffoldEnv(corpus()));
    const text = io.transcript.join('\n');
    expect(text).toContain('Kutipan untuk programme = scp:');
    expect(text).toMatch(
      /1\) «JAMBI – Sebanyak 30 orang .*»\n {5}→ programme, theme, period, place, participants\.asn-kota-jambi, status/,
    );
    expect(text).toContain('✓ theme: sudah didukung kutipan 1');
    expect(text).toContain('✓ status: sudah didukung kutipan 1');
    expect(text).toContain('Baris berikut dibuang karena bukan bagian artikel');
  });

  it('notices at the headline that the article is already stored, and continues with it', async () => {
    const c = corpus();
    const env = scaffoldEnv(c);
    const stored = env.content.articles.find((x) => x.id === ARTICLE_ID);
    const io = scripted(['1', stored?.data.title ?? '', 'y']);
    const session = startSession({});
    await interview(io, session, env);
    const text = io.transcript.join('\n');
    expect(text).toContain(`Artikel ini sudah ada di situs: ${stored?.file}`);
    expect(session.article.article).toBe(ARTICLE_ID);
    expect(session.article['article-title']).toBeUndefined();
    expect(text).not.toContain('Media penerbit:');
  });

  it('asks only what no flag answered', async () => {
    const io = scripted([]);
    const given = parseFlags(PRACTICE_FLAGS);
    const session = startSession(given, PRACTICE_TEXT);
    const { outcome } = await interview(io, session, scaffoldEnv(corpus()));
    expect(session.article['article-title']).toBe(given['article-title']);
    // The unanswered optional questions met the end of input and took their defaults.
    expect(io.transcript.filter((l) => l.endsWith('<EOF>')).length).toBeGreaterThan(0);
    // …but the input's end never writes: the session stops, to be taken up again.
    expect(outcome).toBe('stopped');
    expect(planSession(session, scaffoldEnv(corpus())).errors).toEqual([]);
  });

  it('adds a source to an existing cohort chosen from the list', async () => {
    const c = corpus();
    const env = scaffoldEnv(c);
    const io = scripted(['2', '1', '2', '1', '1', '4', '1']);
    const session = startSession({});
    const { plan, outcome } = await interview(io, session, env);
    expect(outcome).toBe('write');
    expect(session.article.article).toBe(ARTICLE_ID);
    expect(session.records[0]?.answers).toMatchObject({ cohort: COHORT_ID });
    expect(session.records[0]?.answers.quote).toHaveLength(1);
    expect(plan.errors).toEqual([]);
    expect(plan.changes.map((x) => x.kind)).toEqual(['append']);
    expect(applyPlan(plan, c.root)).toEqual([]);
    expect(runCheck(c.root).problems).toEqual([]);
  });
});
