import { describe, expect, it } from 'vitest';
import { cohortSchema, cohortStatuses, participantGroupSchema } from '../../src/schemas/cohort.ts';
import { cohortData, group, without } from '../helpers/records.ts';

const valid = cohortData();

const parse = (patch: Record<string, unknown>) => cohortSchema.safeParse({ ...valid, ...patch });
const issues = (patch: Record<string, unknown>) =>
  parse(patch).error?.issues.map((i) => ({ path: i.path, code: i.code, message: i.message })) ?? [];

describe('cohortSchema', () => {
  it('accepts a valid cohort', () => {
    expect(cohortSchema.safeParse(valid).success).toBe(true);
  });

  it('accepts every optional field', () => {
    const r = parse({
      course_name: 'Smart City and Cybersecurity',
      host: 'Centre of Liveable Cities (CLC) Singapore',
      sendoff: { date: '2019-02-15', place: 'Griya Mayang', by: 'Syarif Fasha' },
      experts: [{ name: 'Teo Jing Kok', role: 'Deputy Director CLC' }, { name: 'Jamie Foo' }],
      site_visits: ['Punggol Discovery Cube'],
      note: { id: 'Catatan.', en: 'Note.' },
    });
    expect(r.error?.issues).toBeUndefined();
  });

  it.each(['programme', 'theme', 'status', 'period', 'place', 'participants', 'sources'] as const)(
    'requires %s',
    (key) => {
      expect(
        cohortSchema.safeParse(without(valid, key)).error?.issues.map((i) => i.path),
      ).toContainEqual([key]);
    },
  );

  it('accepts each status and refuses others', () => {
    for (const status of cohortStatuses) expect(parse({ status }).success).toBe(true);
    expect(issues({ status: 'done' })).toEqual([
      expect.objectContaining({ path: ['status'], code: 'invalid_value' }),
    ]);
  });

  it('accepts a period given as a month alone or as a numeric year', () => {
    expect(parse({ period: { start: '2019-07' } }).success).toBe(true);
    expect(parse({ period: { start: 2019 } }).data?.period).toEqual({ start: '2019' });
  });

  it('accepts a period of unknown dates for planned and announced cohorts, not for held ones', () => {
    for (const status of ['planned', 'announced'])
      expect(parse({ status, period: 'unknown' }).success, status).toBe(true);
    expect(issues({ status: 'held', period: 'unknown' })).toEqual([
      expect.objectContaining({ path: ['period'], message: 'period-unknown-held' }),
    ]);
  });

  it('refuses impossible period dates', () => {
    expect(issues({ period: { start: '2023-02-29' } })).toEqual([
      expect.objectContaining({ path: ['period', 'start'], message: 'partial-date' }),
    ]);
    expect(issues({ period: { start: '2023-02', end: '2023-13' } })[0]?.path).toEqual([
      'period',
      'end',
    ]);
  });

  it('refuses unknown keys in the period', () => {
    expect(issues({ period: { start: '2019-07', ends: '2019-07-05' } })).toEqual([
      expect.objectContaining({ path: ['period'], code: 'unrecognized_keys' }),
    ]);
  });

  it('refuses keys that are not slugs', () => {
    expect(issues({ place: 'Singapura' })[0]?.path).toEqual(['place']);
    expect(issues({ theme: 'Public Service' })[0]?.path).toEqual(['theme']);
  });

  describe('participants', () => {
    it('accepts unknown as a count', () => {
      expect(
        parse({
          participants: [group(25), group('unknown', 'perumdam-tirta-mayang')],
        }).success,
      ).toBe(true);
    });

    it.each([0, -1])('refuses the count %d', (count) => {
      expect(issues({ participants: [{ group: 'asn-kota-jambi', count }] })).toEqual([
        expect.objectContaining({ path: ['participants', 0, 'count'], code: 'too_small' }),
      ]);
    });

    it.each([2.5, '25', null, 'Unknown'])('refuses the count %j', (count) => {
      expect(issues({ participants: [{ group: 'asn-kota-jambi', count }] })[0]?.path).toEqual([
        'participants',
        0,
        'count',
      ]);
    });

    it('refuses a count over 100000', () => {
      expect(
        issues({ participants: [{ group: 'asn-kota-jambi', count: 100001 }] })[0],
      ).toMatchObject({ code: 'too_big' });
    });

    it('requires at least one group', () => {
      expect(issues({ participants: [] })).toEqual([
        expect.objectContaining({ path: ['participants'], code: 'too_small' }),
      ]);
    });

    it('refuses the same group twice, at the second one', () => {
      expect(
        issues({
          participants: [group(25), group(2, 'perumdam-tirta-mayang'), group(3)],
        }),
      ).toEqual([
        { path: ['participants', 2, 'group'], code: 'custom', message: 'duplicate-group' },
      ]);
    });

    it('refuses a count missing or a key unknown in a group', () => {
      expect(participantGroupSchema.safeParse({ group: 'asn-kota-jambi' }).success).toBe(false);
      expect(
        participantGroupSchema.safeParse({ group: 'asn-kota-jambi', count: 1, note: 'x' }).success,
      ).toBe(false);
    });
  });

  it('checks the send-off', () => {
    expect(issues({ sendoff: { place: 'Griya Mayang' } })[0]?.path).toEqual(['sendoff', 'date']);
    expect(issues({ sendoff: { date: '2019-02-30' } })[0]?.path).toEqual(['sendoff', 'date']);
    expect(issues({ sendoff: { date: '2019-02-15', by: '<b>Fasha</b>' } })[0]).toMatchObject({
      path: ['sendoff', 'by'],
      message: 'plain-text',
    });
  });

  it('checks experts and site visits', () => {
    expect(issues({ experts: [{ role: 'x' }] })[0]?.path).toEqual(['experts', 0, 'name']);
    expect(issues({ site_visits: ['ok', '<script>x</script>'] })[0]?.path).toEqual([
      'site_visits',
      1,
    ]);
  });

  it('refuses markup in the host and course name', () => {
    expect(issues({ host: 'CLC <i>Singapore</i>' })[0]?.message).toBe('plain-text');
    expect(issues({ course_name: '<b>x</b>' })[0]?.message).toBe('plain-text');
  });

  it('requires at least one source', () => {
    expect(issues({ sources: [] })).toEqual([
      expect.objectContaining({ path: ['sources'], code: 'too_small' }),
    ]);
  });

  it('refuses unknown keys', () => {
    expect(issues({ colour: 'red' })).toEqual([
      expect.objectContaining({ path: [], code: 'unrecognized_keys' }),
    ]);
  });
});
