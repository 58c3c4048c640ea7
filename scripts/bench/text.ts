/**
 * Indonesian-like filler for synthetic press releases: sentences built from
 * the phrases such releases are made of, so article bodies have the length,
 * vocabulary and paragraph shape of the real ones. None of it is a quote:
 * quoted sentences are written by the corpus generator with their facts.
 */
import { CITY } from './city.ts';
import type { Random } from './random.ts';

const SPEAKERS = [
  `Wali Kota ${CITY.short}`,
  `Wakil Wali Kota ${CITY.short}`,
  `Sekretaris Daerah ${CITY.name}`,
  `Kepala BKPSDM ${CITY.name}`,
  'Kepala Dinas Komunikasi dan Informatika',
  `Kepala Bappeda ${CITY.name}`,
  `Asisten Administrasi Umum Setda ${CITY.name}`,
  'salah seorang peserta pelatihan',
  'Ketua rombongan',
] as const;

const VERBS = [
  'menegaskan',
  'menyampaikan',
  'mengatakan',
  'menjelaskan',
  'mengharapkan',
  'menilai',
  'mengungkapkan',
  'menekankan',
] as const;

const CLAUSES = [
  'pentingnya peningkatan kapasitas aparatur dalam memberikan pelayanan yang cepat, mudah dan transparan',
  'ilmu yang diperoleh harus diterapkan di lingkungan kerja masing-masing',
  'kerja sama ini merupakan kesempatan yang tidak dimiliki oleh semua daerah di Indonesia',
  'etos kerja dan kedisiplinan menjadi pelajaran utama yang dapat dibawa pulang',
  'pembangunan daerah membutuhkan sumber daya manusia yang unggul dan berintegritas',
  'inovasi harus lahir dari kebutuhan nyata masyarakat, bukan sekadar mengikuti tren',
  'tata kelola pemerintahan yang baik dimulai dari perubahan pola pikir aparatur',
  'hasil pelatihan akan dievaluasi dan dijadikan bahan penyusunan program kerja tahun berikutnya',
  'setiap peserta wajib menyusun rencana aksi sepulang dari pelatihan',
  'pengalaman negara tetangga dapat menjadi cermin bagi perbaikan layanan di daerah',
  'pemerintah daerah terus membuka ruang kolaborasi dengan berbagai mitra internasional',
  'keberhasilan program diukur dari perubahan nyata yang dirasakan warga',
  'peserta diharapkan menjadi agen perubahan di organisasi perangkat daerahnya',
  'pelayanan publik yang prima membutuhkan dukungan teknologi dan sumber daya manusia yang memadai',
] as const;

const OPENERS = [
  'Dalam kesempatan tersebut,',
  'Lebih lanjut,',
  'Menurutnya,',
  'Selain itu,',
  'Di sisi lain,',
  'Pada kesempatan yang sama,',
  'Sementara itu,',
  'Ia menambahkan,',
] as const;

const TOPICS = [
  'pengelolaan sampah berbasis masyarakat',
  `penataan kawasan tepian sungai ${CITY.river}`,
  'digitalisasi layanan administrasi kependudukan',
  'pengembangan ruang terbuka hijau',
  'sistem transportasi publik yang terintegrasi',
  'pengendalian banjir di kawasan permukiman',
  'peningkatan kualitas layanan kesehatan dasar',
  'penguatan usaha mikro, kecil dan menengah',
  'pelayanan perizinan secara daring',
  'pengembangan kawasan wisata kota',
  'penyediaan air minum bagi warga',
  'penataan pasar tradisional',
] as const;

const ENDINGS = [
  'sehingga manfaatnya dapat dirasakan langsung oleh masyarakat',
  'dengan melibatkan seluruh organisasi perangkat daerah terkait',
  'sesuai dengan visi dan misi pembangunan daerah',
  'agar pelayanan kepada warga semakin baik dari tahun ke tahun',
  'secara bertahap dan berkelanjutan',
  'dengan tetap memperhatikan kemampuan keuangan daerah',
] as const;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One sentence of filler. */
export function fillerSentence(random: Random): string {
  switch (random.int(0, 3)) {
    case 0:
      return `${capitalise(random.pick(SPEAKERS))} ${random.pick(VERBS)} bahwa ${random.pick(CLAUSES)}.`;
    case 1:
      return `${random.pick(OPENERS)} ${random.pick(SPEAKERS)} ${random.pick(VERBS)} bahwa ${random.pick(CLAUSES)}, ${random.pick(ENDINGS)}.`;
    case 2:
      return `${CITY.government} saat ini tengah mendorong ${random.pick(TOPICS)} ${random.pick(ENDINGS)}.`;
    default:
      return `"Kita ingin ${random.pick(TOPICS)} dapat berjalan ${random.pick(['lebih baik', 'lebih cepat', 'lebih efektif', 'lebih tertata'])}, ${random.pick(ENDINGS)}," ujar ${random.pick(SPEAKERS)}.`;
  }
}

/** One paragraph of two to four filler sentences. */
export function fillerParagraph(random: Random): string {
  const count = random.int(2, 4);
  return Array.from({ length: count }, () => fillerSentence(random)).join(' ');
}
