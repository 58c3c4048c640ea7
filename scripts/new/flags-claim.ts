/**
 * The claim flags of `npm run new` (see ./flags.ts, which lists them among
 * the others in --help order): one per question of the claim interview.
 */
import type { Flag } from './flags.ts';

export const CLAIM_FLAGS = {
  'claim-metric': {
    value: 'METRIK',
    id: 'Klaim angka kumulatif: participants, cohorts, participants-per-year, cohorts-in-year, partnership-years, programme-start-year.',
    en: 'Aggregate claim: participants, cohorts, participants-per-year, cohorts-in-year, partnership-years, programme-start-year.',
  },
  'claim-value': { value: 'ANGKA', id: 'Angka yang disebut.', en: 'The number stated.' },
  'claim-qualifier': {
    value: 'exact|about|at-least|more-than',
    id: 'Tepat, sekitar, sedikitnya, lebih dari (bawaan exact).',
    en: 'Exact, about, at least, more than (default exact).',
  },
  'claim-programme': {
    value: 'KUNCI',
    id: 'Program yang dicakup (opsional).',
    en: 'Programme covered (optional).',
  },
  'claim-place': {
    value: 'KUNCI|abroad',
    id: 'Tempat yang dicakup (opsional); abroad = luar negeri.',
    en: 'Place covered (optional); abroad = every place outside the country.',
  },
  'claim-since': { value: 'TANGGAL', id: '"Sejak …" (opsional).', en: '"Since …" (optional).' },
  'claim-window': {
    value: 'ANGKA',
    id: '"… tahun terakhir" (opsional).',
    en: '"The last … years" (optional).',
  },
  'claim-year': {
    value: 'ANGKA',
    id: 'Tahun yang dihitung (opsional).',
    en: 'The year counted (optional).',
  },
  'claim-made-on': {
    value: 'TANGGAL',
    id: 'Tanggal pernyataan dibuat; hanya bila tanggal terbit artikel tidak diketahui (bawaan: tanggal terbit artikel).',
    en: 'The date the statement was made; only when the article’s publication date is unknown (default: the publication date).',
  },
  'claim-speaker': {
    value: 'TEKS',
    id: 'Yang menyatakan (opsional).',
    en: 'Who says it (optional).',
  },
  'claim-statement-id': {
    value: 'TEKS',
    id: 'Pernyataan (Indonesia).',
    en: 'Statement (Indonesian).',
  },
  'claim-statement-en': { value: 'TEKS', id: 'Pernyataan (Inggris).', en: 'Statement (English).' },
  'claim-quote': {
    value: 'TEKS',
    multiple: true,
    id: 'Kutipan yang menyebut angkanya (dan cakupannya); boleh berulang.',
    en: 'Passage stating the number (and its scope); repeatable.',
  },
  'claim-id': {
    value: 'ID',
    id: 'Nama berkas klaim (opsional).',
    en: 'File name of the claim (optional).',
  },
} as const satisfies Record<string, Flag>;
