import { describe, expect, it } from 'vitest';
import { parseMode } from '../../../scripts/lighthouse/mode.ts';

describe('parseMode', () => {
  it('keeps the default run as it was: four pages, once', () => {
    expect(parseMode([])).toEqual({ all: false, runs: 1 });
    expect(parseMode(['dist'])).toEqual({ all: false, runs: 1 });
  });

  it('audits every page type three times with --all, or --runs times', () => {
    expect(parseMode(['--all'])).toEqual({ all: true, runs: 3 });
    expect(parseMode(['--all', '--runs', '5'])).toEqual({ all: true, runs: 5 });
  });

  it('refuses --runs without --all, and a count that is not a whole number ≥ 1', () => {
    expect(parseMode(['--runs', '3'])).toMatch(
      /^--runs hanya berlaku bersama --all.*\n.*add --all/,
    );
    for (const bad of [['--runs'], ['--runs', '0'], ['--runs', '2.5'], ['--runs', 'x']])
      expect(parseMode(['--all', ...bad])).toMatch(
        /^--runs perlu bilangan bulat ≥ 1.*\n--runs needs/,
      );
  });
});
