import { describe, expect, it } from 'vitest';
import { quoteHint, quoteNotFoundHint } from '../../../src/lib/check/quote-hint.ts';

const TEXT =
  'Sebanyak 25 orang Aparatur Sipil Negara (ASN) telah mengikuti pelatihan di Singapura. ' +
  'Salah satunya seperti Dialogue in the Dark Singapore dan Punggol Discovery Cube.';
const ARTICLE = 'contoh';

describe('quoteNotFoundHint', () => {
  it.each<[string, string, string, string]>([
    ['\u00ad', 'tanda hubung lunak', 'soft hyphen', 'U+00AD'],
    ['\u200b', 'spasi lebar-nol', 'zero-width space', 'U+200B'],
    ['\u200c', 'pemisah lebar-nol', 'zero-width non-joiner', 'U+200C'],
    ['\u200d', 'penyambung lebar-nol', 'zero-width joiner', 'U+200D'],
    ['\u2060', 'penyambung kata', 'word joiner', 'U+2060'],
    ['\ufeff', 'penanda urutan bita (BOM)', 'byte order mark (BOM)', 'U+FEFF'],
    ['\u200e', 'tanda kiri-ke-kanan', 'left-to-right mark', 'U+200E'],
    ['\u200f', 'tanda kanan-ke-kiri', 'right-to-left mark', 'U+200F'],
  ])('says a quote differs only by %j, naming it, its word and position', (c, id, en, code) => {
    const quote = `seperti Dia${c}logue in the Dark Singapore`;
    const hint = quoteNotFoundHint(TEXT, quote, ARTICLE);
    expect(hint.message).toEqual({
      id: ` Kutipan hanya berbeda dari teks artikel karena karakter tak terlihat: ${id} (${code}) di kata "Dia[${code}]logue" (karakter ke-12 kutipan).`,
      en: ` The quote differs from the article text only by invisible characters: ${en} (${code}) in the word "Dia[${code}]logue" (character 12 of the quote).`,
    });
    expect(hint.invisible).toEqual({
      fix: {
        id: 'Hapus karakter tak terlihat itu: ketik ulang "Dialogue" di kutipan dengan papan ketik (salin-tempel dapat membawanya lagi).',
        en: 'Delete the invisible character(s): retype "Dialogue" in the quote on the keyboard (copy and paste may bring them back).',
      },
      only: true,
    });
  });

  it('says so for the example of a soft hyphen and a zero-width space together', () => {
    const hint = quoteNotFoundHint(
      TEXT,
      'Salah satunya seperti Dia\u00adlogue in the Dark Singa\u200bpore',
      ARTICLE,
    );
    expect(hint.message.id).toBe(
      ' Kutipan hanya berbeda dari teks artikel karena karakter tak terlihat: tanda hubung lunak (U+00AD) di kata "Dia[U+00AD]logue" (karakter ke-26 kutipan); spasi lebar-nol (U+200B) di kata "Singa[U+200B]pore" (karakter ke-50 kutipan).',
    );
    expect(hint.invisible?.fix.id).toContain('ketik ulang "Dialogue", "Singapore"');
    expect(hint.invisible?.only).toBe(true);
  });

  it('keeps a zero-width space that stands for a space while it deletes a soft hyphen', () => {
    const hint = quoteNotFoundHint(TEXT, 'Dia\u00adlogue in the Dark\u200bSingapore', ARTICLE);
    expect(hint.invisible?.only).toBe(true);
    expect(hint.message.en).toContain('soft hyphen (U+00AD)');
    expect(hint.message.en).toContain(
      'zero-width space (U+200B) in the word "Dark[U+200B]Singapore"',
    );
  });

  it('names them after the closest passage when the quote differs in other ways too', () => {
    const hint = quoteNotFoundHint(TEXT, 'Sebanyak 26 orang Apa\u00adratur Sipil Negara', ARTICLE);
    expect(hint.message.id).toBe(
      ' Bagian paling mirip: «Sebanyak 25 orang Aparatur Sipil Negara»; berbeda di 2 tempat, pertama: kutipan: "26 orang" — teks: "25 orang". Kutipan juga memuat karakter tak terlihat: tanda hubung lunak (U+00AD) di kata "Apa[U+00AD]ratur" (karakter ke-22 kutipan).',
    );
    expect(hint.message.en).toContain(
      'The quote also holds invisible characters: soft hyphen (U+00AD) in the word "Apa[U+00AD]ratur" (character 22 of the quote).',
    );
    expect(hint.invisible?.only).toBe(false);
  });

  it('shows an invisible character of the quote in the differing words as [U+XXXX]', () => {
    const hint = quoteNotFoundHint(TEXT, 'Sebanyak 25 orang Apa\u00adratur Sipil Negara', ARTICLE);
    expect(hint.invisible?.only).toBe(true);
    const mixed = quoteNotFoundHint(TEXT, 'Sebanyak 25 orang Apa\u00adratur Sipil Bangsa', ARTICLE);
    expect(mixed.message.id).toContain('kutipan: "Apa[U+00AD]ratur Sipil"');
    expect(mixed.message.id).not.toContain('\u00ad');
  });

  it('names invisible characters of the article text where it differs, and asks to copy the word', () => {
    const text = TEXT.replace('Dialogue', 'Dia\u00adlogue');
    const hint = quoteNotFoundHint(text, 'seperti Dialogue in the Dark Singapore', ARTICLE);
    expect(hint.message.id).toContain('teks: "Dia[U+00AD]logue in"');
    expect(hint.message.id).toContain(
      'Teks artikel memuat karakter tak terlihat di bagian yang berbeda: tanda hubung lunak (U+00AD) di kata "Dia[U+00AD]logue"; kutipan harus memuatnya juga, jadi salin kata itu dari berkas artikel.',
    );
    expect(hint.message.en).not.toContain('character 1');
    expect(hint.invisible).toBeUndefined();
  });

  it('lists five and counts the rest', () => {
    const quote = 'Sebanyak 25 orang Aparatur Sipil Negara (ASN)'.replace(/a/g, 'a\u200d');
    const hint = quoteNotFoundHint(TEXT, quote, ARTICLE);
    expect(hint.message.id.match(/penyambung lebar-nol/g)).toHaveLength(5);
    expect(hint.message.id).toContain('; dan 2 lagi.');
    expect(hint.message.en).toContain('; and 2 more.');
    expect(hint.invisible?.fix.id).toContain(
      'ketik ulang "Sebanyak", "orang", "Aparatur", "Negara" di kutipan',
    );
    const many = quoteNotFoundHint(TEXT, TEXT.replace(/a/g, 'a\u00ad'), ARTICLE);
    expect(many.invisible?.fix.id).toMatch(
      /ketik ulang "Sebanyak", "orang", "Aparatur", "Negara", "telah" dan 8 kata lain di kutipan/,
    );
    expect(many.invisible?.fix.en).toContain('"telah" and 8 other word(s) in the quote');
  });

  it('names them even when nothing in the article resembles the quote', () => {
    const hint = quoteNotFoundHint(TEXT, 'Gardens by the Bay dan Sen\u200dtosa', ARTICLE);
    expect(hint.message.id).toMatch(/^ Tidak ada bagian yang mirip di artikel contoh/);
    expect(hint.message.id).toContain('penyambung lebar-nol (U+200D) di kata "Sen[U+200D]tosa"');
    expect(hint.invisible?.only).toBe(false);
  });

  it('does not name no-break spaces, which the matcher reads as spaces', () => {
    const hint = quoteNotFoundHint(TEXT, 'Sebanyak\u00a026\u202forang Aparatur', ARTICLE);
    expect(hint.message.id).not.toMatch(/U\+00A0|U\+202F|tak terlihat/);
    expect(hint.invisible).toBeUndefined();
  });

  it('without the closest passage says only what concerns invisible characters', () => {
    const only = quoteNotFoundHint(TEXT, 'seperti Dia\u00adlogue in the Dark', ARTICLE, false);
    expect(only.message.id).toMatch(/^ Kutipan hanya berbeda dari teks artikel karena/);
    const mixed = quoteNotFoundHint(TEXT, 'seperti Dia\u00adlogue in the Light', ARTICLE, false);
    expect(mixed.message.id).toBe(
      ' Kutipan memuat karakter tak terlihat: tanda hubung lunak (U+00AD) di kata "Dia[U+00AD]logue" (karakter ke-12 kutipan).',
    );
    expect(mixed.invisible?.only).toBe(false);
    expect(quoteNotFoundHint(TEXT, 'seperti Dialogue in the Light', ARTICLE, false)).toEqual({
      message: { id: '', en: '' },
    });
  });
});

describe('quoteHint', () => {
  it('is the message of quoteNotFoundHint', () => {
    for (const quote of ['Sebanyak 26 orang Aparatur', 'Dia\u00adlogue in the Dark', 'Sentosa'])
      expect(quoteHint(TEXT, quote, ARTICLE)).toEqual(
        quoteNotFoundHint(TEXT, quote, ARTICLE).message,
      );
  });

  it('still reads as before for a quote with no invisible characters', () => {
    expect(quoteHint(TEXT, 'Sebanyak 26 orang Aparatur Sipil', ARTICLE)).toEqual({
      id: ' Bagian paling mirip: «Sebanyak 25 orang Aparatur Sipil»; berbeda di: kutipan: "26 orang" — teks: "25 orang".',
      en: ' Closest passage: «Sebanyak 25 orang Aparatur Sipil»; differs at: quote: "26 orang" — text: "25 orang".',
    });
  });
});
