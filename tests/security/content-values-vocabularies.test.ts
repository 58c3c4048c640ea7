/**
 * One bad term does not drop its vocabulary, for every vocabulary file: the
 * term is reported once, in the vocabulary file, at its line and field; the
 * other terms stay; entries using the bad term's key are not told the key
 * does not exist; and the check still fails. A vocabulary file that cannot
 * be read at all (YAML error, a list, a lone text, not UTF-8, missing) is
 * one problem in that file, never one per entry. An unrelated broken file is
 * still reported in the same run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/lib/check/index.ts';
import type { Problem } from '../../src/lib/check/problem.ts';
import { makeCorpus, REAL_CONTENT, type Corpus, type FileText } from '../helpers/corpus.ts';
import { runNode } from '../helpers/node.ts';

const OTHER = { file: 'claims/other.yaml', text: 'a: 1\na: 2\n' };
const OTHER_PROBLEM = { file: 'content/claims/other.yaml', code: 'yaml-duplicate-key', line: 2 };

const corpora: Corpus[] = [];
afterEach(() => {
  for (const c of corpora.splice(0)) c.cleanup();
});

function corpusWith(files: Record<string, FileText | null>): Corpus {
  const c = makeCorpus({ ...files, [OTHER.file]: OTHER.text });
  corpora.push(c);
  return c;
}

const problemsWith = (files: Record<string, FileText | null>): Problem[] =>
  runCheck(corpusWith(files).root).problems;

/** Each vocabulary, with the key the test corpus uses and a key it does not use. */
const VOCABULARIES = [
  { name: 'themes', used: 'smart-city-cybersecurity', unused: 'water-management' },
  { name: 'programmes', used: 'scp', unused: 'temasek-foundation' },
  { name: 'places', used: 'singapore', unused: 'jambi' },
  { name: 'outlets', used: 'diskominfo-kota-jambi', unused: 'antara' },
  { name: 'participant-groups', used: 'asn-kota-jambi', unused: 'perumdam-tirta-mayang' },
] as const;

const text = (name: string): string =>
  readFileSync(join(REAL_CONTENT, 'vocabularies', `${name}.yaml`), 'utf8');

/** The vocabulary text with the `id:` under the label of `key` misspelt, and the line of it. */
function misspelt(name: string, key: string): { text: string; line: number } {
  const lines = text(name).split('\n');
  const start = lines.indexOf(`${key}:`);
  const at = lines.findIndex((l, i) => i > start && /^ {4}id: /.test(l));
  expect(start, `${key} in ${name}`).toBeGreaterThanOrEqual(0);
  lines[at] = (lines[at] ?? '').replace('id:', 'idd:');
  return { text: lines.join('\n'), line: at + 1 };
}

/** Problems outside the vocabulary file and the unrelated broken file. */
const elsewhere = (problems: Problem[], file: string): Problem[] =>
  problems.filter((p) => p.file !== file && p.file !== OTHER_PROBLEM.file);

describe.each(VOCABULARIES)('$name', ({ name, used, unused }) => {
  const path = `vocabularies/${name}.yaml`;
  const file = `content/${path}`;

  it('a bad term used by entries: one problem at its line and field, no entry reported', () => {
    const broken = misspelt(name, used);
    const problems = problemsWith({ [path]: broken.text });
    const inFile = problems.filter((p) => p.file === file);
    expect(inFile).toEqual([
      expect.objectContaining({
        line: broken.line,
        field: `${used}.label.idd`,
        code: 'schema-unrecognized-keys',
      }),
    ]);
    expect(inFile[0]?.fix.en).toBe('Rename the field idd to id.');
    expect(elsewhere(problems, file)).toEqual([]);
    expect(problems).toContainEqual(expect.objectContaining(OTHER_PROBLEM));
  });

  it('a bad term no entry uses: the used terms stay, and an unknown key is still reported', () => {
    const broken = misspelt(name, unused);
    expect(elsewhere(problemsWith({ [path]: broken.text }), file)).toEqual([]);
    const withoutUsed = text(name).replace(`\n${used}:`, `\n${used}-renamed:`);
    const problems = problemsWith({ [path]: withoutUsed });
    expect(problems.filter((p) => p.code === 'vocabulary-term-unknown').length).toBeGreaterThan(0);
  });

  it('an emptied terms list is reported in the file only', () => {
    const problems = problemsWith({
      [path]: text(name).replace(/(\n {2}terms:)\n(?: {4}- .*\n)+/, '$1 []\n'),
    });
    expect(problems.filter((p) => p.file === file).map((p) => p.code)).toContain(
      'schema-too-small',
    );
    expect(problems.filter((p) => p.code === 'vocabulary-term-unknown')).toEqual([]);
  });

  it.each<[string, FileText | null, string]>([
    ['a YAML error', `${used}: [\n`, 'yaml-syntax'],
    ['a top-level list', `- ${used}\n`, 'schema-invalid-type'],
    ['a lone text', 'istilah\n', 'schema-invalid-type'],
    ['bytes that are not UTF-8', new Uint8Array([0x61, 0x3a, 0x20, 0xff, 0x0a]), 'file-not-utf8'],
    ['no file at all', null, 'vocabulary-missing'],
  ])(
    'a file that cannot be read (%s): one problem saying so, none per entry',
    (_case, body, code) => {
      const problems = problemsWith({ [path]: body });
      const inFile = problems.filter((p) => p.file === file);
      expect(inFile.map((p) => p.code)).toContain(code);
      expect(
        inFile.filter((p) => p.code === 'vocabulary-unreadable' || p.code === 'vocabulary-missing'),
      ).toHaveLength(1);
      expect(elsewhere(problems, file)).toEqual([]);
      expect(problems).toContainEqual(expect.objectContaining(OTHER_PROBLEM));
    },
  );
});

describe('npm run check with one bad term', () => {
  it('fails (exit 1), naming the vocabulary file and no entry', async () => {
    const c = corpusWith({
      'vocabularies/themes.yaml': misspelt('themes', 'smart-city-cybersecurity').text,
    });
    const run = await runNode(['scripts/check.ts', `--content=${c.content}`]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('vocabularies/themes.yaml');
    expect(run.stdout).not.toContain('tidak ada di kosakata');
    expect(run.stdout).not.toContain('cohorts/');
  });
});
