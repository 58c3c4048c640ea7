import { describe, expect, it } from 'vitest';
import { FLAGS } from '../../../scripts/new/flags.ts';
import { helpText, parseFlags } from '../../../scripts/new/options.ts';

describe('parseFlags', () => {
  it('reads values, repeated flags and switches', () => {
    expect(
      parseFlags([
        '--theme=public-service',
        '--quote=satu',
        '--quote',
        'dua',
        '--group=a:1',
        '--yes',
      ]),
    ).toEqual({ theme: 'public-service', quote: ['satu', 'dua'], group: ['a:1'], yes: true });
  });

  it('refuses an unknown flag in both languages', () => {
    expect(() => parseFlags(['--tema=x'])).toThrow(
      /Flag tidak dikenal atau tanpa nilai .*npm run new -- --help\.\n\(Unknown flag or missing value/s,
    );
  });
});

describe('helpText', () => {
  it('names every flag with its Indonesian and English description', () => {
    const text = helpText();
    for (const [name, flag] of Object.entries(FLAGS)) {
      expect(text).toContain(`--${name}`);
      expect(text).toContain(flag.id);
      expect(text).toContain(`(${flag.en})`);
    }
    expect(text).toContain('Tidak pernah menimpa berkas. Never overwrites a file.');
  });
});
