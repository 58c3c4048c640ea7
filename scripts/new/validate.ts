/**
 * Each answer checked on its own against the zod schema of the field it
 * fills, with the checker's own wording (so `npm run new` and `npm run check`
 * explain a bad date the same way), plus the nearest valid vocabulary keys.
 */
import { z } from 'astro/zod';
import type { Bilingual } from '../../src/lib/check/problem.ts';
import { validateEntry } from '../../src/lib/check/schema-issues.ts';
import type { Vocabularies } from '../../src/lib/content/load.ts';
import { fullDate, partialDate, plainText, webAddress } from '../../src/schemas/common.ts';
import type { VocabularyName } from '../../src/schemas/vocabulary.ts';
import { nearest } from '../../src/lib/text/suggest.ts';

/** An answer's value, or what is wrong with it and how to write it. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problem: Bilingual };

/** Words an editor may type for "the source does not say". */
const UNKNOWN_WORDS = new Set(['unknown', 'tidak diketahui', 'tidak disebut', 'tidak tahu', '?']);

/** Whether an answer means "unknown" (`unknown`, "tidak disebut", "?"). */
export function meansUnknown(answer: string): boolean {
  return UNKNOWN_WORDS.has(answer.trim().toLowerCase());
}

/** Check a value against a field schema; the problem is the checker's message and fix. */
export function checkWith<T extends z.ZodType>(
  schema: T,
  value: unknown,
  label: string,
): Checked<z.output<T>> {
  const { value: parsed, problems } = validateEntry(schema, value, label, () => undefined);
  const [p] = problems;
  if (!p) return { ok: true, value: parsed as z.output<T> };
  const shown = typeof value === 'string' ? ` "${value}"` : '';
  return {
    ok: false,
    problem: {
      id: `${label}${shown}: ${p.message.id} ${p.fix.id}`,
      en: `${label}${shown}: ${p.message.en} ${p.fix.en}`,
    },
  };
}

/** A date in one of the three accepted forms (2024-06-12, 2024-06, 2024). */
export function checkDate(answer: string, label: string): Checked<string> {
  return checkWith(partialDate, answer.trim(), label) as Checked<string>;
}

/** A date as `checkDate`, or `unknown` for an answer that means "not known" ("tidak tahu", "?"). */
export function checkDateOrUnknown(answer: string, label: string): Checked<string> {
  return meansUnknown(answer) ? { ok: true, value: 'unknown' } : checkDate(answer, label);
}

/** A day, YYYY-MM-DD (the bounds of an unknown publication date). */
export function checkDay(answer: string, label: string): Checked<string> {
  return checkWith(fullDate, answer.trim(), label);
}

/** One line of plain text (no < or >). */
export function checkText(answer: string, label: string): Checked<string> {
  return checkWith(plainText, answer, label);
}

/** An http(s) address, or `unknown` for an empty answer. */
export function checkUrl(answer: string, label: string): Checked<string> {
  const a = answer.trim();
  if (a === '' || meansUnknown(a)) return { ok: true, value: 'unknown' };
  return checkWith(webAddress, a, label);
}

/** One of a fixed list of values. */
export function checkChoice<T extends string>(
  answer: string,
  allowed: readonly T[],
  label: string,
): Checked<T> {
  const a = answer.trim();
  if ((allowed as readonly string[]).includes(a)) return { ok: true, value: a as T };
  return {
    ok: false,
    problem: {
      id: `${label} "${a}": bukan pilihan yang dikenal. Pilih salah satu: ${allowed.join(', ')}.`,
      en: `${label} "${a}": not a known choice. Choose one of: ${allowed.join(', ')}.`,
    },
  };
}

/** A key of a vocabulary (optionally also `unknown`), with the nearest keys when it is not one. */
export function checkTerm(
  answer: string,
  vocabulary: VocabularyName,
  vocabularies: Vocabularies,
  label: string,
  extra: readonly string[] = [],
): Checked<string> {
  const a = answer.trim();
  const keys = [...vocabularies[vocabulary].keys()];
  if (keys.includes(a) || extra.includes(a)) return { ok: true, value: a };
  const near = nearest(a, keys);
  return {
    ok: false,
    problem: {
      id: `${label} "${a}" tidak ada di kosakata ${vocabulary}. Pilih istilah yang ada${near.length ? `, mis. ${near.join(', ')}` : ''}${extra.length ? ` (atau ${extra.join(', ')})` : ''}.`,
      en: `${label} "${a}" is not in the ${vocabulary} vocabulary. Choose an existing term${near.length ? `, e.g. ${near.join(', ')}` : ''}${extra.length ? ` (or ${extra.join(', ')})` : ''}.`,
    },
  };
}

const COUNT = z.int().min(1).max(100000);

/** A number of participants, or `unknown` (an empty answer, "tidak disebut", "?"). Never 0. */
export function checkCount(answer: string, label: string): Checked<number | 'unknown'> {
  const a = answer.trim().replace(/^(\d+)\s*(?:orang|asn|peserta)$/iu, '$1');
  if (a === '' || meansUnknown(a)) return { ok: true, value: 'unknown' };
  const n = /^\d+$/u.test(a) ? Number(a) : Number.NaN;
  if (Number.isNaN(n)) {
    return {
      ok: false,
      problem: {
        id: `${label} "${a}": tulis angka (mis. 25), atau unknown bila siaran pers tidak menyebut jumlahnya.`,
        en: `${label} "${a}": write a number (e.g. 25), or unknown when the release gives no number.`,
      },
    };
  }
  return checkWith(COUNT, n, label);
}

/** A whole number within bounds (claim values, window years, a year). */
export function checkInt(answer: string, min: number, max: number, label: string): Checked<number> {
  const a = answer.trim().replace(/\./gu, '');
  const n = /^\d+$/u.test(a) ? Number(a) : Number.NaN;
  if (Number.isNaN(n)) {
    return {
      ok: false,
      problem: {
        id: `${label} "${answer.trim()}": tulis angka saja, mis. 150.`,
        en: `${label} "${answer.trim()}": write digits only, e.g. 150.`,
      },
    };
  }
  return checkWith(z.int().min(min).max(max), n, label);
}

/** An id for a new file: lower-case letters, digits and hyphens. */
export function checkId(answer: string, label: string): Checked<string> {
  const a = answer.trim();
  if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(a) && a.length <= 120) return { ok: true, value: a };
  return {
    ok: false,
    problem: {
      id: `${label} "${a}": gunakan huruf kecil, angka dan tanda hubung saja, mis. 2024-06-urban-planning.`,
      en: `${label} "${a}": use lower-case letters, digits and hyphens only, e.g. 2024-06-urban-planning.`,
    },
  };
}
