/**
 * Decimal digits of other scripts (Arabic-Indic ٤, Devanagari ४, full-width
 * ４, Javanese ꧔, …) read as the digits 0–9, with the script's name in
 * Indonesian and English, so that a message can say which digits were
 * written and what to write instead.
 */

interface Script {
  /** Code point of the script's zero; its digits are the ten code points from here. */
  zero: number;
  id: string;
  en: string;
}

const SCRIPTS: readonly Script[] = [
  { zero: 0x0660, id: 'angka Arab-Indik', en: 'Arabic-Indic digits' },
  { zero: 0x06f0, id: 'angka Arab-Indik Timur (Persia/Urdu)', en: 'Extended Arabic-Indic digits' },
  { zero: 0x07c0, id: 'angka NKo', en: 'NKo digits' },
  { zero: 0x0966, id: 'angka Dewanagari', en: 'Devanagari digits' },
  { zero: 0x09e6, id: 'angka Bengali', en: 'Bengali digits' },
  { zero: 0x0a66, id: 'angka Gurmukhi', en: 'Gurmukhi digits' },
  { zero: 0x0ae6, id: 'angka Gujarati', en: 'Gujarati digits' },
  { zero: 0x0b66, id: 'angka Oriya', en: 'Oriya digits' },
  { zero: 0x0be6, id: 'angka Tamil', en: 'Tamil digits' },
  { zero: 0x0c66, id: 'angka Telugu', en: 'Telugu digits' },
  { zero: 0x0ce6, id: 'angka Kannada', en: 'Kannada digits' },
  { zero: 0x0d66, id: 'angka Malayalam', en: 'Malayalam digits' },
  { zero: 0x0e50, id: 'angka Thai', en: 'Thai digits' },
  { zero: 0x0ed0, id: 'angka Laos', en: 'Lao digits' },
  { zero: 0x0f20, id: 'angka Tibet', en: 'Tibetan digits' },
  { zero: 0x1040, id: 'angka Myanmar', en: 'Myanmar digits' },
  { zero: 0x17e0, id: 'angka Khmer', en: 'Khmer digits' },
  { zero: 0x1810, id: 'angka Mongol', en: 'Mongolian digits' },
  { zero: 0x1b50, id: 'angka Bali', en: 'Balinese digits' },
  { zero: 0x1bb0, id: 'angka Sunda', en: 'Sundanese digits' },
  { zero: 0xa9d0, id: 'angka Jawa', en: 'Javanese digits' },
  { zero: 0xff10, id: 'angka lebar penuh (full-width)', en: 'full-width digits' },
];

/** Mathematical bold, double-struck, sans-serif, sans-serif bold and monospace digits: five runs of ten. */
const MATH_ZERO = 0x1d7ce;
const MATH: Script = { zero: MATH_ZERO, id: 'angka gaya matematika', en: 'mathematical digits' };

/** A digit of another script: its value and its script, or undefined for 0–9 and non-digits. */
export function foreignDigit(char: string): { value: number; script: Script } | undefined {
  const cp = char.codePointAt(0) ?? 0;
  if (cp >= MATH_ZERO && cp < MATH_ZERO + 50) return { value: (cp - MATH_ZERO) % 10, script: MATH };
  const script = SCRIPTS.find((s) => cp >= s.zero && cp < s.zero + 10);
  return script ? { value: cp - script.zero, script } : undefined;
}

/** Whether the text holds a decimal digit other than 0–9 (of any script, known or not). */
export function hasForeignDigit(text: string): boolean {
  return /[^\P{Nd}0-9]/u.test(text);
}

/**
 * The text with every digit of a known script written as 0–9, and the names
 * of the scripts met (in order, once each); `complete` is false when a digit
 * of a script not in the table is left as it was.
 */
export function toAsciiDigits(text: string): {
  text: string;
  scripts: { id: string; en: string }[];
  complete: boolean;
} {
  const scripts: Script[] = [];
  let complete = true;
  let out = '';
  for (const char of text) {
    const d = foreignDigit(char);
    if (d) {
      out += String(d.value);
      if (!scripts.includes(d.script)) scripts.push(d.script);
    } else {
      if (hasForeignDigit(char)) complete = false;
      out += char;
    }
  }
  return { text: out, scripts: scripts.map(({ id, en }) => ({ id, en })), complete };
}
