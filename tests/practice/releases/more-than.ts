/** "lebih dari 300" (more than), with a programme, a place and a start, and a held cohort. */
import { lines, type PracticeCase } from '../release.ts';

const TITLE =
  'Contoh latihan: Pulang dari Singapura, 18 ASN Pemkot Jambi Siap Terapkan Konsep Smart City';
const TEXT = `${TITLE}
JAMBI – Sebanyak 18 ASN Pemerintah Kota Jambi telah mengikuti pelatihan Singapore Cooperation Programme (SCP) bertema "Smart City" di Singapura pada 12 hingga 16 Agustus 2024.
Sejak 2016, Pemkot Jambi telah memberangkatkan lebih dari 300 ASN ke Singapura melalui SCP.
Wali Kota Jambi berharap para peserta menularkan ilmunya kepada rekan kerja di perangkat daerah masing-masing.
`;

export const MORE_THAN: PracticeCase = {
  feature: 'a claim "lebih dari 300" (more than), and a held cohort',
  title: TITLE,
  text: TEXT,
  answers: [
    '1',
    TITLE,
    '',
    'jambi-update',
    '19/8/2024',
    '',
    '',
    '',
    ...lines(TEXT),
    '',
    '',
    '',
    '', // copied today
    'Contoh latihan: 18 ASN mengikuti pelatihan SCP "Smart City"; lebih dari 300 ASN diberangkatkan sejak 2016.',
    'Practice example: 18 civil servants attended an SCP Smart City course; more than 300 sent since 2016.',
    'new',
    '',
    'smart-city-cybersecurity',
    '',
    '12 hingga 16 Agustus 2024',
    '', // held, as suggested
    '',
    '',
    '18',
    't',
    '',
    '1',
    'claim',
    'participants',
    '300',
    'more-than',
    'scp',
    'singapore',
    '',
    '2016',
    '',
    'Sejak 2016 lebih dari 300 ASN diberangkatkan ke Singapura melalui SCP.',
    'Since 2016 more than 300 civil servants have been sent to Singapore through the SCP.',
    '1',
    'done',
    '1',
  ],
  article: {
    id: '2024-08-jambi-update-smart-city-cybersecurity',
    outlet: 'jambi-update',
    published: '2024-08-19',
    kind: 'press-release',
  },
  cohorts: [
    {
      id: '2024-08-smart-city-cybersecurity',
      status: 'held',
      programme: 'scp',
      theme: 'smart-city-cybersecurity',
      themeLabel: 'Kota Cerdas dan Keamanan Siber',
      start: '2024-08-12',
      end: '2024-08-16',
      periodLabel: '12–16 Agustus 2024',
      place: 'singapore',
      placeLabel: 'Singapura',
      participants: { 'asn-kota-jambi': 18 },
      totalLabel: '18',
    },
  ],
  claims: [
    {
      id: '2024-08-300-peserta-sejak-2016',
      metric: 'participants',
      value: 300,
      qualifier: 'more-than',
      claimedLabel: 'lebih dari 300 peserta',
      programme: 'scp',
      place: 'singapore',
      since: '2016',
      windowLabel: '2016 – 19 Agustus 2024',
      verdict: 'undocumented',
      counted: ['2024-03-public-service', '2024-08-smart-city-cybersecurity'],
    },
  ],
};
