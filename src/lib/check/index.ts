/** The content check run by `npm run check`, the build and the tests. */
import { loadContent, type LoadedContent } from '../content/load.ts';
import { checkContent } from './cross.ts';
import { sortProblems, type Problem } from './problem.ts';

export interface CheckResult {
  content: LoadedContent;
  problems: Problem[];
}

/** Read, validate and cross-check everything under `root/content`. */
export function runCheck(root: string, contentDir?: string): CheckResult {
  const content = loadContent(root, contentDir);
  return {
    content,
    problems: sortProblems(supersede([...content.problems, ...checkContent(content)])),
  };
}

/**
 * One message per field where a term is not in its vocabulary: the
 * vocabulary message (which names the valid keys, "Urban Planning" → urban-planning)
 * replaces the schema's generic "not a valid key" for the same field.
 */
export function supersede(problems: readonly Problem[]): Problem[] {
  const vocab = new Set(
    problems
      .filter((p) => p.code === 'vocabulary-term-unknown')
      .map((p) => `${p.file}\0${p.field ?? ''}`),
  );
  return problems.filter(
    (p) => !(p.code.startsWith('schema-') && vocab.has(`${p.file}\0${p.field ?? ''}`)),
  );
}
