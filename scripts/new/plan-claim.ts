/**
 * The claim part of a plan: an aggregate statement of the press release
 * ("150 ASN dalam 3 tahun terakhir") as a claim file, dated by the article
 * and cited from it.
 */
import { ABROAD, claimMetrics, claimQualifiers, type Claim } from '../../src/schemas/claim.ts';
import { claimFacts } from '../../src/lib/check/facts.ts';
import { unsupportedFix } from '../../src/lib/check/unsupported-fix.ts';
import { isDated } from '../../src/lib/dates/publication.ts';
import { autoQuotes, citeQuotes } from './citations.ts';
import { claimId } from './ids.ts';
import type { Answers } from './options.ts';
import type { ArticleSource } from './article-source.ts';
import { citationInput } from './plan-cohort.ts';
import {
  checkNew,
  entryPath,
  missing,
  schemaRef,
  type Plan,
  type ScaffoldEnv,
  take,
} from './plan.ts';
import { modeline, renderYaml } from './render.ts';
import {
  checkChoice,
  checkDate,
  checkId,
  checkInt,
  checkTerm,
  checkText,
  type Checked,
} from './validate.ts';

/** Whether the answers describe a claim at all. */
export function hasClaim(answers: Answers): boolean {
  return Boolean(answers['claim-metric']?.trim() || answers['claim-value']?.trim());
}

/**
 * When the claim was made: the article's publication date, or, when that is
 * not known, the date answered (which the check holds within its bounds).
 */
function madeOnOf(answers: Answers, plan: Plan, article: ArticleSource): string | undefined {
  if (isDated(article.publication)) return article.publication.published;
  const answer = answers['claim-made-on']?.trim();
  if (answer) return take(plan, checkDate(answer, 'Tanggal pernyataan'));
  missing(
    plan,
    'claim-made-on',
    'Tanggal pernyataan dibuat (tanggal terbit artikel tidak diketahui)',
    'The date the statement was made (the article’s publication date is unknown)',
  );
  return undefined;
}

/** The claim without sources, from the answers; errors go to `plan`. */
export function draftClaim(
  answers: Answers,
  env: ScaffoldEnv,
  plan: Plan,
  article: ArticleSource,
): Omit<Claim, 'sources'> | undefined {
  const v = env.content.vocabularies;
  const metricAnswer = answers['claim-metric']?.trim() ?? '';
  const valueAnswer = answers['claim-value']?.trim() ?? '';
  if (!metricAnswer) missing(plan, 'claim-metric', 'Yang dihitung klaim', 'What the claim counts');
  if (!valueAnswer) missing(plan, 'claim-value', 'Angka klaim', 'The number claimed');
  const metric = metricAnswer
    ? take(plan, checkChoice(metricAnswer, claimMetrics, 'Yang dihitung'))
    : undefined;
  const value = valueAnswer
    ? take(plan, checkInt(valueAnswer, 0, 1_000_000, 'Angka klaim'))
    : undefined;
  const qualifier = take(
    plan,
    checkChoice(answers['claim-qualifier']?.trim() || 'exact', claimQualifiers, 'Kualifikasi'),
  );
  const opt = <T>(answer: string | undefined, check: (a: string) => Checked<T>): T | undefined =>
    answer?.trim() ? take(plan, check(answer.trim())) : undefined;
  const programme = opt(answers['claim-programme'], (a) =>
    checkTerm(a, 'programmes', v, 'Program klaim'),
  );
  const place = opt(answers['claim-place'], (a) =>
    checkTerm(a, 'places', v, 'Tempat klaim', [ABROAD]),
  );
  const since = opt(answers['claim-since'], (a) => checkDate(a, 'Sejak'));
  const window = opt(answers['claim-window'], (a) => checkInt(a, 1, 100, 'Tahun terakhir'));
  const year = opt(answers['claim-year'], (a) => checkInt(a, 1900, 2100, 'Tahun'));
  const speaker = opt(answers['claim-speaker'], (a) => checkText(a, 'Yang menyatakan'));
  const madeOn = madeOnOf(answers, plan, article);
  if (metric === undefined || value === undefined || !qualifier || !madeOn) return undefined;
  return {
    metric,
    value,
    qualifier,
    made_on: madeOn,
    ...(speaker ? { speaker } : {}),
    scope: {
      ...(programme ? { programme } : {}),
      ...(place ? { place } : {}),
      ...(since ? { since } : {}),
      ...(window !== undefined ? { window_years: window } : {}),
      ...(year !== undefined ? { year } : {}),
    },
    statement: {
      id: answers['claim-statement-id']?.trim() ?? '',
      en: answers['claim-statement-en']?.trim() ?? '',
    },
  };
}

/** Plan a claim citing `article`. */
export function planClaim(
  answers: Answers,
  env: ScaffoldEnv,
  plan: Plan,
  article: ArticleSource,
): void {
  const draft = draftClaim(answers, env, plan, article);
  if (!draft) return;
  const id = answers['claim-id']
    ? take(plan, checkId(answers['claim-id'], 'Id klaim'))
    : claimId({ ...draft, window_years: draft.scope.window_years, since: draft.scope.since });
  if (!id) return;
  const path = entryPath(env, 'claims', id, '.yaml');
  if (!checkNew(env, plan, path, id, 'claim-id')) return;
  const facts = claimFacts({ ...draft, sources: [] });
  const input = citationInput(article, facts, env.content);
  const given = (answers['claim-quote'] ?? []).filter((q) => q.trim() !== '');
  const cited = citeQuotes(answers['auto-quotes'] ? autoQuotes(given, input) : given, input);
  plan.errors.push(...cited.problems);
  const claim = { ...draft, scope: draft.scope, sources: cited.citations };
  if (Object.keys(claim.scope).length === 0) delete (claim as Partial<Claim>).scope;
  plan.changes.push({
    path,
    kind: 'create',
    what: 'claim',
    text: renderYaml(claim, modeline(schemaRef(env, path, 'claim.schema.json'))),
    data: claim,
  });
  const todo = (id: string, en: string) => plan.todo.push({ path, item: { id, en } });
  if (!draft.statement.id || !draft.statement.en)
    todo(
      'statement: pernyataan dengan kata-kata kita (id dan en) belum diisi.',
      'statement: the statement in our words (id and en) is not filled in.',
    );
  for (const field of cited.unsupported) {
    const fix = unsupportedFix(field, draft);
    todo(
      `Kolom tanpa kutipan: ${field} — ${fix.id}`,
      `Field without a quote: ${field} — ${fix.en}`,
    );
  }
  todo(
    'scope.excludes (opsional): yang menurut pernyataan tidak termasuk (mis. pelatihan di negara lain).',
    'scope.excludes (optional): what the statement says it leaves out (e.g. training in other countries).',
  );
}
