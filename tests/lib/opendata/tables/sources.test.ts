import { describe, expect, it } from 'vitest';
import { recordCitations } from '../../../../src/lib/data/provenance.ts';
import { quoteAnchor } from '../../../../src/lib/site/anchors.ts';
import { sourcesTable } from '../../../../src/lib/opendata/tables/sources.ts';
import { factValue } from '../../../../src/lib/opendata/values.ts';
import { otherCityProfile } from '../../../fixtures/other-city/index.ts';
import { WATER, inputWith, realCohort, realInput } from '../fixtures.ts';

const input = realInput();

describe('sourcesTable', () => {
  const rows = sourcesTable(input).rows;
  it('has one row per record, citation and supported field', () => {
    const expected = [
      ...input.cohorts.map((c) => ({ kind: 'cohort', id: c.id, data: c.data })),
      ...input.claims.map((c) => ({ kind: 'claim', id: c.id, data: c.data })),
      ...input.context.map((c) => ({ kind: 'context', id: c.id, data: c.data })),
    ].reduce(
      (n, r) =>
        n +
        recordCitations(r as Parameters<typeof recordCitations>[0]).list.reduce(
          (m, c) => m + c.supports.length,
          0,
        ),
      0,
    );
    expect(rows).toHaveLength(expected);
  });
  it('gives the recorded value, the exact quote and the anchored passage', () => {
    const row = rows.find(
      (r) => r.record_id === WATER && r.field === 'participants.perumdam-tirta-mayang',
    );
    expect(row).toMatchObject({ value: 'unknown', relation: 'supports', record_kind: 'cohort' });
    expect(row?.passage_page).toBe(
      `https://jejak-scp.id/sumber/2023-05-jambi-update-water-management/#${quoteAnchor(String(row?.quote))}`,
    );
    const period = rows.find(
      (r) => r.record_id === WATER && r.field === 'period' && r.relation === 'supports',
    );
    expect(period?.value).toBe('2023-05-15/2023-05-19');
    for (const r of rows.filter((x) => x.relation === 'supports' && x.record_kind === 'cohort')) {
      const c = input.cohorts.find((x) => x.id === r.record_id);
      expect(r.value).toBe(c && factValue({ kind: 'cohort', data: c.data }, String(r.field)));
    }
  });
  it('marks a passage giving another value as differs, with that value', () => {
    expect(rows.find((r) => r.record_id === WATER && r.relation === 'differs')).toMatchObject({
      field: 'period',
      value: 'sepekan',
    });
  });
  it('gives each part of a period supported on its own its own value', () => {
    const water = realCohort(WATER).data;
    const [first] = water.sources;
    if (!first) throw new Error('the cohort has no source');
    const parts = [
      { ...first, supports: ['period.start'] },
      { ...first, quote: 'Pelatihan ini berakhir pada 19 Mei 2023.', supports: ['period.end'] },
    ];
    const split = sourcesTable(
      inputWith({ cohorts: { [WATER]: { ...water, sources: [...water.sources, ...parts] } } }),
    ).rows.filter((r) => r.record_id === WATER && String(r.field).startsWith('period.'));
    expect(split.map((r) => [r.field, r.value])).toEqual([
      ['period.start', '2023-05-15'],
      ['period.end', '2023-05-19'],
    ]);
  });
  it('leaves an unknown original address empty', () => {
    expect(
      rows.find((r) => r.article === '2022-09-penghargaan-kepegawaian')?.article_url,
    ).toBeNull();
  });
});

describe('sourcesTable columns', () => {
  it('give the field column an example with the site’s own participant group', () => {
    const field = (i: typeof input) => sourcesTable(i).columns.find((c) => c.name === 'field');
    expect(field(input)?.description.id).toBe(
      'Kolom fakta catatan, mis. period, participants.asn-kota-jambi.',
    );
    expect(field({ ...input, profile: otherCityProfile() })?.description.en).toBe(
      'Fact field of the record, e.g. period, participants.asn-teluk-rembulan.',
    );
  });
});

describe('sourcesTable: the copy a quote was checked against', () => {
  it('gives the hash of the cited article’s stored text on every row', () => {
    const hashes = new Map(input.articles.map((a) => [a.id, a.data.sha256]));
    for (const row of sourcesTable(input).rows)
      expect(row.article_sha256).toBe(hashes.get(String(row.article)));
  });
});
