/** A page without a headline, known only to its month, captured in part: two claims. */
import { lines, type PracticeRelease } from './release.ts';

const NOTITLE_TEXT = `Contoh latihan. Hingga kini sekitar 300 ASN Pemkot Jambi telah mengikuti pelatihan di Singapura.
Kemitraan Pemkot Jambi dan Singapura itu telah terjalin selama 10 tahun.
`;

/** A page without a headline, known only to its month, captured in part: two claims. */
export const NOTITLE: PracticeRelease = {
  title: 'Contoh latihan: kemitraan Pemkot Jambi dan Singapura',
  text: NOTITLE_TEXT,
  answers: [
    '1',
    'Contoh latihan: kemitraan Pemkot Jambi dan Singapura',
    '2', // the title comes from the address
    '', // unknown outlet
    'Maret 2025',
    'Halaman hanya menyebut bulan terbit.',
    'https://contoh.example/berita/kemitraan-pemkot-jambi-singapura',
    '2', // news
    ...lines(NOTITLE_TEXT),
    'Rina', // a reporter typed in
    '',
    't', // only part of the article was captured
    '', // copied today
    'Contoh latihan: sekitar 300 ASN dan 10 tahun kemitraan.',
    'Practice example: about 300 civil servants and 10 years of partnership.',
    '3', // a claim
    '1',
    '300',
    '2', // about
    '',
    '1', // singapore
    '',
    '',
    '',
    'Sekitar 300 ASN sudah berlatih di Singapura.',
    'About 300 civil servants have trained in Singapore.',
    '1',
    '3', // another claim
    '5', // partnership-years
    '10',
    '',
    '',
    '',
    '',
    '',
    '',
    'Kemitraan dengan Singapura sudah 10 tahun.',
    'The partnership with Singapore is 10 years old.',
    '1',
    '4',
    '1',
  ],
};
