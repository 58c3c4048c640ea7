import { describe, expect, it } from 'vitest';
import id from '../../../src/integrations/admin/locale-id.js';

type Phrases = { [key: string]: string | Phrases };

/** Every phrase of a locale by its dotted key. */
function leaves(phrases: Phrases, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(phrases)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (phrase: string): string[] =>
  [...phrase.matchAll(/%\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

/** Decap's English locale (the package has no type declarations). */
const EN_LOCALE: string = 'decap-cms-locales/dist/esm/en/index.js';
const { default: en } = (await import(EN_LOCALE)) as { default: Phrases };

const english = leaves(en);
const indonesian = leaves(id as Phrases);

describe('the Indonesian locale of the editor', () => {
  it("has every phrase of Decap's English locale, and no other", () => {
    expect([...indonesian.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('keeps the placeholders of each English phrase', () => {
    for (const [key, phrase] of english)
      expect(placeholders(indonesian.get(key) ?? ''), key).toEqual(placeholders(phrase));
  });

  it('says what the editor sees in Indonesian: login, new entry, save, delete, errors', () => {
    const said = (key: string): string | undefined => indonesian.get(key);
    expect(said('auth.login')).toBe('Masuk');
    expect(said('editor.editorToolbar.publish')).toBe('Simpan');
    expect(said('editor.editorToolbar.publishNow')).toBe('Simpan sekarang');
    expect(said('editor.editorToolbar.deletePublishedEntry')).toBe('Hapus entri');
    expect(said('collection.collectionTop.newButton')).toBe('+ %{collectionLabel} baru');
    expect(said('editor.editorControlPane.widget.required')).toBe('%{fieldLabel} wajib diisi.');
    expect(said('ui.toast.missingRequiredField')).toMatch(/kolom wajib/);
  });
});
