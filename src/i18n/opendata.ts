/**
 * Words of the open data, data dictionary, search and corrections pages and
 * of the corrections section of record pages, in Indonesian and English.
 * Their words that name the site are built from the profile in site.ts.
 */
import type { Lang } from './lang.ts';

type Dict = Record<Lang, string>;

/** How CSV cells that a spreadsheet would read as formulas are written (src/lib/opendata/csv.ts). */
const CSV_FORMULAS = {
  id: "Sel teks yang diawali =, +, -, @, tab atau carriage return diberi tanda petik tunggal (') di depannya, agar program lembar kerja tidak membacanya sebagai rumus; angka biasa seperti -3 tidak diubah. Berkas JSON memuat teks aslinya.",
  en: "A text cell that starts with =, +, -, @, a tab or a carriage return gets a leading apostrophe ('), so that spreadsheet programs do not read it as a formula; plain numbers such as -3 are left as they are. The JSON files hold the original text.",
};

export const openDataText = {
  title: { id: 'Data terbuka', en: 'Open data' },
  intro: {
    id: 'Semua yang ada di situs ini juga tersedia sebagai data, dibuat setiap kali situs diterbitkan dari berkas konten yang sama dengan halamannya. Setiap fakta punya baris di sources dengan kutipan persis artikelnya, sehingga siapa pun dapat memeriksanya tanpa kami.',
    en: 'Everything on this site is also available as data, built from the same content files as the pages. Every fact has a row in sources with the exact quote of its article, so anyone can check it without us.',
  },
  downloads: { id: 'Unduhan', en: 'Downloads' },
  rows: { id: 'Baris', en: 'Rows' },
  downloadsCaption: {
    id: 'Tabel data: setiap tabel tersedia sebagai CSV dan JSON',
    en: 'Data tables: each as CSV and as JSON',
  },
  charts: { id: 'Data grafik', en: 'Chart data' },
  chartsIntro: {
    id: 'Data di balik setiap grafik, baris yang sama dengan tabel di bawah grafik:',
    en: 'The data behind each chart, the same rows as the table under it:',
  },
  conventions: { id: 'Cara membaca berkas', en: 'How to read the files' },
  csvFormulas: CSV_FORMULAS,
  conventionItems: {
    id: [
      'Nilai yang tidak diketahui dibiarkan kosong (null di JSON), tidak pernah 0. Bila jumlah peserta tidak lengkap (sebagian kelompok tidak disebut jumlahnya), angka yang ada hanya batas bawah; kolom count_known lalu berisi false.',
      'Tanggal ditulis ISO 8601 sejauh diketahui sumber: 2023, 2023-03 atau 2023-03-23.',
      'Kolom berisi daftar memuat array JSON (di CSV: teks JSON-nya).',
      'Angkatan terlaksana, direncanakan dan diumumkan dibedakan dengan kolom status dan tidak pernah dijumlahkan bersama.',
      'Berkas CSV memakai UTF-8, koma sebagai pemisah dan baris judul.',
      CSV_FORMULAS.id,
    ],
    en: [
      'Unknown values are left empty (null in JSON), never 0. When a participant count is incomplete (the number of some group is not given), the number shown is only a minimum, and the count_known column then reads false.',
      'Dates are ISO 8601 to the precision the source gives: 2023, 2023-03 or 2023-03-23.',
      'List columns hold a JSON array (in CSV, its JSON text).',
      'Held, planned and announced cohorts are told apart by the status column and never added together.',
      'CSV files are UTF-8, comma-separated, with a header row.',
      CSV_FORMULAS.en,
    ],
  },
  package: { id: 'Paket data', en: 'Data package' },
  packageText: {
    id: 'datapackage.json menjelaskan setiap berkas (kolom, jenis nilai, ukuran dan hash SHA-256) menurut standar Frictionless Data Package, sehingga dapat divalidasi dengan alat seperti frictionless validate.',
    en: 'datapackage.json describes every file (columns, kinds of values, size and SHA-256 hash) following the Frictionless Data Package standard, so it can be validated with tools such as frictionless validate.',
  },
  dictionaryLink: {
    id: 'Kamus data: arti setiap kolom dan setiap kolom berkas konten',
    en: 'Data dictionary: what every column and every content field means',
  },
  licence: { id: 'Lisensi', en: 'Licence' },
  licenceLink: { id: 'Teks lisensi CC BY 4.0', en: 'CC BY 4.0 licence text' },
  cite: { id: 'Cara mengutip', en: 'How to cite' },
  citeIntro: {
    id: 'Versi data adalah tanggal terbaru dalam konten (artikel atau koreksi terakhir).',
    en: 'The data version is the latest date in the content (the latest article or correction).',
  },
  feeds: { id: 'Umpan dan pembaruan', en: 'Feeds and updates' },
  siteFeed: {
    id: 'RSS artikel sumber dan angkatan baru',
    en: 'RSS of new source articles and cohorts',
  },
  correctionsFeed: { id: 'RSS koreksi', en: 'RSS of corrections' },
  correctionsLink: { id: 'Log koreksi', en: 'Corrections log' },

  dictionaryTitle: { id: 'Kamus data', en: 'Data dictionary' },
  dictionaryIntro: {
    id: 'Kamus ini dibuat otomatis dari skema yang sama dengan yang memeriksa setiap berkas konten setiap kali situs diterbitkan, jadi tidak dapat berbeda dari data. Bagian pertama menjelaskan berkas unduhan; bagian kedua, berkas konten yang ditulis Humas.',
    en: 'This dictionary is generated from the same schemas that check every content file each time the site is published, so it cannot drift from the data. The first part describes the downloads; the second, the content files the press office writes.',
  },
  dataFiles: { id: 'Berkas data', en: 'Data files' },
  contentFiles: { id: 'Berkas konten', en: 'Content files' },
  contentFilesIntro: {
    id: 'Setiap catatan adalah satu berkas di folder content/. Kolom bertanda wajib harus diisi; yang lain boleh dilewati.',
    en: 'Each record is one file under content/. Required fields must be filled in; the others may be left out.',
  },
  field: { id: 'Kolom', en: 'Field' },
  required: { id: 'Wajib', en: 'Required' },
  optional: { id: 'boleh kosong', en: 'optional' },
  values: { id: 'Nilai', en: 'Values' },
  defaultValue: { id: 'bawaan', en: 'default' },
  primaryKey: { id: 'Kunci baris', en: 'Row key' },
  writtenIn: { id: 'Ditulis di', en: 'Written in' },
  typeNames: {
    id: {
      string: 'teks',
      integer: 'bilangan bulat',
      number: 'angka',
      boolean: 'true/false',
      array: 'daftar (JSON)',
      'partial-date': 'tanggal (sejauh diketahui)',
      date: 'tanggal (TTTT-BB-HH)',
      uri: 'alamat web',
    },
    en: {
      string: 'text',
      integer: 'whole number',
      number: 'number',
      boolean: 'true/false',
      array: 'list (JSON)',
      'partial-date': 'date (as far as known)',
      date: 'date (YYYY-MM-DD)',
      uri: 'web address',
    },
  },

  searchTitle: { id: 'Cari', en: 'Search' },
  searchLabel: { id: 'Kata yang dicari', en: 'Search for' },
  searchButton: { id: 'Cari', en: 'Search' },
  searchNoScript: {
    id: 'Pencarian berjalan di peramban Anda dengan JavaScript, tanpa mengirim kata yang dicari ke mana pun. Tanpa JavaScript, semua halaman tetap dapat dicapai dari daftar di bawah.',
    en: 'Search runs in your browser with JavaScript and sends your words nowhere. Without JavaScript, every page can still be reached from the lists below.',
  },
  browse: { id: 'Telusuri tanpa pencarian', en: 'Browse without searching' },
  browseCohorts: { id: 'Semua angkatan', en: 'Every cohort' },
  browseSources: { id: 'Semua artikel sumber', en: 'Every source article' },
  browseSections: { id: 'Bagian lain', en: 'Other sections' },
  filterYear: { id: 'Tahun', en: 'Year' },
  filterTheme: { id: 'Tema', en: 'Theme' },
  filterProgramme: { id: 'Program', en: 'Programme' },
  filterKind: { id: 'Jenis halaman', en: 'Kind of page' },
  filterAll: { id: 'Semua', en: 'All' },
  filtersLegend: { id: 'Saring hasil', en: 'Filter results' },
  resultsHeading: { id: 'Hasil', en: 'Results' },
  searching: { id: 'Mencari…', en: 'Searching…' },
  noResults: { id: 'Tidak ada hasil untuk', en: 'No results for' },
  resultsFor: { id: 'hasil untuk', en: 'results for' },
  searchUnavailable: {
    id: 'Pencarian tidak dapat dimuat. Gunakan daftar di bawah.',
    en: 'Search could not be loaded. Use the lists below.',
  },
  kindCohort: { id: 'angkatan', en: 'cohort' },
  kindSource: { id: 'sumber', en: 'source' },
  kindClaim: { id: 'klaim', en: 'claim' },

  correctionsTitle: { id: 'Koreksi', en: 'Corrections' },
  correctionsIntro: {
    id: 'Bila nilai yang sudah terbit diubah, kami mencatat di catatannya apa yang berubah, kapan dan mengapa, dan mencantumkannya di sini dan di umpan RSS koreksi. Nilai lama tidak dihapus diam-diam.',
    en: 'When a published value is changed, the record says what changed, when and why, and the change is listed here and in the corrections RSS feed. Old values are never removed silently.',
  },
  noCorrections: {
    id: 'Belum ada koreksi: belum ada nilai yang diubah setelah terbit.',
    en: 'No corrections yet: no published value has been changed.',
  },
  date: { id: 'Tanggal', en: 'Date' },
  record: { id: 'Rekaman', en: 'Record' },
  previous: { id: 'Sebelumnya', en: 'Previously' },
  current: { id: 'Sekarang', en: 'Now' },
  reason: { id: 'Alasan', en: 'Reason' },
  correctionSource: { id: 'Sumber koreksi', en: 'Source of the correction' },
  allCorrections: { id: 'Semua koreksi', en: 'All corrections' },
} satisfies Record<
  string,
  Dict | Record<Lang, readonly string[]> | Record<Lang, Record<string, string>>
>;
