/**
 * One session of `npm run new`: the article, then any number of records it
 * reports (new cohorts, sources for existing cohorts, claims, in the order
 * asked), and the vocabulary terms added on the way. Every part holds its
 * answers under the flags' names, so a session made from flags and one made
 * by the interview are planned by the same code; a session is plain data,
 * so an interrupted one can be saved as it stands and taken up again.
 */
import {
  termSchema,
  vocabularyNames,
  type Term,
  type VocabularyName,
} from '../../src/schemas/vocabulary.ts';
import type { Answers } from './options.ts';
import { hasClaim } from './plan-claim.ts';

/** A vocabulary term added in this session, appended to content/vocabularies/<vocabulary>.yaml. */
export interface NewTerm {
  vocabulary: VocabularyName;
  key: string;
  term: Term;
}

/** One record the article reports: a cohort (new, or a source for one) or a claim. */
export interface RecordAnswers {
  kind: 'cohort' | 'claim';
  /** Every question of the record was asked (a resumed session skips it). */
  done: boolean;
  answers: Answers;
}

export interface Session {
  /** The article's answers (or `article` naming a stored one), and how the session runs. */
  article: Answers;
  /** Every question about the article was asked. */
  articleDone: boolean;
  /** The press release text as pasted. */
  pasted?: string | undefined;
  records: RecordAnswers[];
  terms: NewTerm[];
  /** The review was reached: a resumed session goes back to it. */
  reviewing?: boolean;
}

/** A session to interview from answers given as flags: what they leave open is still to ask. */
export function startSession(given: Answers, pasted?: string): Session {
  const flags = sessionFromFlags({ ...given }, pasted);
  return {
    ...flags,
    articleDone: false,
    records: flags.records.map((r) => ({ ...r, done: false })),
  };
}

/**
 * The session that flags describe: the article, at most one cohort and one
 * claim, each reading its own answers from the one set of flags.
 */
export function sessionFromFlags(answers: Answers, pasted: string | undefined): Session {
  const records: RecordAnswers[] = [];
  const cohort = answers.cohort?.trim();
  if (cohort && cohort !== 'none') records.push({ kind: 'cohort', done: true, answers });
  if (hasClaim(answers)) records.push({ kind: 'claim', done: true, answers });
  return { article: answers, articleDone: true, pasted, records, terms: [] };
}

/** Whether `value` has the shape of a saved session (a draft file read back). */
export function isSession(value: unknown): value is Session {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Partial<Session>;
  return (
    typeof s.article === 'object' &&
    s.article !== null &&
    typeof s.articleDone === 'boolean' &&
    Array.isArray(s.records) &&
    s.records.every(
      (r) =>
        (r.kind === 'cohort' || r.kind === 'claim') &&
        typeof r.done === 'boolean' &&
        typeof r.answers === 'object' &&
        r.answers !== null,
    ) &&
    Array.isArray(s.terms) &&
    s.terms.every(
      (t) =>
        vocabularyNames.includes(t.vocabulary) &&
        typeof t.key === 'string' &&
        termSchema.safeParse(t.term).success,
    ) &&
    (s.pasted === undefined || typeof s.pasted === 'string')
  );
}
