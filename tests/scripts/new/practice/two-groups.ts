/** Two cohorts and two claims in one release, with a new programme, place and participant group. */
import { lines, type PracticeRelease } from './release.ts';

const TWO_TITLE =
  'Contoh latihan: Dua Rombongan ASN Pemkot Jambi Belajar ke Malaysia dan Singapura';
const TWO_TEXT = `${TWO_TITLE}
Penulis: Sari Wulandari
JAMBI – Pemerintah Kota Jambi akan memberangkatkan 15 orang ASN untuk mengikuti pelatihan kota pintar di Kuala Lumpur, Malaysia, pada 3 hingga 7 Maret 2025 melalui Program Kemitraan Kota Contoh.
Keterangan foto: Rombongan ASN berfoto di Balai Kota Jambi.
Rombongan kedua, 20 orang ASN Pemkot Jambi, akan mengikuti pelatihan Singapore Cooperation Programme (SCP) bertema "Public Service" di Singapura pada 10 hingga 14 Maret 2025.
Rombongan kedua juga diikuti 5 orang Dosen Universitas Contoh.
Dalam 5 tahun terakhir, Pemkot Jambi telah memberangkatkan lebih dari 200 ASN ke luar negeri.
Sejak 2016, sebanyak 12 angkatan ASN Pemkot Jambi telah belajar di Singapura.
Simak berita lainnya di Kabar Contoh
`;

/** Two cohorts and two claims in one session, with a new programme, place and participant group. */
export const TWO: PracticeRelease = {
  title: TWO_TITLE,
  text: TWO_TEXT,
  answers: [
    '1',
    TWO_TITLE,
    '',
    '5', // antara
    'Senin 17 Februari 2025',
    '',
    '',
    '',
    ...lines(TWO_TEXT),
    'y', // the caption stays
    '', // reporter from "Penulis:"
    '',
    '',
    '', // copied today
    'Contoh latihan: dua rombongan ASN ke Malaysia dan Singapura.',
    'Practice example: two groups of civil servants to Malaysia and Singapore.',
    '1', // a new cohort
    '3', // a new programme
    'Program Kemitraan Kota Contoh',
    'Contoh City Partnership Programme',
    '',
    '', // no website
    '1', // smart-city-cybersecurity ("kota pintar")
    '',
    '3 hingga 7 Maret 2025',
    '', // planned, as suggested
    '3', // a new place
    'Malaysia',
    'Malaysia',
    'Malaysia; Kuala Lumpur',
    '',
    '15',
    't',
    '', // no send-off
    '1', // one sentence states every value
    '1', // a second new cohort
    '', // scp
    '2', // public-service
    '',
    '10 hingga 14 Maret 2025',
    '',
    '', // singapore
    '',
    '20',
    'y', // another group
    '2', // a new group
    'Dosen Universitas Contoh',
    'Contoh University lecturers',
    '',
    '2', // another body than the city's
    'Universitas Contoh',
    'Contoh University',
    '5',
    't',
    '',
    '1', // quote for programme and the rest
    '1', // quote for the lecturers
    '3', // a claim
    '1', // participants
    '200',
    '4', // more-than
    '', // any programme
    '', // any place
    '5',
    '',
    '',
    'Dalam 5 tahun terakhir lebih dari 200 ASN dikirim ke luar negeri.',
    'In the last 5 years more than 200 civil servants were sent abroad.',
    '1',
    '3', // another claim
    '2', // cohorts
    '12',
    '', // exact
    '',
    '1', // singapore
    '',
    '2016',
    '',
    'Sejak 2016 ada 12 angkatan ke Singapura.',
    'Since 2016 there have been 12 cohorts to Singapore.',
    '1',
    '4',
    '1',
  ],
};
