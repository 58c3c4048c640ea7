import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { describeField, validateEntry } from '../../../src/lib/check/schema-issues.ts';
import type { Problem } from '../../../src/lib/check/problem.ts';
import { vocabularyFileSchema } from '../../../src/lib/content/collections.ts';
import { parseYaml } from '../../../src/lib/content/yaml.ts';
import { articleSchema } from '../../../src/schemas/article.ts';
import { claimSchema } from '../../../src/schemas/claim.ts';
import { cohortSchema } from '../../../src/schemas/cohort.ts';
import { contextEventSchema } from '../../../src/schemas/context-event.ts';

/** Validate YAML text against a schema, the way the loader does. */
function check(schema: z.ZodType, text: string, file = 'content/x/entry.yaml') {
  const parsed = parseYaml(text, file);
  expect(parsed.problems).toEqual([]);
  return validateEntry(schema, parsed.data, file, parsed.lineOf);
}

function expectComplete(p: Problem | undefined): asserts p is Problem {
  expect(p).toBeDefined();
  expect(p?.code).toMatch(/^schema-[a-z-]+$/);
  expect(p?.field).toBeTruthy();
  expect(p?.message.id.trim()).not.toBe('');
  expect(p?.message.en.trim()).not.toBe('');
  expect(p?.fix.id.trim()).not.toBe('');
  expect(p?.fix.en.trim()).not.toBe('');
}

/** The one problem for a field, checked for completeness. */
function only(problems: Problem[], field: string): Problem {
  const found = problems.filter((p) => p.field === field);
  expect(found, `problems for ${field}: ${JSON.stringify(problems)}`).toHaveLength(1);
  const [p] = found;
  expectComplete(p);
  return p;
}

const COHORT = `programme: scp
theme: public-service
status: held
period:
  start: 2019-07-01
place: singapore
participants:
  - group: asn-kota-jambi
    count: 25
sources:
  - article: some-article
    quote: a quote long enough
    supports: [period]
`;
const cohort = (from: string, to: string) => {
  expect(COHORT).toContain(from);
  return check(cohortSchema, COHORT.replace(from, to), 'content/cohorts/c.yaml');
};

const ARTICLE = `title: Judul
outlet: unknown
published: 2023
url: unknown
language: id
kind: news
summary:
  id: Ringkasan.
  en: Summary.
`;
const article = (from: string, to: string) => {
  expect(ARTICLE).toContain(from);
  return check(articleSchema, ARTICLE.replace(from, to), 'content/articles/a.md');
};

const CLAIM = `metric: participants
value: 150
qualifier: exact
made_on: 2019-02
scope:
  window_years: 3
statement:
  id: Pernyataan.
  en: Statement.
sources:
  - article: some-article
    quote: a quote long enough
    supports: [value]
`;
const claim = (from: string, to: string) => {
  expect(CLAIM).toContain(from);
  return check(claimSchema, CLAIM.replace(from, to), 'content/claims/k.yaml');
};

const CONTEXT = `date: 2015-08-18
kind: agreement
title:
  id: Judul
  en: Title
summary:
  id: Ringkasan.
  en: Summary.
sources:
  - article: some-article
    quote: a quote long enough
    supports: [date]
`;

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
    for (const p of cohort('status: held', 'status: done').problems)
      expect(p.file).toBe('content/cohorts/c.yaml');
  });

  describe('invalid_type', () => {
    it('says a missing required field is missing, at the nearest parent line', () => {
      const p = only(
        check(contextEventSchema, CONTEXT.replace(/^date: .*\n/, '')).problems,
        'date',
      );
      expect(p).toMatchObject({ code: 'schema-invalid-type', line: 1 });
      expect(p.message.en).toBe('Required field is missing.');
      expect(p.message.id).toBe('Kolom wajib belum diisi.');
    });

    it('says a nested required field is missing, at its parent line', () => {
      const r = check(articleSchema, ARTICLE.replace('  en: Summary.\n', ''));
      const p = only(r.problems, 'summary.en');
      expect(p.line).toBe(8);
      expect(p.message.en).toBe('Required field is missing.');
    });

    it('names the expected and the given kind of value', () => {
      const p = only(
        cohort('participants:\n  - group: asn-kota-jambi\n    count: 25', 'participants: 25')
          .problems,
        'participants',
      );
      expect(p).toMatchObject({ code: 'schema-invalid-type', line: 7 });
      expect(p.message.en).toBe('Wrong kind of value: expected array, got 25.');
      expect(p.fix.en).toContain('Write a list');
    });

    it('shortens a long given value', () => {
      const p = only(claim('value: 150', `value: "${'9'.repeat(80)}"`).problems, 'value');
      expect(p.message.en).toContain('…');
      expect(p.message.en.length).toBeLessThan(120);
    });

    it('reports a top-level list as a problem of the whole file', () => {
      const r = check(cohortSchema, '- a\n- b\n');
      const p = only(r.problems, '(berkas)');
      expect(p).toMatchObject({ code: 'schema-invalid-type', line: 1 });
    });
  });

  describe('too_small', () => {
    it('explains that a count is never 0 and unknown should be written', () => {
      const p = only(cohort('count: 25', 'count: 0').problems, 'participants[0].count');
      expect(p).toMatchObject({ code: 'schema-too-small', line: 9 });
      expect(p.message.en).toBe('Number too small (at least 1).');
      expect(p.fix.en).toContain('write unknown — never 0');
      expect(p.fix.id).toContain('tulis unknown — jangan 0');
    });

    it('reports a negative count the same way', () => {
      const p = only(cohort('count: 25', 'count: -4').problems, 'participants[0].count');
      expect(p.code).toBe('schema-too-small');
    });

    it('reports an empty list', () => {
      const p = only(cohort('supports: [period]', 'supports: []').problems, 'sources[0].supports');
      expect(p).toMatchObject({ code: 'schema-too-small', line: 13 });
      expect(p.message.en).toBe('The list needs at least 1 item(s).');
    });

    it('reports a short text', () => {
      const p = only(
        cohort('quote: a quote long enough', 'quote: short').problems,
        'sources[0].quote',
      );
      expect(p).toMatchObject({ code: 'schema-too-small', line: 12 });
      expect(p.message.en).toBe('Text too short (at least 12 characters).');
    });
  });

  describe('too_big', () => {
    it('reports a long text', () => {
      const p = only(
        cohort('quote: a quote long enough', `quote: ${'x'.repeat(2001)}`).problems,
        'sources[0].quote',
      );
      expect(p.message.en).toBe('Text too long (at most 2000 characters).');
    });

    it('reports a large number', () => {
      const p = only(cohort('count: 25', 'count: 100001').problems, 'participants[0].count');
      expect(p).toMatchObject({ code: 'schema-too-big' });
      expect(p.message.en).toBe('Number too large (at most 100000).');
    });

    it('reports a long list', () => {
      const schema = z.strictObject({ items: z.array(z.string()).max(1) });
      const p = only(check(schema, 'items: [a, b]\n').problems, 'items');
      expect(p.message.en).toBe('List too long (at most 1).');
    });
  });

  describe('invalid_value', () => {
    it('lists the accepted values', () => {
      const p = only(cohort('status: held', 'status: done').problems, 'status');
      expect(p).toMatchObject({ code: 'schema-invalid-value', line: 3 });
      expect(p.message.en).toBe('Unknown value "done".');
      expect(p.fix.en).toMatch(/^Choose one of: held, planned, announced\./);
    });

    it('gives the line and field of a missing enum field', () => {
      const p = only(
        check(claimSchema, CLAIM.replace('qualifier: exact\n', '')).problems,
        'qualifier',
      );
      expect(p).toMatchObject({ code: 'schema-invalid-value', line: 1 });
      expect(p.fix.en).toContain('exact, about, at-least, more-than');
    });
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

  describe('invalid_format', () => {
    it('explains a bad web address and refuses javascript:', () => {
      const p = only(article('url: unknown', 'url: javascript:alert(1)').problems, 'url');
      expect(p.line).toBe(4);
      expect(p.message.en).toBe('Not a valid web address: "javascript:alert(1)".');
      expect(p.fix.en).toContain('https://');
    });

    it('refuses a data: address in also_at, by index', () => {
      const p = only(
        article('url: unknown', 'url: unknown\nalso_at:\n  - https://ok.id\n  - data:text/html,x')
          .problems,
        'also_at[1]',
      );
      expect(p).toMatchObject({ code: 'schema-invalid-format', line: 7 });
    });

    it('explains a key that is not a slug', () => {
      const p = only(cohort('place: singapore', 'place: Singapore City').problems, 'place');
      expect(p.message.en).toBe('Not a valid key.');
      expect(p.fix.en).toContain('lower-case letters');
    });

    it('explains markup in plain text', () => {
      const p = only(article('title: Judul', 'title: <script>alert(1)</script>').problems, 'title');
      expect(p.line).toBe(1);
      expect(p.message.en).toBe('Text contains < or > (HTML markup is not allowed).');
    });

    it('explains a bad time', () => {
      const p = only(
        article('kind: news', 'kind: news\npublished_time: "25:00"').problems,
        'published_time',
      );
      expect(p.message.en).toBe('Not a valid time.');
      expect(p.fix.en).toContain('HH:MM');
    });

    it('explains a bad field path in supports', () => {
      const p = only(
        cohort('supports: [period]', 'supports: [Period]').problems,
        'sources[0].supports[0]',
      );
      expect(p.message.en).toBe('Field name in supports is not valid.');
    });
  });

  describe('custom', () => {
    it('explains an impossible date', () => {
      const p = only(cohort('start: 2019-07-01', 'start: 2023-02-30').problems, 'period.start');
      expect(p).toMatchObject({ code: 'schema-custom', line: 5 });
      expect(p.message.en).toBe('Not a valid date.');
      expect(p.fix.en).toContain('YYYY-MM-DD');
    });

    it('explains a republication without republishes', () => {
      const p = only(article('kind: news', 'kind: republication').problems, 'republishes');
      expect(p.message.en).toContain('must name the article it republishes');
    });

    it('explains a duplicate participant group at the second one', () => {
      const p = only(
        cohort('    count: 25', '    count: 25\n  - group: asn-kota-jambi\n    count: 3').problems,
        'participants[1].group',
      );
      expect(p.line).toBe(10);
      expect(p.message.en).toBe('The same participant group is listed twice.');
    });
  });

  describe('invalid_union', () => {
    it('explains a count that is neither a number nor unknown', () => {
      const p = only(cohort('count: 25', 'count: "dua puluh"').problems, 'participants[0].count');
      expect(p).toMatchObject({ code: 'schema-invalid-union', line: 9 });
      expect(p.message.en).toBe('Value "dua puluh" does not match any accepted form.');
      expect(p.fix.en).toContain('never 0');
    });
  });

  describe('other issues', () => {
    it('gives a bilingual message for a bad vocabulary key', () => {
      const r = check(
        vocabularyFileSchema,
        'Bad_Key:\n  label: {id: a, en: b}\n  terms: [x]\n',
        'content/vocabularies/themes.yaml',
      );
      const p = only(r.problems, 'Bad_Key');
      expect(p).toMatchObject({ code: 'schema-invalid-key', line: 1 });
    });

    it('falls back to a generic message for an issue it does not translate', () => {
      const schema = z.strictObject({ n: z.number().multipleOf(5) });
      const p = only(check(schema, 'n: 7\n').problems, 'n');
      expect(p.code).toBe('schema-not-multiple-of');
      expect(p.fix.en).toBe('Compare with the template.');
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
