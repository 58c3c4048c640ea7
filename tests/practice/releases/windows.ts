/** Windows in words: "dalam dua dekade terakhir" (20 years) and "sejak 2016" (a start), two claims and no cohort. */
import { lines, type PracticeCase } from '../release.ts';

const TITLE =
  'Contoh latihan: Wali Kota Jambi Paparkan Capaian Kerja Sama Pengembangan ASN dengan Singapura';
const TEXT = `${TITLE}
JAMBI – Wali Kota Jambi memaparkan capaian kerja sama pengembangan kompetensi ASN dengan Singapura dalam rapat evaluasi akhir tahun di Balai Kota.
Dalam dua dekade terakhir, sedikitnya 600 ASN Pemkot Jambi telah belajar di Singapura.
Sejak 2016, sebanyak 14 angkatan ASN Pemkot Jambi telah mengikuti Singapore Cooperation Programme (SCP).
Kerja sama ini akan terus dilanjutkan pada tahun-tahun mendatang.
`;

export const WINDOWS: PracticeCase = {
  feature: 'a window in words ("dua dekade terakhir") and a start ("sejak 2016")',
  title: TITLE,
  text: TEXT,
  answers: [
    '1',
    TITLE,
    '',
    'diskominfo-kota-jambi',
    '2025-01-10',
    '',
    '',
    '',
    ...lines(TEXT),
    '',
    '',
    '',
    '', // copied today
    'Contoh latihan: capaian kerja sama pengembangan ASN dengan Singapura.',
    'Practice example: what the civil-service training partnership with Singapore has achieved.',
    'claim',
    'participants',
    '600',
    'at-least',
    '-',
    'singapore',
    'dua dekade terakhir', // typed as the release writes it: 20 years
    '',
    '', // the article's voice
    'Dalam dua dekade terakhir sedikitnya 600 ASN belajar di Singapura.',
    'In the last two decades at least 600 civil servants have trained in Singapore.',
    '1',
    'claim',
    'cohorts',
    '14',
    'exact',
    'scp',
    '-',
    '',
    'sejak 2016', // typed as the release writes it
    '',
    'Sejak 2016 ada 14 angkatan ASN di SCP.',
    'Since 2016 there have been 14 cohorts of civil servants at the SCP.',
    '1',
    'done',
    '1',
  ],
  said: [
    'Dibaca sebagai: 20 tahun terakhir (dua dekade)',
    'Dibaca sebagai: sejak tahun 2016 (2016)',
  ],
  article: {
    id: '2025-01-diskominfo-kota-jambi-contoh-latihan-wali-kota-jambi-paparkan',
    outlet: 'diskominfo-kota-jambi',
    published: '2025-01-10',
    kind: 'press-release',
  },
  cohorts: [],
  claims: [
    {
      id: '2025-01-600-peserta-20-tahun',
      metric: 'participants',
      value: 600,
      qualifier: 'at-least',
      claimedLabel: 'sedikitnya 600 peserta',
      place: 'singapore',
      windowYears: 20,
      windowLabel: '10 Januari 2005 – 10 Januari 2025',
      verdict: 'undocumented',
      counted: ['2019-02-smart-city-cybersecurity', '2024-08-smart-city-cybersecurity'],
      // Held in the city: outside the claim's place.
      notCounted: ['2024-11-public-sector-leadership'],
    },
    {
      id: '2025-01-14-angkatan-sejak-2016',
      metric: 'cohorts',
      value: 14,
      qualifier: 'exact',
      claimedLabel: '14 angkatan',
      programme: 'scp',
      since: '2016',
      windowLabel: '2016 – 10 Januari 2025',
      verdict: 'undocumented',
      // Any place: the course held in the city is an SCP cohort too.
      counted: ['2024-11-public-sector-leadership'],
      // Temasek Foundation's course is another programme.
      notCounted: ['2023-03-digital-transformation-temasek'],
    },
  ],
};
