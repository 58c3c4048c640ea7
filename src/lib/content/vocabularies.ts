/**
 * The controlled vocabularies (content/vocabularies/<name>.yaml), validated
 * term by term. A term that fails its schema is reported in its file, at its
 * line and field, and left out, while the other terms of the file stay; its
 * key is kept as a gap, so that an entry using that key is not also told the
 * key does not exist. A vocabulary file that is missing, or that cannot be
 * read as terms (a YAML error, a list, a lone text), is one problem in that
 * file, and no entry is checked against that vocabulary until it is fixed.
 * Every gap is a reported problem, so content with one never passes the check.
 */
import type { Problem } from '../check/problem.ts';
import { validateEntry } from '../check/schema-issues.ts';
import { vocabularyNames, type Term, type VocabularyName } from '../../schemas/vocabulary.ts';
import type { Vocabularies } from '../data/types.ts';
import { vocabularyFileSchemaOf } from './collections.ts';
import { fileProblem } from './problems.ts';
import type { RawEntry } from './read.ts';

/** What of one vocabulary could not be taken in; each is reported in the vocabulary's file. */
export interface VocabularyGap {
  /** Keys written in the file whose term failed its schema. */
  rejected: ReadonlySet<string>;
  /** The file is missing or holds no terms that could be read. */
  unread: boolean;
}

export type VocabularyGaps = { readonly [Name in VocabularyName]: VocabularyGap };

const isMapping = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The valid terms of one vocabulary file, the keys of the invalid ones, and their problems. */
function termsOf(entry: RawEntry): {
  terms: Map<string, Term>;
  rejected: Set<string>;
  unread: boolean;
  problems: Problem[];
} {
  const validate = (data: unknown) =>
    validateEntry(vocabularyFileSchemaOf(entry.id), data, entry.file, entry.lineOf, entry.sourceOf);
  if (!isMapping(entry.data)) {
    const { problems } = validate(entry.data);
    return { terms: new Map(), rejected: new Set(), unread: true, problems };
  }
  const terms = new Map<string, Term>();
  const rejected = new Set<string>();
  const problems: Problem[] = [];
  for (const [key, value] of Object.entries(entry.data)) {
    const result = validate(Object.fromEntries([[key, value]]));
    problems.push(...result.problems);
    const term = result.value?.[key];
    if (term) terms.set(key, term);
    else rejected.add(key);
  }
  return { terms, rejected, unread: false, problems };
}

function unknownVocabulary(entry: RawEntry): Problem {
  return fileProblem(
    entry.file,
    'vocabulary-unknown',
    `Kosakata "${entry.id}" tidak dikenal.`,
    `Unknown vocabulary "${entry.id}".`,
    `Nama berkas kosakata harus salah satu dari: ${vocabularyNames.join(', ')}.`,
    `A vocabulary file must be one of: ${vocabularyNames.join(', ')}.`,
  );
}

function missing(name: VocabularyName, file: string): Problem {
  return fileProblem(
    file,
    'vocabulary-missing',
    `Berkas kosakata ${name} tidak ada, jadi istilah ${name} yang dipakai entri belum diperiksa.`,
    `The ${name} vocabulary file is missing, so the ${name} terms entries use are not checked.`,
    `Buat berkas ini (atau kembalikan dari git: git checkout -- ${file}), lalu jalankan pemeriksaan lagi.`,
    `Create this file (or restore it from git: git checkout -- ${file}), then run the check again.`,
  );
}

function unread(name: VocabularyName, file: string): Problem {
  return fileProblem(
    file,
    'vocabulary-unreadable',
    `Kosakata ${name} tidak dapat dibaca, jadi istilah ${name} yang dipakai entri belum diperiksa.`,
    `The ${name} vocabulary cannot be read, so the ${name} terms entries use are not checked.`,
    'Perbaiki masalah lain di berkas ini (berkas ini berisi daftar "kunci:" dengan label dan terms di bawahnya), lalu jalankan pemeriksaan lagi.',
    'Fix the other problems in this file (it holds "key:" lines, each with its label and terms below), then run the check again.',
  );
}

/**
 * Every vocabulary from its read file (`entries`, one per name), with the
 * gaps and the problems of its terms. `filesOf(name)` lists the paths the
 * vocabulary's file may have, preferred first: a file with none of them is
 * missing, and one that was found but not read (its problem is among
 * `readProblems`) is unread.
 */
export function readVocabularies(
  entries: readonly RawEntry[],
  readProblems: readonly Problem[],
  filesOf: (name: VocabularyName) => string[],
): { vocabularies: Vocabularies; gaps: VocabularyGaps; problems: Problem[] } {
  const problems: Problem[] = [];
  const vocabularies = {} as Record<VocabularyName, ReadonlyMap<string, Term>>;
  const gaps = {} as Record<VocabularyName, VocabularyGap>;
  const read = new Map<string, ReturnType<typeof termsOf>>();
  for (const entry of entries) {
    const result = termsOf(entry);
    problems.push(...result.problems);
    if ((vocabularyNames as readonly string[]).includes(entry.id)) read.set(entry.id, result);
    else problems.push(unknownVocabulary(entry));
  }
  for (const name of vocabularyNames) {
    const result = read.get(name);
    const files = filesOf(name);
    const entry = entries.find((e) => e.id === name);
    vocabularies[name] = result?.terms ?? new Map();
    gaps[name] = { rejected: result?.rejected ?? new Set(), unread: !result || result.unread };
    if (result && !result.unread) continue;
    const failed = readProblems.find((p) => files.includes(p.file));
    const file = entry?.file ?? failed?.file;
    problems.push(file === undefined ? missing(name, files[0] ?? name) : unread(name, file));
  }
  return { vocabularies, gaps, problems };
}
