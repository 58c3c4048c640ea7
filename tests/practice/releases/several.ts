/** Two cohorts (one held, one planned) and two claims in one session. */
import { lines, type PracticeCase } from '../release.ts';

const TITLE =
  'Contoh latihan: Dua Rombongan ASN Pemkot Jambi Ikuti SCP, Perencanaan Kota dan Pelayanan Publik';
const TEXT = `${TITLE}
JAMBI – Sebanyak 24 ASN Pemerintah Kota Jambi telah menyelesaikan pelatihan Singapore Cooperation Programme (SCP) bertema "Urban Planning" di Singapura pada 2 hingga 6 Juni 2025.
Pelatihan tersebut diselenggarakan oleh Centre for Liveable Cities (CLC).
Rombongan berikutnya, 30 ASN Pemkot Jambi, akan mengikuti pelatihan SCP bertema "Public Service" di Singapura pada 14 hingga 18 Juli 2025.
Pemkot Jambi mengikuti program SCP sejak tahun 2016.
Hingga kini, lebih dari 20 angkatan ASN Pemkot Jambi telah mengikuti SCP.
`;

export const SEVERAL: PracticeCase = {
  feature: 'several cohorts and claims in one session',
  title: TITLE,
  text: TEXT,
  answers: [
    '1',
    TITLE,
    '',
    'diskominfo-kota-jambi',
    'Senin, 9 Juni 2025',
    '',
    '',
    '',
    ...lines(TEXT),
    '',
    '',
    '',
    '', // copied today
    'Contoh latihan: 24 ASN menyelesaikan pelatihan "Urban Planning"; 30 ASN dijadwalkan ikut "Public Service".',
    'Practice example: 24 civil servants completed an Urban Planning course; 30 are scheduled for Public Service.',
    'new', // the first cohort
    '',
    'new',
    'Perencanaan Kota',
    'Urban Planning',
    '',
    '',
    '2 hingga 6 Juni 2025',
    '', // held, as suggested
    '',
    'Centre for Liveable Cities (CLC)',
    '24',
    't',
    '',
    '1', // quote for programme (and the rest)
    '1', // quote for host
    'new', // the second cohort
    '',
    'public-service',
    '',
    '14 hingga 18 Juli 2025',
    '', // planned, as suggested
    '',
    '',
    '30',
    't',
    '',
    '1',
    'claim',
    'programme-start-year',
    '2016',
    'exact',
    'scp',
    '-',
    '',
    '',
    '',
    'Pemkot Jambi mengikuti SCP sejak 2016.',
    'The city government has taken part in the SCP since 2016.',
    '1',
    'claim',
    'cohorts',
    '20',
    'more-than',
    'scp',
    '-',
    '',
    '',
    '',
    'Lebih dari 20 angkatan ASN telah mengikuti SCP.',
    'More than 20 cohorts of civil servants have attended the SCP.',
    '1',
    'done',
    '1',
  ],
  article: {
    id: '2025-06-diskominfo-kota-jambi-urban-planning',
    outlet: 'diskominfo-kota-jambi',
    published: '2025-06-09',
    kind: 'press-release',
  },
  terms: [['themes', 'urban-planning']],
  cohorts: [
    {
      id: '2025-06-urban-planning',
      status: 'held',
      programme: 'scp',
      theme: 'urban-planning',
      themeLabel: 'Perencanaan Kota',
      start: '2025-06-02',
      end: '2025-06-06',
      periodLabel: '2–6 Juni 2025',
      place: 'singapore',
      placeLabel: 'Singapura',
      participants: { 'asn-kota-jambi': 24 },
      totalLabel: '24',
    },
    {
      id: '2025-07-public-service',
      status: 'planned',
      programme: 'scp',
      theme: 'public-service',
      themeLabel: 'Pelayanan Publik',
      start: '2025-07-14',
      end: '2025-07-18',
      periodLabel: '14–18 Juli 2025',
      place: 'singapore',
      placeLabel: 'Singapura',
      participants: { 'asn-kota-jambi': 30 },
      totalLabel: '30',
    },
  ],
  claims: [
    {
      id: '2025-06-2016-tahun-mulai',
      metric: 'programme-start-year',
      value: 2016,
      qualifier: 'exact',
      claimedLabel: '2016 tahun mulai program',
      programme: 'scp',
      // Records begin later than the programme: a start before the first held cohort is not contradicted.
      verdict: 'not-contradicted',
      counted: ['2025-06-urban-planning'],
    },
    {
      id: '2025-06-20-angkatan',
      metric: 'cohorts',
      value: 20,
      qualifier: 'more-than',
      claimedLabel: 'lebih dari 20 angkatan',
      programme: 'scp',
      verdict: 'undocumented',
      counted: ['2025-06-urban-planning', '2025-02-climate-resilience'],
      // Planned for July, after the claim.
      notCounted: ['2025-07-public-service'],
    },
  ],
};
