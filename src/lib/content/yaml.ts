/**
 * Strict, bounded YAML reading for content files. Anchors and aliases, keys
 * that could reach an object prototype, custom tags, duplicate keys and deep
 * nesting are refused: editors never need them, and each can be abused.
 */
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
} from 'yaml';
import type { Problem } from '../check/problem.ts';
import { controlProblems, emptyProblems, valueProblems } from './yaml-checks.ts';

export const MAX_DEPTH = 12;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface ParsedYaml {
  /** The data, or undefined when the YAML could not be read. */
  data: unknown;
  /** 1-based line of the node at a path, or of its nearest existing parent. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** The text of the scalar at a path as written (`1.500`, `"25"`), when there is one. */
  sourceOf(path: readonly PropertyKey[]): string | undefined;
  problems: Problem[];
}

function yamlProblem(
  file: string,
  line: number | undefined,
  code: string,
  id: string,
  en: string,
  fixId: string,
  fixEn: string,
): Problem {
  return {
    file,
    ...(line === undefined ? {} : { line }),
    code,
    message: { id, en },
    fix: { id: fixId, en: fixEn },
  };
}

/** Plain words for the YAML mistakes people make most, by the parser's error code. */
const SYNTAX_HINTS: Partial<
  Record<string, { id: string; en: string; fixId: string; fixEn: string }>
> = {
  BLOCK_AS_IMPLICIT_KEY: {
    id: 'nilai berisi titik dua dan spasi (": ")',
    en: 'a value contains a colon and a space (": ")',
    fixId: 'Apit nilai itu dengan tanda kutip, mis. title: "Contoh: 30 ASN …".',
    fixEn: 'Put that value in quotes, e.g. title: "Example: 30 ASN …".',
  },
  TAB_AS_INDENT: {
    id: 'ada tab di awal baris',
    en: 'a line starts with a tab',
    fixId: 'Ganti tab dengan spasi (dua spasi per tingkat).',
    fixEn: 'Replace the tab with spaces (two per level).',
  },
  MISSING_CHAR: {
    id: 'tanda kutip atau kurung tidak ditutup',
    en: 'a quote or bracket is not closed',
    fixId: 'Tutup tanda kutip atau kurung yang dibuka pada baris ini atau sebelumnya.',
    fixEn: 'Close the quote or bracket opened on this line or before it.',
  },
  MULTIPLE_DOCS: {
    id: 'berkas berisi lebih dari satu dokumen (ada baris --- di tengah)',
    en: 'the file holds more than one document (a --- line in the middle)',
    fixId: 'Hapus baris --- di tengah; satu berkas berisi satu entri.',
    fixEn: 'Remove the --- line in the middle; one file holds one entry.',
  },
  BAD_INDENT: {
    id: 'indentasi tidak rata',
    en: 'the indentation is uneven',
    fixId: 'Samakan jumlah spasi di awal baris ini dengan baris lain pada tingkat yang sama.',
    fixEn: 'Give this line the same number of leading spaces as the other lines at its level.',
  },
};

/** The problem for nesting deeper than MAX_DEPTH. */
function tooDeep(file: string, line: number | undefined): Problem {
  return yamlProblem(
    file,
    line,
    'yaml-too-deep',
    `Struktur bersarang terlalu dalam (lebih dari ${MAX_DEPTH} tingkat).`,
    `Nesting is too deep (more than ${MAX_DEPTH} levels).`,
    'Sederhanakan struktur sesuai templat.',
    'Simplify the structure to match the template.',
  );
}

/** Words of the parser that mean nothing to an editor: its own function names and type names. */
const PARSER_JARGON =
  /parseAllDocuments|call stack|\b(?:null|undefined|object|Buffer|\w*Error)\b|[A-Z]\w*\.\w+\(/;

/** The parser's own first line, in parentheses, unless it speaks in its own terms. */
function parserWords(message: string): string {
  const first = message.split('\n')[0] ?? '';
  return first === '' || PARSER_JARGON.test(first) ? '' : ` (${first})`;
}

/**
 * Parse YAML text. `lineOffset` is added to every line (the front matter of a
 * Markdown file starts on line 2).
 */
export function parseYaml(text: string, file: string, lineOffset = 0): ParsedYaml {
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, {
      lineCounter,
      // Duplicate keys are found by the walk below: the parser's own check takes time
      // that grows with the square of the number of keys.
      uniqueKeys: false,
      strict: true,
      prettyErrors: false,
      schema: 'core',
      customTags: [],
      keepSourceTokens: false,
    });
  } catch {
    // The parser recurses once per level of block nesting; thousands of levels exhaust its stack.
    return {
      data: undefined,
      lineOf: () => undefined,
      sourceOf: () => undefined,
      problems: [tooDeep(file, undefined)],
    };
  }
  const lineAt = (offset: number | undefined): number | undefined =>
    offset === undefined ? undefined : lineCounter.linePos(offset).line + lineOffset;
  const problems: Problem[] = [];

  for (const err of [...doc.errors, ...doc.warnings]) {
    const line = lineAt(err.pos[0]);
    if (err.code === 'TAG_RESOLVE_FAILED') {
      problems.push(
        yamlProblem(
          file,
          line,
          'yaml-tag',
          'Tanda "!" (tag YAML) tidak diizinkan.',
          'YAML tags ("!") are not allowed.',
          'Hapus tag; tulis nilainya sebagai teks biasa.',
          'Remove the tag; write the value as plain text.',
        ),
      );
    } else {
      const what = SYNTAX_HINTS[err.code];
      problems.push(
        yamlProblem(
          file,
          line,
          'yaml-syntax',
          `YAML tidak dapat dibaca${what ? `: ${what.id}` : ''}${parserWords(err.message)}`,
          `YAML cannot be read${what ? `: ${what.en}` : ''}${parserWords(err.message)}`,
          what?.fixId ??
            'Periksa indentasi (spasi, bukan tab), titik dua setelah nama kolom, dan tanda kutip yang berpasangan.',
          what?.fixEn ??
            'Check indentation (spaces, not tabs), the colon after each field name, and matching quotes.',
        ),
      );
    }
  }

  let refused = false;
  const walk = (node: unknown, depth: number): void => {
    if (refused || node === null || node === undefined) return;
    if (depth > MAX_DEPTH) {
      refused = true;
      problems.push(tooDeep(file, lineAt((node as Node).range?.[0])));
      return;
    }
    if (isAlias(node)) {
      refused = true;
      problems.push(
        yamlProblem(
          file,
          lineAt(node.range?.[0]),
          'yaml-alias',
          'Alias YAML (*nama) tidak diizinkan.',
          'YAML aliases (*name) are not allowed.',
          'Tulis nilainya langsung, tanpa & dan *.',
          'Write the value out in full, without & and *.',
        ),
      );
      return;
    }
    const n = node as Node;
    if ('anchor' in n && n.anchor) {
      refused = true;
      problems.push(
        yamlProblem(
          file,
          lineAt(n.range?.[0]),
          'yaml-alias',
          'Anchor YAML (&nama) tidak diizinkan.',
          'YAML anchors (&name) are not allowed.',
          'Hapus &nama dan tulis nilainya langsung.',
          'Remove &name and write the value out in full.',
        ),
      );
      return;
    }
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (isScalar(pair.key) && seen.has(key))
          problems.push(
            yamlProblem(
              file,
              lineAt(pair.key.range?.[0]),
              'yaml-duplicate-key',
              'Kunci yang sama ditulis dua kali.',
              'The same key is written twice.',
              'Hapus salah satu baris dengan kunci yang sama.',
              'Remove one of the two lines with the same key.',
            ),
          );
        seen.add(key);
        if (typeof key === 'string' && FORBIDDEN_KEYS.has(key)) {
          problems.push(
            yamlProblem(
              file,
              lineAt((pair.key as Node).range?.[0]),
              'yaml-forbidden-key',
              `Nama kolom "${key}" tidak diizinkan.`,
              `The key "${key}" is not allowed.`,
              'Hapus baris ini; gunakan hanya kolom dari templat.',
              'Remove this line; use only the fields of the template.',
            ),
          );
          refused = true;
          return;
        }
        if (!isScalar(pair.key)) {
          walk(pair.key, depth + 1);
        }
        walk(pair.value, depth + 1);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) walk(item, depth + 1);
    }
  };
  walk(doc.contents, 1);

  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    // The line of the key itself, when the last step of the path names a key of a map.
    const parent = doc.getIn(path.slice(0, -1) as unknown[], true);
    const last = path.at(-1);
    if (path.length > 0 && isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === last);
      const offset = (pair?.key as Node | undefined)?.range?.[0];
      if (offset !== undefined) return lineAt(offset);
    }
    for (let len = path.length; len >= 0; len--) {
      const node = doc.getIn(path.slice(0, len) as unknown[], true) as Node | undefined;
      const offset = node?.range?.[0];
      if (offset !== undefined) return lineAt(offset);
    }
    return undefined;
  };

  const sourceOf = (path: readonly PropertyKey[]): string | undefined => {
    const node = doc.getIn(path as unknown[], true);
    return isScalar(node) && node.range ? text.slice(node.range[0], node.range[1]) : undefined;
  };

  const where = { file, text, lineCounter, lineOffset };
  if (problems.length === 0) problems.push(...emptyProblems(doc, where));
  if (problems.length === 0) problems.push(...valueProblems(doc, where, MAX_DEPTH));
  const invisible = controlProblems(doc, where, MAX_DEPTH);
  if (problems.length > 0)
    return { data: undefined, lineOf, sourceOf, problems: [...problems, ...invisible] };
  return { data: doc.toJS({ maxAliasCount: 0 }), lineOf, sourceOf, problems: invisible };
}
