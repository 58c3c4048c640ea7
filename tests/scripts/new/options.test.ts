import { describe, expect, it } from 'vitest';
import { FLAGS } from '../../../scripts/new/flags.ts';
import { helpText, parseFlags } from '../../../scripts/new/options.ts';
import { siteDefaults } from '../../../scripts/new/site-defaults.ts';
import { otherCityProfile } from '../../fixtures/other-city/index.ts';

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
    const { staffName } = siteDefaults(undefined);
    for (const [name, flag] of Object.entries(FLAGS)) {
      expect(text).toContain(`--${name}`);
      expect(text).toContain(flag.id.replaceAll('{staff}', staffName.id));
      expect(text).toContain(`(${flag.en.replaceAll('{staff}', staffName.en)})`);
    }
    expect(text).toContain('Tidak pernah menimpa berkas. Never overwrites a file.');
  });

  it('names the government’s own civil servants from the site profile', () => {
    const text = helpText(siteDefaults(otherCityProfile()));
    expect(text).toContain(
      'Jumlah ASN Kota Teluk Rembulan; unknown bila tidak disebut (jangan 0).',
    );
    expect(text).toContain('(Number of Kota Teluk Rembulan ASN; unknown when not stated');
    expect(text).not.toContain('{staff}');
  });
});
