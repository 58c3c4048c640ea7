/** A new outlet chosen in the session: the cohort and claim questions still come. */
import { lines, type PracticeCase } from '../release.ts';

const TITLE =
  'Contoh latihan: 20 ASN Pemkot Jambi Tuntaskan Pelatihan Pelayanan Publik di Singapura';
const TEXT = `${TITLE}
JAMBI – Sebanyak 20 orang ASN Pemerintah Kota Jambi telah menyelesaikan pelatihan Singapore Cooperation Programme (SCP) bertema "Public Service" di Singapura pada 4 hingga 8 Maret 2024.
Pelatihan diselenggarakan oleh Civil Service College Singapore.
Kepala BKPSDM Kota Jambi mengatakan, ilmu yang diperoleh peserta akan diterapkan di mal pelayanan publik.
Sejak 2016, sedikitnya 15 angkatan ASN Pemkot Jambi telah mengikuti SCP.
`;

export const NEW_OUTLET: PracticeCase = {
  feature: 'a new outlet, added in the session, before the cohort and the claim',
  title: TITLE,
  text: TEXT,
  answers: [
    '1', // a new press release
    TITLE,
    '', // the headline
    'new', // a new outlet
    'Suara Contoh',
    'Suara Contoh',
    '', // its words: the label
    '', // no website
    '11 Maret 2024',
    '', // the date is on the page
    '', // address not known
    '', // press-release
    ...lines(TEXT),
    '', // no reporter named
    '', // no editor named
    '', // the text is complete
    '', // copied today
    'Contoh latihan: 20 ASN menuntaskan pelatihan SCP "Public Service" di Singapura.',
    'Practice example: 20 civil servants completed an SCP Public Service course in Singapore.',
    'new', // a new cohort
    '', // scp
    'public-service',
    '', // no course name
    '4 hingga 8 Maret 2024',
    '', // held, as suggested
    '', // singapore
    'Civil Service College Singapore',
    '20',
    't', // no other group
    '', // no send-off
    '1', // quote for programme (and the rest)
    '1', // quote for host
    'claim',
    'cohorts',
    '15',
    'at-least',
    'scp',
    '-', // any place
    '', // no window
    '2016',
    '', // the article's voice
    'Sejak 2016 sedikitnya 15 angkatan ASN mengikuti SCP.',
    'Since 2016 at least 15 cohorts of civil servants have attended the SCP.',
    '1', // its quote
    'done',
    '1', // write
  ],
  article: {
    id: '2024-03-suara-contoh-public-service',
    outlet: 'suara-contoh',
    published: '2024-03-11',
    kind: 'press-release',
  },
  said: [
    '✓ Media baru "suara-contoh" (sebutan: Suara Contoh) akan ditambahkan ke content/vocabularies/outlets.yaml.',
    '— Angkatan baru (new cohort) —',
    '— Klaim (claim), dibuat pada 11 Maret 2024 —',
  ],
  terms: [['outlets', 'suara-contoh']],
  cohorts: [
    {
      id: '2024-03-public-service',
      status: 'held',
      programme: 'scp',
      theme: 'public-service',
      themeLabel: 'Pelayanan Publik',
      start: '2024-03-04',
      end: '2024-03-08',
      periodLabel: '4–8 Maret 2024',
      place: 'singapore',
      placeLabel: 'Singapura',
      participants: { 'asn-kota-jambi': 20 },
      totalLabel: '20',
    },
  ],
  claims: [
    {
      id: '2024-03-15-angkatan-sejak-2016',
      metric: 'cohorts',
      value: 15,
      qualifier: 'at-least',
      claimedLabel: 'sedikitnya 15 angkatan',
      programme: 'scp',
      since: '2016',
      verdict: 'undocumented',
      counted: ['2024-03-public-service'],
    },
  ],
};
