/**
 * A small, valid content corpus in a temporary folder, for tests of the
 * checker: the real vocabularies, one real article and one cohort citing it.
 * A test overrides, adds or removes single files and runs the check on it.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, afterEach } from 'vitest';

/** The project root (where content/ and scripts/ live). */
export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');
export const REAL_CONTENT = join(PROJECT_ROOT, 'content');

export const VOCABULARY_FILES = [
  'outlets.yaml',
  'participant-groups.yaml',
  'places.yaml',
  'programmes.yaml',
  'themes.yaml',
] as const;

/** The one real article in the corpus. */
export const ARTICLE_ID = '2019-02-diskominfo-smart-city';
export const ARTICLE_FILE = `articles/${ARTICLE_ID}.md`;
export const ARTICLE_TEXT = readFileSync(join(REAL_CONTENT, ARTICLE_FILE), 'utf8');

/** The cohort written for the corpus: every fact cited from the article above. */
export const COHORT_ID = '2019-02-smart-city';
export const COHORT_FILE = `cohorts/${COHORT_ID}.yaml`;
export const COHORT_TEXT = `programme: scp
theme: smart-city-cybersecurity
status: held
period:
  start: 2019-02-17
  end: 2019-02-23
place: singapore
host: Centre of Liveable Cities (CLC) Singapore
participants:
  - group: asn-kota-jambi
    count: 25
sendoff:
  date: 2019-02-15
  place: Griya Mayang
  by: Syarif Fasha
experts:
  - name: Teo Jing Kok
    role: Deputy Director CLC
  - name: Jamie Foo
site_visits:
  - Punggol Discovery Cube
  - Geoworks
sources:
  - article: ${ARTICLE_ID}
    quote: >-
      Sebanyak 25 orang Aparatur Sipil Negara (ASN) Pemkot Jambi, telah mengikuti pelatihan
      Singapore Cooperation Programme (SCP), Smart City and Cybersecurity, yang berlangsung di
      negara Singapura (17 s.d. 23 Februari 2019).
    supports: [participants.asn-kota-jambi, programme, theme, status, period, place]
  - article: ${ARTICLE_ID}
    quote: >-
      telah dilepas secara resmi oleh Wali Kota Jambi, Dr. H. Syarif Fasha, ME, di Griya Mayang
      (15/2).
    supports: [sendoff.date, sendoff.place, sendoff.by]
  - article: ${ARTICLE_ID}
    quote: >-
      SCP Smart City and Cybersecurity oleh Pemerintah Singapura dilaksanakan oleh Centre of
      Liveable Cities (CLC) Singapore
    supports: [host]
  - article: ${ARTICLE_ID}
    quote: >-
      seperti Mr. Teo Jing Kok (Deputy Director CLC), Ms. Jamie Foo (Smart Nation and Digital
      Government Office)
    supports: [experts]
  - article: ${ARTICLE_ID}
    quote: Punggol Discovery Cube, Geoworks, NCS Pte Ltd
    supports: [site_visits]
`;

/** A valid claim citing the corpus article (not in the corpus unless a test adds it). */
export const CLAIM_TEXT = `metric: participants
value: 150
qualifier: exact
made_on: 2019-02
scope:
  programme: scp
  place: singapore
  window_years: 3
statement:
  id: Dalam 3 tahun terakhir, 150 ASN dikirim dalam 6 angkatan SCP di Singapura.
  en: In the last 3 years, 150 civil servants were sent in 6 SCP cohorts in Singapore.
sources:
  - article: ${ARTICLE_ID}
    quote: >-
      Dalam kurun waktu 3 tahun terakhir, Kota Jambi telah mengirimkan 150 orang ASN yang terbagi
      dalam 6 angkatan SCP yang dilaksanakan di Singapura.
    supports: [value, scope.programme, scope.place, scope.window_years]
`;

/** A valid context event citing the corpus article (not in the corpus unless a test adds it). */
export const CONTEXT_TEXT = `date: 2019-02
date_basis: publication
kind: other
title:
  id: Siaran pers pelatihan Smart City
  en: Press release on the Smart City course
summary:
  id: Siaran pers Pemkot Jambi tentang pelatihan.
  en: The city's press release on the course.
sources:
  - article: ${ARTICLE_ID}
    quote: Pelatihan ini sepenuhnya dibiayai oleh Pemerintah Singapura
    supports: [kind]
`;

/** Front matter and body of a small valid article, for tests that need one of their own. */
export function articleText(
  body: string,
  frontMatter: Record<string, string> = {},
  extraLines = '',
): string {
  const fields: Record<string, string> = {
    title: 'Artikel uji',
    title_basis: 'editorial',
    outlet: 'diskominfo-kota-jambi',
    published: '2019-02',
    url: 'unknown',
    language: 'id',
    kind: 'press-release',
    ...frontMatter,
  };
  const lines = Object.entries(fields).map(([k, v]) => `${k}: ${v}`);
  return `---\n${lines.join('\n')}\n${extraLines}summary:\n  id: Ringkasan.\n  en: Summary.\n---\n\n${body}\n`;
}

export type FileText = string | Uint8Array;

export interface Corpus {
  /** Project root for runCheck: the corpus lives in root/content. */
  root: string;
  /** The content folder. */
  content: string;
  /** Write (or overwrite) a file, path relative to the content folder. */
  write(path: string, text: FileText): void;
  /** Remove a file, path relative to the content folder. */
  remove(path: string): void;
  /** Delete the whole temporary folder. */
  cleanup(): void;
}

/** Every folder made by this test file; deleted when the file's tests end. */
const ROOTS: string[] = [];
afterAll(() => {
  for (const root of ROOTS.splice(0)) rmSync(root, { recursive: true, force: true });
});

/**
 * Build the minimal valid corpus in a new temporary folder. `files` overrides
 * or adds files (paths relative to content/); `null` leaves a file out.
 */
export function makeCorpus(files: Record<string, FileText | null> = {}): Corpus {
  const root = mkdtempSync(join(tmpdir(), 'jejak-corpus-'));
  ROOTS.push(root);
  const content = join(root, 'content');
  const write = (path: string, text: FileText): void => {
    const full = join(content, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  };
  for (const dir of ['articles', 'cohorts', 'claims', 'context', 'vocabularies'])
    mkdirSync(join(content, dir), { recursive: true });
  for (const name of VOCABULARY_FILES) {
    const path = `vocabularies/${name}`;
    if (!(path in files)) copyFileSync(join(REAL_CONTENT, path), join(content, path));
  }
  // The real site profile (content/site.yaml), like the vocabularies.
  if (!('site.yaml' in files))
    copyFileSync(join(REAL_CONTENT, 'site.yaml'), join(content, 'site.yaml'));
  if (!(ARTICLE_FILE in files)) write(ARTICLE_FILE, ARTICLE_TEXT);
  if (!(COHORT_FILE in files)) write(COHORT_FILE, COHORT_TEXT);
  for (const [path, text] of Object.entries(files)) if (text !== null) write(path, text);
  return {
    root,
    content,
    write,
    remove: (path) => rmSync(join(content, path), { force: true }),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

/**
 * Returns a function that makes a corpus as `makeCorpus` does and deletes it
 * after each test of the file that calls this.
 */
export function useCorpora(): (files?: Record<string, FileText | null>) => Corpus {
  const made: Corpus[] = [];
  afterEach(() => {
    for (const c of made.splice(0)) c.cleanup();
  });
  return (files = {}) => {
    const c = makeCorpus(files);
    made.push(c);
    return c;
  };
}
