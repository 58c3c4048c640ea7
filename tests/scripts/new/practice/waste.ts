/** A new outlet, a new theme, a held cohort with its send-off, a claim; and the same release cancelled. */
import { lines, type PracticeRelease } from './release.ts';

const WASTE_TITLE =
  'Contoh latihan: 12 ASN Pemkot Jambi Rampungkan Pelatihan Pengelolaan Sampah di Singapura';
const WASTE_TEXT = `${WASTE_TITLE}
Laporan wartawan Kabar Contoh, Dewi Lestari
JAMBI – Sebanyak 12 orang ASN Pemerintah Kota Jambi telah menyelesaikan pelatihan Singapore Cooperation Programme (SCP) bertema "Waste Management" di Singapura pada 7 hingga 11 Oktober 2024.
Foto: Peserta pelatihan berfoto bersama di Singapura. (Humas)
Baca: Pemkot Jambi Tambah Armada Angkutan Sampah
Pelatihan diselenggarakan oleh Singapore Environment Institute (SEI).
Para peserta dilepas oleh Sekretaris Daerah Kota Jambi di Balai Kota, Jumat (4/10).
Sejak 2016, Pemkot Jambi telah mengirimkan sedikitnya 400 ASN untuk belajar di Singapura.
BACA JUGA: Wali Kota Resmikan Taman Kota Baru
Ikuti kami di Google News
Editor: Rudi Hartono
Bagikan:
`;

/** The article part of the waste-management release, up to the summaries (a new outlet on the way). */
const WASTE_ARTICLE: readonly string[] = [
  '1', // a new press release
  WASTE_TITLE,
  '', // the headline
  '7', // a new outlet
  'Kabar Contoh',
  'Kabar Contoh',
  '', // its words: the label
  '', // no website
  'Selasa 14 Oktober 2024', // the wrong weekday: asked again
  '14 Oktober 2024',
  '', // no note on the date
  '', // address not known
  '', // press-release
  ...lines(WASTE_TEXT),
  't', // the photo caption goes
  '', // reporter from the byline
  '', // editor from the credit line
  '', // the text is complete
  '', // copied today
  'Contoh latihan: 12 ASN menyelesaikan pelatihan SCP "Waste Management" di Singapura.',
  'Practice example: 12 civil servants completed an SCP Waste Management course.',
];

/** A new outlet and theme, a held cohort with its send-off, a claim: the session the outlet bug cut short. */
export const WASTE: PracticeRelease = {
  title: WASTE_TITLE,
  text: WASTE_TEXT,
  answers: [
    ...WASTE_ARTICLE,
    '1', // a new cohort
    '', // scp
    '5', // a new theme
    'Pengelolaan Sampah',
    'Waste Management',
    'Waste Management; pengelolaan sampah',
    '', // no course name
    '7 hingga 11 Oktober 2024',
    '', // held, as suggested
    '', // singapore
    'Singapore Environment Institute (SEI)',
    '12',
    't', // no other group
    'Jumat 4 Oktober 2024',
    'Balai Kota',
    'Sekretaris Daerah Kota Jambi',
    '1', // quote for programme (and theme, period, place, count, status)
    '1', // quote for host
    '1', // quote for the send-off
    '3', // a claim
    '1', // participants
    '400',
    '3', // at-least
    '3', // any programme
    '1', // singapore
    '', // no window
    '2016',
    '', // the article's voice
    'Sejak 2016 sedikitnya 400 ASN belajar di Singapura.',
    'Since 2016 at least 400 civil servants have trained in Singapore.',
    '1', // its quote
    '4', // nothing more
    '1', // write
  ],
};

/** The same release, cancelled at the review. */
export const WASTE_CANCELLED: readonly string[] = [...WASTE_ARTICLE, '4', '6', 'y'];
