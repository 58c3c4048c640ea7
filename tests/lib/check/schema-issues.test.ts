/** validateEntry's result and where it places problems; describeField's reading of the schemas. */
import { describe, expect, it } from 'vitest';
import { describeField, validateEntry } from '../../../src/lib/check/schema-issues.ts';
import { parseYaml } from '../../../src/lib/content/yaml.ts';
import { articleSchema } from '../../../src/schemas/article.ts';
import { claimSchema } from '../../../src/schemas/claim.ts';
import { cohortSchema } from '../../../src/schemas/cohort.ts';
import { contextEventSchema } from '../../../src/schemas/context-event.ts';
import {
  ARTICLE,
  CLAIM,
  CONTEXT,
  COHORT,
  check,
  cohort,
  expectComplete,
  only,
} from './schema-fixtures.ts';

describe('validateEntry', () => {
  it('returns the parsed value and no problems for valid entries', () => {
    const r = check(cohortSchema, COHORT);
    expect(r.problems).toEqual([]);
    expect(r.value).toMatchObject({ programme: 'scp', period: { start: '2019-07-01' } });
    expect(check(articleSchema, ARTICLE).value).toMatchObject({ published: '2023' });
    expect(check(claimSchema, CLAIM).value).toMatchObject({ value: 150 });
    expect(check(contextEventSchema, CONTEXT).value).toMatchObject({ date_basis: 'stated' });
  });

  it('returns no value when there is any problem', () => {
    expect(cohort('count: 25', 'count: 0').value).toBeUndefined();
  });

  it('names the file on every problem', () => {
    expect(cohort('status: held', 'status: done').problems.map((p) => p.file)).toEqual([
      'content/cohorts/c.yaml',
    ]);
  });

  describe('unrecognized_keys', () => {
    it('names the unknown key as the field, at its line', () => {
      const p = only(
        cohort('place: singapore', 'place: singapore\ncolour: red').problems,
        'colour',
      );
      expect(p).toMatchObject({ code: 'schema-unrecognized-keys', line: 7 });
      expect(p.message.en).toBe('Unknown field(s): colour.');
    });

    it('names a nested unknown key with its path', () => {
      const p = only(
        cohort('  start: 2019-07-01', '  start: 2019-07-01\n  ends: 2019-07-05').problems,
        'period.ends',
      );
      expect(p.line).toBe(6);
    });

    it('names an unknown key inside a list item', () => {
      const p = only(
        cohort('    count: 25', '    count: 25\n    note: x').problems,
        'participants[0].note',
      );
      expect(p.line).toBe(10);
    });
  });

  it('reports every problem of an entry at once', () => {
    const text = COHORT.replace('status: held', 'status: done')
      .replace('count: 25', 'count: 0')
      .replace('place: singapore', 'place: singapore\ncolour: red')
      .replace('start: 2019-07-01', 'start: 2019-02-30');
    const r = check(cohortSchema, text);
    expect(r.problems.map((p) => p.field).sort()).toEqual([
      'colour',
      'participants[0].count',
      'period.start',
      'status',
    ]);
    for (const p of r.problems) {
      expectComplete(p);
      expect(p.line).toBeGreaterThan(0);
    }
  });

  it('adds the field description to the fix in both languages', () => {
    const p = only(cohort('status: held', 'status: done').problems, 'status');
    expect(p.fix.id).toContain('Kolom ini: held (sudah berlangsung)');
    expect(p.fix.en).toContain('This field: held (took place)');
  });

  it('works without line information', () => {
    const r = validateEntry(cohortSchema, { programme: 'scp' }, 'f.yaml', () => undefined);
    expect(r.problems.length).toBeGreaterThan(1);
    for (const p of r.problems) {
      expect(p.line).toBeUndefined();
      expectComplete(p);
    }
  });
});

describe('validateEntry with the text of the file', () => {
  const parsed = (text: string) => parseYaml(text, 'content/cohorts/c.yaml');

  it('refuses a number the schema accepts but that reads as another (2.000 is 2)', () => {
    const r = cohort('count: 25', 'count: 2.000');
    expect(r.value).toBeUndefined();
    expect(r.problems).toEqual([
      expect.objectContaining({
        code: 'number-thousands-point',
        field: 'participants[0].count',
        line: 9,
        file: 'content/cohorts/c.yaml',
      }),
    ]);
  });

  it('adds such a number to the problems of an entry that also fails its schema', () => {
    const r = cohort('count: 25', 'count: 0x19\n    note: x');
    expect(r.problems.map((p) => p.code).sort()).toEqual([
      'number-unusual-form',
      'schema-unrecognized-keys',
    ]);
  });

  it('without the text, takes 2.000 as the number it reads as', () => {
    const y = parsed(COHORT.replace('count: 25', 'count: 2.000'));
    expect(validateEntry(cohortSchema, y.data, 'c.yaml', y.lineOf).value).toBeDefined();
  });

  it('gives a date written in words its fix only with the text of the file', () => {
    const y = parsed(COHORT.replace('start: 2019-07-01', 'start: 1 Juli 2019'));
    const [withText] = validateEntry(cohortSchema, y.data, 'c.yaml', y.lineOf, y.sourceOf).problems;
    const [without] = validateEntry(cohortSchema, y.data, 'c.yaml', y.lineOf).problems;
    expect(withText?.fix.en).toMatch(/^Write start: 2019-07-01\./);
    expect(without?.message.en).toBe('Not a valid date.');
  });

  it('reports a misspelt field name once, at its line, with the description of the meant field', () => {
    const r = cohort('place: singapore', 'plase: singapore');
    const p = only(r.problems, 'plase');
    expect(r.problems).toHaveLength(1);
    expect(p).toMatchObject({ code: 'schema-unrecognized-keys', line: 6 });
    expect(p.message.en).toBe(
      'Unknown field "plase", and the required field "place" is missing: a typo?',
    );
    expect(p.fix.en).toBe(
      'Rename the field plase to place. This field: Place (key in vocabularies/places.yaml).',
    );
  });
});

describe('describeField', () => {
  it('describes a top-level field in Indonesian and English', () => {
    expect(describeField(cohortSchema, ['status'])).toMatchObject({
      description: expect.stringContaining('held (sudah berlangsung)'),
      description_en: expect.stringContaining('held (took place)'),
    });
  });

  it('describes nested fields through objects and lists', () => {
    expect(describeField(cohortSchema, ['participants', 0, 'count'])).toMatchObject({
      description: expect.stringContaining('bukan 0'),
      description_en: expect.stringContaining('never 0'),
    });
    expect(describeField(cohortSchema, ['sources', 0, 'quote'])?.description_en).toContain(
      'exactly once',
    );
    expect(describeField(cohortSchema, ['experts', 0, 'name'])?.description).toBe('Nama pakar.');
  });

  it('reaches through optional and default wrappers', () => {
    expect(describeField(claimSchema, ['scope', 'year'])?.description_en).toBe('The year counted.');
    expect(describeField(cohortSchema, ['period', 'end'])?.description_en).toBe('End, when known.');
    expect(describeField(articleSchema, ['republishes'])?.description).toContain('republication');
  });

  it('describes the fields of shared building blocks', () => {
    expect(describeField(articleSchema, ['summary', 'id'])).toEqual({
      description: 'Teks dalam bahasa Indonesia.',
      description_en: 'Text in Indonesian.',
    });
    expect(describeField(contextEventSchema, ['date'])?.description_en).toBe('When it happened.');
  });

  it('gives the nearest description for a path past a leaf', () => {
    expect(describeField(cohortSchema, ['period', 'start', 'x'])?.description_en).toBe(
      'Start of the training.',
    );
  });

  it('returns undefined for an unknown field or the whole entry', () => {
    expect(describeField(cohortSchema, ['nope'])).toBeUndefined();
    expect(describeField(cohortSchema, [])).toBeUndefined();
  });
});
