/**
 * A scaffold environment over a test corpus (tests/helpers/corpus.ts), and a
 * Prompter that answers from a script, for the scaffold's tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../src/lib/content/load.ts';
import type { Prompter } from '../../scripts/new/ask.ts';
import type { ScaffoldEnv } from '../../scripts/new/plan.ts';
import { PROJECT_ROOT, type Corpus } from './corpus.ts';

/** The environment `npm run new` would have for this corpus. */
export function scaffoldEnv(corpus: Corpus): ScaffoldEnv {
  return {
    root: corpus.root,
    contentDir: corpus.content,
    schemaDir: join(PROJECT_ROOT, 'public', 'schemas'),
    content: loadContent(corpus.root),
    readFile: (path) => {
      try {
        return readFileSync(path, 'utf8');
      } catch {
        return undefined;
      }
    },
  };
}

/** A Prompter reading `answers` in order (block questions take lines up to "."), recording the dialogue. */
export function scripted(answers: readonly string[]): Prompter & { transcript: string[] } {
  const queue = [...answers];
  const transcript: string[] = [];
  return {
    transcript,
    ask: (question) => {
      const answer = queue.shift();
      transcript.push(`${question}${answer ?? '<EOF>'}`);
      return Promise.resolve(answer);
    },
    askBlock: (question) => {
      transcript.push(question);
      const lines: string[] = [];
      for (let line = queue.shift(); line !== undefined && line !== '.'; line = queue.shift())
        lines.push(line);
      return Promise.resolve(lines.length > 0 ? lines.join('\n') : undefined);
    },
    say: (text) => {
      transcript.push(text);
    },
  };
}
