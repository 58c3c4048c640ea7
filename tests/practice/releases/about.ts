/** "sekitar 60 … dalam setahun terakhir" (about, a window of one year in a word): matched within 10 %. */
import { lines, type PracticeCase } from '../release.ts';

const TITLE =
  'Contoh latihan: 18 ASN Pemkot Jambi Tuntaskan Pelatihan Transformasi Digital di Singapura';
const TEXT = `${TITLE}
JAMBI – Sebanyak 18 ASN Pemerintah Kota Jambi telah menyelesaikan pelatihan Singapore Cooperation Programme (SCP) bertema "Digital Transformation" di Singapura pada 15 hingga 19 September 2025.
Dalam setahun terakhir, sekitar 60 ASN Pemkot Jambi telah belajar di Singapura.
Para peserta akan menyusun peta jalan layanan digital Pemkot Jambi.
`;

export const ABOUT: PracticeCase = {
  feature: 'a claim "sekitar 60" (about) over "setahun terakhir", matched by the record',
  title: TITLE,
  text: TEXT,
  answers: [
    '1',
    TITLE,
    '',
    'jambi-update',
    '22 September 2025',
    '',
    '',
    '',
    ...lines(TEXT),
    '',
    '',
    '',
    '', // copied today
    'Contoh latihan: 18 ASN menuntaskan pelatihan SCP "Digital Transformation"; sekitar 60 ASN belajar di Singapura dalam setahun.',
    'Practice example: 18 civil servants completed an SCP Digital Transformation course; about 60 trained in Singapore within a year.',
    'new',
    '',
    'digital-transformation',
    '',
    '15 hingga 19 September 2025',
    '',
    '',
    '',
    '18',
    't',
    '',
    '1',
    'claim',
    'participants',
    '60',
    'about',
    '-',
    'singapore',
    '1', // "setahun": one year
    '',
    '',
    'Dalam setahun terakhir sekitar 60 ASN belajar di Singapura.',
    'In the last year about 60 civil servants trained in Singapore.',
    '1',
    'done',
    '1',
  ],
  article: {
    id: '2025-09-jambi-update-digital-transformation',
    outlet: 'jambi-update',
    published: '2025-09-22',
    kind: 'press-release',
  },
  cohorts: [
    {
      id: '2025-09-digital-transformation',
      status: 'held',
      programme: 'scp',
      theme: 'digital-transformation',
      themeLabel: 'Transformasi Digital',
      start: '2025-09-15',
      end: '2025-09-19',
      periodLabel: '15–19 September 2025',
      place: 'singapore',
      placeLabel: 'Singapura',
      participants: { 'asn-kota-jambi': 18 },
      totalLabel: '18',
    },
  ],
  claims: [
    {
      id: '2025-09-60-peserta-1-tahun',
      metric: 'participants',
      value: 60,
      qualifier: 'about',
      claimedLabel: 'sekitar 60 peserta',
      place: 'singapore',
      windowYears: 1,
      windowLabel: '22 September 2024 – 22 September 2025',
      // 16 + 24 + 18 held in Singapore within the year (and one cohort of unknown size): within 10 % of 60.
      verdict: 'matches',
      documented: 58,
      counted: [
        '2025-02-climate-resilience',
        '2025-04-water-management',
        '2025-06-urban-planning',
        '2025-09-digital-transformation',
      ],
      // Held in the city, and before the window.
      notCounted: ['2024-11-public-sector-leadership', '2024-08-smart-city-cybersecurity'],
    },
  ],
};
