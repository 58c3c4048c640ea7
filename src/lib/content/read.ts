/**
 * Reading content files from disk, bounded and strict: every file is checked
 * for size, encoding and emptiness before it is parsed, and every problem is
 * returned rather than thrown.
 */
import type { Problem } from '../check/problem.ts';
import { bodyDepthProblem } from './body-depth.ts';
import { bodyControlProblems } from './control.ts';
import { listCollection, readEntryBytes, type CollectionFiles } from './folder.ts';
import { fileProblem } from './problems.ts';
import { parseYaml } from './yaml.ts';

export { displayPath } from './problems.ts';
export type { CollectionFiles } from './folder.ts';

/** Largest content file accepted, in bytes. */
export const MAX_FILE_BYTES = 256 * 1024;

export interface RawEntry {
  /** The file name without extension. */
  id: string;
  /** Path relative to the project root, forward slashes. */
  file: string;
  /** Parsed YAML data (or front matter). */
  data: unknown;
  /** Markdown body, for articles. */
  body?: string;
  /** Line of the first body line, for articles. */
  bodyLine?: number;
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** The text of the scalar at a path as written, when there is one. */
  sourceOf?(path: readonly PropertyKey[]): string | undefined;
}

export interface ReadResult {
  entries: RawEntry[];
  problems: Problem[];
}

/** Decode a file's bytes as UTF-8, refusing empty, enormous or non-UTF-8 input. */
export function decodeContent(
  bytes: Uint8Array,
  file: string,
): { text?: string; problems: Problem[] } {
  if (bytes.length > MAX_FILE_BYTES) {
    return {
      problems: [
        fileProblem(
          file,
          'file-too-large',
          `Berkas terlalu besar (${(bytes.length / 1024).toFixed(1)} KiB; batas ${MAX_FILE_BYTES / 1024} KiB).`,
          `File too large (${(bytes.length / 1024).toFixed(1)} KiB; limit ${MAX_FILE_BYTES / 1024} KiB).`,
          'Simpan hanya teks artikel itu sendiri, tanpa gambar atau lampiran.',
          'Store only the article text itself, without images or attachments.',
        ),
      ],
    };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      problems: [
        fileProblem(
          file,
          'file-not-utf8',
          'Berkas bukan teks UTF-8.',
          'The file is not UTF-8 text.',
          'Simpan ulang berkas sebagai UTF-8 (di VS Code: "Save with Encoding" → UTF-8).',
          'Save the file again as UTF-8 (in VS Code: "Save with Encoding" → UTF-8).',
        ),
      ],
    };
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  if (text.trim() === '') {
    return {
      problems: [
        fileProblem(
          file,
          'file-empty',
          'Berkas kosong.',
          'The file is empty.',
          'Isi berkas dari templat (npm run new) atau hapus berkasnya.',
          'Fill the file from the template (npm run new) or delete it.',
        ),
      ],
    };
  }
  if (text.includes('\u0000')) {
    return {
      problems: [
        fileProblem(
          file,
          'file-binary',
          'Berkas berisi data biner, bukan teks.',
          'The file holds binary data, not text.',
          'Ganti dengan berkas teks yang benar.',
          'Replace it with the right text file.',
        ),
      ],
    };
  }
  return { text: text.replace(/\r\n?/g, '\n'), problems: [] };
}

/** Split a Markdown file into front matter and body. */
export function splitFrontMatter(
  text: string,
): { frontMatter: string; body: string; bodyLine: number } | undefined {
  const m = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
  if (!m) return undefined;
  const frontMatter = m[1] ?? '';
  const bodyLine = frontMatter.split('\n').length + 3;
  return { frontMatter, body: text.slice(m[0].length), bodyLine };
}

/** Parse one content file's text (YAML, or Markdown with front matter). */
export function parseEntryText(
  text: string,
  file: string,
  id: string,
  kind: 'yaml' | 'markdown',
): { entry?: RawEntry; problems: Problem[] } {
  if (kind === 'yaml') {
    const parsed = parseYaml(text, file);
    if (parsed.data === undefined) return { problems: parsed.problems };
    return {
      entry: { id, file, data: parsed.data, lineOf: parsed.lineOf, sourceOf: parsed.sourceOf },
      problems: parsed.problems,
    };
  }
  const split = splitFrontMatter(text);
  if (!split) {
    return {
      problems: [
        fileProblem(
          file,
          'front-matter-missing',
          'Bagian data di awal berkas (front matter) tidak ada atau tidak ditutup dengan ---.',
          'The front matter at the top of the file is missing or not closed with ---.',
          'Mulai berkas dengan baris ---, isi kolom-kolomnya, lalu tutup dengan baris --- sebelum teks artikel.',
          'Start the file with a --- line, the fields, then a closing --- line before the article text.',
        ),
      ],
    };
  }
  const parsed = parseYaml(split.frontMatter, file, 1);
  const problems = [...parsed.problems];
  if (split.body.trim() === '') {
    problems.push({
      file,
      line: split.bodyLine,
      code: 'body-empty',
      message: {
        id: 'Teks artikel (di bawah ---) kosong.',
        en: 'The article text (below ---) is empty.',
      },
      fix: {
        id: 'Tempel teks lengkap artikel di bawah baris --- penutup.',
        en: 'Paste the full article text below the closing --- line.',
      },
    });
  }
  const tooDeep = bodyDepthProblem(file, split.body, split.bodyLine);
  if (tooDeep) return { problems: [...problems, tooDeep] };
  problems.push(...bodyControlProblems(file, split.body, split.bodyLine));
  if (parsed.data === undefined) return { problems };
  return {
    entry: {
      id,
      file,
      data: parsed.data,
      body: split.body,
      bodyLine: split.bodyLine,
      lineOf: parsed.lineOf,
      sourceOf: parsed.sourceOf,
    },
    problems,
  };
}

/** Read every entry of one content folder; every other name in it is a problem (see folder.ts). */
export function readCollection(
  root: string,
  contentDir: string,
  spec: CollectionFiles,
): ReadResult {
  const entries: RawEntry[] = [];
  const { candidates, problems } = listCollection(root, contentDir, spec);
  for (const { id, path, file } of candidates) {
    const bytes = readEntryBytes(path, file, problems);
    if (bytes === undefined) continue;
    const decoded = decodeContent(bytes, file);
    problems.push(...decoded.problems);
    if (decoded.text === undefined) continue;
    const parsed = parseEntryText(decoded.text, file, id, spec.kind);
    problems.push(...parsed.problems);
    if (parsed.entry) entries.push(parsed.entry);
  }
  return { entries, problems };
}
