/**
 * The theme of a new cohort: a key of the themes vocabulary, or a new theme
 * named in the answers — planned as an append to
 * content/vocabularies/themes.yaml and added to the content the rest of the
 * plan reads, so that quotes can name it before it is written.
 */
import type { Term } from '../../src/schemas/vocabulary.ts';
import type { LoadedContent } from '../../src/lib/content/load.ts';
import { appendToMap } from './append.ts';
import { termKey } from './ids.ts';
import type { Answers } from './options.ts';
import { entryPath, missing, take, type Plan, type ScaffoldEnv } from './plan.ts';
import { checkTerm } from './validate.ts';

/** `content` with one more vocabulary term (a theme added in this run), for finding its words in quotes. */
export function withTerm(
  content: LoadedContent,
  vocabulary: 'themes',
  key: string,
  term: Term,
): LoadedContent {
  const vocabularies = {
    ...content.vocabularies,
    [vocabulary]: new Map([...content.vocabularies[vocabulary], [key, term]]),
  };
  return { ...content, vocabularies };
}

/** The theme key; a new theme is appended to themes.yaml and added to `content`. */
export function planTheme(
  answers: Answers,
  env: ScaffoldEnv,
  plan: Plan,
): { key?: string; content: LoadedContent } {
  const answer = answers.theme?.trim() ?? '';
  if (answer === '') {
    missing(plan, 'theme', 'Tema', 'The theme');
    return { content: env.content };
  }
  if (answer !== 'new') {
    const key = take(plan, checkTerm(answer, 'themes', env.content.vocabularies, 'Tema', ['new']));
    return { ...(key ? { key } : {}), content: env.content };
  }
  const labelId = answers['theme-label-id']?.trim() ?? '';
  const labelEn = answers['theme-label-en']?.trim() ?? '';
  if (!labelId)
    missing(
      plan,
      'theme-label-id',
      'Label tema baru (Indonesia)',
      'The new theme label (Indonesian)',
    );
  if (!labelEn)
    missing(plan, 'theme-label-en', 'Label tema baru (Inggris)', 'The new theme label (English)');
  if (!labelId || !labelEn) return { content: env.content };
  const key = termKey(labelEn);
  const existing = env.content.vocabularies.themes.get(key);
  if (existing) return { key, content: env.content };
  const given = (answers['theme-terms'] ?? '')
    .split(';')
    .map((t) => t.trim())
    .filter(Boolean);
  const terms = [...new Set(given.length > 0 ? given : [labelEn, labelId])];
  const term: Term = { label: { id: labelId, en: labelEn }, terms };
  const path = entryPath(env, 'vocabularies', 'themes', '.yaml');
  const before = env.readFile(path) ?? '';
  const appended = appendToMap(before, key, term, 'content/vocabularies/themes.yaml');
  if (!appended.ok) {
    plan.errors.push(appended.problem);
    return { content: env.content };
  }
  plan.changes.push({ path, kind: 'append', what: 'vocabulary', text: appended.text, before });
  plan.todo.push({
    path,
    item: {
      id: `Tema baru "${key}": periksa label dan sebutan (terms: ${terms.join('; ')}) — pemeriksa mencari salah satu sebutan itu di kutipan.`,
      en: `New theme "${key}": check its labels and terms (${terms.join('; ')}) — the checker looks for one of them in the quote.`,
    },
  });
  return { key, content: withTerm(env.content, 'themes', key, term) };
}
