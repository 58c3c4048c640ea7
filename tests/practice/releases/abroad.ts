/** A course held in the city itself, and a claim of civil servants "dikirim ke luar negeri" that must not count it. */
import { lines, type PracticeCase } from '../release.ts';

const TITLE =
  'Contoh latihan: Pelatih dari Singapura Datang, 40 ASN Pemkot Jambi Belajar Kepemimpinan di Kota Jambi';
const TEXT = `${TITLE}
JAMBI – Sebanyak 40 ASN Pemerintah Kota Jambi telah mengikuti pelatihan Singapore Cooperation Programme (SCP) bertema "Public Sector Leadership" yang digelar di Kota Jambi pada 4 hingga 6 November 2024.
Berbeda dengan angkatan sebelumnya, kali ini para pelatih dari Singapura yang datang ke Kota Jambi.
Sejak Maret 2024, sebanyak 38 ASN Pemkot Jambi telah dikirim ke luar negeri untuk mengikuti pelatihan SCP.
`;

export const ABROAD: PracticeCase = {
  feature: 'a course held in the city, and a claim of staff sent abroad that leaves it out',
  title: TITLE,
  text: TEXT,
  answers: [
    '1',
    TITLE,
    '',
    'diskominfo-kota-jambi',
    'Jumat 8 November 2024',
    '',
    '',
    '',
    ...lines(TEXT),
    '',
    '',
    '',
    '', // copied today
    'Contoh latihan: 40 ASN mengikuti pelatihan SCP di Kota Jambi; 38 ASN dikirim ke luar negeri sejak Maret 2024.',
    'Practice example: 40 civil servants attended an SCP course held in the city; 38 sent abroad since March 2024.',
    'new',
    '',
    'new', // a new theme
    'Kepemimpinan Sektor Publik',
    'Public Sector Leadership',
    '', // its words: both labels
    '',
    '4 hingga 6 November 2024',
    '', // held, as suggested
    'jambi', // held in the city itself
    '',
    '40',
    't',
    '',
    '1',
    'claim',
    'participants',
    '38',
    'exact',
    'scp',
    'abroad',
    '',
    'Maret 2024',
    '',
    'Sejak Maret 2024, 38 ASN dikirim ke luar negeri untuk pelatihan SCP.',
    'Since March 2024, 38 civil servants have been sent abroad for SCP courses.',
    '1',
    'done',
    '1',
  ],
  article: {
    id: '2024-11-diskominfo-kota-jambi-public-sector-leadership',
    outlet: 'diskominfo-kota-jambi',
    published: '2024-11-08',
    kind: 'press-release',
  },
  terms: [['themes', 'public-sector-leadership']],
  cohorts: [
    {
      id: '2024-11-public-sector-leadership',
      status: 'held',
      programme: 'scp',
      theme: 'public-sector-leadership',
      themeLabel: 'Kepemimpinan Sektor Publik',
      start: '2024-11-04',
      end: '2024-11-06',
      periodLabel: '4–6 November 2024',
      place: 'jambi',
      placeLabel: 'Kota Jambi',
      participants: { 'asn-kota-jambi': 40 },
      totalLabel: '40',
    },
  ],
  claims: [
    {
      id: '2024-11-38-peserta-sejak-2024',
      metric: 'participants',
      value: 38,
      qualifier: 'exact',
      claimedLabel: '38 peserta',
      programme: 'scp',
      place: 'abroad',
      since: '2024-03',
      windowLabel: 'Maret 2024 – 8 November 2024',
      // 20 in March and 18 in August, in Singapore; the 40 at home would make it 78.
      verdict: 'matches',
      documented: 38,
      counted: ['2024-03-public-service', '2024-08-smart-city-cybersecurity'],
      notCounted: ['2024-11-public-sector-leadership'],
    },
  ],
};
