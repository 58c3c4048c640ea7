/**
 * The interview of `npm run new`, in Indonesian: the press release first
 * (a new one, or one already on the site), then, as often as the release
 * reports them, a new cohort, a source for a stored cohort or a claim, then
 * a review of every file before anything is written. It fills a `Session`
 * in place, so that whoever runs it can save the session at any moment and
 * offer it again; parts already answered (by flags, or before an
 * interruption) are not asked again.
 */
import type { Prompter } from './ask.ts';
import { planSession } from './build.ts';
import type { Interview } from './interview-context.ts';
import { addRecords, askArticle, askRecord } from './interview-records.ts';
import { reviewSession, type Reviewed } from './interview-review.ts';
import type { ScaffoldEnv } from './plan.ts';
import type { Session } from './session.ts';
import { siteDefaults } from './site-defaults.ts';

export type { Reviewed } from './interview-review.ts';

/** Thrown when the input ends: the session stops where it is, unwritten. */
class InputEnded extends Error {}

/**
 * `io` for the interview: a question met by the end of input stops the
 * session there (the answers so far stay in it), instead of taking defaults
 * that a resumed session would then not ask again.
 */
function stopAtEnd(io: Prompter): Prompter {
  return {
    say: (text) => io.say(text),
    ask: async (question) => {
      const answer = await io.ask(question);
      if (answer === undefined) throw new InputEnded();
      return answer;
    },
    askBlock: async (question) => {
      const block = await io.askBlock(question);
      if (block === undefined) throw new InputEnded();
      return block;
    },
  };
}

/**
 * Ask every question the session still needs, then review: the plan, and
 * whether to write it, or that the session was cancelled or stopped (the
 * input ended) before writing.
 */
export async function interview(
  io: Prompter,
  session: Session,
  env: ScaffoldEnv,
): Promise<Reviewed> {
  const it: Interview = { io: stopAtEnd(io), env, session };
  const { siteName } = siteDefaults(env.content.profile?.data);
  io.say(
    `Menambah siaran pers ke ${siteName}. Enter = lewati pertanyaan opsional / pakai nilai [bawaan].`,
  );
  io.say('(Adding a press release. Enter skips an optional question or takes the [default].)');
  try {
    if (!session.articleDone) await askArticle(it);
    for (const record of session.records.filter((r) => !r.done)) await askRecord(it, record);
    if (!session.reviewing) await addRecords(it);
    return await reviewSession(it);
  } catch (error) {
    if (!(error instanceof InputEnded)) throw error;
    return { plan: planSession(session, env), outcome: 'stopped' };
  }
}

/** A saved session in a line: its headline and how many records it holds. */
export function draftLabel(session: Session): string {
  const a = session.article;
  const title = a['article-title'] ?? a.article ?? '(belum ada judul)';
  return `«${title}», ${session.records.length} angkatan/klaim`;
}

/**
 * Offer to take up a saved session ("Lanjutkan isian sebelumnya? (y/n)").
 * Enter, or the end of input, takes it up: a draft is never dropped unasked.
 */
export async function askResume(io: Prompter, saved: Session): Promise<boolean> {
  io.say(`Ada isian yang belum selesai (an unfinished session): ${draftLabel(saved)}.`);
  for (;;) {
    const answer = (await io.ask('Lanjutkan isian sebelumnya? (y/n) [y]: '))?.trim().toLowerCase();
    if (answer === undefined || answer === '' || ['y', 'ya', 'yes'].includes(answer)) return true;
    if (['n', 't', 'tidak', 'no'].includes(answer)) return false;
    io.say('  ✗ Ketik y (ya, lanjutkan) atau n (tidak, mulai baru). (Type y or n.)');
  }
}
