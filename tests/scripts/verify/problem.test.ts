import { describe, expect, it } from 'vitest';
import { byPlace, formatProblem, type Located } from '../../../scripts/verify/problem.ts';

const at = (file: string, ...position: number[]): Located => ({
  file,
  at: position,
  message: `${file} ${position.join('.')}`,
});

describe('byPlace', () => {
  it('orders by file, then by place in the file; equal places keep their order', () => {
    const problems = [
      at('b.html', 0, 1, 0),
      at('a.html', 2, 0),
      at('a.html', 1),
      at('a.html', 0, 3, 1),
      at('a.html', 0, 3, 0),
      { ...at('a.html', 1), message: 'second at page level' },
    ];
    expect([...problems].sort(byPlace).map((p) => p.message)).toEqual([
      'a.html 0.3.0',
      'a.html 0.3.1',
      'a.html 1',
      'second at page level',
      'a.html 2.0',
      'b.html 0.1.0',
    ]);
  });
});

describe('formatProblem', () => {
  it('prints a problem as `file: message`', () => {
    expect(formatProblem({ file: 'a/index.html', message: 'no <title>' })).toBe(
      'a/index.html: no <title>',
    );
  });
});
