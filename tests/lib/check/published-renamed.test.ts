/**
 * checkPublished and ledgerOf (src/lib/check/published.ts) on renamed
 * records: a record that lists its old id in `renamed_from` is held against
 * what was published under that id, and a published redirect stays.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { runCheck } from '../../../src/lib/check/index.ts';
import { LEDGER_FILE, ledgerOf } from '../../../src/lib/check/published.ts';
import {
  CLAIM_TEXT,
  COHORT_FILE,
  COHORT_ID,
  COHORT_TEXT,
  CONTEXT_TEXT,
  makeCorpus,
  type Corpus,
} from '../../helpers/corpus.ts';

let corpus: Corpus | undefined;
afterEach(() => corpus?.cleanup());

const NEW_ID = '2019-02-smart-city-cybersecurity';
const NEW_FILE = `cohorts/${NEW_ID}.yaml`;
const RENAMED = `${COHORT_TEXT}renamed_from: [${COHORT_ID}]\n`;

const OURS = /^(published-|renamed-from-|schema-)/;

/** Publish the corpus after `before` (its ledger written), then `edit` it and check again. */
function publishedThenEdited(edit: (c: Corpus) => void, before: (c: Corpus) => void = () => {}) {
  corpus = makeCorpus();
  before(corpus);
  const { content, problems } = runCheck(corpus.root, corpus.content);
  expect(problems).toEqual([]);
  corpus.write(LEDGER_FILE, JSON.stringify(ledgerOf(content)));
  edit(corpus);
  // Only the problems of this check: a test's edit may also empty a collection or copy a cohort.
  return runCheck(corpus.root, corpus.content).problems.filter((p) => OURS.test(p.code));
}

/** Rename the corpus cohort to NEW_ID, with `text` as its new file. */
const renameCohort =
  (text = RENAMED) =>
  (c: Corpus) => {
    c.remove(COHORT_FILE);
    c.write(NEW_FILE, text);
  };

describe('checkPublished: renamed records', () => {
  it('accepts a renamed cohort that lists its old id', () => {
    expect(publishedThenEdited(renameCohort())).toEqual([]);
  });

  it('accepts a renamed claim and a renamed context event', () => {
    const problems = publishedThenEdited(
      (c) => {
        c.remove('claims/klaim-lama.yaml');
        c.write('claims/klaim-baru.yaml', `${CLAIM_TEXT}renamed_from: [klaim-lama]\n`);
        c.remove('context/konteks-lama.yaml');
        c.write('context/konteks-baru.yaml', `${CONTEXT_TEXT}renamed_from: [konteks-lama]\n`);
      },
      (c) => {
        c.write('claims/klaim-lama.yaml', CLAIM_TEXT);
        c.write('context/konteks-lama.yaml', CONTEXT_TEXT);
      },
    );
    expect(problems).toEqual([]);
  });

  it('says how to declare a rename when the old file is gone, naming the likely new file', () => {
    const problems = publishedThenEdited(renameCohort(COHORT_TEXT));
    expect(problems.map((p) => [p.file, p.code])).toEqual([
      [`content/${COHORT_FILE}`, 'published-record-removed'],
    ]);
    expect(problems[0]?.fix.id).toContain(`renamed_from: [${COHORT_ID}]`);
    expect(problems[0]?.fix.id).toContain(`content/${NEW_FILE}`);
    expect(problems[0]?.fix.id).toContain('kembalikan berkas');
  });

  it('holds a renamed cohort against the values published under its old id', () => {
    const problems = publishedThenEdited(renameCohort(RENAMED.replace('count: 25', 'count: 26')));
    expect(problems).toMatchObject([
      {
        file: `content/${NEW_FILE}`,
        field: 'participants[0].count',
        code: 'published-value-changed',
      },
    ]);
    expect(problems[0]?.message.id).toContain(`id lama "${COHORT_ID}"`);
  });

  it('accepts a changed value of a renamed cohort that a correction explains', () => {
    const corrected = `${RENAMED.replace('count: 25', 'count: 26')}corrections:
  - date: 2026-11-30
    field: participants.asn-kota-jambi
    previous: "25"
    reason:
      id: Contoh latihan.
      en: Practice example.
`;
    expect(publishedThenEdited(renameCohort(corrected))).toEqual([]);
  });

  it('refuses an old id listed by a record of another kind than it was published as', () => {
    const problems = publishedThenEdited((c) => {
      c.remove(COHORT_FILE);
      c.write('claims/klaim.yaml', `${CLAIM_TEXT}renamed_from: [${COHORT_ID}]\n`);
    });
    expect(problems).toMatchObject([
      {
        file: 'content/claims/klaim.yaml',
        field: 'renamed_from[0]',
        code: 'renamed-from-other-kind',
      },
    ]);
  });

  it('reports an old id listed by two records once, as a duplicate', () => {
    const problems = publishedThenEdited((c) => {
      renameCohort()(c);
      c.write('cohorts/2019-02-salinan.yaml', RENAMED);
    });
    expect(problems.map((p) => p.code)).toEqual(['renamed-from-duplicate']);
  });

  it('refuses an old id that is not a valid id at its field, and shows the line to write', () => {
    const problems = publishedThenEdited(
      renameCohort(`${COHORT_TEXT}renamed_from: [${COHORT_ID}.yaml]\n`),
    );
    expect(problems.map((p) => [p.file, p.field ?? p.code])).toEqual([
      [`content/${NEW_FILE}`, 'renamed_from[0]'],
      [`content/${COHORT_FILE}`, 'published-record-removed'],
    ]);
    expect(problems[0]?.message.id).toBe('Bukan kunci yang sah.');
    expect(problems[0]?.fix.id).toContain('tanpa .yaml');
    expect(problems[1]?.fix.id).toContain(`renamed_from: [${COHORT_ID}]`);
  });
});

describe('checkPublished: published redirects stay', () => {
  /** The corpus cohort renamed and published, then `edit`ed. */
  const renamedThenEdited = (edit: (c: Corpus) => void) =>
    publishedThenEdited(edit, renameCohort());

  it('accepts the renamed cohort while it still lists its old id', () => {
    expect(renamedThenEdited(() => {})).toEqual([]);
  });

  it('refuses a published redirect whose old id no file lists any more', () => {
    const problems = renamedThenEdited((c) => c.write(NEW_FILE, COHORT_TEXT));
    expect(problems).toMatchObject([
      { file: `content/${NEW_FILE}`, field: 'renamed_from', code: 'published-redirect-removed' },
    ]);
    expect(problems[0]?.message.id).toContain('pengalihan dari alamat lama akan hilang');
    expect(problems[0]?.fix.id).toContain(`renamed_from: [${COHORT_ID}]`);
  });

  it('refuses an old address given to a new record, and says to rename that file', () => {
    const problems = renamedThenEdited((c) => {
      c.write(NEW_FILE, COHORT_TEXT);
      c.write(
        COHORT_FILE,
        COHORT_TEXT.replace('status: held', 'status: held\nnote: { id: Baru., en: New. }'),
      );
    });
    const vanished = problems.find((p) => p.code === 'published-redirect-removed');
    expect(vanished?.fix.id).toContain(`kini dipakai content/${COHORT_FILE}`);
  });

  it('keeps the redirect through a second rename that lists both old ids', () => {
    const problems = renamedThenEdited((c) => {
      c.remove(NEW_FILE);
      c.write(
        'cohorts/2019-02-scp.yaml',
        `${COHORT_TEXT}renamed_from: [${COHORT_ID}, ${NEW_ID}]\n`,
      );
    });
    expect(problems).toEqual([]);
  });

  it('reports where the new record was when it is gone too', () => {
    const problems = renamedThenEdited((c) => c.remove(NEW_FILE));
    expect(problems.map((p) => [p.file, p.code])).toEqual([
      [`content/${NEW_FILE}`, 'published-record-removed'],
      [`content/${NEW_FILE}`, 'published-redirect-removed'],
    ]);
  });
});

describe('ledgerOf: renames', () => {
  it('records each old id with the record it leads to', () => {
    corpus = makeCorpus({ [COHORT_FILE]: null, [NEW_FILE]: RENAMED });
    const { content } = runCheck(corpus.root, corpus.content);
    expect(ledgerOf(content).renames).toEqual({ [COHORT_ID]: NEW_ID });
  });

  it('writes no renames when nothing was renamed, and such a ledger reads as before', () => {
    corpus = makeCorpus();
    const ledger = ledgerOf(runCheck(corpus.root, corpus.content).content);
    expect(Object.keys(ledger)).toEqual(['version', 'cohorts', 'claims', 'context', 'articles']);
    corpus.write(LEDGER_FILE, JSON.stringify(ledger));
    expect(runCheck(corpus.root, corpus.content).problems).toEqual([]);
  });
});
