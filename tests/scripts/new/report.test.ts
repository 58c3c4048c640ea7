import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/lib/check/problem.ts';
import type { FileChange } from '../../../scripts/new/plan.ts';
import {
  formatChanges,
  formatCheck,
  formatCheckNotes,
  formatErrors,
  formatTodo,
  seeItLine,
} from '../../../scripts/new/report.ts';

const ROOT = '/site';
const CHANGES: FileChange[] = [
  { path: '/site/content/cohorts/a.yaml', kind: 'create', what: 'cohort', text: '' },
  {
    path: '/site/content/vocabularies/themes.yaml',
    kind: 'append',
    what: 'vocabulary',
    text: '',
    before: '',
  },
];
const problem = (file: string): Problem => ({
  file,
  line: 3,
  field: 'theme',
  code: 'vocabulary-term-unknown',
  message: { id: 'Pesan.', en: 'Message.' },
  fix: { id: 'Perbaikan.', en: 'Fix.' },
});

describe('report', () => {
  it('says nothing was written, then every problem in both languages', () => {
    expect(formatErrors([{ id: 'Satu.', en: 'One.' }])).toBe(
      [
        'Tidak ada berkas yang ditulis karena jawaban berikut perlu diperbaiki:',
        '(Nothing was written because these answers need fixing:)',
        '  ✗ Satu.',
        '    (One.)',
      ].join('\n'),
    );
  });

  it('lists the files written, relative to the project', () => {
    expect(formatChanges(ROOT, CHANGES, false)).toBe(
      [
        'Berkas yang ditulis:',
        '  content/cohorts/a.yaml — dibuat (created)',
        '  content/vocabularies/themes.yaml — ditambah (appended to)',
      ].join('\n'),
    );
    expect(formatChanges(ROOT, CHANGES, true)).toContain('akan dibuat (would create)');
  });

  it("shows the check's problems in the files written and counts the others", () => {
    const text = formatCheck(ROOT, CHANGES, [
      problem('content/cohorts/a.yaml'),
      problem('content/cohorts/b.yaml'),
    ]);
    expect(text).toContain('  content/cohorts/a.yaml:3  [theme]\n    ✗ Pesan.');
    expect(text).not.toContain('b.yaml:3');
    expect(text).toContain('(1 masalah lain di berkas lain — jalankan npm run check.');
    expect(formatCheck(ROOT, CHANGES, [])).toContain('✓ Tidak ada masalah. (No problems.)');
  });

  it('groups what is left to fill in by file', () => {
    expect(
      formatTodo(ROOT, [
        { path: '/site/content/cohorts/a.yaml', item: { id: 'Satu.', en: 'One.' } },
        { path: '/site/content/articles/x.md', item: { id: 'Dua.', en: 'Two.' } },
        { path: '/site/content/cohorts/a.yaml', item: { id: 'Tiga.', en: 'Three.' } },
      ]),
    ).toBe(
      [
        'Yang masih perlu diisi (what is left to fill in):',
        '  content/cohorts/a.yaml',
        '    • Satu.',
        '      (One.)',
        '    • Tiga.',
        '      (Three.)',
        '  content/articles/x.md',
        '    • Dua.',
        '      (Two.)',
      ].join('\n'),
    );
    expect(formatTodo(ROOT, [])).toBe(
      'Yang masih perlu diisi: tidak ada. (Nothing left to fill in.)',
    );
  });
});

describe('formatCheckNotes', () => {
  it('shows the notes on the files written, and nothing when there is none', () => {
    const note = (file: string): Problem => ({ ...problem(file), level: 'info' });
    const text = formatCheckNotes(ROOT, CHANGES, [
      note('content/cohorts/a.yaml'),
      note('content/cohorts/other.yaml'),
    ]);
    expect(text).toMatch(/^Catatan pemeriksaan \(tidak menggagalkan pemeriksaan/u);
    expect(text).toContain('  content/cohorts/a.yaml:3  [theme]\n    ℹ Pesan.');
    expect(text).not.toContain('other.yaml');
    expect(formatCheckNotes(ROOT, CHANGES, [note('content/cohorts/other.yaml')])).toBe('');
  });
});

describe('seeItLine', () => {
  it('says npm start for the project content folder', () => {
    expect(seeItLine(ROOT, '/site/content')).toContain('Lihat hasilnya: npm start, lalu buka');
  });

  it('names another content folder the way the site reads it', () => {
    const line = seeItLine(ROOT, '/tmp/latihan/content');
    expect(line).toContain('Lihat hasilnya: JEJAK_CONTENT_DIR=/tmp/latihan/content npm start,');
    expect(line).toContain('(See it: JEJAK_CONTENT_DIR=/tmp/latihan/content npm start, then');
  });
});
