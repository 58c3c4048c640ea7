/**
 * What the words around a number say it counts: the noun after it ("25
 * orang", "6 angkatan", "10 tahun"), a sign of money or percent, or a word
 * before it that announces a head-count ("sebanyak 25", "diikuti 25").
 * Words are compared in lower case; a word with a possessive or "-nya"
 * ending ("stafnya", "ASN-nya") counts as the word itself.
 */

/** What the word after a number makes of it. */
export type UnitKind = 'people' | 'cohorts' | 'duration' | 'thing';

/** Nouns that count people: civil servants, participants, staff. */
const PEOPLE = new Set([
  'orang',
  'asn',
  'pns',
  'cpns',
  'pppk',
  'aparatur',
  'pegawai',
  'peserta',
  'staf',
  'staff',
  'karyawan',
  'personel',
  'pejabat',
  'delegasi',
  'perwakilan',
  'anggota',
  'alumni',
  'lulusan',
  'pelajar',
  'mahasiswa',
  'siswa',
  'guru',
  'dosen',
  'tenaga',
  'warga',
  'jiwa',
  'camat',
  'lurah',
]);

/** Nouns that count cohorts of a course. */
const COHORTS = new Set(['angkatan', 'batch', 'gelombang', 'kloter']);

/** Units of time, each with its length in years when it is a whole number of years. */
const DURATION_YEARS: ReadonlyMap<string, number | undefined> = new Map([
  ['tahun', 1],
  ['dekade', 10],
  ['dasawarsa', 10],
  ['windu', 8],
  ['abad', 100],
  ['semester', undefined],
  ['triwulan', undefined],
  ['bulan', undefined],
  ['minggu', undefined],
  ['pekan', undefined],
  ['hari', undefined],
  ['malam', undefined],
  ['jam', undefined],
  ['menit', undefined],
  ['detik', undefined],
]);

/**
 * Nouns that count something other than people, listed so that "sebanyak 5
 * negara" is not read as a head-count; any other noun after a number is only
 * named in messages.
 */
const THINGS = new Set([
  'kali',
  'negara',
  'kota',
  'kabupaten',
  'provinsi',
  'daerah',
  'opd',
  'instansi',
  'lembaga',
  'program',
  'pelatihan',
  'kegiatan',
  'lokasi',
  'tempat',
  'sesi',
  'materi',
  'modul',
  'unit',
  'paket',
]);

/** The word without a "-nya" or "nya" ending ("stafnya" → "staf", "ASN-nya" → "asn"). */
function stem(word: string): string {
  const lower = word.toLocaleLowerCase('id');
  const bare = lower.replace(/-?nya$/u, '');
  return bare === '' ? lower : bare;
}

/** What a noun after a number counts, or undefined for a word that is not a known unit. */
export function unitOf(word: string): UnitKind | undefined {
  const w = stem(word);
  if (PEOPLE.has(w)) return 'people';
  if (COHORTS.has(w)) return 'cohorts';
  if (DURATION_YEARS.has(w)) return 'duration';
  if (THINGS.has(w)) return 'thing';
  return undefined;
}

/** The length in years of one unit of time ("dasawarsa" → 10), when it is a whole number of years. */
export function yearsPer(word: string): number | undefined {
  return DURATION_YEARS.get(stem(word));
}

/** Words before a number that announce a head-count when no unit follows: "sebanyak 25", "diikuti 25". */
export const COUNT_CUE =
  /(?<!\p{L})(?:sebanyak|sejumlah|berjumlah|jumlahnya|totalnya|total|diikuti(?:\s+oleh)?|diikuti\s+sebanyak)\s*$/iu;

/** A currency before a number: "Rp1,5 juta", "Rp. 40.000", "US$ 20", "S$ 500". */
export const MONEY_BEFORE = /(?:(?<!\p{L})(?:Rp|IDR|USD|SGD)\.?|US\$|S\$|\$|€)\s*$/iu;
/** A currency after a number: "40 ribu rupiah", "20 dolar". */
export const MONEY_AFTER = /^\s*(?:rupiah|dolar|dollar|usd|sgd|euro)(?!\p{L})/iu;
/** A percent after a number: "2,5 persen", "40%". */
export const PERCENT_AFTER = /^\s*(?:%|persen(?!\p{L})|per\s+sen(?!\p{L})|percent(?!\p{L}))/iu;
/** "ke-" right before digits: "angkatan ke-2", "ke 2". */
export const ORDINAL_BEFORE = /(?<!\p{L})ke[-\s]?$/iu;
