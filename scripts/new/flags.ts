/**
 * Every flag of `npm run new`, one per question of the interview, with its
 * value placeholder and its Indonesian and English description: the one
 * table the parser and the --help text are made from. `{staff}` in a
 * description stands for the government's own civil servants, named from
 * the site profile when --help is written.
 */

import { CLAIM_FLAGS } from './flags-claim.ts';

export interface Flag {
  /** Value placeholder shown in --help; absent for a switch. */
  value?: string;
  /** May be given several times. */
  multiple?: boolean;
  id: string;
  en: string;
}

/** Flags by name, in --help order: article, cohort, claim, then running. */
export const FLAGS = {
  // Article.
  article: {
    value: 'ID',
    id: 'Pakai artikel yang sudah ada (tidak membuat artikel baru).',
    en: 'Use an existing article (no new article is made).',
  },
  'article-id': {
    value: 'ID',
    id: 'Nama berkas artikel baru (bawaan: dari tanggal, media dan tema/judul).',
    en: 'File name of the new article (default: from date, outlet and theme/title).',
  },
  'article-title': {
    value: 'TEKS',
    id: 'Judul seperti diterbitkan.',
    en: 'Headline as published.',
  },
  'title-basis': {
    value: 'headline|address|editorial',
    id: 'Asal judul (bawaan headline).',
    en: 'Where the title comes from (default headline).',
  },
  outlet: {
    value: 'KUNCI|unknown|new',
    id: 'Media penerbit (kunci di vocabularies/outlets.yaml); new = media baru.',
    en: 'Outlet (key in vocabularies/outlets.yaml); new = a new outlet.',
  },
  'outlet-name': { value: 'TEKS', id: 'Nama media baru.', en: 'Name of the new outlet.' },
  'outlet-website': {
    value: 'URL',
    id: 'Situs media baru (opsional).',
    en: 'Website of the new outlet (optional).',
  },
  published: {
    value: 'TANGGAL|unknown',
    id: 'Tanggal terbit: 2024-06-12, 2024-06 atau 2024; unknown bila tidak diketahui.',
    en: 'Publication date: 2024-06-12, 2024-06 or 2024; unknown when not known.',
  },
  'published-after': {
    value: 'TANGGAL',
    id: 'Bila --published=unknown: hari paling awal artikel mungkin terbit (mis. tanggal peristiwanya), TTTT-BB-HH.',
    en: 'With --published=unknown: the first day the article may have appeared (e.g. the date of its event), YYYY-MM-DD.',
  },
  'published-before': {
    value: 'TANGGAL',
    id: 'Bila --published=unknown: hari paling akhir artikel mungkin terbit (mis. hari salinannya diambil), TTTT-BB-HH.',
    en: 'With --published=unknown: the last day the article may have appeared (e.g. the day it was captured), YYYY-MM-DD.',
  },
  'published-note': {
    value: 'TEKS',
    id: 'Catatan tentang tanggal terbit, bila tidak tercantum lengkap (mis. "terbit setelah pelepasan 7 Juni 2024").',
    en: 'How the publication date is known, when it is not stated in full.',
  },
  url: {
    value: 'URL|unknown',
    id: 'Alamat web asli (https://…) atau unknown.',
    en: 'Original web address (https://…) or unknown.',
  },
  kind: {
    value: 'press-release|news|republication',
    id: 'Jenis artikel (bawaan press-release).',
    en: 'Kind of article (default press-release).',
  },
  'republishes-outlet': {
    value: 'KUNCI|unknown',
    id: 'Media asal, bila kind republication.',
    en: 'Original outlet, when kind is republication.',
  },
  language: { value: 'id|en', id: 'Bahasa teks (bawaan id).', en: 'Language (default id).' },
  reporter: {
    value: 'TEKS',
    id: 'Nama wartawan/penulis (bawaan: dari baris "Reporter :", "Penulis:" atau "Laporan wartawan …").',
    en: 'Reporter (default: from a "Reporter :", "Penulis:" or "Laporan wartawan …" line).',
  },
  editor: {
    value: 'TEKS',
    id: 'Nama editor (bawaan: dari baris "Editor :").',
    en: 'Editor (default: from an "Editor :" line).',
  },
  capture: {
    value: 'complete|partial',
    id: 'complete bila teks lengkap tersimpan; partial bila hanya sebagian (bawaan complete).',
    en: 'complete when the whole text is stored; partial when only part of it (default complete).',
  },
  captured: {
    value: 'TTTT-BB-HH|unknown',
    id: 'Hari salinan teks diambil (bawaan unknown: tidak diketahui).',
    en: 'Day the copy of the text was taken (default unknown: not known).',
  },
  'keep-caption': {
    value: 'TEKS',
    multiple: true,
    id: 'Keterangan foto yang tetap disimpan di teks (keterangan lain dibuang); boleh berulang.',
    en: 'A photo caption kept in the text (other captions are removed); repeatable.',
  },
  'summary-id': { value: 'TEKS', id: 'Ringkasan (Indonesia).', en: 'Summary (Indonesian).' },
  'summary-en': { value: 'TEKS', id: 'Ringkasan (Inggris).', en: 'Summary (English).' },
  'body-file': {
    value: 'PATH',
    id: 'Berkas teks siaran pers (tanpa flag ini teks ditempel saat ditanya).',
    en: 'Text file of the press release (without it, the text is pasted when asked).',
  },
  // Cohort.
  cohort: {
    value: 'new|ID|none',
    id: 'Angkatan baru, sumber tambahan untuk angkatan ID, atau none.',
    en: 'A new cohort, another source for cohort ID, or none.',
  },
  'cohort-id': {
    value: 'ID',
    id: 'Nama berkas angkatan baru (bawaan: bulan mulai dan tema).',
    en: 'File name of the new cohort (default: start month and theme).',
  },
  programme: {
    value: 'KUNCI',
    id: 'Program (vocabularies/programmes.yaml).',
    en: 'Programme (vocabularies/programmes.yaml).',
  },
  theme: {
    value: 'KUNCI|new',
    id: 'Tema (vocabularies/themes.yaml); new = tema baru.',
    en: 'Theme (vocabularies/themes.yaml); new = a new theme.',
  },
  'theme-label-id': {
    value: 'TEKS',
    id: 'Label tema baru (Indonesia).',
    en: 'New theme label (Indonesian).',
  },
  'theme-label-en': {
    value: 'TEKS',
    id: 'Label tema baru (Inggris).',
    en: 'New theme label (English).',
  },
  'theme-terms': {
    value: 'A;B',
    id: 'Sebutan tema baru di teks sumber, dipisah ";".',
    en: 'Words naming the new theme in source texts, separated by ";".',
  },
  'course-name': {
    value: 'TEKS',
    id: 'Nama resmi pelatihan (opsional).',
    en: 'Course name (optional).',
  },
  status: {
    value: 'held|planned|announced',
    id: 'held (sudah berlangsung), planned (dijadwalkan), announced (baru diumumkan).',
    en: 'held (took place), planned (scheduled), announced (only announced).',
  },
  start: {
    value: 'TANGGAL|unknown',
    id: 'Awal pelatihan; bulan saja (2024-07) boleh; unknown bila sumber tidak menyebut waktunya (hanya planned atau announced; bulan pelepasan di --sendoff-date).',
    en: 'Start of training; a month alone (2024-07) is allowed; unknown when the sources give no date (planned or announced only; the send-off month goes in --sendoff-date).',
  },
  end: { value: 'TANGGAL', id: 'Akhir pelatihan (opsional).', en: 'End of training (optional).' },
  place: {
    value: 'KUNCI',
    id: 'Tempat (vocabularies/places.yaml).',
    en: 'Place (vocabularies/places.yaml).',
  },
  host: {
    value: 'TEKS',
    id: 'Lembaga penyelenggara (opsional).',
    en: 'Host institution (optional).',
  },
  participants: {
    value: 'ANGKA|unknown',
    id: 'Jumlah {staff}; unknown bila tidak disebut (jangan 0).',
    en: 'Number of {staff}; unknown when not stated (never 0).',
  },
  group: {
    value: 'KUNCI:ANGKA|KUNCI:unknown|new:ANGKA',
    multiple: true,
    id: 'Kelompok peserta lain (vocabularies/participant-groups.yaml); new = kelompok baru (lihat --group-label-id dst.); boleh berulang.',
    en: 'Another participant group (vocabularies/participant-groups.yaml); new = a new group (see --group-label-id etc.); repeatable.',
  },
  'group-label-id': {
    value: 'TEKS',
    id: 'Label kelompok peserta baru (Indonesia), mis. "Staf Pemprov Contoh".',
    en: 'New participant group label (Indonesian).',
  },
  'group-label-en': {
    value: 'TEKS',
    id: 'Label kelompok peserta baru (Inggris).',
    en: 'New participant group label (English).',
  },
  'group-terms': {
    value: 'A;B',
    id: 'Sebutan kelompok baru di teks sumber, dipisah ";".',
    en: 'Words naming the new group in source texts, separated by ";".',
  },
  'group-body': {
    value: 'own|"NAMA ID|NAME EN"',
    id: 'Lembaga asal peserta kelompok baru: own = {staff} (dihitung dalam total); selain itu nama lembaga lain dalam bahasa Indonesia dan Inggris, dipisah "|" (tidak dihitung).',
    en: 'Whose people the new group counts: own = {staff} (counted in totals); otherwise the name of the other body in Indonesian and English, separated by "|" (not counted).',
  },
  'sendoff-date': {
    value: 'TANGGAL',
    id: 'Tanggal pelepasan (opsional).',
    en: 'Send-off date (optional).',
  },
  'sendoff-place': { value: 'TEKS', id: 'Tempat pelepasan.', en: 'Send-off place.' },
  'sendoff-by': { value: 'TEKS', id: 'Dilepas oleh.', en: 'Sent off by.' },
  quote: {
    value: 'TEKS',
    multiple: true,
    id: 'Kutipan persis dari teks; kolom yang didukung dihitung otomatis; boleh berulang.',
    en: 'Exact passage of the text; the fields it supports are found automatically; repeatable.',
  },
  'auto-quotes': {
    id: 'Untuk kolom tanpa kutipan, pilih otomatis kalimat pertama yang menyebut nilainya.',
    en: 'For fields without a quote, pick the first sentence stating the value.',
  },
  // Claim.
  ...CLAIM_FLAGS,
  // Running.
  content: {
    value: 'DIR',
    id: 'Folder konten (bawaan: JEJAK_CONTENT_DIR, atau content/).',
    en: 'Content folder (default: JEJAK_CONTENT_DIR, or content/).',
  },
  yes: {
    id: 'Jangan bertanya: yang tidak dijawab dengan flag dibiarkan kosong dan didaftar di akhir.',
    en: 'Ask nothing: what no flag answers is left empty and listed at the end.',
  },
  'dry-run': {
    id: 'Tampilkan berkas yang akan ditulis, tanpa menulis.',
    en: 'Show the files that would be written, without writing.',
  },
  help: { id: 'Tampilkan bantuan ini.', en: 'Show this help.' },
} as const satisfies Record<string, Flag>;
