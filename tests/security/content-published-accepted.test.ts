/**
 * Nothing published changes silently — the other side: edits that keep the
 * promise (a rename with renamed_from, a change with its correction, a cohort
 * declared distinct, dates up to today) leave the check that would refuse
 * them silent, and an unrelated broken file is still reported.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  COHORT_FILE,
  COHORT_ID,
  COHORT_TEXT,
  CLAIM_TEXT,
  CONTEXT_TEXT,
  articleText,
  type Corpus,
} from '../helpers/corpus.ts';
import {
  CLAIM_FILE,
  CONTEXT_FILE,
  NEW_COHORT,
  OTHER_PROBLEM,
  TODAY,
  checkAfter,
  claimNow,
  cohortNow,
  correction,
  removePublishedCorpora,
  renamedFrom,
} from '../helpers/published-corpus.ts';

afterEach(removePublishedCorpora);

/** Edits that keep their promise: the check that would refuse them stays silent. */
const ACCEPTED: Record<string, { edit: (c: Corpus) => void; silent: string; today?: string }> = {
  'a cohort renamed with renamed_from': {
    edit: (c) => {
      c.remove(COHORT_FILE);
      c.write(NEW_COHORT, renamedFrom(COHORT_ID, COHORT_TEXT));
    },
    silent: 'published-record-removed',
  },
  'a claim renamed with renamed_from': {
    edit: (c) => {
      c.remove(CLAIM_FILE);
      c.write('claims/150-asn.yaml', renamedFrom('c', CLAIM_TEXT));
    },
    silent: 'published-record-removed',
  },
  'a context event renamed with renamed_from': {
    edit: (c) => {
      c.remove(CONTEXT_FILE);
      c.write('context/siaran.yaml', renamedFrom('e', CONTEXT_TEXT));
    },
    silent: 'published-record-removed',
  },
  'status changed with a correction whose previous is "held"': {
    edit: cohortNow('status: held', 'status: planned', correction('status', 'held')),
    silent: 'published-value-changed',
  },
  'count changed with a correction whose previous is 25': {
    edit: cohortNow('count: 25', 'count: 26', correction('participants.asn-kota-jambi', '25')),
    silent: 'published-value-changed',
  },
  'claim value changed with a correction whose previous is "150"': {
    edit: claimNow('value: 150', 'value: 160', correction('value', '"150"')),
    silent: 'published-value-changed',
  },
  'a second cohort declared distinct': {
    edit: (c) => c.write('cohorts/dup.yaml', `${COHORT_TEXT}distinct_from: [${COHORT_ID}]\n`),
    silent: 'cohort-likely-duplicate',
  },
  'a second cohort declared distinct by the first': {
    edit: (c) => {
      c.write('cohorts/dup.yaml', COHORT_TEXT);
      c.write(COHORT_FILE, `${COHORT_TEXT}distinct_from: [dup]\n`);
    },
    silent: 'cohort-likely-duplicate',
  },
  'a cohort of the same course a year later': {
    edit: (c) => c.write('cohorts/dup.yaml', COHORT_TEXT.replaceAll('2019-02-', '2020-02-')),
    silent: 'cohort-likely-duplicate',
  },
  'a held cohort checked on its first day': {
    today: '2019-02-17',
    edit: () => undefined,
    silent: 'held-in-the-future',
  },
  'a published cohort whose file is there but unreadable: reported as unreadable, not as gone': {
    edit: (c) => c.write(COHORT_FILE, `${COHORT_TEXT}---\nprogramme: scp\n`),
    silent: 'published-record-removed',
  },
  'an article published today': {
    edit: (c) => c.write('articles/kini.md', articleText('Teks.', { published: TODAY })),
    silent: 'published-in-the-future',
  },
};

describe('accepted', () => {
  it.each(Object.entries(ACCEPTED))('%s', (_name, { edit, silent, today }) => {
    const problems = checkAfter(edit, {}, today);
    expect(problems.filter((p) => p.code === silent)).toEqual([]);
    expect(problems).toContainEqual(expect.objectContaining(OTHER_PROBLEM));
  });

  it('a rename with renamed_from and nothing else changed leaves only the unrelated problem', () => {
    const problems = checkAfter((c) => {
      c.remove(COHORT_FILE);
      c.write(NEW_COHORT, renamedFrom(COHORT_ID, COHORT_TEXT));
    });
    expect(problems).toEqual([expect.objectContaining(OTHER_PROBLEM)]);
  });
});
