/**
 * A fact supported whole or part by part: the paths a citation may name,
 * coverage, what is missing, and the message for a part left without a
 * quote as an editor reads it in `npm run check`.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  covers,
  missingParts,
  partsWithoutSource,
  supportable,
} from '../../../src/lib/check/fact-parts.ts';
import { cohortFacts, type Fact } from '../../../src/lib/check/facts.ts';
import type { Cohort } from '../../../src/schemas/cohort.ts';
import { edited, removeCorpora, shown } from './corpora.ts';
import { DATES_COHORT, datesFiles } from './cross/practice-dates.ts';

afterEach(removeCorpora);

const PERIOD: Fact = {
  path: 'period',
  check: { kind: 'period', start: '2018-10-15', end: '2018-10-19' },
  parts: [
    { path: 'period.start', check: { kind: 'date', value: '2018-10-15' } },
    { path: 'period.end', check: { kind: 'date', value: '2018-10-19' } },
  ],
};
const PLACE: Fact = { path: 'place', check: { kind: 'text', value: 'Singapura' } };

const entry = { file: 'content/cohorts/c.yaml', lineOf: (p: readonly PropertyKey[]) => p.length };

describe('cohortFacts', () => {
  const cohort = (period: Cohort['period']) =>
    ({
      programme: 'scp',
      theme: 'public-service',
      status: 'held',
      period,
      place: 'singapore',
      participants: [],
      sources: [],
    }) as unknown as Cohort;

  it('gives a period its start and end as parts, or its start alone', () => {
    const withEnd = cohortFacts(cohort({ start: '2018-10-15', end: '2018-10-19' }));
    expect(withEnd.find((f) => f.path === 'period')?.parts).toEqual(PERIOD.parts);
    const alone = cohortFacts(cohort({ start: '2018-10' }));
    expect(alone.find((f) => f.path === 'period')?.parts?.map((p) => p.path)).toEqual([
      'period.start',
    ]);
  });
});

describe('supportable', () => {
  it('names every fact and every part', () => {
    expect([...supportable([PERIOD, PLACE]).keys()]).toEqual([
      'period',
      'period.start',
      'period.end',
      'place',
    ]);
  });
});

describe('covers and missingParts', () => {
  it.each([
    [['period'], true, undefined],
    [['period.start', 'period.end'], true, []],
    [['period.start'], false, ['period.end']],
    [['period.end'], false, ['period.start']],
    [[], false, undefined],
  ])('with %j supported: covered %s, missing %j', (paths, covered, missing) => {
    const supported = new Set(paths);
    expect(covers(supported, PERIOD)).toBe(covered);
    expect(missingParts(supported, PERIOD)?.map((p) => p.path)).toEqual(missing);
  });

  it('never covers a fact without parts by anything but its path', () => {
    expect(covers(new Set(['place.x']), PLACE)).toBe(false);
    expect(missingParts(new Set(), PLACE)).toBeUndefined();
  });
});

describe('partsWithoutSource', () => {
  it('names the part left without a source, at its own field', () => {
    const [p, ...rest] = partsWithoutSource(entry, new Set(['period.start']), PERIOD) ?? [];
    expect(rest).toEqual([]);
    expect(p).toMatchObject({
      file: 'content/cohorts/c.yaml',
      field: 'period.end',
      line: 2,
      code: 'fact-part-without-source',
    });
    expect(p?.message.id).toBe(
      'Kolom period.end tidak didukung oleh sumber mana pun, padahal period.start didukung kutipannya sendiri.',
    );
    expect(p?.fix.en).toContain('support period as a whole with one passage');
  });

  it('leaves a fact with no part supported to the usual message', () => {
    expect(partsWithoutSource(entry, new Set(), PERIOD)).toBeUndefined();
    expect(partsWithoutSource(entry, new Set(['period']), PERIOD)).toBeUndefined();
  });
});

describe('the message', () => {
  it('fact-part-without-source', () => {
    const cohort = edited(DATES_COHORT, 'supports: [period.end]', 'supports: [status]');
    expect(shown(datesFiles(undefined, cohort), 'fact-part-without-source')).toMatchInlineSnapshot(`
      "content/cohorts/2018-10-contoh-latihan-tanggal.yaml:6  [period.end]
        ✗ Kolom period.end tidak didukung oleh sumber mana pun, padahal period.start didukung kutipannya sendiri.
          (Field period.end is not supported by any source, while period.start has a quote of its own.)
        → Tambahkan "period.end" ke supports pada kutipan yang menyebut tanggal itu, atau dukung period seluruhnya dengan satu kutipan yang menyebut awal dan akhirnya.
          (Add "period.end" to the supports of a citation that states that date, or support period as a whole with one passage that states its start and end.)"
    `);
  });
});
