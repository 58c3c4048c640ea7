/**
 * Nothing under content/ vanishes: every name is read or reported. Names
 * that are not UTF-8, files the reader does not take (other extensions,
 * hidden and _ files, subfolders, links, pipes), unknown or misspelt
 * folders, missing and empty collections. Each case asserts the exact code
 * and name of its problem, and that an unrelated broken file is still
 * reported in the same run.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/lib/check/index.ts';
import { COHORT_FILE, COHORT_TEXT, makeCorpus, type Corpus } from '../helpers/corpus.ts';

const OTHER_PROBLEM = { file: 'content/claims/other.yaml', code: 'yaml-duplicate-key', line: 2 };

const corpora: Corpus[] = [];
afterEach(() => {
  for (const c of corpora.splice(0)) c.cleanup();
});

interface Case {
  /** Changes the corpus (paths relative to its content folder). */
  setup(c: Corpus): void;
  /** [file, code] of each problem that must be reported. */
  expected: [string, string][];
}

const bytesName = (c: Corpus, dir: string, name: number[]): void =>
  writeFileSync(
    Buffer.concat([Buffer.from(join(c.content, dir, '/')), Buffer.from(name)]),
    'a: 1\n',
  );

const CASES: Record<string, Case> = {
  'a name with a 0xFF byte': {
    setup: (c) => bytesName(c, 'cohorts', [0x66, 0xff, 0x2e, 0x79, 0x61, 0x6d, 0x6c]),
    expected: [['content/cohorts/f\uFFFD.yaml', 'file-name-encoding']],
  },
  'a Latin-1 name in articles': {
    setup: (c) => bytesName(c, 'articles', [0x63, 0x61, 0x66, 0xe9, 0x2e, 0x6d, 0x64]),
    expected: [['content/articles/caf\uFFFD.md', 'file-name-encoding']],
  },
  'a name that is not UTF-8 at the top of content/': {
    setup: (c) => bytesName(c, '.', [0xc0, 0xaf, 0x2e, 0x79, 0x61, 0x6d, 0x6c]),
    expected: [['content/\uFFFD\uFFFD.yaml', 'file-name-encoding']],
  },
  '.txt, .docx and .json files': {
    setup: (c) => {
      c.write('articles/notes.txt', 'x');
      c.write('articles/draft.docx', 'x');
      c.write('claims/x.json', '{}');
    },
    expected: [
      ['content/articles/draft.docx', 'file-extension'],
      ['content/articles/notes.txt', 'file-extension'],
      ['content/claims/x.json', 'file-extension'],
    ],
  },
  'a .yml cohort is read': {
    setup: (c) => c.write('cohorts/x.yml', 'a: 1\n'),
    expected: [['content/cohorts/x.yml', 'schema-unrecognized-keys']],
  },
  'files in a subfolder': {
    setup: (c) => {
      c.write('cohorts/old/2019.yaml', COHORT_TEXT);
      c.write('vocabularies/extra/themes.yaml', 'a: b\n');
    },
    expected: [
      ['content/cohorts/old/', 'file-subfolder'],
      ['content/vocabularies/extra/', 'file-subfolder'],
    ],
  },
  '_ and hidden files; .DS_Store and README.md pass': {
    setup: (c) => {
      c.write('articles/_draft.md', 'x');
      c.write('cohorts/.backup.yaml', COHORT_TEXT);
      c.write('cohorts/.DS_Store', 'x');
      c.write('cohorts/README.md', '# Catatan');
    },
    expected: [
      ['content/articles/_draft.md', 'file-hidden'],
      ['content/cohorts/.backup.yaml', 'file-hidden'],
    ],
  },
  'misspelt collection folders': {
    setup: (c) => {
      c.write('cohort/x.yaml', COHORT_TEXT);
      c.write('Cohorts/x.yaml', COHORT_TEXT);
      c.write('article/x.md', 'x');
      c.write('vocabulary/themes.yaml', 'x');
      c.write('drafts/x.md', 'x');
    },
    expected: [
      ['content/Cohorts/', 'folder-unknown'],
      ['content/article/', 'folder-unknown'],
      ['content/cohort/', 'folder-unknown'],
      ['content/drafts/', 'folder-unknown'],
      ['content/vocabulary/', 'folder-unknown'],
    ],
  },
  'files at the top of content/; site.yaml and _templates/ are known': {
    setup: (c) => {
      c.write('stray.md', 'x');
      c.write('_notes.yaml', 'x');
      c.write('site.yaml', 'name: x\n');
      c.write('_templates/cohort.yaml', 'x');
    },
    expected: [
      ['content/_notes.yaml', 'file-outside-collection'],
      ['content/stray.md', 'file-outside-collection'],
    ],
  },
  'a symbolic link, never followed': {
    setup: (c) => symlinkSync('/etc/passwd', join(c.content, 'cohorts/link.yaml')),
    expected: [['content/cohorts/link.yaml', 'file-symlink']],
  },
  'a linked collection folder': {
    setup: (c) => {
      rmSync(join(c.content, 'context'), { recursive: true });
      mkdirSync(join(c.root, 'elsewhere'));
      symlinkSync(join(c.root, 'elsewhere'), join(c.content, 'context'));
    },
    expected: [['content/context', 'file-symlink']],
  },
  'a FIFO, never opened': {
    setup: (c) => execFileSync('mkfifo', [join(c.content, 'context/pipe.yaml')]),
    expected: [['content/context/pipe.yaml', 'file-special']],
  },
  'an empty collection': {
    setup: (c) => c.remove(COHORT_FILE),
    expected: [['content/cohorts/', 'collection-empty']],
  },
  'a missing collection': {
    setup: (c) => rmSync(join(c.content, 'vocabularies'), { recursive: true }),
    expected: [['content/vocabularies/', 'collection-missing']],
  },
};

describe('every file under content/ is read or reported', () => {
  it.each(Object.entries(CASES))(
    '%s',
    (_name, { setup, expected }) => {
      const c = makeCorpus({ 'claims/other.yaml': 'a: 1\na: 2\n' });
      corpora.push(c);
      setup(c);
      const { problems } = runCheck(c.root);
      for (const [file, code] of expected)
        expect(problems).toContainEqual(expect.objectContaining({ file, code }));
      expect(problems).toContainEqual(expect.objectContaining(OTHER_PROBLEM));
    },
    10_000,
  );

  it('suggests the collection a misspelt folder means', () => {
    const c = makeCorpus({ 'cohort/x.yaml': COHORT_TEXT, 'Cohorts/y.yaml': COHORT_TEXT });
    corpora.push(c);
    const found = runCheck(c.root).problems.filter((p) => p.code === 'folder-unknown');
    expect(found.map((p) => p.message.en).sort()).toEqual([
      'Unknown folder "Cohorts/", not read; did you mean "cohorts/"?',
      'Unknown folder "cohort/", not read; did you mean "cohorts/"?',
    ]);
  });

  it('a corpus without claims or context is valid (those collections may be empty)', () => {
    const c = makeCorpus({});
    corpora.push(c);
    expect(runCheck(c.root).problems).toEqual([]);
  });
});
