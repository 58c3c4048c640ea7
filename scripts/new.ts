/**
 * npm run new — add a press release: the article, and a new cohort or a new
 * source for an existing one, and a claim. Asks in Indonesian (or takes the
 * same answers as flags: npm run new -- --help), never overwrites a file,
 * then runs the content check on what it wrote and lists what is left to
 * fill in. Exit code 1 when nothing could be written.
 *
 * The logic lives in scripts/new/; this file only connects it to the
 * terminal (readline, which also reads answers piped one per line) and disk.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { runCheck } from '../src/lib/check/index.ts';
import { loadContent } from '../src/lib/content/load.ts';
import { contentDir } from '../src/lib/content/location.ts';
import { readSiteProfile } from '../src/lib/content/profile.ts';
import { JSON_SCHEMA_DIR } from '../src/lib/json-schema/generate.ts';
import type { Prompter } from './new/ask.ts';
import { buildPlan } from './new/build.ts';
import { interview } from './new/interview.ts';
import { helpText, parseFlags, type Answers } from './new/options.ts';
import type { ScaffoldEnv } from './new/plan.ts';
import { formatErrors, formatReportAfter, shown } from './new/report.ts';
import { siteDefaults } from './new/site-defaults.ts';
import { applyPlan } from './new/write.ts';

const out = (text: string): void => {
  process.stdout.write(`${text}\n`);
};

/** Questions on the terminal; piped answers are echoed so a transcript reads like a session. */
function terminal(): Prompter & { close(): void } {
  const tty = Boolean(process.stdin.isTTY);
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: tty });
  const lines = rl[Symbol.asyncIterator]();
  // At the end of input (a pipe runs dry, Ctrl+D) readline closes: every later
  // question is answered "nothing" and gets its default (scripts/new/ask.ts).
  let closed = false;
  rl.on('close', () => {
    closed = true;
  });
  rl.on('SIGINT', () => {
    out('\nDibatalkan: tidak ada berkas yang ditulis. (Cancelled: nothing was written.)');
    process.exit(130);
  });
  const next = async (): Promise<string | undefined> => {
    if (closed) return undefined;
    const r = await lines.next();
    return r.done ? undefined : r.value;
  };
  return {
    async ask(question) {
      if (closed) {
        out(question);
        return undefined;
      }
      rl.setPrompt(question);
      rl.prompt();
      const answer = await next();
      if (!tty) process.stdout.write(`${answer ?? ''}\n`);
      return answer;
    },
    async askBlock(question) {
      out(question);
      const block: string[] = [];
      for (let line = await next(); line !== undefined && line.trim() !== '.'; line = await next())
        block.push(line);
      if (!tty) out(`(${block.length} baris teks diterima / lines received)`);
      return block.length > 0 ? block.join('\n') : undefined;
    },
    say: out,
    close: () => {
      if (!closed) rl.close();
    },
  };
}

async function main(): Promise<number> {
  let given: Answers;
  try {
    given = parseFlags(process.argv.slice(2));
  } catch (error) {
    out(error instanceof Error ? error.message : String(error));
    return 1;
  }
  const root = resolve(import.meta.dirname, '..');
  // npm runs scripts from the project root; paths typed by the user are relative to where they were.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const dir = given.content ? resolve(cwd, given.content) : contentDir(root);
  if (given.help) {
    out(helpText(siteDefaults(readSiteProfile(root, dir).entry?.data)));
    return 0;
  }
  const env: ScaffoldEnv = {
    root,
    contentDir: dir,
    schemaDir: join(root, JSON_SCHEMA_DIR),
    content: loadContent(root, dir),
    readFile: (path) => {
      try {
        return readFileSync(path, 'utf8');
      } catch {
        return undefined;
      }
    },
  };
  let pasted: string | undefined;
  if (given['body-file']) {
    pasted = env.readFile(resolve(cwd, given['body-file']));
    if (pasted === undefined) {
      out(`Berkas teks tidak dapat dibaca: ${given['body-file']} (The text file cannot be read.)`);
      return 1;
    }
  }
  let answers = given;
  if (!given.yes) {
    const io = terminal();
    ({ answers, pasted } = await interview(io, given, env, pasted));
    io.close();
  }

  const plan = buildPlan(answers, pasted, env);
  if (plan.errors.length > 0) {
    out(`\n${formatErrors(plan.errors)}`);
    return 1;
  }
  if (answers['dry-run']) {
    for (const c of plan.changes) out(`\n=== ${shown(root, c.path)} ===\n${c.text}`);
    out(`\n${formatReportAfter(root, plan, undefined)}`);
    return 0;
  }
  const refused = applyPlan(plan, root);
  if (refused.length > 0) {
    out(`\n${formatErrors(refused)}`);
    return 1;
  }
  const { problems } = runCheck(root, dir);
  out(`\n${formatReportAfter(root, plan, problems)}`);
  return 0;
}

process.exitCode = await main();
