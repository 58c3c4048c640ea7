/**
 * Listing one collection folder so that nothing in it vanishes: every name is
 * either a candidate entry (a regular file with an accepted extension and a
 * valid name) or a problem naming it. Nothing here follows a link or opens a
 * special file, and no file is read.
 *
 * Two names are passed over in silence: `.DS_Store` and `.gitkeep`, which an
 * operating system or git leaves in folders and which never hold content;
 * and `README.md`, a note for editors beside the entries.
 */
import { lstatSync, readFileSync, readdirSync, type Stats } from 'node:fs';
import { extname, join } from 'node:path';
import type { Problem } from '../check/problem.ts';
import { displayPath, fileProblem } from './problems.ts';

/** Names that are never content and may sit in any content folder. */
export const SILENT_NAMES: ReadonlySet<string> = new Set(['.DS_Store', '.gitkeep', 'README.md']);

export interface CollectionFiles {
  /** Folder under content/. */
  dir: string;
  /** Accepted extensions. */
  extensions: readonly string[];
  kind: 'yaml' | 'markdown';
  /** The collection may hold no entries (the site then shows none). */
  mayBeEmpty?: boolean;
}

/** A file that will be read as an entry. */
export interface Candidate {
  /** The file name without extension. */
  id: string;
  /** Absolute path. */
  path: string;
  /** Path for messages (relative to the project root). */
  file: string;
}

/**
 * Names of a folder as text, with the names that are not UTF-8 reported:
 * such a name cannot be shown or opened reliably, so the file is not read.
 */
export function folderNames(
  root: string,
  dir: string,
): { names: string[]; problems: Problem[] } | undefined {
  let raw: Buffer[];
  try {
    raw = readdirSync(dir, { encoding: 'buffer' });
  } catch {
    return undefined;
  }
  const names: string[] = [];
  const problems: Problem[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const bytes of raw) {
    try {
      names.push(decoder.decode(bytes));
    } catch {
      const shown = new TextDecoder('utf-8').decode(bytes);
      problems.push(
        fileProblem(
          displayPath(root, join(dir, shown)),
          'file-name-encoding',
          'Nama berkas ini bukan teks UTF-8 (ada huruf yang tampil sebagai �); berkasnya tidak dibaca.',
          'This file name is not UTF-8 text (some letters show as �); the file is not read.',
          'Ganti nama berkas dengan huruf kecil, angka dan tanda hubung saja.',
          'Rename the file using lower-case letters, digits and hyphens only.',
        ),
      );
    }
  }
  return { names: names.sort(), problems };
}

/** The problem for a name that is not a regular file, or undefined for a regular file. */
export function notAFile(file: string, stat: Stats): Problem | undefined {
  if (stat.isSymbolicLink()) {
    return fileProblem(
      file,
      'file-symlink',
      'Berkas ini adalah tautan simbolik (symlink); konten harus berupa berkas biasa.',
      'This file is a symbolic link; content must be a regular file.',
      'Ganti tautan dengan salinan berkasnya.',
      'Replace the link with a copy of the file.',
    );
  }
  if (stat.isDirectory()) {
    return fileProblem(
      `${file}/`,
      'file-subfolder',
      'Folder di dalam folder koleksi tidak dibaca: entri harus langsung berada di folder koleksi.',
      'A folder inside a collection folder is not read: entries must sit directly in the collection folder.',
      'Pindahkan berkas-berkasnya satu tingkat ke atas, atau hapus folder ini.',
      'Move its files one level up, or delete this folder.',
    );
  }
  if (!stat.isFile()) {
    return fileProblem(
      file,
      'file-special',
      'Ini bukan berkas biasa (mis. pipe atau perangkat); tidak dibaca.',
      'This is not a regular file (e.g. a pipe or a device); it is not read.',
      'Hapus atau ganti dengan berkas teks biasa.',
      'Delete it or replace it with a plain text file.',
    );
  }
  return undefined;
}

/** lstat that reports instead of throwing. */
export function statOrProblem(path: string, file: string): Stats | Problem {
  try {
    return lstatSync(path);
  } catch (error) {
    return unreadable(file, (error as NodeJS.ErrnoException).code ?? '?');
  }
}

/** A file or folder the system refuses to open or describe, with the system's code. */
export function unreadable(file: string, code: string): Problem {
  return fileProblem(
    file,
    'file-unreadable',
    `Berkas tidak dapat dibaca (${code}).`,
    `The file cannot be read (${code}).`,
    'Periksa izin berkas, lalu coba lagi.',
    'Check the file permissions, then try again.',
  );
}

/** The bytes of a listed entry file, or undefined with its `file-unreadable` problem added to `problems`. */
export function readEntryBytes(
  path: string,
  file: string,
  problems: Problem[],
): Uint8Array | undefined {
  try {
    return readFileSync(path);
  } catch (error) {
    problems.push(unreadable(file, (error as NodeJS.ErrnoException).code ?? '?'));
    return undefined;
  }
}

function collectionProblem(file: string, code: string, spec: CollectionFiles, empty: boolean) {
  return fileProblem(
    `${file}/`,
    code,
    empty
      ? `Folder ${spec.dir}/ tidak berisi satu pun berkas ${spec.extensions[0]}.`
      : `Folder ${spec.dir}/ tidak ada.`,
    empty
      ? `The folder ${spec.dir}/ holds no ${spec.extensions[0]} file.`
      : `The folder ${spec.dir}/ does not exist.`,
    empty
      ? 'Tambahkan entri (npm run new) atau periksa apakah berkasnya ada di folder lain.'
      : `Buat folder ${spec.dir}/ di dalam folder konten, atau periksa nama folder dan opsi --content.`,
    empty
      ? 'Add an entry (npm run new) or check whether the files are in another folder.'
      : `Create the folder ${spec.dir}/ in the content folder, or check the folder name and the --content option.`,
  );
}

/** Every candidate entry of one collection folder, and a problem for every other name in it. */
export function listCollection(
  root: string,
  contentDir: string,
  spec: CollectionFiles,
): { candidates: Candidate[]; problems: Problem[] } {
  const dir = join(contentDir, spec.dir);
  const folderFile = displayPath(root, dir);
  const candidates: Candidate[] = [];
  const dirStat = statOrProblem(dir, folderFile);
  if (!('isDirectory' in dirStat) || !dirStat.isDirectory()) {
    const problem = 'isDirectory' in dirStat ? notAFile(folderFile, dirStat) : undefined;
    return {
      candidates,
      problems: [problem ?? collectionProblem(folderFile, 'collection-missing', spec, false)],
    };
  }
  const listed = folderNames(root, dir);
  if (!listed) return { candidates, problems: [unreadable(folderFile, 'EACCES')] };
  const problems = [...listed.problems];
  for (const name of listed.names) {
    if (SILENT_NAMES.has(name)) continue;
    const path = join(dir, name);
    const file = displayPath(root, path);
    const stat = statOrProblem(path, file);
    if (!('isFile' in stat)) {
      problems.push(stat);
      continue;
    }
    const special = notAFile(file, stat);
    if (special) {
      problems.push(special);
      continue;
    }
    const problem = nameProblem(name, file, spec);
    if (problem) problems.push(problem);
    else candidates.push({ id: name.slice(0, -extname(name).length), path, file });
  }
  if (candidates.length === 0 && problems.length === 0 && !spec.mayBeEmpty)
    problems.push(collectionProblem(folderFile, 'collection-empty', spec, true));
  return { candidates, problems };
}

/** Why a regular file's name keeps it from being read, if it does. */
function nameProblem(name: string, file: string, spec: CollectionFiles): Problem | undefined {
  if (name.startsWith('.') || name.startsWith('_')) {
    return fileProblem(
      file,
      'file-hidden',
      `Berkas yang namanya diawali "${name[0] ?? ''}" tidak dibaca sebagai konten.`,
      `A file whose name starts with "${name[0] ?? ''}" is not read as content.`,
      'Hapus tanda di awal nama jika berkas ini konten, atau pindahkan berkas ini dari folder konten.',
      'Remove the leading character if this file is content, or move it out of the content folder.',
    );
  }
  const ext = extname(name);
  if (!spec.extensions.includes(ext)) {
    const mdx = spec.dir === 'articles' && ext === '.mdx';
    return fileProblem(
      file,
      'file-extension',
      `Berkas ${ext || 'tanpa ekstensi'} tidak dikenal di folder ${spec.dir}/ (yang diterima: ${spec.extensions.join(', ')}).`,
      `Unexpected ${ext || 'extensionless'} file in ${spec.dir}/ (accepted: ${spec.extensions.join(', ')}).`,
      mdx
        ? 'Artikel sumber ditulis sebagai .md (MDX dapat menjalankan kode); ganti ekstensinya menjadi .md.'
        : `Ganti ekstensi menjadi ${spec.extensions[0]} atau pindahkan berkas ini dari folder.`,
      mdx
        ? 'Source articles are plain .md (MDX can run code); rename the file to .md.'
        : `Rename it to ${spec.extensions[0]} or move it out of the folder.`,
    );
  }
  const id = name.slice(0, -ext.length);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
    return fileProblem(
      file,
      'file-name',
      `Nama berkas "${name}" tidak sah: gunakan huruf kecil, angka dan tanda hubung saja.`,
      `File name "${name}" is not valid: use lower-case letters, digits and hyphens only.`,
      'Ganti nama berkas, mis. 2023-05-water-management.yaml.',
      'Rename the file, e.g. 2023-05-water-management.yaml.',
    );
  }
  return undefined;
}
