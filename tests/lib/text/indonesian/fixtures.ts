/**
 * Sentences quoted from the seed articles, and compact views of what the
 * Indonesian readers find in a text, shared by the tests of each reader.
 */
import { findDates, type DateMention } from '../../../../src/lib/text/indonesian/dates.ts';
import { findNumbers } from '../../../../src/lib/text/indonesian/numbers.ts';

// Sentences quoted from the seed articles (/work/shared/seeds).
/** The context of JULY_2019's article, published in February 2019: a cue word needs the month. */
export const FEBRUARY_2019 = { year: 2019, month: 2 };

export const SCP_2023_03 =
  'Pemerintah Kota Jambi kembali mengutus 25 orang Aparatur Sipil Negara (ASN) untuk mengikuti Singapore Cooperation Programme (SCP) dengan tema Public Service yang berlangsung di Singapura pada tanggal 23 hingga 31 Maret 2023, guna mendapatkan pendidikan dan pelatihan oleh Pemerintah Singapura.';
export const SCP_2023_05 =
  'Pelatihan ini akan berlangsung di Singapura pada tanggal 15 hingga 19 Mei 2023.';
export const SCP_2019_02 =
  'JAMBI – Sebanyak 25 orang Aparatur Sipil Negara (ASN) Pemkot Jambi, telah mengikuti pelatihan Singapore Cooperation Programme (SCP), Smart City and Cybersecurity, yang berlangsung di negara Singapura (17 s.d. 23 Februari 2019).';
export const RELEASE_2023_03 =
  'Sebelumnya, 25 orang ASN yang berasal dari berbagai OPD (Organisasi Perangkat Daerah) Pemkot Jambi tersebut, secara resmi telah dilepas oleh Wali Kota Jambi Syarif Fasha di Griya Mayang (21/3).';
export const RELEASE_2023_05 =
  'Delegasi Pemkot Jambi tersebut, secara resmi dilepas oleh Wali Kota Jambi Syarif Fasha bertempat di Griya Mayang, Jumat malam (12/5).';
export const RELEASE_2019_02 =
  'telah dilepas secara resmi oleh Wali Kota Jambi, Dr. H. Syarif Fasha, ME, di Griya Mayang (15/2).';
export const JULY_2019 =
  'Bulan Juli mendatang, Wali Kota Fasha kembali akan mengirim 25 ASN untuk belajar Public Service (Pelayanan) di Singapura.';
export const MARCH_EARLY =
  'Sebelumnya pada awal bulan Maret lalu, 4 orang ASN Kota Jambi mengikuti pelatihan yang berbeda di Singapura.';
export const SECOND_2023 =
  'Ini kali kedua pada tahun 2023, setelah sebelumnya pada Maret lalu, 25 ASN Pemkot Jambi juga telah terlebih dahulu mengikuti pelatihan "Public Service" di Singapura.';
export const FOUR_YEARS =
  'Dalam kurun waktu 4 tahun terakhir, Fasha telah mengirimkan 250 orang ASN untuk belajar ke negara Singapura, melalui  Singapore Cooperation Programme (SCP).';
export const THREE_YEARS =
  'Dalam kurun waktu 3 tahun terakhir, Kota Jambi telah mengirimkan 150 orang ASN yang terbagi dalam 6 angkatan SCP yang dilaksanakan di Singapura.';
export const STAFF =
  '"Tidak ada pemda yang bisa memberangkatkan lebih dari 300 orang stafnya ke Singapura, karena tentunya pasti akan menghabiskan biaya yang sangat besar.';
export const ONLY_ONE =
  'Kita satu-satunya daerah yang mendapat alokasi khusus dari Singapura untuk mendapatkan pelatihan secara gratis dan mengirimkan peserta terbanyak, 50 orang pertahun,';
export const SINCE_2016 =
  'Program pendidikan Singapura melalui Singapore Cooperation Programme (SCP) ini diinisiasi oleh Wali Kota Jambi Syarif Fasha sejak tahun 2016 lalu, bertujuan untuk meningkatkan kapasitas dan budaya kerja';
export const TEN_COHORTS =
  'Untuk program SCP sendiri, Pemkot Jambi telah memberangkatkan sebanyak 10 angkatan ASN untuk belajar ala Singapura.';
export const MOU_2015 =
  'Penandatanganan nota kesepahaman (MoU/ Memorandum of Understanding) telah dilaksanakan antara di kantor Kementerian Ketenagakerjaan, Jakarta, Selasa (18/08/2015), antara Sekjen Kemnaker Abdul Wahab Bangkona dan General Manajer Singapore Polytechnic Lee Leck Seng.';
export const POSTED_2015 = 'Rabu, 19 Agustus 2015';
export const POSTED_2022 = 'Senin 05-09-2022,14:59 WIB';

/** The compact form of a mention used in expectations. */
function brief(m: DateMention): string {
  return `${m.text} ${m.start}${m.end === m.start ? '' : `..${m.end}`}${m.inferred ? ' inferred' : ''}`;
}

/** Each date mention of the text in its compact form. */
export function dates(
  text: string,
  ctx?: { year?: number; month?: number; day?: number },
): string[] {
  return findDates(text, ctx).map(brief);
}

/** The values of the numbers in the text, in order. */
export function values(text: string): number[] {
  return findNumbers(text).map((n) => n.value);
}
