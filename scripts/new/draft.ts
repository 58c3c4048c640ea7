/**
 * The draft of an unfinished session: the session's answers as JSON in the
 * system's temporary folder, one file per content folder, written before
 * every question and when the session is interrupted (Ctrl+C, the input
 * ending), read back at the next start to offer resuming, and removed once
 * the files are written or the session is cancelled. It lives outside the
 * content folder, so the check and git never see it.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isSession, type Session } from './session.ts';

/** Where the draft of sessions on `contentDir` is kept. */
export function draftPath(contentDir: string): string {
  const hash = createHash('sha256').update(contentDir).digest('hex').slice(0, 12);
  return join(tmpdir(), `jejak-new-isian-${hash}.json`);
}

/** Save the session as it stands; a draft that cannot be written is only lost, never fatal. */
export function saveDraft(path: string, session: Session): boolean {
  try {
    writeFileSync(path, `${JSON.stringify(session, null, 2)}\n`, 'utf8');
    return true;
  } catch {
    return false;
  }
}

/** The saved session, when there is a readable one. */
export function loadDraft(path: string): Session | undefined {
  try {
    const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return isSession(data) ? data : undefined;
  } catch {
    return undefined;
  }
}

/** Remove the draft (there may be none). */
export function removeDraft(path: string): void {
  rmSync(path, { force: true });
}
