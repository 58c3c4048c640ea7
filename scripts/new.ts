/**
 * npm run new — add a press release: the article, and the cohorts (new ones,
 * or sources for stored ones) and claims it reports. Asks in Indonesian (or
 * takes the same answers as flags: npm run new -- --help), shows every file
 * for review before writing, never overwrites a file, then runs the content
 * check on what it wrote and lists what is left to fill in. An interrupted
 * session (Ctrl+C, the input ending) is kept as a draft and offered at the
 * next start. Exit code 1 when nothing could be written, 130 on Ctrl+C.
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
import { draftPath, loadDraft, removeDraft, saveDraft } from './new/draft.ts';
import { askResume, interview } from './new/interview.ts';
import { RUN_FLAGS } from './new/interview-records.ts';
import { helpText, parseFlags, type Answers } from './new/options.ts';
import type { Plan, ScaffoldEnv } from './new/plan.ts';
import { formatCheckNotes, formatErrors, formatReportAfter, shown } from './new/report.ts';
import { startSession, type Session } from './new/session.ts';
import { siteDefaults } from './new/site-defaults.ts';
import { applyPlan } from './new/write.ts';

const out = (text: string): void => {
  process.stdout.write(`${text}\n`);
};

/**
 * Questions on the terminal; piped answers are echoed so a transcript reads
 * like a session. `beforeAsk` runs before every question (the draft is saved
 * there); `interrupted` on Ctrl+C, before the process ends.
 */
function terminal(hooks: {
  beforeAsk: () => void;
  interrupted: () => void;
}): Prompter & { close(): void } {
  const tty = Boolean(process.stdin.isTTY);
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: tty });
  const lines = rl[Symbol.asyncIterator]();
  // At the end of input (a pipe runs dry, Ctrl+D) readline closes: every later
  // question is answered "nothing" and gets its default (scripts/new/ask.ts).
  let closed = false;
  rl.on('close', () => {
    closed = true;
  });
  const stop = () => {
    hooks.interrupted();
    process.exit(130);
  };
  rl.on('SIGINT', stop);
  process.on('SIGINT', stop);
  const next = async (): Promise<string | undefined> => {
    if (closed) return undefined;
    const r = await lines.next();
    return r.done ? undefined : r.value;
  };
  return {
    async ask(question) {
      hooks.beforeAsk();
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
      hooks.beforeAsk();
      out(question);
      const block: string[] = [];
      for (let line = await next(); line !== undefined && line.trim() !== '.'; line = await next())
        block.push(line);
      if (!tty) out(`(${block.length} baris teks diterima / lines received)`);
      return block.length > 0 || !closed ? block.join('\n') : undefined;
    },
    say: out,
    close: () => {
      if (!closed) rl.close();
    },
  };
}

/** The session to interview: a saved one when the editor takes it up, else a new one. */
async function session(
  io: Prompter,
  draft: string,
  given: Answers,
  pasted: string | undefined,
): Promise<Session> {
  const saved = loadDraft(draft);
  if (saved && (await askResume(io, saved))) {
    for (const k of RUN_FLAGS)
      if (given[k] !== undefined) Object.assign(saved.article, { [k]: given[k] });
    if (pasted !== undefined) saved.pasted = pasted;
    return saved;
  }
  if (saved) {
    removeDraft(draft);
    out('Isian lama dihapus; mulai baru. (The saved answers were discarded.)');
  }
  return startSession(given, pasted);
}

/** Write the plan (or show it, for a dry run), check what was written and report. */
function write(plan: Plan, root: string, dir: string, dryRun: boolean): number {
  if (plan.errors.length > 0) {
    out(`\n${formatErrors(plan.errors)}`);
    return 1;
  }
  if (dryRun) {
    for (const c of plan.changes) out(`\n=== ${shown(root, c.path)} ===\n${c.text}`);
    out(`\n${formatReportAfter(root, plan, undefined)}`);
    return 0;
  }
  const refused = applyPlan(plan, root);
  if (refused.length > 0) {
    out(`\n${formatErrors(refused)}`);
    return 1;
  }
  const { problems, notes } = runCheck(root, dir);
  out(`\n${formatReportAfter(root, plan, problems, dir)}`);
  const noted = formatCheckNotes(root, plan.changes, notes);
  if (noted !== '') out(`\n${noted}`);
  return 0;
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
  if (given.yes) return write(buildPlan(given, pasted, env), root, dir, Boolean(given['dry-run']));

  const draft = draftPath(dir);
  // The session is made after the first question (whether to take up a draft).
  const held: { session?: Session } = {};
  const io = terminal({
    beforeAsk: () => {
      if (held.session) saveDraft(draft, held.session);
    },
    interrupted: () => {
      if (held.session && saveDraft(draft, held.session))
        out(
          `\nDihentikan: tidak ada berkas yang ditulis; isian disimpan di ${draft} — jalankan npm run new lagi untuk melanjutkan.\n(Stopped: nothing was written; the answers are saved and offered at the next start.)`,
        );
      else out('\nDibatalkan: tidak ada berkas yang ditulis. (Cancelled: nothing was written.)');
    },
  });
  const current = await session(io, draft, given, pasted);
  held.session = current;
  const { plan, outcome } = await interview(io, current, env);
  io.close();
  if (outcome === 'cancel') {
    removeDraft(draft);
    out('\nDibatalkan: tidak ada berkas yang ditulis. (Cancelled: nothing was written.)');
    return 0;
  }
  if (outcome === 'stopped') {
    saveDraft(draft, current);
    out(
      `\nMasukan berakhir sebelum berkas ditulis; isian disimpan di ${draft} — jalankan npm run new lagi untuk melanjutkan.\n(The input ended before writing; the answers are saved and offered at the next start.)`,
    );
    if (plan.errors.length > 0) out(`\n${formatErrors(plan.errors)}`);
    return 1;
  }
  const status = write(plan, root, dir, Boolean(current.article['dry-run']));
  if (status === 0 && !current.article['dry-run']) removeDraft(draft);
  return status;
}

process.exitCode = await main();
