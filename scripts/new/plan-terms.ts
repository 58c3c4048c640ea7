/**
 * Vocabulary terms added by a session: a new programme, theme, place,
 * outlet or participant group, with both labels and the words that name it
 * in source texts. They are appended at the end of
 * content/vocabularies/<name>.yaml (the rest of the file, comments
 * included, stays byte for byte), several to one file in one change, and
 * added to the content the rest of the plan reads, so that records and
 * quotes can use them before they are written. The flags' own way to name a
 * new outlet, theme or participant group (--outlet=new, --theme=new,
 * --group=new:N with its labels and body) becomes such a term here.
 */
import { OWN_BODY, type Term, type VocabularyName } from '../../src/schemas/vocabulary.ts';
import type { LoadedContent } from '../../src/lib/content/load.ts';
import { appendToMap } from './append.ts';
import { termKey } from './ids.ts';
import type { Answers } from './options.ts';
import { entryPath, missing, take, type Plan, type ScaffoldEnv } from './plan.ts';
import type { NewTerm } from './session.ts';
import { checkUrl } from './validate.ts';

/** What a new term of each vocabulary is called in messages. */
export const TERM_NOUNS: Record<VocabularyName, { id: string; en: string }> = {
  themes: { id: 'Tema', en: 'theme' },
  programmes: { id: 'Program', en: 'programme' },
  outlets: { id: 'Media', en: 'outlet' },
  'participant-groups': { id: 'Kelompok peserta', en: 'participant group' },
  places: { id: 'Tempat', en: 'place' },
};

/** `content` with the session's new terms in its vocabularies. */
export function withTerms(content: LoadedContent, terms: readonly NewTerm[]): LoadedContent {
  if (terms.length === 0) return content;
  const vocabularies = { ...content.vocabularies };
  for (const t of terms)
    vocabularies[t.vocabulary] = new Map([...vocabularies[t.vocabulary], [t.key, t.term]]);
  return { ...content, vocabularies };
}

/** A new term from its labels: its key from the English label, its words the given ones or both labels. */
export function newTerm(
  vocabulary: VocabularyName,
  label: { id: string; en: string },
  words: readonly string[],
  extra: Pick<Term, 'website' | 'description' | 'body'> = {},
): NewTerm {
  const terms = [...new Set((words.length > 0 ? words : [label.en, label.id]).filter(Boolean))];
  return { vocabulary, key: termKey(label.en), term: { label, terms, ...extra } };
}

/** Words separated by ";" ("Urban Planning; tata kota"). */
export function splitWords(answer: string | undefined): string[] {
  return (answer ?? '')
    .split(';')
    .map((t) => t.trim())
    .filter(Boolean);
}

/** The body --group-body gives: own, or "Nama lembaga|Name of the body"; undefined (reported) when neither. */
function bodyFromFlag(answer: string | undefined, plan: Plan): Term['body'] {
  const a = answer?.trim() ?? '';
  if (a === OWN_BODY) return OWN_BODY;
  const [id = '', en = ''] = a.split('|').map((x) => x.trim());
  if (id && en) return { id, en };
  missing(
    plan,
    'group-body',
    'Lembaga asal kelompok baru: own, atau "Nama lembaga|Name of the body"',
    'Whose people the new group counts: own, or "Nama lembaga|Name of the body"',
  );
  return undefined;
}

/** The new participant group that --group=new:N names, from its labels, words and body. */
function groupFromFlags(answers: Answers, plan: Plan): NewTerm | undefined {
  const labelId = answers['group-label-id']?.trim() ?? '';
  const labelEn = answers['group-label-en']?.trim() ?? '';
  if (!labelId)
    missing(
      plan,
      'group-label-id',
      'Label kelompok baru (Indonesia)',
      'The new group label (Indonesian)',
    );
  if (!labelEn)
    missing(
      plan,
      'group-label-en',
      'Label kelompok baru (Inggris)',
      'The new group label (English)',
    );
  const body = bodyFromFlag(answers['group-body'], plan);
  if (!labelId || !labelEn || body === undefined) return undefined;
  const words = splitWords(answers['group-terms']);
  return newTerm('participant-groups', { id: labelId, en: labelEn }, words, { body });
}

/**
 * The terms that flags name (--outlet=new with --outlet-name, --theme=new
 * and --group=new:N with their labels), and the answers with their keys in
 * place of `new`. Missing labels are reported in `plan`.
 */
export function termsFromFlags(
  answers: Answers,
  env: ScaffoldEnv,
  plan: Plan,
): { answers: Answers; terms: NewTerm[] } {
  const out: Answers = { ...answers };
  const terms: NewTerm[] = [];
  const add = (t: NewTerm): string => {
    if (!env.content.vocabularies[t.vocabulary].has(t.key)) terms.push(t);
    return t.key;
  };
  if (answers.outlet?.trim() === 'new') {
    const name = answers['outlet-name']?.trim();
    const website = answers['outlet-website']?.trim();
    const site = website ? take(plan, checkUrl(website, 'Situs media')) : undefined;
    if (!name) missing(plan, 'outlet-name', 'Nama media baru', 'The name of the new outlet');
    else
      out.outlet = add(
        newTerm('outlets', { id: name, en: name }, [name], site ? { website: site } : {}),
      );
  }
  if (answers.theme?.trim() === 'new') {
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
    if (labelId && labelEn)
      out.theme = add(
        newTerm('themes', { id: labelId, en: labelEn }, splitWords(answers['theme-terms'])),
      );
  }
  if (answers.group?.some((g) => g.split(':')[0]?.trim() === 'new')) {
    const made = groupFromFlags(answers, plan);
    const key = made ? add(made) : undefined;
    out.group = answers.group.flatMap((g) => {
      const [name = '', count = ''] = g.split(':');
      if (name.trim() !== 'new') return [g];
      return key ? [`${key}:${count}`] : [];
    });
  }
  return { answers: out, terms };
}

/** Plan the appends of `terms` to their vocabulary files, one change per file, with what to check. */
export function planTerms(terms: readonly NewTerm[], env: ScaffoldEnv, plan: Plan): void {
  const files = [...new Set(terms.map((t) => t.vocabulary))];
  for (const vocabulary of files) {
    const path = entryPath(env, 'vocabularies', vocabulary, '.yaml');
    const before = env.readFile(path) ?? '';
    let text = before;
    for (const t of terms.filter((x) => x.vocabulary === vocabulary)) {
      const appended = appendToMap(text, t.key, t.term, `content/vocabularies/${vocabulary}.yaml`);
      if (!appended.ok) {
        plan.errors.push(appended.problem);
        continue;
      }
      text = appended.text;
      const noun = TERM_NOUNS[vocabulary];
      plan.todo.push({
        path,
        item: {
          id: `${noun.id} baru "${t.key}": periksa label dan sebutan (terms: ${t.term.terms.join('; ')}) — pemeriksa mencari salah satu sebutan itu di kutipan.`,
          en: `New ${noun.en} "${t.key}": check its labels and terms (${t.term.terms.join('; ')}) — the checker looks for one of them in the quote.`,
        },
      });
    }
    if (text !== before)
      plan.changes.push({
        path,
        kind: 'append',
        what: 'vocabulary',
        text,
        before,
        data: terms.filter((x) => x.vocabulary === vocabulary),
      });
  }
}
