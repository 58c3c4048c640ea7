/**
 * A malformed entry, hostile ones included, and what the check must report
 * for it: at least one problem naming its file, with the expected code, the
 * field when one applies, a message and fix in both languages — and nothing
 * may throw.
 */
import { expect } from 'vitest';
import { runCheck } from '../../../../src/lib/check/index.ts';
import type { FileText } from '../../../helpers/corpus.ts';
import { corpus } from '../corpora.ts';

export interface Case {
  /** Path under content/. */
  file: string;
  text: FileText;
  /** A code that must be among the problems. */
  code: string;
  /** The field that problem must carry, when the problem is in one field. */
  field?: string;
}

/** Check a corpus with the case's file added or replaced, and assert what it must report. */
export function expectReported({ file, text, code, field }: Case): void {
  const c = corpus({ [file]: text });
  let problems: ReturnType<typeof runCheck>['problems'] = [];
  expect(() => {
    problems = runCheck(c.root).problems;
  }).not.toThrow();

  expect(problems.length).toBeGreaterThan(0);
  for (const p of problems) {
    expect(p.file.endsWith(file), `${p.file} (${p.code}) does not name ${file}`).toBe(true);
    expect(p.message.id.trim()).not.toBe('');
    expect(p.message.en.trim()).not.toBe('');
    expect(p.fix.id.trim()).not.toBe('');
    expect(p.fix.en.trim()).not.toBe('');
    if (p.line !== undefined) expect(p.line).toBeGreaterThan(0);
  }
  const withCode = problems.filter((p) => p.code === code);
  expect(withCode, `codes: ${problems.map((p) => p.code).join(', ')}`).not.toHaveLength(0);
  if (field !== undefined) expect(withCode.map((p) => p.field)).toContain(field);
}
