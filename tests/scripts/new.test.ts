/**
 * scripts/new.ts as the press office runs it: with flags, and with answers
 * piped one per line, each into a temporary copy of the content.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/lib/check/index.ts';
import { PROJECT_ROOT } from '../helpers/corpus.ts';
import { copyContent, runNode, type ContentCopy, type Run } from '../helpers/node.ts';
import {
  PRACTICE_ANSWERS,
  PRACTICE_ARTICLE_ID,
  PRACTICE_CLAIM_ID,
  PRACTICE_COHORT_ID,
  PRACTICE_FLAGS,
  PRACTICE_TEXT,
} from '../helpers/practice.ts';

const script = join(PROJECT_ROOT, 'scripts', 'new.ts');

/** Every file under a content folder with its text. */
function snapshot(content: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(content, { recursive: true, withFileTypes: true }))
    if (e.isFile()) {
      const path = join(e.parentPath, e.name);
      out.set(relative(content, path).split(sep).join('/'), readFileSync(path, 'utf8'));
    }
  return out;
}

describe('npm run new', () => {
  let flags: ContentCopy;
  let piped: ContentCopy;
  let byFlags: Run;
  let byAnswers: Run;
  let again: Run;
  let beforeAgain: Map<string, string>;
  let help: Run;
  let badFlag: Run;
  let cutShort: Run;

  // Cold Node starts are the slow part: the independent runs start together.
  beforeAll(async () => {
    flags = copyContent();
    piped = copyContent();
    const body = flags.file('siaran-pers.txt', PRACTICE_TEXT);
    [byFlags, byAnswers, help, badFlag, cutShort] = await Promise.all([
      runNode([
        script,
        `--content=${flags.content}`,
        `--body-file=${body}`,
        '--yes',
        ...PRACTICE_FLAGS,
      ]),
      // Each interactive run keeps its draft in a temporary folder of its own.
      runNode([script, `--content=${piped.content}`], {
        input: `${PRACTICE_ANSWERS.join('\n')}\n`,
        env: { TMPDIR: piped.dir },
      }),
      runNode([script, '--help']),
      runNode([script, '--tema=public-service']),
      // The input ends after four answers, as when a pipe runs dry or Ctrl+D is pressed.
      runNode([script, `--content=${piped.content}`, '--dry-run'], {
        input: '1\nJudul lain sama sekali untuk uji\n3\n2024-06-07\n',
        env: { TMPDIR: flags.dir },
      }),
    ]);
    beforeAgain = snapshot(flags.content);
    again = await runNode([
      script,
      `--content=${flags.content}`,
      `--body-file=${body}`,
      '--yes',
      ...PRACTICE_FLAGS,
    ]);
  }, 90_000);
  afterAll(() => {
    flags.cleanup();
    piped.cleanup();
  });

  it('writes, from flags, files that pass the check, and says what is left', () => {
    expect(byFlags.stderr).toBe('');
    expect(byFlags.status).toBe(0);
    expect(byFlags.stdout).toContain(
      `content/cohorts/${PRACTICE_COHORT_ID}.yaml — dibuat (created)`,
    );
    expect(byFlags.stdout).toContain('content/vocabularies/themes.yaml — ditambah (appended to)');
    expect(byFlags.stdout).toContain(
      'Pemeriksaan (npm run check) atas berkas ini:\n  ✓ Tidak ada masalah.',
    );
    expect(byFlags.stdout).toContain('Yang masih perlu diisi (what is left to fill in):');
    expect(runCheck(PROJECT_ROOT, flags.content).problems).toEqual([]);
    for (const file of [
      `articles/${PRACTICE_ARTICLE_ID}.md`,
      `cohorts/${PRACTICE_COHORT_ID}.yaml`,
      `claims/${PRACTICE_CLAIM_ID}.yaml`,
    ])
      expect(snapshot(flags.content).has(file), file).toBe(true);
  });

  it('writes the same files from answers piped one per line, echoing each answer', () => {
    expect(byAnswers.status).toBe(0);
    expect(byAnswers.stdout).toContain(
      'Tanggal terbit (mis. 7 Juni 2024; Juni 2024 bila hanya bulannya diketahui): 2024-06-07\n',
    );
    expect(byAnswers.stdout).toContain('  Dibaca sebagai: Jumat, 7 Juni 2024 (2024-06-07)\n');
    expect(byAnswers.stdout).toContain('(10 baris teks diterima / lines received)');
    expect(runCheck(PROJECT_ROOT, piped.content).problems).toEqual([]);
    const a = snapshot(flags.content);
    const b = snapshot(piped.content);
    for (const file of [
      `cohorts/${PRACTICE_COHORT_ID}.yaml`,
      `claims/${PRACTICE_CLAIM_ID}.yaml`,
      'vocabularies/themes.yaml',
    ])
      expect(b.get(file), file).toBe(a.get(file)?.replaceAll(flags.dir, piped.dir));
  });

  it('never overwrites: a second run refuses, exits 1 and changes nothing', () => {
    expect(again.status).toBe(1);
    expect(again.stdout).toContain(
      'Tidak ada berkas yang ditulis karena jawaban berikut perlu diperbaiki:',
    );
    expect(again.stdout).toContain(`Artikel ini tampaknya sudah ada: `);
    expect(snapshot(flags.content)).toEqual(beforeAgain);
  });

  it('prints its flags in Indonesian and English with --help', () => {
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--participants=ANGKA|unknown');
    expect(help.stdout).toContain('Jumlah ASN Kota Jambi; unknown bila tidak disebut (jangan 0).');
    expect(help.stdout).toContain('(Number of Kota Jambi ASN; unknown when not stated (never 0).)');
  });

  it('answers the remaining questions with nothing when the input ends, and says what is missing', () => {
    expect(`${cutShort.stdout}${cutShort.stderr}`).not.toMatch(/^\s+at |ERR_USE_AFTER_CLOSE/m);
    expect(cutShort.status).toBe(1);
    expect(cutShort.stdout).toContain('Teks siaran pers belum ada');
  });

  it('refuses an unknown flag without a stack trace', () => {
    expect(badFlag.status).toBe(1);
    expect(badFlag.stdout).toContain('Flag tidak dikenal atau tanpa nilai');
    expect(`${badFlag.stdout}${badFlag.stderr}`).not.toMatch(/^\s+at /m);
  });
});
