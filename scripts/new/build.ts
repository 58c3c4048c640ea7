/**
 * `buildPlan`: every file `npm run new` writes for one set of answers — the
 * article (or an existing one), a new cohort or more sources on an existing
 * one, a claim, and new vocabulary terms — with every problem in the
 * answers reported together.
 */
import { termKey } from './ids.ts';
import type { Answers } from './options.ts';
import { planArticle, type ArticleSource } from './plan-article.ts';
import { hasClaim, draftClaim, planClaim } from './plan-claim.ts';
import { draftCohort } from './draft-cohort.ts';
import { planCohortSources, planNewCohort } from './plan-cohort.ts';
import { emptyPlan, type Plan, type ScaffoldEnv } from './plan.ts';

/** The theme key that names a new article about a new cohort. */
function topicOf(answers: Answers): string | undefined {
  if (answers.cohort?.trim() !== 'new') return undefined;
  const theme = answers.theme?.trim();
  if (theme === 'new') {
    const label = answers['theme-label-en']?.trim() || answers['theme-label-id']?.trim();
    return label ? termKey(label) : undefined;
  }
  return theme || undefined;
}

/** Plan the files for `answers` and the pasted press release text (`pasted`). */
export function buildPlan(answers: Answers, pasted: string | undefined, env: ScaffoldEnv): Plan {
  const plan = emptyPlan();
  const article = planArticle(answers, pasted, env, plan, topicOf(answers));
  const cohort = answers.cohort?.trim() || 'none';
  if (!article) {
    // Still check the other answers, so that every problem is reported at once.
    const stand: ArticleSource = { id: '', published: '1900', text: '', ctx: {}, isNew: true };
    if (cohort === 'new') draftCohort(answers, env, plan, stand);
    if (hasClaim(answers)) draftClaim(answers, env, plan, stand);
    return plan;
  }
  if (cohort === 'new') planNewCohort(answers, env, plan, article);
  else if (cohort !== 'none') planCohortSources(answers, env, plan, article, cohort);
  if (hasClaim(answers)) planClaim(answers, env, plan, article);
  return plan;
}
