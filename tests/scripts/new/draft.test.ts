import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { draftPath, loadDraft, removeDraft, saveDraft } from '../../../scripts/new/draft.ts';
import { startSession } from '../../../scripts/new/session.ts';

const dir = mkdtempSync(join(tmpdir(), 'jejak-draft-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the draft of a session', () => {
  it('lives in the temporary folder, one file per content folder', () => {
    expect(draftPath('/a/content')).toMatch(/jejak-new-isian-[0-9a-f]{12}\.json$/u);
    expect(draftPath('/a/content').startsWith(tmpdir())).toBe(true);
    expect(draftPath('/a/content')).toBe(draftPath('/a/content'));
    expect(draftPath('/a/content')).not.toBe(draftPath('/b/content'));
  });

  it('is saved, read back and removed', () => {
    const path = join(dir, 'draft.json');
    const session = startSession({ 'article-title': 'Contoh latihan: judul' }, 'Teks.');
    expect(saveDraft(path, session)).toBe(true);
    expect(loadDraft(path)).toEqual(session);
    removeDraft(path);
    expect(loadDraft(path)).toBeUndefined();
    removeDraft(path);
  });

  it('reads nothing from a file that is not a saved session, and never throws', () => {
    const path = join(dir, 'broken.json');
    writeFileSync(path, '{"article": ');
    expect(loadDraft(path)).toBeUndefined();
    writeFileSync(path, '{"article": {}}');
    expect(loadDraft(path)).toBeUndefined();
    expect(saveDraft(join(dir, 'missing', 'draft.json'), startSession({}))).toBe(false);
  });
});
