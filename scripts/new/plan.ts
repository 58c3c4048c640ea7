/**
 * From answers to files: what `npm run new` will create or append, what is
 * wrong with the answers (then nothing is written), and what the editor
 * still has to fill in. Pure: the content and the files it needs are given.
 */
import { join, posix, relative, dirname, sep } from 'node:path';
import type { Bilingual } from '../../src/lib/check/problem.ts';
import type { LoadedContent } from '../../src/lib/content/load.ts';
import type { Answers } from './options.ts';
import type { Checked } from './validate.ts';

/** Everything the plan needs from the project, so that it stays pure. */
export interface ScaffoldEnv {
  /** Project root (paths in problems and messages are relative to it). */
  root: string;
  /** The content folder written into. */
  contentDir: string;
  /** Folder of the generated JSON Schemas (public/schemas). */
  schemaDir: string;
  /** The content as it is now. */
  content: LoadedContent;
  /** A file's text, or undefined when there is no such file. */
  readFile(path: string): string | undefined;
  /** The day offered as the capture day (YYYY-MM-DD); default today in Western Indonesia Time. */
  today?: string;
}

export type EntryKind = 'article' | 'cohort' | 'claim' | 'vocabulary';

export interface FileChange {
  /** Absolute path. */
  path: string;
  /** `create` never replaces a file; `append` only adds to one whose text is `before`. */
  kind: 'create' | 'append';
  what: EntryKind;
  text: string;
  /** For appends: the text the change was made from. */
  before?: string;
  /** What the change adds, as data: for the review before writing. */
  data?: unknown;
}

export interface Todo {
  /** Absolute path of the file concerned. */
  path: string;
  /** What is left to do, Indonesian and English. */
  item: Bilingual;
}

export interface Plan {
  changes: FileChange[];
  /** Answers that cannot be used; when there is any, nothing may be written. */
  errors: Bilingual[];
  /** What is left to fill in or to check by hand. */
  todo: Todo[];
}

/** An empty plan to fill. */
export function emptyPlan(): Plan {
  return { changes: [], errors: [], todo: [] };
}

/** Path of an entry file in the content folder. */
export function entryPath(env: ScaffoldEnv, dir: string, id: string, ext: string): string {
  return join(env.contentDir, dir, `${id}${ext}`);
}

/** The `$schema` path for a YAML file at `path`, relative to it (forward slashes). */
export function schemaRef(env: ScaffoldEnv, path: string, schemaFile: string): string {
  return relative(dirname(path), join(env.schemaDir, schemaFile)).split(sep).join(posix.sep);
}

/** Refuse a new file that would replace an existing one, or reuse an id. */
export function checkNew(
  env: ScaffoldEnv,
  plan: Plan,
  path: string,
  id: string,
  flag: string,
): boolean {
  const shown = relative(env.root, path).split(sep).join('/');
  if (env.readFile(path) !== undefined || plan.changes.some((c) => c.path === path)) {
    plan.errors.push({
      id: `Berkas ${shown} sudah ada. npm run new tidak pernah menimpa berkas: pilih nama lain dengan --${flag}=…, atau ubah berkas itu langsung.`,
      en: `${shown} already exists. npm run new never overwrites a file: choose another name with --${flag}=…, or edit that file directly.`,
    });
    return false;
  }
  const { content } = env;
  const used = [...content.cohorts, ...content.claims, ...content.context].find((e) => e.id === id);
  if (used && !path.includes(`${sep}articles${sep}`)) {
    plan.errors.push({
      id: `Id "${id}" sudah dipakai oleh ${used.file}: pilih nama lain dengan --${flag}=….`,
      en: `Id "${id}" is already used by ${used.file}: choose another name with --${flag}=….`,
    });
    return false;
  }
  return true;
}

/** A required answer that is missing, as an error naming its flag and question. */
export function missing(plan: Plan, flag: keyof Answers, id: string, en: string): void {
  plan.errors.push({
    id: `${id} belum diisi (--${String(flag)}=…).`,
    en: `${en} is missing (--${String(flag)}=…).`,
  });
}

/** Use a checked answer's value, or record its problem in the plan. */
export function take<T>(plan: Plan, checked: Checked<T>): T | undefined {
  if (checked.ok) return checked.value;
  plan.errors.push(checked.problem);
  return undefined;
}
