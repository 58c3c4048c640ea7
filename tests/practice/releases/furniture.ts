/** A news page pasted with its furniture: links to other stories, the byline, share prompts, advertisements, a photo caption. */
import { lines, type PracticeCase } from '../release.ts';

const TITLE = 'Contoh latihan: 16 ASN Pemkot Jambi Dalami Pengelolaan Air Bersih di Singapura';
const TEXT = `${TITLE}
Laporan wartawan Warta Contoh, Budi Santoso
JAMBI – Sebanyak 16 ASN Pemerintah Kota Jambi telah menyelesaikan pelatihan Singapore Cooperation Programme (SCP) bertema "Water Management" di Singapura pada 7 hingga 11 April 2025.
(Foto: Humas Pemkot Jambi)
Baca juga: Wali Kota Jambi Tinjau Instalasi Pengolahan Air
ADVERTISEMENT
Scroll to continue with content
Lihat juga: Contoh latihan: Taman Kota Baru Dibuka
Selama pelatihan, peserta mengunjungi instalasi daur ulang air dan pusat kendali banjir.
Bagikan:
Share
Bagikan artikel ini
Share this:
Salin tautan
Advertisement
Ikuti berita terkini Warta Contoh di WhatsApp Channel
Simak berita lainnya di Google News
Dapatkan update berita pilihan dan breaking news setiap hari dari Warta Contoh.
Editor: Sri Rahayu
`;

export const FURNITURE: PracticeCase = {
  feature: 'site furniture in the pasted text, removed and listed; credit lines read',
  title: TITLE,
  text: TEXT,
  answers: [
    '1',
    TITLE,
    '',
    'new', // the outlet named in the byline
    'Warta Contoh',
    'Warta Contoh',
    '',
    'https://warta-contoh.example/',
    '14 April 2025',
    '',
    'https://warta-contoh.example/berita/16-asn-pemkot-jambi-dalami-pengelolaan-air',
    'news',
    ...lines(TEXT),
    't', // the photo caption goes
    '', // reporter from the byline
    '', // editor from the credit line
    '',
    '', // copied today
    'Contoh latihan: 16 ASN menyelesaikan pelatihan SCP "Water Management" di Singapura.',
    'Practice example: 16 civil servants completed an SCP Water Management course in Singapore.',
    'new',
    '',
    'water-management',
    '',
    '7 hingga 11 April 2025',
    '',
    '',
    '',
    '16',
    't',
    '',
    '1',
    'done',
    '1',
  ],
  article: {
    id: '2025-04-warta-contoh-water-management',
    outlet: 'warta-contoh',
    published: '2025-04-14',
    kind: 'news',
    reporter: 'Budi Santoso',
    editor: 'Sri Rahayu',
  },
  said: [
    'Keterangan foto (photo caption): «(Foto: Humas Pemkot Jambi)»',
    '  - Baca juga: Wali Kota Jambi Tinjau Instalasi Pengolahan Air',
    '  - Ikuti berita terkini Warta Contoh di WhatsApp Channel',
    '  - ADVERTISEMENT',
    '  - Scroll to continue with content',
    '  - Lihat juga: Contoh latihan: Taman Kota Baru Dibuka',
    '  - Bagikan artikel ini',
    '  - Share this:',
    '  - Salin tautan',
    '  - Advertisement',
    '  - Simak berita lainnya di Google News',
    '  - Dapatkan update berita pilihan dan breaking news setiap hari dari Warta Contoh.',
  ],
  removed: [
    'Laporan wartawan',
    'Baca juga',
    'Bagikan',
    'Share',
    'WhatsApp',
    'Editor:',
    'Foto:',
    'ADVERTISEMENT',
    'Advertisement',
    'Scroll to continue',
    'Lihat juga',
    'Salin tautan',
    'Google News',
    'Dapatkan update',
  ],
  terms: [['outlets', 'warta-contoh']],
  cohorts: [
    {
      id: '2025-04-water-management',
      status: 'held',
      programme: 'scp',
      theme: 'water-management',
      themeLabel: 'Pengelolaan Air',
      start: '2025-04-07',
      end: '2025-04-11',
      periodLabel: '7–11 April 2025',
      place: 'singapore',
      placeLabel: 'Singapura',
      participants: { 'asn-kota-jambi': 16 },
      totalLabel: '16',
    },
  ],
  claims: [],
};
