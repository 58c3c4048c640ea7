/**
 * The problems of the published-means-kept check (published.ts), in
 * Indonesian and English: each names what was published, what the content
 * says now, and shows the lines to add (a correction entry, a
 * `renamed_from`) or the file to restore.
 */
import type { RecordKind } from '../opendata/values.ts';
import { problemAt, type Located, type Problem } from './problem.ts';

export const RECORD_NAME: Readonly<Record<RecordKind, { id: string; en: string }>> = {
  cohort: { id: 'Angkatan', en: 'Cohort' },
  claim: { id: 'Klaim', en: 'Claim' },
  context: { id: 'Peristiwa konteks', en: 'Context event' },
};

/** YAML lines to paste into a file, indented as the report shows a snippet. */
const snippet = (lines: readonly string[]): string => lines.map((l) => `      ${l}`).join('\n');

function correctionSnippet(path: string, previous: string): string {
  return snippet([
    'corrections:',
    '  - date: TTTT-BB-HH',
    `    field: ${path}`,
    `    previous: ${JSON.stringify(previous)}`,
    '    reason:',
    '      id: …',
    '      en: …',
  ]);
}

/**
 * A published value changed without a correction entry. `yamlPath` is where
 * the value is now (empty when it is gone); `formerId` the id it was
 * published under, when the record was renamed since.
 */
export function valueChanged(
  entry: Located,
  yamlPath: readonly PropertyKey[],
  path: string,
  before: string,
  after: string | undefined,
  formerId?: string,
): Problem {
  const nowText = after === undefined ? 'tidak ada lagi' : `"${after}"`;
  const nowTextEn = after === undefined ? 'it is gone' : `"${after}"`;
  const asId = formerId === undefined ? '' : ` (dengan id lama "${formerId}")`;
  const asEn = formerId === undefined ? '' : ` (under its former id "${formerId}")`;
  return problemAt(
    entry,
    yamlPath,
    'published-value-changed',
    {
      id: `${path} sudah terbit${asId} sebagai "${before}"; sekarang ${nowText}. Nilai yang sudah terbit hanya boleh berubah dengan catatan koreksi.`,
      en: `${path} was published${asEn} as "${before}"; now ${nowTextEn}. A published value changes only with a correction entry.`,
    },
    {
      id: `Bila perubahan ini benar, tambahkan koreksi ini di berkas ini (tanggal hari ini dan alasannya):\n${correctionSnippet(path, before)}\n    Bila tidak, kembalikan nilainya menjadi "${before}".`,
      en: `If the change is right, add the correction shown above to this file (today's date, and why); if not, set the value back to "${before}".`,
    },
  );
}

/**
 * A published record whose file is gone and that no record claims as its
 * former id. `file` is where it was; `likely`, a current file with the same
 * published values (the file it was probably renamed to), when there is one.
 */
export function recordGone(
  kind: RecordKind,
  id: string,
  file: string,
  likely: string | undefined,
): Problem {
  const target = likely ? `mungkin ${likely}, yang nilainya sama` : 'content/…/<id-baru>.yaml';
  const targetEn = likely
    ? `perhaps ${likely}, which has the same values`
    : 'content/…/<new-id>.yaml';
  return {
    file,
    code: 'published-record-removed',
    message: {
      id: `${RECORD_NAME[kind].id} "${id}" sudah terbit, tetapi berkasnya tidak ada lagi (dihapus atau diganti namanya).`,
      en: `${RECORD_NAME[kind].en} "${id}" was published, but its file is gone (removed or renamed).`,
    },
    fix: {
      id: `Bila berkasnya diganti nama, tambahkan baris ini di berkas yang baru (${target}), agar alamat lamanya dialihkan ke alamat baru:\n${snippet([`renamed_from: [${id}]`])}\n    Bila tidak, kembalikan berkas ${file} dengan nama yang sama: alamat halamannya sudah dikutip orang. Nilai yang salah diperbaiki dengan catatan koreksi di berkas itu, bukan dengan menghapusnya.`,
      en: `If the file was renamed, add "renamed_from: [${id}]" to the new file (${targetEn}), so that the old address leads to the new one. If not, restore ${file} under the same name: its address has been cited. A wrong value is fixed with a correction entry in that file, not by removing it.`,
    },
  };
}

/** An old id listed by a record of another kind than the one it was published as. */
export function renamedFromOtherKind(
  entry: Located,
  index: number,
  old: string,
  was: RecordKind,
  is: RecordKind,
): Problem {
  return problemAt(
    entry,
    ['renamed_from', index],
    'renamed-from-other-kind',
    {
      id: `"${old}" terbit sebagai ${RECORD_NAME[was].id.toLowerCase()}, bukan ${RECORD_NAME[is].id.toLowerCase()}: rekaman yang diganti nama tetap sejenis.`,
      en: `"${old}" was published as a ${RECORD_NAME[was].en.toLowerCase()}, not a ${RECORD_NAME[is].en.toLowerCase()}: a renamed record keeps its kind.`,
    },
    {
      id: `Hapus "${old}" dari renamed_from berkas ini, dan tulis di berkas ${RECORD_NAME[was].id.toLowerCase()} yang menggantikannya.`,
      en: `Remove "${old}" from this file's renamed_from and list it in the ${RECORD_NAME[was].en.toLowerCase()} file that replaced it.`,
    },
  );
}

/**
 * A published redirect (old id → new id) that no record lists any more.
 * `file` is the record that should list it (or the ledger); `reused`, the
 * file that now has the old id as its own, if any.
 */
export function redirectVanished(
  file: string,
  old: string,
  to: string,
  reused: string | undefined,
): Problem {
  const reuse = reused
    ? {
        id: `Id "${old}" kini dipakai ${reused}: beri berkas itu nama lain. `,
        en: `"${old}" is now the id of ${reused}: give that file another name. `,
      }
    : { id: '', en: '' };
  return {
    file,
    code: 'published-redirect-removed',
    field: 'renamed_from',
    message: {
      id: `Alamat lama "${old}" sudah terbit sebagai pengalihan ke "${to}", tetapi tidak ada lagi berkas yang mencantumkan "${old}" di renamed_from: pengalihan dari alamat lama akan hilang.`,
      en: `The old address "${old}" was published as a redirect to "${to}", but no file lists "${old}" in renamed_from any more: the redirect from the old address would vanish.`,
    },
    fix: {
      id: `${reuse.id}Tambahkan "${old}" ke renamed_from berkas ini:\n${snippet([`renamed_from: [${old}]`])}\n    Alamat yang sudah terbit tetap dialihkan selamanya.`,
      en: `${reuse.en}Add "${old}" to this file's renamed_from (renamed_from: [${old}]). A published address keeps redirecting for good.`,
    },
  };
}
