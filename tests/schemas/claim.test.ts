import { describe, expect, it } from 'vitest';
import { claimMetrics, claimQualifiers, claimSchema } from '../../src/schemas/claim.ts';
import { claimData, without } from '../helpers/records.ts';

/** A valid claim as written in a file: scope left out, as the schema allows. */
const valid = without(claimData(), 'scope');

const parse = (patch: Record<string, unknown>) => claimSchema.safeParse({ ...valid, ...patch });
const issues = (patch: Record<string, unknown>) =>
  parse(patch).error?.issues.map((i) => ({ path: i.path, code: i.code })) ?? [];

describe('claimSchema', () => {
  it('accepts a valid claim', () => {
    expect(claimSchema.safeParse(valid).success).toBe(true);
  });

  it('makes scope optional and defaults it to an empty object', () => {
    expect(claimSchema.parse(valid).scope).toEqual({});
  });

  it('accepts a full scope, speaker and note', () => {
    const r = parse({
      speaker: 'Syarif Fasha',
      note: { id: 'Catatan.', en: 'Note.' },
      scope: {
        programme: 'scp',
        place: 'singapore',
        since: 2016,
        window_years: 3,
        year: 2023,
        excludes: { id: 'Pelatihan di Jambi.', en: 'Trainings in Jambi.' },
      },
    });
    expect(r.error?.issues).toBeUndefined();
    expect(r.data?.scope.since).toBe('2016');
  });

  it.each(['metric', 'value', 'qualifier', 'made_on', 'statement', 'sources'] as const)(
    'requires %s',
    (key) => {
      expect(
        claimSchema.safeParse(without(valid, key)).error?.issues.map((i) => i.path),
      ).toContainEqual([key]);
    },
  );

  it('accepts every metric and qualifier and refuses others', () => {
    for (const metric of claimMetrics) expect(parse({ metric }).success).toBe(true);
    for (const qualifier of claimQualifiers) expect(parse({ qualifier }).success).toBe(true);
    expect(issues({ metric: 'budget' })).toEqual([{ path: ['metric'], code: 'invalid_value' }]);
    expect(issues({ qualifier: 'roughly' })).toEqual([
      { path: ['qualifier'], code: 'invalid_value' },
    ]);
  });

  it('accepts 0 as a stated value but refuses negatives, fractions and text', () => {
    expect(parse({ value: 0 }).success).toBe(true);
    expect(issues({ value: -1 })).toEqual([{ path: ['value'], code: 'too_small' }]);
    expect(issues({ value: 1.5 })).toEqual([{ path: ['value'], code: 'invalid_type' }]);
    expect(issues({ value: '150' })).toEqual([{ path: ['value'], code: 'invalid_type' }]);
    expect(issues({ value: 1000001 })).toEqual([{ path: ['value'], code: 'too_big' }]);
  });

  it('accepts made_on as a numeric year and refuses impossible dates', () => {
    expect(parse({ made_on: 2019 }).data?.made_on).toBe('2019');
    expect(issues({ made_on: '2019-02-30' })).toEqual([{ path: ['made_on'], code: 'custom' }]);
  });

  it('checks the scope', () => {
    expect(issues({ scope: { window_years: 0 } })).toEqual([
      { path: ['scope', 'window_years'], code: 'too_small' },
    ]);
    expect(issues({ scope: { year: 1800 } })).toEqual([
      { path: ['scope', 'year'], code: 'too_small' },
    ]);
    expect(issues({ scope: { programme: 'SCP' } })[0]?.path).toEqual(['scope', 'programme']);
    expect(issues({ scope: { since: '2016-13' } })[0]?.path).toEqual(['scope', 'since']);
    expect(issues({ scope: { region: 'asia' } })).toEqual([
      { path: ['scope'], code: 'unrecognized_keys' },
    ]);
  });

  it('refuses markup in the speaker and statement', () => {
    expect(issues({ speaker: '<b>Fasha</b>' })[0]?.path).toEqual(['speaker']);
    expect(issues({ statement: { id: 'a', en: '<i>b</i>' } })[0]?.path).toEqual([
      'statement',
      'en',
    ]);
  });

  it('refuses unknown keys', () => {
    expect(issues({ unit: 'people' })).toEqual([{ path: [], code: 'unrecognized_keys' }]);
  });
});
