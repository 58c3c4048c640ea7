import { afterEach, describe, expect, it } from 'vitest';
import { runCheck } from '../../../src/lib/check/index.ts';
import { LEDGER_FILE, ledgerOf, publishedValues } from '../../../src/lib/check/published.ts';
import {
  COHORT_FILE,
  COHORT_ID,
  COHORT_TEXT,
  makeCorpus,
  type Corpus,
} from '../../helpers/corpus.ts';

let corpus: Corpus | undefined;
afterEach(() => corpus?.cleanup());

/** A corpus whose current content has been published (its ledger written), then `edit`ed. */
function publishedThenEdited(edit: (c: Corpus) => void) {
  corpus = makeCorpus();
  const { content } = runCheck(corpus.root, corpus.content);
  corpus.write(LEDGER_FILE, JSON.stringify(ledgerOf(content)));
  edit(corpus);
  return runCheck(corpus.root, corpus.content).problems;
}

const CORRECTION = `corrections:
  - date: 2026-11-30
    field: participants.asn-kota-jambi
    previous: "25"
    reason:
      id: Contoh latihan.
      en: Practice example.
`;

describe('publishedValues', () => {
  it('holds the published facts of a cohort, one per participant group', () => {
    corpus = makeCorpus();
    const cohort = runCheck(corpus.root, corpus.content).content.cohorts[0];
    expect(cohort && publishedValues('cohort', cohort.data)).toEqual({
      status: 'held',
      programme: 'scp',
      theme: 'smart-city-cybersecurity',
      period: '2019-02-17/2019-02-23',
      place: 'singapore',
      'participants.asn-kota-jambi': '25',
    });
  });
});

describe('checkPublished (through runCheck)', () => {
  it('accepts published content that did not change', () => {
    expect(publishedThenEdited(() => {})).toEqual([]);
  });

  it('refuses a published cohort whose file is gone, naming the file to restore', () => {
    const problems = publishedThenEdited((c) => c.remove(COHORT_FILE));
    const removed = problems.filter((p) => p.code === 'published-record-removed');
    expect(removed.map((p) => p.file)).toEqual([`content/${COHORT_FILE}`]);
    expect(removed[0]?.message.id).toContain(COHORT_ID);
  });

  it('refuses a renamed cohort: the old id is reported as gone', () => {
    const problems = publishedThenEdited((c) => {
      c.remove(COHORT_FILE);
      c.write('cohorts/renamed.yaml', COHORT_TEXT);
    });
    expect(problems.map((p) => p.code)).toContain('published-record-removed');
  });

  it('refuses a changed published value at its line, and says how to write the correction', () => {
    const problems = publishedThenEdited((c) =>
      c.write(COHORT_FILE, COHORT_TEXT.replace('status: held', 'status: planned')),
    );
    const changed = problems.find((p) => p.code === 'published-value-changed');
    expect(changed).toMatchObject({ file: `content/${COHORT_FILE}`, field: 'status', line: 3 });
    expect(changed?.fix.id).toContain('field: status');
    expect(changed?.fix.id).toContain('previous: "held"');
  });

  it('accepts a changed value that a correction entry explains', () => {
    const edited = `${COHORT_TEXT}${CORRECTION}`.replace('count: 25', 'count: 26');
    const problems = publishedThenEdited((c) => c.write(COHORT_FILE, edited));
    expect(problems.map((p) => p.code)).not.toContain('published-value-changed');
  });

  it('reports an unreadable ledger as such', () => {
    const problems = publishedThenEdited((c) => c.write(LEDGER_FILE, '{ not json'));
    expect(problems.map((p) => [p.file, p.code])).toEqual([
      [`content/${LEDGER_FILE}`, 'ledger-invalid'],
    ]);
  });
});
