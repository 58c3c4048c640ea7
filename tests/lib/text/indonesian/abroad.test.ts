/** Whether a text limits a count to places abroad. */
import { describe, expect, it } from 'vitest';
import { mentionsAbroad } from '../../../../src/lib/text/indonesian/abroad.ts';

// Sentences quoted from the seed articles (content/articles).
const KEMENLU =
  'yang bekerjasama dengan Kementerian Luar Negeri Singapura (The Singapore Ministry of Foreign Affairs).';
const HOME_AND_ABROAD =
  'dengan berbagai pendidikan dan pelatihan, baik didalam maupun luar negeri," pungkas Wali Kota Jambi dua periode itu.';
const KELUAR_NEGERI =
  'Seluruh pendidikan dan pelatihan keluar negeri tersebut seluruhnya terselenggara tanpa membebani APBD Kota Jambi.';
const DI_LUAR_NEGERI =
  'untuk mengikuti program pelatihan yang berkualitas dan terstruktur di luar negeri.';

describe('mentionsAbroad', () => {
  it.each([
    'Contoh latihan: Pemkot memberangkatkan hampir 60 ASN ke luar negeri.',
    'Contoh latihan: 40 ASN dikirim ke mancanegara.',
    'Contoh latihan: 40 ASN dikirim ke manca negara.',
    'Practice example: 40 civil servants were sent abroad.',
    KELUAR_NEGERI,
    DI_LUAR_NEGERI,
  ])('says abroad: %s', (text) => {
    expect(mentionsAbroad(text)).toBe(true);
  });

  it.each([
    KEMENLU,
    HOME_AND_ABROAD,
    'Contoh latihan: pelatihan di dalam negeri dan luar negeri diikuti 40 ASN.',
    'Contoh latihan: pelatihan di luar negeri maupun di dalam negeri diikuti 40 ASN.',
    'Contoh latihan: Menteri Luar Negeri membuka pelatihan.',
    'Contoh latihan: Pemkot mengirim 40 ASN ke Singapura.',
    'Contoh latihan: pelatihan digelar di Kota Contoh.',
  ])('does not say abroad as a limit: %s', (text) => {
    expect(mentionsAbroad(text)).toBe(false);
  });
});
