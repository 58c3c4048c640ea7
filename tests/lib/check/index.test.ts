import { describe, expect, it } from 'vitest';
import { supersede } from '../../../src/lib/check/index.ts';
import type { Problem } from '../../../src/lib/check/problem.ts';

const problem = (file: string, field: string, code: string): Problem => ({
  file,
  field,
  code,
  message: { id: code, en: code },
  fix: { id: '-', en: '-' },
});

describe('supersede', () => {
  it("drops the schema's message for a field that has a vocabulary message", () => {
    const problems = [
      problem('a.yaml', 'theme', 'schema-invalid-format'),
      problem('a.yaml', 'theme', 'vocabulary-term-unknown'),
      problem('a.yaml', 'place', 'schema-invalid-type'),
      problem('b.yaml', 'theme', 'schema-invalid-format'),
    ];
    expect(supersede(problems).map((p) => `${p.file} ${p.field} ${p.code}`)).toEqual([
      'a.yaml theme vocabulary-term-unknown',
      'a.yaml place schema-invalid-type',
      'b.yaml theme schema-invalid-format',
    ]);
  });
});
