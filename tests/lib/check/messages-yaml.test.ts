/**
 * The text of each problem the check reports, as an editor reads it in
 * `npm run check` (message and fix in Indonesian and English): reading its
 * YAML.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_DEPTH } from '../../../src/lib/content/yaml.ts';
import { ARTICLE_ID, COHORT_TEXT, articleText } from '../../helpers/corpus.ts';
import { cohort, context, removeCorpora, shown } from './corpora.ts';

afterEach(removeCorpora);

describe('YAML', () => {
  it('yaml-duplicate-key', () => {
    expect(shown(cohort('status: held', 'status: held\nstatus: planned'), 'yaml-duplicate-key'))
      .toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:4
        ✗ Kunci yang sama ditulis dua kali.
          (The same key is written twice.)
        → Hapus salah satu baris dengan kunci yang sama.
          (Remove one of the two lines with the same key.)"
    `);
  });
  it('yaml-tag', () => {
    expect(shown(cohort('programme: scp', 'programme: !!js/function "f"'), 'yaml-tag'))
      .toMatchInlineSnapshot(`
      "content/cohorts/2019-02-smart-city.yaml:1
        ✗ Tanda "!" (tag YAML) tidak diizinkan.
          (YAML tags ("!") are not allowed.)
        → Hapus tag; tulis nilainya sebagai teks biasa.
          (Remove the tag; write the value as plain text.)"
    `);
  });
  it('yaml-syntax', () => {
    expect(shown(cohort('period:\n  start', 'period:\n\tstart'), 'yaml-syntax'))
      .toMatchInlineSnapshot(`
        "content/cohorts/2019-02-smart-city.yaml:5
          ✗ YAML tidak dapat dibaca: ada tab di awal baris (Tabs are not allowed as indentation)
            (YAML cannot be read: a line starts with a tab (Tabs are not allowed as indentation))
          → Ganti tab dengan spasi (dua spasi per tingkat).
            (Replace the tab with spaces (two per level).)"
      `);
  });
  it('yaml-syntax (a colon in a value)', () => {
    const file = `articles/${ARTICLE_ID}.md`;
    expect(
      shown({ [file]: articleText('Teks.', { title: 'Contoh latihan: 30 ASN' }) }, 'yaml-syntax'),
    ).toMatchInlineSnapshot(`
      "content/articles/2019-02-diskominfo-smart-city.md:2
        ✗ YAML tidak dapat dibaca: nilai berisi titik dua dan spasi (": ") (Nested mappings are not allowed in compact mappings)
          (YAML cannot be read: a value contains a colon and a space (": ") (Nested mappings are not allowed in compact mappings))
        → Apit nilai itu dengan tanda kutip, mis. title: "Contoh: 30 ASN …".
          (Put that value in quotes, e.g. title: "Example: 30 ASN …".)"
    `);
  });
  it('yaml-too-deep', () => {
    const deep = `programme: ${'['.repeat(MAX_DEPTH + 2)}${']'.repeat(MAX_DEPTH + 2)}\n`;
    expect(shown({ 'cohorts/deep.yaml': deep }, 'yaml-too-deep')).toMatchInlineSnapshot(`
      "content/cohorts/deep.yaml:1
        ✗ Struktur bersarang terlalu dalam (lebih dari 12 tingkat).
          (Nesting is too deep (more than 12 levels).)
        → Sederhanakan struktur sesuai templat.
          (Simplify the structure to match the template.)"
    `);
  });
  it('yaml-alias (an alias)', () => {
    expect(shown({ 'cohorts/alias.yaml': 'a: 1\nb: *a\n' }, 'yaml-alias')).toMatchInlineSnapshot(`
      "content/cohorts/alias.yaml:2
        ✗ Alias YAML (*nama) tidak diizinkan.
          (YAML aliases (*name) are not allowed.)
        → Tulis nilainya langsung, tanpa & dan *.
          (Write the value out in full, without & and *.)"
    `);
  });
  it('yaml-alias (an anchor)', () => {
    expect(shown(context('title:\n  id: Siaran', 'title: &t\n  id: Siaran'), 'yaml-alias'))
      .toMatchInlineSnapshot(`
      "content/context/e.yaml:5
        ✗ Anchor YAML (&nama) tidak diizinkan.
          (YAML anchors (&name) are not allowed.)
        → Hapus &nama dan tulis nilainya langsung.
          (Remove &name and write the value out in full.)"
    `);
  });
  it('yaml-forbidden-key', () => {
    expect(
      shown({ 'cohorts/proto.yaml': `__proto__:\n  x: 1\n${COHORT_TEXT}` }, 'yaml-forbidden-key'),
    ).toMatchInlineSnapshot(`
      "content/cohorts/proto.yaml:1
        ✗ Nama kolom "__proto__" tidak diizinkan.
          (The key "__proto__" is not allowed.)
        → Hapus baris ini; gunakan hanya kolom dari templat.
          (Remove this line; use only the fields of the template.)"
    `);
  });
});
