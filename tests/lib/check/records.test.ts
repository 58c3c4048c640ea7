import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { runCheck, todayInJakarta } from '../../../src/lib/check/index.ts';
import { likelyDuplicates } from '../../../src/lib/check/records.ts';
import {
  ARTICLE_FILE,
  ARTICLE_TEXT,
  COHORT_FILE,
  COHORT_ID,
  COHORT_TEXT,
  makeCorpus,
  type Corpus,
} from '../../helpers/corpus.ts';
import { cohort } from '../../helpers/records.ts';
import { earliestDay, latestDay } from '../../../src/lib/dates/partial-date.ts';
import type { Cohort } from '../../../src/schemas/cohort.ts';

let corpus: Corpus | undefined;
afterEach(() => corpus?.cleanup());

const codes = (files: Record<string, string>, today = '2026-12-02') => {
  corpus = makeCorpus(files);
  return runCheck(corpus.root, corpus.content, today).problems.map((p) => [p.file, p.code]);
};

describe('likely duplicate cohorts', () => {
  it('are reported on the second file, with the first named', () => {
    corpus = makeCorpus({ 'cohorts/zz-copy.yaml': COHORT_TEXT });
    const dup = runCheck(corpus.root, corpus.content, '2026-12-02').problems.find(
      (p) => p.code === 'cohort-likely-duplicate',
    );
    expect(dup).toMatchObject({ file: 'content/cohorts/zz-copy.yaml', field: 'period' });
    expect(dup?.message.id).toContain(COHORT_ID);
    expect(dup?.fix.id).toContain(`distinct_from: [${COHORT_ID}]`);
  });

  it('are not reported once one of them declares the other distinct', () => {
    const distinct = `${COHORT_TEXT}distinct_from: [${COHORT_ID}]\n`;
    expect(codes({ 'cohorts/zz-copy.yaml': distinct })).not.toContainEqual([
      'content/cohorts/zz-copy.yaml',
      'cohort-likely-duplicate',
    ]);
  });

  it('are not reported for another theme or a period that does not overlap', () => {
    const later = COHORT_TEXT.replace('start: 2019-02-17', 'start: 2019-03-17').replace(
      'end: 2019-02-23',
      'end: 2019-03-23',
    );
    expect(codes({ 'cohorts/zz-later.yaml': later }).map((c) => c[1])).not.toContain(
      'cohort-likely-duplicate',
    );
  });
});

describe('likely duplicate cohorts without training dates', () => {
  const entry = (id: string, over: Parameters<typeof cohort>[1]) => ({
    ...cohort(id, { status: 'announced', period: 'unknown', ...over }),
    file: `content/cohorts/${id}.yaml`,
    lineOf: () => 4,
  });

  it('are reported when neither has any date, or their send-offs meet', () => {
    expect(likelyDuplicates([entry('a', {}), entry('b', {})]).map((p) => p.file)).toEqual([
      'content/cohorts/b.yaml',
    ]);
    const july = { sendoff: { date: '2024-07' } };
    const day = { sendoff: { date: '2024-07-05' } };
    expect(likelyDuplicates([entry('a', july), entry('b', day)])).toHaveLength(1);
  });

  it('are not reported between a cohort with no date and a dated one', () => {
    const dated = entry('b', { status: 'planned', period: { start: '2024-07-08' } });
    expect(likelyDuplicates([entry('a', {}), dated])).toEqual([]);
  });
});

describe('likely duplicates among many cohorts', () => {
  type Spec = { programme: 'scp' | 'tf'; theme: 'a' | 'b'; period: Cohort['period'] };
  const asEntry = (s: Spec, i: number) => ({
    ...cohort(`c${String(i).padStart(3, '0')}`, {
      programme: s.programme,
      theme: s.theme,
      status: s.period === 'unknown' ? 'announced' : 'planned',
      period: s.period,
    }),
    file: `content/cohorts/c${i}.yaml`,
    lineOf: () => 4,
  });
  /** Every pair compared, in id order: the definition the grouped sweep must match. */
  const naive = (entries: ReturnType<typeof asEntry>[]) => {
    const days = (c: Cohort) =>
      c.period === 'unknown'
        ? undefined
        : ([earliestDay(c.period.start), latestDay(c.period.end ?? c.period.start)] as const);
    const out: string[] = [];
    entries.forEach((a, i) =>
      entries.slice(i + 1).forEach((b) => {
        if (a.data.programme !== b.data.programme || a.data.theme !== b.data.theme) return;
        const [x, y] = [days(a.data), days(b.data)];
        const meet = !x || !y ? !x && !y : x[0] <= y[1] && y[0] <= x[1];
        if (meet) out.push(`${b.file} ${a.id}`);
      }),
    );
    return out;
  };
  const day = fc
    .tuple(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 6 }), fc.boolean())
    .map(([m, d, full]) => (full ? `2024-0${m}-${String(d).padStart(2, '0')}` : `2024-0${m}`));
  const spec: fc.Arbitrary<Spec> = fc.record({
    programme: fc.constantFrom('scp', 'tf'),
    theme: fc.constantFrom('a', 'b'),
    period: fc.oneof(
      fc.constant('unknown' as const),
      fc.record({ start: day }),
      fc.record({ start: day, end: day }),
    ),
  });

  it('are exactly the pairs a comparison of every pair finds, in the same order', () => {
    fc.assert(
      fc.property(fc.array(spec, { maxLength: 30 }), (specs) => {
        const entries = specs.map(asEntry);
        const found = likelyDuplicates([...entries].reverse()).map(
          (p) => `${p.file} ${/dengan (\S+)/.exec(p.message.id)?.[1]}`,
        );
        expect(found).toEqual(naive(entries));
      }),
      { numRuns: 300 },
    );
  });
});

describe('facts dated after today', () => {
  it('refuse a held cohort that has not started yet', () => {
    expect(codes({}, '2019-02-10')).toContainEqual([
      `content/${COHORT_FILE}`,
      'held-in-the-future',
    ]);
    expect(codes({}, '2019-02-17').map((c) => c[1])).not.toContain('held-in-the-future');
  });

  it('refuse an article published after today', () => {
    const future = ARTICLE_TEXT.replace(/published: .*/, 'published: 2031-02-25');
    expect(codes({ [ARTICLE_FILE]: future })).toContainEqual([
      `content/${ARTICLE_FILE}`,
      'published-in-the-future',
    ]);
  });
});

describe('todayInJakarta', () => {
  it('is the date in UTC+7', () => {
    expect(todayInJakarta(new Date('2026-12-02T16:59:00Z'))).toBe('2026-12-02');
    expect(todayInJakarta(new Date('2026-12-02T17:00:00Z'))).toBe('2026-12-03');
  });
});
