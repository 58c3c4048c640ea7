import { describe, expect, it } from 'vitest';
import {
  codePointLabel,
  invisibleCharacters,
  isInvisible,
  showInvisible,
  visibleLength,
  withoutInvisible,
} from '../../../src/lib/text/invisible.ts';
import { normalizeText } from '../../../src/lib/text/normalize.ts';

/** The characters an editor's copy can carry unseen, with the names messages give them. */
const NAMED: [string, string, string][] = [
  ['\u00ad', 'tanda hubung lunak', 'soft hyphen'],
  ['\u200b', 'spasi lebar-nol', 'zero-width space'],
  ['\u200c', 'pemisah lebar-nol', 'zero-width non-joiner'],
  ['\u200d', 'penyambung lebar-nol', 'zero-width joiner'],
  ['\u2060', 'penyambung kata', 'word joiner'],
  ['\ufeff', 'penanda urutan bita (BOM)', 'byte order mark (BOM)'],
  ['\u200e', 'tanda kiri-ke-kanan', 'left-to-right mark'],
  ['\u200f', 'tanda kanan-ke-kiri', 'right-to-left mark'],
  ['\u202e', 'kendali arah teks', 'text direction control'],
  ['\u2066', 'kendali arah teks', 'text direction control'],
  ['\u034f', 'penyambung grafem', 'combining grapheme joiner'],
  ['\ufe0f', 'pemilih variasi', 'variation selector'],
  ['\u2063', 'karakter tak terlihat', 'invisible character'],
];

describe('isInvisible', () => {
  it.each(NAMED)('holds for %j (%s)', (c) => {
    expect(isInvisible(c)).toBe(true);
  });

  it.each(['a', ' ', '\u00a0', '\u202f', '-', '\u2013', 'é', '5', '\t'])(
    'does not hold for %j, which shows (or which the matcher reads as a space)',
    (c) => {
      expect(isInvisible(c)).toBe(false);
    },
  );

  it('leaves no-break spaces to the matcher, which reads them as spaces', () => {
    expect(normalizeText('Dark\u00a0Singapore')).toBe('Dark Singapore');
    expect(normalizeText('Dark\u202fSingapore')).toBe('Dark Singapore');
  });
});

describe('codePointLabel', () => {
  it('writes U+ and at least four upper-case hex digits', () => {
    expect(codePointLabel(0xad)).toBe('U+00AD');
    expect(codePointLabel(0xfeff)).toBe('U+FEFF');
    expect(codePointLabel(0xe0001)).toBe('U+E0001');
  });
});

describe('invisibleCharacters', () => {
  it.each(NAMED)('names %j in both languages, with its code point', (c, id, en) => {
    const [found] = invisibleCharacters(`kata sela${c}in kata`);
    expect(found?.name).toEqual({ id, en });
    expect(found?.code).toBe(codePointLabel(c.codePointAt(0) ?? 0));
  });

  it('gives the 1-based position in characters and the word it sits in', () => {
    const quote = 'salah satunya seperti Dia\u00adlogue in the Dark Singa\u200bpore';
    expect(invisibleCharacters(quote)).toEqual([
      {
        code: 'U+00AD',
        name: { id: 'tanda hubung lunak', en: 'soft hyphen' },
        position: 26,
        word: 'Dia[U+00AD]logue',
        retyped: 'Dialogue',
      },
      {
        code: 'U+200B',
        name: { id: 'spasi lebar-nol', en: 'zero-width space' },
        position: 50,
        word: 'Singa[U+200B]pore',
        retyped: 'Singapore',
      },
    ]);
    expect(Array.from(quote)[25]).toBe('\u00ad');
  });

  it('counts a character outside the Basic Multilingual Plane as one', () => {
    const [found] = invisibleCharacters('𝐀 kata\u200djuga');
    expect(found?.position).toBe(7);
  });

  it('reports several in one word, each with that word', () => {
    const found = invisibleCharacters('\ufeffAp\u200bar\u00adatur');
    expect(found.map((f) => [f.position, f.code])).toEqual([
      [1, 'U+FEFF'],
      [4, 'U+200B'],
      [7, 'U+00AD'],
    ]);
    for (const f of found) {
      expect(f.word).toBe('[U+FEFF]Ap[U+200B]ar[U+00AD]atur');
      expect(f.retyped).toBe('Aparatur');
    }
  });

  it('shows the neighbouring words of one that stands alone between spaces', () => {
    const [found] = invisibleCharacters('Dark  \u200e \nSingapore');
    expect(found?.word).toBe('Dark [U+200E] Singapore');
    expect(invisibleCharacters('\u2060')[0]?.word).toBe('[U+2060]');
  });

  it('leaves out the punctuation around the word, unless nothing else shows', () => {
    expect(invisibleCharacters('Cube, Geo\u200bworks, NCS')[0]).toMatchObject({
      word: 'Geo[U+200B]works',
      retyped: 'Geoworks',
    });
    expect(invisibleCharacters('(«Dia\u00adlogue»)')[0]?.word).toBe('Dia[U+00AD]logue');
    expect(invisibleCharacters('kata, \u200b, lain')[0]?.word).toBe('kata, [U+200B], lain');
    expect(invisibleCharacters('—\u200b—')[0]?.word).toBe('—[U+200B]—');
  });

  it('finds nothing in visible text, no-break spaces included', () => {
    expect(invisibleCharacters('Sebanyak 25\u00a0orang ASN, «kata» — 50%')).toEqual([]);
  });
});

describe('showInvisible and withoutInvisible', () => {
  it('write each invisible character as [U+XXXX], or leave it out', () => {
    const text = 'Dia\u00adlogue\u200e in\u2060the';
    expect(showInvisible(text)).toBe('Dia[U+00AD]logue[U+200E] in[U+2060]the');
    expect(withoutInvisible(text)).toBe('Dialogue inthe');
  });

  it('leave visible text as it is', () => {
    expect(showInvisible('Sebanyak 25\u00a0orang')).toBe('Sebanyak 25\u00a0orang');
    expect(withoutInvisible('Sebanyak 25\u00a0orang')).toBe('Sebanyak 25\u00a0orang');
  });
});

describe('visibleLength', () => {
  it.each<[string, number]>([
    ['25', 2],
    ['ASN', 3],
    ['25 orang ASN', 10],
    ['"Dialogue — in — the ... Dark!"', 17],
    ['diikuti oleh 25 orang ASN', 21],
    ['salah satunya seperti Dialogue in the Dark Singapore', 45],
    ['', 0],
    ['   \n\t ', 0],
    ['\u200b\u00ad\u2060\ufeff\u200e\u200f\u200c\u200d', 0],
    ['. , ; : — « » ( ) % / -', 0],
    ['Dia\u00adlogue', 8],
    ['Cafe\u0301', 4],
    ['١٢٣ ٤٥', 5],
    ['\u3164\u3164', 0],
  ])('counts %j as %i letters and digits', (text, n) => {
    expect(visibleLength(text)).toBe(n);
  });
});
