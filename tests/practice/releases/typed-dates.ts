/** Dates typed as people write them: "Senin 15 Oktober 2018", "15/10/2018", "19-10-2018"; a wrong weekday is refused. */
import { lines, type PracticeCase } from '../release.ts';

const TITLE =
  'Contoh latihan: Wali Kota Lepas 22 ASN ke Pelatihan Tata Kelola Keuangan di Singapura';
const TEXT = `${TITLE}
JAMBI – Wali Kota Jambi melepas 22 ASN Pemerintah Kota Jambi di Balai Kota Jambi, Senin (15/10).
Ke-22 ASN tersebut akan mengikuti pelatihan Singapore Cooperation Programme (SCP) bertema "Public Financial Management" di Singapura pada 16 hingga 19 Oktober 2018.
Wali Kota meminta peserta mengikuti pelatihan dengan sungguh-sungguh.
`;

export const TYPED_DATES: PracticeCase = {
  feature: 'dates typed as people write them, each said back as read',
  title: TITLE,
  text: TEXT,
  answers: [
    '1',
    TITLE,
    '',
    'diskominfo-kota-jambi',
    'Selasa 15 Oktober 2018', // the wrong weekday: asked again
    '15/10/2018',
    '',
    '',
    '',
    ...lines(TEXT),
    '',
    '',
    '',
    '', // copied today
    'Contoh latihan: 22 ASN dilepas ke pelatihan SCP "Public Financial Management".',
    'Practice example: 22 civil servants sent off to an SCP Public Financial Management course.',
    'new',
    '',
    'new',
    'Tata Kelola Keuangan',
    'Public Financial Management',
    '',
    '',
    '16/10/2018', // the start alone: the end is asked next
    '19-10-2018',
    '', // planned, as suggested
    '',
    '',
    '22',
    't',
    'Senin 15 Oktober 2018',
    'Balai Kota Jambi',
    'Wali Kota Jambi',
    '1', // quote for programme (and theme, period, place, status)
    '1', // quote for the count and the send-off
    'done',
    '1',
  ],
  article: {
    id: '2018-10-diskominfo-kota-jambi-public-financial-management',
    outlet: 'diskominfo-kota-jambi',
    published: '2018-10-15',
    kind: 'press-release',
  },
  said: [
    '  ✗ "Selasa 15 Oktober 2018": 15 Oktober 2018 jatuh pada hari Senin, bukan Selasa. Periksa tanggal atau harinya. Bila tidak diketahui sama sekali, tulis "tidak tahu".',
    '15/10/2018\n  Dibaca sebagai: Senin, 15 Oktober 2018 (2018-10-15)',
    '16/10/2018\n  Dibaca sebagai: Selasa, 16 Oktober 2018 (2018-10-16)',
    '19-10-2018\n  Dibaca sebagai: Jumat, 19 Oktober 2018 (2018-10-19)',
    'Senin 15 Oktober 2018\n  Dibaca sebagai: Senin, 15 Oktober 2018 (2018-10-15)',
  ],
  terms: [['themes', 'public-financial-management']],
  cohorts: [
    {
      id: '2018-10-public-financial-management',
      status: 'planned',
      programme: 'scp',
      theme: 'public-financial-management',
      themeLabel: 'Tata Kelola Keuangan',
      start: '2018-10-16',
      end: '2018-10-19',
      periodLabel: '16–19 Oktober 2018',
      place: 'singapore',
      placeLabel: 'Singapura',
      participants: { 'asn-kota-jambi': 22 },
      totalLabel: '22',
      sendoff: {
        date: '2018-10-15',
        label: '15 Oktober 2018',
        place: 'Balai Kota Jambi',
        by: 'Wali Kota Jambi',
      },
    },
  ],
  claims: [],
};
