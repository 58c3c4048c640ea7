/** A send-off release: answered in two sittings, the input ending in between. */
import { lines, type PracticeRelease } from './release.ts';

const SENDOFF_TITLE = 'Contoh latihan: Wali Kota Lepas 18 ASN ke Pelatihan SCP Pelayanan Publik';
const SENDOFF_TEXT = `${SENDOFF_TITLE}
Wali Kota Jambi melepas 18 orang ASN Pemkot Jambi di Rumah Dinas Wali Kota, Senin (3/2).
Ke-18 ASN tersebut akan mengikuti pelatihan SCP bertema "Public Service" di Singapura pada 5 hingga 9 Februari 2025.
`;

/** A send-off release, answered up to the start of the training (then the input ends). */
export const SENDOFF_FIRST: readonly string[] = [
  '1',
  SENDOFF_TITLE,
  '',
  '3', // diskominfo-kota-jambi
  '3-2-2025',
  '',
  '',
  '',
  ...lines(SENDOFF_TEXT),
  '',
  '',
  '',
  '', // copied today
  'Contoh latihan: 18 ASN dilepas ke pelatihan SCP "Public Service".',
  'Practice example: 18 civil servants sent off to an SCP Public Service course.',
  '1',
  '',
  '2', // public-service
  '',
  '5 hingga 9 Februari 2025',
];

/** The rest of the send-off session, after taking it up again. */
export const SENDOFF_REST: readonly string[] = [
  'y', // take up the saved answers
  '', // planned, as suggested
  '',
  '',
  '18',
  't',
  'Senin 3 Februari 2025',
  'Rumah Dinas Wali Kota',
  'Wali Kota Jambi',
  '1', // quote for programme (and theme, period, place, status)
  '1', // quote for the count (and the send-off)
  '4', // nothing more
  '1', // write
];

export const SENDOFF: PracticeRelease = {
  title: SENDOFF_TITLE,
  text: SENDOFF_TEXT,
  answers: [...SENDOFF_FIRST, ...SENDOFF_REST.slice(1)],
};
