/**
 * Random mutations of a copy of the real content, for the property tests of
 * the check: each mutation changes one file (its bytes or its name) and can
 * be undone, so one copy serves thousands of runs.
 */
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { REAL_CONTENT } from '../helpers/corpus.ts';
import { valueMistake } from './value-mistakes.ts';

/** A copy of the real content: root/content, and the relative path of every file in it. */
export interface Copy {
  root: string;
  content: string;
  files: string[];
  cleanup(): void;
}

export function copyRealContent(): Copy {
  const root = mkdtempSync(join(tmpdir(), 'jejak-property-'));
  const content = join(root, 'content');
  cpSync(REAL_CONTENT, content, { recursive: true });
  const files = readdirSync(content, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name).slice(content.length + 1))
    .sort();
  return { root, content, files, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** What to do to one file's bytes (positions are fractions of its length). */
export type Edit =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; at: number; byte: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'duplicate-line' | 'delete-line'; at: number }
  | { kind: 'value'; at: number; text: string }
  | { kind: 'rename'; to: string };

export interface Mutation {
  /** Index into Copy.files (modulo their number). */
  file: number;
  edit: Edit;
}

const fraction = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const control = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));
const surrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const nesting = fc
  .tuple(
    fc.constantFrom('>', '[', '{a: ', '- ', '  ', '*', '[a](', '> - '),
    fc.integer({ min: 1, max: 6000 }),
  )
  .map(([unit, n]) => unit.repeat(n));
/** Characters that show as nothing: soft hyphen, zero-width ones, word joiner, BOM, direction marks. */
const invisible = fc.constantFrom(
  '\u00ad',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u202e',
  '\u2060',
  '\u2066',
  '\ufeff',
);
const unicode = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ unit: invisible, minLength: 1, maxLength: 4 }),
  fc.string({
    unit: fc.oneof(control, surrogate, fc.constantFrom('\u2028', '\u2029', '\u007f', '\uFEFF')),
    maxLength: 8,
  }),
  fc.constantFrom(
    '!!binary aGk=',
    '!!set',
    '!foo ',
    '&a ',
    '*a',
    '.inf',
    '.nan',
    '---\n',
    '~',
    ': ',
    '\t',
    '"',
    "'",
    '#',
  ),
);
const newName = fc.oneof(
  fc
    .string({ unit: 'binary', maxLength: 12 })
    .filter((s) => s !== '' && !s.includes('/') && !s.includes('\0') && s !== '.' && s !== '..'),
  fc.constantFrom(
    '_draft.yaml',
    '.hidden.md',
    'x.txt',
    'x.json',
    'Bad Name.yaml',
    'sub/x.yaml',
    'y.yml',
    'x.mdx',
    'README.md',
  ),
);

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  file: fc.nat(),
  edit: fc.oneof(
    fc.record({ kind: fc.constant('truncate' as const), at: fraction }),
    fc.record({
      kind: fc.constant('flip' as const),
      at: fraction,
      byte: fc.integer({ min: 0, max: 255 }),
    }),
    fc.record({
      kind: fc.constant('insert' as const),
      at: fraction,
      text: fc.oneof(nesting, unicode),
    }),
    fc.record({
      kind: fc.constantFrom('duplicate-line' as const, 'delete-line' as const),
      at: fraction,
    }),
    fc.record({ kind: fc.constant('value' as const), at: fraction, text: valueMistake }),
    fc.record({ kind: fc.constant('rename' as const), to: newName }),
  ),
});

/**
 * The text with the value of one `name: value` line replaced by `value`: the
 * line at `at` (a fraction) among those that hold a value and that `pick`
 * takes (by the field's name and the line's indentation).
 */
export function withValue(
  text: string,
  at: number,
  value: string,
  pick: (name: string, indent: number) => boolean = () => true,
): string {
  const lines = text.split('\n');
  const holding = lines.flatMap((line, i) => {
    const m = /^(\s*)((?:- )?)([\w.-]+):[ \t]+\S/.exec(line);
    return m && pick(m[3] ?? '', (m[1] ?? '').length + (m[2] ?? '').length)
      ? [{ i, head: `${m[1] ?? ''}${m[2] ?? ''}${m[3] ?? ''}:` }]
      : [];
  });
  const target = holding[Math.floor(at * holding.length)];
  if (!target) return text;
  lines[target.i] = `${target.head} ${value}`;
  return lines.join('\n');
}

function edited(bytes: Buffer, edit: Exclude<Edit, { kind: 'rename' }>): Buffer {
  const at = Math.floor(edit.at * bytes.length);
  switch (edit.kind) {
    case 'truncate':
      return bytes.subarray(0, at);
    case 'flip': {
      const out = Buffer.from(bytes);
      if (out.length > 0) out[at] = edit.byte;
      return out;
    }
    case 'insert':
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(edit.text), bytes.subarray(at)]);
    case 'value':
      return Buffer.from(withValue(bytes.toString('utf8'), edit.at, edit.text));
    default: {
      const lines = bytes.toString('latin1').split('\n');
      const i = Math.floor(edit.at * lines.length);
      if (edit.kind === 'duplicate-line') lines.splice(i, 0, lines[i] ?? '');
      else lines.splice(i, 1);
      return Buffer.from(lines.join('\n'), 'latin1');
    }
  }
}

/** Apply mutations to the copy; returns the function that restores it. */
export function apply(copy: Copy, mutations: readonly Mutation[]): () => void {
  const undo: (() => void)[] = [];
  const touched = new Set<string>();
  for (const { file, edit } of mutations) {
    const rel = copy.files[file % copy.files.length] ?? '';
    if (touched.has(rel)) continue;
    touched.add(rel);
    const path = join(copy.content, rel);
    const original = readFileSync(path);
    if (edit.kind === 'rename') {
      const target = join(dirname(path), edit.to);
      if (copy.files.includes(join(dirname(rel), edit.to))) continue;
      mkdirSync(dirname(target), { recursive: true });
      renameSync(path, target);
      undo.push(() => {
        rmSync(target, { force: true });
        writeFileSync(path, original);
        if (edit.to.includes('/')) rmSync(dirname(target), { recursive: true, force: true });
      });
    } else {
      writeFileSync(path, edited(original, edit));
      undo.push(() => writeFileSync(path, original));
    }
  }
  return () => {
    for (const u of undo.reverse()) u();
  };
}

/** Words of libraries and runtimes that must never reach an editor. */
export const JARGON =
  /\b(?:parseAllDocuments|Buffer|object|null|undefined|TypeError|RangeError|NaN)\b|\[object |Maximum call stack/;
