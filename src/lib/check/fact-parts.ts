/**
 * One fact from several quotes: a fact with parts (a cohort's `period`, whose
 * `period.start` and `period.end` may be stated in different sentences) is
 * supported by a citation of the whole, or by citations that together
 * support every part. The check and the scaffold decide coverage here.
 */
import type { Fact } from './facts.ts';
import { problemAt, type Located, type Problem } from './problem.ts';

/** Every fact and every part of one, by the path a citation's `supports` names. */
export function supportable(facts: readonly Fact[]): Map<string, Fact> {
  return new Map(facts.flatMap((f) => [f, ...(f.parts ?? [])]).map((f) => [f.path, f]));
}

/** Whether the supported paths cover the fact: its own path, or each of its parts. */
export function covers(supported: ReadonlySet<string>, fact: Fact): boolean {
  if (supported.has(fact.path)) return true;
  const parts = fact.parts ?? [];
  return parts.length > 0 && parts.every((p) => supported.has(p.path));
}

/**
 * The parts of a fact left without a source when some other part has one;
 * undefined when the fact has no part supported (then the fact as a whole
 * is what is missing) or is supported as a whole.
 */
export function missingParts(supported: ReadonlySet<string>, fact: Fact): Fact[] | undefined {
  if (supported.has(fact.path)) return undefined;
  const parts = fact.parts ?? [];
  if (!parts.some((p) => supported.has(p.path))) return undefined;
  return parts.filter((p) => !supported.has(p.path));
}

/**
 * The problems of a fact some of whose parts have a source and others not,
 * one per part without; undefined when no part has a source (the fact as a
 * whole is then what is missing) or the fact is supported as a whole.
 */
export function partsWithoutSource(
  entry: Located,
  supported: ReadonlySet<string>,
  fact: Fact,
): Problem[] | undefined {
  const missing = missingParts(supported, fact);
  if (!missing) return undefined;
  const given = (fact.parts ?? []).filter((p) => supported.has(p.path)).map((p) => p.path);
  return missing.map((part) =>
    problemAt(
      entry,
      part.path.split('.'),
      'fact-part-without-source',
      {
        id: `Kolom ${part.path} tidak didukung oleh sumber mana pun, padahal ${given.join(', ')} didukung kutipannya sendiri.`,
        en: `Field ${part.path} is not supported by any source, while ${given.join(', ')} has a quote of its own.`,
      },
      {
        id: `Tambahkan "${part.path}" ke supports pada kutipan yang menyebut tanggal itu, atau dukung ${fact.path} seluruhnya dengan satu kutipan yang menyebut awal dan akhirnya.`,
        en: `Add "${part.path}" to the supports of a citation that states that date, or support ${fact.path} as a whole with one passage that states its start and end.`,
      },
    ),
  );
}
