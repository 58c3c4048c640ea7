/** The qualifier a number is written with, read from the words next to it. */
import { describe, expect, it } from 'vitest';
import {
  QUALIFIER_WORDS,
  qualifierOf,
  qualifierWords,
  type Qualifier,
} from '../../../../src/lib/text/indonesian/qualifiers.ts';
import { readNumbers } from '../../../../src/lib/text/indonesian/quantities.ts';
import { FOUR_YEARS, ONLY_ONE, SCP_2023_03, STAFF, TEN_COHORTS, THREE_YEARS } from './fixtures.ts';
import { FIFTY_YEARS, SINCE_LEADERSHIP } from './quantity-sentences.ts';

/** How the text writes the number `n`: its qualifier and the words, or null for a range. */
function written(text: string, n: number): [Qualifier, string] | null {
  const r = readNumbers(text).find((x) => x.value === n);
  if (!r) throw new Error(`no ${n} in ${text}`);
  const w = qualifierOf(text, r);
  return w ? [w.qualifier, w.text] : null;
}

// Practice sentences (Contoh latihan), one or more per qualifier word.
const PRACTICE: [string, number, Qualifier, string][] = [
  ['Contoh latihan: Pemkot mengirim 60 ASN ke Singapura.', 60, 'exact', '60'],
  ['Contoh latihan: Pemkot mengirim sebanyak 60 ASN.', 60, 'exact', '60'],
  ['Contoh latihan: jumlahnya mencapai 500 orang.', 500, 'exact', '500'],
  ['Contoh latihan: sekitar 500 ASN telah dilatih.', 500, 'about', 'sekitar 500'],
  ['Contoh latihan: kurang lebih 40 orang ikut.', 40, 'about', 'kurang lebih 40'],
  ['Contoh latihan: kira-kira 30 orang ikut.', 30, 'about', 'kira-kira 30'],
  ['Contoh latihan: ± 40 orang ikut.', 40, 'about', '± 40'],
  ['Contoh latihan: 500-an ASN telah dilatih.', 500, 'about', '500-an'],
  ['Contoh latihan: memberangkatkan hampir 500 ASN.', 500, 'almost', 'hampir 500'],
  ['Contoh latihan: nyaris 100 peserta.', 100, 'almost', 'nyaris 100'],
  ['Contoh latihan: hampir sebanyak 500 orang.', 500, 'almost', 'hampir sebanyak 500'],
  ['Contoh latihan: sedikitnya 25 orang ASN.', 25, 'at-least', 'sedikitnya 25'],
  ['Contoh latihan: minimal 25 orang ASN.', 25, 'at-least', 'minimal 25'],
  ['Contoh latihan: paling sedikit 25 orang.', 25, 'at-least', 'paling sedikit 25'],
  ['Contoh latihan: setidaknya 25 orang.', 25, 'at-least', 'setidaknya 25'],
  ['Contoh latihan: lebih dari 300 ASN.', 300, 'more-than', 'lebih dari 300'],
  ['Contoh latihan: 300 orang lebih telah dikirim.', 300, 'more-than', '300 orang lebih'],
  ['Contoh latihan: 300 lebih ASN telah dikirim.', 300, 'more-than', '300 lebih'],
  ['Contoh latihan: hingga 500 ASN akan dikirim.', 500, 'up-to', 'hingga 500'],
  ['Contoh latihan: sampai 500 ASN.', 500, 'up-to', 'sampai 500'],
  ['Contoh latihan: sampai dengan 60 peserta.', 60, 'up-to', 'sampai dengan 60'],
  ['Contoh latihan: maksimal 60 peserta.', 60, 'up-to', 'maksimal 60'],
  ['Contoh latihan: tidak lebih dari 40 orang.', 40, 'up-to', 'tidak lebih dari 40'],
];

// Sentences quoted from the seed articles.
const REAL: [string, number, Qualifier, string][] = [
  [STAFF, 300, 'more-than', 'lebih dari 300'],
  [FIFTY_YEARS, 50, 'almost', 'hampir 50'],
  [SINCE_LEADERSHIP, 300, 'exact', '300'],
  [THREE_YEARS, 150, 'exact', '150'],
  [FOUR_YEARS, 250, 'exact', '250'],
  [TEN_COHORTS, 10, 'exact', '10'],
  [ONLY_ONE, 50, 'exact', '50'],
];

describe('qualifierOf', () => {
  it.each(PRACTICE)('practice: %s → %i %s', (text, n, qualifier, words) => {
    expect(written(text, n)).toEqual([qualifier, words]);
  });

  it.each(REAL)('seed article: %s → %i %s', (text, n, qualifier, words) => {
    expect(written(text, n)).toEqual([qualifier, words]);
  });

  it.each<[string, number, Qualifier]>([
    // A qualifying word that is not next to the number qualifies nothing.
    ['Contoh latihan: hingga kini, Pemkot mengirim 60 ASN.', 60, 'exact'],
    ['Contoh latihan: sekitar Kota Contoh, 60 ASN dilatih.', 60, 'exact'],
    // "lebih" in a comparison is not "more than".
    ['Contoh latihan: 300 orang lebih banyak dari tahun lalu.', 300, 'exact'],
    ['Contoh latihan: 300 lebih banyak dari tahun lalu.', 300, 'exact'],
    // A real sentence edited: "hampir" moved away from the number.
    [STAFF.replace('lebih dari 300', 'hampir semua dari 300'), 300, 'exact'],
  ])('refuses a word that does not qualify the number: %s', (text, n, qualifier) => {
    expect(written(text, n)?.[0]).toBe(qualifier);
  });

  it('reads the end of a range as no single number', () => {
    expect(written(SCP_2023_03, 31)).toBeNull();
    expect(written('Contoh latihan: sebanyak 20 hingga 25 orang.', 25)).toBeNull();
    expect(written('Contoh latihan: sebanyak 20 hingga 25 orang.', 20)).toEqual(['exact', '20']);
  });
});

describe('qualifierWords', () => {
  it('holds the words before a number and the forms written after it', () => {
    expect(qualifierWords('almost', 500)).toEqual([...QUALIFIER_WORDS.almost]);
    expect(qualifierWords('almost', 500)).toContain('hampir');
    expect(qualifierWords('about', 500)).not.toContain('hampir');
    expect(qualifierWords('more-than', 300)).toContain('lebih');
    expect(qualifierWords('about', 500)).toContain('500-an');
  });

  it('gives every word to one qualifier only', () => {
    const all = Object.values(QUALIFIER_WORDS).flat();
    expect(new Set(all).size).toBe(all.length);
  });
});
