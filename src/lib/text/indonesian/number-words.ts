/**
 * Numbers written in Indonesian words, from "nol" to the trillions: "dua
 * puluh lima", "seribu dua ratus", "tiga ratus ribu", also written together
 * ("limapuluh"). Ordinals ("kelima"), doubled words ("satu-satunya") and
 * approximate amounts ("puluhan", "ratusan ribu") are not numbers.
 */
import type { NumberMention } from './numbers.ts';

/** Scale words, which multiply what comes before them: "tiga ratus ribu", "1,5 juta". */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['ribu', 1e3],
  ['juta', 1e6],
  ['miliar', 1e9],
  ['milyar', 1e9],
  ['triliun', 1e12],
]);

const UNITS: ReadonlyMap<string, number> = new Map([
  ['nol', 0],
  ['satu', 1],
  ['dua', 2],
  ['tiga', 3],
  ['empat', 4],
  ['lima', 5],
  ['enam', 6],
  ['tujuh', 7],
  ['delapan', 8],
  ['sembilan', 9],
]);

/** "se-" words that stand for a whole scale (one thousand, one million…). */
const SE_SCALES: ReadonlyMap<string, number> = new Map([
  ['seribu', 1e3],
  ['sejuta', 1e6],
  ['semiliar', 1e9],
  ['semilyar', 1e9],
]);

const POSITIONAL = new Set(['belas', 'puluh', 'ratus']);

/** No atom is a prefix of another, so a greedy split of a written-together word is unambiguous. */
const ATOMS = [
  ...UNITS.keys(),
  ...SE_SCALES.keys(),
  'sepuluh',
  'sebelas',
  'seratus',
  ...POSITIONAL,
  ...SCALES.keys(),
].sort((a, b) => b.length - a.length);

const ATOM_WORD = new RegExp(`^(?:${ATOMS.join('|')})+$`, 'u');
const ATOM = new RegExp(ATOMS.join('|'), 'gu');
/** "puluhan", "ratusan ribu": approximate amounts, not numbers. */
const APPROXIMATE = /^(?:belas|puluh|ratus|ribu|juta|miliar|milyar)an$/u;

interface Parsed {
  value: number;
  used: number;
}

/** A group below one thousand ("dua ratus lima puluh tiga") starting at atom `i`. */
function parseGroup(atoms: readonly string[], i: number): Parsed | undefined {
  let value = 0;
  let j = i;
  const unitAt = (k: number): number | undefined => UNITS.get(atoms[k] ?? '');
  const h = unitAt(j);
  if (atoms[j] === 'seratus') {
    value += 100;
    j += 1;
  } else if (h !== undefined && h > 0 && atoms[j + 1] === 'ratus') {
    value += h * 100;
    j += 2;
  }
  const t = unitAt(j);
  if (atoms[j] === 'sepuluh' || atoms[j] === 'sebelas') {
    return { value: value + (atoms[j] === 'sepuluh' ? 10 : 11), used: j + 1 };
  }
  if (t !== undefined && t > 0 && atoms[j + 1] === 'belas') {
    return { value: value + 10 + t, used: j + 2 };
  }
  if (t !== undefined && t > 0 && atoms[j + 1] === 'puluh') {
    value += t * 10;
    j += 2;
  }
  const u = unitAt(j);
  const zeroAlone = u === 0 && j === i;
  if (u !== undefined && (u > 0 || zeroAlone) && !POSITIONAL.has(atoms[j + 1] ?? '')) {
    value += u;
    j += 1;
  }
  return j > i ? { value, used: j } : undefined;
}

/** The longest number that the atoms starting at index 0 spell out. */
function parseAtoms(atoms: readonly string[]): Parsed | undefined {
  let i = 0;
  let total = 0;
  let lastScale = Infinity;
  while (i < atoms.length) {
    const se = SE_SCALES.get(atoms[i] ?? '');
    if (se !== undefined) {
      if (se >= lastScale) break;
      total += se;
      lastScale = se;
      i += 1;
      continue;
    }
    const group = parseGroup(atoms, i);
    if (!group) break;
    const scale = SCALES.get(atoms[group.used] ?? '');
    if (scale !== undefined && scale < lastScale && group.value > 0) {
      total += group.value * scale;
      lastScale = scale;
      i = group.used + 1;
      continue;
    }
    total += group.value;
    i = group.used;
    break;
  }
  return i > 0 ? { value: total, used: i } : undefined;
}

interface Word {
  atoms: string[];
  index: number;
  end: number;
}

/** Words made only of number atoms, not glued to another word by a hyphen ("satu-satunya"). */
function numberWords(text: string): { words: Word[]; approximateAfter: Set<number> } {
  const words: Word[] = [];
  const approximateAfter = new Set<number>();
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const lower = m[0].toLowerCase();
    const end = m.index + m[0].length;
    if (APPROXIMATE.test(lower)) approximateAfter.add(m.index);
    if (!ATOM_WORD.test(lower)) continue;
    const hyphenated =
      /\p{L}-$/u.test(text.slice(Math.max(0, m.index - 2), m.index)) ||
      /^-\p{L}/u.test(text.slice(end, end + 2));
    if (hyphenated) continue;
    words.push({ atoms: lower.match(ATOM) ?? [], index: m.index, end });
  }
  return { words, approximateAfter };
}

/** Numbers written in words, each the longest run of number words that spells one out. */
export function wordMentions(text: string): NumberMention[] {
  const { words, approximateAfter } = numberWords(text);
  const found: NumberMention[] = [];
  let i = 0;
  while (i < words.length) {
    // The phrase: consecutive number words separated by whitespace only.
    let j = i + 1;
    while (j < words.length) {
      const prev = words[j - 1];
      const next = words[j];
      if (!prev || !next || !/^\s+$/u.test(text.slice(prev.end, next.index))) break;
      j += 1;
    }
    // Longest prefix of whole words that parses completely.
    let taken = 0;
    for (let k = j; k > i && taken === 0; k -= 1) {
      const atoms = words.slice(i, k).flatMap((w) => w.atoms);
      const parsed = parseAtoms(atoms);
      if (parsed && parsed.used === atoms.length) {
        const first = words[i];
        const last = words[k - 1];
        if (first && last) {
          const after = /^\s+/u.exec(text.slice(last.end));
          const approximate = after !== null && approximateAfter.has(last.end + after[0].length);
          if (!approximate) {
            found.push({
              value: parsed.value,
              text: text.slice(first.index, last.end),
              index: first.index,
            });
          }
        }
        taken = k - i;
      }
    }
    i += Math.max(taken, 1);
  }
  return found;
}
