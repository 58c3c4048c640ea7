import { describe, expect, it } from 'vitest';
import { claimSchema } from '../../src/schemas/claim.ts';
import { cohortSchema } from '../../src/schemas/cohort.ts';
import { contextEventSchema } from '../../src/schemas/context-event.ts';
import { renamedFromSchema } from '../../src/schemas/renamed-from.ts';
import { claimData, cohortData, contextEventData } from '../helpers/records.ts';

describe('renamedFromSchema', () => {
  it('accepts a list of ids, or nothing', () => {
    expect(renamedFromSchema.safeParse(['2019-02-smart-city', 'lama']).success).toBe(true);
    expect(renamedFromSchema.safeParse(undefined).success).toBe(true);
  });

  it.each([[[]], [['2019-02-smart-city.yaml']], [['Lama']], ['lama'], [[1]]])(
    'refuses %j',
    (value) => {
      expect(renamedFromSchema.safeParse(value).success).toBe(false);
    },
  );

  it('says in both languages that an old id is the old file name without .yaml', () => {
    expect(renamedFromSchema.meta()).toMatchObject({
      description: expect.stringContaining('nama berkas lama tanpa .yaml'),
      description_en: expect.stringContaining('old file name without .yaml'),
    });
  });

  it('is a field of cohorts, claims and context events', () => {
    const old = { renamed_from: ['lama'] };
    expect(cohortSchema.parse({ ...cohortData(), ...old }).renamed_from).toEqual(['lama']);
    expect(claimSchema.parse({ ...claimData(), ...old }).renamed_from).toEqual(['lama']);
    expect(contextEventSchema.parse({ ...contextEventData(), ...old }).renamed_from).toEqual([
      'lama',
    ]);
  });
});
