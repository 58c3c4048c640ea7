import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { appendToList, appendToMap } from '../../../scripts/new/append.ts';
import { COHORT_TEXT } from '../../helpers/corpus.ts';
import { citation, term } from '../../helpers/records.ts';

const SOURCE = citation({
  article: 'a-new-article',
  quote:
    'Sebanyak 25 ASN telah kembali dari Singapura setelah pelatihan yang berlangsung sepekan penuh',
  supports: ['status'],
});

describe('appendToList', () => {
  const withComments = `# Angkatan uji.\n${COHORT_TEXT.replace('sources:', 'sources: # kutipan\n  # sumber pertama')}variants: []\n`;

  it('appends a source without changing any other byte, comments included', () => {
    const result = appendToList(withComments, 'sources', [SOURCE], 'c.yaml');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const at = result.text.indexOf('  - article: a-new-article');
    expect(at).toBeGreaterThan(0);
    expect(result.text.slice(0, at)).toBe(withComments.slice(0, at));
    expect(result.text.slice(at)).toMatch(/supports: \[status\]\nvariants: \[\]\n$/);
    const data = parse(result.text) as { sources: unknown[] };
    expect(data.sources.at(-1)).toEqual(SOURCE);
    expect(data.sources).toHaveLength(6);
  });

  it('appends at the end of a file without a final newline', () => {
    const result = appendToList('sources:\n  - a: 1', 'sources', [{ a: 2 }], 'x.yaml');
    expect(result).toEqual({ ok: true, text: 'sources:\n  - a: 1\n  - a: 2\n' });
  });

  it('refuses a missing, inline or empty list, and unreadable YAML, explaining why', () => {
    for (const text of ['programme: scp\n', 'sources: [{a: 1}]\n', 'sources: []\n', 'a: [\n']) {
      const result = appendToList(text, 'sources', [SOURCE], 'c.yaml');
      expect(result.ok, text).toBe(false);
      if (!result.ok) {
        expect(result.problem.id).toMatch(
          /^c\.yaml: .*Berkas tidak diubah; tambahkan secara manual\.$/,
        );
        expect(result.problem.en).toMatch(/The file was not changed; add it by hand\.$/);
      }
    }
  });
});

describe('appendToMap', () => {
  it('adds a term at the end, keeping the file as it was', () => {
    const before = '# Tema.\nwater:\n  label: {id: Air, en: Water}\n  terms: [air]\n';
    const result = appendToMap(
      before,
      'urban-planning',
      term({ label: { id: 'Kota', en: 'City' }, terms: ['kota'] }),
      't.yaml',
    );
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.text.startsWith(before)).toBe(true);
      expect(result.text.slice(before.length)).toBe(
        'urban-planning:\n  label:\n    id: Kota\n    en: City\n  terms:\n    - kota\n',
      );
    }
  });

  it('refuses a key that exists', () => {
    const result = appendToMap('water: {}\n', 'water', {}, 't.yaml');
    expect(result).toEqual({
      ok: false,
      problem: {
        id: 't.yaml: kunci "water" sudah ada. Berkas tidak diubah; tambahkan secara manual.',
        en: 't.yaml: the key "water" already exists. The file was not changed; add it by hand.',
      },
    });
  });
});
