/**
 * What every part of the interview works on: where questions go, the
 * project as loaded, and the session being filled in. The content the
 * questions list from includes the terms added in this session, and the
 * article quotes come from is the session's article as far as it is known.
 */
import { sessionSource, type ArticleSource } from './article-source.ts';
import type { Prompter } from './ask.ts';
import { withTerms } from './plan-terms.ts';
import type { ScaffoldEnv } from './plan.ts';
import type { Session } from './session.ts';

export interface Interview {
  io: Prompter;
  /** The project as loaded, before this session. */
  env: ScaffoldEnv;
  session: Session;
}

/** The environment with the session's new terms in its vocabularies. */
export function envOf(it: Interview): ScaffoldEnv {
  return { ...it.env, content: withTerms(it.env.content, it.session.terms) };
}

/** The article the session's quotes come from, once it has a headline, a date and a text. */
export function sourceOf(it: Interview): ArticleSource | undefined {
  return sessionSource(it.session.article, it.session.pasted, it.env);
}
