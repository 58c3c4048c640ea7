/**
 * Nothing published changes silently. A corpus is published (its ledger,
 * content/published.json, computed by ledgerOf) and then edited the way a
 * careless editor would: a record removed, renamed with or without
 * `renamed_from`, a published redirect dropped, a status or a count changed
 * with or without a correction entry, the same cohort recorded twice, a held
 * cohort or an article dated after today. Each refused case asserts the exact
 * code, file, line and field, the English message and fix, and that an
 * unrelated broken file is still reported in the same run; each accepted
 * case, that the same check stays silent.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  COHORT_FILE,
  COHORT_ID,
  COHORT_TEXT,
  CLAIM_TEXT,
  CONTEXT_TEXT,
  articleText,
} from '../helpers/corpus.ts';
import {
  CLAIM_FILE,
  CONTEXT_FILE,
  COHORT,
  NEW_COHORT,
  OTHER_PROBLEM,
  type Refused,
  checkAfter,
  claimNow,
  cohortNow,
  correction,
  lineOf,
  removePublishedCorpora,
  renamedFrom,
} from '../helpers/published-corpus.ts';

afterEach(removePublishedCorpora);

const snippetFor = (field: string, previous: string): RegExp =>
  new RegExp(
    `corrections:\\n\\s+- date: TTTT-BB-HH\\n\\s+field: ${field.replace('.', '\\.')}\\n\\s+previous: "${previous}"`,
  );
const changed = (file: string, line: number, field: string) => ({
  file: `content/${file}`,
  code: 'published-value-changed',
  line,
  field,
});
const COUNT_LINE = lineOf(COHORT_TEXT, 'count:');
const STATUS_LINE = lineOf(COHORT_TEXT, 'status:');

const REFUSED: Record<string, Record<string, Refused>> = {
  'a published record removed': {
    'a cohort': {
      edit: (c) => c.remove(COHORT_FILE),
      expected: { file: COHORT, code: 'published-record-removed' },
      says: /Cohort "2019-02-smart-city" was published, but its file is gone/,
      fix: /restore content\/cohorts\/2019-02-smart-city\.yaml under the same name/,
    },
    'a claim': {
      edit: (c) => c.remove(CLAIM_FILE),
      expected: { file: 'content/claims/c.yaml', code: 'published-record-removed' },
      says: /Claim "c" was published/,
      fix: /restore content\/claims\/c\.yaml/,
    },
    'a context event': {
      edit: (c) => c.remove(CONTEXT_FILE),
      expected: { file: 'content/context/e.yaml', code: 'published-record-removed' },
      says: /Context event "e" was published/,
      fix: /restore content\/context\/e\.yaml/,
    },
  },
  'renamed without renamed_from': {
    'a cohort (the fix names the new file and the line to add)': {
      edit: (c) => {
        c.remove(COHORT_FILE);
        c.write(NEW_COHORT, COHORT_TEXT);
      },
      expected: { file: COHORT, code: 'published-record-removed' },
      says: /its file is gone \(removed or renamed\)/,
      fix: /add "renamed_from: \[2019-02-smart-city\]" to the new file \(perhaps content\/cohorts\/2019-02-smart-city-cybersecurity\.yaml, which has the same values\)/,
      fixId: /\n\s+renamed_from: \[2019-02-smart-city\]\n/,
    },
    'a claim': {
      edit: (c) => {
        c.remove(CLAIM_FILE);
        c.write('claims/150-asn.yaml', CLAIM_TEXT);
      },
      expected: { file: 'content/claims/c.yaml', code: 'published-record-removed' },
      says: /Claim "c" was published/,
      fix: /add "renamed_from: \[c\]" to the new file \(perhaps content\/claims\/150-asn\.yaml/,
    },
    'a context event, renamed and edited': {
      edit: (c) => {
        c.remove(CONTEXT_FILE);
        c.write('context/siaran.yaml', CONTEXT_TEXT.replace('date: 2019-02', 'date: 2019-03'));
      },
      expected: { file: 'content/context/e.yaml', code: 'published-record-removed' },
      says: /Context event "e" was published/,
      fix: /add "renamed_from: \[e\]" to the new file \(content\/…\/<new-id>\.yaml\)/,
    },
  },
  'a published redirect dropped': {
    'renamed_from removed from the renamed cohort': {
      published: { [COHORT_FILE]: null, [NEW_COHORT]: renamedFrom(COHORT_ID, COHORT_TEXT) },
      edit: (c) => c.write(NEW_COHORT, COHORT_TEXT),
      expected: {
        file: `content/${NEW_COHORT}`,
        code: 'published-redirect-removed',
        field: 'renamed_from',
      },
      says: /old address "2019-02-smart-city" was published as a redirect to "2019-02-smart-city-cybersecurity"/,
      fix: /renamed_from: \[2019-02-smart-city\]/,
    },
    'renamed again, listing only the newer old id': {
      published: { [COHORT_FILE]: null, [NEW_COHORT]: renamedFrom(COHORT_ID, COHORT_TEXT) },
      edit: (c) => {
        c.remove(NEW_COHORT);
        c.write(
          'cohorts/scp-2019-02.yaml',
          renamedFrom('2019-02-smart-city-cybersecurity', COHORT_TEXT),
        );
      },
      expected: { file: 'content/cohorts/scp-2019-02.yaml', code: 'published-redirect-removed' },
      says: /"2019-02-smart-city" was published as a redirect/,
      fix: /Add "2019-02-smart-city" to this file's renamed_from/,
    },
    'renamed back: the old id is reused': {
      published: { [COHORT_FILE]: null, [NEW_COHORT]: renamedFrom(COHORT_ID, COHORT_TEXT) },
      edit: (c) => {
        c.remove(NEW_COHORT);
        c.write(COHORT_FILE, COHORT_TEXT);
      },
      expected: { code: 'published-redirect-removed', field: 'renamed_from' },
      says: /redirect from the old address would vanish/,
      fix: /"2019-02-smart-city" is now the id of content\/cohorts\/2019-02-smart-city\.yaml/,
    },
  },
  'a published value changed without a correction': {
    'status held → planned': {
      edit: cohortNow('status: held', 'status: planned'),
      expected: changed(COHORT_FILE, STATUS_LINE, 'status'),
      says: /^status was published as "held"; now "planned"\. A published value changes only with a correction entry\./,
      fix: /set the value back to "held"/,
      fixId: snippetFor('status', 'held'),
    },
    'count 25 → 26': {
      edit: cohortNow('count: 25', 'count: 26'),
      expected: changed(COHORT_FILE, COUNT_LINE, 'participants[0].count'),
      says: /participants\.asn-kota-jambi was published as "25"; now "26"/,
      fix: /set the value back to "25"/,
      fixId: snippetFor('participants.asn-kota-jambi', '25'),
    },
    'count 25 → unknown': {
      edit: cohortNow('count: 25', 'count: unknown'),
      expected: { file: COHORT, code: 'published-value-changed' },
      says: /participants\.asn-kota-jambi was published as "25"/,
      fix: /back to "25"/,
    },
    'period moved a week': {
      edit: cohortNow('end: 2019-02-23', 'end: 2019-03-02'),
      expected: changed(COHORT_FILE, lineOf(COHORT_TEXT, 'period:'), 'period'),
      says: /period was published as "2019-02-17\/2019-02-23"; now "2019-02-17\/2019-03-02"/,
      fix: /back to "2019-02-17\/2019-02-23"/,
    },
    'claim value 150 → 160': {
      edit: claimNow('value: 150', 'value: 160'),
      expected: changed(CLAIM_FILE, lineOf(CLAIM_TEXT, 'value:'), 'value'),
      says: /value was published as "150"; now "160"/,
      fix: /back to "150"/,
      fixId: snippetFor('value', '150'),
    },
    'context date 2019-02 → 2019-03': {
      edit: (c) => c.write(CONTEXT_FILE, CONTEXT_TEXT.replace('date: 2019-02', 'date: 2019-03')),
      expected: changed(CONTEXT_FILE, 1, 'date'),
      says: /date was published as "2019-02"; now "2019-03"/,
      fix: /back to "2019-02"/,
    },
    'a correction whose previous is not the published value': {
      edit: cohortNow('count: 25', 'count: 27', correction('participants.asn-kota-jambi', '26')),
      expected: changed(COHORT_FILE, COUNT_LINE, 'participants[0].count'),
      says: /published as "25"; now "27"/,
      fix: /back to "25"/,
    },
    'a correction of another field': {
      edit: cohortNow('status: held', 'status: planned', correction('period', 'x')),
      expected: changed(COHORT_FILE, STATUS_LINE, 'status'),
      says: /status was published as "held"/,
      fix: /back to "held"/,
    },
    'renamed with renamed_from, and the status changed': {
      edit: (c) => {
        c.remove(COHORT_FILE);
        c.write(
          NEW_COHORT,
          renamedFrom(COHORT_ID, COHORT_TEXT.replace('status: held', 'status: planned')),
        );
      },
      expected: changed(NEW_COHORT, STATUS_LINE, 'status'),
      says: /status was published \(under its former id "2019-02-smart-city"\) as "held"/,
      fix: /back to "held"/,
    },
  },
  'the same cohort recorded twice': {
    'the same period': {
      edit: (c) => c.write('cohorts/dup.yaml', COHORT_TEXT),
      expected: {
        file: 'content/cohorts/dup.yaml',
        code: 'cohort-likely-duplicate',
        line: lineOf(COHORT_TEXT, 'period:'),
        field: 'period',
      },
      says: /looks like 2019-02-smart-city \(content\/cohorts\/2019-02-smart-city\.yaml\): same programme and theme, overlapping period/,
      fix: /add to this file: distinct_from: \[2019-02-smart-city\]/,
    },
    'periods overlapping by one day': {
      edit: (c) =>
        c.write(
          'cohorts/dup.yaml',
          COHORT_TEXT.replace('start: 2019-02-17', 'start: 2019-02-23').replace(
            'end: 2019-02-23',
            'end: 2019-02-28',
          ),
        ),
      expected: { file: 'content/cohorts/dup.yaml', code: 'cohort-likely-duplicate' },
      says: /overlapping period/,
      fix: /distinct_from: \[2019-02-smart-city\]/,
    },
    'a period known only to the month': {
      edit: (c) =>
        c.write(
          'cohorts/dup.yaml',
          COHORT_TEXT.replace('  start: 2019-02-17\n  end: 2019-02-23', '  start: 2019-02'),
        ),
      expected: { file: 'content/cohorts/dup.yaml', code: 'cohort-likely-duplicate' },
      says: /looks like 2019-02-smart-city/,
      fix: /distinct_from: \[2019-02-smart-city\]/,
    },
  },
  'dated after today': {
    'a held cohort that has not started': {
      today: '2019-02-16',
      edit: () => undefined,
      expected: { file: COHORT, code: 'held-in-the-future', line: STATUS_LINE, field: 'status' },
      says: /Status held, but the training starts on 2019-02-17, after today \(2019-02-16\)/,
      fix: /status: planned/,
    },
    'an article published next year': {
      edit: (c) => c.write('articles/kelak.md', articleText('Teks.', { published: '2027-03-01' })),
      expected: {
        file: 'content/articles/kelak.md',
        code: 'published-in-the-future',
        field: 'published',
      },
      says: /Publication date 2027-03-01 is after today \(2026-12-01\)/,
      fix: /mistyped year/,
    },
    'an article dated only to a month after today': {
      edit: (c) => c.write('articles/kelak.md', articleText('Teks.', { published: '2027-01' })),
      expected: { file: 'content/articles/kelak.md', code: 'published-in-the-future' },
      says: /2027-01 is after today/,
      fix: /YYYY-MM-DD/,
    },
  },
};

for (const [group, cases] of Object.entries(REFUSED)) {
  describe(`refused: ${group}`, () => {
    it.each(Object.entries(cases))(
      '%s: the specific fix, and the other broken file still reported',
      (_name, { edit, published, today, expected, says, fix, fixId }) => {
        const problems = checkAfter(edit, published, today);
        const p = problems.find(
          (x) => x.code === expected.code && x.file === (expected.file ?? x.file),
        );
        expect(p, JSON.stringify(problems.map((x) => [x.file, x.field, x.code]))).toMatchObject(
          expected,
        );
        expect(p?.message.en).toMatch(says);
        expect(p?.fix.en).toMatch(fix);
        if (fixId) expect(p?.fix.id).toMatch(fixId);
        expect(p?.message.id).not.toBe('');
        expect(problems).toContainEqual(expect.objectContaining(OTHER_PROBLEM));
      },
    );
  });
}
