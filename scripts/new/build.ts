/**
 * `buildPlan` and `planSession`: every file `npm run new` writes for one
 * session — the article (or a stored one), the new vocabulary terms, then
 * each record in the order asked: a new cohort or more sources on a stored
 * one, a claim — with every problem in the answers reported together.
 */
import type { ArticleSource } from './article-source.ts';
import type { Answers } from './options.ts';
import { planArticle } from './plan-article.ts';
import { draftClaim, planClaim } from './plan-claim.ts';
import { draftCohort } from './draft-cohort.ts';
import { planCohortSources, planNewCohort } from './plan-cohort.ts';
import { planTerms, termsFromFlags, withTerms } from './plan-terms.ts';
import { emptyPlan, type Plan, type ScaffoldEnv } from './plan.ts';
import { sessionFromFlags, type Session } from './session.ts';

/** The theme key that names a new article: the first new cohort's. */
function topicOf(records: readonly Answers[]): string | undefined {
  const first = records.find((a) => a.cohort?.trim() === 'new');
  const theme = first?.theme?.trim();
  return theme && theme !== 'new' ? theme : undefined;
}

/** Plan the files of a session. */
export function planSession(session: Session, env: ScaffoldEnv): Plan {
  const plan = emptyPlan();
  const terms = [...session.terms];
  const convert = (a: Answers): Answers => {
    const flags = termsFromFlags(a, env, plan);
    for (const t of flags.terms)
      if (!terms.some((x) => x.vocabulary === t.vocabulary && x.key === t.key)) terms.push(t);
    return flags.answers;
  };
  const article = convert(session.article);
  const records = session.records.map((r) => ({
    kind: r.kind,
    answers: r.answers === session.article ? article : convert(r.answers),
  }));
  const cohorts = records.filter((r) => r.kind === 'cohort').map((r) => r.answers);
  const ready: ScaffoldEnv = { ...env, content: withTerms(env.content, terms) };

  const source = planArticle(article, session.pasted, ready, plan, topicOf(cohorts));
  planTerms(terms, env, plan);
  // Without an article, the records' other answers are still checked, so that
  // every problem is reported at once.
  const stand: ArticleSource = {
    id: '',
    publication: { published: '1900' },
    text: '',
    ctx: {},
    isNew: true,
  };
  for (const { kind, answers } of records) {
    const cohort = answers.cohort?.trim() || 'none';
    if (kind === 'claim') {
      if (source) planClaim(answers, ready, plan, source);
      else draftClaim(answers, ready, plan, stand);
    } else if (cohort === 'new') {
      if (source) planNewCohort(answers, ready, plan, source);
      else draftCohort(answers, ready, plan, stand);
    } else if (cohort !== 'none' && source) planCohortSources(answers, ready, plan, source, cohort);
  }
  return plan;
}

/** Plan the files for answers given as flags and the pasted press release text (`pasted`). */
export function buildPlan(answers: Answers, pasted: string | undefined, env: ScaffoldEnv): Plan {
  return planSession(sessionFromFlags(answers, pasted), env);
}
