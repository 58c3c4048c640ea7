/** "hampir 500" (almost): kept as written, below the number, and a planned cohort. */
import { lines, type PracticeCase } from '../release.ts';

const TITLE =
  'Contoh latihan: 25 ASN Pemkot Jambi Akan Ikuti Pelatihan Transformasi Digital di Singapura';
const TEXT = `${TITLE}
JAMBI – Pemerintah Kota Jambi akan mengirim 25 orang ASN untuk mengikuti pelatihan Singapore Cooperation Programme (SCP) bertema "Digital Transformation" di Singapura pada 10 hingga 14 Juni 2024.
Sekretaris Daerah Kota Jambi menyampaikan bahwa hampir 500 ASN Pemkot Jambi telah belajar di Singapura.
Para peserta diminta menyusun rencana aksi sepulang dari pelatihan.
`;

export const ALMOST: PracticeCase = {
  feature: 'a claim "hampir 500" (almost), and a planned cohort',
  title: TITLE,
  text: TEXT,
  answers: [
    '1',
    TITLE,
    '',
    'diskominfo-kota-jambi',
    '27 Mei 2024',
    '',
    '',
    '',
    ...lines(TEXT),
    '',
    '',
    '',
    '', // copied today
    'Contoh latihan: 25 ASN akan mengikuti pelatihan SCP "Digital Transformation"; hampir 500 ASN sudah belajar di Singapura.',
    'Practice example: 25 civil servants to attend an SCP Digital Transformation course; almost 500 have trained in Singapore.',
    'new',
    '',
    'digital-transformation',
    '',
    '10 hingga 14 Juni 2024',
    '', // planned, as suggested
    '',
    '',
    '25',
    't',
    '',
    '1',
    'claim',
    'participants',
    '500',
    'almost',
    '-', // any programme
    'singapore',
    '',
    '',
    'Sekretaris Daerah Kota Jambi',
    'Hampir 500 ASN Pemkot Jambi telah belajar di Singapura.',
    'Almost 500 civil servants have trained in Singapore.',
    '1',
    'done',
    '1',
  ],
  article: {
    id: '2024-05-diskominfo-kota-jambi-digital-transformation',
    outlet: 'diskominfo-kota-jambi',
    published: '2024-05-27',
    kind: 'press-release',
  },
  cohorts: [
    {
      id: '2024-06-digital-transformation',
      status: 'planned',
      programme: 'scp',
      theme: 'digital-transformation',
      themeLabel: 'Transformasi Digital',
      start: '2024-06-10',
      end: '2024-06-14',
      periodLabel: '10–14 Juni 2024',
      place: 'singapore',
      placeLabel: 'Singapura',
      participants: { 'asn-kota-jambi': 25 },
      totalLabel: '25',
    },
  ],
  claims: [
    {
      id: '2024-05-500-peserta',
      metric: 'participants',
      value: 500,
      qualifier: 'almost',
      claimedLabel: 'hampir 500 peserta',
      place: 'singapore',
      verdict: 'undocumented',
      // A planned cohort is not documented: counted only "if planned".
      counted: ['2024-03-public-service'],
      notCounted: ['2024-06-digital-transformation'],
    },
  ],
};
