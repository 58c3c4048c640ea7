/**
 * What a YAML content file may hold beyond its syntax: some data (not
 * only comments), no explicit tags but
 * the plain ones of the core schema (!!str, !!int, !!float, !!bool, !!null:
 * they only say how to read a scalar), so that !!binary, !!set, !!omap or
 * !!timestamp never decode into values no schema expects; no infinite or
 * not-a-number values, and no invisible control characters in a key or a value.
 *
 * The walk is iterative and stops descending below `maxDepth`, so no input
 * can exhaust the stack here; the depth itself is refused by yaml.ts.
 */
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import { fieldPath, type Problem } from '../check/problem.ts';
import { controlProblem, findControl, MAX_REPORTED } from './control.ts';

interface Where {
  file: string;
  text: string;
  lineCounter: LineCounter;
  lineOffset: number;
}

function at(where: Where, offset: number): { line: number; column: number } {
  const pos = where.lineCounter.linePos(offset);
  return { line: pos.line + where.lineOffset, column: pos.col };
}

function problem(
  where: Where,
  offset: number | undefined,
  code: string,
  message: Problem['message'],
  fix: Problem['fix'],
  field?: string,
): Problem {
  return {
    file: where.file,
    ...(offset === undefined ? {} : { line: at(where, offset).line }),
    ...(field ? { field } : {}),
    code,
    message,
    fix,
  };
}

/**
 * A file whose data is nothing (only comments, `---` or a lone `~`): no
 * schema can say anything useful about it, and some refinements assume an
 * entry is at least a value. A list or a lone text is left to the schema,
 * which names the whole file.
 */
export function emptyProblems(doc: Document, where: Where): Problem[] {
  const top = doc.contents;
  if (top !== null && !(isScalar(top) && top.value === null)) return [];
  return [
    problem(
      where,
      undefined,
      'file-empty',
      {
        id: 'Berkas tidak berisi data (hanya komentar, baris --- atau nilai kosong).',
        en: 'The file holds no data (only comments, --- lines or an empty value).',
      },
      {
        id: 'Isi berkas dari templat (npm run new) atau hapus berkasnya.',
        en: 'Fill the file from the template (npm run new) or delete it.',
      },
    ),
  ];
}

/** Prefix of the standard (!!) tags; unknown tags are refused by yaml.ts. */
const STANDARD = 'tag:yaml.org,2002:';
/** Standard tags that only choose how a scalar is read. */
const PLAIN_TAGS = new Set(['str', 'int', 'float', 'bool', 'null']);

interface Visit {
  node: unknown;
  path: PropertyKey[];
  depth: number;
}

/** Every node under the top, with its field path, to `maxDepth` levels. */
function* nodes(doc: Document, maxDepth: number): Generator<Visit> {
  const stack: Visit[] = [{ node: doc.contents, path: [], depth: 1 }];
  while (stack.length > 0) {
    const visit = stack.pop();
    if (!visit || visit.node === null || visit.node === undefined) continue;
    yield visit;
    const { node, path, depth } = visit;
    if (depth >= maxDepth) continue;
    const children: Visit[] = [];
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? pair.key.value : '?';
        const step = typeof key === 'number' ? String(key) : String(key as string);
        children.push({ node: pair.key, path, depth: depth + 1 });
        children.push({ node: pair.value, path: [...path, step], depth: depth + 1 });
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) =>
        children.push({ node: item, path: [...path, i], depth: depth + 1 }),
      );
    }
    stack.push(...children.reverse());
  }
}

/** Explicit tags and non-finite numbers, each with its line and field. */
export function valueProblems(doc: Document, where: Where, maxDepth: number): Problem[] {
  const problems: Problem[] = [];
  for (const { node, path } of nodes(doc, maxDepth)) {
    const n = node as Node;
    const field = fieldPath(path) || undefined;
    const tag = n.tag?.startsWith(STANDARD) ? n.tag.slice(STANDARD.length) : undefined;
    if (tag !== undefined && !PLAIN_TAGS.has(tag)) {
      problems.push(
        problem(
          where,
          n.range?.[0],
          'yaml-tag',
          {
            id: `Tanda "!!${tag}" (tag YAML) tidak diizinkan.`,
            en: `YAML tags ("!!${tag}") are not allowed.`,
          },
          {
            id: 'Hapus tag; tulis nilainya sebagai teks biasa.',
            en: 'Remove the tag; write the value as plain text.',
          },
          field,
        ),
      );
    } else if (isScalar(n) && typeof n.value === 'number' && !Number.isFinite(n.value)) {
      problems.push(
        problem(
          where,
          n.range?.[0],
          'yaml-number-special',
          {
            id: `Nilai "${String(n.source ?? '')}" bukan angka biasa (tak hingga atau bukan-angka).`,
            en: `The value "${String(n.source ?? '')}" is not an ordinary number (infinite or not-a-number).`,
          },
          {
            id: 'Tulis angka biasa (mis. 25), atau apit dengan tanda kutip bila maksudnya teks.',
            en: 'Write an ordinary number (e.g. 25), or put it in quotes if it is meant as text.',
          },
          field,
        ),
      );
    }
  }
  return problems;
}

/**
 * Invisible characters anywhere in the text (with the field they are in,
 * when they are in one), and those a double-quoted escape such as "\a"
 * writes into a key or value (at the start of that value).
 */
export function controlProblems(doc: Document, where: Where, maxDepth: number): Problem[] {
  const scalars: { start: number; end: number; field: string | undefined; value: string }[] = [];
  for (const { node, path } of nodes(doc, maxDepth)) {
    if (!isScalar(node) || typeof node.value !== 'string' || !node.range) continue;
    scalars.push({
      start: node.range[0],
      end: node.range[1],
      field: fieldPath(path) || undefined,
      value: node.value,
    });
  }
  const problems: Problem[] = [];
  const raw = findControl(where.text, true);
  for (const { offset, char } of raw) {
    const { line, column } = at(where, offset);
    const scalar = scalars.find((s) => s.start <= offset && offset < s.end);
    problems.push(controlProblem(where.file, char, line, column, scalar?.field));
  }
  for (const s of scalars) {
    if (problems.length >= MAX_REPORTED) break;
    if (raw.some(({ offset }) => s.start <= offset && offset < s.end)) continue;
    const [escaped] = findControl(s.value, true);
    if (!escaped) continue;
    const { line, column } = at(where, s.start);
    problems.push(controlProblem(where.file, escaped.char, line, column, s.field));
  }
  return problems;
}
