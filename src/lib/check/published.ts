/**
 * Published means kept. `content/published.json` (written by `npm run publish`)
 * holds the value of every published fact of every record; this check refuses
 * content in which a published record is gone (removed or renamed) or a
 * published value changed, unless the record carries a correction entry for
 * that field whose `previous` is the published value. The messages say how
 * to write that entry.
 */
import type { Correction } from '../../schemas/correction.ts';
import type { Ledger } from '../../schemas/ledger.ts';
import type { Entry, LoadedContent } from '../content/load.ts';
import { factValue, type RecordKind } from '../opendata/values.ts';
import { normalizeText } from '../text/normalize.ts';
import { problemAt, type Problem } from './problem.ts';

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
const NAME = {
  cohort: { id: 'Angkatan', en: 'Cohort' },
  claim: { id: 'Klaim', en: 'Claim' },
  context: { id: 'Peristiwa konteks', en: 'Context event' },
} as const;

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

/** The ledger the content would have if it were published now (sorted, so the file is stable). */
export function ledgerOf(content: Pick<LoadedContent, 'cohorts' | 'claims' | 'context'>): Ledger {
  const of = (kind: RecordKind, entries: readonly { id: string; data: object }[]) =>
    Object.fromEntries(
      [...entries]
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .map((e) => [e.id, publishedValues(kind, e.data)]),
    );
  return {
    version: 1,
    cohorts: of('cohort', content.cohorts),
    claims: of('claim', content.claims),
    context: of('context', content.context),
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

function correctionSnippet(path: string, previous: string): string {
  return [
    'corrections:',
    '  - date: TTTT-BB-HH',
    `    field: ${path}`,
    `    previous: ${JSON.stringify(previous)}`,
    '    reason:',
    '      id: …',
    '      en: …',
  ]
    .map((line) => `      ${line}`)
    .join('\n');
}

function changedValues(kind: RecordKind, entry: AnyRecord, published: Record<string, string>) {
  const now = publishedValues(kind, entry.data);
  const corrections = entry.data.corrections ?? [];
  const problems: Problem[] = [];
  for (const [path, before] of Object.entries(published)) {
    const after = now[path];
    if (after !== undefined && after === before) continue;
    if (corrections.some((c) => c.field === path && same(c.previous, before))) continue;
    const nowText = after === undefined ? 'tidak ada lagi' : `"${after}"`;
    const nowTextEn = after === undefined ? 'it is gone' : `"${after}"`;
    problems.push(
      problemAt(
        entry,
        after === undefined ? [] : yamlPath(path, entry.data),
        'published-value-changed',
        {
          id: `${path} sudah terbit sebagai "${before}"; sekarang ${nowText}. Nilai yang sudah terbit hanya boleh berubah dengan catatan koreksi.`,
          en: `${path} was published as "${before}"; now ${nowTextEn}. A published value changes only with a correction entry.`,
        },
        {
          id: `Bila perubahan ini benar, tambahkan koreksi ini di berkas ini (tanggal hari ini dan alasannya):\n${correctionSnippet(path, before)}\n    Bila tidak, kembalikan nilainya menjadi "${before}".`,
          en: `If the change is right, add the correction shown above to this file (today's date, and why); if not, set the value back to "${before}".`,
        },
      ),
    );
  }
  return problems;
}

/** Every record of the ledger that is gone or changed without a correction. */
export function checkPublished(
  content: Pick<LoadedContent, 'cohorts' | 'claims' | 'context' | 'rejected'>,
  ledger: Ledger,
  contentPath: (collection: string, id: string) => string,
): Problem[] {
  const problems: Problem[] = [];
  const lists = { cohort: content.cohorts, claim: content.claims, context: content.context };
  for (const kind of ['cohort', 'claim', 'context'] as const) {
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
      if (rejected.has(id)) continue;
      problems.push({
        file: contentPath(collection, id),
        code: 'published-record-removed',
        message: {
          id: `${NAME[kind].id} "${id}" sudah terbit, tetapi berkasnya tidak ada lagi (dihapus atau diganti namanya).`,
          en: `${NAME[kind].en} "${id}" was published, but its file is gone (removed or renamed).`,
        },
        fix: {
          id: `Kembalikan berkas ${contentPath(collection, id)} dengan nama yang sama: alamat halamannya sudah dikutip orang. Nilai yang salah diperbaiki dengan catatan koreksi di berkas itu, bukan dengan menghapusnya.`,
          en: `Restore ${contentPath(collection, id)} under the same name: its address has been cited. A wrong value is fixed with a correction entry in that file, not by removing it.`,
        },
      });
    }
  }
  return problems;
}
