/**
 * readVocabularies: terms validated one by one; the keys of bad terms and
 * the vocabularies that could not be read kept as gaps, each reported once
 * in its file.
 */
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/lib/check/problem.ts';
import type { RawEntry } from '../../../src/lib/content/read.ts';
import { readVocabularies } from '../../../src/lib/content/vocabularies.ts';
import { parseYaml } from '../../../src/lib/content/yaml.ts';
import { vocabularyNames } from '../../../src/schemas/vocabulary.ts';

const TERM = (id: string) => `  label:\n    id: ${id}\n    en: ${id}\n  terms: [${id}]\n`;
const fileOf = (name: string) => `content/vocabularies/${name}.yaml`;
/** The vocabulary whose terms must also say whose people they count, and that line for a term. */
const GROUPS = 'participant-groups';
const OWN = '  body: own\n';

function entry(name: string, text: string): RawEntry {
  const file = fileOf(name);
  const parsed = parseYaml(text, file);
  expect(parsed.problems).toEqual([]);
  return { id: name, file, data: parsed.data, lineOf: parsed.lineOf, sourceOf: parsed.sourceOf };
}

/** Every vocabulary with one good term, then `over` in place of some. */
function read(over: Record<string, string | null>, readProblems: Problem[] = []) {
  const entries = vocabularyNames
    .filter((n) => over[n] !== null)
    .map((n) => entry(n, over[n] ?? `good:\n${TERM('Baik')}${n === GROUPS ? OWN : ''}`));
  return readVocabularies(entries, readProblems, (n) => [
    fileOf(n),
    fileOf(n).replace('.yaml', '.yml'),
  ]);
}

describe('readVocabularies', () => {
  it('reads every term of valid files, with no gaps and no problems', () => {
    const r = read({ themes: `a:\n${TERM('A')}b:\n${TERM('B')}` });
    expect([...r.vocabularies.themes.keys()]).toEqual(['a', 'b']);
    expect(r.vocabularies.places.get('good')?.label.en).toBe('Baik');
    expect(r.gaps.themes).toEqual({ rejected: new Set(), unread: false });
    expect(r.problems).toEqual([]);
  });

  it('keeps the good terms of a file with a bad one, and the bad key as a gap', () => {
    const r = read({
      themes: `a:\n${TERM('A')}b:\n  label:\n    idd: B\n    en: B\n  terms: [b]\n`,
    });
    expect([...r.vocabularies.themes.keys()]).toEqual(['a']);
    expect(r.gaps.themes).toEqual({ rejected: new Set(['b']), unread: false });
    expect(r.problems.map((p) => [p.field, p.line, p.code])).toEqual([
      ['b.label.idd', 8, 'schema-unrecognized-keys'],
    ]);
  });

  it('reports each bad term on its own, an invalid key among them', () => {
    const r = read({
      programmes: `Bad_Key:\n${TERM('X')}ok:\n${TERM('Ok')}empty:\n  label: {id: a, en: b}\n  terms: []\n`,
    });
    expect([...r.vocabularies.programmes.keys()]).toEqual(['ok']);
    expect(r.gaps.programmes.rejected).toEqual(new Set(['Bad_Key', 'empty']));
    expect(r.problems.map((p) => p.code).sort()).toEqual([
      'schema-invalid-key',
      'schema-too-small',
    ]);
  });

  it.each([
    ['a list', '- a\n- b\n'],
    ['a lone text', 'istilah\n'],
    ['a number', '25\n'],
  ])('takes a file holding %s as unread: its problem and one saying so', (_name, text) => {
    const r = read({ places: text });
    expect(r.vocabularies.places.size).toBe(0);
    expect(r.gaps.places.unread).toBe(true);
    expect(r.problems.map((p) => [p.file, p.code])).toEqual([
      [fileOf('places'), 'schema-invalid-type'],
      [fileOf('places'), 'vocabulary-unreadable'],
    ]);
  });

  it('takes a file the reader could not read as unread, in the file it names', () => {
    const failed: Problem = {
      file: 'content/vocabularies/outlets.yml',
      code: 'yaml-syntax',
      message: { id: 'x', en: 'x' },
      fix: { id: 'x', en: 'x' },
    };
    const r = read({ outlets: null }, [failed]);
    expect(r.gaps.outlets.unread).toBe(true);
    expect(r.problems).toEqual([
      expect.objectContaining({
        file: 'content/vocabularies/outlets.yml',
        code: 'vocabulary-unreadable',
      }),
    ]);
  });

  it('reports a missing file once, at the path it should have', () => {
    const unrelated: Problem = {
      file: 'content/vocabularies/sub/themes.yaml',
      code: 'file-in-subfolder',
      message: { id: 'x', en: 'x' },
      fix: { id: 'x', en: 'x' },
    };
    const r = read({ themes: null }, [unrelated]);
    expect(r.gaps.themes.unread).toBe(true);
    expect(r.problems).toEqual([
      expect.objectContaining({ file: fileOf('themes'), code: 'vocabulary-missing' }),
    ]);
    expect(r.problems[0]?.fix.en).toContain('git checkout -- content/vocabularies/themes.yaml');
  });

  it('validates a file of an unknown name and reports the name', () => {
    const r = readVocabularies(
      [
        ...vocabularyNames.map((n) => entry(n, `good:\n${TERM('Baik')}${n === GROUPS ? OWN : ''}`)),
        entry('colours', `merah:\n  label: {id: a}\n  terms: [x]\n`),
      ],
      [],
      (n) => [fileOf(n)],
    );
    expect(r.problems.map((p) => p.code).sort()).toEqual([
      'schema-invalid-type',
      'vocabulary-unknown',
    ]);
  });

  it('refuses a participant group that does not say whose people it counts, at its line', () => {
    const r = read({
      [GROUPS]: `asn:\n${TERM('ASN')}${OWN}staf:\n${TERM('Staf')}lain:\n${TERM('Lain')}  body: lain\n`,
    });
    expect([...r.vocabularies[GROUPS].keys()]).toEqual(['asn']);
    expect(r.gaps[GROUPS].rejected).toEqual(new Set(['staf', 'lain']));
    expect(r.problems.map((p) => [p.field, p.line, p.code])).toEqual([
      ['staf.body', 8, 'schema-custom'],
      ['lain.body', 17, 'schema-invalid-union'],
    ]);
    expect(r.problems[0]?.message.id).toContain('tidak menyebut lembaga asal pesertanya (body)');
    expect(r.problems[0]?.fix.id).toContain('body: own');
  });

  it('asks no body of the terms of other vocabularies', () => {
    expect(read({ themes: `a:\n${TERM('A')}` }).problems).toEqual([]);
  });

  it('an empty mapping is read, with no terms and no gap', () => {
    const r = read({ themes: '{}\n' });
    expect(r.vocabularies.themes.size).toBe(0);
    expect(r.gaps.themes.unread).toBe(false);
    expect(r.problems).toEqual([]);
  });
});
