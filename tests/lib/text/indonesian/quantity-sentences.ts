/**
 * More sentences quoted from the seed articles (/work/shared/seeds), for the
 * tests of what a number counts; the shared ones are in fixtures.ts.
 */

export const PARTNERSHIP =
  'Pelatihan ini gratis sepenuhnya dibiayai oleh Pemerintah Singapura sebagai bentuk kerjasama dan kemitraan strategis antara Singapura dan Kota Jambi yang telah terjalin secara baik dan kuat selama kurun waktu 10 tahun ini.';
export const WATER_2023_05 =
  'JAMBIUPDATE.CO, JAMBI- Wali Kota Jambi H. Syarif Fasha kembali mengutus 25 orang Aparatur Sipil Negara (ASN) dan jajaran Manajemen Perusahan Umum Daerah Air Minum Tirta Mayang untuk mengikuti Singapore Cooperation Programme (SCP), dengan tema pelatihan "Water Management".';
export const SINCE_LEADERSHIP =
  'Sejak awal kepemimpinan Wali Kota Fasha hingga saat ini, tercatat sebanyak 300 orang telah mengikuti pelatihan di Singapura secara cuma-cuma.';
export const HEADLINE_2023_05 = '25 ASN dan Manajemen Perumdam Tirta Mayang Belajar';
export const HEADLINE_2023_03 =
  'Tingkatkan Kualitas Pelayanan Publik, 25 ASN Pemkot Ikuti Pelatihan Public Service di Singapura';
export const FIFTY_YEARS =
  'Di Singapura ASN Kota Jambi dibekali prinsip pengetahuan dan pendekatan terintegrasi terkait masalah urban di Singapura dan mekanisme perencanaan Kota Singapura selama hampir 50 tahun terakhir.';
export const ONE_WEEK = 'Selama sepekan di Singapura, ASN Kota Jambi diberikan pelatihan';
export const TWO_TERMS = 'pungkas Wali Kota Jambi dua periode itu.';
export const KEMNAKER =
  'Kerja sama itu berupa pelatihan yang bertujuan untuk meningkatkan kompetensi Aparatur Sipil Negara (ASN) Kementerian Ketenagakerjaan (Kemnaker) dalam meningkatkan produktivitas dan inovasi pelayanan publik';
