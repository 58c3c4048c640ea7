/** The options of npm run sources, and its usage errors. */
import { describe, expect, it } from 'vitest';
import { DEFAULTS, UsageError, parseSourcesArgs } from '../../../scripts/sources/args.ts';

describe('parseSourcesArgs', () => {
  it('has polite defaults', () => {
    expect(parseSourcesArgs([])).toEqual({
      help: false,
      json: DEFAULTS.json,
      timeoutSeconds: 20,
      delaySeconds: 2,
      maxKib: 2048,
    });
  });
  it('reads every option', () => {
    expect(
      parseSourcesArgs([
        '--content=x',
        '--json=r.json',
        '--timeout=5',
        '--delay=0.5',
        '--max-kib=64',
        '--help',
      ]),
    ).toEqual({
      help: true,
      content: 'x',
      json: 'r.json',
      timeoutSeconds: 5,
      delaySeconds: 0.5,
      maxKib: 64,
    });
  });
  it('refuses unknown options and values that are not positive numbers, naming them', () => {
    expect(() => parseSourcesArgs(['--fix'])).toThrow(UsageError);
    expect(() => parseSourcesArgs(['--json'])).toThrow(
      /Pilihan tidak dikenal atau tanpa nilai: "--json"/u,
    );
    expect(() => parseSourcesArgs(['--timeout=abc'])).toThrow(
      /--timeout harus angka lebih dari 0, bukan "abc"/u,
    );
    expect(() => parseSourcesArgs(['--delay=0'])).toThrow(/--delay must be a number above 0/u);
  });
});
