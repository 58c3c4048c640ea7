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
  return { content, problems: sortProblems([...content.problems, ...checkContent(content)]) };
}
