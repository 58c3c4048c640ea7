/**
 * A practice press release ("Contoh latihan"), not in content/: the worked
 * example of docs/panduan-humas.md, used by the scaffold's tests. Fictional;
 * it only looks like a Kota Jambi release, with the usual site furniture.
 */

export const PRACTICE_TITLE =
  'Contoh latihan: 30 ASN Pemkot Jambi Belajar Perencanaan Kota di Singapura';

/** The release as pasted from the web page: headline, text and furniture lines. */
export const PRACTICE_TEXT = `${PRACTICE_TITLE}
JAMBI – Sebanyak 30 orang Aparatur Sipil Negara (ASN) Pemerintah Kota Jambi akan mengikuti pelatihan Singapore Cooperation Programme (SCP) bertema "Urban Planning" di Singapura pada tanggal 10 hingga 14 Juni 2024.
BACA JUGA: Pemkot Jambi Raih Penghargaan Inovasi Daerah
Para peserta dilepas secara resmi oleh Wali Kota Jambi di Rumah Dinas Wali Kota, Jumat (7/6). Turut serta dalam rombongan jajaran manajemen Perumdam Tirta Mayang.
Selama sepekan di Singapura, peserta akan belajar perencanaan kota dari para pakar Centre for Liveable Cities (CLC) Singapore.
"Ilmu yang didapat harus diterapkan untuk menata Kota Jambi agar lebih tertib dan nyaman," ujar Wali Kota.
Sejak 2016, Pemkot Jambi telah mengirimkan lebih dari 350 ASN untuk belajar di Singapura.
add images
Kategori : Pemerintahan
Berita Terkait
`;

/** Ids the scaffold gives the practice entries. */
export const PRACTICE_ARTICLE_ID = '2024-06-diskominfo-kota-jambi-urban-planning';
export const PRACTICE_COHORT_ID = '2024-06-urban-planning';
export const PRACTICE_CLAIM_ID = '2024-06-350-peserta-sejak-2016';

/** Every answer of the worked example as flags (the body comes with --body-file). */
export const PRACTICE_FLAGS: readonly string[] = [
  `--article-title=${PRACTICE_TITLE}`,
  '--outlet=diskominfo-kota-jambi',
  '--published=2024-06-07',
  '--summary-id=Contoh latihan: 30 ASN dilepas ke pelatihan SCP "Urban Planning" di Singapura.',
  '--summary-en=Practice example: 30 civil servants sent to an SCP Urban Planning course.',
  '--cohort=new',
  '--theme=new',
  '--theme-label-id=Perencanaan Kota',
  '--theme-label-en=Urban Planning',
  '--start=2024-06-10',
  '--end=2024-06-14',
  '--host=Centre for Liveable Cities (CLC) Singapore',
  '--participants=30',
  '--group=perumdam-tirta-mayang:unknown',
  '--sendoff-date=2024-06-07',
  '--sendoff-place=Rumah Dinas Wali Kota',
  '--sendoff-by=Wali Kota Jambi',
  '--auto-quotes',
  '--claim-metric=participants',
  '--claim-value=350',
  '--claim-qualifier=more-than',
  '--claim-place=singapore',
  '--claim-since=2016',
  '--claim-statement-id=Sejak 2016 lebih dari 350 ASN belajar di Singapura.',
  '--claim-statement-en=Since 2016 more than 350 civil servants have trained in Singapore.',
];

/**
 * The same worked example as answers typed one per line to `npm run new`
 * (numbers pick from the lists of the real vocabularies; "" is Enter; the
 * pasted text ends with a line holding only ".").
 */
export const PRACTICE_ANSWERS: readonly string[] = [
  '1', // a new press release
  PRACTICE_TITLE,
  '', // the title is the headline
  '3', // diskominfo-kota-jambi
  '2024-06-07',
  '', // no note on the publication date
  '', // address not known
  '', // press-release
  ...PRACTICE_TEXT.trimEnd().split('\n'),
  '.',
  '', // no reporter named
  '', // no editor named
  '', // the text is complete
  '', // copied today
  'Contoh latihan: 30 ASN dilepas ke pelatihan SCP "Urban Planning" di Singapura.',
  'Practice example: 30 civil servants sent to an SCP Urban Planning course.',
  '1', // a new cohort
  '', // scp
  '5', // a new theme
  'Perencanaan Kota',
  'Urban Planning',
  '', // terms: both names
  '', // no course name
  '2024-06-10',
  '2024-06-14',
  '', // status: the suggested one (planned)
  '', // singapore
  'Centre for Liveable Cities (CLC) Singapore',
  '30',
  'y', // another group
  '1', // perumdam-tirta-mayang
  '', // its number is not given
  't',
  '2024-06-07',
  'Rumah Dinas Wali Kota',
  'Wali Kota Jambi',
  '1', // quote for programme (also theme, period, place, ASN count, status)
  '1', // quote for host
  '1', // quote for the Perumdam group
  '1', // quote for the send-off
  '3', // a claim
  '1', // participants
  '350',
  '4', // more-than
  '', // any programme
  '1', // singapore
  '', // no window
  '2016',
  '', // the article's voice
  'Sejak 2016 lebih dari 350 ASN belajar di Singapura.',
  'Since 2016 more than 350 civil servants have trained in Singapore.',
  '1', // its quote
  '4', // nothing more
  '1', // write
];
