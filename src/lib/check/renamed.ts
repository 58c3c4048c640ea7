/**
 * Renamed records: a record lists the ids it had before in `renamed_from`,
 * and every such old id stays an address of the site (a redirect page, or an
 * anchor on a list page). This module indexes those old ids and refuses the
 * lists that would make an address ambiguous: an old id that is the id of a
 * record now, or one listed twice. Pure: takes loaded content, returns
 * problems or the index.
 */
import type { Entry, LoadedContent } from '../content/load.ts';
import type { RecordKind } from '../opendata/values.ts';
import { problemAt, type Problem } from './problem.ts';

/** A record as this module reads it: its id, file and former ids. */
export type RenamableEntry = Entry<{ renamed_from?: readonly string[] | undefined }>;

/** One place an old id is listed: the record, its kind and the position in its list. */
export interface FormerId {
  kind: RecordKind;
  entry: RenamableEntry;
  index: number;
}

/** The records of the content, by collection, as far as this module reads them. */
interface Records {
  cohorts: readonly RenamableEntry[];
  claims: readonly RenamableEntry[];
  context: readonly RenamableEntry[];
}

/** Every current record with its kind, cohorts first. */
export function recordsOf(content: Records): { kind: RecordKind; entry: RenamableEntry }[] {
  return [
    ...content.cohorts.map((entry) => ({ kind: 'cohort' as const, entry })),
    ...content.claims.map((entry) => ({ kind: 'claim' as const, entry })),
    ...content.context.map((entry) => ({ kind: 'context' as const, entry })),
  ];
}

/** Every old id listed in a `renamed_from`, with each place it is listed, in file order. */
export function formerIds(content: Records): Map<string, FormerId[]> {
  const index = new Map<string, FormerId[]>();
  for (const { kind, entry } of recordsOf(content))
    (entry.data.renamed_from ?? []).forEach((old, i) => {
      const places = index.get(old) ?? [];
      places.push({ kind, entry, index: i });
      index.set(old, places);
    });
  return index;
}

/**
 * Old ids listed by records that failed their schema, read as far as they
 * can be: such a record reports its own problems, and the ids it lists are
 * not reported a second time as gone.
 */
export function formerIdsOfRejected(content: Pick<LoadedContent, 'rejected'>): Set<string> {
  const ids = new Set<string>();
  for (const entry of content.rejected) {
    const list: unknown =
      entry.data !== null && typeof entry.data === 'object'
        ? (entry.data as { renamed_from?: unknown }).renamed_from
        : undefined;
    if (Array.isArray(list)) for (const id of list) if (typeof id === 'string') ids.add(id);
  }
  return ids;
}

/** old id → new id of every old id listed by exactly one record, sorted by old id. */
export function renamesOf(content: Records): Record<string, string> {
  const pairs = [...formerIds(content)]
    .filter(([, places]) => places.length === 1)
    .map(([old, places]) => [old, places[0]?.entry.id ?? ''] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(pairs);
}

/**
 * The lists that make an old address ambiguous: an old id that is the id of
 * a current record (of any kind: ids are unique across the site) and an old
 * id listed a second time, in the same record or another.
 */
export function checkRenamedFrom(content: Records): Problem[] {
  const current = new Map(recordsOf(content).map(({ entry }) => [entry.id, entry.file]));
  const problems: Problem[] = [];
  for (const [old, places] of formerIds(content)) {
    const file = current.get(old);
    const first = places[0];
    places.forEach(({ entry, index }, n) => {
      const at = ['renamed_from', index];
      if (file !== undefined) {
        const self = file === entry.file;
        problems.push(
          problemAt(
            entry,
            at,
            'renamed-from-current-id',
            {
              id: self
                ? `renamed_from mencantumkan "${old}", id berkas ini sendiri.`
                : `renamed_from mencantumkan "${old}", padahal itu id rekaman yang ada sekarang (${file}).`,
              en: self
                ? `renamed_from lists "${old}", the id of this very file.`
                : `renamed_from lists "${old}", which is the id of a current record (${file}).`,
            },
            {
              id: self
                ? `renamed_from hanya berisi nama lama berkas ini (tanpa .yaml): hapus "${old}" dari daftar.`
                : `Satu alamat hanya untuk satu rekaman: bila ${file} memang rekaman lain, hapus "${old}" dari renamed_from; bila berkas itu salinan lama, hapus berkas itu.`,
              en: self
                ? `renamed_from holds only this file's former names (without .yaml): remove "${old}" from the list.`
                : `One address, one record: if ${file} is another record, remove "${old}" from renamed_from; if that file is a stale copy, delete it.`,
            },
          ),
        );
        return;
      }
      if (n === 0 || !first) return;
      const where = first.entry === entry ? 'daftar ini' : first.entry.file;
      const whereEn = first.entry === entry ? 'this list' : first.entry.file;
      problems.push(
        problemAt(
          entry,
          at,
          'renamed-from-duplicate',
          {
            id: `Id lama "${old}" sudah tercantum di renamed_from ${where}.`,
            en: `Old id "${old}" is already listed in the renamed_from of ${whereEn}.`,
          },
          {
            id: `Alamat lama hanya dapat dialihkan ke satu rekaman: biarkan "${old}" hanya di berkas yang benar-benar dulu bernama ${old}.yaml, dan hapus dari yang lain.`,
            en: `An old address can lead to one record only: keep "${old}" only in the file that really was ${old}.yaml, and remove it from the other.`,
          },
        ),
      );
    });
  }
  return problems;
}
