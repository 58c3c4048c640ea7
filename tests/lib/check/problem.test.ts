/** Notes beside problems: a level that marks them, their symbol, and the block printed after the report. */
import { describe, expect, it } from 'vitest';
import { formatNotes, formatProblem, noteAt, problemAt } from '../../../src/lib/check/problem.ts';

const entry = { file: 'content/cohorts/c.yaml', lineOf: () => 7 };
const said = { id: 'Dibaca.', en: 'Read.' };
const fix = { id: 'Tidak perlu.', en: 'Nothing to do.' };

describe('noteAt', () => {
  it('is a problem at the field with a level', () => {
    expect(noteAt(entry, ['sources', 0, 'quote'], 'info', 'date-read-relative', said, fix)).toEqual(
      {
        ...problemAt(entry, ['sources', 0, 'quote'], 'date-read-relative', said, fix),
        level: 'info',
      },
    );
  });
});

describe('formatProblem', () => {
  it('marks a problem ✗, a warning ⚠ and an information ℹ', () => {
    const p = problemAt(entry, ['period'], 'x', said, fix);
    expect(formatProblem(p)).toContain('  ✗ Dibaca.');
    expect(formatProblem({ ...p, level: 'warning' })).toContain('  ⚠ Dibaca.');
    expect(formatProblem({ ...p, level: 'info' })).toContain('  ℹ Dibaca.');
  });
});

describe('formatNotes', () => {
  it('prints nothing without notes', () => {
    expect(formatNotes([])).toBe('');
  });

  it('prints the notes in file order, then how many of each', () => {
    const info = noteAt(entry, ['sources', 1, 'quote'], 'info', 'a', said, fix);
    const warning = noteAt({ ...entry, file: 'content/a.yaml' }, [], 'warning', 'b', said, fix);
    const text = formatNotes([info, warning]);
    expect(text.split('\n')[0]).toBe(
      'Catatan pembacaan (tidak menggagalkan pemeriksaan). (Notes: they do not fail the check.)',
    );
    expect(text.indexOf('content/a.yaml')).toBeLessThan(text.indexOf('content/cohorts/c.yaml'));
    expect(text).toMatch(/1 catatan, 1 peringatan\. \(1 note\(s\), 1 warning\(s\)\.\)$/);
  });

  it('holds the notes back, counted, while there are problems to fix first', () => {
    const info = noteAt(entry, ['sources', 1, 'quote'], 'info', 'a', said, fix);
    expect(formatNotes([info, info], true)).toBe(
      '(2 catatan pembacaan ditampilkan setelah masalah di atas diperbaiki. 2 note(s) are shown once the problems above are fixed.)',
    );
  });
});
