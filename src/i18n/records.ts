/**
 * Words of the record pages (cohort, source article, claim check) in both
 * languages. Field labels are keyed by the field paths that citations use.
 */
import type { Lang } from './lang.ts';

type Dict = Record<Lang, string>;

export const fieldLabels: Record<string, Dict> = {
  programme: { id: 'Program', en: 'Programme' },
  theme: { id: 'Tema', en: 'Theme' },
  course_name: { id: 'Nama pelatihan', en: 'Course name' },
  status: { id: 'Status', en: 'Status' },
  period: { id: 'Periode pelatihan', en: 'Training period' },
  'period.start': { id: 'Awal pelatihan', en: 'Training start' },
  'period.end': { id: 'Akhir pelatihan', en: 'Training end' },
  place: { id: 'Tempat', en: 'Place' },
  host: { id: 'Penyelenggara', en: 'Host institution' },
  participants: { id: 'Peserta', en: 'Participants' },
  'sendoff.date': { id: 'Tanggal pelepasan', en: 'Send-off date' },
  'sendoff.place': { id: 'Tempat pelepasan', en: 'Send-off place' },
  'sendoff.by': { id: 'Dilepas oleh', en: 'Sent off by' },
  experts: { id: 'Pakar', en: 'Experts' },
  site_visits: { id: 'Kunjungan lapangan', en: 'Site visits' },
  value: { id: 'Angka', en: 'Figure' },
  qualifier: { id: 'Kualifikasi', en: 'Qualifier' },
  speaker: { id: 'Disampaikan oleh', en: 'Said by' },
  'scope.programme': { id: 'Cakupan program', en: 'Programme covered' },
  'scope.place': { id: 'Cakupan tempat', en: 'Place covered' },
  'scope.since': { id: 'Sejak', en: 'Since' },
  'scope.window_years': { id: 'Rentang tahun', en: 'Window in years' },
  'scope.year': { id: 'Tahun', en: 'Year' },
  'scope.excludes': { id: 'Tidak termasuk', en: 'Excludes' },
  date: { id: 'Tanggal', en: 'Date' },
  kind: { id: 'Jenis', en: 'Kind' },
};

/** Label of a field path; participant groups read "Peserta: <group>". */
export function fieldLabel(path: string, lang: Lang, groupLabel?: (key: string) => string): string {
  if (path.startsWith('participants.')) {
    const group = path.slice('participants.'.length);
    return `${fieldLabels['participants']?.[lang] ?? 'Peserta'}: ${groupLabel ? groupLabel(group) : group}`;
  }
  return fieldLabels[path]?.[lang] ?? path;
}

export { metricLabels, qualifierLabels, verdictLabels } from './labels.ts';

export const contextKindLabels: Record<string, Dict> = {
  agreement: { id: 'Perjanjian', en: 'Agreement' },
  award: { id: 'Penghargaan', en: 'Award' },
  other: { id: 'Peristiwa', en: 'Event' },
};

export const recordText = {
  sources: { id: 'Sumber', en: 'Sources' },
  source: { id: 'Sumber', en: 'Source' },
  supports: { id: 'Mendukung', en: 'Supports' },
  note: { id: 'Catatan', en: 'Note' },
  total: { id: 'Jumlah', en: 'Total' },
  unknownSize: { id: 'jumlahnya tidak diketahui', en: 'number not known' },
  atLeast: { id: 'sedikitnya', en: 'at least' },
  countUnknown: { id: 'jumlah tidak diketahui', en: 'number not known' },
  cohort: { id: 'Angkatan', en: 'Cohort' },
  claim: { id: 'Klaim', en: 'Claim' },
  contextEvent: { id: 'Peristiwa konteks (tidak dihitung)', en: 'Context event (not counted)' },
  outlet: { id: 'Media', en: 'Outlet' },
  published: { id: 'Terbit', en: 'Published' },
  kind: { id: 'Jenis', en: 'Kind' },
  originalAddress: { id: 'Alamat asli', en: 'Original address' },
  alsoAt: { id: 'Juga terbit di', en: 'Also published at' },
  republishes: { id: 'Menulis ulang', en: 'Republishes' },
  credit: { id: 'Kredit', en: 'Credit' },
  reporter: { id: 'Wartawan', en: 'Reporter' },
  editor: { id: 'Editor', en: 'Editor' },
  partialCapture: {
    id: 'Salinan ini hanya memuat sebagian artikel.',
    en: 'This copy holds only part of the article.',
  },
  titleFromAddress: {
    id: 'Judul diambil dari alamat web (salinan tidak memuat judul).',
    en: 'Title taken from the web address (the copy has no headline).',
  },
  storedText: { id: 'Teks tersimpan', en: 'Stored text' },
  storedTextNote: {
    id: 'Teks artikel seperti ditangkap, tanpa tautan dan iklan situs. Bagian yang disorot dikutip oleh catatan kami; klik untuk melihat fakta yang didukungnya.',
    en: 'The article text as captured, without the site’s links and ads. Highlighted passages are quoted by our records; click one to see the facts it supports.',
  },
  passages: { id: 'Kutipan yang dipakai', en: 'Passages quoted' },
  backToText: { id: 'Lihat di teks', en: 'See in the text' },
  onLivePage: { id: 'Lihat di halaman asli', en: 'See on the original page' },
  noPassages: {
    id: 'Belum ada catatan yang mengutip artikel ini.',
    en: 'No record quotes this article yet.',
  },
  summary: { id: 'Ringkasan kami', en: 'Our summary' },
  claimCheck: { id: 'Cek klaim', en: 'Claim check' },
  claimed: { id: 'Diklaim', en: 'Claimed' },
  documented: { id: 'Terdokumentasi', en: 'Documented' },
  documentedWithPlanned: {
    id: 'Termasuk yang direncanakan/diumumkan',
    en: 'Including planned/announced',
  },
  gap: { id: 'Selisih', en: 'Gap' },
  madeOn: { id: 'Dinyatakan', en: 'Stated' },
  scope: { id: 'Cakupan', en: 'Scope' },
  counted: { id: 'Angkatan yang dihitung', en: 'Cohorts counted' },
  none: { id: 'tidak ada', en: 'none' },
  window: { id: 'Periode yang dicakup', en: 'Period covered' },
  disagreements: { id: 'Perbedaan antarsumber', en: 'Where sources disagree' },
  recordedValue: { id: 'Nilai tercatat', en: 'Recorded value' },
  field: { id: 'Kolom', en: 'Field' },
  differs: { id: 'nilai berbeda', en: 'differing value' },
  allProgrammes: { id: 'semua program', en: 'all programmes' },
  everywhere: { id: 'semua tempat', en: 'all places' },
} satisfies Record<string, Dict>;
