/**
 * Hostile or broken text inside content files, class by class: files with
 * no data, nesting deep enough to exhaust a stack or take minutes, invisible
 * control characters, YAML features the content never needs. Each case
 * asserts the exact code, line and field of its problem, and that a second,
 * unrelated broken file in the same folder is still reported in the same run.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/lib/check/index.ts';
import type { Problem } from '../../src/lib/check/problem.ts';
import { MAX_BODY_DEPTH } from '../../src/lib/content/body-depth.ts';
import {
  ARTICLE_FILE,
  ARTICLE_TEXT,
  COHORT_FILE,
  COHORT_TEXT,
  articleText,
  makeCorpus,
  type Corpus,
  type FileText,
} from '../helpers/corpus.ts';

/** A hang fails the case instead of stalling the run. */
const BOUND_MS = 10_000;
/** The unrelated broken file every case adds, and the problem it must still get. */
const OTHER = { file: 'claims/other.yaml', text: 'a: 1\na: 2\n' };
const OTHER_PROBLEM = { file: 'content/claims/other.yaml', code: 'yaml-duplicate-key', line: 2 };

const corpora: Corpus[] = [];
afterEach(() => {
  for (const c of corpora.splice(0)) c.cleanup();
});

/** The problems of a corpus holding `files` and the unrelated broken file. */
function problemsWith(files: Record<string, FileText | null>): Problem[] {
  const c = makeCorpus({ ...files, [OTHER.file]: OTHER.text });
  corpora.push(c);
  return runCheck(c.root).problems;
}

interface Case {
  files: Record<string, FileText>;
  /** Problems that must be reported (a subset of each problem's fields). */
  expected: Partial<Problem>[];
}

const withTitle = (title: string): string => articleText('Teks.', { title });
const cohortWith = (from: string, to: string): string => COHORT_TEXT.replace(from, to);
const deepArticle = (body: string): string => ARTICLE_TEXT.replace(/\n$/, `\n\n${body}\n`);
/** Line of the first body line appended by deepArticle. */
const APPENDED = ARTICLE_TEXT.split('\n').length + 1;

const CASES: Record<string, Record<string, Case>> = {
  'files with no data': {
    'only a comment': {
      files: { 'cohorts/comment.yaml': '# nothing yet\n' },
      expected: [{ file: 'content/cohorts/comment.yaml', code: 'file-empty' }],
    },
    'only ---': {
      files: { 'claims/dashes.yaml': '---\n' },
      expected: [{ file: 'content/claims/dashes.yaml', code: 'file-empty' }],
    },
    'only --- and a comment': {
      files: { 'context/dash-comment.yaml': '---\n# later\n' },
      expected: [{ file: 'content/context/dash-comment.yaml', code: 'file-empty' }],
    },
    'a lone ~': {
      files: { 'cohorts/tilde.yaml': '~\n' },
      expected: [{ file: 'content/cohorts/tilde.yaml', code: 'file-empty' }],
    },
    'an article whose front matter is only a comment': {
      files: { 'articles/comment-front.md': '---\n# title: x\n---\n\nTeks.\n' },
      expected: [{ file: 'content/articles/comment-front.md', code: 'file-empty' }],
    },
    'an empty file': {
      files: { 'cohorts/empty.yaml': '' },
      expected: [{ file: 'content/cohorts/empty.yaml', code: 'file-empty' }],
    },
    'only whitespace': {
      files: { 'articles/blank.md': ' \n\t\n  \n' },
      expected: [{ file: 'content/articles/blank.md', code: 'file-empty' }],
    },
  },
  'deep or heavy input': {
    '5,000 > in an article': {
      files: { [ARTICLE_FILE]: deepArticle(`${'>'.repeat(5000)} teks`) },
      expected: [
        { file: `content/${ARTICLE_FILE}`, code: 'body-too-deep', line: APPENDED, field: '(body)' },
      ],
    },
    '3,000 nested list items': {
      files: { [ARTICLE_FILE]: deepArticle(`${'- '.repeat(3000)}teks`) },
      expected: [
        { file: `content/${ARTICLE_FILE}`, code: 'body-too-deep', line: APPENDED, field: '(body)' },
      ],
    },
    'a list indented one level deeper per line': {
      files: {
        'articles/stairs.md': articleText(
          Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- butir`).join('\n'),
        ),
      },
      expected: [{ file: 'content/articles/stairs.md', code: 'body-too-deep', field: '(body)' }],
    },
    'quotes one level beyond the bound': {
      files: { [ARTICLE_FILE]: deepArticle(`${'> '.repeat(MAX_BODY_DEPTH + 1)}teks`) },
      expected: [{ file: `content/${ARTICLE_FILE}`, code: 'body-too-deep', line: APPENDED }],
    },
    '20,000 nested emphasis marks': {
      files: { [ARTICLE_FILE]: deepArticle(`${'*'.repeat(10_000)}a${'*'.repeat(10_000)}`) },
      expected: [{ file: `content/${ARTICLE_FILE}`, code: 'body-too-much-markup', line: APPENDED }],
    },
    '30,000 opening brackets': {
      files: { [ARTICLE_FILE]: deepArticle('[a]('.repeat(30_000)) },
      expected: [{ file: `content/${ARTICLE_FILE}`, code: 'body-too-much-markup', line: APPENDED }],
    },
    '10,000-deep flow sequences': {
      files: { 'cohorts/flow.yaml': `programme: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n` },
      expected: [{ file: 'content/cohorts/flow.yaml', code: 'yaml-too-deep', line: 1 }],
    },
    '100,000-deep block sequences': {
      files: { 'cohorts/block.yaml': `${'- '.repeat(100_000)}x\n` },
      expected: [{ file: 'content/cohorts/block.yaml', code: 'yaml-too-deep' }],
    },
    '5,000-deep flow mappings in front matter': {
      files: {
        'articles/flow-front.md': articleText('Teks.', {
          title: `${'{a: '.repeat(5000)}1${'}'.repeat(5000)}`,
        }),
      },
      expected: [{ file: 'content/articles/flow-front.md', code: 'yaml-too-deep', line: 2 }],
    },
    'a 200 KB line': {
      files: {
        'cohorts/long.yaml': cohortWith('host: Centre', `host: ${'x'.repeat(200_000)} Centre`),
      },
      expected: [{ file: 'content/cohorts/long.yaml', code: 'schema-too-big', field: 'host' }],
    },
    'a 10 MB cohort': {
      files: { 'cohorts/huge.yaml': `host: ${'x'.repeat(10 * 1024 * 1024)}\n` },
      expected: [{ file: 'content/cohorts/huge.yaml', code: 'file-too-large' }],
    },
  },
  'invisible characters': {
    'a bell in a title': {
      files: { 'articles/bell.md': withTitle('Pelatihan\u0007 SCP') },
      expected: [
        { file: 'content/articles/bell.md', code: 'text-control-char', line: 2, field: 'title' },
      ],
    },
    'an escape in an article body': {
      files: { [ARTICLE_FILE]: deepArticle('Teks\u001b[31m merah.') },
      expected: [
        {
          file: `content/${ARTICLE_FILE}`,
          code: 'text-control-char',
          line: APPENDED,
          field: '(body)',
        },
      ],
    },
    'DEL in a nested value': {
      files: { [COHORT_FILE]: cohortWith('place: Griya Mayang', 'place: Griya\u007f Mayang') },
      expected: [
        {
          file: `content/${COHORT_FILE}`,
          code: 'text-control-char',
          line: 14,
          field: 'sendoff.place',
        },
      ],
    },
    'a "\\a" escape in a double-quoted value': {
      files: { [COHORT_FILE]: cohortWith('by: Syarif Fasha', 'by: "Syarif\\a Fasha"') },
      expected: [
        {
          file: `content/${COHORT_FILE}`,
          code: 'text-control-char',
          line: 15,
          field: 'sendoff.by',
        },
      ],
    },
    'U+2028 in a list item': {
      files: { [COHORT_FILE]: cohortWith('  - Geoworks', '  - Geo\u2028works') },
      expected: [
        {
          file: `content/${COHORT_FILE}`,
          code: 'text-control-char',
          line: 22,
          field: 'site_visits[1]',
        },
      ],
    },
    'U+2029 in a key': {
      files: { 'claims/key.yaml': 'met\u2029ric: participants\n' },
      expected: [{ file: 'content/claims/key.yaml', code: 'text-control-char', line: 1 }],
    },
    'a vertical tab in a comment': {
      files: { 'claims/comment.yaml': '# note\u000b\nmetric: participants\n' },
      expected: [{ file: 'content/claims/comment.yaml', code: 'text-control-char', line: 1 }],
    },
  },
  'YAML the content never needs': {
    '!!binary': {
      files: { [COHORT_FILE]: cohortWith('host: Centre', 'host: !!binary aGVsbG8=\nx: Centre') },
      expected: [{ file: `content/${COHORT_FILE}`, code: 'yaml-tag', line: 8, field: 'host' }],
    },
    '!!set': {
      files: { 'claims/set.yaml': 'metric: participants\nscope: !!set {a, b}\n' },
      expected: [{ file: 'content/claims/set.yaml', code: 'yaml-tag', line: 2, field: 'scope' }],
    },
    '!!omap': {
      files: { 'claims/omap.yaml': 'scope: !!omap [a: 1]\n' },
      expected: [{ file: 'content/claims/omap.yaml', code: 'yaml-tag', line: 1, field: 'scope' }],
    },
    '!!timestamp': {
      files: { 'context/stamp.yaml': 'date: !!timestamp 2019-02-01\n' },
      expected: [{ file: 'content/context/stamp.yaml', code: 'yaml-tag', line: 1, field: 'date' }],
    },
    'a custom !foo': {
      files: { 'context/foo.yaml': 'kind: other\ntitle: !foo x\n' },
      expected: [{ file: 'content/context/foo.yaml', code: 'yaml-tag', line: 2 }],
    },
    'two documents': {
      files: { 'claims/two.yaml': 'metric: participants\n---\nvalue: 1\n' },
      expected: [{ file: 'content/claims/two.yaml', code: 'yaml-syntax', line: 2 }],
    },
    'a top-level list': {
      files: { 'context/list.yaml': '- kind: other\n- date: 2019-02\n' },
      expected: [
        {
          file: 'content/context/list.yaml',
          code: 'schema-invalid-type',
          line: 1,
          field: '(berkas)',
        },
      ],
    },
    '.inf': {
      files: { 'claims/inf.yaml': 'value: .inf\n' },
      expected: [
        { file: 'content/claims/inf.yaml', code: 'yaml-number-special', line: 1, field: 'value' },
      ],
    },
    '-.inf and .nan': {
      files: {
        'claims/nan.yaml': 'metric: participants\nvalue: -.inf\nscope:\n  window_years: .NaN\n',
      },
      expected: [
        { file: 'content/claims/nan.yaml', code: 'yaml-number-special', line: 2, field: 'value' },
        {
          file: 'content/claims/nan.yaml',
          code: 'yaml-number-special',
          line: 4,
          field: 'scope.window_years',
        },
      ],
    },
    'a duplicated key': {
      files: { [COHORT_FILE]: cohortWith('status: held', 'status: held\nstatus: planned') },
      expected: [{ file: `content/${COHORT_FILE}`, code: 'yaml-duplicate-key', line: 4 }],
    },
    'a duplicated nested key': {
      files: {
        [COHORT_FILE]: cohortWith('  end: 2019-02-23', '  end: 2019-02-23\n  end: 2019-02-24'),
      },
      expected: [{ file: `content/${COHORT_FILE}`, code: 'yaml-duplicate-key', line: 7 }],
    },
  },
};

for (const [group, cases] of Object.entries(CASES)) {
  describe(group, () => {
    it.each(Object.entries(cases))(
      '%s: the exact problem, and the other broken file still reported',
      (_name, { files, expected }) => {
        const problems = problemsWith(files);
        for (const e of expected) expect(problems).toContainEqual(expect.objectContaining(e));
        expect(problems).toContainEqual(expect.objectContaining(OTHER_PROBLEM));
      },
      BOUND_MS,
    );
  });
}

describe('the control character message', () => {
  it('names the character, the line and column, and the fix', () => {
    const p = problemsWith({ 'articles/bell.md': withTitle('Pelatihan\u0007 SCP') }).find(
      (x) => x.code === 'text-control-char',
    );
    expect(p?.message.id).toBe('Ada karakter kontrol U+0007 (tak terlihat) di baris 2, posisi 17.');
    expect(p?.message.en).toBe(
      'There is a control character U+0007 (invisible) at line 2, column 17.',
    );
    expect(p?.fix.id).toMatch(/^Hapus karakter tak terlihat ini/);
  });
});
