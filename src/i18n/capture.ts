/**
 * Words about our stored copy of an article (capture date, completeness,
 * hash, archived copy) and about a citation read as a reference, in both
 * languages.
 */
import type { Lang } from './lang.ts';

type Dict = Record<Lang, string>;

export const captureText = {
  captured: { id: 'Salinan diambil', en: 'Copy taken' },
  completeness: { id: 'Kelengkapan salinan', en: 'Completeness of the copy' },
  complete: { id: 'lengkap', en: 'complete' },
  partial: { id: 'sebagian artikel', en: 'part of the article' },
  hash: { id: 'SHA-256 teks tersimpan', en: 'SHA-256 of the stored text' },
  hashNote: {
    id: 'dihitung ulang setiap kali situs dibangun; teks yang berubah tanpa koreksi tercatat menggagalkan pembangunan',
    en: 'recomputed on every build; a text changed without a recorded correction fails the build',
  },
  noHash: { id: 'belum dicatat', en: 'not recorded' },
  archive: { id: 'Salinan arsip', en: 'Archived copy' },
  noArchive: { id: 'tidak diketahui', en: 'not known' },
  textCorrected: { id: 'Teks dikoreksi', en: 'Text corrected' },
  passageHere: { id: 'kutipan di sini', en: 'passage here' },
  passageOriginal: { id: 'di artikel asli', en: 'on the original' },
  passageArchive: { id: 'di arsip', en: 'in the archive' },
  capturedShort: { id: 'salinan diambil', en: 'copy taken' },
} satisfies Record<string, Dict>;
