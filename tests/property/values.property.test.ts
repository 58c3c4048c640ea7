/**
 * Properties of values written wrong in the real content. A number field
 * (a participant count, a claim's value or window) holding any of the
 * common mistakes gets a problem at its file, line and field with a
 * specific fix, never the generic "does not match" message. A value changed
 * anywhere inside the terms of a vocabulary file never makes an entry's key
 * "not in the vocabulary" (the keys are all still written), and every
 * problem it causes in the vocabulary file keeps the check failing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/lib/check/index.ts';
import { copyRealContent, withValue } from './mutations.ts';
import { GENERIC, valueMistake } from './value-mistakes.ts';

const copy = copyRealContent();
afterAll(() => copy.cleanup());

/** The number fields of each collection (a cohort's `value:` lines are variants, in words). */
const FIELDS: Record<string, string[]> = { cohorts: ['count'], claims: ['value', 'window_years'] };

/** Every number field of the real content: its file and field name. */
const NUMBER_FIELDS = copy.files.flatMap((file) => {
  const text = readFileSync(join(copy.content, file), 'utf8');
  return (FIELDS[file.split('/')[0] ?? ''] ?? [])
    .filter((field) => new RegExp(`^\\s*(?:- )?${field}: `, 'm').test(text))
    .map((field) => ({ file, field }));
});
const VOCABULARY_FILES = copy.files.filter((f) => f.startsWith('vocabularies/'));

/** Write `text` to `file` in the copy, run the check, and put the file back. */
function checkWith(file: string, edit: (text: string) => string) {
  const path = join(copy.content, file);
  const original = readFileSync(path, 'utf8');
  writeFileSync(path, edit(original));
  try {
    return runCheck(copy.root).problems;
  } finally {
    writeFileSync(path, original);
  }
}

/** Values that break a term in other ways than a number would. */
const termBreaker = fc.oneof(
  valueMistake,
  fc.constantFrom('[', '{', '&a x', '*a', '|', '>-', '', ': x', '[]', '{}', '- x', '<b>x</b>'),
  fc.string({ maxLength: 12 }),
);

describe('values written wrong in the real content', () => {
  it('finds the number fields it mutates', () => {
    expect(NUMBER_FIELDS.map((f) => f.field).sort()).toEqual(
      expect.arrayContaining(['count', 'value', 'window_years']),
    );
    expect(VOCABULARY_FILES).toHaveLength(5);
  });

  it('a number field written wrong gets its specific fix at its file, line and field', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NUMBER_FIELDS),
        fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
        valueMistake,
        ({ file, field }, at, value) => {
          const problems = checkWith(file, (t) => withValue(t, at, value, (n) => n === field));
          const found = problems.filter(
            (p) =>
              p.file.endsWith(file) &&
              (p.field === field || p.field?.endsWith(`.${field}`) === true) &&
              /^(?:schema|number)-/.test(p.code),
          );
          expect(found.length, `${file} ${field}: ${value}`).toBeGreaterThan(0);
          for (const p of found) {
            expect(p.line).toBeGreaterThan(0);
            expect(`${p.message.en} ${p.fix.en}`, `${field}: ${value}`).not.toMatch(GENERIC);
          }
        },
      ),
      { numRuns: 120 },
    );
  }, 120_000);

  it('a value changed inside vocabulary terms never makes a key unknown', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...VOCABULARY_FILES),
        fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
        termBreaker,
        (file, at, value) => {
          const problems = checkWith(file, (t) =>
            withValue(t, at, value, (_name, indent) => indent > 0),
          );
          expect(problems.filter((p) => p.code === 'vocabulary-term-unknown')).toEqual([]);
          for (const p of problems.filter((x) => x.file.endsWith(file)))
            expect(p.message.en.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 120 },
    );
  }, 120_000);

  it('leaves the copy as it was', () => {
    expect(runCheck(copy.root).problems).toEqual([]);
  });
});
