/**
 * After the quotes are chosen: a value no quote states cannot be shown as
 * sourced. An optional one (host, course name, send-off, another group, a
 * claim's speaker or scope) is offered for removal, so that only what the
 * release says is written; a required one stays, and the editor is told
 * that the check will ask for its quote.
 */
import type { Answers } from './options.ts';
import { askYesNo, type Prompter } from './ask.ts';
import { citeQuotes, type CitationInput } from './citations.ts';
import { quoted } from './interview-quotes.ts';

/** Answers to clear when the value at a fact path is dropped. */
const CLEARS: Record<string, readonly (keyof Answers)[]> = {
  host: ['host'],
  course_name: ['course-name'],
  'sendoff.date': ['sendoff-date', 'sendoff-place', 'sendoff-by'],
  'sendoff.place': ['sendoff-place'],
  'sendoff.by': ['sendoff-by'],
  speaker: ['claim-speaker'],
  'scope.programme': ['claim-programme'],
  'scope.place': ['claim-place'],
  'scope.since': ['claim-since'],
  'scope.window_years': ['claim-window'],
  'scope.year': ['claim-year'],
};

/** Clear the answers behind `path`; false when the value cannot be dropped. */
function drop(a: Answers, path: string): boolean {
  const clears = CLEARS[path];
  if (clears) {
    for (const k of clears) (a as Record<string, unknown>)[k] = '';
    return true;
  }
  const group = /^participants\.(.+)$/u.exec(path)?.[1];
  const listed = a.group?.find((g) => g.split(':')[0] === group);
  if (!listed) return false;
  a.group = a.group?.filter((g) => g !== listed);
  return true;
}

/**
 * For every value of `input` that the chosen quotes (`a.quote`, or a
 * claim's `a['claim-quote']`) leave unstated: drop it when it is optional and
 * the editor agrees, else say that the check will ask for it.
 */
export async function dropUnquoted(
  io: Prompter,
  a: Answers,
  input: CitationInput,
  quotes: readonly string[] = a.quote ?? [],
): Promise<void> {
  const { unsupported } = citeQuotes(quotes, input);
  for (const fact of input.facts.filter((f) => quoted(f) && unsupported.includes(f.path))) {
    const optional = fact.path in CLEARS || /^participants\./u.test(fact.path);
    if (optional && drop({ ...a }, fact.path)) {
      const remove = await askYesNo(
        io,
        `  ! ${fact.path} tidak didukung kutipan mana pun. Hapus nilai ini dari berkas?`,
        true,
      );
      if (remove) {
        drop(a, fact.path);
        continue;
      }
    }
    io.say(
      `  ⚠ ${fact.path} tanpa kutipan: npm run check akan memintanya. Tambahkan kutipan lewat tinjauan ("ubah"), atau nanti di berkasnya.`,
    );
  }
}
