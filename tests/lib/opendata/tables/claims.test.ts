import { describe, expect, it } from 'vitest';
import { abroadPlaces } from '../../../../src/lib/data/places.ts';
import { reconcileClaims } from '../../../../src/lib/data/reconcile.ts';
import { loadContent } from '../../../../src/lib/content/load.ts';
import { claimsTable } from '../../../../src/lib/opendata/tables/claims.ts';
import { fromLoadedContent } from '../../../../src/lib/opendata/types.ts';
import { claimQualifiers } from '../../../../src/schemas/claim.ts';
import { ABROAD_CONTENT, ABROAD_COHORT } from '../../../fixtures/abroad/index.ts';
import { PROJECT_ROOT } from '../../../helpers/corpus.ts';
import { realInput } from '../fixtures.ts';

const input = realInput();

describe('claimsTable', () => {
  it('carries each claim with the reconciliation shown on the claim check', () => {
    const rows = claimsTable(input).rows;
    const abroad = abroadPlaces(input.vocabularies.places, input.profile.city.country);
    const groups = input.vocabularies['participant-groups'];
    for (const r of reconcileClaims(input.claims, input.cohorts, abroad, groups)) {
      expect(rows.find((row) => row.id === r.claim.id)).toMatchObject({
        value: r.claim.data.value,
        documented: r.documented,
        documented_with_planned: r.documentedWithPlanned,
        gap: r.gap,
        verdict: r.verdict,
        counted_cohorts: r.counted.map((c) => c.id),
        page_id: `https://jejak-scp.id/cek-klaim/#${r.claim.id}`,
      });
    }
  });
});

describe('claimsTable: a claim as written', () => {
  const practice = fromLoadedContent(
    loadContent(PROJECT_ROOT, ABROAD_CONTENT),
    'https://latihan.kota-contoh.example',
  );

  it('keeps the qualifier and the scope "abroad" as recorded, with what the scope counts', () => {
    expect(claimsTable(practice).rows[0]).toMatchObject({
      qualifier: 'almost',
      scope_place: 'abroad',
      counted_cohorts: [ABROAD_COHORT],
      documented: 25,
    });
  });

  it('documents every qualifier and the place "abroad"', () => {
    const columns = claimsTable(practice).columns;
    const qualifier = columns.find((c) => c.name === 'qualifier');
    expect(qualifier?.values).toEqual([...claimQualifiers]);
    expect(qualifier?.description.id).toContain('almost ("hampir"');
    expect(columns.find((c) => c.name === 'scope_place')?.description.en).toContain(
      'abroad for every place outside the country',
    );
  });
});
