/**
 * Published means kept. `content/published.json` (written by `npm run publish`)
 * holds the value of every published fact of every record; this check refuses
 * content in which a published record is gone (removed or renamed) or a
 * published value changed, unless the record carries a correction entry for
 * that field whose `previous` is the published value. A record renamed
 * since lists its old id in `renamed_from` and is held against what was
 * published under that id; a published redirect (the ledger's `renames`)
 * must stay listed. The messages (published-messages.ts) say what to write.
 */
import type { Correction } from '../../schemas/correction.ts';
import type { Ledger } from '../../schemas/ledger.ts';
import type { Entry, LoadedContent } from '../content/load.ts';
import { factValue, type RecordKind } from '../opendata/values.ts';
import { normalizeText } from '../text/normalize.ts';
import { articleHashesOf } from './published-articles.ts';
import type { Problem } from './problem.ts';
import {
  recordGone,
  redirectVanished,
  renamedFromOtherKind,
  valueChanged,
} from './published-messages.ts';
import { formerIds, formerIdsOfRejected, recordsOf, renamesOf, type FormerId } from './renamed.ts';

/** The content file of the ledger, under the content folder. */
export const LEDGER_FILE = 'published.json';

/** The facts of each kind of record that count as published values. */
const PUBLISHED: Record<RecordKind, readonly string[]> = {
  cohort: ['status', 'programme', 'theme', 'period', 'place'],
  claim: [
    'value',
    'qualifier',
    'scope.programme',
    'scope.place',
    'scope.since',
    'scope.window_years',
    'scope.year',
  ],
  context: ['date', 'kind'],
};

const COLLECTION = { cohort: 'cohorts', claim: 'claims', context: 'context' } as const;
const KINDS = ['cohort', 'claim', 'context'] as const;

type AnyRecord = Entry<{ corrections?: Correction[] | undefined }> & { data: object };

/** The published values of one record: every published fact it states, by path. */
export function publishedValues(kind: RecordKind, data: object): Record<string, string> {
  const record = { kind, data } as Parameters<typeof factValue>[0];
  const paths = [...PUBLISHED[kind]];
  if (kind === 'cohort')
    for (const p of (data as { participants: { group: string }[] }).participants)
      paths.push(`participants.${p.group}`);
  const values: Record<string, string> = {};
  for (const path of paths) {
    const value = factValue(record, path);
    if (value !== undefined) values[path] = value;
  }
  return values;
}

/**
 * The ledger the content would have if it were published now (sorted, so the
 * file is stable); `renames` only when a record lists a former id.
 */
export function ledgerOf(
  content: Pick<LoadedContent, 'cohorts' | 'claims' | 'context' | 'articles'>,
): Ledger {
  const of = (kind: RecordKind, entries: readonly { id: string; data: object }[]) =>
    Object.fromEntries(
      [...entries]
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .map((e) => [e.id, publishedValues(kind, e.data)]),
    );
  const renames = renamesOf(content);
  return {
    version: 1,
    cohorts: of('cohort', content.cohorts),
    claims: of('claim', content.claims),
    context: of('context', content.context),
    ...(Object.keys(renames).length > 0 ? { renames } : {}),
    articles: articleHashesOf(content.articles),
  };
}

const same = (a: string, b: string): boolean =>
  normalizeText(a).toLocaleLowerCase('id') === normalizeText(b).toLocaleLowerCase('id');

/** The YAML path of a fact path, for its line ("participants.asn" → participants[i].count). */
function yamlPath(path: string, data: object): PropertyKey[] {
  if (path.startsWith('participants.')) {
    const group = path.slice('participants.'.length);
    const i = (data as { participants: { group: string }[] }).participants.findIndex(
      (p) => p.group === group,
    );
    return i < 0 ? ['participants'] : ['participants', i, 'count'];
  }
  return path.split('.');
}

/** Published values of `entry` (published under `formerId` when given) changed without a correction. */
function changedValues(
  kind: RecordKind,
  entry: AnyRecord,
  published: Record<string, string>,
  formerId?: string,
): Problem[] {
  const now = publishedValues(kind, entry.data);
  const corrections = entry.data.corrections ?? [];
  const problems: Problem[] = [];
  for (const [path, before] of Object.entries(published)) {
    const after = now[path];
    if (after !== undefined && after === before) continue;
    if (corrections.some((c) => c.field === path && same(c.previous, before))) continue;
    const at = after === undefined ? [] : yamlPath(path, entry.data);
    problems.push(valueChanged(entry, at, path, before, after, formerId));
  }
  return problems;
}

type ContentPath = (collection: string, id: string) => string;
type Checked = Pick<LoadedContent, 'cohorts' | 'claims' | 'context' | 'rejected'>;

/**
 * Every record of the ledger that is gone or changed without a correction.
 * `unreadable` holds the files already reported as unreadable (broken YAML,
 * a tag, several documents): such a record is there, not gone.
 */
export function checkPublished(
  content: Checked,
  ledger: Ledger,
  contentPath: ContentPath,
  unreadable: ReadonlySet<string> = new Set(),
): Problem[] {
  const problems: Problem[] = [];
  const former = formerIds(content);
  const listedByRejected = formerIdsOfRejected(content);
  const lists = { cohort: content.cohorts, claim: content.claims, context: content.context };
  for (const kind of KINDS) {
    const collection = COLLECTION[kind];
    const byId = new Map<string, AnyRecord>(lists[kind].map((e) => [e.id, e as AnyRecord]));
    const rejected = new Set(
      content.rejected.filter((r) => r.collection === collection).map((r) => r.id),
    );
    for (const [id, published] of Object.entries(ledger[collection])) {
      const entry = byId.get(id);
      if (entry) {
        problems.push(...changedValues(kind, entry, published));
        continue;
      }
      // A file that is there but invalid is reported by its own problems.
      if (rejected.has(id) || listedByRejected.has(id)) continue;
      if (unreadable.has(contentPath(collection, id))) continue;
      problems.push(
        ...goneRecord(kind, id, published, former.get(id) ?? [], byId, ledger, contentPath),
      );
    }
  }
  return [...problems, ...vanishedRedirects(content, ledger, contentPath)];
}

/**
 * A published record whose file is gone: fine when one record of its kind
 * lists it in `renamed_from` (that record is then held against the published
 * values); listed by two, the duplicate is reported by checkRenamedFrom.
 */
function goneRecord(
  kind: RecordKind,
  id: string,
  published: Record<string, string>,
  places: readonly FormerId[],
  byId: ReadonlyMap<string, AnyRecord>,
  ledger: Ledger,
  contentPath: ContentPath,
): Problem[] {
  const sameKind = places.filter((p) => p.kind === kind);
  const [renamed] = sameKind;
  if (renamed && sameKind.length === 1)
    return changedValues(kind, renamed.entry as AnyRecord, published, id);
  if (sameKind.length > 1) return [];
  if (places.length > 0)
    return places.map((p) => renamedFromOtherKind(p.entry, p.index, id, kind, p.kind));
  const unpublished = [...byId.values()].filter((e) => !(e.id in ledger[COLLECTION[kind]]));
  const likely = unpublished.find(
    (e) => JSON.stringify(publishedValues(kind, e.data)) === JSON.stringify(published),
  );
  return [recordGone(kind, id, contentPath(COLLECTION[kind], id), likely?.file)];
}

/** Published redirects (the ledger's `renames`) whose old id no record lists any more. */
function vanishedRedirects(content: Checked, ledger: Ledger, contentPath: ContentPath): Problem[] {
  const listed = new Set([...formerIds(content).keys(), ...formerIdsOfRejected(content)]);
  const records = recordsOf(content);
  const problems: Problem[] = [];
  for (const [old, to] of Object.entries(ledger.renames ?? {})) {
    if (listed.has(old)) continue;
    const target =
      records.find(({ entry }) => entry.id === to) ??
      records.find(({ entry }) => entry.data.renamed_from?.includes(to));
    const reused = records.find(({ entry }) => entry.id === old);
    // Neither the new record nor a later name of it is there: report where the new record was.
    const kind = KINDS.find((k) => to in ledger[COLLECTION[k]]) ?? 'cohort';
    const file = target?.entry.file ?? contentPath(COLLECTION[kind], to);
    problems.push(redirectVanished(file, old, to, reused?.entry.file));
  }
  return problems;
}
