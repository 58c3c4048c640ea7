/**
 * Values written the way editors get them wrong, as YAML text for the value
 * of a number field: a number in quotation marks, a fraction, a thousands
 * separator, digits of another script, "not known" in words, a number in
 * words or with its unit. Every one is refused by the number fields'
 * schemas (or by the check of how a number is written).
 */
import fc from 'fast-check';

/** Zeros of scripts whose digits editors paste: Arabic-Indic, Persian, Devanagari, Bengali, full-width, Javanese. */
const ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0xff10, 0xa9d0];

const UNITS = ['satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];

/** 1–99 in Indonesian words ("dua puluh lima", "sebelas", "sepuluh"). */
export function inWords(n: number): string {
  const tens = Math.floor(n / 10);
  const unit = n % 10;
  const u = UNITS[unit - 1] ?? '';
  if (tens === 0) return u;
  if (tens === 1) return unit === 0 ? 'sepuluh' : unit === 1 ? 'sebelas' : `${u} belas`;
  const t = `${UNITS[tens - 1] ?? ''} puluh`;
  return unit === 0 ? t : `${t} ${u}`;
}

const NOT_KNOWN = [
  'tidak diketahui',
  'Tidak diketahui',
  'tidak ada',
  'belum diketahui',
  'tidak disebutkan',
  '"?"',
  '"-"',
  'n/a',
  'N/A',
  '""',
  '',
  'Unknown',
  'UNKNOWN',
];

const count = fc.integer({ min: 1, max: 999 });

/** The YAML text of one wrongly written value. */
export const valueMistake: fc.Arbitrary<string> = fc.oneof(
  count.map((n) => `"${n}"`),
  count.map((n) => `'${n}'`),
  fc.tuple(count, fc.integer({ min: 1, max: 9 })).map(([n, d]) => `${n}.${d}`),
  fc.tuple(count, fc.integer({ min: 1, max: 9 })).map(([n, d]) => `"${n},${d}"`),
  fc
    .tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 0, max: 999 }))
    .map(([a, b]) => `${a}.${String(b).padStart(3, '0')}`),
  fc.integer({ min: 1000, max: 99999 }).map((n) => `"${n.toLocaleString('en-US')}"`),
  fc
    .tuple(count, fc.constantFrom(...ZEROS))
    .map(([n, zero]) => [...String(n)].map((d) => String.fromCodePoint(zero + Number(d))).join('')),
  fc.constantFrom(...NOT_KNOWN),
  fc.integer({ min: 1, max: 99 }).map(inWords),
  fc.tuple(count, fc.constantFrom('orang', 'ASN', 'peserta')).map(([n, u]) => `${n} ${u}`),
);

/** Words of the generic message that a value mistake must never get instead of its fix. */
export const GENERIC = /does not match any accepted form|Wrong kind of value/;
