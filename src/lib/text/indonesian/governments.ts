/**
 * Governments named in Indonesian text, each as a level and a name, so that
 * "Pemkot Contoh", "Pemerintah Kota Contoh" and "Kota Contoh" are one body and
 * "Pemprov Contoh" another; and the noun phrase that a head-count counts
 * ("25 orang ASN Pemprov Contoh" → "orang ASN Pemprov Contoh"), in which such
 * a name says whose staff are counted.
 */
import { unitOf } from './units.ts';

/** A government named in the text. */
export interface Government {
  level: 'city' | 'regency' | 'province' | 'ministry';
  /** the name's words in lower case ("contoh"; for a ministry, as written: "kemnaker") */
  name: string[];
  text: string;
}

const NAME = String.raw`(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)`;
const LEVELS: ReadonlyArray<readonly [Government['level'], string]> = [
  ['city', String.raw`Pemerintah\s+Kota|Pemkot|Kota`],
  ['regency', String.raw`Pemerintah\s+Kabupaten|Pemkab|Kabupaten|Kab\.`],
  ['province', String.raw`Pemerintah\s+Provinsi|Pemprov|Provinsi|Prov\.`],
  ['ministry', String.raw`Kementerian`],
];
const LEVEL_NAMED = new RegExp(
  `(?<!\\p{L})(?:${LEVELS.map(([l, re]) => `(?<${l}>${re})`).join('|')})\\s+${NAME}`,
  'gu',
);
/** Ministries by their short names: "Kemnaker", "Kemendagri", "KemenPAN-RB". */
const MINISTRY_SHORT =
  /(?<!\p{L})(Kemnaker|Kemkominfo|Kemen\p{Lu}?\p{Ll}+(?:-\p{Lu}+)?)(?![\p{L}-])/gu;

const words = (name: string): string[] =>
  name
    .toLocaleLowerCase('id')
    .split(/\s+/u)
    .filter((w) => w !== '');

/** Every government named in the text, in order. */
export function findGovernments(text: string): Government[] {
  const found: Array<Government & { index: number }> = [];
  for (const m of text.matchAll(LEVEL_NAMED)) {
    const level = LEVELS.find(([l]) => m.groups?.[l] !== undefined)?.[0] ?? 'city';
    found.push({ level, name: words(m[m.length - 1] ?? ''), text: m[0], index: m.index });
  }
  for (const m of text.matchAll(MINISTRY_SHORT)) {
    if (found.some((g) => g.index <= m.index && m.index < g.index + g.text.length)) continue;
    found.push({ level: 'ministry', name: words(m[0]), text: m[0], index: m.index });
  }
  return found.sort((a, b) => a.index - b.index).map(({ index: _, ...g }) => g);
}

/** Whether two names denote one government: same level, and one name starts with the other ("Kota Contoh" and "Pemkot Contoh"). */
export function sameGovernment(a: Government, b: Government): boolean {
  const n = Math.min(a.name.length, b.name.length);
  return (
    a.level === b.level && n > 0 && a.name.slice(0, n).join(' ') === b.name.slice(0, n).join(' ')
  );
}

/** Lower-case words that may sit inside a counted noun phrase: "25 orang ASN dari Pemprov Contoh". */
const LINKS = new Set(['dari', 'asal', 'lingkup', 'lingkungan', 'di']);
const ABBREVIATION = /^(?:Kab|Prov|Dr|H|Hj|Ir)\.$/u;
const TOKEN = /^\s+(\([^()]*\)|[\p{L}\p{N}][\p{L}\p{N}-]*\.?)([,;:!?"”]?)/u;

/**
 * The noun phrase after a head-count: capitalised words, words in
 * parentheses, people nouns and a few linking words ("dari"), up to
 * punctuation or any other word ("25 orang ASN Kota Contoh mengikuti" →
 * " orang ASN Kota Contoh"). A coordinated group ("dan jajaran …") is outside it.
 */
export function countedPhrase(text: string, end: number): string {
  let at = end;
  for (let i = 0; i < 12; i += 1) {
    const m = TOKEN.exec(text.slice(at));
    const token = m?.[1];
    if (!m || token === undefined) break;
    const first = token.charAt(0);
    const word = token.replace(/\.$/u, '');
    const inside =
      first === '(' || /\p{Lu}/u.test(first) || LINKS.has(word) || unitOf(word) === 'people';
    if (!inside) break;
    at += m[0].length - (m[2] ?? '').length;
    const sentenceEnd = token.endsWith('.') && !ABBREVIATION.test(token);
    if (m[2] !== '' || sentenceEnd) break;
  }
  return text.slice(end, at);
}
