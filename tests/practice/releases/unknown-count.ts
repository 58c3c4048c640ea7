/** A held cohort whose only count is not given: "jumlah tidak diketahui", never "sedikitnya 0". */
import { lines, type PracticeCase } from '../release.ts';

const TITLE = 'Contoh latihan: ASN Pemkot Jambi Belajar Ketahanan Iklim di Singapura';
const TEXT = `${TITLE}
JAMBI – Sejumlah ASN Pemerintah Kota Jambi telah mengikuti pelatihan Singapore Cooperation Programme (SCP) bertema "Climate Resilience" di Singapura pada 17 hingga 21 Februari 2025.
Materi pelatihan meliputi pengendalian banjir dan penghijauan kota.
Hasil pelatihan akan dipaparkan kepada organisasi perangkat daerah terkait.
`;

export const UNKNOWN_COUNT: PracticeCase = {
  feature: 'a held cohort whose only count is unknown',
  title: TITLE,
  text: TEXT,
  answers: [
    '1',
    TITLE,
    '',
    'jambi-independent',
    '24 Februari 2025',
    '',
    '',
    '',
    ...lines(TEXT),
    '',
    '',
    '',
    '', // copied today
    'Contoh latihan: ASN mengikuti pelatihan SCP "Climate Resilience"; jumlahnya tidak disebut.',
    'Practice example: civil servants attended an SCP Climate Resilience course; how many is not stated.',
    'new',
    '',
    'new',
    'Ketahanan Iklim',
    'Climate Resilience',
    '',
    '',
    '17 hingga 21 Februari 2025',
    '',
    '',
    '',
    '', // the number is not given: unknown
    't',
    '',
    '1',
    'done',
    '1',
  ],
  article: {
    id: '2025-02-jambi-independent-climate-resilience',
    outlet: 'jambi-independent',
    published: '2025-02-24',
    kind: 'press-release',
  },
  terms: [['themes', 'climate-resilience']],
  cohorts: [
    {
      id: '2025-02-climate-resilience',
      status: 'held',
      programme: 'scp',
      theme: 'climate-resilience',
      themeLabel: 'Ketahanan Iklim',
      start: '2025-02-17',
      end: '2025-02-21',
      periodLabel: '17–21 Februari 2025',
      place: 'singapore',
      placeLabel: 'Singapura',
      participants: { 'asn-kota-jambi': 'unknown' },
      totalLabel: 'jumlah tidak diketahui (ASN Pemkot Jambi)',
    },
  ],
  claims: [],
};
